"""The rules of sources: one that live facts still cite is not deleted."""

import asyncpg

from watchfloor.context import Context
from watchfloor.errors import Conflict
from watchfloor.persistence.records import Expected, Records
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

    async def delete(self, ctx: Context, record_id: str, expected: Expected) -> asyncpg.Record:
        """Tombstone the source, unless a live fact cites it (409 saying how many).

        A deleted source answers 404, so every fact citing it would cite nothing a reader can
        follow. Retract or re-cite those facts first; a source no fact cites goes at once.
        """
        await self.records.locked(ctx, record_id, expected)
        citing = await repo.citing_facts(ctx, record_id)
        total = sum(citing.values())
        if total:
            parts = ", ".join(f"{n} {facts}" for facts, n in citing.items() if n)
            noun = "fact cites" if total == 1 else "facts cite"
            raise Conflict(
                f"{total} live {noun} source {record_id} ({parts}); delete or re-cite them "
                "first, or keep the source and lower its reliability."
            )
        return await self.records.table.tombstone(ctx, record_id)
