"""The ``watchfloor`` command line.

    watchfloor serve            migrate, then serve the API (embedded PostgreSQL if no DATABASE_URL)
    watchfloor db upgrade       apply pending migrations
    watchfloor db status        list applied and pending migrations
    watchfloor openapi [PATH]   write the OpenAPI document (default: openapi/openapi.json)
    watchfloor seed             migrate, then load the built-in Korea knowledge base (idempotent)
    watchfloor keys create|list|revoke        API keys (secrets are shown once)
    watchfloor datasets create|list           exercise and sandbox datasets
    watchfloor changes prune                  drop change-feed entries past retention
    watchfloor webhooks prune [--days N]      drop finished webhook deliveries past retention
    watchfloor worker [--once|status|forget]  run the handlers that follow the change feed
    watchfloor import FORMAT PATH [--dataset D] [--json]
                                import a file: ndjson, or a data set (cns, gdelt2 …); on a
                                terminal a live line shows bytes, lines, rate, rejected, time left

Every command works on the database ``make run`` uses: ``DATABASE_URL`` if set, else the
embedded server under ``.watchfloor/`` (joined, not restarted, while ``make run`` is up).
"""

import argparse
import asyncio
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from watchfloor.access.commands import add_commands
from watchfloor.settings import Settings

if TYPE_CHECKING:
    from watchfloor.imports.schemas import ImportReport

__all__ = ("main",)


@contextmanager
def _database(settings: Settings) -> Iterator[str]:
    """The DSN to use, starting (or joining) the embedded server when none is configured.

    It is the direct one (``WATCHFLOOR_DIRECT_DATABASE_URL``, else ``DATABASE_URL``): a one-off
    command has no use for a pooler, and migrations need a session of their own. ``serve`` and
    ``worker`` take :func:`_pooled` for their pools.
    """
    direct = settings.direct_database_url or settings.database_url
    if direct:
        yield direct
        return
    from watchfloor.embedded import DATABASE_NAME, ensure_database, start_embedded

    embedded = start_embedded(settings.data_dir)
    try:
        asyncio.run(ensure_database(embedded.dsn("postgres"), DATABASE_NAME))
        yield embedded.dsn()
    finally:
        embedded.stop()


def _pooled(settings: Settings, direct: str) -> str:
    """The DSN the long-running pools use: ``DATABASE_URL`` (maybe a pooler), else ``direct``."""
    return settings.database_url or direct


async def _upgrade(dsn: str, folder: Path) -> list[str]:
    from watchfloor.migrate import apply_migrations
    from watchfloor.persistence.db import connect

    conn = await connect(dsn)
    try:
        return [f"{m.version:04d}_{m.name}" for m in await apply_migrations(conn, folder)]
    finally:
        await conn.close()


async def _status(dsn: str, folder: Path) -> tuple[list[int], list[str]]:
    from watchfloor.migrate import migration_status
    from watchfloor.persistence.db import connect

    conn = await connect(dsn)
    try:
        status = await migration_status(conn, folder)
        return status.applied, [f"{m.version:04d}_{m.name}" for m in status.pending]
    finally:
        await conn.close()


def _cmd_upgrade(settings: Settings, _: argparse.Namespace) -> int:
    with _database(settings) as dsn:
        applied = asyncio.run(_upgrade(dsn, settings.migrations_dir))
    print("applied: " + ", ".join(applied) if applied else "up to date")
    return 0


def _cmd_status(settings: Settings, _: argparse.Namespace) -> int:
    with _database(settings) as dsn:
        applied, pending = asyncio.run(_status(dsn, settings.migrations_dir))
    print(f"applied: {len(applied)} (latest {max(applied, default=0):04d})")
    print("pending: " + (", ".join(pending) if pending else "none"))
    return 1 if pending else 0


