"""Sources, declared once: the documents facts are drawn from, graded A–F."""

from watchfloor.resources.sources.repository import to_source
from watchfloor.resources.sources.schemas import (
    Source,
    SourceCreate,
    SourceList,
    SourcePatch,
    SourceVersion,
    SourceVersionList,
)
from watchfloor.resources.sources.service import SourceService
from watchfloor.versioned import Resource

__all__ = ("SOURCE",)

SOURCE = Resource(
    name="source",
    path="/v1/sources",
    service=SourceService(),
    render=to_source,
    item=Source,
    create_type=SourceCreate,
    patch_type=SourcePatch,
    page=SourceList,
    version=SourceVersion,
    versions=SourceVersionList,
)
