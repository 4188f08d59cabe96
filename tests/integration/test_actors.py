"""``/v1/actors`` through HTTP against real PostgreSQL."""

import asyncio
from datetime import UTC, datetime
from typing import Any

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient

Client = AsyncTestClient[Litestar]


async def _create(client: Client, dataset: str, **fields: Any) -> dict[str, Any]:
    body = {"kind": "state", "name": "Democratic People's Republic of Korea", "dataset": dataset}
    body.update(fields)
    response = await client.post("/v1/actors", json=body)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def test_create_then_get_round_trips(client: Client, dataset: str) -> None:
    created = await _create(
        client,
        dataset,
        aliases=["North Korea", "DPRK", "조선민주주의인민공화국"],
        country="PRK",
        wikidata_qid="Q423",
    )
    assert created["id"].startswith("act_")
    assert created["version"] == 1
    response = await client.get(f"/v1/actors/{created['id']}")
    assert response.status_code == 200
    assert response.json() == created
    assert response.headers["etag"] == '"1"'
    assert response.headers["x-request-id"]


async def test_if_none_match_gives_304(client: Client, dataset: str) -> None:
    actor = await _create(client, dataset)
    response = await client.get(f"/v1/actors/{actor['id']}", headers={"If-None-Match": '"1"'})
    assert response.status_code == 304
    assert response.content == b""


