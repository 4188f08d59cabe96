"""The rules every versioned resource shares: 404 for what is gone, ``If-Match``, no-op writes.

:meth:`Records.update` is the one update path: it locks the current version once, checks it
exists and is at an expected version, asks the resource's service what the patch changes
(``revise``, which sees the locked row), drops what would not change, refreshes what every new
version recomputes (a fact's citation grades), and writes one new version, or none.
"""

from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

import asyncpg

from watchfloor.context import Context
from watchfloor.errors import NotFound, VersionMismatch
from watchfloor.persistence.store import Page, Table

__all__ = ("Expected", "Records", "Refresh", "Revise")

Row = asyncpg.Record

Expected = Sequence[int] | None
"""The versions a write may apply to (from ``If-Match``); ``None`` for any version."""

Revise = Callable[[Row], Awaitable[Mapping[str, Any]]]
"""The locked current row → the columns the write sets (checked by the resource's rules)."""

Refresh = Callable[[Context, Row], Awaitable[Mapping[str, Any]]]
"""The current row → columns recomputed on every new version of it (e.g. citation grades)."""


class Records:
    """Reads and writes of one versioned table, with the shared rules applied."""

    def __init__(self, table: Table, noun: str, refresh: Refresh | None = None) -> None:
        self.table = table
        self.noun = noun
        self.refresh = refresh

    def missing(self, record_id: str) -> NotFound:
        return NotFound(f"No {self.noun} with id {record_id!r}.")

    async def get(self, ctx: Context, record_id: str, as_of: datetime | None = None) -> Row:
        row = await self.table.get(ctx, record_id, as_of)
        if row is None:
            raise self.missing(record_id)
        return row

    async def create(self, ctx: Context, values: Mapping[str, Any]) -> Row:
        if ctx.sink is not None:
            return ctx.sink(self.table, dict(values))
        return await self.table.insert(ctx, dict(values))

    async def locked(self, ctx: Context, record_id: str, expected: Expected) -> Row:
        """The current version, locked for the transaction; 404 if gone, 412 if unexpected."""
        current = await self._lock(ctx, record_id)
        _check_version(current, expected)
        return current

    async def _lock(self, ctx: Context, record_id: str) -> Row:
        # An import batch locks the records its lines name together, up front (its memo).
        held = ctx.memo.take_locked(self.table.name, record_id) if ctx.memo is not None else None
        current = held if held is not None and ctx.may_see(held["dataset"]) else None
        if current is None:
            current = await self.table.lock(ctx, record_id)
        if current is None or current["deleted_at"] is not None:
            raise self.missing(record_id)
        return current

    async def update(self, ctx: Context, record_id: str, expected: Expected, revise: Revise) -> Row:
        """Apply what ``revise`` makes of the locked row; a change of nothing writes no version.

        The service's rules (``revise``, 422) are asked before ``If-Match`` (412): a change that
        is refused can never succeed as sent, so the caller hears that rather than "read it again
        and reapply your change", which would be refused again.
        """
        current = await self._lock(ctx, record_id)
        changes = await revise(current)
        _check_version(current, expected)
        effective = {k: v for k, v in changes.items() if current[k] != v}
        if not effective:
            return current
        if self.refresh is not None:
            refreshed = await self.refresh(ctx, current)
            effective |= {
                k: v for k, v in refreshed.items() if k not in changes and current[k] != v
            }
        return await self.table.update(ctx, record_id, effective)

    async def delete(self, ctx: Context, record_id: str, expected: Expected) -> Row:
        """Tombstone the record: it stays in history and the change feed says it went."""
        await self.locked(ctx, record_id, expected)
        return await self.table.tombstone(ctx, record_id)

    async def history(
        self,
        ctx: Context,
        record_id: str,
        *,
        as_of: datetime | None,
        after_version: int | None,
        limit: int,
    ) -> Page:
        """Versions of one record, oldest first; only those recorded by ``as_of`` if given."""
        rows = await self.table.history(ctx, record_id)
        if not rows:
            raise self.missing(record_id)
        if as_of is not None:
            rows = [r for r in rows if r["recorded_from"] <= as_of]
            if not rows:
                raise self.missing(record_id)
        if after_version is not None:
            rows = [r for r in rows if r["version"] > after_version]
        page = rows[:limit]
        more = len(rows) > limit
        return Page(page, [page[-1]["version"]] if more and page else None)


def _check_version(current: Row, expected: Expected) -> None:
    if expected is not None and current["version"] not in expected:
        raise VersionMismatch(
            current["version"], ", ".join(f'"{v}"' for v in expected) or "no version"
        )
