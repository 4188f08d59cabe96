"""Slow and stalled clients beside normal traffic, with real sockets against ``watchfloor serve``.

The server runs with a small pool (6 connections, 2 of them for imports and exports) and short
deadlines, so each limit is reached within seconds. What must hold:

* slow imports, slow JSON bodies and exports nobody reads never take the connections other
  requests need: those are served meanwhile;
* a request that needs no database (401 without a key, 404 of a route, ``/healthz``) is
  answered even when every connection is held, and ``/readyz`` says the pool is exhausted;
* a client that stops reading is dropped and its connection comes back; a statement that runs
  too long is cancelled (503).
"""

import asyncio
import socket
import uuid
from collections.abc import AsyncIterator, Iterator

import asyncpg
import httpx
import pytest
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate

from tests.live_server import LiveServer

pytestmark = pytest.mark.slow

SETTINGS = {
    "WATCHFLOOR_POOL_MAX": "6",
    "WATCHFLOOR_STREAM_POOL": "2",
    "WATCHFLOOR_STREAMS_PER_KEY": "1",
    "WATCHFLOOR_POOL_WAIT": "1",
    "WATCHFLOOR_BODY_TIMEOUT": "2",
    "WATCHFLOOR_SEND_TIMEOUT": "2",
    "WATCHFLOOR_STATEMENT_TIMEOUT": "3",
}
SOURCES = 400
"""Sources of 20,000 characters each: an export of 8 MB, more than socket buffers hold."""
Stream = tuple[asyncio.StreamReader, asyncio.StreamWriter]


@pytest.fixture(scope="module")
def server(database_url: str) -> Iterator[LiveServer]:
    with LiveServer(database_url, **SETTINGS) as live:
        yield live


async def _key(db: asyncpg.Connection, *scopes: str, datasets: list[str]) -> str:
    request = ApiKeyCreate(name="slow", scopes=list(scopes), datasets=datasets, rate_limit=100_000)  # type: ignore[arg-type]
    return (await KeyService().create(db, request)).secret


@pytest.fixture(scope="module")
async def big_dataset(server: LiveServer, db: asyncpg.Connection) -> str:
    """A dataset holding an 8 MB export."""
    name = f"slow-{uuid.uuid4().hex[:8]}"
    await db.execute("INSERT INTO datasets (name, kind) VALUES ($1, 'sandbox')", name)
    secret = await _key(db, "write", datasets=[name])
    line = '{"resource": "source", "external_id": "s:%d", "title": "T", "publisher": "P", '
    line += '"reliability": "B", "excerpt": "' + "x" * 20_000 + '"}\n'
    body = "".join(line % i for i in range(SOURCES)).encode()
    async with httpx.AsyncClient(base_url=server.base, timeout=60) as http:
        imported = await http.post(
            "/v1/import",
            params={"dataset": name},
            content=body,
            headers={"Authorization": f"Bearer {secret}", "Content-Type": "application/x-ndjson"},
        )
    assert imported.json()["created"] == SOURCES
    return name


async def _open(server: LiveServer, *, small_window: bool = False) -> Stream:
    sock = socket.socket()
    if small_window:
        # A client that does not read: a small receive window makes the server's writes stall
        # once its own buffers are full.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.setblocking(False)
    await asyncio.get_running_loop().sock_connect(sock, ("127.0.0.1", server.port))
    return await asyncio.open_connection(sock=sock, limit=4096)


