"""From the change feed to the delivery queue: the ``subscriptions`` worker handler, replay and
the test ping.

The handler follows the feed like every handler (its own position, the feed's commit-horizon
guarantee) and, in its step's transaction, inserts one delivery per (entry, subscription)
that matches: same dataset (an exercise dataset's records never reach another dataset's
subscription), and the subscription's ``source``. The unique key (subscription, feed
position) makes the enqueue exactly-once even if a step is repeated. The object is rendered
as the change feed renders it, at the version of the entry, and stored with the delivery, so
every attempt sends the same bytes.
"""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.errors import NotFound
from watchfloor.ids import new_id
from watchfloor.persistence.store import versions_query
from watchfloor.registry import RESOURCES
from watchfloor.resources.subscriptions.schemas import (
    AlertsSource,
    ChangesSource,
    SubscriptionSource,
    WatchlistSource,
)
from watchfloor.resources.watchlists import repository as watchlists
from watchfloor.resources.watchlists.resource import WATCHLIST
from watchfloor.resources.watchlists.service import WatchlistService
from watchfloor.sync.representation import json_rows
from watchfloor.webhooks import repository as repo
from watchfloor.worker.positions import FeedEntry, read_after

__all__ = ("REPLAY_LIMIT", "SubscriptionDeliveries", "enqueue_entries", "ping", "replay")

REPLAY_LIMIT = 10_000
"""Deliveries one replay enqueues at most; the answer says where to go on from."""

_LEVELS = {"watch": 1, "warning": 2}


class _AlertFields(msgspec.Struct):
    level: str = "watch"
    state: str = "open"


def message_id(subscription_id: str, xid: int, seq: int) -> str:
    """The ``webhook-id`` of a change sent to a subscription: the same on every attempt and on a
    replay of that change, so a receiver deduplicates on it."""
    digest = hashlib.sha256(f"{subscription_id}:{xid}:{seq}".encode()).hexdigest()
    return f"msg_{digest[:32]}"


def event_type(entry: FeedEntry, data: str | None, source: SubscriptionSource) -> str | None:
    """The type sent for ``entry`` under ``source``, or ``None`` when it does not match."""
    if isinstance(source, WatchlistSource):
        return None  # matched a batch at a time: :func:`_entered`
    if isinstance(source, ChangesSource):
        if source.resources and entry.resource not in source.resources:
            return None
        if entry.op == "delete":
            return f"{entry.resource}.deleted"
        return f"{entry.resource}.{'created' if entry.version == 1 else 'updated'}"
    return _alert_type(entry, data, source)


def _alert_type(entry: FeedEntry, data: str | None, source: AlertsSource) -> str | None:
    # Later kinds of source (a watchlist, signposts …) get a function of their own like this.
    if entry.resource != "alert" or entry.op != "upsert" or data is None:
        return None
    alert = msgspec.json.decode(data, type=_AlertFields)
    if _LEVELS.get(alert.level, 0) < _LEVELS[source.min_level]:
        return None
    if alert.state in ("closed", "withdrawn"):
        return f"alert.{alert.state}"
    return "alert.opened" if entry.version == 1 else "alert.updated"


async def _objects(
    conn: asyncpg.Connection, entries: Sequence[FeedEntry]
) -> dict[tuple[str, str, int], str]:
    """Each entry's object as the change feed renders it (a tombstone's as its identity)."""
    objects: dict[tuple[str, str, int], str] = {}
    wanted: dict[str, list[FeedEntry]] = {}
    for e in entries:
        if e.op == "upsert" and e.resource in RESOURCES:
            wanted.setdefault(e.resource, []).append(e)
        elif e.op == "delete":
            objects[(e.resource, e.record_id, e.version)] = msgspec.json.encode(
                {"id": e.record_id, "resource": e.resource, "version": e.version,
                 "deleted_at": e.changed_at.astimezone(UTC)}
            ).decode()  # fmt: skip
    for name, changes in wanted.items():
        resource = RESOURCES[name]
        sql = json_rows(resource, versions_query(resource.table), keyed=True)
        for v in await conn.fetch(
            sql, [c.record_id for c in changes], [c.version for c in changes]
        ):
            objects[(name, v["id"], v["version"])] = v["json"]
    return objects


@dataclass(frozen=True)
class _Subscriber:
    id: str
    dataset: str
    source: SubscriptionSource


def _subscriber(row: asyncpg.Record) -> _Subscriber:
    return _Subscriber(
        row["id"], row["dataset"], msgspec.convert(row["source"], SubscriptionSource)
    )


_ENTERED_LIMIT = 100_000


