"""The rules of sources."""

from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.sources import repository as repo
from watchfloor.resources.sources.schemas import SourceCreate, SourcePatch
from watchfloor.versioned import VersionedService

__all__ = ("SourceService",)


class SourceService(VersionedService[SourceCreate, SourcePatch, repo.SourceFilters]):
    """Create, read, change and delete sources."""

    records = Records(repo.SOURCES, "source")

    def filter(self, query: ListQuery, filters: repo.SourceFilters) -> None:
        repo.apply_filters(query, filters)
