"""An admin key administers its own datasets only: audit, keys and datasets of others stay hidden."""

import uuid

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate

Client = AsyncTestClient[Litestar]


async def _dataset(db: asyncpg.Connection) -> str:
    name = f"adm-{uuid.uuid4().hex[:10]}"
    await db.execute("INSERT INTO datasets (name, kind) VALUES ($1, 'exercise')", name)
    return name


async def _key(db: asyncpg.Connection, dataset: str, *scopes: str) -> tuple[str, dict[str, str]]:
    request = ApiKeyCreate(name="scoped", scopes=list(scopes), datasets=[dataset])  # type: ignore[arg-type]
    made = await KeyService().create(db, request)
    return made.key.id, {"Authorization": f"Bearer {made.secret}"}


async def test_an_admin_key_is_bounded_by_its_datasets(
    client: Client, db: asyncpg.Connection
) -> None:
    mine, theirs = await _dataset(db), await _dataset(db)
    _, admin = await _key(db, mine, "admin")
    their_key, writer = await _key(db, theirs, "read", "write")
    hidden = await client.post(
        "/v1/actors", json={"kind": "state", "name": "Hidden", "dataset": theirs}, headers=writer
    )
    hidden_id = hidden.json()["id"]
    await client.post(
        "/v1/actors", json={"kind": "state", "name": "Mine", "dataset": mine}, headers=admin
    )

    trail = (await client.get("/v1/audit", params={"limit": "100"}, headers=admin)).json()["data"]
    assert trail and {e["dataset"] for e in trail} <= {mine, None}
    seen = {e["record_id"] for e in trail}
    assert hidden_id not in seen and their_key not in seen and theirs not in seen
    by_record = await client.get("/v1/audit", params={"record_id": hidden_id}, headers=admin)
    assert by_record.json()["data"] == []

    minted = await client.post(
        "/v1/admin/keys",
        json={"name": "smuggler", "scopes": ["read"], "datasets": [theirs]},
        headers=admin,
    )
    assert minted.status_code == 403
    assert minted.json()["errors"][0]["pointer"] == "/datasets/0"
    live = await client.post(
        "/v1/admin/keys",
        json={"name": "x", "scopes": ["read"], "datasets": ["live"]},
        headers=admin,
    )
    assert live.status_code == 403
    ok = await client.post(
        "/v1/admin/keys", json={"name": "y", "scopes": ["read"], "datasets": [mine]}, headers=admin
    )
    assert ok.status_code == 201

    listed = (await client.get("/v1/admin/keys", params={"limit": "100"}, headers=admin)).json()
    assert all(set(k["datasets"]) <= {mine} for k in listed["data"])
    assert (await client.get(f"/v1/admin/keys/{their_key}", headers=admin)).status_code == 404
    assert (await client.delete(f"/v1/admin/keys/{their_key}", headers=admin)).status_code == 404
    assert (await client.get(f"/v1/actors/{hidden_id}", headers=writer)).status_code == 200

    datasets = (
        await client.get("/v1/admin/datasets", params={"limit": "100"}, headers=admin)
    ).json()
    assert [d["name"] for d in datasets["data"]] == [mine]
    assert (await client.get(f"/v1/actors/{hidden_id}", headers=admin)).status_code == 404


async def test_a_dataset_an_admin_creates_is_granted_to_it(
    client: Client, db: asyncpg.Connection
) -> None:
    _, admin = await _key(db, await _dataset(db), "admin")
    drill = f"drill-{uuid.uuid4().hex[:8]}"
    made = await client.post(
        "/v1/admin/datasets", json={"name": drill, "kind": "exercise"}, headers=admin
    )
    assert made.status_code == 201
    player = await client.post(
        "/v1/admin/keys",
        json={"name": "player", "scopes": ["read", "write"], "datasets": [drill]},
        headers=admin,
    )
    assert player.status_code == 201
    names = (await client.get("/v1/admin/datasets", headers=admin)).json()["data"]
    assert drill in [d["name"] for d in names]


async def test_the_operator_command_line_administers_every_dataset(db: asyncpg.Connection) -> None:
    theirs = await _dataset(db)
    made = await KeyService().create(
        db, ApiKeyCreate(name="op", scopes=["read"], datasets=[theirs])
    )
    assert made.key.datasets == [theirs]