def _head(method: str, target: str, headers: dict[str, str]) -> bytes:
    lines = [
        f"{method} {target} HTTP/1.1",
        "Host: 127.0.0.1",
        *(f"{k}: {v}" for k, v in headers.items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def _status(reader: asyncio.StreamReader) -> int:
    line = await asyncio.wait_for(reader.readline(), 30)
    assert line.startswith(b"HTTP/1.1 "), line
    return int(line.split()[1])


async def _drip_import(server: LiveServer, secret: str, dataset: str, stop: asyncio.Event) -> int:
    """An import that sends one line every half second until ``stop``; its status."""
    reader, writer = await _open(server)
    headers = {
        "Authorization": f"Bearer {secret}",
        "Content-Type": "application/x-ndjson",
        "Transfer-Encoding": "chunked",
    }
    writer.write(_head("POST", f"/v1/import?dataset={dataset}", headers))
    number = 0
    try:
        while not stop.is_set():
            number += 1
            line = (
                b'{"resource": "actor", "external_id": "drip:%d", "kind": "state", "name": "D"}\n'
            )
            chunk = line % number
            writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            await writer.drain()
            await asyncio.sleep(0.5)
        writer.write(b"0\r\n\r\n")
        await writer.drain()
    except ConnectionError:
        pass  # refused early, and the server closed the connection
    try:
        return await _status(reader)
    finally:
        writer.close()


async def _drip_json(server: LiveServer, secret: str) -> int:
    """A JSON body announced as 200 bytes and sent one byte every half second; its status."""
    reader, writer = await _open(server)
    headers = {
        "Authorization": f"Bearer {secret}",
        "Content-Type": "application/json",
        "Content-Length": "200",
    }
    writer.write(_head("POST", "/v1/actors", headers))
    status = asyncio.ensure_future(_status(reader))
    try:
        for _ in range(200):
            if status.done():
                break
            writer.write(b" ")
            await writer.drain()
            await asyncio.sleep(0.5)
    except ConnectionError:
        pass
    try:
        return await status
    finally:
        writer.close()


async def _stalled_export(server: LiveServer, secret: str, dataset: str) -> Stream:
    """An export requested by a client that never reads the answer."""
    reader, writer = await _open(server, small_window=True)
    writer.write(
        _head(
            "GET",
            f"/v1/export?resource=source&dataset={dataset}",
            {"Authorization": f"Bearer {secret}"},
        )
    )
    await writer.drain()
    return reader, writer


@pytest.fixture
async def http(server: LiveServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server.base, timeout=10) as client:
        yield client


async def _normal_requests_are_served(http: httpx.AsyncClient, reader_key: str) -> None:
    for _ in range(10):
        listed = await http.get("/v1/actors", headers={"Authorization": f"Bearer {reader_key}"})
        assert listed.status_code == 200
    assert (await http.get("/healthz")).status_code == 200
    assert (await http.get("/v1/actors")).status_code == 401
    assert (await http.get("/v1/no-such-thing")).status_code == 404


async def test_slow_imports_bodies_and_stalled_exports_leave_the_rest_served(
    server: LiveServer, big_dataset: str, db: asyncpg.Connection, http: httpx.AsyncClient
) -> None:
    reader_key = await _key(db, "read", datasets=["live"])
    import_keys = [await _key(db, "write", datasets=[big_dataset]) for _ in range(10)]
    export_keys = [await _key(db, "read", datasets=[big_dataset]) for _ in range(10)]
    stop = asyncio.Event()
    imports = [
        asyncio.ensure_future(_drip_import(server, key, big_dataset, stop)) for key in import_keys
    ]
    bodies = [asyncio.ensure_future(_drip_json(server, key)) for key in import_keys]
    await asyncio.sleep(0.5)
    exports = [await _stalled_export(server, key, big_dataset) for key in export_keys]
    await asyncio.sleep(1.0)

    await _normal_requests_are_served(http, reader_key)
    assert (await http.get("/readyz")).status_code == 200, "streams never take the whole pool"

    assert set(await asyncio.gather(*bodies)) == {408}, "slow JSON bodies time out"
    stop.set()
    statuses = await asyncio.gather(*imports)
    assert sorted(statuses) == [200] * 2 + [503] * 8, "two streams at once; the rest are refused"
    for _, writer in exports:
        writer.close()


async def test_a_client_that_stops_reading_is_dropped_and_its_connection_comes_back(
    server: LiveServer, big_dataset: str, db: asyncpg.Connection, http: httpx.AsyncClient
) -> None:
    keys = [await _key(db, "read", datasets=[big_dataset]) for _ in range(6)]
    stalled = [await _stalled_export(server, key, big_dataset) for key in keys]
    # Past the send deadline the two stalled exports that got a connection are dropped.
    await asyncio.sleep(4.0)
    export = await http.get(
        "/v1/export",
        params={"resource": "source", "dataset": big_dataset},
        headers={"Authorization": f"Bearer {keys[0]}"},
    )
    assert export.status_code == 200
    assert len(export.content.splitlines()) == SOURCES
    for _, writer in stalled:
        writer.close()


async def test_one_key_runs_a_bounded_number_of_streams(
    server: LiveServer, big_dataset: str, db: asyncpg.Connection
) -> None:
    key = await _key(db, "write", datasets=[big_dataset])
    stop = asyncio.Event()
    first = asyncio.ensure_future(_drip_import(server, key, big_dataset, stop))
    await asyncio.sleep(1.0)
    second = await _drip_import(server, key, big_dataset, _set())
    stop.set()
    assert (await first, second) == (200, 429)


def _set() -> asyncio.Event:
    done = asyncio.Event()
    done.set()
    return done


async def test_an_exhausted_pool_still_answers_what_needs_no_database(
    server: LiveServer, db: asyncpg.Connection, database_url: str, http: httpx.AsyncClient
) -> None:
    reader_key = await _key(db, "read", datasets=["live"])
    headers = {"Authorization": f"Bearer {reader_key}"}
    locker = await asyncpg.connect(database_url)
    try:
        async with locker.transaction():
            # Every list of actors now waits on this lock, holding its connection.
            await locker.execute("LOCK TABLE actors IN ACCESS EXCLUSIVE MODE")
            blocked = [
                asyncio.ensure_future(http.get("/v1/actors", headers=headers)) for _ in range(6)
            ]
            ready = await http.get("/readyz")
            for _ in range(50):
                ready = await http.get("/readyz")
                if ready.status_code == 503:
                    break
                await asyncio.sleep(0.1)
            assert ready.status_code == 503 and "in use" in ready.json()["detail"]
            assert ready.headers["retry-after"]
            assert (await http.get("/healthz")).status_code == 200
            assert (await http.get("/v1/actors")).status_code == 401
            assert (await http.get("/v1/no-such-thing")).status_code == 404
            waited = await http.get("/v1/actors", headers=headers)
            assert waited.status_code == 503 and waited.headers["retry-after"]
            # The statement timeout cancels what waits on the lock.
            answers = await asyncio.gather(*blocked)
            assert {a.status_code for a in answers} == {503}
            assert "too long" in answers[0].json()["detail"]
    finally:
        await locker.close()
    assert (await http.get("/readyz")).status_code == 200
