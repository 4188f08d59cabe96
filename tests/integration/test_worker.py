"""The worker follows the change feed: every change handled exactly once, in feed order.

Handlers here are :class:`~tests.integration.worker_probe.Probe` (they record what they are given
in a table, in the step's transaction); the data is written through the API as a user would.
"""

import asyncio
import os
import signal
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import msgspec
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.app import create_app
from watchfloor.cli import main
from watchfloor.context import Context
from watchfloor.persistence.db import connect
from watchfloor.resources.actors.resource import ACTOR
from watchfloor.resources.actors.schemas import ActorCreate
from watchfloor.settings import Settings
from watchfloor.sync.retention import prune_changes
from watchfloor.worker.handlers import HANDLERS
from watchfloor.worker.positions import lag
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.worker_probe import SEEN, Probe, settled, start_at_horizon

Client = AsyncTestClient[Litestar]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def seen(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    await db.execute(SEEN)
    yield db
    # A position holds the feed's retention back: the probes' must not outlive their test.
    await db.execute("DELETE FROM worker_positions WHERE handler LIKE 'probe-%'")


@pytest.fixture
async def registered(db: asyncpg.Connection) -> AsyncIterator[None]:
    """For tests that run the registered handlers: their positions go with the test, so they
    do not hold the feed's retention for the tests after it."""
    yield
    await db.execute(
        "DELETE FROM worker_positions WHERE handler = ANY($1::text[])", [h.name for h in HANDLERS]
    )


def _name() -> str:
    return f"probe-{uuid.uuid4().hex[:10]}"


async def _from_here(database_url: str, handlers: list[str]) -> None:
    conn = await connect(database_url)
    try:
        await start_at_horizon(conn, handlers)
    finally:
        await conn.close()


async def _probe(db: asyncpg.Connection) -> str:
    """A new probe's name, the probe placed at the feed's horizon (before the test writes)."""
    name = _name()
    await start_at_horizon(db, [name])
    return name


async def _handled(db: asyncpg.Connection, handler: str, dataset: str) -> list[tuple[str, int]]:
    rows = await db.fetch(
        "SELECT record_id, version FROM worker_seen WHERE handler = $1 AND dataset = $2 "
        "ORDER BY xid, seq",
        handler,
        dataset,
    )
    return [(r["record_id"], r["version"]) for r in rows]


async def _feed(db: asyncpg.Connection, dataset: str) -> list[tuple[str, int]]:
    rows = await db.fetch(
        "SELECT record_id, version FROM changes WHERE dataset = $1 ORDER BY xid, seq", dataset
    )
    return [(r["record_id"], r["version"]) for r in rows]


async def _write(client: Client, dataset: str, n: int) -> list[str]:
    ids = [await factories.actor(client, dataset, f"Actor {i}") for i in range(n)]
    patched = await client.patch(f"/v1/actors/{ids[0]}", json={"description": "changed"})
    assert patched.status_code == 200, patched.text
    return ids


async def test_every_change_is_handled_once_in_feed_order(
    client: Client, seen: asyncpg.Connection, dataset: str
) -> None:
    name = await _probe(seen)
    ids = await _write(client, dataset, 5)
    worker = Worker([Probe(name, frozenset({"actor"}))], page_size=4)
    await settled(seen, dataset)

    await worker.catch_up(seen)

    handled = await _handled(seen, name, dataset)
    assert handled == await _feed(seen, dataset)
    assert handled == [(i, 1) for i in ids] + [(ids[0], 2)]
    await worker.catch_up(seen)
    assert await _handled(seen, name, dataset) == handled, "a second run handles nothing again"


async def test_a_handler_sees_only_its_resources_and_moves_past_the_rest(
    client: Client, seen: asyncpg.Connection, dataset: str
) -> None:
    name = await _probe(seen)
    await factories.source(client, dataset)
    actor = await factories.actor(client, dataset, "Only me")
    worker = Worker([Probe(name, frozenset({"actor"}))])
    await settled(seen, dataset)

    await worker.catch_up(seen)

    assert await _handled(seen, name, dataset) == [(actor, 1)]
    [mine] = [row for row in await lag(seen) if row.handler == name]
    assert mine.behind == 0


async def test_a_failed_step_rolls_back_whole_and_is_run_again(
    client: Client, seen: asyncpg.Connection, dataset: str
) -> None:
    name = await _probe(seen)
    ids = await _write(client, dataset, 3)
    probe = Probe(name, frozenset({"actor"}), fail_times=1)
    worker = Worker([probe])
    await settled(seen, dataset)

    with pytest.raises(RuntimeError):
        await worker.catch_up(seen)
    assert await _handled(seen, name, dataset) == [], "what the failed step wrote is gone"

    await worker.catch_up(seen)
    assert await _handled(seen, name, dataset) == [(i, 1) for i in ids] + [(ids[0], 2)]


async def test_a_late_commit_is_never_skipped(
    client: Client, seen: asyncpg.Connection, database_url: str, dataset: str
) -> None:
    name = await _probe(seen)
    worker = Worker([Probe(name, frozenset({"actor"}))])
    await worker.catch_up(seen)
    slow = await connect(database_url)
    try:
        transaction = slow.transaction()
        await transaction.start()
        early = await ACTOR.create(
            Context.unrestricted(slow), ActorCreate(kind="state", name="Slow", dataset=dataset)
        )
        quick = await factories.actor(client, dataset, "Quick")

        await worker.catch_up(seen)
        assert await _handled(seen, name, dataset) == [], "nothing past a running writer"

        await transaction.commit()
    finally:
        await slow.close()
    await settled(seen, dataset)
    await worker.catch_up(seen)
    assert await _handled(seen, name, dataset) == [(early["id"], 1), (quick, 1)]


async def test_two_workers_on_one_handler_never_handle_a_change_twice(
    client: Client, seen: asyncpg.Connection, database_url: str, dataset: str
) -> None:
    name = await _probe(seen)
    conns = [await connect(database_url) for _ in range(2)]
    try:
        workers = [Worker([Probe(name, frozenset({"actor"}))], page_size=2) for _ in conns]
        for _ in range(3):
            await _write(client, dataset, 3)
            await asyncio.gather(*(w.catch_up(c) for w, c in zip(workers, conns, strict=True)))
        await settled(seen, dataset)
        await workers[0].catch_up(conns[0])
    finally:
        for conn in conns:
            await conn.close()
    handled = await _handled(seen, name, dataset)
    assert handled == await _feed(seen, dataset)
    assert len(handled) == len(set(handled)) == 12


async def test_a_killed_worker_resumes_where_it_stopped(
    client: Client, seen: asyncpg.Connection, database_url: str, dataset: str
) -> None:
    """kill -9 mid-stream, restart: the same changes, each once, as an uninterrupted run."""
    await _write(client, dataset, 20)
    name = _name()
    # Start just before this test's changes, so the killed run is busy with them at once.
    await seen.execute(
        "INSERT INTO worker_positions (handler, xid, seq) SELECT $1, xid, seq - 1 FROM changes "
        "WHERE dataset = $2 ORDER BY xid, seq LIMIT 1",
        name,
        dataset,
    )
    probe = [sys.executable, "-m", "tests.integration.worker_probe", database_url, name]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = await asyncio.create_subprocess_exec(*probe, cwd=ROOT, env=env)
    try:
        for _ in range(600):
            await asyncio.sleep(0.05)
            if await seen.fetchval(
                "SELECT count(*) FROM worker_seen WHERE handler = $1 AND dataset = $2",
                name,
                dataset,
            ):
                break
        process.send_signal(signal.SIGKILL)
        await asyncio.wait_for(process.wait(), 10)
    finally:
        if process.returncode is None:
            process.kill()
    partial = await _handled(seen, name, dataset)
    feed = await _feed(seen, dataset)
    assert 0 < len(partial) < len(feed), "the kill landed mid-stream"

    await settled(seen, dataset)
    await Worker([Probe(name)], page_size=3).catch_up(seen)

    assert await _handled(seen, name, dataset) == feed


async def test_the_feed_is_not_pruned_past_a_handler(
    client: Client, seen: asyncpg.Connection, dataset: str
) -> None:
    await _write(client, dataset, 2)
    before = await _feed(seen, dataset)
    await seen.execute(
        "INSERT INTO worker_positions (handler, xid, seq) VALUES ('retention-probe', '0', 0)"
    )
    try:
        result = await prune_changes(seen, 0)
    finally:
        await seen.execute("DELETE FROM worker_positions WHERE handler = 'retention-probe'")
    assert result.deleted == 0
    assert await _feed(seen, dataset) == before


def test_the_worker_command_catches_up_and_reports_its_handlers(
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    registered: None,
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    asyncio.run(_from_here(database_url, [h.name for h in HANDLERS]))

    assert main(["worker", "--once"]) == 0
    assert main(["worker", "status"]) == 0

    printed = capsys.readouterr().out
    assert f"for {len(HANDLERS)} handler(s)" in printed


async def test_serve_runs_the_worker_in_process_and_stops_it(
    settings: Settings, registered: None
) -> None:
    app = create_app(msgspec.structs.replace(settings, worker_in_process=True))
    async with AsyncTestClient(app) as client:
        assert (await client.get("/healthz")).status_code == 200
        assert not app.state.worker_task.done()
    assert app.state.worker_task.done() and app.state.worker_task.exception() is None


def test_a_forgotten_handler_no_longer_holds_the_feed(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)

    assert main(["worker", "forget", "no-such-handler"]) == 1
    assert "no position" in capsys.readouterr().err
