"""``client.sync()`` and the shipped mirrors (SQLite, PostgreSQL) against the real server.

Every store test runs on both mirrors. The mirror must end identical to the server (same ids,
same versions) after writes, after a resource is added to it, after bootstraps cut at any
point, and after being killed (SIGKILL) at random moments while writers change records.
"""

import asyncio
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import asyncpg
import psycopg
import pytest
from watchfloor.registry import RESOURCES
from watchfloor.settings import Settings
from watchfloor.sync.retention import prune_changes
from watchfloor_sdk import APIConnectionError, AsyncClient, Client, NotFoundError
from watchfloor_sdk.lib import PostgresMirror, SQLiteMirror, SyncPage
from watchfloor_sdk.types import ChangeUpsert

from tests.integration.feed import wait_past, xid_mark
from tests.sdk.proxy import Fault, FaultyProxy

RESOURCE_NAMES = sorted(RESOURCES)

Held = dict[tuple[str, str], int]
Mirror = SQLiteMirror | PostgresMirror


class MemoryStore:
    """The smallest correct store: versions by record, tombstones remembered, a staging copy."""

    def __init__(self) -> None:
        self.records: dict[tuple[str, str], tuple[int, bool]] = {}
        self.staged: dict[tuple[str, str], tuple[int, bool]] = {}
        self.cursors: dict[str, str] = {}
        self.bootstraps = 0

    def load_cursors(self) -> Mapping[str, str]:
        return self.cursors

    def apply(self, page: SyncPage) -> None:
        held = self.staged if page.bootstrap else self.records
        for change in page.changes:
            key = (change.resource, change.id)
            known = held.get(key)
            if known is None or change.version > known[0]:
                held[key] = (change.version, not isinstance(change, ChangeUpsert))
        if page.cursor is not None:
            self.cursors.update(dict.fromkeys(page.resources, page.cursor))

    def begin_bootstrap(self, resources: Sequence[str]) -> None:
        self.staged = {}

    def finish_bootstrap(self, resources: Sequence[str], cursor: str) -> None:
        kept = {k: v for k, v in self.records.items() if k[0] not in resources}
        self.records = kept | self.staged
        self.cursors.update(dict.fromkeys(resources, cursor))
        self.bootstraps += 1

    def versions(self) -> Held:
        return {k: v for k, (v, deleted) in self.records.items() if not deleted}


class AsyncMemoryStore(MemoryStore):
    """The same store with coroutine methods, as an asyncio partner would write it."""

    async def load_cursors(self) -> Mapping[str, str]:  # type: ignore[override]
        return super().load_cursors()

    async def apply(self, page: SyncPage) -> None:  # type: ignore[override]
        super().apply(page)

    async def begin_bootstrap(self, resources: Sequence[str]) -> None:  # type: ignore[override]
        super().begin_bootstrap(resources)

    async def finish_bootstrap(self, resources: Sequence[str], cursor: str) -> None:  # type: ignore[override]
        super().finish_bootstrap(resources, cursor)


@pytest.fixture(params=["sqlite", "postgres"])
def mirror(
    request: pytest.FixtureRequest, tmp_path: Path, mirror_database: str
) -> Iterator[Mirror]:
    """A new, empty mirror of each kind the SDK ships."""
    made: Mirror
    if request.param == "sqlite":
        made = SQLiteMirror(tmp_path / "mirror.db")
    else:
        made = PostgresMirror(mirror_database, schema=f"m_{uuid.uuid4().hex[:10]}")
    yield made
    made.close()


async def _server_state(db: asyncpg.Connection, dataset: str, names: Sequence[str]) -> Held:
    found: Held = {}
    for name in names:
        rows = await db.fetch(
            f"SELECT id, version FROM {RESOURCES[name].table.name} "
            "WHERE dataset = $1 AND deleted_at IS NULL",
            dataset,
        )
        found.update({(name, r["id"]): r["version"] for r in rows})
    return found


def _write(client: Client, dataset: str, rng: random.Random, n: int) -> None:
    made: list[tuple[str, str]] = []
    for i in range(n):
        roll = rng.random()
        if roll < 0.5 or not made:
            if rng.random() < 0.5:
                actor = client.actors.create(kind="organization", name=f"Unit {i}", dataset=dataset)
                made.append(("actor", actor.id))
            else:
                source = client.sources.create(
                    title=f"Report {i}", publisher="KCNA", reliability="C", dataset=dataset
                )
                made.append(("source", source.id))
            continue
        resource, record_id = rng.choice(made)
        try:
            if roll < 0.85:
                if resource == "actor":
                    client.actors.update(record_id, name=f"Unit renamed {i}")
                else:
                    client.sources.update(record_id, title=f"Report revised {i}")
            elif resource == "actor":
                client.actors.delete(record_id)
            else:
                client.sources.delete(record_id)
        except NotFoundError:
            pass  # deleted earlier


