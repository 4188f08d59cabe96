"""What authentication and rate limiting cost a read, as ratios against the read itself.

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/auth_cost.py

Creates a scratch database, measures in the same run:

* ``SELECT 1`` (a bare round trip: the reference),
* the read of one actor by id (``Table.get``),
* the statements a ``/v1`` request runs only when its key is not cached yet (the key lookup) or
  its worker holds no rate-limit token (a lease, ``wf_rate_take``) — most requests run neither
  (``docs/operations.md``); here the lookup and a one-token lease back to back,
* the same from 8 connections at once on one key (its bucket row is hot)
  and on 8 keys,
* ``GET /v1/actors/{id}`` end to end through the app in-process,

and prints each as milliseconds and as a multiple of the reference.
"""

import asyncio
import hashlib
import os
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

import asyncpg
from litestar.testing import AsyncTestClient
from watchfloor.access.keys import KeyService
from watchfloor.access.repository import FIND_KEY, RATE_TAKE
from watchfloor.access.schemas import ApiKeyCreate
from watchfloor.app import create_app
from watchfloor.context import Context
from watchfloor.migrate import apply_migrations
from watchfloor.persistence.db import connect
from watchfloor.resources.actors.repository import ACTORS
from watchfloor.settings import Settings

ROUNDS = 2000


async def _access(conn: asyncpg.Connection, digest: str) -> None:
    """A key lookup and a one-token lease: what a request without a cached key sends."""
    await conn.fetchrow(FIND_KEY, digest)
    await conn.fetchrow(RATE_TAKE, "bench:auth", 1e-6, 60.0, 1)


MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


async def _time(n: int, step: Callable[[], Awaitable[object]]) -> float:
    for _ in range(50):
        await step()
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        await step()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


async def _concurrent(dsn: str, hashes: list[str]) -> float:
    conns = [await connect(dsn) for _ in range(8)]
    try:

        async def worker(i: int) -> None:
            for _ in range(ROUNDS // 8):
                await _access(conns[i], hashes[i % len(hashes)])

        start = time.perf_counter()
        await asyncio.gather(*(worker(i) for i in range(8)))
        return (time.perf_counter() - start) * 1000 / ROUNDS
    finally:
        for conn in conns:
            await conn.close()


async def main() -> None:
    server = os.environ["DATABASE_URL"]
    name = f"wf_bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(server)
    await admin.execute(f'CREATE DATABASE "{name}"')
    dsn = server.rsplit("/", 1)[0] + "/" + name
    try:
        conn = await connect(dsn)
        await apply_migrations(conn, MIGRATIONS)
        keys = [
            await KeyService().create(
                conn, ApiKeyCreate(name=f"bench{i}", scopes=["read"], rate_limit=10**9)
            )
            for i in range(8)
        ]
        hashes = [hashlib.sha256(k.secret.encode()).hexdigest() for k in keys]
        actor_id = f"act_{uuid.uuid4().hex}"
        await conn.execute(
            "INSERT INTO actors (id, dataset, kind, name) VALUES ($1, 'live', 'state', 'DPRK')",
            actor_id,
        )
        results = {
            "SELECT 1 (reference)": await _time(ROUNDS, lambda: conn.fetchval("SELECT 1")),
            "read one actor by id": await _time(
                ROUNDS, lambda: ACTORS.get(Context.unrestricted(conn), actor_id)
            ),
            "access statement": await _time(ROUNDS, lambda: _access(conn, hashes[0])),
        }
        await conn.close()
        results["access, 8 connections, one key (wall/request)"] = await _concurrent(
            dsn, hashes[:1]
        )
        results["access, 8 connections, 8 keys (wall/request)"] = await _concurrent(dsn, hashes)
        app = create_app(Settings(database_url=dsn))
        async with AsyncTestClient(app=app) as client:
            client.headers["Authorization"] = f"Bearer {keys[0].secret}"
            results["GET /v1/actors/{id} end to end"] = await _time(
                ROUNDS // 4, lambda: client.get(f"/v1/actors/{actor_id}")
            )
        reference = results["SELECT 1 (reference)"]
        for label, ms in results.items():
            print(f"{label:48s} {ms:7.3f} ms  {ms / reference:5.1f}x")
        share = results["access statement"] / results["GET /v1/actors/{id} end to end"]
        print(f"access statement's share of an authenticated read: {share:.0%}")
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


if __name__ == "__main__":
    asyncio.run(main())
