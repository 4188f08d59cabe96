"""A worker killed mid-stream and restarted ends with exactly the figures and alerts of an
uninterrupted run.

The stream is the knowledge base's (the shipped DPRK missile and nuclear series, seven computed
indicators, four warning problems with threshold, anomaly and composite rules) in two parts:

1. into a template database of the test's own: the curated files, the nuclear series and the
   launches before 2017; the worker runs over them to the end (vintage 2017-01-15);
2. then, into the same template: the launches from 2017 on, one 2016 launch retracted and one
   moved to another month (late corrections).

The template is copied twice (``CREATE DATABASE … TEMPLATE``: the same records, ids and feed).
In copy A the worker runs part 2 uninterrupted; in copy B it is SIGKILLed three times
mid-stream and restarted each time. Both are the real worker loop (``Worker.run`` with the
registered handlers, their clocks fixed at 2026-12-01) in a process of its own, run from this
module (``python -m tests.integration.test_warning_restart DSN``), with a small page so it
takes many steps. Then every computed figure (indicator, period, value, vintage, version and
every earlier version) must be the same in A and B, and so must every alert (problem and rule,
opened, closed, level, withdrawn, steps with their evidence), every version of it: an alert's
evaluation is a function of the data alone (its evidence is the facts counted, never the
figures the other handler writes), so when each step ran cannot change what was written.
Records the worker created get ids of their own in each copy, so they are compared by what
identifies them: a figure by (indicator, period, vintage), an alert by (problem, rule, opened).

Both copies and the template are dropped at the end (with them the handlers' positions, which
would otherwise hold the feed's retention).
"""

import asyncio
import itertools
import json
import os
import signal
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.context import Context
from watchfloor.imports.service import import_ndjson
from watchfloor.knowledge import curated_files, dataset_files
from watchfloor.migrate import apply_migrations
from watchfloor.persistence.db import FairPool, connect, create_pool
from watchfloor.warning.handler import WarningRules
from watchfloor.worker.positions import lag
from watchfloor.worker.runner import Handler, Worker

ROOT = Path(__file__).resolve().parents[2]
DATASET = "live"
SPLIT = "2017-01-01"
"""Launches before this day are part 1 of the stream, the rest part 2."""
FIRST = datetime(2017, 1, 15, tzinfo=UTC)
"""The worker's clock (and vintage day) over part 1."""
NOW = datetime(2026, 12, 1, tzinfo=UTC)
"""The worker's clock (and vintage day) over part 2, in both copies."""
PAGE = 7
"""Changes per step: small, so part 2 takes many steps and a kill lands between two."""
KILLS = 3
NAMES = ("computed-indicators", "warning")


def _handlers(now: datetime) -> list[Handler]:
    return [ComputedIndicators(today=now.date), WarningRules(clock=lambda: now, batch=2)]


async def _serve(dsn: str) -> None:
    """The worker process: the registered handlers with their clocks at :data:`NOW`."""
    pool = await create_pool(dsn, min_size=1, max_size=2)
    worker = Worker(_handlers(NOW), page_size=PAGE, idle_seconds=0.05)
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, worker.stopping.set)
    try:
        await worker.run(FairPool(pool, 2))
    finally:
        await pool.close()


# --- the stream ---------------------------------------------------------------------------


def _missile_lines() -> tuple[list[str], list[str]]:
    """The missile series split at :data:`SPLIT`: (everything before, the launches after)."""
    (missiles,) = [f for f in dataset_files() if f.name.startswith("nagix")]
    before: list[str] = []
    after: list[str] = []
    for line in missiles.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        late = row["resource"] == "event" and row["occurred"]["start"] >= SPLIT
        (after if late else before).append(line)
    return before, after


def _corrections(before: list[str]) -> list[str]:
    """A 2016 launch retracted, another moved to the month before (a corrected date)."""
    events = [json.loads(x) for x in before if '"resource": "event"' in x]
    launches = [e for e in events if e["occurred"]["start"].startswith("2016-")]
    retracted, moved = dict(launches[3]), dict(launches[-2])
    retracted.update(
        on_existing="replace",
        status="retracted",
        status_reason="A sensor artefact, not a launch (test correction).",
    )
    start = date.fromisoformat(moved["occurred"]["start"])
    earlier = start.replace(month=start.month - 1 or 12, day=1).isoformat()
    moved.update(on_existing="replace", occurred={"start": earlier, "precision": "day"})
    return [json.dumps(retracted), json.dumps(moved)]


