"""Where each worker handler stands in the change feed, and the pages it reads from there.

A handler's position is ``(xid, seq)`` in the feed's order. Pages are read below the running
transaction horizon, exactly as ``GET /v1/changes`` reads them (:data:`BELOW_HORIZON`), so a
handler inherits the feed's guarantee: no change committed late is ever skipped.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import asyncpg

from watchfloor.sync.feed import BELOW_HORIZON

__all__ = ("FeedEntry", "Lag", "advance", "forget", "lag", "lock_position", "read_after")

_START = """
INSERT INTO worker_positions AS w (handler, xid, seq)
SELECT $1, h.xid, h.seq FROM change_feed_horizon h
ON CONFLICT (handler) DO NOTHING
"""
"""A new handler starts where the feed starts today (the pruned position)."""

_LOCK = """
SELECT xid::text::bigint AS xid, seq FROM worker_positions WHERE handler = $1 FOR UPDATE SKIP LOCKED
"""
"""The position, locked for the transaction; ``None`` while another worker holds it."""

# Splices BELOW_HORIZON (a constant of the feed) only; values travel as $n. Reviewed for S608.
_PAGE = f"""
WITH h AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
SELECT h.xmin::text::bigint AS horizon, c.xid::text::bigint AS xid, c.seq, c.resource,
       c.record_id, c.version, c.op, c.dataset, c.changed_at
FROM h LEFT JOIN LATERAL (
    SELECT c.* FROM changes c
    WHERE (c.xid, c.seq) > ($1::text::xid8, $2::bigint) AND {BELOW_HORIZON}
    ORDER BY c.xid, c.seq
    LIMIT $3
) c ON true
ORDER BY c.xid, c.seq
"""  # noqa: S608

_ADVANCE = """
UPDATE worker_positions
SET xid = $2::text::xid8, seq = $3, processed = processed + $4, updated_at = now()
WHERE handler = $1
"""

_LAG = """
WITH p AS (
    SELECT handler, xid, seq, processed, updated_at FROM worker_positions
    UNION ALL
    SELECT r.handler, h.xid, h.seq, 0, NULL::timestamptz
    FROM unnest($1::text[]) AS r (handler) CROSS JOIN change_feed_horizon h
    WHERE NOT EXISTS (SELECT 1 FROM worker_positions w WHERE w.handler = r.handler)
)
SELECT p.handler, p.processed, p.updated_at,
       (SELECT count(*) FROM changes c WHERE (c.xid, c.seq) > (p.xid, p.seq)) AS behind,
       o.changed_at AS oldest_at,
       greatest(coalesce(extract(epoch FROM clock_timestamp() - o.changed_at), 0), 0)::float8
           AS seconds
FROM p LEFT JOIN LATERAL (
    SELECT c.changed_at FROM changes c WHERE (c.xid, c.seq) > (p.xid, p.seq)
    ORDER BY c.xid, c.seq LIMIT 1
) o ON true
ORDER BY p.handler
"""
"""Each handler's lag: the changes after its position (an index range of the feed's key) and
the age of the first of them, the next it will handle. A registered handler that has not run
yet stands where it will start, at the feed's pruned position."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One change of the feed: a record written at ``version``, or its tombstone."""

    xid: int
    seq: int
    resource: str
    record_id: str
    version: int
    op: str
    """``upsert`` or ``delete``."""
    dataset: str
    changed_at: datetime


@dataclass(frozen=True, slots=True)
class Page:
    entries: list[FeedEntry]
    next_position: tuple[int, int]
    """Where the handler stands once it has handled :attr:`entries`."""


@dataclass(frozen=True, slots=True)
class Lag:
    """How far a handler is from the end of the feed."""

    handler: str
    behind: int
    """Changes in the feed after the handler's position (0: caught up)."""
    seconds: float
    """Age of the oldest change it has not handled yet (the next in feed order); 0 when none."""
    oldest_at: datetime | None
    """When that change was written; ``None`` when the handler is caught up."""
    processed: int
    updated_at: datetime | None
    """Its last step that moved it; ``None`` for a registered handler that has not run yet."""


async def lock_position(conn: asyncpg.Connection, handler: str) -> tuple[int, int] | None:
    """The handler's position, locked until the transaction ends (created at first use)."""
    await conn.execute(_START, handler)
    row = await conn.fetchrow(_LOCK, handler)
    return None if row is None else (row["xid"], row["seq"])


async def read_after(conn: asyncpg.Connection, position: tuple[int, int], limit: int) -> Page:
    """Up to ``limit`` changes after ``position``; a short page moves up to the horizon."""
    rows = await conn.fetch(_PAGE, str(position[0]), position[1], limit)
    entries = [
        FeedEntry(
            xid=r["xid"],
            seq=r["seq"],
            resource=r["resource"],
            record_id=r["record_id"],
            version=r["version"],
            op=r["op"],
            dataset=r["dataset"],
            changed_at=r["changed_at"],
        )
        for r in rows
        if r["xid"] is not None
    ]
    if len(entries) == limit:
        return Page(entries, (entries[-1].xid, entries[-1].seq))
    # Nothing below the horizon is left to read: the position may move up to it, so a quiet
    # handler's position advances (and never pins the feed's retention).
    last = (entries[-1].xid, entries[-1].seq) if entries else position
    return Page(entries, max(last, (rows[0]["horizon"], 0), position))


async def advance(
    conn: asyncpg.Connection, handler: str, position: tuple[int, int], handled: int
) -> None:
    await conn.execute(_ADVANCE, handler, str(position[0]), position[1], handled)


async def lag(conn: asyncpg.Connection, registered: Sequence[str] = ()) -> list[Lag]:
    """Every handler's distance from the end of the feed: each that has a position, and each
    of ``registered`` that has none yet. One statement."""
    return [
        Lag(
            handler=r["handler"],
            behind=r["behind"],
            seconds=r["seconds"],
            oldest_at=r["oldest_at"],
            processed=r["processed"],
            updated_at=r["updated_at"],
        )
        for r in await conn.fetch(_LAG, list(registered))
    ]


async def forget(conn: asyncpg.Connection, handler: str) -> bool:
    """Drop a handler's position (it no longer holds the feed's retention); False if none."""
    status = await conn.execute("DELETE FROM worker_positions WHERE handler = $1", handler)
    return status != "DELETE 0"
