"""``/v1/indicators`` through HTTP against real PostgreSQL."""

from typing import Any

import asyncpg

from tests.integration import factories
from tests.integration.factories import Client


async def _create(client: Client, dataset: str, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "China–DPRK trade",
        "unit": "USD m",
        "frequency": "monthly",
        "dataset": dataset,
    }
    body.update(fields)
    response = await client.post("/v1/indicators", json=body)
    assert response.status_code == 201, response.text
    assert response.headers["location"] == f"/v1/indicators/{response.json()['id']}"
    created: dict[str, Any] = response.json()
    return created


async def _ids(client: Client, dataset: str, **params: Any) -> list[str]:
    response = await client.get("/v1/indicators", params={"dataset": dataset, **params})
    assert response.status_code == 200, response.text
    return [i["id"] for i in response.json()["data"]]


async def test_create_get_patch_history(client: Client, dataset: str) -> None:
    prk = await factories.actor(client, dataset, "DPRK")
    created = await _create(
        client,
        dataset,
        description="Monthly customs trade, both directions.",
        actor_ids=[prk],
        thresholds=[{"level": "warning", "direction": "below", "value": 50, "note": "collapse"}],
        tags=["trade"],
    )
    assert created["id"].startswith("ind_")
    assert created["thresholds"] == [
        {"level": "warning", "direction": "below", "value": 50.0, "note": "collapse"}
    ]
    got = await client.get(f"/v1/indicators/{created['id']}")
    assert got.json() == created
    patched = await client.patch(
        f"/v1/indicators/{created['id']}",
        json={"thresholds": [], "unit": "USD bn"},
        headers={"If-Match": '"1"'},
    )
    assert patched.status_code == 200
    assert (patched.json()["thresholds"], patched.json()["version"]) == ([], 2)
    history = await client.get(f"/v1/indicators/{created['id']}/history")
    assert [v["indicator"]["unit"] for v in history.json()["data"]] == ["USD m", "USD bn"]


async def test_unknown_actor_is_422(client: Client, dataset: str) -> None:
    prk = await factories.actor(client, dataset, "DPRK")
    response = await client.post(
        "/v1/indicators",
        json={
            "name": "x",
            "unit": "%",
            "frequency": "annual",
            "actor_ids": [prk, "act_" + "0" * 32],
            "dataset": dataset,
        },
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == "/actor_ids/1"


async def test_every_filter(client: Client, dataset: str) -> None:
    prk = await factories.actor(client, dataset, "DPRK")
    chn = await factories.actor(client, dataset, "China")
    trade = await _create(client, dataset, actor_ids=[prk, chn], tags=["trade", "sanctions"])
    rice = await _create(
        client,
        dataset,
        name="Rice price, Pyongyang (100% promille)",
        unit="KPW/kg",
        frequency="weekly",
        actor_ids=[prk],
        tags=["prices"],
    )
    launches = await _create(
        client, dataset, name="Ballistic missile launches", unit="count", frequency="annual"
    )
    assert await _ids(client, dataset) == [launches["id"], rice["id"], trade["id"]]
    assert await _ids(client, dataset, actor=prk) == [rice["id"], trade["id"]]
    assert await _ids(client, dataset, actor=chn) == [trade["id"]]
    assert await _ids(client, dataset, tag="sanctions") == [trade["id"]]
    assert await _ids(client, dataset, frequency="weekly") == [rice["id"]]
    assert await _ids(client, dataset, name="TRADE") == [trade["id"]]
    assert await _ids(client, dataset, name="missile launch") == [launches["id"]]
    # `%` is a character, not a wildcard.
    assert await _ids(client, dataset, name="100%") == [rice["id"]]
    assert await _ids(client, dataset, name="%") == [rice["id"]]
    assert await _ids(client, dataset, name="price", frequency="annual") == []


async def test_delete_tombstones_the_series(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    src = await factories.source(client, dataset)
    indicator = await _create(client, dataset)
    figure = await client.post(
        f"/v1/indicators/{indicator['id']}/observations",
        json={
            "period_start": "2024-01-01",
            "period_end": "2024-01-31",
            "vintage": "2024-02-20",
            "value": 120.5,
            "citations": [{"source_id": src, "credibility": 2}],
            "dataset": dataset,
        },
    )
    assert figure.status_code == 201
    deleted = await client.delete(f"/v1/indicators/{indicator['id']}")
    assert deleted.status_code == 200
    assert (await client.get(f"/v1/indicators/{indicator['id']}")).status_code == 404
    series = await client.get(f"/v1/indicators/{indicator['id']}/observations")
    assert series.status_code == 404
    obs_id = figure.json()["id"]
    assert (await client.get(f"/v1/observations/{obs_id}")).status_code == 404
    logged = await db.fetch(
        "SELECT op FROM changes WHERE record_id = $1 ORDER BY seq", figure.json()["id"]
    )
    assert [r["op"] for r in logged] == ["upsert", "delete"]
