"""A handler for the worker tests: it writes what it is given to a table, in the step's transaction.

Run as a script it is a worker process of its own (``python -m tests.integration.worker_probe
DSN NAME``) whose handler takes its time, so a test can kill it mid-stream.
"""

import asyncio
import sys
from collections.abc import Sequence

import asyncpg
from watchfloor.context import Context
from watchfloor.persistence.db import FairPool, create_pool
from watchfloor.worker.positions import FeedEntry
from watchfloor.worker.runner import Worker

SEEN = """
CREATE TABLE IF NOT EXISTS worker_seen (
    handler text NOT NULL, xid bigint NOT NULL, seq bigint NOT NULL, resource text NOT NULL,
    record_id text NOT NULL, version integer NOT NULL, op text NOT NULL, dataset text NOT NULL
)
"""
_RECORD = """
INSERT INTO worker_seen (handler, xid, seq, resource, record_id, version, op, dataset)
SELECT $1, * FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::int[],
                         $7::text[], $8::text[])
"""


async def settled(db: asyncpg.Connection, dataset: str) -> None:
    """Wait until the feed's horizon is past the dataset's changes.

    The horizon is the cluster's oldest running transaction: a transaction of any database on
    the same server (another test run, say) holds it back for a moment.
    """
    for _ in range(600):
        if await db.fetchval(
            "SELECT coalesce(max(xid::text::bigint), 0) < "
            "pg_snapshot_xmin(pg_current_snapshot())::text::bigint FROM changes WHERE dataset = $1",
            dataset,
        ):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the feed's horizon did not pass the test's changes in 30 s")


async def start_at_horizon(db: asyncpg.Connection, handlers: Sequence[str]) -> None:
    """Start ``handlers`` where the feed stands now instead of where it starts.

    A handler without a position starts at the feed's pruned position: in a test session's
    database, at every change every earlier test wrote (knowledge-base loads and imported data
    sets among them, by the time the later modules run), each handled again before the test's.
    Placed at the horizon (the oldest running transaction, as a caught-up handler would stand),
    the handlers see every change written from here on, the test's, and none before; run alone
    or after the whole suite, a test's handlers then do the same work. Call it before the test
    writes what they handle.
    """
    await db.execute(
        "INSERT INTO worker_positions (handler, xid, seq) "
        "SELECT h, pg_snapshot_xmin(pg_current_snapshot()), -1 FROM unnest($1::text[]) AS h "
        "ON CONFLICT (handler) DO UPDATE SET xid = EXCLUDED.xid, seq = EXCLUDED.seq",
        list(handlers),
    )


class Probe:
    """Records every entry it handles under its own name; fails or dawdles when told to."""

    def __init__(
        self,
        name: str,
        resources: frozenset[str] | None = None,
        *,
        fail_times: int = 0,
        pause: float = 0.0,
    ) -> None:
        self.name = name
        self.resources = resources
        self.fail_times = fail_times
        self.pause = pause

    async def handle(self, ctx: Context, entries: Sequence[FeedEntry]) -> None:
        await ctx.conn.execute(
            _RECORD,
            self.name,
            [e.xid for e in entries],
            [e.seq for e in entries],
            [e.resource for e in entries],
            [e.record_id for e in entries],
            [e.version for e in entries],
            [e.op for e in entries],
            [e.dataset for e in entries],
        )
        if self.pause:
            await asyncio.sleep(self.pause)
        if self.fail_times > 0:
            self.fail_times -= 1
            raise RuntimeError("the handler failed after writing: the step must roll back")


async def _serve(dsn: str, name: str) -> None:
    pool = await create_pool(dsn, min_size=1, max_size=2)
    try:
        worker = Worker([Probe(name, pause=0.05)], page_size=3, idle_seconds=0.05)
        await worker.run(FairPool(pool, 2))
    finally:
        await pool.close()


if __name__ == "__main__":
    asyncio.run(_serve(sys.argv[1], sys.argv[2]))
