"""A small world for event tests: sources, actors, weapons and facilities, made through HTTP."""

from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

Client = AsyncTestClient[Litestar]
Json = dict[str, Any]


async def post(client: Client, path: str, body: Json) -> Json:
    response = await client.post(path, json=body)
    assert response.status_code == 201, response.text
    created: Json = response.json()
    return created


async def source(client: Client, dataset: str, reliability: str = "B", **fields: Any) -> str:
    body = {
        "title": "Report",
        "publisher": "Yonhap",
        "reliability": reliability,
        "dataset": dataset,
    }
    return str((await post(client, "/v1/sources", {**body, **fields}))["id"])


async def actor(client: Client, dataset: str, name: str, kind: str = "state") -> str:
    body = {"kind": kind, "name": name, "dataset": dataset}
    return str((await post(client, "/v1/actors", body))["id"])


async def weapon(client: Client, dataset: str, name: str, *aliases: str) -> str:
    body = {"name": name, "aliases": list(aliases), "weapon_class": "SRBM", "dataset": dataset}
    return str((await post(client, "/v1/weapons", body))["id"])


async def facility(client: Client, dataset: str, name: str) -> str:
    body = {"name": name, "kind": "launch_site", "country": "PRK", "dataset": dataset}
    return str((await post(client, "/v1/facilities", body))["id"])


async def event(client: Client, dataset: str, source_id: str, **fields: Any) -> Json:
    body: Json = {
        "title": "Missile launch",
        "category": "MOBILIZE",
        "occurred": {"start": "2024-06-26"},
        "citations": [{"source_id": source_id, "credibility": 2}],
        "dataset": dataset,
    }
    return await post(client, "/v1/events", {**body, **fields})


async def titles(client: Client, dataset: str, **params: Any) -> list[str]:
    """Titles of the events a list answers, in its order (one page of up to 100)."""
    response = await client.get("/v1/events", params={"dataset": dataset, "limit": 100, **params})
    assert response.status_code == 200, response.text
    return [e["title"] for e in response.json()["data"]]
