"""A signpost worker killed mid-stream and restarted ends with exactly the signpost versions of
an uninterrupted run: no state change lost, none written twice.

The stream, in a template database of the test's own:

1. a source, a speaker, events and statements of the first half of 2024, and fourteen
   signposts over them (events and statements conditions, trailing and fixed windows, some
   with an ``emerging`` threshold); the worker runs over them to the end, its clock at
   :data:`FIRST`;
2. then the second half of 2024's events and statements, three events of the first half
   retracted and one statement moved to another day (late corrections).

The template is copied twice. In copy A the worker (the real loop, ``Worker.run``, in a process
of its own run from this module, its clock at :data:`NOW`, a small page and batch so it takes
many steps) runs part 2 uninterrupted; in copy B it is SIGKILLed three times mid-stream and
restarted each time. Every version of every signpost (status, when it changed, explanation,
value, evidence, retracted, steps) must be the same in A and B: the evaluation is a function of
the data, its marks and versions commit with the position, so when a kill lands cannot change
what was written. The signposts were created in the template: their ids are the same in both.
"""

import asyncio
import itertools
import json
import os
import signal
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from watchfloor.context import Context
from watchfloor.imports.service import import_ndjson
from watchfloor.migrate import apply_migrations
from watchfloor.persistence.db import FairPool, connect, create_pool
from watchfloor.planning.handler import Signposts
from watchfloor.worker.positions import lag
from watchfloor.worker.runner import Worker

from tests.integration.test_warning_restart import _admin, _settled, _stop, _with_database

ROOT = Path(__file__).resolve().parents[2]
DATASET = "live"
FIRST = datetime(2024, 7, 1, tzinfo=UTC)
NOW = datetime(2025, 1, 15, tzinfo=UTC)
PAGE = 3
KILLS = 3
CATEGORIES = ("ASSAULT", "AGREE", "MOBILIZE")


def _handlers(now: datetime) -> list[Signposts]:
    return [Signposts(clock=lambda: now, batch=2)]


async def _serve(dsn: str) -> None:
    pool = await create_pool(dsn, min_size=1, max_size=2)
    worker = Worker(_handlers(NOW), page_size=PAGE, idle_seconds=0.05)
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, worker.stopping.set)
    try:
        await worker.run(FairPool(pool, 2))
    finally:
        await pool.close()


# --- the stream ---------------------------------------------------------------------------


def _event(n: int, day: date) -> dict[str, Any]:
    return {
        "resource": "event", "external_id": f"event-{n}", "title": f"Event {n}",
        "category": CATEGORIES[n % 3], "occurred": {"start": day.isoformat()},
        "citations": [{"source_id": "@src", "credibility": 2}],
    }  # fmt: skip


def _statement(n: int, day: date) -> dict[str, Any]:
    return {
        "resource": "statement", "external_id": f"statement-{n}", "text": f"Warning {n}.",
        "speaker_id": "@prk", "stance": "hostile" if n % 2 else "neutral",
        "said_on": day.isoformat(), "citations": [{"source_id": "@src", "credibility": 2}],
    }  # fmt: skip


def _days(first: date, last: date, every: int) -> list[date]:
    return [first + timedelta(days=d) for d in range(0, (last - first).days + 1, every)]


def _records(first: date, last: date, offset: int) -> list[dict[str, Any]]:
    events = [_event(offset + i, d) for i, d in enumerate(_days(first, last, 3))]
    statements = [_statement(offset + i, d) for i, d in enumerate(_days(first, last, 11))]
    return events + statements


