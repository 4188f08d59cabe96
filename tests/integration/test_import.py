"""``POST /v1/import`` and the import pipeline, end to end against real PostgreSQL."""

import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.access.schemas import ApiKeyWithSecret
from watchfloor.app import create_app
from watchfloor.context import Context
from watchfloor.imports.rows import ImportRow
from watchfloor.imports.schemas import ImportReport
from watchfloor.imports.service import import_ndjson, import_rows
from watchfloor.persistence.db import connect
from watchfloor.settings import Settings

from tests.conftest import grant

Client = AsyncTestClient[Litestar]
NDJSON = {"content-type": "application/x-ndjson"}


def ndjson(*records: dict[str, Any] | str) -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records).encode()


SOURCE = {
    "resource": "source",
    "external_id": "t:src",
    "title": "Test feed",
    "publisher": "Test",
    "reliability": "C",
}
BLOC = {"resource": "actor", "external_id": "t:brics", "kind": "igo", "name": "BRICS"}
RUSSIA = {
    "resource": "actor",
    "external_id": "t:rus",
    "kind": "state",
    "name": "Russia",
    "aliases": ["Russian Federation"],
    "country": "RUS",
    "memberships": [{"organization_id": "@t:brics"}],
}


async def post(client: Client, body: bytes, dataset: str, **headers: str) -> Any:
    return await client.post(
        "/v1/import", params={"dataset": dataset}, content=body, headers={**NDJSON, **headers}
    )


