"""Writes a client may safely send again: ``Idempotency-Key`` on PATCH and DELETE, and the
``X-Should-Retry`` hint on every problem."""

from typing import Any

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient

Client = AsyncTestClient[Litestar]


async def _actor(client: Client, dataset: str, **fields: Any) -> dict[str, Any]:
    body = {"kind": "igo", "name": "Shanghai Cooperation Organisation", "dataset": dataset}
    response = await client.post("/v1/actors", json=body | fields)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def test_a_patch_sent_again_replays_its_first_answer(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    actor = await _actor(client, dataset)
    headers = {"If-Match": '"1"', "Idempotency-Key": f"patch-{dataset}"}
    first = await client.patch(f"/v1/actors/{actor['id']}", json={"name": "SCO"}, headers=headers)
    again = await client.patch(f"/v1/actors/{actor['id']}", json={"name": "SCO"}, headers=headers)
    assert first.status_code == again.status_code == 200
    # Without the key the second would be 412: its If-Match names version 1, now stale.
    assert again.json() == first.json() and again.json()["version"] == 2
    assert again.headers["idempotent-replayed"] == "true"
    assert again.headers["etag"] == '"2"'
    assert await db.fetchval("SELECT version FROM actors WHERE id = $1", actor["id"]) == 2


async def test_the_same_key_on_another_request_is_refused(client: Client, dataset: str) -> None:
    actor = await _actor(client, dataset)
    key = {"Idempotency-Key": f"other-{dataset}"}
    path = f"/v1/actors/{actor['id']}"
    assert (await client.patch(path, json={"name": "SCO"}, headers=key)).status_code == 200
    changed = await client.patch(path, json={"name": "ShOS"}, headers=key)
    assert changed.status_code == 422
    other_version = await client.patch(
        path, json={"name": "SCO"}, headers=key | {"If-Match": '"2"'}
    )
    assert other_version.status_code == 422
    assert (await client.delete(path, headers=key)).status_code == 422


async def test_a_delete_sent_again_replays_its_first_answer(client: Client, dataset: str) -> None:
    actor = await _actor(client, dataset)
    headers = {"Idempotency-Key": f"delete-{dataset}"}
    first = await client.delete(f"/v1/actors/{actor['id']}", headers=headers)
    again = await client.delete(f"/v1/actors/{actor['id']}", headers=headers)
    assert first.status_code == again.status_code == 200  # not 404: it is gone, by this request
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    unkeyed = await client.delete(f"/v1/actors/{actor['id']}")
    assert unkeyed.status_code == 404


async def test_a_failed_write_keeps_no_answer_so_a_retry_runs_again(
    client: Client, dataset: str
) -> None:
    actor = await _actor(client, dataset)
    headers = {"If-Match": '"7"', "Idempotency-Key": f"stale-{dataset}"}
    path = f"/v1/actors/{actor['id']}"
    assert (await client.patch(path, json={"name": "SCO"}, headers=headers)).status_code == 412
    fresh = await client.patch(path, json={"name": "SCO"}, headers=headers | {"If-Match": '"1"'})
    assert fresh.status_code == 200


async def test_problems_say_whether_a_retry_can_succeed(client: Client, dataset: str) -> None:
    await _actor(client, dataset, external_id="sco")
    taken = await client.post(
        "/v1/actors",
        json={"kind": "igo", "name": "SCO again", "dataset": dataset, "external_id": "sco"},
    )
    assert taken.status_code == 409
    assert taken.headers["x-should-retry"] == "false"  # the key stays taken
    missing = await client.get("/v1/actors/act_00000000000000000000000000000000")
    assert missing.status_code == 404 and missing.headers["x-should-retry"] == "false"
    bad = await client.get("/v1/actors", params={"limit": "0"})
    assert bad.status_code == 400 and bad.headers["x-should-retry"] == "false"
    fine = await client.get("/v1/actors", params={"dataset": dataset})
    assert "x-should-retry" not in fine.headers
