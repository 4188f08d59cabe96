"""The migration runner: order, checksums, refusal of edited migrations, concurrent migrators."""

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from watchfloor.migrate import MigrationError, apply_migrations, migration_status
from watchfloor.persistence.db import connect

from tests.conftest import MIGRATIONS, _create_database, _drop_database, _with_database


@pytest.fixture
async def empty_db(server_dsn: str) -> AsyncIterator[str]:
    name = f"wf_mig_{uuid.uuid4().hex[:10]}"
    await _create_database(server_dsn, name)
    try:
        yield _with_database(server_dsn, name)
    finally:
        await _drop_database(server_dsn, name)


def _write(folder: Path, name: str, sql: str) -> None:
    (folder / name).write_text(sql, encoding="utf-8")


async def test_applies_in_order_and_records_checksums(empty_db: str, tmp_path: Path) -> None:
    _write(tmp_path, "0001_a.sql", "CREATE TABLE a (x int);")
    _write(tmp_path, "0002_b.sql", "INSERT INTO a VALUES (1);")
    conn = await connect(empty_db)
    try:
        applied = await apply_migrations(conn, tmp_path)
        assert [m.version for m in applied] == [1, 2]
        assert await conn.fetchval("SELECT count(*) FROM a") == 1
        assert await apply_migrations(conn, tmp_path) == []
        status = await migration_status(conn, tmp_path)
        assert status.current and status.applied == [1, 2]
    finally:
        await conn.close()


async def test_edited_migration_is_refused(empty_db: str, tmp_path: Path) -> None:
    _write(tmp_path, "0001_a.sql", "CREATE TABLE a (x int);")
    conn = await connect(empty_db)
    try:
        await apply_migrations(conn, tmp_path)
        _write(tmp_path, "0001_a.sql", "CREATE TABLE a (x bigint);")
        with pytest.raises(MigrationError, match="changed after it was applied"):
            await apply_migrations(conn, tmp_path)
        with pytest.raises(MigrationError, match="changed after it was applied"):
            await migration_status(conn, tmp_path)
    finally:
        await conn.close()


async def test_failed_migration_rolls_back_alone(empty_db: str, tmp_path: Path) -> None:
    _write(tmp_path, "0001_a.sql", "CREATE TABLE a (x int);")
    _write(tmp_path, "0002_b.sql", "CREATE TABLE b (y int); SELECT 1/0;")
    conn = await connect(empty_db)
    try:
        with pytest.raises(asyncpg.DivisionByZeroError):
            await apply_migrations(conn, tmp_path)
        status = await migration_status(conn, tmp_path)
        assert status.applied == [1]
        assert [m.version for m in status.pending] == [2]
        assert await conn.fetchval("SELECT to_regclass('b')") is None
    finally:
        await conn.close()


async def test_bad_file_names_are_refused(tmp_path: Path, empty_db: str) -> None:
    _write(tmp_path, "1_a.sql", "SELECT 1;")
    conn = await connect(empty_db)
    try:
        with pytest.raises(MigrationError, match="NNNN_description"):
            await apply_migrations(conn, tmp_path)
    finally:
        await conn.close()


async def test_concurrent_migrators_do_not_collide(empty_db: str) -> None:
    conns = [await connect(empty_db) for _ in range(3)]
    try:
        results = await asyncio.gather(*(apply_migrations(c, MIGRATIONS) for c in conns))
        applied = sorted(m.version for result in results for m in result)
        expected = sorted(int(p.name[:4]) for p in MIGRATIONS.glob("*.sql"))
        assert applied == expected, "each migration applied exactly once"
    finally:
        for c in conns:
            await c.close()
