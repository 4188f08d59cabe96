"""Retention of the change feed: ``watchfloor changes prune``.

Rows older than the retention window are deleted as a prefix of the feed's ``(xid, seq)`` order,
and the end of that prefix is recorded in ``change_feed_horizon``; a cursor before it gets 410
(:mod:`watchfloor.sync.feed`). Only rows below the running-transaction horizon are pruned, so a
slow writer's row is never removed before a reader could see it, and nothing is pruned that a
worker handler has not handled yet (``worker_positions``).
"""

from dataclasses import dataclass

import asyncpg

__all__ = ("PruneResult", "prune_changes")

_LAST_DOOMED = """
WITH slowest AS (SELECT xid, seq FROM worker_positions ORDER BY xid, seq LIMIT 1)
SELECT xid::text::bigint AS xid, seq FROM changes
WHERE changed_at < now() - make_interval(days => $1)
  AND xid < pg_snapshot_xmin(pg_current_snapshot())
  AND (NOT EXISTS (SELECT 1 FROM slowest) OR (xid, seq) <= (SELECT xid, seq FROM slowest))
ORDER BY xid DESC, seq DESC
LIMIT 1
"""
_DELETE_UP_TO = "DELETE FROM changes WHERE (xid, seq) <= ($1::text::xid8, $2::bigint)"
_RECORD_HORIZON = """
UPDATE change_feed_horizon
SET xid = greatest(xid, $1::text::xid8),
    seq = CASE WHEN $1::text::xid8 > xid THEN $2
               WHEN $1::text::xid8 = xid THEN greatest(seq, $2) ELSE seq END,
    pruned_at = now()
"""


@dataclass(frozen=True)
class PruneResult:
    """What a prune removed, and the feed position cursors must now be at or beyond."""

    deleted: int
    horizon: tuple[int, int] | None


async def prune_changes(conn: asyncpg.Connection, retention_days: int) -> PruneResult:
    """Delete change rows older than ``retention_days``; record the new pruned position."""
    async with conn.transaction():
        last = await conn.fetchrow(_LAST_DOOMED, retention_days)
        if last is None:
            return PruneResult(deleted=0, horizon=None)
        xid, seq = str(last["xid"]), last["seq"]
        status = await conn.execute(_DELETE_UP_TO, xid, seq)
        await conn.execute(_RECORD_HORIZON, xid, seq)
    return PruneResult(deleted=int(status.split()[-1]), horizon=(last["xid"], last["seq"]))