def _cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from watchfloor.http.observability import configure_logging

    configure_logging(settings.log_level)
    host = args.host or settings.host
    port = args.port or settings.port
    with _database(settings) as dsn:
        # Migrations hold a session advisory lock, and the seed is a one-off: both on the
        # direct connection (dsn); the server's pools may go through a pooler.
        asyncio.run(_upgrade(dsn, settings.migrations_dir))
        if not args.no_seed:
            seeded = asyncio.run(_seed_if_empty(dsn))
            if seeded is not None:
                print(f"Empty database: loaded the Korea knowledge base ({seeded})", flush=True)
        print(f"Watchfloor on http://{host}:{port}  (docs: http://{host}:{port}/docs)", flush=True)
        if settings.anonymous_reads:
            print(
                "Anonymous reads of live data are ON (WATCHFLOOR_ANONYMOUS_READS); writes need "
                "a key: watchfloor keys create --name me --scope read --scope write",
                flush=True,
            )
        if settings.cursor_secret is None:
            print(
                "Cursors are signed with a key made for this database and kept in it "
                "(server_secrets); WATCHFLOOR_CURSOR_SECRET sets one instead",
                flush=True,
            )
        if settings.pooled:
            print(
                f"Through {settings.pooler} (WATCHFLOOR_POOLER): LISTEN and migrations on "
                "WATCHFLOOR_DIRECT_DATABASE_URL; the statement timeout is the pooler's "
                "connect_query or the role's (docs/operations.md, Behind PgBouncer)",
                flush=True,
            )
        pooled = _pooled(settings, dsn)
        if args.workers > 1:
            os.environ["DATABASE_URL"] = pooled
            uvicorn.run(
                "watchfloor.app:create_app",
                factory=True,
                host=host,
                port=port,
                workers=args.workers,
                log_level="warning",
                access_log=False,
            )
        else:
            from watchfloor.app import create_app

            app = create_app(msgspec.structs.replace(settings, database_url=pooled))
            uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    return 0


async def _import(dsn: str, folder: Path, args: argparse.Namespace) -> bytes | str:
    from watchfloor.context import Context
    from watchfloor.formats import read_file
    from watchfloor.imports.console import ImportProgress, MeteredPath, render_report
    from watchfloor.imports.service import import_rows
    from watchfloor.migrate import apply_migrations
    from watchfloor.persistence.db import connect

    path = MeteredPath(args.path)
    # The live line on a terminal only: --json, a pipe or a log file get the report alone.
    shown = not args.json and sys.stderr.isatty()
    conn = await connect(dsn)
    try:
        await apply_migrations(conn, folder)
        ctx = Context.unrestricted(conn)
        if shown:
            with ImportProgress(path, sys.stderr) as progress:
                report = await import_rows(
                    ctx, read_file(args.format, path), args.dataset, progress=progress.update
                )
        else:
            report = await import_rows(ctx, read_file(args.format, path), args.dataset)
    finally:
        await conn.close()
    if args.json:
        return msgspec.json.format(msgspec.json.encode(report), indent=2)
    return render_report(report, f"{args.path} ({args.format})")


def _cmd_import(settings: Settings, args: argparse.Namespace) -> int:
    from watchfloor.errors import WatchfloorError

    if not Path(args.path).is_file():
        print(f"watchfloor: no file {args.path}", file=sys.stderr)
        return 2
    with _database(settings) as dsn:
        try:
            output = asyncio.run(_import(dsn, settings.migrations_dir, args))
        except WatchfloorError as exc:
            print(f"watchfloor: {exc.detail}", file=sys.stderr)
            return 2
    print(output.decode() if isinstance(output, bytes) else output)
    return 0


def _cmd_openapi(_: Settings, args: argparse.Namespace) -> int:
    from watchfloor.app import create_app
    from watchfloor.http.openapi import SPEC_PATH, render_spec

    target = Path(args.path) if args.path else SPEC_PATH
    # The document does not depend on the database; no connection is made.
    target.write_bytes(render_spec(create_app(Settings(database_url="postgresql://unused/"))))
    print(f"wrote {target}")
    return 0


async def _seed(dsn: str, dataset: str) -> "list[tuple[str, ImportReport]]":
    from watchfloor.context import Context
    from watchfloor.knowledge import load_knowledge_base
    from watchfloor.persistence.db import connect
    from watchfloor.resources.watchlists import params  # noqa: F401  (watchlists' vocabulary)

    conn = await connect(dsn)
    try:
        return await load_knowledge_base(Context.unrestricted(conn), dataset)
    finally:
        await conn.close()


