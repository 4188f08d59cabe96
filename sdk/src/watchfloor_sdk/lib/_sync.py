"""``client.sync(store, resources=[...])``: keep a local copy current from the change feed.

One call brings the copy up to date and returns. The store remembers, per resource, the feed
cursor to resume it from; a resource without one is not in the copy yet.

1. **Bootstrap** what the copy does not cover yet (all of it the first time; only ``event``
   when ``event`` is added to a copy of actors): ``store.begin_bootstrap(resources)`` starts an
   empty staging copy, each resource is exported (one snapshot each, streamed: memory stays
   flat) into it page by page, and ``store.finish_bootstrap(resources, cursor)`` swaps it in
   and saves the cursors **in one transaction**. Killed before the swap, the copy is exactly
   what it was; the next run starts the bootstrap again.
2. **Follow** ``/v1/changes`` from each resource's cursor, a page at a time:
   ``store.apply(page)`` applies the changes and saves ``page.cursor`` for ``page.resources``
   in one transaction. Resources at the same cursor are followed together.
3. A ``410 cursor-expired`` (the copy fell behind the feed's retention window) bootstraps the
   resources at that cursor again, through the staging copy like any bootstrap.

Why the cursors are safe to use: an export's ``Watchfloor-Sync-Cursor`` is taken before its
snapshot, so following from it misses nothing, and a store applies a version only when it is
newer than the one it holds, so a change seen twice changes nothing. That is also why a
resource bootstrapped beside others takes *their* (older) cursor: one feed request serves them
all, and what it replays of the new resource is already in the copy.

Rate limits (429 with ``Retry-After``) and transient failures are retried by the client itself.
"""

import inspect
from collections.abc import AsyncIterator, Awaitable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from watchfloor_sdk._core._exceptions import CursorExpiredError
from watchfloor_sdk.types import ChangeDelete, ChangeUpsert

if TYPE_CHECKING:
    from watchfloor_sdk._client import AsyncClient, Client

__all__ = (
    "SYNC_CURSOR_HEADER",
    "AsyncSyncStore",
    "SyncPage",
    "SyncResult",
    "SyncStore",
    "async_follow",
    "follow",
)

SYNC_CURSOR_HEADER = "Watchfloor-Sync-Cursor"

Change = ChangeUpsert | ChangeDelete
T = TypeVar("T")


@dataclass(frozen=True)
class SyncPage:
    """Changes to apply, in order, in one transaction of the store."""

    changes: list[Change]
    bootstrap: bool
    """True: records of a bootstrap, for the staging copy (every change an upsert)."""
    cursor: str | None = None
    """On a feed page: where ``resources`` resume after it; save it with the changes."""
    resources: tuple[str, ...] = ()
    """On a feed page: the resources ``cursor`` is for."""


class SyncStore(Protocol):
    """Where the copy lives. Every method commits before it returns."""

    def load_cursors(self) -> Mapping[str, str]:
        """Each resource the copy covers, with the cursor to resume it from."""
        ...

    def apply(self, page: SyncPage) -> None:
        """Apply the page: an upsert only if its version is newer than the one held
        (tombstones included), a tombstone as a deletion that remembers its version.
        A bootstrap page goes to the staging copy; a feed page to the copy, with its cursor."""
        ...

    def begin_bootstrap(self, resources: Sequence[str]) -> None:
        """Start an empty staging copy for ``resources`` (dropping one a dead run left)."""
        ...

    def finish_bootstrap(self, resources: Sequence[str], cursor: str) -> None:
        """In one transaction: replace the copy's records of ``resources`` with the staged
        ones, and save ``cursor`` for each of them."""
        ...


class AsyncSyncStore(Protocol):
    """:class:`SyncStore` with coroutine methods, for ``AsyncClient.sync`` (which takes both)."""

    async def load_cursors(self) -> Mapping[str, str]:
        """See :meth:`SyncStore.load_cursors`."""
        ...

    async def apply(self, page: SyncPage) -> None:
        """See :meth:`SyncStore.apply`."""
        ...

    async def begin_bootstrap(self, resources: Sequence[str]) -> None:
        """See :meth:`SyncStore.begin_bootstrap`."""
        ...

    async def finish_bootstrap(self, resources: Sequence[str], cursor: str) -> None:
        """See :meth:`SyncStore.finish_bootstrap`."""
        ...


