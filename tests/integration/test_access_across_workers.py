"""Keys cached per worker and rate limits counted in memory, across two real server processes.

Two ``watchfloor serve`` processes on one database stand for two workers: a key revoked
through one stops working on the other within a second (its ``NOTIFY``), a worker whose
listening connection dies stops trusting its cache, and the two together admit no more of a
key's requests than its GCRA bucket allows.
"""

import asyncio
import contextlib
import time
from collections.abc import Iterator

import asyncpg
import httpx
import pytest
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate, ApiKeyWithSecret

from tests.live_server import LiveServer

pytestmark = pytest.mark.slow

ACTORS = "/v1/actors?limit=1"


@pytest.fixture(scope="module")
def servers(database_url: str) -> Iterator[tuple[LiveServer, LiveServer]]:
    with LiveServer(database_url) as one, LiveServer(database_url) as two:
        yield one, two


async def _key(db: asyncpg.Connection, *scopes: str, limit: int = 1_000_000) -> ApiKeyWithSecret:
    request = ApiKeyCreate(name="workers", scopes=list(scopes), rate_limit=limit)  # type: ignore[arg-type]
    return await KeyService().create(db, request)


def _auth(key: ApiKeyWithSecret) -> dict[str, str]:
    return {"Authorization": f"Bearer {key.secret}"}


async def _listeners(db: asyncpg.Connection, count: int) -> list[int]:
    """The key listeners' backends, once ``count`` of them listen."""
    deadline = time.monotonic() + 10
    while True:
        pids: list[int] = [
            r["pid"]
            for r in await db.fetch(
                "SELECT pid FROM pg_stat_activity "
                "WHERE application_name = 'watchfloor-keys' AND datname = current_database()"
            )
        ]
        if len(pids) >= count or time.monotonic() > deadline:
            return pids
        await asyncio.sleep(0.05)


async def _listening_again(db: asyncpg.Connection, lost: list[int]) -> bool:
    """Whether both servers listen again, on new backends, within 10 s."""
    deadline = time.monotonic() + 10
    while True:
        if len(set(await _listeners(db, 2)) - set(lost)) >= 2:
            return True
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.05)


