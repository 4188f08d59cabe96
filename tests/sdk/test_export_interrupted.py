"""An export that fails after its first byte ends so that the client knows: the connection is
closed before the chunked body's last chunk, never a clean end of a short file, and the SDK
raises rather than return part of the data."""

import asyncio
import threading

import asyncpg
import httpx
import pytest
from watchfloor_sdk import APIConnectionError, Client

_EXPORT = "SELECT CASE WHEN r.in_exercise THEN %"
"""The export's statement, as far as ``pg_stat_activity`` shows its text."""
_CUT = """
SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE $1
"""


async def _large_sources(database_url: str, dataset: str) -> None:
    """1,000 sources of 20 KB: the first batch the export fetches (500 rows, 10 MB) is far more
    than the sockets between server and client hold, so the export still runs when the client
    has read its first chunk."""
    conn = await asyncpg.connect(database_url)
    try:
        await conn.execute(
            "INSERT INTO sources (id, dataset, title, publisher, reliability, excerpt) "
            "SELECT 'src_' || md5($1 || n), $1, 'T', 'P', 'C', repeat('x', 20000) "
            "FROM generate_series(1, 1000) AS n",
            dataset,
        )
    finally:
        await conn.close()


async def test_an_export_cut_short_is_an_incomplete_answer(
    base_url: str, sdk_key: str, database_url: str, db: asyncpg.Connection, dataset: str
) -> None:
    await _large_sources(database_url, dataset)
    params = {"resource": "source", "dataset": dataset}
    async with (
        httpx.AsyncClient(
            base_url=base_url, headers={"Authorization": f"Bearer {sdk_key}"}, timeout=30
        ) as client,
        client.stream("GET", "/v1/export", params=params) as response,
    ):
        assert response.status_code == 200
        chunks = response.aiter_raw()
        assert await anext(chunks)
        assert await db.fetchval(_CUT, _EXPORT) == 1  # the database connection is lost
        with pytest.raises(httpx.RemoteProtocolError):
            async for _ in chunks:
                pass


def test_the_sdk_raises_for_an_export_cut_short(
    base_url: str, sdk_key: str, database_url: str, dataset: str
) -> None:
    """Every attempt (the SDK retries a GET once here) is cut short: it raises."""
    asyncio.run(_large_sources(database_url, dataset))
    stop = threading.Event()

    async def cut_every_export() -> None:
        conn = await asyncpg.connect(database_url)
        try:
            while not stop.is_set():
                await conn.fetchval(_CUT, _EXPORT)
                await asyncio.sleep(0.005)
        finally:
            await conn.close()

    cutter = threading.Thread(target=lambda: asyncio.run(cut_every_export()), daemon=True)
    cutter.start()
    try:
        with (
            Client(base_url=base_url, api_key=sdk_key, max_retries=1) as sdk,
            pytest.raises(APIConnectionError),
        ):
            sdk.export.export_records(resource="source", dataset=dataset)
    finally:
        stop.set()
        cutter.join(timeout=10)
