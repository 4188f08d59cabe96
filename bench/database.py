"""The benchmark's own database: created, migrated, filled, sampled and dropped by the harness."""

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from watchfloor.migrate import apply_migrations
from watchfloor.persistence.db import connect

__all__ = (
    "SCRATCH_DATASETS",
    "Sample",
    "create_database",
    "create_key",
    "drop_database",
    "migrate",
    "sample",
    "with_database",
)

SCRATCH_DATASETS = ("bench-ingest", "bench-export")
"""Sandbox datasets the bulk scenarios write and read, beside ``live``."""


def with_database(dsn: str, name: str) -> str:
    """``dsn`` pointed at database ``name``."""
    return urlunsplit(urlsplit(dsn)._replace(path="/" + name))


async def create_database(admin_dsn: str, name: str) -> None:
    """A fresh, empty database ``name`` (an old one of that name is dropped first)."""
    conn = await asyncpg.connect(admin_dsn)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def drop_database(admin_dsn: str, name: str) -> None:
    conn = await asyncpg.connect(admin_dsn)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


async def migrate(dsn: str, migrations: Path) -> list[str]:
    """Apply the checkout's migrations; returns their names."""
    conn = await connect(dsn)
    try:
        return [f"{m.version:04d}_{m.name}" for m in await apply_migrations(conn, migrations)]
    finally:
        await conn.close()


async def create_key(dsn: str) -> str:
    """The secret of an API key for the load: read and write on ``live`` and the scratch
    datasets, at the highest rate limit a key can have (one partner at full speed)."""
    from watchfloor.access.keys import KeyService
    from watchfloor.access.schemas import ApiKeyCreate

    conn = await connect(dsn)
    try:
        for name in SCRATCH_DATASETS:
            await conn.execute(
                "INSERT INTO datasets (name, kind) VALUES ($1, 'sandbox') ON CONFLICT DO NOTHING",
                name,
            )
        created = await KeyService().create(
            conn,
            ApiKeyCreate(
                name="bench",
                scopes=["read", "write"],
                datasets=["live", *SCRATCH_DATASETS],
                rate_limit=1_000_000,
            ),
        )
    finally:
        await conn.close()
    return created.secret


@dataclass
class Sample:
    """Ids (with their current version) drawn from the loaded data, for varied requests."""

    ids: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    """Table → ``(id, version)`` pairs of live, current records."""
    counts: dict[str, int] = field(default_factory=dict)
    """Table → live rows in it."""


_TABLES = ("actors", "sources", "events", "statements", "indicators", "observations")


async def sample(dsn: str, per_table: int = 64, seed: float = 0.42) -> Sample:
    """Up to ``per_table`` random live ids of each table, the same ones for the same data."""
    conn = await asyncpg.connect(dsn)
    out = Sample()
    try:
        await conn.execute("SELECT setseed($1)", seed)
        for table in _TABLES:
            out.counts[table] = await conn.fetchval(
                f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
            )
            rows = await conn.fetch(
                f"SELECT id, version FROM {table} WHERE deleted_at IS NULL "
                f"ORDER BY random() LIMIT $1",
                per_table,
            )
            out.ids[table] = [(r["id"], r["version"]) for r in rows]
        await conn.execute("VACUUM ANALYZE")
    finally:
        await conn.close()
    return out