async def _refused_within(http: httpx.AsyncClient, headers: dict[str, str], seconds: float) -> bool:
    """Whether the key is answered 401 within ``seconds`` from now."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if (await http.get(ACTORS, headers=headers)).status_code == 401:
            return True
    return False


async def test_a_key_revoked_on_one_worker_stops_on_the_other_within_a_second(
    servers: tuple[LiveServer, LiveServer], db: asyncpg.Connection
) -> None:
    one, two = servers
    assert len(await _listeners(db, 2)) >= 2
    admin, reader = await _key(db, "admin"), await _key(db, "read")
    async with (
        httpx.AsyncClient(base_url=one.base) as first,
        httpx.AsyncClient(base_url=two.base) as second,
    ):
        for http in (first, second):
            for _ in range(3):  # verified once, then served from the cache
                assert (await http.get(ACTORS, headers=_auth(reader))).status_code == 200
        revoked = await first.delete(f"/v1/admin/keys/{reader.key.id}", headers=_auth(admin))
        assert revoked.status_code == 200
        assert (await first.get(ACTORS, headers=_auth(reader))).status_code == 401
        assert await _refused_within(second, _auth(reader), 1.0)


async def test_a_lost_listener_empties_the_cache_and_listens_again(
    servers: tuple[LiveServer, LiveServer], db: asyncpg.Connection
) -> None:
    _, two = servers
    reader = await _key(db, "read")
    async with httpx.AsyncClient(base_url=two.base) as http:
        for _ in range(3):
            assert (await http.get(ACTORS, headers=_auth(reader))).status_code == 200
        await db.execute("ALTER TABLE api_keys DISABLE TRIGGER api_keys_notify")
        try:
            # Revoked without a notification: the worker cannot know, and its cache serves on
            # (which shows the cache is what answers) ...
            await db.execute("UPDATE api_keys SET revoked_at = now() WHERE id = $1", reader.key.id)
        finally:
            await db.execute("ALTER TABLE api_keys ENABLE TRIGGER api_keys_notify")
        assert (await http.get(ACTORS, headers=_auth(reader))).status_code == 200
        # ... until its listening connection is lost: then nothing cached is trusted.
        listeners = await _listeners(db, 2)
        await db.execute(
            "SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid", listeners
        )
        assert await _refused_within(http, _auth(reader), 1.0)
        # It listens again, and a revocation reaches it as before.
        assert await _listening_again(db, listeners)
        again = await _key(db, "read")
        for _ in range(3):
            assert (await http.get(ACTORS, headers=_auth(again))).status_code == 200
        await KeyService().revoke(db, again.key.id)
        assert await _refused_within(http, _auth(again), 1.0)


async def test_two_workers_admit_no_more_than_the_bucket_allows(
    servers: tuple[LiveServer, LiveServer], db: asyncpg.Connection
) -> None:
    """A limit of 120 a minute: 120 at once, then one every half second, shared by both."""
    limit = 120
    key = await _key(db, "read", limit=limit)
    statuses: list[int] = []
    refused: httpx.Response | None = None
    async with contextlib.AsyncExitStack() as stack:
        clients = [
            await stack.enter_async_context(httpx.AsyncClient(base_url=s.base)) for s in servers
        ]
        started = time.monotonic()
        for i in range(3 * limit):
            answer = await clients[i % 2].get(ACTORS, headers=_auth(key))
            statuses.append(answer.status_code)
            if answer.status_code == 429:
                refused = answer
        elapsed = time.monotonic() - started
    admitted = statuses.count(200)
    assert set(statuses) == {200, 429}
    # The bucket refills one request every 60/limit s; nothing else may pass, whatever the
    # minute's boundaries (a fixed window would have let up to 2 × limit through).
    assert admitted <= limit + int(elapsed * limit / 60) + 1
    # Tokens leased but not spent by the other worker (⌈limit/60⌉ = 2) are the tolerance.
    assert admitted >= limit - 2
    assert statuses[: limit - 2] == [200] * (limit - 2)
    assert refused is not None
    assert refused.headers["ratelimit-limit"] == str(limit)
    assert refused.headers["ratelimit-remaining"] == "0"
    assert 1 <= int(refused.headers["retry-after"]) <= 60


async def test_a_write_on_one_worker_ends_the_others_remembered_version_within_a_second(
    servers: tuple[LiveServer, LiveServer], db: asyncpg.Connection
) -> None:
    """Conditional reads answered from memory (``persistence/versioncache.py``), across workers.

    The second worker remembers a version and keeps answering 304 for it even once the row says
    otherwise without a notification (so the memory is what answers); a write through the first
    worker reaches it by ``NOTIFY`` and its next answer is the record.
    """
    one, two = servers
    writer = await _key(db, "read", "write")
    name = f"w-{time.monotonic_ns()}"
    await db.execute(
        "INSERT INTO datasets (name, kind, description) VALUES ($1, 'sandbox', 'test')", name
    )
    await db.execute(
        "UPDATE api_keys SET datasets = array_append(datasets, $2) WHERE id = $1",
        writer.key.id,
        name,
    )
    async with (
        httpx.AsyncClient(base_url=one.base, headers=_auth(writer)) as first,
        httpx.AsyncClient(base_url=two.base, headers=_auth(writer)) as second,
    ):
        created = await first.post(
            "/v1/actors", json={"kind": "state", "name": "KPA", "dataset": name}
        )
        assert created.status_code == 201, created.text
        actor = created.json()["id"]
        path = f"/v1/actors/{actor}"
        # The second worker reads the record (and remembers it), then the row changes without a
        # notification; a 304 for the old tag can only come from memory. A worker whose
        # listener was lost meanwhile (a heartbeat late on a loaded machine) asks the database
        # instead, which is the safe side: read and try again.
        remembered, tag, version = False, '"1"', 1
        for attempt in range(20):
            tag = (await second.get(path)).headers["etag"]
            version = int(tag.strip('"'))
            async with db.transaction():
                await db.execute("SET LOCAL session_replication_role = replica")
                await db.execute("UPDATE actors SET version = $2 WHERE id = $1", actor, version + 1)
            answered = await second.get(path, headers={"If-None-Match": tag})
            if answered.status_code == 304:
                remembered = True
                break
            await asyncio.sleep(0.2 * attempt)
        assert remembered, "the second worker never answered from its memory"
        patched = await first.patch(path, json={"name": "Korean People's Army"})
        assert patched.status_code == 200, patched.text
        assert patched.headers["etag"] == f'"{version + 2}"'
        deadline = time.monotonic() + 1.0
        answer = await second.get(path, headers={"If-None-Match": tag})
        while answer.status_code == 304 and time.monotonic() < deadline:
            answer = await second.get(path, headers={"If-None-Match": tag})
        assert answer.status_code == 200
        assert answer.headers["etag"] == f'"{version + 2}"'
        assert answer.json()["name"] == "Korean People's Army"


async def test_requests_that_find_the_lease_spent_wait_for_one_lease(
    servers: tuple[LiveServer, LiveServer], db: asyncpg.Connection
) -> None:
    """Thirty requests at once on one worker with a fresh key: one of them leases a second's
    worth of tokens (100 at 6,000 a minute) and the others wait for it, instead of thirty
    leases queued on the bucket's row (``access/limits.Limiter.after_lease``). The shared
    bucket shows how much was leased: its theoretical arrival time runs 0.01 s ahead a token."""
    one, _ = servers
    key = await _key(db, "read", limit=6_000)
    async with httpx.AsyncClient(base_url=one.base, headers=_auth(key)) as http:
        answers = await asyncio.gather(*(http.get(ACTORS) for _ in range(30)))
    assert [a.status_code for a in answers] == [200] * 30
    ahead = await db.fetchval(
        "SELECT tat - extract(epoch FROM clock_timestamp()) FROM rate_buckets WHERE bucket = $1",
        key.key.id,
    )
    assert ahead < 3.0, f"{ahead:.1f} s ahead: about {ahead / 0.01:.0f} tokens leased, not 100"
