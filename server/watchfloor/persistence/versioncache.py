"""The current version of records this process has read, for ``If-None-Match`` without a query.

A conditional ``GET /v1/<resource>/{id}`` (no ``as_of``, no ``known_by``) whose ``If-None-Match``
names the version remembered here is answered 304 without a database round trip: the caller's
copy is current. The remembered version is what a read in this process last saw; it is forgotten
when the record may have changed:

* every version change (the ``wf_version_row`` trigger: updates, retractions, deletions) and every
  ``DELETE`` or ``TRUNCATE`` of a versioned table notifies ``watchfloor_versions`` with the
  table's name from the changing transaction, so the notification arrives when the change
  commits, and every process forgets that table's versions (migration 0092);
* a write answered by this process forgets every version before its answer starts, so a caller
  reads its own writes at once on the worker that took them;
* the cache is used only while the ``LISTEN`` connection it shares with the key cache
  (:mod:`watchfloor.access.keycache`) is up; when it drops, everything is forgotten and every
  conditional read asks the database until it is back;
* a read that started before a notification (or before the listener came back) is not
  remembered when it ends (the same generation rule as the key cache).

Another worker's write is therefore seen by a 304 within the time a notification takes to
arrive (milliseconds), as a revoked key is; ``docs/operations.md`` says so. Only versions read on
the primary are remembered: with read replicas the cache is off (a lagging replica could put
back a version the primary has already replaced).

What is remembered is the version and the record's dataset; the caller's right to see the
dataset is checked on every answer, as the database read checks it.
"""

from collections.abc import Callable, Collection
from typing import Any

__all__ = ("REMEMBERED", "VERSIONS_CHANNEL", "VersionCache", "remembered_read")

VERSIONS_CHANNEL = "watchfloor_versions"
REMEMBERED = "remembered"
"""The route option that marks a ``GET /{id}`` the access middleware may answer from memory."""
MAX_ENTRIES = 100_000
"""Versions remembered per process at most (about 20 MB); past it, all are forgotten."""


def remembered_read(table: str, id_param: str) -> dict[str, Any]:
    """The ``opt`` of a ``GET /{id}`` whose only answer to ``If-None-Match`` (without a query)
    is :func:`watchfloor.http.handlers.read_one`'s: nothing else in its handler decides first.
    The access middleware then answers a remembered version's 304 itself, without a connection
    or the handler (``access/middleware.py``)."""
    return {REMEMBERED: (table, id_param)}


class VersionCache:
    """``(table, id) → (version, dataset)`` for the records this process read, while listening."""

    def __init__(self) -> None:
        self._tables: dict[str, dict[str, tuple[int, str]]] = {}
        self._generations: dict[str, int] = {}
        self._epoch = 0
        self._size = 0
        self.listening = False
        self.hits = 0
        """304s answered from memory by this process (``/metrics``)."""

    def generation(self, table: str) -> tuple[int, int]:
        """Take it before reading ``table``; :meth:`put` compares it."""
        return self._epoch, self._generations.get(table, 0)

    @property
    def size(self) -> int:
        """Versions remembered now."""
        return self._size

    def get(self, table: str, record_id: str) -> tuple[int, str] | None:
        """The remembered ``(version, dataset)`` of a record, or ``None``."""
        if not self.listening:
            return None
        rows = self._tables.get(table)
        return None if rows is None else rows.get(record_id)

    def answers(
        self,
        table: str,
        record_id: str,
        versions: Collection[int] | None,
        may_see: Callable[[str], bool],
    ) -> int | None:
        """The remembered version when it is one of ``versions`` (``None``: ``*``, any) and its
        dataset may be seen: a 304 this process can answer. ``None``: ask the database."""
        known = self.get(table, record_id)
        if known is None or (versions is not None and known[0] not in versions):
            return None
        if not may_see(known[1]):
            return None
        self.hits += 1
        return known[0]

    def put(
        self, table: str, record_id: str, version: int, dataset: str, generation: tuple[int, int]
    ) -> None:
        """Remember what a read that began at ``generation`` saw, unless it may be stale now."""
        if not self.listening or generation != self.generation(table):
            return
        if self._size >= MAX_ENTRIES:
            self.forget_all()
            return
        rows = self._tables.setdefault(table, {})
        if record_id not in rows:
            self._size += 1
        rows[record_id] = (version, dataset)

    def forget(self, table: str) -> None:
        """Forget ``table``'s versions (its ``NOTIFY``)."""
        self._generations[table] = self._generations.get(table, 0) + 1
        rows = self._tables.pop(table, None)
        if rows is not None:
            self._size -= len(rows)

    def forget_all(self) -> None:
        """Forget every version (a write of this process, a lost listener, a full cache)."""
        self._epoch += 1
        self._tables.clear()
        self._size = 0

    def on_notify(self, conn: object, pid: int, channel: str, payload: object) -> None:
        """The ``LISTEN`` callback: the payload names the table whose versions changed."""
        if payload:
            self.forget(str(payload))
        else:
            self.forget_all()

    def start(self) -> None:
        """The listener is up: anything read before now may predate a missed notification."""
        self.forget_all()
        self.listening = True

    def stop(self) -> None:
        """The listener is down: forget everything and bypass the cache until it is back."""
        self.listening = False
        self.forget_all()
