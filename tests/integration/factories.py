"""Records the statement and indicator tests build on, made the way a user would make them."""

from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

Client = AsyncTestClient[Litestar]


async def actor(client: Client, dataset: str, name: str, **fields: Any) -> str:
    body = {"kind": "state", "name": name, "dataset": dataset, **fields}
    response = await client.post("/v1/actors", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def source(client: Client, dataset: str, reliability: str = "C", **fields: Any) -> str:
    body = {
        "title": "KCNA report",
        "publisher": "KCNA",
        "reliability": reliability,
        "dataset": dataset,
        **fields,
    }
    response = await client.post("/v1/sources", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def event(
    client: Client, dataset: str, source_id: str, title: str = "Satellite launch"
) -> str:
    """An event on 27 May 2024, citing ``source_id`` (an event must cite a source)."""
    body = {
        "title": title,
        "category": "ASSAULT",
        "occurred": {"start": "2024-05-27", "precision": "day"},
        "citations": [{"source_id": source_id, "credibility": 2}],
        "dataset": dataset,
    }
    response = await client.post("/v1/events", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def delete_event(client: Client, event_id: str) -> None:
    response = await client.delete(f"/v1/events/{event_id}")
    assert response.status_code == 200, response.text
