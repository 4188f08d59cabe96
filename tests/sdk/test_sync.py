"""``client.sync()`` and the SQLite mirror example against the real server.

The mirror is killed (SIGKILL) and restarted at random moments while writers change records,
and must end identical to the server: same ids, same versions.
"""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import asyncpg
from watchfloor.registry import RESOURCES
from watchfloor.settings import Settings
from watchfloor.sync.retention import prune_changes
from watchfloor_sdk import Client, NotFoundError
from watchfloor_sdk.lib import SyncPage
from watchfloor_sdk.types import ChangeUpsert

from tests.integration.feed import wait_past, xid_mark

EXAMPLE = Path(__file__).resolve().parents[2] / "sdk" / "examples" / "mirror_sqlite.py"
RESOURCE_NAMES = sorted(RESOURCES)

Held = dict[tuple[str, str], int]


class MemoryStore:
    """The smallest correct store: versions by record, tombstones remembered."""

    def __init__(self) -> None:
        self.records: dict[tuple[str, str], tuple[int, bool]] = {}
        self.cursor: str | None = None
        self.resets = 0

    def load_cursor(self) -> str | None:
        return self.cursor

    def save_cursor(self, cursor: str) -> None:
        self.cursor = cursor

    def apply(self, page: SyncPage) -> None:
        for change in page.changes:
            key = (change.resource, change.id)
            held = self.records.get(key)
            if held is None or change.version > held[0]:
                self.records[key] = (change.version, not isinstance(change, ChangeUpsert))

    def reset(self) -> None:
        self.records.clear()
        self.cursor = None
        self.resets += 1

    def live(self) -> Held:
        return {k: v for k, (v, deleted) in self.records.items() if not deleted}


async def _server_state(db: asyncpg.Connection, dataset: str) -> Held:
    found: Held = {}
    for name, resource in RESOURCES.items():
        rows = await db.fetch(
            f"SELECT id, version FROM {resource.table.name} "
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


async def test_sync_bootstraps_follows_and_rebootstraps_after_410(
    sdk: Client, dataset: str, db: asyncpg.Connection, settings: Settings
) -> None:
    rng = random.Random(6)
    _write(sdk, dataset, rng, 12)
    store = MemoryStore()
    first = sdk.sync(store, resources=RESOURCE_NAMES, dataset=dataset, limit=5)
    assert first.bootstrapped and store.resets == 1
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
    await wait_past(db, await xid_mark(db))
    assert (await prune_changes(db, settings.change_retention_days)).deleted > 0
    third = sdk.sync(store, resources=RESOURCE_NAMES, dataset=dataset)
    assert third.bootstrapped and store.resets == 2
    assert store.live() == await _server_state(db, dataset)


def _mirror(
    db_path: Path, base_url: str, key: str, dataset: str, follow: bool
) -> tuple[list[str], dict[str, str]]:
    command = [sys.executable, str(EXAMPLE), str(db_path), "--dataset", dataset]
    command += [arg for name in RESOURCE_NAMES for arg in ("--resource", name)]
    if follow:
        command += ["--follow", "--interval", "0.02"]
    env = {**os.environ, "WATCHFLOOR_BASE_URL": base_url, "WATCHFLOOR_API_KEY": key}
    return command, env


def _mirrored(db_path: Path) -> Held:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT resource, id, version FROM records WHERE deleted = 0")
        return {(r, i): v for r, i, v in rows}


def _listed(client: Client, dataset: str) -> Held:
    """What the server holds, through its lists (the mirror must end equal to this)."""
    found: Held = {
        ("actor", a.id): a.version for a in client.actors.list(dataset=dataset, limit=100)
    }
    found.update(
        {("source", s.id): s.version for s in client.sources.list(dataset=dataset, limit=100)}
    )
    return found


def test_a_mirror_killed_at_random_ends_identical(
    sdk: Client, base_url: str, sdk_key: str, dataset: str, tmp_path: Path
) -> None:
    rng = random.Random(20261129)
    db_path = tmp_path / "mirror.db"
    command, env = _mirror(db_path, base_url, sdk_key, dataset, follow=True)
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
    once, env = _mirror(db_path, base_url, sdk_key, dataset, follow=False)
    expected = _listed(sdk, dataset)
    deadline = time.monotonic() + 60
    while True:
        subprocess.run(once, env=env, check=True, stdout=subprocess.DEVNULL)
        # The feed serves a change once every older transaction on the server has ended.
        if _mirrored(db_path) == expected or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert _mirrored(db_path) == expected
    assert len(expected) > 10
