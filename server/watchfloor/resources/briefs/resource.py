"""Briefs, declared once: the daily brief, a stored document (docs/prepare.md)."""

from watchfloor.resources.briefs.schemas import Brief as BriefItem
from watchfloor.resources.briefs.schemas import (
    BriefCreate,
    BriefList,
    BriefPatch,
    BriefVersion,
    BriefVersionList,
)
from watchfloor.resources.briefs.service import BriefService, to_brief
from watchfloor.versioned import Resource

__all__ = ("BRIEF",)

BRIEF = Resource(
    name="brief",
    path="/v1/briefs",
    service=BriefService(),
    render=to_brief,
    item=BriefItem,
    create_type=BriefCreate,
    patch_type=BriefPatch,
    page=BriefList,
    version=BriefVersion,
    versions=BriefVersionList,
    references={"previous_id": "brief"},
)
