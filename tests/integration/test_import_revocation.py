"""A key revoked while its import runs: the import stops at its next batch.

Over a real socket (the test client reads a request body whole before the app sees it), so
the revocation falls between two batches, as it would in production.
"""

import asyncio
from collections.abc import AsyncIterator

import asyncpg
import httpx
import pytest
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate
from watchfloor.imports.service import BATCH_SIZE

from tests.live_server import LiveServer

pytestmark = pytest.mark.slow

LINES = 4_000


def _line(number: int) -> bytes:
    # Each a different actor: an import resolves an actor to one of the same name and kind.
    return b'{"resource": "actor", "external_id": "rev:%d", "kind": "state", "name": "A %d"}\n' % (
        number,
        number,
    )


async def _written(db: asyncpg.Connection, dataset: str) -> int:
    return int(await db.fetchval("SELECT count(*) FROM actors WHERE dataset = $1", dataset))


async def test_revoking_a_key_stops_its_running_import(
    database_url: str, db: asyncpg.Connection, dataset: str
) -> None:
    request = ApiKeyCreate(name="importer", scopes=["write"], datasets=[dataset])
    made = await KeyService().create(db, request)
    revoked_after = 2 * BATCH_SIZE

    async def body() -> AsyncIterator[bytes]:
        for number in range(1, LINES + 1):
            if number == revoked_after + 1:
                for _ in range(200):
                    if await _written(db, dataset) == revoked_after:
                        break
                    await asyncio.sleep(0.05)
                await KeyService().revoke(db, made.key.id)
            yield _line(number)

    with LiveServer(database_url) as server:
        async with httpx.AsyncClient(base_url=server.base, timeout=60) as http:
            response = await http.post(
                "/v1/import",
                params={"dataset": dataset},
                content=body(),
                headers={
                    "Authorization": f"Bearer {made.secret}",
                    "Content-Type": "application/x-ndjson",
                },
            )
    assert response.status_code == 401
    assert f"before line {revoked_after + 1}" in response.json()["detail"]
    assert await _written(db, dataset) == revoked_after
