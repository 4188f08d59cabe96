"""Observations, declared once: an indicator's figures by period and vintage.

Created under their indicator (``POST /v1/indicators/{id}/observations``); an import line is
the flat form, naming its indicator in the body.
"""

from watchfloor.resources.indicators.schemas import (
    Observation,
    ObservationImport,
    ObservationList,
    ObservationPatch,
    ObservationVersion,
    ObservationVersionList,
)
from watchfloor.resources.observations.repository import to_observation
from watchfloor.resources.observations.service import ObservationService
from watchfloor.versioned import Resource

__all__ = ("OBSERVATION", "SERIES")

SERIES = ObservationService()

OBSERVATION = Resource(
    name="observation",
    path="/v1/observations",
    service=SERIES,
    render=to_observation,
    item=Observation,
    create_type=ObservationImport,
    patch_type=ObservationPatch,
    page=ObservationList,
    version=ObservationVersion,
    versions=ObservationVersionList,
    references={"indicator_id": "indicator", "citations[].source_id": "source"},
    importer=SERIES.create_flat,
)
