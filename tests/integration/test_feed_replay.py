"""Property: under concurrent writers, replaying the change feed gives exactly the listing.

Several asyncpg connections create, change and delete actors and sources at random, each write
in a transaction held open for a random while after it took its transaction id, so commits land
out of order. A reader follows the feed from the start the whole time. At the end, the records
the replay holds (ids and versions, deleted ones absent) must equal what the lists show.
"""

import asyncio
import uuid
from typing import Any

import asyncpg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from watchfloor.context import Context
from watchfloor.errors import NotFound
from watchfloor.persistence.db import connect
from watchfloor.registry import RESOURCES
from watchfloor.settings import Settings

from tests.conftest import grant
from tests.integration.feed import Client, Mirror, create, listing, patch_body, xid_mark

Op = tuple[str, str, int, float]
"""(``create``|``update``|``delete``, resource, which record, seconds the transaction stays open)."""

ops = st.tuples(
    st.sampled_from(["create", "create", "update", "delete"]),
    st.sampled_from(sorted(RESOURCES)),
    st.integers(min_value=0, max_value=20),
    st.sampled_from([0.0, 0.0, 0.002, 0.01, 0.03]),
)
writers = st.lists(st.lists(ops, min_size=1, max_size=8), min_size=2, max_size=4)


async def _write(
    conn: asyncpg.Connection, dataset: str, plan: list[Op], made: list[tuple[str, str]]
) -> None:
    for n, (kind, resource, pick, hold) in enumerate(plan):
        created: tuple[str, str] | None = None
        async with conn.transaction():
            if kind == "create" or not made:
                created = (resource, await create(conn, resource, dataset, n))
            else:
                target, record_id = made[pick % len(made)]
                entry = RESOURCES[target]
                try:
                    if kind == "update":
                        await entry.update(
                            Context.unrestricted(conn), record_id, patch_body(target, n), None
                        )
                    else:
                        await entry.service.delete(Context.unrestricted(conn), record_id, None)
                except NotFound:
                    pass  # deleted by another writer first
            # The transaction has its id; committing late is what the horizon must survive.
            await asyncio.sleep(hold)
        if created is not None:
            made.append(created)  # visible to the other writers once committed


async def _follow(client: Client, dataset: str, mirror: Mirror, done: asyncio.Event) -> None:
    while not done.is_set():
        await mirror.pull(client, dataset)
        await asyncio.sleep(0.001)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(plans=writers)
async def test_replaying_the_feed_gives_the_listing(
    plans: list[list[Op]],
    client: Client,
    db: asyncpg.Connection,
    database_url: str,
    settings: Settings,
    api_key: Any,
) -> None:
    dataset = f"p-{uuid.uuid4().hex[:12]}"
    await db.execute("INSERT INTO datasets (name, kind) VALUES ($1, 'sandbox')", dataset)
    await grant(db, api_key.key.id, dataset)
    conns = [await connect(database_url) for _ in plans]
    mirror, done = Mirror(), asyncio.Event()
    made: list[tuple[str, str]] = []
    try:
        reader = asyncio.create_task(_follow(client, dataset, mirror, done))
        await asyncio.gather(
            *(_write(c, dataset, p, made) for c, p in zip(conns, plans, strict=True))
        )
        done.set()
        await reader
    finally:
        for conn in conns:
            await conn.close()
    await mirror.catch_up(client, dataset, db, await xid_mark(db))
    assert mirror.live() == await listing(client, dataset)
