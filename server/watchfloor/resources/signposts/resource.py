"""Signposts, declared once: observable conditions bound to data, lit by the worker."""

from watchfloor.resources.signposts.render import to_signpost
from watchfloor.resources.signposts.schemas import (
    Signpost,
    SignpostImport,
    SignpostList,
    SignpostPatch,
    SignpostVersion,
    SignpostVersionList,
)
from watchfloor.resources.signposts.service import SignpostService
from watchfloor.versioned import Resource

__all__ = ("SIGNPOST",)

SIGNPOST = Resource(
    name="signpost",
    path="/v1/signposts",
    service=SignpostService(),
    render=to_signpost,
    item=Signpost,
    # An import line restores the computed state too; POST takes a SignpostCreate (routes).
    create_type=SignpostImport,
    patch_type=SignpostPatch,
    page=SignpostList,
    version=SignpostVersion,
    versions=SignpostVersionList,
    references={
        "scenario_ids[]": "scenario",
        "condition.problem_id": "warning_problem",
        "condition.indicator_id": "indicator",
        "condition.question_id": "question",
        "condition.filters.actor": "actor",
        "condition.filters.speaker": "actor",
        "condition.filters.target": "actor",
        "condition.filters.facility": "facility",
    },
)
