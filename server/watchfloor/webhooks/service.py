"""What the subscription endpoints do beyond the kit: the delivery log, replay, test-send."""

from typing import Any

import msgspec

from watchfloor.context import Context
from watchfloor.cursors import FEED, CursorCodec, filter_fingerprint, sort_key
from watchfloor.errors import BadRequest, CursorExpired
from watchfloor.resources.subscriptions.schemas import (
    Delivery,
    DeliveryList,
    ReplayResult,
)
from watchfloor.resources.subscriptions.service import SubscriptionService
from watchfloor.webhooks import enqueue
from watchfloor.webhooks import repository as repo

__all__ = ("delivery", "delivery_log", "replay_from", "send_test")

_RECORDS = SubscriptionService.records


def _delivery(row: Any, codec: CursorCodec) -> Delivery:
    cursor = None
    if row["feed_xid"] is not None:
        cursor = codec.feed(row["feed_xid"], row["feed_seq"])
    pending = row["state"] == "pending"
    return msgspec.convert(
        {
            "id": row["id"],
            "subscription_id": row["subscription_id"],
            "message_id": row["message_id"],
            "type": row["event_type"],
            "origin": row["origin"],
            "cursor": cursor,
            "state": row["state"],
            "created_at": row["created_at"],
            "next_attempt_at": row["next_attempt_at"] if pending else None,
            "finished_at": row["finished_at"],
            "attempts": row["attempts"],
        },
        Delivery,
        strict=False,
    )


async def delivery_log(
    ctx: Context,
    codec: CursorCodec,
    subscription_id: str,
    *,
    cursor: str | None,
    state: str | None,
    limit: int,
) -> DeliveryList:
    """A page of the subscription's deliveries, newest first, with their attempts."""
    await _RECORDS.get(ctx, subscription_id)
    fingerprint = filter_fingerprint({"subscription": subscription_id, "state": state})
    before = None
    if cursor is not None:
        before = int(sort_key(codec.decode(cursor, fingerprint), (int,))[0])
    rows = await repo.deliveries(ctx.conn, subscription_id, before, state, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = codec.encode(fingerprint, [rows[-1]["seq"]]) if more and rows else None
    return DeliveryList(
        data=[_delivery(r, codec) for r in rows], has_more=more, next_cursor=next_cursor
    )


async def delivery(
    ctx: Context, codec: CursorCodec, subscription_id: str, delivery_id: str
) -> Delivery:
    """One delivery of the log (the test-send's answer)."""
    rows = await repo.deliveries(ctx.conn, subscription_id, None, None, 1000)
    for row in rows:
        if row["id"] == delivery_id:
            return _delivery(row, codec)
    raise BadRequest(f"No delivery {delivery_id!r} of {subscription_id}.")


async def replay_from(
    ctx: Context, codec: CursorCodec, subscription_id: str, cursor: str
) -> ReplayResult:
    """Enqueue again every change after the feed ``cursor`` that the subscription matches."""
    row = await _RECORDS.get(ctx, subscription_id)
    xid, seq = (int(v) for v in sort_key(codec.decode(cursor, FEED), (int, int)))
    if xid < 0 or seq < 0:
        raise BadRequest("The cursor is not a change-feed cursor.")
    pruned = await repo.pruned_position(ctx.conn)
    if (xid, seq) < pruned:
        raise CursorExpired(
            "This cursor is older than the change feed's retention window; replay from a newer "
            "one (a delivery's `cursor`, or a list's `sync_cursor`)."
        )
    done = await enqueue.replay(ctx, row, (xid, seq))
    return ReplayResult(
        enqueued=done.enqueued, has_more=done.has_more, next_cursor=codec.feed(*done.position)
    )


async def send_test(ctx: Context, codec: CursorCodec, subscription_id: str) -> Delivery:
    """Enqueue a ``ping`` at the tail of the subscription's queue."""
    row = await _RECORDS.get(ctx, subscription_id)
    delivery_id = await enqueue.ping(ctx, row)
    return await delivery(ctx, codec, subscription_id, delivery_id)
