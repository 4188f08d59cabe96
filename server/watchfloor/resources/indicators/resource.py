"""Indicators, declared once: time series with warning thresholds."""

from watchfloor.resources.indicators.repository import to_indicator
from watchfloor.resources.indicators.schemas import (
    Indicator,
    IndicatorCreate,
    IndicatorList,
    IndicatorPatch,
    IndicatorVersion,
    IndicatorVersionList,
)
from watchfloor.resources.indicators.service import IndicatorService
from watchfloor.versioned import Resource

__all__ = ("INDICATOR",)

INDICATOR = Resource(
    name="indicator",
    path="/v1/indicators",
    service=IndicatorService(),
    render=to_indicator,
    item=Indicator,
    create_type=IndicatorCreate,
    patch_type=IndicatorPatch,
    page=IndicatorList,
    version=IndicatorVersion,
    versions=IndicatorVersionList,
    references={"actor_ids[]": "actor", "definition.filters.actor": "actor"},
)
