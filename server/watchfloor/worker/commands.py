"""``watchfloor worker``: run the worker's handlers; ``watchfloor worker status``: their lag
(changes behind, and the age of the oldest unhandled one)."""

import argparse
import asyncio
import signal
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager

from watchfloor.persistence.db import FairPool, connect, create_pool
from watchfloor.resources.watchlists import params as _watchlist_vocabulary  # noqa: F401
from watchfloor.settings import Settings
from watchfloor.webhooks.deliverer import Deliverer
from watchfloor.worker.handlers import HANDLERS
from watchfloor.worker.positions import forget, lag
from watchfloor.worker.runner import Worker

__all__ = ("add_commands",)

Database = Callable[[Settings], AbstractContextManager[str]]


async def _run(dsn: str, once: bool, settings: Settings) -> int:
    worker = Worker(HANDLERS)
    if once:
        conn = await connect(dsn)
        try:
            steps = await worker.catch_up(conn)
        finally:
            await conn.close()
        print(f"handled {sum(s.handled for s in steps)} change(s) for {len(HANDLERS)} handler(s)")
        return 0
    deliverer = Deliverer.of(settings)

    def stop() -> None:
        worker.stopping.set()
        deliverer.stopping.set()

    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop)
    # The long-running pools go through the pooler, if any (``dsn`` is the direct one, which
    # ``--once`` uses); every step is one transaction, so transaction pooling suits them.
    pooled = settings.database_url or dsn
    pool = await create_pool(pooled, min_size=1, max_size=2, pooled=settings.pooled)
    # Webhook deliveries hold no transaction while they wait on an endpoint; the few
    # statements they run (claim, secrets, record) take a connection of their own pool.
    sending = await create_pool(pooled, min_size=1, max_size=3, pooled=settings.pooled)
    try:
        print(
            f"Watchfloor worker: {len(HANDLERS)} handler(s) and webhook deliveries; Ctrl-C stops it",
            flush=True,
        )
        await asyncio.gather(worker.run(FairPool(pool, 2)), deliverer.run(FairPool(sending, 3)))
    finally:
        await sending.close()
        await pool.close()
    return 0


async def _status(dsn: str) -> int:
    conn = await connect(dsn)
    try:
        rows = await lag(conn, [h.name for h in HANDLERS])
    finally:
        await conn.close()
    for row in rows:
        step = row.updated_at.isoformat() if row.updated_at is not None else "never (not run yet)"
        oldest = f", the oldest unhandled {row.seconds:.1f} s old" if row.behind else ""
        print(
            f"{row.handler}: {row.behind} change(s) behind{oldest}, {row.processed} handled, "
            f"last step {step}"
        )
    if not rows:
        print("no handler has run yet")
    return 0


async def _forget(dsn: str, handler: str) -> int:
    conn = await connect(dsn)
    try:
        found = await forget(conn, handler)
    finally:
        await conn.close()
    if not found:
        print(f"watchfloor: no position for a handler named {handler!r}", file=sys.stderr)
        return 1
    print(f"forgot {handler}: it no longer holds the change feed's retention")
    return 0


def add_commands(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]", database: Database
) -> None:
    worker = commands.add_parser("worker", help="run the handlers that follow the change feed")
    worker.add_argument(
        "--once", action="store_true", help="catch up to the end of the feed and stop"
    )
    worker.add_argument(
        "what",
        nargs="?",
        choices=["status", "forget"],
        help="status: each handler's lag; forget NAME: drop a retired handler's position",
    )
    worker.add_argument("name", nargs="?", help="the handler, for forget")

    def run(settings: Settings, args: argparse.Namespace) -> int:
        with database(settings) as dsn:
            if args.what == "status":
                return asyncio.run(_status(dsn))
            if args.what == "forget":
                if not args.name:
                    print("watchfloor: worker forget needs a handler name", file=sys.stderr)
                    return 2
                return asyncio.run(_forget(dsn, args.name))
            return asyncio.run(_run(dsn, args.once, settings))

    worker.set_defaults(run=run)
