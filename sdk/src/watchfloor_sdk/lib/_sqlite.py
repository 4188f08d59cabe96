"""A :class:`~watchfloor_sdk.lib.SyncStore` on one SQLite file (the standard library's sqlite3).

Tables (made if missing):

* ``records`` — one row per record: ``resource``, ``id``, ``version`` (the newest applied),
  ``deleted`` (1 for a tombstone, kept so an older upsert arriving later cannot bring the
  record back), ``dataset`` and ``body`` (the record's JSON, as the API writes it);
* ``records_staging`` — the same, filled by a bootstrap and swapped into ``records`` at its end;
* ``sync_cursors`` — ``resource`` → the feed cursor to resume it from.

Read ``records`` while it syncs: the file is in WAL mode, so readers never wait for the writer
and always see a whole transaction.
"""

import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path

from watchfloor_sdk.lib._rows import rows_of
from watchfloor_sdk.lib._sync import SyncPage

__all__ = ("SQLiteMirror",)

_SCHEMA = [
    f"""CREATE TABLE IF NOT EXISTS {table} (
        resource TEXT NOT NULL,
        id       TEXT NOT NULL,
        version  INTEGER NOT NULL,
        deleted  INTEGER NOT NULL,
        dataset  TEXT NOT NULL,
        body     TEXT,
        PRIMARY KEY (resource, id)
    )"""
    for table in ("records", "records_staging")
] + ["CREATE TABLE IF NOT EXISTS sync_cursors (resource TEXT PRIMARY KEY, cursor TEXT NOT NULL)"]

_UPSERT = """
INSERT INTO {table} (resource, id, version, deleted, dataset, body) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (resource, id) DO UPDATE SET
    version = excluded.version, deleted = excluded.deleted, dataset = excluded.dataset,
    body = excluded.body
WHERE excluded.version > {table}.version
"""
_UPSERT_LIVE = _UPSERT.format(table="records")
_UPSERT_STAGED = _UPSERT.format(table="records_staging")
_SAVE_CURSOR = """
INSERT INTO sync_cursors (resource, cursor) VALUES (?, ?)
ON CONFLICT (resource) DO UPDATE SET cursor = excluded.cursor
"""


class SQLiteMirror:
    """Mirror Watchfloor into the SQLite file at ``path`` (created if missing).

    mirror = SQLiteMirror("watchfloor.db")
    client.sync(mirror, resources=["actor", "event"])
    """

    def __init__(self, path: str | Path, *, timeout: float = 30.0) -> None:
        self.db = sqlite3.connect(path, timeout=timeout)
        self.db.execute("PRAGMA journal_mode = WAL")
        with self.db:
            for statement in _SCHEMA:
                self.db.execute(statement)

    def close(self) -> None:
        """Close the file."""
        self.db.close()

    def load_cursors(self) -> Mapping[str, str]:
        """Each resource the copy covers, with the cursor to resume it from."""
        return dict(self.db.execute("SELECT resource, cursor FROM sync_cursors").fetchall())

    def apply(self, page: SyncPage) -> None:
        """Apply one page (and save its cursor) in one transaction."""
        with self.db:
            self.db.executemany(_UPSERT_STAGED if page.bootstrap else _UPSERT_LIVE, rows_of(page))
            if page.cursor is not None:
                self.db.executemany(_SAVE_CURSOR, [(r, page.cursor) for r in page.resources])

    def begin_bootstrap(self, resources: Sequence[str]) -> None:
        """Empty the staging table."""
        with self.db:
            self.db.execute("DELETE FROM records_staging")

    def finish_bootstrap(self, resources: Sequence[str], cursor: str) -> None:
        """Swap the staged records of ``resources`` in and save their cursor, in one transaction."""
        marks = ", ".join("?" for _ in resources)
        with self.db:
            self.db.execute(f"DELETE FROM records WHERE resource IN ({marks})", tuple(resources))  # noqa: S608 - placeholders only
            self.db.execute(
                "INSERT INTO records SELECT * FROM records_staging "  # noqa: S608 - placeholders only
                f"WHERE resource IN ({marks})",
                tuple(resources),
            )
            self.db.execute("DELETE FROM records_staging")
            self.db.executemany(_SAVE_CURSOR, [(r, cursor) for r in resources])

    def versions(self, resource: str | None = None) -> dict[tuple[str, str], int]:
        """(resource, id) → version of every record held (tombstones left out)."""
        sql = "SELECT resource, id, version FROM records WHERE deleted = 0"
        rows = (
            self.db.execute(sql + " AND resource = ?", (resource,))
            if resource is not None
            else self.db.execute(sql)
        )
        return {(r, i): v for r, i, v in rows}
