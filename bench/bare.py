"""The Python ceiling: a bare ASGI app that runs the same statements and encodes the same JSON.

No framework, no validation, no routing: the request's path and query string pick a plan the
harness traced from the real app (``BENCH_BARE_PLAN``, a pickle), the statements run on the
service's own pool (``watchfloor.db.create_pool``, msgspec json codecs), the last statement's
rows become wire Structs through the resource's own ``render``, and msgspec encodes them. Served
by uvicorn like the product: ``uvicorn bench.bare:app --workers N``.
"""

import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import msgspec
from watchfloor.persistence.db import create_pool
from watchfloor.registry import RESOURCES

__all__ = ("Plan", "app")


@dataclass(frozen=True)
class Plan:
    """What to do for one request: its statements and how to render the last one's rows."""

    statements: list[tuple[str, tuple[Any, ...]]]
    resource: str
    """A key of :data:`watchfloor.registry.RESOURCES`."""
    shape: str
    """``list`` (the list envelope) or ``single`` (one record)."""
    limit: int = 0
    """For lists: the page size (the statement fetched one more row)."""


_encoder = msgspec.json.Encoder()
_state: dict[str, Any] = {}
_JSON = [(b"content-type", b"application/json")]


def _plans() -> dict[str, Plan]:
    with Path(os.environ["BENCH_BARE_PLAN"]).open("rb") as f:
        plans: dict[str, Plan] = pickle.load(f)
    return plans


async def _lifespan(receive: Any, send: Any) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            _state["plans"] = _plans()
            _state["pool"] = await create_pool(os.environ["DATABASE_URL"], min_size=1, max_size=10)
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await _state["pool"].close()
            await send({"type": "lifespan.shutdown.complete"})
            return


async def _answer(plan: Plan) -> bytes:
    pool: asyncpg.Pool = _state["pool"]
    async with pool.acquire() as conn:
        for sql, args in plan.statements[:-1]:
            await conn.fetch(sql, *args)
        sql, args = plan.statements[-1]
        rows = await conn.fetch(sql, *args)
    render = RESOURCES[plan.resource].render
    if plan.shape == "list":
        body: Any = {
            "data": [render(r) for r in rows[: plan.limit]],
            "has_more": len(rows) > plan.limit,
            "next_cursor": None,
        }
    else:
        body = render(rows[0])
    return _encoder.encode(body)


async def app(scope: Any, receive: Any, send: Any) -> None:
    """The ASGI callable."""
    if scope["type"] == "lifespan":
        await _lifespan(receive, send)
        return
    query = scope.get("query_string", b"").decode()
    plan = _state["plans"].get(scope["path"] + ("?" + query if query else ""))
    if plan is None:
        await send({"type": "http.response.start", "status": 404, "headers": []})
        await send({"type": "http.response.body", "body": b""})
        return
    payload = await _answer(plan)
    headers = [*_JSON, (b"content-length", str(len(payload)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
