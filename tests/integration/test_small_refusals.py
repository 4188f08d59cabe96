"""The small ones: ``limit`` is an integer, a refused PATCH is refused before ``If-Match``,
``HEAD`` is served, and an admin's create is idempotent."""

import uuid

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from tests.integration.problems import problem

Client = AsyncTestClient[Litestar]


@pytest.mark.parametrize("limit", ["1e1", "10.0", " 10", "+10", "0x10", "10_0", "１０"])
async def test_limit_is_a_plain_integer(client: Client, limit: str) -> None:
    found = problem(await client.get("/v1/actors", params={"limit": limit}), 400)
    assert [e["parameter"] for e in found["errors"]] == ["limit"]


async def test_a_refused_patch_is_refused_before_a_stale_if_match(
    client: Client, dataset: str
) -> None:
    created = await client.post(
        "/v1/actors", json={"kind": "state", "name": "X", "dataset": dataset}
    )
    actor_id = created.json()["id"]
    stale = {"If-Match": '"7"'}
    # Schema-invalid: the body can never be read.
    problem(await client.patch(f"/v1/actors/{actor_id}", json={"name": 5}, headers=stale), 400)
    # Read, but refused by the service: it can never succeed as sent either.
    refused = await client.patch(
        f"/v1/actors/{actor_id}",
        json={"memberships": [{"organization_id": "act_" + "0" * 32}]},
        headers=stale,
    )
    problem(refused, 422)
    # A body that would be accepted meets the precondition.
    problem(await client.patch(f"/v1/actors/{actor_id}", json={"name": "Y"}, headers=stale), 412)


async def test_head_is_served_on_every_get_route(client: Client, dataset: str) -> None:
    created = await client.post(
        "/v1/actors", json={"kind": "state", "name": "X", "dataset": dataset}
    )
    actor_id = created.json()["id"]
    for path in (
        "/healthz",
        f"/v1/actors?dataset={dataset}",
        f"/v1/actors/{actor_id}",
        f"/v1/actors/{actor_id}/history",
        "/v1/changes",
        f"/v1/export?resource=actor&dataset={dataset}",
    ):
        get = await client.get(path)
        head = await client.head(path)
        assert head.status_code == get.status_code == 200, (path, head.text)
        assert head.content == b""
        assert head.headers.get("etag") == get.headers.get("etag")
        assert head.headers["content-type"] == get.headers["content-type"]
    missing = await client.head("/v1/actors/act_" + "0" * 32)
    assert missing.status_code == 404 and missing.content == b""
    # Where there is no GET, there is no HEAD either.
    assert (await client.head("/v1/import")).status_code == 405


# -- admin keys ---------------------------------------------------------------------------


async def test_creating_an_api_key_twice_with_one_idempotency_key_creates_one(
    client: Client,
) -> None:
    name = f"twice-{uuid.uuid4().hex[:8]}"
    headers = {"Idempotency-Key": uuid.uuid4().hex}
    first = await client.post(
        "/v1/admin/keys", json={"name": name, "scopes": ["read"]}, headers=headers
    )
    second = await client.post(
        "/v1/admin/keys", json={"name": name, "scopes": ["read"]}, headers=headers
    )
    assert first.status_code == second.status_code == 201, second.text
    assert second.headers["idempotent-replayed"] == "true"
    assert second.json() == first.json()
    assert second.headers["cache-control"] == "no-store"
    listed = (await client.get("/v1/admin/keys", params={"limit": 100})).json()["data"]
    assert [k["name"] for k in listed].count(name) == 1
    other = await client.post(
        "/v1/admin/keys", json={"name": name, "scopes": ["write"]}, headers=headers
    )
    problem(other, 422)


@pytest.mark.parametrize("token", ["nonsense", "0/", "1/2/3", "G/1"])
async def test_a_malformed_consistency_token_is_400_without_replicas_too(
    client: Client, token: str
) -> None:
    # The tests' app has no read replicas: the contract must not depend on the deployment.
    problem(await client.get("/v1/actors", headers={"Watchfloor-Consistency": token}), 400)


async def test_a_well_formed_consistency_token_is_ignored_without_replicas(
    client: Client,
) -> None:
    for token in ("0/16B3748", "", " "):  # an empty field is as if it were not sent
        answer = await client.get("/v1/actors", headers={"Watchfloor-Consistency": token})
        assert answer.status_code == 200, answer.text
