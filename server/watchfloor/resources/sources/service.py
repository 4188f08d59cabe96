"""The rules of sources."""

from datetime import datetime

import asyncpg
import msgspec

from watchfloor.ids import new_id
from watchfloor.records import Records
from watchfloor.resources.sources import repository as repo
from watchfloor.resources.sources.schemas import SourceCreate, SourcePatch
from watchfloor.store import ListQuery, Page

__all__ = ("SourceService",)

ORDER = (("t.id", True),)


class SourceService:
    """Create, read, change and delete sources."""

    records = Records(repo.SOURCES, "source")

    async def create(self, conn: asyncpg.Connection, data: SourceCreate) -> asyncpg.Record:
        values = msgspec.structs.asdict(data)
        values["id"] = new_id("source")
        return await self.records.create(conn, values)

    async def update(
        self, conn: asyncpg.Connection, source_id: str, data: SourcePatch, if_match: str | None
    ) -> asyncpg.Record:
        changes = {k: v for k, v in msgspec.structs.asdict(data).items() if v is not msgspec.UNSET}
        return await self.records.update(conn, source_id, changes, if_match)

    async def list(
        self,
        conn: asyncpg.Connection,
        filters: repo.SourceFilters,
        *,
        as_of: datetime | None,
        after: list[object] | None,
        limit: int,
    ) -> Page:
        query = ListQuery(repo.SOURCES, as_of=as_of)
        repo.apply_filters(query, filters)
        return await query.page(conn, order=ORDER, after=after, limit=limit)
