"""``watchfloor keys …``, ``datasets …``, ``changes prune`` and ``webhooks prune``.

The operator's tools: they talk to the database directly (no HTTP, no key needed), through the
same services as the admin API, and their writes are audited with no key.
"""

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable, Iterator
from contextlib import AbstractContextManager

import msgspec

from watchfloor.access.keys import DatasetService, KeyService
from watchfloor.access.schemas import ApiKeyCreate, DatasetCreate
from watchfloor.persistence.db import Connection, connect
from watchfloor.settings import Settings

__all__ = ("add_commands",)

Database = Callable[[Settings], AbstractContextManager[str]]
_PAGE = 100


async def _on(dsn: str, work: Callable[[Connection], Awaitable[int]]) -> int:
    conn = await connect(dsn)
    try:
        return await work(conn)
    finally:
        await conn.close()


async def _keys_create(conn: Connection, args: argparse.Namespace) -> int:
    request = msgspec.convert(
        {
            "name": args.name,
            "scopes": args.scope,
            "datasets": args.dataset or ["live"],
            "rate_limit": args.rate_limit,
        },
        ApiKeyCreate,
    )
    created = await KeyService().create(conn, request)
    key = created.key
    print(
        f"id:       {key.id}\nscopes:   {' '.join(key.scopes)}\ndatasets: {' '.join(key.datasets)}"
    )
    print(f"limit:    {key.rate_limit}/min\nsecret:   {created.secret}")
    print("Store the secret now: it is not kept and cannot be shown again.")
    return 0


async def _all_keys(conn: Connection) -> Iterator[str]:
    service, after, lines = KeyService(), None, []
    while True:
        keys, after = await service.list(conn, after=after, limit=_PAGE)
        for k in keys:
            state = f"revoked {k.revoked_at:%Y-%m-%d}" if k.revoked_at else "active"
            lines.append(
                f"{k.id}  {k.name}  [{','.join(k.scopes)}]  {','.join(k.datasets)}  "
                f"{k.rate_limit}/min  {state}"
            )
        if after is None:
            return iter(lines)


async def _keys_list(conn: Connection, _: argparse.Namespace) -> int:
    for line in await _all_keys(conn):
        print(line)
    return 0


async def _keys_revoke(conn: Connection, args: argparse.Namespace) -> int:
    key = await KeyService().revoke(conn, args.key_id)
    print(f"revoked {key.id} ({key.name}) at {key.revoked_at}")
    return 0


async def _datasets_create(conn: Connection, args: argparse.Namespace) -> int:
    request = msgspec.convert(
        {"name": args.name, "kind": args.kind, "description": args.description}, DatasetCreate
    )
    created = await DatasetService().create(conn, request)
    print(f"created {created.kind} dataset {created.name}")
    return 0


async def _datasets_list(conn: Connection, _: argparse.Namespace) -> int:
    service, after = DatasetService(), None
    while True:
        found, after = await service.list(conn, after=after, limit=_PAGE)
        for d in found:
            print(f"{d.name}  {d.kind}  {d.description}")
        if after is None:
            return 0


def add_commands(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]", database: Database
) -> None:
    """Register the access and retention commands on the ``watchfloor`` parser."""

    def runner(
        work: Callable[[Connection, argparse.Namespace], Awaitable[int]],
    ) -> Callable[[Settings, argparse.Namespace], int]:
        def run(settings: Settings, args: argparse.Namespace) -> int:
            with database(settings) as dsn:
                return asyncio.run(_on(dsn, lambda conn: work(conn, args)))

        return run

    keys = commands.add_parser("keys", help="API keys").add_subparsers(dest="keys", required=True)
    create = keys.add_parser("create", help="create a key and print its secret once")
    create.add_argument("--name", required=True, help="who holds the key")
    create.add_argument(
        "--scope", action="append", required=True, choices=["read", "write", "admin"]
    )
    create.add_argument("--dataset", action="append", help="granted dataset (repeat; default live)")
    create.add_argument("--rate-limit", type=int, default=600, help="requests per minute")
    create.set_defaults(run=runner(_keys_create))
    keys.add_parser("list", help="list keys").set_defaults(run=runner(_keys_list))
    revoke = keys.add_parser("revoke", help="revoke a key at once")
    revoke.add_argument("key_id")
    revoke.set_defaults(run=runner(_keys_revoke))

    datasets = commands.add_parser("datasets", help="datasets").add_subparsers(
        dest="datasets", required=True
    )
    new = datasets.add_parser("create", help="create an exercise or sandbox dataset")
    new.add_argument("name")
    new.add_argument("--kind", required=True, choices=["exercise", "sandbox"])
    new.add_argument("--description", default="")
    new.set_defaults(run=runner(_datasets_create))
    datasets.add_parser("list", help="list datasets").set_defaults(run=runner(_datasets_list))

    changes = commands.add_parser("changes", help="the change feed").add_subparsers(
        dest="changes", required=True
    )
    prune = changes.add_parser("prune", help="delete change-feed entries past retention")
    prune.add_argument(
        "--days", type=int, help="retention (default WATCHFLOOR_CHANGE_RETENTION_DAYS)"
    )
    prune.set_defaults(run=_prune(database))

    webhooks = commands.add_parser("webhooks", help="webhook deliveries").add_subparsers(
        dest="webhooks", required=True
    )
    log = webhooks.add_parser("prune", help="delete finished deliveries past retention")
    log.add_argument(
        "--days", type=int, default=30, help="keep finished deliveries this long (default 30)"
    )
    log.set_defaults(run=_prune_deliveries(database))


def _prune(database: Database) -> Callable[[Settings, argparse.Namespace], int]:
    from watchfloor.sync.retention import prune_changes

    def run(settings: Settings, args: argparse.Namespace) -> int:
        days = args.days if args.days is not None else settings.change_retention_days

        async def work(conn: Connection) -> int:
            result = await prune_changes(conn, days)
            where = f"; cursors before {result.horizon} now get 410" if result.horizon else ""
            print(f"pruned {result.deleted} change(s) older than {days} days{where}")
            return 0

        with database(settings) as dsn:
            return asyncio.run(_on(dsn, work))

    return run


def _prune_deliveries(database: Database) -> Callable[[Settings, argparse.Namespace], int]:
    from watchfloor.webhooks.repository import prune_deliveries

    def run(settings: Settings, args: argparse.Namespace) -> int:
        if args.days < 0:
            print("watchfloor: --days must be 0 or more", file=sys.stderr)
            return 2

        async def work(conn: Connection) -> int:
            deleted = await prune_deliveries(conn, args.days)
            print(f"pruned {deleted} finished deliveries older than {args.days} days")
            return 0

        with database(settings) as dsn:
            return asyncio.run(_on(dsn, work))

    return run
