"""API keys, scopes, dataset isolation, anonymous reads, rate limits and the audit trail."""

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import msgspec
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate
from watchfloor.app import create_app
from watchfloor.errors import Unprocessable
from watchfloor.settings import Settings

Client = AsyncTestClient[Litestar]


async def _key(
    db: asyncpg.Connection, *scopes: str, datasets: list[str], limit: int = 10_000
) -> str:
    request = ApiKeyCreate(name="test", scopes=list(scopes), datasets=datasets, rate_limit=limit)  # type: ignore[arg-type]
    return (await KeyService().create(db, request)).secret


def _auth(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture(scope="module")
async def anonymous_client(settings: Settings) -> AsyncIterator[Client]:
    """An app whose operator turned anonymous reads of ``live`` on.

    Every test client shares one address, which the contract tests' keyless probes use up, so
    this app's per-address limit is out of reach (the limit itself is tested with a key).
    """
    operator = msgspec.structs.replace(
        settings, anonymous_reads=True, anonymous_rate_limit=1_000_000
    )
    app = create_app(operator)
    async with AsyncTestClient(app=app) as client:
        yield client


async def test_no_key_is_401_with_a_challenge(client: Client) -> None:
    response = await client.get("/v1/actors", headers={"Authorization": ""})
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.headers["content-type"].startswith("application/problem+json")
    # Refused without asking the database, so not counted: no RateLimit headers to give.
    assert "ratelimit-limit" not in response.headers


@pytest.mark.parametrize("value", ["Bearer wf_nope", "Basic dXNlcjpwdw==", "Bearer"])
async def test_a_bad_key_is_401(client: Client, value: str) -> None:
    response = await client.get("/v1/actors", headers={"Authorization": value})
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    # A secret is looked up, and the lookup counts against the caller's address.
    assert ("ratelimit-limit" in response.headers) == value.startswith("Bearer wf_")


async def test_anonymous_reads_are_off_by_default(client: Client) -> None:
    assert Settings().anonymous_reads is False
    response = await client.get("/v1/actors", headers={"Authorization": ""})
    assert response.status_code == 401


async def test_anonymous_reads_when_the_operator_allows_them(anonymous_client: Client) -> None:
    assert (await anonymous_client.get("/v1/actors")).status_code == 200
    assert (await anonymous_client.get("/v1/changes")).status_code == 200
    sandbox = await anonymous_client.get("/v1/actors", params={"dataset": "sandbox-x"})
    assert sandbox.status_code == 403
    write = await anonymous_client.post("/v1/actors", json={"kind": "state", "name": "X"})
    assert write.status_code == 401
    assert (await anonymous_client.get("/v1/admin/keys")).status_code == 401
    assert (await anonymous_client.get("/healthz")).status_code == 200


async def test_scopes(client: Client, db: asyncpg.Connection) -> None:
    reader = _auth(await _key(db, "read", datasets=["live"]))
    assert (await client.get("/v1/actors", headers=reader)).status_code == 200
    write = await client.post("/v1/actors", json={"kind": "state", "name": "X"}, headers=reader)
    assert write.status_code == 403
    assert "write" in write.json()["detail"]
    for path in ("/v1/admin/keys", "/v1/admin/datasets", "/v1/audit"):
        assert (await client.get(path, headers=reader)).status_code == 403
    writer = _auth(await _key(db, "write", datasets=["live"]))
    assert (await client.get("/v1/actors", headers=writer)).status_code == 403


async def test_a_key_never_learns_of_records_in_other_datasets(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    created = await client.post(
        "/v1/actors", json={"kind": "state", "name": "Exercise Red", "dataset": dataset}
    )
    actor_id = created.json()["id"]
    other = f"b-{uuid.uuid4().hex[:12]}"
    await db.execute("INSERT INTO datasets (name, kind) VALUES ($1, 'sandbox')", other)
    outsider = _auth(await _key(db, "read", "write", datasets=[other]))
    assert (await client.get(f"/v1/actors/{actor_id}", headers=outsider)).status_code == 404
    assert (await client.get(f"/v1/actors/{actor_id}/history", headers=outsider)).status_code == 404
    patch = await client.patch(f"/v1/actors/{actor_id}", json={"name": "Mine"}, headers=outsider)
    assert patch.status_code == 404
    assert (await client.delete(f"/v1/actors/{actor_id}", headers=outsider)).status_code == 404
    missing = await client.get(f"/v1/actors/act_{uuid.uuid4().hex}", headers=outsider)
    assert missing.json()["detail"].replace(missing.json()["detail"].split("'")[1], "ID") == (
        (await client.get(f"/v1/actors/{actor_id}", headers=outsider))
        .json()["detail"]
        .replace(actor_id, "ID")
    ), "a hidden record must answer exactly like a missing one"
    for path in ("/v1/actors", "/v1/changes"):
        listed = await client.get(path, params={"dataset": dataset}, headers=outsider)
        assert listed.status_code == 403
    export = await client.get(
        "/v1/export", params={"resource": "actor", "dataset": dataset}, headers=outsider
    )
    assert export.status_code == 403
    by_ids = await client.get(
        "/v1/actors", params={"dataset": other, "ids": actor_id}, headers=outsider
    )
    assert by_ids.json()["data"] == []
    create = await client.post(
        "/v1/actors", json={"kind": "state", "name": "X", "dataset": dataset}, headers=outsider
    )
    assert create.status_code == 403
    member = {"organization_id": actor_id}
    probe = await client.post(
        "/v1/actors",
        json={"kind": "person", "name": "Y", "dataset": other, "memberships": [member]},
        headers=outsider,
    )
    assert probe.status_code == 422, "a reference must not reveal a hidden record either"
    source = await client.post(
        "/v1/sources",
        json={"title": "T", "publisher": "KCNA", "reliability": "B", "dataset": dataset},
    )
    cited = {"source_id": source.json()["id"], "credibility": 2}
    event = {
        "title": "Launch",
        "category": "AGREE",
        "occurred": {"start": "2024-06-19"},
        "citations": [cited],
        "dataset": other,
    }
    citing = await client.post("/v1/events", json=event, headers=outsider)
    assert citing.status_code == 422, "a citation must not reveal a hidden source"
    row = await db.fetchrow("SELECT name, version, deleted_at FROM actors WHERE id = $1", actor_id)
    assert row is not None
    assert (row["name"], row["version"], row["deleted_at"]) == ("Exercise Red", 1, None)


async def test_exercise_data_never_reaches_live(client: Client, db: asyncpg.Connection) -> None:
    drill = f"drill-{uuid.uuid4().hex[:8]}"
    made = await client.post("/v1/admin/datasets", json={"name": drill, "kind": "exercise"})
    assert made.status_code == 201
    again = await client.post("/v1/admin/datasets", json={"name": drill, "kind": "exercise"})
    assert again.status_code == 409
    player = _auth(await _key(db, "read", "write", datasets=["live", drill]))
    body = {"kind": "military_unit", "name": "Notional 99th Brigade", "dataset": drill}
    actor = (await client.post("/v1/actors", json=body, headers=player)).json()
    assert actor["dataset"] == drill
    move = await client.patch(f"/v1/actors/{actor['id']}", json={"dataset": "live"}, headers=player)
    assert move.status_code == 400
    live = await client.get("/v1/actors", params={"ids": actor["id"]}, headers=player)
    assert live.json()["data"] == []
    feed = await client.get("/v1/changes", params={"resource": "actor"}, headers=player)
    assert all(item["dataset"] == "live" for item in feed.json()["data"])


async def test_keys_through_the_admin_api(client: Client, db: asyncpg.Connection) -> None:
    created = await client.post(
        "/v1/admin/keys", json={"name": "partner", "scopes": ["read"], "rate_limit": 100}
    )
    assert created.status_code == 201
    body = created.json()
    secret, key_id = body["secret"], body["key"]["id"]
    assert secret.startswith("wf_")
    stored = await db.fetchrow("SELECT * FROM api_keys WHERE id = $1", key_id)
    assert stored is not None
    assert secret not in [str(v) for v in dict(stored).values()]
    shown = (await client.get(f"/v1/admin/keys/{key_id}")).json()
    assert "secret" not in shown and shown["datasets"] == ["live"]
    assert (await client.get("/v1/actors", headers=_auth(secret))).status_code == 200
    revoked = await client.delete(f"/v1/admin/keys/{key_id}")
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert (await client.get("/v1/actors", headers=_auth(secret))).status_code == 401
    # An admin key grants only datasets it holds: one it lacks is 403, existing or not.
    missing = await client.post(
        "/v1/admin/keys", json={"name": "x", "scopes": ["read"], "datasets": ["no-such"]}
    )
    assert missing.status_code == 403
    with pytest.raises(Unprocessable):
        await KeyService().create(db, ApiKeyCreate(name="x", scopes=["read"], datasets=["no-such"]))


async def _reset_soon(response: Any) -> None:
    """Start on a fresh window if this one is about to roll over mid-test."""
    if int(response.headers["ratelimit-reset"]) < 5:
        await asyncio.sleep(int(response.headers["ratelimit-reset"]) + 0.5)


async def test_rate_limit_holds_across_worker_processes(
    settings: Settings, db: asyncpg.Connection
) -> None:
    """Two app instances with their own pools (as two workers have) share one limit."""
    headers = _auth(await _key(db, "read", datasets=["live"], limit=5))
    async with (
        AsyncTestClient(app=create_app(settings)) as one,
        AsyncTestClient(app=create_app(settings)) as two,
    ):
        await _reset_soon(await one.get("/v1/actors", headers=_auth("wf_probe")))
        answers = [await (one, two)[i % 2].get("/v1/actors", headers=headers) for i in range(6)]
    assert [a.status_code for a in answers] == [200] * 5 + [429]
    assert [a.headers["ratelimit-remaining"] for a in answers] == ["4", "3", "2", "1", "0", "0"]
    assert all(a.headers["ratelimit-limit"] == "5" for a in answers)
    limited = answers[-1]
    assert 1 <= int(limited.headers["retry-after"]) <= 60
    assert limited.json()["type"].endswith("/rate-limited")


async def test_every_write_is_audited(client: Client, dataset: str, api_key: Any) -> None:
    created = await client.post(
        "/v1/actors",
        json={"kind": "state", "name": "ROK", "dataset": dataset},
        headers={"X-Request-Id": "req-create-1"},
    )
    actor_id = created.json()["id"]
    await client.patch(
        f"/v1/actors/{actor_id}", json={"country": "KOR"}, headers={"X-Request-Id": "req-patch-1"}
    )
    await client.delete(f"/v1/actors/{actor_id}", headers={"X-Request-Id": "req-delete-1"})
    trail = await client.get("/v1/audit", params={"record_id": actor_id})
    assert trail.status_code == 200
    entries = trail.json()["data"]
    assert [(e["op"], e["version"], e["request_id"]) for e in entries] == [
        ("delete", 3, "req-delete-1"),
        ("update", 2, "req-patch-1"),
        ("create", 1, "req-create-1"),
    ]
    assert {(e["key_id"], e["resource"], e["dataset"]) for e in entries} == {
        (api_key.key.id, "actor", dataset)
    }
    paged = await client.get("/v1/audit", params={"record_id": actor_id, "limit": "2"})
    rest = await client.get(
        "/v1/audit",
        params={"record_id": actor_id, "limit": "2", "cursor": paged.json()["next_cursor"]},
    )
    assert [e["op"] for e in rest.json()["data"]] == ["create"]
    since = entries[0]["at"]
    recent = await client.get("/v1/audit", params={"record_id": actor_id, "since": since})
    assert [e["op"] for e in recent.json()["data"]] == ["delete"]
    by_key = await client.get("/v1/audit", params={"key_id": api_key.key.id, "resource": "actor"})
    assert by_key.json()["data"]


async def test_import_into_an_ungranted_dataset_is_403_and_writes_nothing(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    outsider = await _key(db, "read", "write", datasets=["live"])
    line = b'{"resource": "actor", "external_id": "x:1", "kind": "state", "name": "Hidden"}\n'
    response = await client.post(
        "/v1/import",
        params={"dataset": dataset},
        content=line,
        headers={**_auth(outsider), "Content-Type": "application/x-ndjson"},
    )
    assert response.status_code == 403
    assert await db.fetchval("SELECT count(*) FROM actors WHERE dataset = $1", dataset) == 0
