"""``GET /v1/export``: NDJSON, one snapshot, streamed, with the cursor to follow the feed from."""

from datetime import UTC, datetime

import asyncpg
import msgspec
from watchfloor.persistence.db import connect
from watchfloor.registry import RESOURCES
from watchfloor.sync.export import export_lines

from tests.integration.feed import Client, create

_BULK = """
INSERT INTO sources (id, dataset, title, publisher, reliability)
SELECT 'src_' || md5($1 || n::text), $1, 'Bulletin ' || n, 'KCNA', 'C'
FROM generate_series(1, $2) AS n
"""


async def test_export_is_ndjson_of_the_dataset_with_a_sync_cursor(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    ids = sorted([await create(db, "actor", dataset, n) for n in range(3)])
    await create(db, "actor", "live", 99)
    response = await client.get("/v1/export", params={"resource": "actor", "dataset": dataset})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [msgspec.json.decode(line) for line in response.content.splitlines()]
    assert [line["id"] for line in lines] == ids
    assert all(line["dataset"] == dataset for line in lines)
    cursor = response.headers["watchfloor-sync-cursor"]
    follow = await client.get("/v1/changes", params={"dataset": dataset, "after": cursor})
    assert follow.status_code == 200


async def test_export_as_of(client: Client, dataset: str, db: asyncpg.Connection) -> None:
    actor_id = await create(db, "actor", dataset, 1)
    before = datetime.now(UTC).isoformat()
    await client.patch(f"/v1/actors/{actor_id}", json={"name": "Renamed"})
    then = await client.get(
        "/v1/export", params={"resource": "actor", "dataset": dataset, "as_of": before}
    )
    assert [msgspec.json.decode(x)["name"] for x in then.content.splitlines()] == ["Actor 1"]
    bad = await client.get("/v1/export", params={"resource": "actor", "as_of": "yesterday"})
    assert bad.status_code == 400


async def test_export_streams_one_snapshot_in_chunks(dataset: str, database_url: str) -> None:
    """Rows written while an export streams are not in it; output arrives in bounded chunks."""
    reader, writer = await connect(database_url), await connect(database_url)
    try:
        await writer.execute(_BULK, dataset, 3000)
        chunks = export_lines(reader, RESOURCES["source"], dataset, None)
        first = await anext(chunks)
        await create(writer, "source", dataset, 1)
        rest = [chunk async for chunk in chunks]
    finally:
        await reader.close()
        await writer.close()
    assert len(rest) >= 2
    assert max(len(c) for c in [first, *rest]) < 128 * 1024
    lines = b"".join([first, *rest]).splitlines()
    assert len(lines) == 3000
