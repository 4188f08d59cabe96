"""Mirror Watchfloor into a local SQLite file, and keep it current.

    WATCHFLOOR_BASE_URL=http://127.0.0.1:8000 WATCHFLOOR_API_KEY=wf_… \\
        python sdk/examples/mirror_sqlite.py watchfloor.db --resource actor --resource source

Runs once and exits when caught up; ``--follow`` keeps polling. Kill it at any moment and run
it again: it resumes from the last page it committed (a page it applied but had not yet saved
the cursor of is simply applied again, which changes nothing).

The table ``records`` holds one row per record: its newest version, and ``deleted`` for a
tombstone (kept, so an older upsert arriving later cannot bring the record back).
"""

import argparse
import sqlite3
import time
from pathlib import Path

import msgspec
from watchfloor_sdk import Client
from watchfloor_sdk.lib import SyncPage
from watchfloor_sdk.types import ChangeUpsert

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    resource TEXT NOT NULL,
    id       TEXT NOT NULL,
    version  INTEGER NOT NULL,
    deleted  INTEGER NOT NULL,
    dataset  TEXT NOT NULL,
    body     TEXT,
    PRIMARY KEY (resource, id)
);
CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
UPSERT = """
INSERT INTO records (resource, id, version, deleted, dataset, body) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (resource, id) DO UPDATE SET
    version = excluded.version, deleted = excluded.deleted, dataset = excluded.dataset,
    body = excluded.body
WHERE excluded.version > records.version
"""


class SQLiteMirror:
    """A :class:`watchfloor_sdk.lib.SyncStore` on one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.executescript(SCHEMA)

    def load_cursor(self) -> str | None:
        row = self.db.execute("SELECT value FROM sync_state WHERE key = 'cursor'").fetchone()
        return None if row is None else str(row[0])

    def save_cursor(self, cursor: str) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO sync_state VALUES ('cursor', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (cursor,),
            )

    def apply(self, page: SyncPage) -> None:
        with self.db:  # one transaction per page
            for change in page.changes:
                if isinstance(change, ChangeUpsert):
                    deleted, body = 0, msgspec.json.encode(change.object).decode()
                else:
                    deleted, body = 1, None
                row = (change.resource, change.id, change.version, deleted, change.dataset, body)
                self.db.execute(UPSERT, row)

    def reset(self) -> None:
        with self.db:
            self.db.execute("DELETE FROM records")
            self.db.execute("DELETE FROM sync_state")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="the SQLite file (created if missing)")
    parser.add_argument("--resource", action="append", required=True, help="repeat per resource")
    parser.add_argument("--dataset", default="live")
    parser.add_argument("--follow", action="store_true", help="keep polling after catching up")
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between polls")
    args = parser.parse_args()
    mirror = SQLiteMirror(args.path)
    with Client() as client:
        while True:
            result = client.sync(mirror, resources=args.resource, dataset=args.dataset)
            print(
                f"{'bootstrapped, ' if result.bootstrapped else ''}"
                f"{result.changes} change(s) in {result.pages} page(s)",
                flush=True,
            )
            if not args.follow:
                return
            time.sleep(args.interval)


if __name__ == "__main__":
    main()