async def test_stale_if_match_gets_412_and_changes_nothing(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    actor = await _create(client, dataset, name="Russia")
    first = await client.patch(
        f"/v1/actors/{actor['id']}", json={"country": "RUS"}, headers={"If-Match": '"1"'}
    )
    assert first.status_code == 200
    assert first.json()["version"] == 2
    stale = await client.patch(
        f"/v1/actors/{actor['id']}", json={"name": "USSR"}, headers={"If-Match": '"1"'}
    )
    assert stale.status_code == 412
    assert stale.headers["content-type"].startswith("application/problem+json")
    assert stale.json()["type"].endswith("/precondition-failed")
    row = await db.fetchrow("SELECT name, version FROM actors WHERE id = $1", actor["id"])
    assert row is not None
    assert (row["name"], row["version"]) == ("Russia", 2)


async def test_same_idempotency_key_creates_one_actor(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    body = {"kind": "igo", "name": "BRICS", "dataset": dataset}
    headers = {"Idempotency-Key": f"key-{dataset}"}
    first = await client.post("/v1/actors", json=body, headers=headers)
    second = await client.post("/v1/actors", json=body, headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert second.headers["idempotent-replayed"] == "true"
    count = await db.fetchval("SELECT count(*) FROM actors WHERE dataset = $1", dataset)
    assert count == 1


async def test_idempotency_key_with_another_body_is_refused(client: Client, dataset: str) -> None:
    headers = {"Idempotency-Key": f"reuse-{dataset}"}
    ok = await client.post(
        "/v1/actors", json={"kind": "igo", "name": "SCO", "dataset": dataset}, headers=headers
    )
    assert ok.status_code == 201
    again = await client.post(
        "/v1/actors", json={"kind": "igo", "name": "ASEAN", "dataset": dataset}, headers=headers
    )
    assert again.status_code == 422
    assert again.json()["type"].endswith("/idempotency-key-reused")


async def test_concurrent_posts_with_one_key_write_once(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    body = {"kind": "person", "name": "Kim Jong Un", "dataset": dataset}
    headers = {"Idempotency-Key": f"race-{dataset}"}
    responses = await asyncio.gather(
        *(client.post("/v1/actors", json=body, headers=headers) for _ in range(4))
    )
    assert {r.status_code for r in responses} == {201}
    assert len({r.json()["id"] for r in responses}) == 1
    assert await db.fetchval("SELECT count(*) FROM actors WHERE dataset = $1", dataset) == 1


async def test_as_of_returns_each_recorded_state(client: Client, dataset: str) -> None:
    actor = await _create(client, dataset, name="Choe Son Hui", kind="person")
    before_update = datetime.now(UTC)
    await asyncio.sleep(0.01)
    patched = await client.patch(
        f"/v1/actors/{actor['id']}", json={"description": "Foreign Minister of the DPRK"}
    )
    assert patched.status_code == 200
    old = await client.get(f"/v1/actors/{actor['id']}", params={"as_of": before_update.isoformat()})
    assert old.status_code == 200
    assert old.json()["description"] is None
    assert old.json()["version"] == 1
    now = await client.get(f"/v1/actors/{actor['id']}")
    assert now.json()["description"] == "Foreign Minister of the DPRK"
    listed = await client.get(
        "/v1/actors", params={"dataset": dataset, "as_of": before_update.isoformat()}
    )
    assert [a["version"] for a in listed.json()["data"]] == [1]
    history = await client.get(f"/v1/actors/{actor['id']}/history")
    assert [v["version"] for v in history.json()["data"]] == [1, 2]
    assert history.json()["data"][0]["recorded_to"] == history.json()["data"][1]["recorded_from"]


async def test_as_of_before_creation_is_404(client: Client, dataset: str) -> None:
    before = datetime.now(UTC)
    await asyncio.sleep(0.01)
    actor = await _create(client, dataset)
    response = await client.get(f"/v1/actors/{actor['id']}", params={"as_of": before.isoformat()})
    assert response.status_code == 404


async def test_delete_is_a_tombstone(client: Client, dataset: str, db: asyncpg.Connection) -> None:
    actor = await _create(client, dataset)
    deleted = await client.delete(f"/v1/actors/{actor['id']}")
    assert deleted.status_code == 200
    assert (await client.get(f"/v1/actors/{actor['id']}")).status_code == 404
    assert (await client.delete(f"/v1/actors/{actor['id']}")).status_code == 404
    listed = await client.get("/v1/actors", params={"dataset": dataset})
    assert listed.json()["data"] == []
    history = await client.get(f"/v1/actors/{actor['id']}/history")
    assert [v["deleted"] for v in history.json()["data"]] == [False, True]
    ops = await db.fetch(
        "SELECT op FROM changes WHERE record_id = $1 ORDER BY xid, seq", actor["id"]
    )
    assert [r["op"] for r in ops] == ["upsert", "delete"]


async def test_list_paginates_with_cursor_and_link(client: Client, dataset: str) -> None:
    ids = [(await _create(client, dataset, name=f"Actor {i}"))["id"] for i in range(5)]
    seen: list[str] = []
    params: dict[str, Any] = {"dataset": dataset, "limit": 2}
    pages = 0
    while True:
        response = await client.get("/v1/actors", params=params)
        assert response.status_code == 200
        body = response.json()
        seen += [a["id"] for a in body["data"]]
        pages += 1
        if not body["has_more"]:
            assert body["next_cursor"] is None
            assert "link" not in response.headers
            break
        assert 'rel="next"' in response.headers["link"]
        params["cursor"] = body["next_cursor"]
    assert pages == 3
    assert seen == list(reversed(ids))


async def test_filters(client: Client, dataset: str) -> None:
    sco = await _create(
        client, dataset, kind="igo", name="Shanghai Cooperation Organisation", aliases=["SCO"]
    )
    russia = await _create(
        client,
        dataset,
        name="Russian Federation",
        country="RUS",
        aliases=["Russia"],
        memberships=[{"organization_id": sco["id"], "role": "member", "valid_from": "2001-06-15"}],
    )
    await _create(client, dataset, name="Japan", country="JPN")

    async def names(**params: Any) -> list[str]:
        response = await client.get("/v1/actors", params={"dataset": dataset, **params})
        assert response.status_code == 200, response.text
        return sorted(a["name"] for a in response.json()["data"])

    assert await names(kind="igo") == ["Shanghai Cooperation Organisation"]
    assert await names(country="RUS") == ["Russian Federation"]
    assert await names(name="russia") == ["Russian Federation"]
    assert await names(name="sco") == ["Shanghai Cooperation Organisation"]
    assert await names(member_of=sco["id"]) == ["Russian Federation"]
    assert await names(ids=[russia["id"], sco["id"]]) == [
        "Russian Federation",
        "Shanghai Cooperation Organisation",
    ]


async def test_membership_to_unknown_actor_is_422(client: Client, dataset: str) -> None:
    response = await client.post(
        "/v1/actors",
        json={
            "kind": "state",
            "name": "X",
            "dataset": dataset,
            "memberships": [{"organization_id": "act_" + "0" * 32}],
        },
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == "/memberships/0/organization_id"


async def test_unknown_dataset_is_403(client: Client) -> None:
    # A key can only write to datasets it was granted, and only existing ones can be granted.
    response = await client.post(
        "/v1/actors", json={"kind": "state", "name": "X", "dataset": "no-such-dataset"}
    )
    assert response.status_code == 403
