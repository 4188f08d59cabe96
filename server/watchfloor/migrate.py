"""Numbered plain-SQL migrations: applied in order, each in its own transaction, under a lock.

Files are named ``NNNN_description.sql``. Each applied file is recorded in ``schema_migrations``
with the SHA-256 of its text; a recorded migration whose file has changed since is refused,
because the database would no longer match what the files describe. A session-level advisory
lock serialises concurrent migrators: the second waits, then finds nothing left to do.
"""

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import asyncpg

__all__ = (
    "Migration",
    "MigrationError",
    "MigrationStatus",
    "apply_migrations",
    "load_migrations",
    "migration_status",
)

_LOCK_KEY = 0x57464D47  # "WFMG": one advisory lock for everyone who migrates this database
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")

_CREATE_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    checksum   text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
)
"""
_SELECT_APPLIED = "SELECT version, name, checksum FROM schema_migrations ORDER BY version"
_RECORD = "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)"
_LEDGER_EXISTS = "SELECT to_regclass('schema_migrations') IS NOT NULL"


class MigrationError(Exception):
    """The migrations folder and the database disagree in a way that needs a person."""


@dataclass(frozen=True)
class Migration:
    """One migration file."""

    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


@dataclass(frozen=True)
class MigrationStatus:
    """What is applied and what is pending."""

    applied: list[int]
    pending: list[Migration]

    @property
    def current(self) -> bool:
        return not self.pending


def load_migrations(folder: Path) -> list[Migration]:
    """Every migration in ``folder``, in order; refuses stray names and duplicate numbers."""
    if not folder.is_dir():
        raise MigrationError(f"migrations folder not found: {folder}")
    found: dict[int, Migration] = {}
    for path in sorted(folder.glob("*.sql")):
        match = _NAME.match(path.name)
        if not match:
            raise MigrationError(f"{path.name}: migration files are named NNNN_description.sql")
        version = int(match.group(1))
        if version in found:
            raise MigrationError(f"two migrations share number {version:04d}")
        found[version] = Migration(version, match.group(2), path.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


async def _check(conn: asyncpg.Connection, migrations: list[Migration]) -> list[Migration]:
    applied = {row["version"]: row for row in await conn.fetch(_SELECT_APPLIED)}
    by_version = {m.version: m for m in migrations}
    for version, row in applied.items():
        migration = by_version.get(version)
        if migration is None:
            raise MigrationError(
                f"migration {version:04d}_{row['name']} is applied but its file is missing"
            )
        if migration.checksum != row["checksum"]:
            raise MigrationError(
                f"migration {version:04d}_{migration.name}.sql changed after it was applied "
                f"(recorded {row['checksum'][:12]}…, file {migration.checksum[:12]}…); "
                "add a new migration instead of editing an applied one"
            )
    return [m for m in migrations if m.version not in applied]


async def migration_status(conn: asyncpg.Connection, folder: Path) -> MigrationStatus:
    """Compare ``folder`` with the database without changing anything."""
    migrations = load_migrations(folder)
    if not await conn.fetchval(_LEDGER_EXISTS):
        return MigrationStatus(applied=[], pending=migrations)
    pending = await _check(conn, migrations)
    pending_versions = {m.version for m in pending}
    applied = [m.version for m in migrations if m.version not in pending_versions]
    return MigrationStatus(applied=applied, pending=pending)


async def apply_migrations(conn: asyncpg.Connection, folder: Path) -> list[Migration]:
    """Apply every pending migration in ``folder``; returns those applied by this call."""
    migrations = load_migrations(folder)
    await conn.execute("SELECT pg_advisory_lock($1)", _LOCK_KEY)
    try:
        await conn.execute(_CREATE_LEDGER)
        pending = await _check(conn, migrations)
        for migration in pending:
            async with conn.transaction():
                await conn.execute(migration.sql)
                await conn.execute(_RECORD, migration.version, migration.name, migration.checksum)
        return pending
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", _LOCK_KEY)