async def _entered(
    conn: asyncpg.Connection,
    entries: Sequence[FeedEntry],
    sub: _Subscriber,
    origin: str,
    exercise: bool,
) -> list[repo.NewDelivery]:
    """The deliveries of a ``watchlist`` subscription for a batch of entries.

    One check per selection for the whole batch: the list's own query (its filters as the
    watchlist holds them) narrowed to the ids of the batch's records of that kind
    (``t.id = ANY(...)``, the primary key), as ``GET /v1/watchlists/{id}/items`` reads now. A
    record that matches *enters* once per subscription (``watchlist_entries_sent``, written in
    this transaction); a replay sends what matches again.
    """
    assert isinstance(sub.source, WatchlistSource)
    mine = [e for e in entries if e.dataset == sub.dataset and e.op == "upsert"]
    if not mine:
        return []
    ctx = Context.unrestricted(conn)
    service: WatchlistService = WATCHLIST.service  # type: ignore[assignment]
    try:
        row = await service.records.get(ctx, sub.source.watchlist_id)
    except NotFound:
        return []  # deleted: nothing enters it any more
    only: dict[str, list[str]] = {}
    for e in mine:
        only.setdefault(e.resource, []).append(e.record_id)
    items = await service.items(
        ctx, row, as_of=None, known_by=None, after=None, limit=_ENTERED_LIMIT, only=only
    )
    keys = [(i.kind, i.id) for i in items]
    new = set(keys) if origin == "replay" else await watchlists.mark_sent(conn, sub.id, keys)
    by_record: dict[str, list[object]] = {}
    for item in sorted(items, key=lambda i: (i.entered_at, i.id)):
        if (item.kind, item.id) in new:
            by_record.setdefault(item.id.split("/")[0], []).append(item)
    rows: list[repo.NewDelivery] = []
    for entry in mine:
        entered = by_record.pop(entry.record_id, None)
        if not entered:
            continue
        data = msgspec.json.encode(
            {"watchlist_id": sub.source.watchlist_id, "items": entered}
        ).decode()
        rows.append(
            repo.NewDelivery(
                id=new_id("delivery"),
                subscription_id=sub.id,
                dataset=sub.dataset,
                message_id=message_id(sub.id, entry.xid, entry.seq),
                origin=origin,
                event_type="watchlist.entered",
                occurred_at=entry.changed_at,
                feed_xid=entry.xid,
                feed_seq=entry.seq,
                data=data,
                exercise=exercise,
            )
        )
    return rows


async def _deliveries(
    conn: asyncpg.Connection,
    entries: Sequence[FeedEntry],
    subscribers: Sequence[_Subscriber],
    origin: str,
) -> list[repo.NewDelivery]:
    if not entries or not subscribers:
        return []
    kinds = await repo.dataset_kinds(conn, sorted({s.dataset for s in subscribers}))
    rows: list[repo.NewDelivery] = []
    for sub in subscribers:
        if isinstance(sub.source, WatchlistSource):
            exercise = kinds.get(sub.dataset) == "exercise"
            rows += await _entered(conn, entries, sub, origin, exercise)
    subscribers = [s for s in subscribers if not isinstance(s.source, WatchlistSource)]
    if not subscribers:
        return rows
    objects = await _objects(conn, entries)
    for entry in entries:
        data = objects.get((entry.resource, entry.record_id, entry.version))
        for sub in subscribers:
            if sub.dataset != entry.dataset or data is None:
                continue
            kind = event_type(entry, data, sub.source)
            if kind is None:
                continue
            rows.append(
                repo.NewDelivery(
                    id=new_id("delivery"),
                    subscription_id=sub.id,
                    dataset=sub.dataset,
                    message_id=message_id(sub.id, entry.xid, entry.seq),
                    origin=origin,
                    event_type=kind,
                    occurred_at=entry.changed_at,
                    feed_xid=entry.xid,
                    feed_seq=entry.seq,
                    data=data,
                    exercise=kinds.get(sub.dataset) == "exercise",
                )
            )
    return rows


async def enqueue_entries(conn: asyncpg.Connection, entries: Sequence[FeedEntry]) -> int:
    """Enqueue ``entries`` (oldest first) for every enabled subscription they match."""
    datasets = sorted({e.dataset for e in entries})
    subscribers = [_subscriber(r) for r in await repo.matching_subscriptions(conn, datasets)]
    rows = await _deliveries(conn, entries, subscribers, "feed")
    await repo.enqueue(conn, rows)
    return len(rows)


@dataclass
class SubscriptionDeliveries:
    """The worker handler: every change a subscription wants becomes a delivery in its queue."""

    name: str = "subscriptions"
    resources: frozenset[str] | None = None

    async def handle(self, ctx: Context, entries: Sequence[FeedEntry]) -> None:
        await enqueue_entries(ctx.conn, entries)


@dataclass(frozen=True)
class Replayed:
    enqueued: int
    has_more: bool
    position: tuple[int, int]


async def replay(ctx: Context, subscription: asyncpg.Record, position: tuple[int, int]) -> Replayed:
    """Enqueue again, in order, every change after ``position`` the subscription matches (up to
    :data:`REPLAY_LIMIT`); each keeps the ``webhook-id`` it had when first sent."""
    sub = _subscriber(subscription)
    enqueued = 0
    while True:
        page = await read_after(ctx.conn, position, 1000)
        mine = [e for e in page.entries if e.dataset == sub.dataset]
        rows = await _deliveries(ctx.conn, mine, [sub], "replay")
        if enqueued + len(rows) > REPLAY_LIMIT and enqueued > 0:
            return Replayed(enqueued, True, position)
        await repo.enqueue(ctx.conn, rows)
        enqueued += len(rows)
        position = page.next_position
        if len(page.entries) < 1000:
            return Replayed(enqueued, False, position)


async def ping(ctx: Context, subscription: asyncpg.Record) -> str:
    """Enqueue a ``ping`` at the tail of the subscription's queue; its delivery id."""
    delivery_id = new_id("delivery")
    kinds = await repo.dataset_kinds(ctx.conn, [subscription["dataset"]])
    now = datetime.now(UTC)
    data = msgspec.json.encode(
        {"subscription_id": subscription["id"], "message": "Watchfloor test delivery"}
    ).decode()
    await repo.enqueue(
        ctx.conn,
        [
            repo.NewDelivery(
                id=delivery_id,
                subscription_id=subscription["id"],
                dataset=subscription["dataset"],
                message_id=new_id("message"),
                origin="test",
                event_type="ping",
                occurred_at=now,
                feed_xid=None,
                feed_seq=None,
                data=data,
                exercise=kinds.get(subscription["dataset"]) == "exercise",
            )
        ],
    )
    return delivery_id
