"""``GET /v1/changes`` against real PostgreSQL: order, tombstones, cursors, retention."""

from typing import Any

import asyncpg
from watchfloor.persistence.db import connect
from watchfloor.settings import Settings
from watchfloor.sync.retention import prune_changes

from tests.integration.feed import Client, Mirror, create, cursor_xid, listing, xid_mark


async def _page(client: Client, **params: str) -> dict[str, Any]:
    response = await client.get("/v1/changes", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body: dict[str, Any] = response.json()
    return body


async def test_a_slow_writer_is_never_skipped(
    client: Client, dataset: str, database_url: str, settings: Settings
) -> None:
    """One writer takes its transaction id, then holds its transaction open while another
    commits. The feed must not move past the slow writer; once it commits, its row arrives."""
    start = (await _page(client, dataset=dataset))["next_cursor"]
    slow, fast = await connect(database_url), await connect(database_url)
    try:
        held = slow.transaction()
        await held.start()
        slow_id = await create(slow, "actor", dataset, 1)
        fast_id = await create(fast, "source", dataset, 2)
        while_open = await _page(client, dataset=dataset, after=start)
        assert while_open["data"] == []
        assert while_open["has_more"] is False
        await held.commit()
        mirror = Mirror()
        mirror.cursor = while_open["next_cursor"]
        await mirror.catch_up(client, dataset, fast, await xid_mark(fast))
    finally:
        await slow.close()
        await fast.close()
    assert mirror.live() == {("actor", slow_id): 1, ("source", fast_id): 1}


async def test_upserts_carry_the_record_as_of_their_version(
    client: Client, dataset: str, db: asyncpg.Connection, settings: Settings
) -> None:
    created = await client.post(
        "/v1/actors", json={"kind": "state", "name": "DPRK", "dataset": dataset}
    )
    actor_id = created.json()["id"]
    await client.patch(f"/v1/actors/{actor_id}", json={"name": "North Korea"})
    await client.delete(f"/v1/actors/{actor_id}")
    mirror = Mirror()
    await mirror.catch_up(client, dataset, db, await xid_mark(db))
    items = mirror.seen
    assert [(i["op"], i["version"]) for i in items] == [("upsert", 1), ("upsert", 2), ("delete", 3)]
    assert items[0]["object"]["name"] == "DPRK"
    assert items[1]["object"]["name"] == "North Korea"
    assert items[2]["deleted_at"] and "object" not in items[2]
    assert all(i["dataset"] == dataset and i["resource"] == "actor" for i in items)
    assert mirror.live() == {} == await listing(client, dataset)


async def test_pages_resume_from_item_and_page_cursors(
    client: Client, dataset: str, db: asyncpg.Connection, settings: Settings
) -> None:
    ids = [await create(db, "source", dataset, n) for n in range(5)]
    mark = await xid_mark(db)
    mirror = Mirror()
    await mirror.catch_up(client, dataset, db, mark)
    first = await _page(client, dataset=dataset, limit="2")
    assert first["has_more"] is True
    assert [i["id"] for i in first["data"]] == ids[:2]
    rest = await _page(client, dataset=dataset, after=first["data"][0]["cursor"])
    assert [i["id"] for i in rest["data"]] == ids[1:]


async def test_an_empty_page_still_moves_the_cursor(
    client: Client, dataset: str, db: asyncpg.Connection, settings: Settings
) -> None:
    before = await _page(client, dataset=dataset)
    await create(db, "actor", "live", 1)  # another dataset's change
    mark = await xid_mark(db)
    cursor = before["next_cursor"]
    for _ in range(500):
        page = await _page(client, dataset=dataset, after=cursor)
        assert page["data"] == []
        cursor = page["next_cursor"]
        if cursor_xid(cursor) > mark:
            break
    assert cursor_xid(cursor) > mark


async def test_resource_filter(
    client: Client, dataset: str, db: asyncpg.Connection, settings: Settings
) -> None:
    await create(db, "actor", dataset, 1)
    source_id = await create(db, "source", dataset, 2)
    await Mirror().catch_up(client, dataset, db, await xid_mark(db))
    page = await _page(client, dataset=dataset, resource="source")
    assert [i["id"] for i in page["data"]] == [source_id]
    bad = await client.get("/v1/changes", params={"resource": "weather"})
    assert bad.status_code == 400


async def test_forged_cursor_is_400(client: Client) -> None:
    response = await client.get("/v1/changes", params={"after": "not-a-cursor"})
    assert response.status_code == 400
    assert response.json()["type"].endswith("/invalid-cursor")


async def test_cursor_older_than_retention_is_410_with_bootstrap_advice(
    client: Client, dataset: str, db: asyncpg.Connection, settings: Settings
) -> None:
    old_cursor = (await _page(client, dataset=dataset))["next_cursor"]
    await create(db, "actor", dataset, 1)
    mark = await xid_mark(db)
    await Mirror().catch_up(client, dataset, db, mark)
    await db.execute(
        "UPDATE changes SET changed_at = now() - interval '40 days' WHERE dataset = $1", dataset
    )
    result = await prune_changes(db, settings.change_retention_days)
    assert result.deleted >= 1
    assert await db.fetchval("SELECT count(*) FROM changes WHERE dataset = $1", dataset) == 0
    expired = await client.get("/v1/changes", params={"dataset": dataset, "after": old_cursor})
    assert expired.status_code == 410
    problem = expired.json()
    assert problem["type"].endswith("/cursor-expired")
    assert "sync_cursor" in problem["detail"]
    # Bootstrapping as the problem says works: a list's sync_cursor is inside the window.
    sync = (await client.get("/v1/actors", params={"dataset": dataset})).json()["sync_cursor"]
    assert (await client.get("/v1/changes", params={"after": sync})).status_code == 200


async def test_a_first_page_sync_cursor_is_below_every_running_writer(
    client: Client, dataset: str, database_url: str, settings: Settings
) -> None:
    """A first page reads its ``sync_cursor`` in its own snapshot (or, for an empty page,
    before it). Either way a writer still running when the page was read is at or above the
    cursor, so following the feed from it delivers that writer's row, which the page could not
    show. Checked for an empty first page and for one with rows."""
    for rows_before in (0, 1):
        for n in range(rows_before):
            made = await client.post(
                "/v1/actors", json={"kind": "state", "name": f"Seen {n}", "dataset": dataset}
            )
            assert made.status_code == 201, made.text
        slow = await connect(database_url)
        try:
            held = slow.transaction()
            await held.start()
            slow_id = await create(slow, "actor", dataset, 100 + rows_before)
            slow_xid = int(await slow.fetchval("SELECT pg_current_xact_id()::text::bigint"))
            page = (await client.get("/v1/actors", params={"dataset": dataset})).json()
            assert slow_id not in {a["id"] for a in page["data"]}
            assert len(page["data"]) >= rows_before
            assert cursor_xid(page["sync_cursor"]) <= slow_xid
            await held.commit()
        finally:
            await slow.close()
