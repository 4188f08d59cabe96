"""The SDK against the real server: uvicorn on a free loopback port, in a thread of this test
session, on the session's PostgreSQL database (the ``settings`` fixture). Nothing is mocked."""

import asyncio
import socket
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator

import asyncpg
import httpx
import pytest
import uvicorn
from watchfloor.access.schemas import ApiKeyWithSecret
from watchfloor.app import create_app
from watchfloor.settings import Settings
from watchfloor_sdk import AsyncClient, Client

from tests.conftest import _create_database, _drop_database, _with_database, grant
from tests.sdk.proxy import FaultyProxy


@pytest.fixture(scope="session")
def base_url(settings: Settings) -> Iterator[str]:
    """URL of a Watchfloor server running for this session."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(settings), log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="session")
def sdk_key(api_key: ApiKeyWithSecret) -> str:
    """The session's API key, which every SDK client of these tests sends."""
    return api_key.secret


@pytest.fixture(autouse=True)
def _key_in_environment(sdk_key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients made in a test (``Client(base_url=proxy.url)``) pick the key up from here."""
    monkeypatch.setenv("WATCHFLOOR_API_KEY", sdk_key)


@pytest.fixture
async def dataset(
    db: asyncpg.Connection, api_key: ApiKeyWithSecret, base_url: str, sdk_key: str
) -> str:
    """A sandbox dataset of this test's own, granted to the session's key — and seen granted
    by the test server. The server runs on its own event loop in another thread: it hears the
    key's change on its own connection, which on a loaded machine can come after this
    session's connection heard it (``grant`` waits for that one only)."""
    name = f"t-{uuid.uuid4().hex[:12]}"
    await db.execute(
        "INSERT INTO datasets (name, kind, description) VALUES ($1, 'sandbox', 'test')", name
    )
    await grant(db, api_key.key.id, name)
    async with httpx.AsyncClient(base_url=base_url) as http:
        headers = {"Authorization": f"Bearer {sdk_key}"}
        deadline = time.monotonic() + 10
        while True:
            seen = await http.get(
                "/v1/actors", params={"dataset": name, "limit": 1}, headers=headers
            )
            if seen.status_code != 403 or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.02)
    assert seen.status_code == 200, seen.text
    return name


@pytest.fixture
def sdk(base_url: str, sdk_key: str) -> Iterator[Client]:
    """A blocking client of the test server."""
    with Client(base_url=base_url, api_key=sdk_key) as client:
        yield client


@pytest.fixture
async def async_sdk(base_url: str, sdk_key: str) -> AsyncIterator[AsyncClient]:
    """An asyncio client of the test server."""
    async with AsyncClient(base_url=base_url, api_key=sdk_key) as client:
        yield client


@pytest.fixture
def proxy(base_url: str) -> Iterator[FaultyProxy]:
    """A proxy in front of the test server that fails on cue."""
    with FaultyProxy(base_url) as running:
        yield running


@pytest.fixture(scope="session")
def mirror_database(server_dsn: str) -> Iterator[str]:
    """A PostgreSQL database of this session's own for the SDK's PostgresMirror (a partner's)."""
    name = f"wf_mirror_{uuid.uuid4().hex[:12]}"
    asyncio.run(_create_database(server_dsn, name))
    try:
        yield _with_database(server_dsn, name)
    finally:
        asyncio.run(_drop_database(server_dsn, name))
