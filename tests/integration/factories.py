"""Records the statement and indicator tests build on, made the way a user would make them."""

from typing import Any

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.ids import new_id

Client = AsyncTestClient[Litestar]

_EVENT = """
INSERT INTO events (id, dataset, title, category, occurred_start, occurred_end, occurred_precision)
VALUES ($1, $2, $3, 'ASSAULT', '2024-05-27', '2024-05-27', 'day')
"""


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


async def event(db: asyncpg.Connection, dataset: str, title: str = "Satellite launch") -> str:
    """An event row. ``/v1/events`` is built on another branch; the table is the contract."""
    event_id = new_id("event")
    await db.execute(_EVENT, event_id, dataset, title)
    return event_id


async def delete_event(db: asyncpg.Connection, event_id: str) -> None:
    await db.execute("UPDATE events SET deleted_at = now() WHERE id = $1", event_id)
