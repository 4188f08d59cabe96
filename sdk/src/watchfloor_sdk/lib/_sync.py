"""``client.sync(store, resources=[...])``: keep a local copy current from the change feed.

One call brings the copy up to date and returns:

1. no saved cursor: **bootstrap** — ``store.reset()``, then export each resource (one snapshot
   each) and hand the records to ``store.apply`` as upserts; the cursor of the first export
   (taken before its snapshot) is saved once every resource is copied, so a copy interrupted
   half-way bootstraps again from the start;
2. follow ``/v1/changes`` from the saved cursor, a page at a time: ``store.apply(page)``, which
   must commit, and only then ``store.save_cursor(next_cursor)``. Killed between the two, the
   next run replays that page, which is harmless because a store applies a version only when it
   is newer than the one it holds;
3. a ``410 cursor-expired`` (the copy fell behind the feed's retention window) bootstraps again.

Rate limits (429 with ``Retry-After``) and transient failures are retried by the client itself.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import msgspec

from watchfloor_sdk._core._exceptions import CursorExpiredError
from watchfloor_sdk.types import ChangeDelete, ChangeUpsert

if TYPE_CHECKING:
    from watchfloor_sdk._client import Client

__all__ = ("SYNC_CURSOR_HEADER", "SyncPage", "SyncResult", "SyncStore", "follow")

SYNC_CURSOR_HEADER = "Watchfloor-Sync-Cursor"

Change = ChangeUpsert | ChangeDelete


@dataclass(frozen=True)
class SyncPage:
    """Changes to apply, in order, in one transaction of the store."""

    changes: list[Change]
    bootstrap: bool
    """True while copying an export: every change is an upsert of a current record."""


class SyncStore(Protocol):
    """Where the copy lives. Every method commits before it returns."""

    def load_cursor(self) -> str | None:
        """The cursor saved last, or ``None`` if there is none (a new or reset copy)."""

    def save_cursor(self, cursor: str) -> None:
        """Remember where to resume."""

    def apply(self, page: SyncPage) -> None:
        """Apply the page and commit: an upsert only if its version is newer than the one
        held (tombstones included), a tombstone as a deletion that remembers its version."""

    def reset(self) -> None:
        """Forget every record and the saved cursor (before a bootstrap)."""


@dataclass(frozen=True)
class SyncResult:
    """What one :func:`follow` did."""

    cursor: str
    """Where the next run resumes (also saved in the store)."""
    pages: int
    changes: int
    bootstrapped: bool


def _chunks(items: list[bytes], size: int) -> Iterator[list[bytes]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _as_upsert(resource: str, record: dict[str, Any]) -> ChangeUpsert:
    return msgspec.convert(
        {
            "op": "upsert",
            "cursor": "",
            "resource": resource,
            "id": record["id"],
            "version": record["version"],
            "dataset": record["dataset"],
            "changed_at": record["updated_at"],
            "object": record,
        },
        ChangeUpsert,
    )


def _bootstrap(
    client: "Client", store: SyncStore, resources: Sequence[str], dataset: str, size: int
) -> str:
    store.reset()
    cursor: str | None = None
    for resource in resources:
        raw = client.export.with_raw_response.export_records(
            resource=resource,  # type: ignore[arg-type]
            dataset=dataset,
        )
        if cursor is None:
            cursor = raw.headers[SYNC_CURSOR_HEADER]
        lines = raw.parse().splitlines()
        for batch in _chunks(lines, size):
            records = [msgspec.json.decode(line) for line in batch]
            store.apply(SyncPage([_as_upsert(resource, r) for r in records], bootstrap=True))
    assert cursor is not None
    store.save_cursor(cursor)
    return cursor


def follow(
    client: "Client",
    store: SyncStore,
    *,
    resources: Sequence[str],
    dataset: str = "live",
    limit: int = 500,
) -> SyncResult:
    """Bring ``store`` up to date with ``resources`` of ``dataset``; see the module docstring."""
    if not resources:
        raise ValueError("name the resources to mirror, e.g. resources=['actor', 'source']")
    bootstrapped = False
    cursor = store.load_cursor()
    if cursor is None:
        cursor, bootstrapped = _bootstrap(client, store, resources, dataset, limit), True
    pages = changes = 0
    while True:
        try:
            page = client.changes.list(
                after=cursor,
                resource=list(resources),  # type: ignore[arg-type]
                dataset=dataset,
                limit=limit,
            )
        except CursorExpiredError:
            if bootstrapped:
                raise  # a cursor made just now cannot have expired; do not loop
            cursor, bootstrapped = _bootstrap(client, store, resources, dataset, limit), True
            continue
        if page.data:
            store.apply(SyncPage(list(page.data), bootstrap=False))
        assert page.next_cursor is not None
        store.save_cursor(page.next_cursor)
        cursor = page.next_cursor
        pages, changes = pages + 1, changes + len(page.data)
        if not page.has_more:
            return SyncResult(
                cursor=cursor, pages=pages, changes=changes, bootstrapped=bootstrapped
            )