_EMPTY = """
SELECT NOT EXISTS (SELECT 1 FROM sources) AND NOT EXISTS (SELECT 1 FROM actors)
   AND NOT EXISTS (SELECT 1 FROM events)
"""


async def _seed_if_empty(dsn: str) -> str | None:
    """Load the built-in knowledge base into ``live`` when the database holds no record yet.

    Returns a one-line summary, or ``None`` when the database already had data.
    """
    from watchfloor.context import Context
    from watchfloor.knowledge import load_knowledge_base
    from watchfloor.persistence.db import connect
    from watchfloor.resources.watchlists import params  # noqa: F401  (watchlists' vocabulary)

    conn = await connect(dsn)
    try:
        if not await conn.fetchval(_EMPTY):
            return None
        reports = await load_knowledge_base(Context.unrestricted(conn), "live")
    finally:
        await conn.close()
    created = sum(report.created for _, report in reports)
    rejected = sum(report.rejected for _, report in reports)
    return f"{created} records, {rejected} rejected"


def _cmd_seed(settings: Settings, args: argparse.Namespace) -> int:
    with _database(settings) as dsn:
        asyncio.run(_upgrade(dsn, settings.migrations_dir))
        reports = asyncio.run(_seed(dsn, args.dataset))
    for name, report in reports:
        print(f"{name}: {msgspec.json.encode(report).decode()}")
    return 1 if any(report.rejected for _, report in reports) else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="watchfloor", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="migrate, then serve the API")
    serve.add_argument("--host", help="interface (default WATCHFLOOR_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default WATCHFLOOR_PORT or 8000)")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    serve.add_argument(
        "--no-seed",
        action="store_true",
        help="do not load the knowledge base into an empty database",
    )
    serve.set_defaults(run=_cmd_serve)
    db = commands.add_parser("db", help="database schema").add_subparsers(dest="db", required=True)
    db.add_parser("upgrade", help="apply pending migrations").set_defaults(run=_cmd_upgrade)
    db.add_parser("status", help="applied and pending migrations").set_defaults(run=_cmd_status)
    openapi = commands.add_parser("openapi", help="write the OpenAPI document")
    openapi.add_argument("path", nargs="?", help="target file (default openapi/openapi.json)")
    openapi.set_defaults(run=_cmd_openapi)
    seed = commands.add_parser("seed", help="load the built-in Korea knowledge base")
    seed.add_argument("--dataset", default="live", help="dataset to load into (default live)")
    seed.set_defaults(run=_cmd_seed)
    add_commands(commands, _database)
    from watchfloor.worker.commands import add_commands as add_worker_commands

    add_worker_commands(commands, _database)
    from watchfloor.formats import FORMATS

    imports = commands.add_parser("import", help="import a file into a dataset")
    imports.add_argument("format", choices=sorted(FORMATS), help="the file's format")
    imports.add_argument("path", help="the file")
    imports.add_argument("--dataset", default="live", help="dataset to write (default live)")
    imports.add_argument(
        "--json", action="store_true", help="print the report as JSON (and no progress line)"
    )
    imports.set_defaults(run=_cmd_import)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``watchfloor`` command."""
    args = _parser().parse_args(argv)
    settings = Settings.from_env()
    try:
        code: int = args.run(settings, args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from watchfloor.errors import WatchfloorError
        from watchfloor.migrate import MigrationError

        if isinstance(exc, MigrationError | msgspec.ValidationError):
            print(f"watchfloor: {exc}", file=sys.stderr)
            return 2
        if isinstance(exc, WatchfloorError):
            reasons = "".join(f"\n  {e.pointer or e.parameter}: {e.detail}" for e in exc.errors)
            print(f"watchfloor: {exc.detail}{reasons}", file=sys.stderr)
            return 2
        raise
    return code


if __name__ == "__main__":
    raise SystemExit(main())
