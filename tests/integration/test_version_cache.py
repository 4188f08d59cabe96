"""Conditional reads answered from each process's memory of record versions.

``persistence/versioncache.py``: a ``GET /v1/<resource>/{id}`` whose ``If-None-Match`` names the
version this process last read is answered 304 without a statement, and the memory is dropped
whenever the record may have changed (``NOTIFY`` from every version change, a write of this
process, a lost listener). To tell the memory from the database, a test changes a row with its
triggers off (``session_replication_role = replica``: no version trigger, no notification): the
database then holds another version, and only an answer from memory still says 304.
"""

import asyncio
import contextlib
import re
import threading
import time
from datetime import UTC, datetime

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate

from tests.integration import world

Client = AsyncTestClient[Litestar]


async def silently(db: asyncpg.Connection, table: str, record_id: str, version: int) -> None:
    """Set a record's version with every trigger off: no history, no feed, no ``NOTIFY``."""
    async with db.transaction():
        await db.execute("SET LOCAL session_replication_role = replica")
        await db.execute(f"UPDATE {table} SET version = $2 WHERE id = $1", record_id, version)


async def _status_within(client: Client, path: str, tag: str, status: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if (await client.get(path, headers={"If-None-Match": tag})).status_code == status:
            return True
        await asyncio.sleep(0.01)
    return False


async def test_every_versioned_table_notifies_deletes_and_truncates(
    db: asyncpg.Connection,
) -> None:
    """A table added later must add the statement trigger migration 0092 gave the others."""
    missing = await db.fetch(
        """
        SELECT DISTINCT t.tgrelid::regclass::text AS name
        FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE p.proname = 'wf_version_row' AND NOT t.tgisinternal
          AND NOT EXISTS (
              SELECT FROM pg_trigger n JOIN pg_proc np ON np.oid = n.tgfoid
              WHERE n.tgrelid = t.tgrelid AND np.proname = 'wf_notify_versions')
        """
    )
    assert [r["name"] for r in missing] == []
    count = await db.fetchval(
        "SELECT count(*) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE p.proname = 'wf_notify_versions'"
    )
    assert count >= 20


async def test_a_current_tag_is_answered_from_memory_until_a_change_is_notified(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    actor = await world.actor(client, dataset, "Korean People's Army")
    path = f"/v1/actors/{actor}"
    assert (await client.get(path)).headers["etag"] == '"1"'
    await silently(db, "actors", actor, 7)
    # The database now says 7; this process remembers 1, and answers from memory.
    answered = await client.get(path, headers={"If-None-Match": '"1"'})
    assert answered.status_code == 304
    assert answered.headers["etag"] == '"1"'
    # A tag it does not remember goes to the database, which knows better.
    assert (await client.get(path, headers={"If-None-Match": '"7"'})).status_code == 304
    # A change by anyone (here straight in the database) is notified at commit: forgotten.
    await db.execute("UPDATE actors SET name = 'KPA' WHERE id = $1", actor)
    assert await _status_within(client, path, '"1"', 200, 1.0)
    fresh = await client.get(path, headers={"If-None-Match": '"1"'})
    assert fresh.headers["etag"] == '"8"'
    assert fresh.json()["name"] == "KPA"


async def test_a_write_through_this_process_is_read_back_at_once(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    actor = await world.actor(client, dataset, "Korean People's Army")
    path = f"/v1/actors/{actor}"
    assert (await client.get(path, headers={"If-None-Match": '"1"'})).status_code == 304
    for attempt in range(20):
        patched = await client.patch(path, json={"name": f"KPA {attempt}"})
        assert patched.status_code == 200
        tag = patched.headers["etag"]
        # The old tag is stale at once (no wait for the notification), the new one current.
        stale = await client.get(path, headers={"If-None-Match": f'"{attempt + 1}"'})
        assert stale.status_code == 200
        assert stale.json()["name"] == f"KPA {attempt}"
        assert (await client.get(path, headers={"If-None-Match": tag})).status_code == 304


async def test_deleted_and_unreadable_records_are_404_whatever_is_remembered(
    client: Client, app: Litestar, db: asyncpg.Connection, dataset: str
) -> None:
    actor = await world.actor(client, dataset, "Korean People's Army")
    path = f"/v1/actors/{actor}"
    assert (await client.get(path, headers={"If-None-Match": '"1"'})).status_code == 304
    outsider = await KeyService().create(db, ApiKeyCreate(name="outsider", scopes=["read"]))
    foreign = await client.get(
        path, headers={"If-None-Match": '"1"', "Authorization": f"Bearer {outsider.secret}"}
    )
    assert foreign.status_code == 404, "the dataset is checked on every answer"
    assert (await client.delete(path, headers={"If-Match": '"1"'})).status_code in (200, 204)
    assert (await client.get(path, headers={"If-None-Match": '"1"'})).status_code == 404
    assert (await client.get(path, headers={"If-None-Match": "*"})).status_code == 404


async def test_as_of_reads_never_use_the_memory(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    actor = await world.actor(client, dataset, "Korean People's Army")
    path = f"/v1/actors/{actor}"
    assert (await client.get(path)).status_code == 200
    await silently(db, "actors", actor, 5)
    await asyncio.sleep(0.01)
    now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    at = await client.get(path, headers={"If-None-Match": '"1"'}, params={"as_of": now})
    assert at.status_code == 200
    assert at.headers["etag"] == '"5"'
    await db.execute("UPDATE actors SET name = 'KPA' WHERE id = $1", actor)


async def test_a_lost_listener_stops_the_memory_until_it_listens_again(
    client: Client, app: Litestar, db: asyncpg.Connection, dataset: str
) -> None:
    actor = await world.actor(client, dataset, "Korean People's Army")
    path = f"/v1/actors/{actor}"
    assert (await client.get(path)).status_code == 200
    await silently(db, "actors", actor, 3)
    assert (await client.get(path, headers={"If-None-Match": '"1"'})).status_code == 304
    keys = app.state.key_cache
    await db.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE application_name = 'watchfloor-keys' AND datname = current_database()"
    )
    # Gone: nothing remembered is trusted, the database answers (it holds 3).
    assert await _status_within(client, path, '"1"', 200, 1.0)
    async with asyncio.timeout(10):
        await keys.connected.wait()
    # Listening again, it learns anew from its reads.
    assert (await client.get(path, headers={"If-None-Match": '"3"'})).status_code == 304
    await silently(db, "actors", actor, 4)
    assert (await client.get(path, headers={"If-None-Match": '"3"'})).status_code == 304
    await db.execute("UPDATE actors SET name = 'KPA' WHERE id = $1", actor)
    assert await _status_within(client, path, '"3"', 200, 1.0)


async def test_metrics_count_the_answers_from_memory(client: Client, dataset: str) -> None:
    def figures(text: str) -> dict[str, float]:
        found = re.findall(r"^(watchfloor_version_cache_\w+) (\S+)$", text, re.MULTILINE)
        return {name: float(value) for name, value in found}

    async def scrape() -> dict[str, float]:
        request = client.build_request("GET", "/metrics")
        del request.headers["authorization"]
        return figures((await client.send(request)).text)

    actor = await world.actor(client, dataset, "Korean People's Army")
    path = f"/v1/actors/{actor}"
    assert (await client.get(path)).status_code == 200
    before = await scrape()
    assert before["watchfloor_version_cache_listening"] == 1
    assert before["watchfloor_version_cache_entries"] >= 1
    for _ in range(3):
        assert (await client.get(path, headers={"If-None-Match": '"1"'})).status_code == 304
    after = await scrape()
    assert (
        after["watchfloor_version_cache_hits_total"]
        == before["watchfloor_version_cache_hits_total"] + 3
    )


async def test_a_remembered_version_is_answered_without_a_connection(
    client: Client, app: Litestar, dataset: str
) -> None:
    """With every connection of the pool held, a read that needs the database is refused 503
    after the pool's wait; a remembered version's 304 is answered all the same, by the access
    middleware, before any connection is taken."""
    actor = await world.actor(client, dataset, "Korean People's Army")
    path = f"/v1/actors/{actor}"
    assert (await client.get(path)).status_code == 200
    pool = app.state.pool
    held_all, let_go = threading.Event(), threading.Event()

    async def hold() -> None:  # in the app's own event loop (the client's portal)
        async with contextlib.AsyncExitStack() as held:
            for _ in range(pool.usage().size):
                await held.enter_async_context(pool.acquire())
            held_all.set()
            await asyncio.to_thread(let_go.wait, 30)

    holding = client.blocking_portal.start_task_soon(hold)
    try:
        assert await asyncio.to_thread(held_all.wait, 10)
        answered = await client.get(path, headers={"If-None-Match": '"1"'})
        assert answered.status_code == 304
        assert answered.headers["etag"] == '"1"'
        assert "x-request-id" in answered.headers
        assert "ratelimit-remaining" in answered.headers
        # What the memory cannot answer goes on to the handler, which needs a connection.
        waiting = await client.get(path, headers={"If-None-Match": '"2"'})
        assert waiting.status_code == 503
    finally:
        let_go.set()
        await asyncio.wrap_future(holding)
    assert (await client.get(path, headers={"If-None-Match": '"2"'})).status_code == 200