@dataclass(frozen=True)
class SyncResult:
    """What one run did."""

    cursors: Mapping[str, str]
    """Where the next run resumes each resource (also saved in the store)."""
    pages: int
    """Feed pages applied."""
    changes: int
    """Feed changes applied (bootstrapped records not counted)."""
    bootstrapped: tuple[str, ...] = field(default=())
    """The resources copied afresh (new to the copy, or after a 410); empty if none."""


def _as_upsert(resource: str, record: dict[str, Any]) -> ChangeUpsert:
    return ChangeUpsert(
        cursor="",
        resource=resource,
        id=record["id"],
        version=record["version"],
        dataset=record["dataset"],
        changed_at=datetime.fromisoformat(record["updated_at"]),
        object=record,
    )


def _batches(records: Iterable[dict[str, Any]], resource: str, size: int) -> Iterator[SyncPage]:
    batch: list[Change] = []
    for record in records:
        batch.append(_as_upsert(resource, record))
        if len(batch) >= size:
            yield SyncPage(batch, bootstrap=True)
            batch = []
    if batch:
        yield SyncPage(batch, bootstrap=True)


async def _abatches(
    records: AsyncIterator[dict[str, Any]], resource: str, size: int
) -> AsyncIterator[SyncPage]:
    batch: list[Change] = []
    async for record in records:
        batch.append(_as_upsert(resource, record))
        if len(batch) >= size:
            yield SyncPage(batch, bootstrap=True)
            batch = []
    if batch:
        yield SyncPage(batch, bootstrap=True)


def _wanted(resources: Sequence[str]) -> list[str]:
    if isinstance(resources, str) or not resources:
        raise ValueError("name the resources to mirror, e.g. resources=['actor', 'source']")
    return list(dict.fromkeys(resources))


def _groups(wanted: list[str], cursors: Mapping[str, str]) -> dict[str, list[str]]:
    """Cursor → the wanted resources at it, in order."""
    groups: dict[str, list[str]] = {}
    for resource in wanted:
        groups.setdefault(cursors[resource], []).append(resource)
    return groups


def _joined(wanted: list[str], cursors: Mapping[str, str], fresh: str) -> str:
    """The cursor new resources take: the others' when they share one (older than ``fresh``,
    so following from it misses nothing), else ``fresh``."""
    held = {cursors[r] for r in wanted if r in cursors}
    return held.pop() if len(held) == 1 else fresh


@dataclass
class _Run:
    pages: int = 0
    changes: int = 0
    bootstrapped: list[str] = field(default_factory=list)

    def result(self, cursors: Mapping[str, str], wanted: list[str]) -> SyncResult:
        return SyncResult(
            cursors={r: cursors[r] for r in wanted},
            pages=self.pages,
            changes=self.changes,
            bootstrapped=tuple(self.bootstrapped),
        )


def _bootstrap(
    client: "Client", store: SyncStore, resources: list[str], dataset: str, size: int
) -> str:
    """Copy ``resources`` into the store's staging copy; the cursor of the first export."""
    store.begin_bootstrap(resources)
    first: str | None = None
    for resource in resources:
        with client.export.with_streaming_response.export_records(
            resource=resource,  # type: ignore[arg-type]
            dataset=dataset,
        ) as response:
            first = first or response.headers[SYNC_CURSOR_HEADER]
            for page in _batches(response.iter_records(), resource, size):
                store.apply(page)
    assert first is not None
    return first


