"""The rules of sources."""

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.ids import new_id
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.sources import repository as repo
from watchfloor.resources.sources.schemas import SourceCreate, SourcePatch
from watchfloor.versioned import VersionedService

__all__ = ("SourceService",)


class SourceService(VersionedService[SourceCreate, SourcePatch, repo.SourceFilters]):
    """Create, read, change and delete sources."""

    records = Records(repo.SOURCES, "source")

    async def create(self, ctx: Context, data: SourceCreate) -> asyncpg.Record:
        values = msgspec.structs.asdict(data)
        values["id"] = new_id("source")
        return await self.records.create(ctx, values)

    def filter(self, query: ListQuery, filters: repo.SourceFilters) -> None:
        repo.apply_filters(query, filters)