async def _settled(db: asyncpg.Connection) -> None:
    """Every write so far is below the feed's horizon (the feed serves it)."""
    await wait_past(db, await xid_mark(db))


async def test_sync_bootstraps_follows_and_rebootstraps_after_410(
    sdk: Client, dataset: str, db: asyncpg.Connection, settings: Settings
) -> None:
    rng = random.Random(6)
    _write(sdk, dataset, rng, 12)
    store = MemoryStore()
    first = sdk.sync(store, resources=RESOURCE_NAMES, dataset=dataset, limit=5)
    assert first.bootstrapped == tuple(RESOURCE_NAMES) and store.bootstraps == 1
    _write(sdk, dataset, rng, 12)
    second = sdk.sync(store, resources=RESOURCE_NAMES, dataset=dataset, limit=5)
    assert not second.bootstrapped
    # The store falls behind the retention window: its cursor answers 410 and it bootstraps.
    await db.execute(
        "UPDATE changes SET changed_at = now() - interval '90 days' WHERE dataset = $1", dataset
    )
    _write(sdk, dataset, rng, 4)
    await db.execute(
        "UPDATE changes SET changed_at = now() - interval '90 days' WHERE dataset = $1", dataset
    )
    # Pruning stops at the oldest running transaction (other sessions' too): wait until the
    # writes above are below it, so the store's cursor really falls out of the window.
    await _settled(db)
    assert (await prune_changes(db, settings.change_retention_days)).deleted > 0
    third = sdk.sync(store, resources=RESOURCE_NAMES, dataset=dataset)
    assert third.bootstrapped == tuple(RESOURCE_NAMES) and store.bootstraps == 2
    assert store.versions() == await _server_state(db, dataset, RESOURCE_NAMES)


async def test_a_resource_added_later_is_mirrored_whole(
    sdk: Client, dataset: str, db: asyncpg.Connection, mirror: Mirror
) -> None:
    rng = random.Random(11)
    _write(sdk, dataset, rng, 40)  # actors and sources, long before the mirror starts
    assert sdk.sync(mirror, resources=["actor"], dataset=dataset).bootstrapped == ("actor",)
    _write(sdk, dataset, rng, 10)
    widened = sdk.sync(mirror, resources=["actor", "source"], dataset=dataset, limit=7)
    assert widened.bootstrapped == ("source",)
    # Both resources now follow one cursor: the actors' (older than the sources' export).
    cursors = mirror.load_cursors()
    assert cursors["actor"] == cursors["source"]
    _write(sdk, dataset, rng, 10)
    await _settled(db)
    sdk.sync(mirror, resources=["actor", "source"], dataset=dataset)
    expected = await _server_state(db, dataset, ["actor", "source"])
    assert len([k for k in expected if k[0] == "source"]) > 5
    assert mirror.versions() == expected