async def test_create_then_unchanged_then_updated(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    body = ndjson(SOURCE, BLOC, RUSSIA)
    first = await post(client, body, dataset)
    assert first.status_code == 200, first.text
    report = first.json()
    assert (report["read"], report["created"], report["rejected"]) == (3, 3, 0)
    assert report["resources"]["actor"]["created"] == 2
    rus = await db.fetchrow(
        "SELECT id, version, memberships FROM actors WHERE dataset = $1 AND external_id = 't:rus'",
        dataset,
    )
    assert rus is not None
    brics = await db.fetchval(
        "SELECT id FROM actors WHERE dataset = $1 AND external_id = 't:brics'", dataset
    )
    assert rus["memberships"][0]["organization_id"] == brics

    again = (await post(client, body, dataset)).json()
    assert (again["read"], again["unchanged"], again["created"], again["updated"]) == (3, 3, 0, 0)

    # The line is the complete new state: the omitted aliases are cleared, as a new version.
    corrected = {k: v for k, v in RUSSIA.items() if k != "aliases"}
    third = (await post(client, ndjson(SOURCE, BLOC, corrected), dataset)).json()
    assert (third["updated"], third["unchanged"]) == (1, 2)
    history = (await client.get(f"/v1/actors/{rus['id']}/history")).json()["data"]
    assert [v["actor"]["aliases"] for v in history] == [["Russian Federation"], []]


async def test_bad_lines_are_reported_and_never_take_good_ones_down(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    body = (
        ndjson(
            SOURCE,  # 1
            "{not json",  # 2
            {"resource": "spaceship", "external_id": "x"},  # 3
            {"resource": "actor", "external_id": "t:bad", "kind": "planet", "name": "X"},  # 4
            {**RUSSIA, "memberships": [{"organization_id": "@t:nobody"}]},  # 5
            {**BLOC, "dataset": "live"},  # 6
            {"resource": "actor", "kind": "state", "name": "No id"},  # 7
            "[1, 2]",  # 8
            BLOC,  # 9
        )
        + b"\n   \n"
    )  # blank lines are not records
    report = (await post(client, body, dataset)).json()
    assert (report["read"], report["created"], report["rejected"]) == (9, 2, 7)
    reasons = {r["line"]: r["reason"] for r in report["rejected_lines"]}
    assert sorted(reasons) == [2, 3, 4, 5, 6, 7, 8]
    assert reasons[2].startswith("not JSON")
    assert "'spaceship' is not a resource" in reasons[3]
    assert reasons[4].startswith("/kind:")
    assert "/memberships/0/organization_id: no actor with external_id 't:nobody'" in reasons[5]
    assert "differs from the import's dataset" in reasons[6]
    assert reasons[7].startswith("/external_id")
    assert "one JSON object" in reasons[8]
    stored = await db.fetch(
        "SELECT external_id FROM actors WHERE dataset = $1 ORDER BY external_id", dataset
    )
    assert [r["external_id"] for r in stored] == ["t:brics"]


async def test_keep_leaves_a_curated_record_alone(client: Client, dataset: str) -> None:
    await post(client, ndjson(BLOC), dataset)
    changed = {**BLOC, "name": "BRICS+", "on_existing": "keep"}
    report = (await post(client, ndjson(changed), dataset)).json()
    assert report["unchanged"] == 1
    listed = await client.get("/v1/actors", params={"dataset": dataset, "name": "BRICS"})
    assert [a["version"] for a in listed.json()["data"]] == [1]


async def test_deleted_record_is_not_resurrected(client: Client, dataset: str) -> None:
    report = (await post(client, ndjson(BLOC), dataset)).json()
    assert report["created"] == 1
    actor = (await client.get("/v1/actors", params={"dataset": dataset})).json()["data"][0]
    assert (await client.delete(f"/v1/actors/{actor['id']}")).status_code == 200
    again = (await post(client, ndjson(BLOC), dataset)).json()
    assert again["rejected"] == 1
    assert "was deleted" in again["rejected_lines"][0]["reason"]


async def test_unknown_dataset_and_wrong_media_type(
    client: Client, db: asyncpg.Connection, api_key: ApiKeyWithSecret
) -> None:
    ungranted = await post(client, ndjson(BLOC), "not-granted-dataset")
    assert ungranted.status_code == 403
    # Granted to the key but never created: the dataset itself is missing.
    # A name of this test's own: granting a shared name to the session's key would change
    # what other tests see for it.
    never_created = f"never-created-{uuid.uuid4().hex[:8]}"
    await grant(db, api_key.key.id, never_created)
    missing = await post(client, ndjson(BLOC), never_created)
    assert missing.status_code == 422
    assert missing.headers["content-type"].startswith("application/problem+json")
    wrong = await client.post(
        "/v1/import", content=ndjson(BLOC), headers={"content-type": "text/csv"}
    )
    assert wrong.status_code == 415


async def test_idempotency_key_replays_the_report(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    body = ndjson(SOURCE, BLOC)
    first = await post(client, body, dataset, **{"Idempotency-Key": f"k-{dataset}"})
    assert first.json()["created"] == 2
    replay = await post(client, body, dataset, **{"Idempotency-Key": f"k-{dataset}"})
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.json() == first.json()  # the first report, not "2 unchanged"
    other = await post(client, ndjson(BLOC), dataset, **{"Idempotency-Key": f"k-{dataset}"})
    assert other.status_code == 422


async def test_idempotency_key_of_a_running_import_is_409(
    client: Client, dataset: str, db: asyncpg.Connection, api_key: ApiKeyWithSecret
) -> None:
    key = f"running-{dataset}"
    await db.execute(
        "INSERT INTO idempotency_keys (principal, key, method, path, request_hash) "
        "VALUES ($2, $1, 'POST', '/v1/import', '')",
        key,
        api_key.key.id,
    )
    response = await post(client, ndjson(BLOC), dataset, **{"Idempotency-Key": key})
    assert response.status_code == 409


async def test_failed_import_releases_its_key(
    client: Client, db: asyncpg.Connection, api_key: ApiKeyWithSecret
) -> None:
    never_created = f"never-created-{uuid.uuid4().hex[:8]}"
    await grant(db, api_key.key.id, never_created)
    response = await post(client, ndjson(BLOC), never_created, **{"Idempotency-Key": "gone"})
    assert response.status_code == 422
    assert await db.fetchval("SELECT count(*) FROM idempotency_keys WHERE key = 'gone'") == 0


async def test_body_over_the_import_limit_is_413(
    database_url: str, api_key: ApiKeyWithSecret
) -> None:
    app = create_app(Settings(database_url=database_url, import_max_body_bytes=64))
    auth = {"Authorization": f"Bearer {api_key.secret}"}
    async with AsyncTestClient(app=app) as small:
        response = await small.post(
            "/v1/import", content=ndjson(SOURCE, BLOC), headers={**NDJSON, **auth}
        )
    assert response.status_code == 413


async def test_batches_commit_as_the_input_streams(
    database_url: str, dataset: str, db: asyncpg.Connection
) -> None:
    """Rows are pulled lazily, and each batch commits before the next one is read."""
    observed: list[int] = []

    async def rows() -> AsyncIterator[ImportRow]:
        for i in range(1, 7):
            # What another connection sees of this import just before row i is read.
            observed.append(
                await db.fetchval("SELECT count(*) FROM actors WHERE dataset = $1", dataset)
            )
            record = {"resource": "actor", "external_id": f"b{i}", "kind": "state", "name": f"S{i}"}
            yield ImportRow(i, record)

    conn = await connect(database_url)
    try:
        report = await import_rows(Context.unrestricted(conn), rows(), dataset, batch_size=2)
    finally:
        await conn.close()
    assert report.created == 6
    assert observed == [0, 0, 2, 2, 4, 4]


async def test_import_ndjson_takes_lines_of_a_file(db: asyncpg.Connection, dataset: str) -> None:
    """The entry point the knowledge-base loader uses."""
    lines = [json.dumps(SOURCE), json.dumps(BLOC), ""]
    report = await import_ndjson(Context.unrestricted(db), lines, dataset)
    assert (report.read, report.created) == (2, 2)
    again = await import_ndjson(Context.unrestricted(db), iter(lines), dataset)
    assert again.unchanged == 2


async def test_knowledge_base_loads_through_the_pipeline(
    db: asyncpg.Connection, dataset: str
) -> None:
    """Every line of the built-in knowledge base imports; loading it again changes nothing."""
    from watchfloor.knowledge import load_knowledge_base

    reports = await load_knowledge_base(Context.unrestricted(db), dataset)
    for name, report in reports:
        assert isinstance(report, ImportReport)
        assert report.rejected == 0 and report.rejected_lines == [], (name, report.rejected_lines)
    again = await load_knowledge_base(Context.unrestricted(db), dataset)
    assert all(r.created == 0 and r.updated == 0 for _, r in again)
