"""Serving through a real PgBouncer in transaction mode: two server processes share 3 connections.

A PgBouncer of the test's own (``tests/pgbouncer.py``, ``default_pool_size = 3``) stands in
front of the session's database, logging in as a role of the test's own so that its server
connections can be told apart in ``pg_stat_activity``. ``watchfloor serve --workers 2`` (4
connections a process, the worker in-process) goes through it with ``WATCHFLOOR_POOLER=
pgbouncer``, and LISTENs and migrates on the direct URL. A mix of requests runs at once —
writes with ETags, lists paged with cursors (one with a custom plan), an NDJSON import, export
streams, the change feed, a key revoked on one process and refused by both, the worker's
handlers following the feed — and all of it must succeed while the database never sees more
than 3 connections from PgBouncer.
"""

import asyncio
import json
import re
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx
import pytest
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate
from watchfloor.worker.handlers import HANDLERS

from tests.integration.worker_probe import start_at_horizon
from tests.live_server import LiveServer
from tests.pgbouncer import PgBouncer

pytestmark = pytest.mark.slow

POOL_SIZE = 3
ROLE = f"wf_bouncer_{uuid.uuid4().hex[:8]}"


async def _sql(dsn: str, sql: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def _handlers_from_here(dsn: str) -> None:
    """The registered handlers placed at the feed's horizon: the in-process workers follow the
    test's writes, not every change the modules before this one wrote."""
    conn = await asyncpg.connect(dsn)
    try:
        await start_at_horizon(conn, [h.name for h in HANDLERS])
    finally:
        await conn.close()


@pytest.fixture(scope="module")
def bouncer(database_url: str) -> Iterator[PgBouncer]:
    """PgBouncer in front of the session's database, as a superuser role of its own."""
    asyncio.run(_sql(database_url, f"CREATE ROLE {ROLE} LOGIN SUPERUSER"))
    target = urlsplit(database_url)
    as_role = urlunsplit(target._replace(netloc=f"{ROLE}@{target.hostname}:{target.port or 5432}"))
    try:
        with PgBouncer(as_role, pool_size=POOL_SIZE) as pgbouncer:
            yield pgbouncer
    finally:
        asyncio.run(_sql(database_url, f"DROP ROLE IF EXISTS {ROLE}"))


@pytest.fixture(scope="module")
def server(bouncer: PgBouncer, database_url: str) -> Iterator[LiveServer]:
    live = LiveServer(
        bouncer.dsn(),
        "--workers",
        "2",
        WATCHFLOOR_POOLER="pgbouncer",
        WATCHFLOOR_DIRECT_DATABASE_URL=database_url,
        WATCHFLOOR_POOL_MAX="4",
        WATCHFLOOR_STREAM_POOL="2",
        WATCHFLOOR_WORKER_IN_PROCESS="true",
    )
    asyncio.run(_handlers_from_here(database_url))
    # Two worker processes each import the whole app: slow on a loaded machine.
    live.start(timeout=180)
    try:
        yield live
    finally:
        live.__exit__(None, None, None)


async def _watch(database_url: str, stop: asyncio.Event, seen: list[int]) -> None:
    """Count PgBouncer's server connections every few milliseconds until ``stop``."""
    conn = await asyncpg.connect(database_url)
    try:
        while not stop.is_set():
            seen.append(
                await conn.fetchval(
                    "SELECT count(*) FROM pg_stat_activity WHERE usename = $1", ROLE
                )
            )
            await asyncio.sleep(0.02)
    finally:
        await conn.close()


def _ndjson(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


async def _writes(http: httpx.AsyncClient, dataset: str, n: int) -> list[str]:
    """Create, read with ETag, change with If-Match (and once with a stale one)."""
    ids = []
    for i in range(n):
        created = await http.post(
            "/v1/actors",
            json={"kind": "organization", "name": f"Bouncer {i}", "dataset": dataset},
            headers={"Idempotency-Key": uuid.uuid4().hex},
        )
        assert created.status_code == 201, created.text
        actor_id = created.json()["id"]
        read = await http.get(f"/v1/actors/{actor_id}")
        assert read.status_code == 200, read.text
        etag = read.headers["etag"]
        assert (
            await http.get(f"/v1/actors/{actor_id}", headers={"If-None-Match": etag})
        ).status_code == 304
        changed = await http.patch(
            f"/v1/actors/{actor_id}", json={"name": f"Bouncer {i}'"}, headers={"If-Match": etag}
        )
        assert changed.status_code == 200, changed.text
        stale = await http.patch(
            f"/v1/actors/{actor_id}", json={"name": "late"}, headers={"If-Match": etag}
        )
        assert stale.status_code == 412, stale.text
        ids.append(actor_id)
    return ids


async def _pages(http: httpx.AsyncClient, path: str, params: dict[str, str]) -> list[str]:
    """Every id of a list, two at a time, following ``next_cursor``."""
    ids: list[str] = []
    cursor: str | None = None
    while True:
        query = {**params, "limit": "2", **({"cursor": cursor} if cursor else {})}
        page = await http.get(path, params=query)
        assert page.status_code == 200, page.text
        body = page.json()
        ids += [row["id"] for row in body["data"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return ids


async def _import(http: httpx.AsyncClient, dataset: str, n: int) -> dict[str, Any]:
    rows: list[dict[str, Any]] = [
        {"resource": "source", "external_id": "b:src", "title": "Feed", "publisher": "KCNA",
         "reliability": "C"},
        {"resource": "actor", "external_id": "b:spk", "kind": "state", "name": "Speaker"},
        *({"resource": "statement", "external_id": f"b:st{i}", "speaker_id": "@b:spk",
           "text": f"Sanctions statement {i}", "said_on": "2024-06-19",
           "citations": [{"source_id": "@b:src", "credibility": 2}]} for i in range(n)),
    ]  # fmt: skip
    response = await http.post(
        "/v1/import",
        params={"dataset": dataset},
        content=_ndjson(rows),
        headers={"content-type": "application/x-ndjson"},
    )
    assert response.status_code == 200, response.text
    report: dict[str, Any] = response.json()
    return report


async def _exports(http: httpx.AsyncClient, dataset: str, times: int) -> list[int]:
    """Export the dataset's actors ``times`` over, each a stream in one snapshot."""
    counts = []
    for _ in range(times):
        async with http.stream(
            "GET", "/v1/export", params={"resource": "actor", "dataset": dataset}
        ) as response:
            assert response.status_code == 200
            lines = [line async for line in response.aiter_lines() if line]
            counts.append(len(lines))
    return counts


async def _fresh(base: str, path: str, headers: dict[str, str]) -> int:
    """One request on a connection of its own (so either server process may answer it)."""
    async with httpx.AsyncClient(base_url=base) as http:
        return (await http.get(path, headers=headers)).status_code


@pytest.fixture
async def auth(db: asyncpg.Connection) -> AsyncIterator[tuple[str, str]]:
    dataset = f"b-{uuid.uuid4().hex[:10]}"
    await db.execute(
        "INSERT INTO datasets (name, kind, description) VALUES ($1, 'sandbox', 'pgbouncer')",
        dataset,
    )
    request = ApiKeyCreate(
        name="bouncer", scopes=["read", "write", "admin"], datasets=[dataset], rate_limit=1_000_000
    )
    key = await KeyService().create(db, request)
    yield key.secret, dataset


async def test_many_workers_share_few_connections_through_pgbouncer(
    server: LiveServer, db: asyncpg.Connection, auth: tuple[str, str], database_url: str
) -> None:
    secret, dataset = auth
    headers = {"Authorization": f"Bearer {secret}"}
    # LISTEN goes to the database directly, one connection for each server process.
    deadline = time.monotonic() + 15
    while True:
        listeners = await db.fetch(
            "SELECT usename FROM pg_stat_activity WHERE application_name = 'watchfloor-keys' "
            "AND datname = current_database()"
        )
        if len(listeners) >= 2 or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.05)
    assert len(listeners) >= 2 and all(r["usename"] != ROLE for r in listeners)
    started = await db.fetchval("SELECT now()")

    stop, seen = asyncio.Event(), list[int]()
    watching = asyncio.create_task(_watch(database_url, stop, seen))
    limits = httpx.Limits(max_connections=12)
    async with httpx.AsyncClient(
        base_url=server.base, headers=headers, limits=limits, timeout=30
    ) as http:
        first = await http.get("/v1/actors", params={"dataset": dataset, "limit": "1"})
        sync_cursor = first.json()["sync_cursor"]
        writers = asyncio.gather(*(_writes(http, dataset, 4) for _ in range(4)))
        written, report, _ = await asyncio.gather(
            writers, _import(http, dataset, 30), _exports(http, dataset, 3)
        )
        created = [i for ids in written for i in ids]
        assert report["created"] == 32 and report["rejected"] == 0, report
        # Lists paged with cursors (statements' search plans each query afresh), in parallel.
        actors, statements, searched = await asyncio.gather(
            _pages(http, "/v1/actors", {"dataset": dataset}),
            _pages(http, "/v1/statements", {"dataset": dataset}),
            _pages(http, "/v1/statements", {"dataset": dataset, "q": "sanctions"}),
        )
        assert set(created) <= set(actors) and len(actors) == len(created) + 1
        assert len(statements) == 30 and sorted(searched) == sorted(statements)
        assert (await _exports(http, dataset, 1)) == [len(actors)]
        # The change feed, from the cursor taken before any of it, holds every write.
        changed: list[dict[str, Any]] = []
        after = sync_cursor
        deadline = time.monotonic() + 30
        while len({c["id"] for c in changed if c["resource"] == "actor"}) < len(actors):
            assert time.monotonic() < deadline, "the feed did not bring every write in 30 s"
            feed = await http.get("/v1/changes", params={"dataset": dataset, "after": after})
            assert feed.status_code == 200, feed.text
            changed += feed.json()["data"]
            after = feed.json()["next_cursor"] or after
            await asyncio.sleep(0.1)

        # A key revoked through either process is refused by both within a second.
        reader = await http.post(
            "/v1/admin/keys",
            json={"name": "reader", "scopes": ["read"], "datasets": [dataset]},
            headers={"Idempotency-Key": uuid.uuid4().hex},
        )
        assert reader.status_code == 201, reader.text
        reader_auth = {"Authorization": f"Bearer {reader.json()['secret']}"}
        path = f"/v1/actors?dataset={dataset}&limit=1"
        before = await asyncio.gather(*(_fresh(server.base, path, reader_auth) for _ in range(12)))
        assert set(before) == {200}
        revoked = await http.delete(f"/v1/admin/keys/{reader.json()['key']['id']}")
        assert revoked.status_code == 200, revoked.text
        await asyncio.sleep(1.0)
        after_revoke = await asyncio.gather(
            *(_fresh(server.base, path, reader_auth) for _ in range(12))
        )
        assert set(after_revoke) == {401}

        # Pool use on /metrics (one process's: its size is that process's own).
        scrape = (await http.get("/metrics")).text
        assert re.search(r"^watchfloor_pool_size 4\.0$", scrape, re.MULTILINE), scrape[-2000:]
        assert re.search(r"^watchfloor_pool_waiting 0\.0$", scrape, re.MULTILINE)

    # The worker's handlers (in both processes, through PgBouncer) followed the feed past it.
    last = await db.fetchrow(
        "SELECT xid::text::bigint AS xid, seq FROM changes WHERE dataset = $1 "
        "ORDER BY xid DESC, seq DESC LIMIT 1",
        dataset,
    )
    assert last is not None
    names = [h.name for h in HANDLERS]
    deadline = time.monotonic() + 30
    while True:
        behind = await db.fetchval(
            "SELECT count(*) FROM unnest($1::text[]) AS h (name) LEFT JOIN worker_positions p "
            "ON p.handler = h.name WHERE p.handler IS NULL OR p.updated_at < $4 "
            "OR (p.xid::text::bigint, p.seq) < ($2, $3)",
            names,
            last["xid"],
            last["seq"],
            started,
        )
        if behind == 0:
            break
        assert time.monotonic() < deadline, f"{behind} handler(s) did not pass the writes in 30 s"
        await asyncio.sleep(0.2)
    stop.set()
    await watching
    assert seen and 1 <= max(seen) <= POOL_SIZE, seen
    assert "Traceback" not in server.log(), server.log()[-3000:]