def _signposts() -> list[dict[str, Any]]:
    lines = []
    for n, (category, days) in enumerate(itertools.product(CATEGORIES, (7, 30, 90))):
        lines.append(
            {"resource": "signpost", "external_id": f"signpost-{n}", "name": f"Signpost {n}",
             "condition": {"kind": "events", "window": {"days": days}, "count": days // 7 + 1,
                           "emerging": max(1, days // 14), "filters": {"category": category}}}
        )  # fmt: skip
    for n, (start, end) in enumerate((("2024-03-01", "2024-09-30"), ("2024-08-01", "2024-12-31"))):
        lines.append(
            {"resource": "signpost", "external_id": f"fixed-{n}", "name": f"Fixed {n}",
             "condition": {"kind": "events", "window": {"start": start, "end": end},
                           "count": 30, "emerging": 20, "filters": {"category": "ASSAULT"}}}
        )  # fmt: skip
    for n, days in enumerate((14, 60, 120)):
        lines.append(
            {"resource": "signpost", "external_id": f"said-{n}", "name": f"Said {n}",
             "condition": {"kind": "statements", "window": {"days": days}, "count": 2,
                           "filters": {"speaker": "@prk", "stance": "hostile"}}}
        )  # fmt: skip
    return lines


def _corrections() -> list[dict[str, Any]]:
    retracted = [
        {**_event(n, _days(date(2024, 1, 1), date(2024, 6, 30), 3)[n]), "status": "retracted",
         "status_reason": "Not what it seemed (test correction)."}
        for n in (30, 33, 36)
    ]  # fmt: skip
    moved = {**_statement(9, date(2024, 6, 20))}
    return [*retracted, moved]


async def _import(conn: asyncpg.Connection, lines: list[dict[str, Any]]) -> None:
    text = [json.dumps(line) + "\n" for line in lines]
    report = await import_ndjson(Context.unrestricted(conn), iter(text), DATASET)
    assert report.rejected == 0, report


async def _part_one(conn: asyncpg.Connection) -> None:
    await _import(
        conn,
        [
            {"resource": "source", "external_id": "src", "title": "Wire", "publisher": "Wire",
             "reliability": "C"},
            {"resource": "actor", "external_id": "prk", "kind": "state", "name": "DPRK"},
        ],
    )  # fmt: skip
    # References in a condition's filters are ids, not external ids: put the speaker's in.
    speaker = await conn.fetchval("SELECT id FROM actors WHERE external_id = 'prk'")
    await _import(conn, _records(date(2024, 1, 1), date(2024, 6, 30), 0))
    signposts = json.loads(json.dumps(_signposts()).replace('"@prk"', f'"{speaker}"'))
    await _import(conn, signposts)
    await _settled(conn)
    await Worker(_handlers(FIRST), page_size=100).catch_up(conn)


@pytest.fixture
def copies(server_dsn: str) -> Iterator[tuple[str, str]]:
    """Two databases holding the same stream, the worker through part 1, ready for part 2."""
    base = f"wf_sgp_restart_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    names = [f"{base}_t", f"{base}_a", f"{base}_b"]

    async def build() -> None:
        await _admin(server_dsn, f'CREATE DATABASE "{names[0]}"')
        conn = await connect(_with_database(server_dsn, names[0]))
        try:
            await apply_migrations(conn, ROOT / "migrations")
            await _part_one(conn)
            await _import(conn, _records(date(2024, 7, 1), date(2024, 12, 31), 1000))
            await _import(conn, _corrections())
        finally:
            await conn.close()
        for copy in names[1:]:
            await _admin(server_dsn, f'CREATE DATABASE "{copy}" TEMPLATE "{names[0]}"')

    try:
        asyncio.run(build())
        yield _with_database(server_dsn, names[1]), _with_database(server_dsn, names[2])
    finally:
        for name in names:
            asyncio.run(_admin(server_dsn, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


# --- running the worker process -----------------------------------------------------------


async def _remaining(conn: asyncpg.Connection) -> int:
    """Changes the handler has not handled, plus signposts due by :data:`NOW`."""
    behind = sum(r.behind for r in await lag(conn, ["signposts"]))
    due = await conn.fetchval("SELECT count(*) FROM signpost_due WHERE due_at <= $1", NOW)
    return int(behind + due)


async def _processed(conn: asyncpg.Connection) -> int:
    return int(await conn.fetchval("SELECT coalesce(sum(processed), 0) FROM worker_positions"))


async def _start(dsn: str) -> asyncio.subprocess.Process:
    command = [sys.executable, "-m", "tests.integration.test_signposts_restart", dsn]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return await asyncio.create_subprocess_exec(*command, cwd=ROOT, env=env)


async def _to_the_end(conn: asyncpg.Connection, dsn: str) -> None:
    process = await _start(dsn)
    try:
        quiet = 0
        for _ in range(1200):
            await asyncio.sleep(0.1)
            quiet = quiet + 1 if await _remaining(conn) == 0 else 0
            if quiet >= 10:
                break
        else:
            raise AssertionError("the worker did not finish in 2 minutes")
    finally:
        await _stop(process, signal.SIGTERM)
    await _settled(conn)
    steps = await Worker(_handlers(NOW), page_size=PAGE).catch_up(conn)
    assert sum(s.handled for s in steps) == 0


async def _killed_mid_stream(conn: asyncpg.Connection, dsn: str) -> list[int]:
    left = []
    for kill in range(KILLS):
        before = await _processed(conn)
        process = await _start(dsn)
        try:
            for _ in range(1200):
                await asyncio.sleep(0.02)
                if await _processed(conn) >= before + PAGE * (kill + 1):
                    break
        finally:
            await _stop(process, signal.SIGKILL)
        left.append(await _remaining(conn))
    return left


_VERSIONS = """
SELECT id, version, status, changed_at, explanation, value, evidence, retracted, steps,
       deleted_at IS NOT NULL AS deleted
FROM {table}
"""


async def _written(conn: asyncpg.Connection) -> dict[tuple[str, int], tuple[Any, ...]]:
    rows = [*await conn.fetch(_VERSIONS.format(table="signposts")),
            *await conn.fetch(_VERSIONS.format(table="signposts_history"))]  # fmt: skip
    return {
        (r["id"], r["version"]): (
            r["status"], r["changed_at"], r["explanation"], r["value"],
            json.dumps(r["evidence"], sort_keys=True), json.dumps(r["retracted"], sort_keys=True),
            json.dumps(r["steps"], sort_keys=True), r["deleted"],
        )
        for r in rows
    }  # fmt: skip


async def _run(uninterrupted: str, killed: str) -> tuple[Any, Any, Any, list[int]]:
    a, b = await connect(uninterrupted), await connect(killed)
    try:
        await _settled(a)
        before = await _written(a)
        await _to_the_end(a, uninterrupted)
        left = await _killed_mid_stream(b, killed)
        await _to_the_end(b, killed)
        return before, await _written(a), await _written(b), left
    finally:
        await a.close()
        await b.close()


def test_a_signpost_worker_killed_mid_stream_writes_the_versions_of_an_uninterrupted_run(
    copies: tuple[str, str],
) -> None:
    before, uninterrupted, killed, left = asyncio.run(_run(*copies))

    # Each kill landed mid-stream: work was left for the next process.
    assert all(n > 0 for n in left), left
    # The stream is not vacuous: part 1 lit signposts, part 2 moved every one of them, and the
    # retractions are named in the versions that dropped them.
    assert any(v[0] == "seen" for v in before.values())
    assert len(uninterrupted) > len(before)
    ids = {k[0] for k in uninterrupted}
    newest = {i: max(k[1] for k in before if k[0] == i) for i in ids}
    assert all((i, newest[i] + 1) in uninterrupted for i in ids), "part 2 moved every one"
    assert any('"events": ["evt_' in v[5] for v in uninterrupted.values())
    # Every version of every signpost: the same, none missing, none extra.
    assert killed == uninterrupted
    for i in ids:
        numbers = sorted(k[1] for k in uninterrupted if k[0] == i)
        assert numbers == list(range(1, len(numbers) + 1)), i
        contents = [uninterrupted[(i, n)] for n in numbers]
        assert all(a != b for a, b in itertools.pairwise(contents)), ("a no-op version", i)


if __name__ == "__main__":
    asyncio.run(_serve(sys.argv[1]))
