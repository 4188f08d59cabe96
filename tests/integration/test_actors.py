"""``/v1/actors`` through HTTP against real PostgreSQL."""

import asyncio
import json
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


async def _event(client: Client, dataset: str, source: str, **fields: Any) -> dict[str, Any]:
    body = {
        "title": "Summit",
        "category": "CONSULT",
        "occurred": {"start": "2024-06-19"},
        "citations": [{"source_id": source, "credibility": 2}],
        "dataset": dataset,
        **fields,
    }
    response = await client.post("/v1/events", json=body)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def test_merge_moves_references_keeps_history_and_says_where_it_went(
    client: Client, dataset: str
) -> None:
    kim = await _create(client, dataset, kind="person", name="Kim Jong Un", external_id="kb:kim")
    twin = await _create(
        client, dataset, kind="person", name="Kim Jong-Un", external_id="icews:Kim Jong-Un",
        country="PRK", aliases=["KJU"],
    )  # fmt: skip
    party = await _create(
        client, dataset, kind="organization", name="Workers' Party",
        memberships=[{"organization_id": twin["id"], "role": "leader"}],
    )  # fmt: skip
    source = (
        await client.post(
            "/v1/sources",
            json={"title": "KCNA", "publisher": "KCNA", "reliability": "C", "dataset": dataset},
        )
    ).json()["id"]
    both = await _event(
        client, dataset, source, actors=[{"actor_id": kim["id"]}, {"actor_id": twin["id"]}]
    )
    his = await _event(client, dataset, source, recipients=[{"actor_id": twin["id"]}])

    merged = await client.post(f"/v1/actors/{twin['id']}/merge", json={"into": kim["id"]})
    assert merged.status_code == 200, merged.text
    body = merged.json()
    assert body["moved"] == {"event": 2, "actor": 1}
    assert body["actor"]["country"] == "PRK"
    assert {"Kim Jong-Un", "KJU"} <= set(body["actor"]["aliases"])
    assert body["actor"]["known_as"] == [
        {"external_id": "icews:Kim Jong-Un", "rule": "merge", "value": twin["id"]}
    ]
    # The merged actor answers with where it went, keeps its history, leaves the lists.
    gone = (await client.get(f"/v1/actors/{twin['id']}")).json()
    assert gone["superseded_by"] == kim["id"]
    history = (await client.get(f"/v1/actors/{twin['id']}/history")).json()["data"]
    assert [v["actor"]["superseded_by"] for v in history] == [None, kim["id"]]
    listed = (await client.get("/v1/actors", params={"dataset": dataset})).json()["data"]
    assert twin["id"] not in {a["id"] for a in listed}
    events = await client.get("/v1/events", params={"dataset": dataset, "actor": kim["id"]})
    assert {e["id"] for e in events.json()["data"]} == {both["id"], his["id"]}
    one = (await client.get(f"/v1/events/{both['id']}")).json()
    assert one["actors"] == [{"actor_id": kim["id"], "role": None}]
    assert one["version"] == 2
    member = (await client.get(f"/v1/actors/{party['id']}")).json()
    assert member["memberships"][0]["organization_id"] == kim["id"]
    # A second merge of the same actor, or into a merged one, collides with what happened.
    again = await client.post(f"/v1/actors/{twin['id']}/merge", json={"into": kim["id"]})
    assert again.status_code == 409
    into_gone = await client.post(f"/v1/actors/{party['id']}/merge", json={"into": twin["id"]})
    assert into_gone.status_code == 409
    itself = await client.post(f"/v1/actors/{kim['id']}/merge", json={"into": kim["id"]})
    assert itself.status_code == 422
    # An import of the merged actor's external id finds the one that carries on.
    line = {"resource": "actor", "external_id": "icews:Kim Jong-Un", "kind": "person",
            "name": "Kim Jong-Un", "on_existing": "keep"}  # fmt: skip
    imported = await client.post(
        f"/v1/import?dataset={dataset}",
        content=json.dumps(line).encode(),
        headers={"Content-Type": "application/x-ndjson"},
    )
    assert imported.json()["resources"]["actor"]["unchanged"] == 1


async def test_likely_duplicates_pair_what_imports_left_apart(client: Client, dataset: str) -> None:
    a = await _create(client, dataset, kind="company", name="GOOGLE", cameo_code="MNCUSAMED")
    b = await _create(client, dataset, kind="company", name="Google", cameo_code="MNCUSAMEDCVL")
    c = await _create(client, dataset, kind="organization", name="Goo-gle")
    await _create(client, dataset, kind="state", name="Google")  # a state never pairs
    await _create(client, dataset, kind="person", name="Larry Page")
    seen: list[tuple[str, ...]] = []
    params: dict[str, Any] = {"dataset": dataset, "limit": 2}
    while True:
        page = await client.get("/v1/actors/duplicates", params=params)
        assert page.status_code == 200, page.text
        for pair in page.json()["data"]:
            assert pair["shared_names"] == ["google"]
            seen.append(tuple(sorted(x["id"] for x in pair["actors"])))
        if page.json()["next_cursor"] is None:
            break
        params["cursor"] = page.json()["next_cursor"]
    assert sorted(seen) == sorted(
        tuple(sorted(p)) for p in ((a["id"], b["id"]), (a["id"], c["id"]), (b["id"], c["id"]))
    )
    await client.post(f"/v1/actors/{c['id']}/merge", json={"into": a["id"]})
    page = await client.get("/v1/actors/duplicates", params={"dataset": dataset})
    assert [sorted(x["id"] for x in p["actors"]) for p in page.json()["data"]] == [
        sorted([a["id"], b["id"]])
    ]


async def test_merge_needs_admin_and_duplicates_need_write(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    from watchfloor.access.keys import KeyService
    from watchfloor.access.schemas import ApiKeyCreate

    async def key(*scopes: str) -> dict[str, str]:
        made = await KeyService().create(
            db,
            ApiKeyCreate(name="t", scopes=list(scopes), datasets=[dataset]),  # type: ignore[arg-type]
        )
        return {"Authorization": f"Bearer {made.secret}"}

    one = await _create(client, dataset, kind="person", name="A")
    two = await _create(client, dataset, kind="person", name="B")
    writer, reader = await key("read", "write"), await key("read")
    path = f"/v1/actors/{one['id']}/merge"
    refused = await client.post(path, json={"into": two["id"]}, headers=writer)
    assert refused.status_code == 403
    listing = await client.get("/v1/actors/duplicates", params={"dataset": dataset}, headers=reader)
    assert listing.status_code == 403
    allowed = await client.get("/v1/actors/duplicates", params={"dataset": dataset}, headers=writer)
    assert allowed.status_code == 200
