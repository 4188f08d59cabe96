"""The rules every versioned resource shares: 404 for what is gone, ``If-Match``, no-op writes.

Resource services wrap a :class:`Records` with their own validation; controllers never see SQL.
"""

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from typing import Any

import asyncpg

from watchfloor.errors import NotFound
from watchfloor.responses import check_if_match
from watchfloor.store import Page, Table

__all__ = ("InsertSink", "Records", "deferring_inserts")

InsertSink = Callable[[Table, dict[str, Any]], asyncpg.Record]
"""Takes the values of a new record to write later; returns them as the record's row."""

_sink: ContextVar[InsertSink | None] = ContextVar("watchfloor_insert_sink", default=None)


@contextmanager
def deferring_inserts(sink: InsertSink) -> Iterator[None]:
    """Hand every :meth:`Records.create` in the block to ``sink`` instead of inserting it.

    The bulk import writes a batch's new records with one statement per table. The services'
    checks run as always, before the record is handed over; the row a deferred create returns
    holds the values written (its ``id`` among them), not the bookkeeping columns.
    """
    token = _sink.set(sink)
    try:
        yield
    finally:
        _sink.reset(token)


class Records:
    """Reads and writes of one versioned table, with the shared rules applied."""

    def __init__(self, table: Table, noun: str) -> None:
        self.table = table
        self.noun = noun

    def missing(self, record_id: str) -> NotFound:
        return NotFound(f"No {self.noun} with id {record_id!r}.")

    async def get(
        self, conn: asyncpg.Connection, record_id: str, as_of: datetime | None = None
    ) -> asyncpg.Record:
        row = await self.table.get(conn, record_id, as_of)
        if row is None:
            raise self.missing(record_id)
        return row

    async def create(self, conn: asyncpg.Connection, values: Mapping[str, Any]) -> asyncpg.Record:
        sink = _sink.get()
        if sink is not None:
            return sink(self.table, dict(values))
        return await self.table.insert(conn, dict(values))

    async def update(
        self,
        conn: asyncpg.Connection,
        record_id: str,
        changes: Mapping[str, Any],
        if_match: str | None,
    ) -> asyncpg.Record:
        """Apply ``changes``; a change that alters nothing writes no new version."""
        current = await self.table.lock(conn, record_id)
        if current is None or current["deleted_at"] is not None:
            raise self.missing(record_id)
        check_if_match(if_match, current["version"])
        effective = {k: v for k, v in changes.items() if current[k] != v}
        if not effective:
            return current
        return await self.table.update(conn, record_id, effective)

    async def delete(
        self, conn: asyncpg.Connection, record_id: str, if_match: str | None
    ) -> asyncpg.Record:
        """Tombstone the record: it stays in history and the change feed says it went."""
        current = await self.table.lock(conn, record_id)
        if current is None or current["deleted_at"] is not None:
            raise self.missing(record_id)
        check_if_match(if_match, current["version"])
        return await self.table.tombstone(conn, record_id)

    async def history(
        self,
        conn: asyncpg.Connection,
        record_id: str,
        *,
        as_of: datetime | None,
        after_version: int | None,
        limit: int,
    ) -> Page:
        """Versions of one record, oldest first; only those recorded by ``as_of`` if given."""
        rows = await self.table.history(conn, record_id)
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
