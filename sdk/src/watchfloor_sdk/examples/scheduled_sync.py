"""Keep a mirror current on a schedule, with the asyncio client.

    WATCHFLOOR_API_KEY=wf_… python -m watchfloor_sdk.examples.scheduled_sync \\
        watchfloor.db --resource actor --resource event --every 300

The target is a SQLite file, or a ``postgresql://`` URL for your own database. Every
``--every`` seconds (less up to a tenth, so many partners do not all call at once) it runs
``await client.sync(...)``. A run that fails — the server unreachable after the client's own
retries, a key revoked — is logged and the next tick tries again; the mirror is never left
half-updated, since every page and every bootstrap commits whole. SIGTERM or Ctrl-C stops it
between runs, or cancels the run in progress (which also leaves the mirror whole).

``--once`` runs one sync and exits with its status: what a cron job or a Kubernetes CronJob
would call instead of keeping this process running.
"""

import argparse
import asyncio
import contextlib
import logging
import random
import signal

from watchfloor_sdk import AsyncClient, WatchfloorError
from watchfloor_sdk.examples._cli import summary
from watchfloor_sdk.lib import PostgresMirror, SQLiteMirror, SyncStore

log = logging.getLogger("watchfloor_sdk.examples.scheduled_sync")


def _store(target: str) -> SQLiteMirror | PostgresMirror:
    if target.startswith(("postgresql://", "postgres://")):
        return PostgresMirror(target)
    return SQLiteMirror(target)


async def _tick(client: AsyncClient, store: SyncStore, args: argparse.Namespace) -> bool:
    try:
        result = await client.sync(store, resources=args.resource, dataset=args.dataset)
    except WatchfloorError as error:
        log.error("sync failed, next try in %s s: %s", args.every, error)
        return False
    log.info("%s", summary(result))
    return True


async def schedule(store: SyncStore, args: argparse.Namespace) -> int:
    """Sync now, then every ``args.every`` seconds until stopped (or once with ``--once``)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    async with AsyncClient() as client:
        while True:
            ok = await _tick(client, store, args)
            if args.once:
                return 0 if ok else 1
            # Jitter spreads partners' calls; it is no secret, so `random` is right here.
            delay = args.every * (1 - 0.1 * random.random())  # noqa: S311
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=delay)
            if stop.is_set():
                return 0


def main() -> int:
    """Parse the command line and keep the mirror current."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", help="a SQLite file, or a postgresql:// URL")
    parser.add_argument("--resource", action="append", required=True, help="repeat per resource")
    parser.add_argument("--dataset", default="live")
    parser.add_argument("--every", type=float, default=300.0, help="seconds between runs")
    parser.add_argument("--once", action="store_true", help="one run, exit status says how")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    store = _store(args.target)
    try:
        return asyncio.run(schedule(store, args))
    finally:
        store.close()


if __name__ == "__main__":
    raise SystemExit(main())