async def _import(conn: asyncpg.Connection, lines: list[str]) -> None:
    report = await import_ndjson(Context.unrestricted(conn), iter(x + "\n" for x in lines), DATASET)
    assert report.rejected == 0, report


async def _part_one(conn: asyncpg.Connection) -> list[str]:
    """Part 1 imported and worked through; returns the lines of part 2."""
    ctx = Context.unrestricted(conn)
    for file in curated_files():
        with file.open("r", encoding="utf-8") as lines:
            report = await import_ndjson(ctx, lines, DATASET)
            assert report.rejected == 0, (file.name, report)
    before, after = _missile_lines()
    await _import(conn, before)
    for file in dataset_files():
        if not file.name.startswith("nagix"):
            await _import(conn, file.read_text(encoding="utf-8").splitlines())
    await _settled(conn)
    await Worker(_handlers(FIRST), page_size=100).catch_up(conn)
    return after + _corrections(before)


# --- databases ----------------------------------------------------------------------------


def _with_database(dsn: str, name: str) -> str:
    return urlunsplit(urlsplit(dsn)._replace(path="/" + name))


async def _admin(server_dsn: str, sql: str) -> None:
    conn = await asyncpg.connect(server_dsn)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture
def copies(server_dsn: str) -> Iterator[tuple[str, str]]:
    """Two databases holding the same stream, the worker through part 1, ready for part 2."""
    base = f"wf_restart_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    names = [f"{base}_t", f"{base}_a", f"{base}_b"]

    async def build() -> None:
        await _admin(server_dsn, f'CREATE DATABASE "{names[0]}"')
        conn = await connect(_with_database(server_dsn, names[0]))
        try:
            await apply_migrations(conn, ROOT / "migrations")
            await _import(conn, await _part_one(conn))
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


async def _settled(conn: asyncpg.Connection) -> None:
    """The feed's horizon is past every change of this database."""
    for _ in range(600):
        if await conn.fetchval(
            "SELECT coalesce(max(xid::text::bigint), 0) < "
            "pg_snapshot_xmin(pg_current_snapshot())::text::bigint FROM changes"
        ):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the feed's horizon did not pass the changes in 30 s")


async def _remaining(conn: asyncpg.Connection) -> int:
    """Changes the handlers have not handled, plus problems due by :data:`NOW`."""
    behind = sum(r.behind for r in await lag(conn, NAMES))
    due = await conn.fetchval("SELECT count(*) FROM warning_due WHERE due_at <= $1", NOW)
    return int(behind + due)


async def _processed(conn: asyncpg.Connection) -> int:
    return int(await conn.fetchval("SELECT coalesce(sum(processed), 0) FROM worker_positions"))


async def _start(dsn: str) -> asyncio.subprocess.Process:
    command = [sys.executable, "-m", "tests.integration.test_warning_restart", dsn]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return await asyncio.create_subprocess_exec(*command, cwd=ROOT, env=env)