def follow(
    client: "Client",
    store: SyncStore,
    *,
    resources: Sequence[str],
    dataset: str = "live",
    limit: int = 500,
) -> SyncResult:
    """Bring ``store`` up to date with ``resources`` of ``dataset``; see the module docstring."""
    wanted, run = _wanted(resources), _Run()
    cursors = dict(store.load_cursors())
    new = [r for r in wanted if r not in cursors]
    if new:
        fresh = _bootstrap(client, store, new, dataset, limit)
        cursor = _joined(wanted, cursors, fresh)
        store.finish_bootstrap(new, cursor)
        cursors.update(dict.fromkeys(new, cursor))
        run.bootstrapped += new
    for cursor, group in _groups(wanted, cursors).items():
        renewed = False
        while True:
            try:
                page = client.changes.list(
                    after=cursor,
                    resource=group,  # type: ignore[arg-type]
                    dataset=dataset,
                    limit=limit,
                )
            except CursorExpiredError:
                if renewed:
                    raise  # a cursor made just now cannot have expired; do not loop
                cursor = _bootstrap(client, store, group, dataset, limit)
                store.finish_bootstrap(group, cursor)
                renewed = True
                run.bootstrapped += group
                continue
            assert page.next_cursor is not None
            store.apply(
                SyncPage(
                    list(page.data),
                    bootstrap=False,
                    cursor=page.next_cursor,
                    resources=tuple(group),
                )
            )
            cursor = page.next_cursor
            cursors.update(dict.fromkeys(group, cursor))
            run.pages, run.changes = run.pages + 1, run.changes + len(page.data)
            if not page.has_more:
                break
    return run.result(cursors, wanted)


async def _maybe(value: T | Awaitable[T]) -> T:
    """A store method's result, awaited when the store is an :class:`AsyncSyncStore`."""
    if inspect.isawaitable(value):
        return await value
    return value


async def _abootstrap(
    client: "AsyncClient",
    store: SyncStore | AsyncSyncStore,
    resources: list[str],
    dataset: str,
    size: int,
) -> str:
    await _maybe(store.begin_bootstrap(resources))
    first: str | None = None
    for resource in resources:
        async with client.export.with_streaming_response.export_records(
            resource=resource,  # type: ignore[arg-type]
            dataset=dataset,
        ) as response:
            first = first or response.headers[SYNC_CURSOR_HEADER]
            async for page in _abatches(response.iter_records(), resource, size):
                await _maybe(store.apply(page))
    assert first is not None
    return first


async def async_follow(
    client: "AsyncClient",
    store: SyncStore | AsyncSyncStore,
    *,
    resources: Sequence[str],
    dataset: str = "live",
    limit: int = 500,
) -> SyncResult:
    """:func:`follow` for the asyncio client; ``store`` may be blocking or async."""
    wanted, run = _wanted(resources), _Run()
    cursors = dict(cast(Mapping[str, str], await _maybe(store.load_cursors())))
    new = [r for r in wanted if r not in cursors]
    if new:
        fresh = await _abootstrap(client, store, new, dataset, limit)
        cursor = _joined(wanted, cursors, fresh)
        await _maybe(store.finish_bootstrap(new, cursor))
        cursors.update(dict.fromkeys(new, cursor))
        run.bootstrapped += new
    for cursor, group in _groups(wanted, cursors).items():
        renewed = False
        while True:
            try:
                page = await client.changes.list(
                    after=cursor,
                    resource=group,  # type: ignore[arg-type]
                    dataset=dataset,
                    limit=limit,
                )
            except CursorExpiredError:
                if renewed:
                    raise
                cursor = await _abootstrap(client, store, group, dataset, limit)
                await _maybe(store.finish_bootstrap(group, cursor))
                renewed = True
                run.bootstrapped += group
                continue
            assert page.next_cursor is not None
            await _maybe(
                store.apply(
                    SyncPage(
                        list(page.data),
                        bootstrap=False,
                        cursor=page.next_cursor,
                        resources=tuple(group),
                    )
                )
            )
            cursor = page.next_cursor
            cursors.update(dict.fromkeys(group, cursor))
            run.pages, run.changes = run.pages + 1, run.changes + len(page.data)
            if not page.has_more:
                break
    return run.result(cursors, wanted)