async def test_a_bootstrap_cut_at_any_point_leaves_the_mirror_as_it_was(
    sdk: Client, dataset: str, db: asyncpg.Connection, mirror: Mirror, proxy: FaultyProxy
) -> None:
    rng = random.Random(12)
    _write(sdk, dataset, rng, 30)
    await _settled(db)
    sdk.sync(mirror, resources=["actor", "source"], dataset=dataset)
    before, cursors = mirror.versions(), dict(mirror.load_cursors())
    assert len(before) > 10
    _write(sdk, dataset, rng, 20)
    size = len(sdk.export.export_records(resource="actor", dataset=dataset))
    with Client(base_url=proxy.url, max_retries=0) as client:
        # Each run: the feed answers 410, so both resources bootstrap again; the first export
        # (or the second) is cut after `cut` bytes. The mirror must not change at all.
        for cut, second in [(0, False), (1, False), (size // 2, False), (size - 1, False)] + [
            (n, True) for n in (0, 100)
        ]:
            proxy.fail(Fault.answer(410), *([Fault.cut(10**9)] if second else []), Fault.cut(cut))
            with pytest.raises(APIConnectionError):
                client.sync(mirror, resources=["actor", "source"], dataset=dataset, limit=3)
            assert not proxy.faults
            assert mirror.versions() == before and dict(mirror.load_cursors()) == cursors
        proxy.fail(Fault.answer(410))
        again = client.sync(mirror, resources=["actor", "source"], dataset=dataset, limit=3)
    assert again.bootstrapped == ("actor", "source")
    await _settled(db)
    sdk.sync(mirror, resources=["actor", "source"], dataset=dataset)
    assert mirror.versions() == await _server_state(db, dataset, ["actor", "source"])


async def test_async_sync_with_blocking_and_async_stores(
    async_sdk: AsyncClient, sdk: Client, dataset: str, db: asyncpg.Connection, mirror: Mirror
) -> None:
    _write(sdk, dataset, random.Random(13), 30)
    await _settled(db)
    store = AsyncMemoryStore()
    for each in (mirror, store):
        result = await async_sdk.sync(each, resources=["actor", "source"], dataset=dataset)
        assert result.bootstrapped == ("actor", "source")
    _write(sdk, dataset, random.Random(14), 10)
    await _settled(db)
    for each in (mirror, store):
        assert not (
            await async_sdk.sync(each, resources=["actor", "source"], dataset=dataset)
        ).bootstrapped
    expected = await _server_state(db, dataset, ["actor", "source"])
    assert mirror.versions() == expected and store.versions() == expected


# The shipped examples, as a partner runs them: a process killed at random moments.


def _command(
    kind: str, target: str, base_url: str, key: str, dataset: str, follow: bool
) -> tuple[list[str], dict[str, str]]:
    module = f"watchfloor_sdk.examples.mirror_{kind}"
    command = [sys.executable, "-m", module, target, "--dataset", dataset]
    command += [arg for name in ("actor", "source") for arg in ("--resource", name)]
    if kind == "postgres":
        command += ["--schema", "kills"]
    if follow:
        command += ["--follow", "--interval", "0.02"]
    env = {**os.environ, "WATCHFLOOR_BASE_URL": base_url, "WATCHFLOOR_API_KEY": key}
    return command, env


def _example_target(kind: str, tmp_path: Path, mirror_database: str) -> tuple[str, Mirror]:
    if kind == "sqlite":
        path = tmp_path / "example.db"
        return str(path), SQLiteMirror(path)
    with psycopg.connect(mirror_database, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS kills CASCADE")
    return mirror_database, PostgresMirror(mirror_database, schema="kills")


def _listed(client: Client, dataset: str) -> Held:
    """What the server holds, through its lists (the mirror must end equal to this)."""
    found: Held = {
        ("actor", a.id): a.version for a in client.actors.list(dataset=dataset, limit=100)
    }
    found.update(
        {("source", s.id): s.version for s in client.sources.list(dataset=dataset, limit=100)}
    )
    return found


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_a_mirror_killed_at_random_ends_identical(
    kind: str,
    sdk: Client,
    base_url: str,
    sdk_key: str,
    dataset: str,
    tmp_path: Path,
    mirror_database: str,
) -> None:
    rng = random.Random(20261129)
    target, mirror = _example_target(kind, tmp_path, mirror_database)
    command, env = _command(kind, target, base_url, sdk_key, dataset, follow=True)
    writer = threading.Thread(target=_write, args=(sdk, dataset, random.Random(7), 150))
    writer.start()
    kills = 0
    while writer.is_alive():
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
    writer.join()
    assert kills >= 3
    once, env = _command(kind, target, base_url, sdk_key, dataset, follow=False)
    expected = _listed(sdk, dataset)
    deadline = time.monotonic() + 60
    while True:
        subprocess.run(once, env=env, check=True, stdout=subprocess.DEVNULL)
        # The feed serves a change once every older transaction on the server has ended.
        if mirror.versions() == expected or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert mirror.versions() == expected
    assert len(expected) > 10
    mirror.close()


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
async def test_a_rebootstrap_killed_at_random_keeps_a_whole_mirror(
    kind: str,
    sdk: Client,
    base_url: str,
    sdk_key: str,
    dataset: str,
    db: asyncpg.Connection,
    tmp_path: Path,
    mirror_database: str,
) -> None:
    # Every run re-bootstraps (its cursors are dropped first), and is killed at a random
    # moment: after each kill the records are the earlier copy or the new one, never a part.
    _write(sdk, dataset, random.Random(8), 120)
    await _settled(db)
    target, mirror = _example_target(kind, tmp_path, mirror_database)
    once, env = _command(kind, target, base_url, sdk_key, dataset, follow=False)
    first = await asyncio.create_subprocess_exec(*once, env=env, stdout=subprocess.DEVNULL)
    assert await first.wait() == 0
    before = mirror.versions()
    rng = random.Random(21)
    _write(sdk, dataset, random.Random(9), 60)
    await _settled(db)
    after = await _server_state(db, dataset, ["actor", "source"])
    assert before != after
    for _ in range(8):
        _forget_cursors(mirror)
        proc = await asyncio.create_subprocess_exec(*once, env=env, stdout=subprocess.DEVNULL)
        await asyncio.sleep(rng.uniform(0.2, 0.9))
        if proc.returncode is None:
            proc.send_signal(signal.SIGKILL)
        await proc.wait()
        held = mirror.versions()
        assert held in (before, after)
        before = held
    mirror.close()


def _forget_cursors(mirror: Mirror) -> None:
    if isinstance(mirror, SQLiteMirror):
        with mirror.db:
            mirror.db.execute("DELETE FROM sync_cursors")
    else:
        with mirror.conn.transaction():
            mirror.conn.execute("DELETE FROM kills.sync_cursors")