async def _stop(process: asyncio.subprocess.Process, sig: int) -> None:
    try:
        process.send_signal(sig)
        await asyncio.wait_for(process.wait(), 30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def _to_the_end(conn: asyncpg.Connection, dsn: str) -> None:
    """Run the worker process until it has nothing left (steady for a second), then stop it."""
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
    # Nothing was left for it: a catch-up in this process handles nothing.
    await _settled(conn)
    steps = await Worker(_handlers(NOW), page_size=PAGE).catch_up(conn)
    assert sum(s.handled for s in steps) == 0


async def _killed_mid_stream(conn: asyncpg.Connection, dsn: str) -> list[int]:
    """Start the worker, SIGKILL it once it has made some progress; returns what was left."""
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


# --- what the runs wrote ------------------------------------------------------------------

_FIGURES = """
SELECT o.id, o.indicator_id, o.period_start, o.period_end, o.vintage, o.value, o.computed,
       o.version, o.deleted_at IS NOT NULL AS deleted
FROM {table} o WHERE o.computed
"""
_ALERTS = """
SELECT a.id, a.problem_id, a.rule_key, a.level, a.opened_at, a.closed_at, a.withdrawn,
       a.rationale, a.indicator_ids, a.actor_ids, a.steps, a.version,
       a.deleted_at IS NOT NULL AS deleted
FROM {table} a
"""


async def _written(conn: asyncpg.Connection) -> dict[str, Any]:
    """The figures and alerts, every version of each, keyed independently of worker ids."""
    figures = [*await conn.fetch(_FIGURES.format(table="observations")),
               *await conn.fetch(_FIGURES.format(table="observations_history"))]  # fmt: skip
    # A figure is (indicator, period, vintage): its id differs between the two copies.
    key = {
        r["id"]: (r["indicator_id"], r["period_start"], r["period_end"], r["vintage"])
        for r in figures
    }
    by_figure: dict[Any, list[tuple[Any, ...]]] = {}
    for r in figures:
        by_figure.setdefault(key[r["id"]], []).append((r["version"], r["value"], r["deleted"]))

    def plain(value: Any) -> Any:
        """Alert steps with each observation id replaced by the figure it is."""
        if isinstance(value, dict):
            return {
                k: (
                    [str(key.get(i, i)) for i in v]
                    if k == "observations"
                    else plain(v)
                )
                for k, v in value.items()
            }  # fmt: skip
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    alerts = [*await conn.fetch(_ALERTS.format(table="alerts")),
              *await conn.fetch(_ALERTS.format(table="alerts_history"))]  # fmt: skip
    # An alert is one episode of one rule: (problem, rule, first opened). Its opened_at may
    # move between versions, so the episode is named by its first version's.
    first = {
        r["id"]: (r["problem_id"], r["rule_key"], r["opened_at"])
        for r in sorted(alerts, key=lambda r: -r["version"])
    }
    by_alert: dict[Any, list[tuple[Any, ...]]] = {}
    for r in alerts:
        steps = r["steps"] if isinstance(r["steps"], list) else json.loads(r["steps"])
        by_alert.setdefault(first[r["id"]], []).append(
            (r["version"], r["level"], r["opened_at"], r["closed_at"], r["withdrawn"],
             r["rationale"], list(r["indicator_ids"]), list(r["actor_ids"]), plain(steps),
             r["deleted"])
        )  # fmt: skip
    return {
        "figures": {k: sorted(v) for k, v in by_figure.items()},
        "alerts": {k: sorted(v) for k, v in by_alert.items()},
    }


# --- the test -----------------------------------------------------------------------------


async def _run(
    uninterrupted: str, killed: str
) -> tuple[dict[str, Any], dict[str, Any], list[int], int]:
    a, b = await connect(uninterrupted), await connect(killed)
    try:
        await _settled(a)
        before = await _written(a)
        await _to_the_end(a, uninterrupted)
        left = await _killed_mid_stream(b, killed)
        await _to_the_end(b, killed)
        return await _written(a), await _written(b), left, len(before["alerts"])
    finally:
        await a.close()
        await b.close()


def test_a_worker_killed_mid_stream_ends_with_the_figures_and_alerts_of_an_uninterrupted_run(
    copies: tuple[str, str],
) -> None:
    uninterrupted, killed, left, alerts_before = asyncio.run(_run(*copies))

    # Each kill landed mid-stream: work was left for the next process.
    assert all(n > 0 for n in left), left
    # The stream is not vacuous: part 2 wrote new vintages and moved, opened and closed alerts.
    figures = uninterrupted["figures"]
    assert sum(1 for k in figures if k[3] == NOW.date()) > 20
    assert len(uninterrupted["alerts"]) > alerts_before > 0
    assert any(len(versions) > 1 for versions in uninterrupted["alerts"].values())

    # Every figure, every version of it: the same.
    assert killed["figures"] == uninterrupted["figures"]
    # Every alert: the same episodes, each ending in the same version, field for field.
    assert killed["alerts"].keys() == uninterrupted["alerts"].keys()
    for key, versions in uninterrupted["alerts"].items():
        assert killed["alerts"][key][-1][1:] == versions[-1][1:], key
    # And through the same versions: an evaluation is a function of the data alone (its
    # evidence is the facts counted, not the figures the other handler writes), so the
    # killed run wrote exactly the versions of the uninterrupted one.
    assert killed["alerts"] == uninterrupted["alerts"]
    for run in (uninterrupted, killed):
        for key, versions in run["alerts"].items():
            contents = [v[1:] for v in versions]
            assert all(a != b for a, b in itertools.pairwise(contents)), ("no-op version", key)
            assert [v[0] for v in versions] == list(range(1, len(versions) + 1)), key


if __name__ == "__main__":
    asyncio.run(_serve(sys.argv[1]))
