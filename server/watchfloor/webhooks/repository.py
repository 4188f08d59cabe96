"""The delivery queue's SQL: enqueue, claim the head of each subscription's queue, finish.

Claiming takes, per subscription, only the oldest pending delivery (its *head*), and only when
its next attempt is due and no live lease holds it, ``FOR UPDATE SKIP LOCKED`` so that two
worker processes never take the same row; the claim sets a lease (an expiry and a token) and
commits at once. The HTTP request runs outside any transaction. The attempt is then recorded
and the delivery finished only if the token still holds the lease: a worker killed mid-delivery
leaves a lease that expires, and the delivery is claimed again (at least once).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg

__all__ = (
    "Claimed",
    "NewDelivery",
    "claim",
    "dataset_kinds",
    "deliveries",
    "enqueue",
    "finish",
    "matching_subscriptions",
    "prune_deliveries",
    "pruned_position",
    "record_attempt",
)


@dataclass(frozen=True, slots=True)
class NewDelivery:
    id: str
    subscription_id: str
    dataset: str
    message_id: str
    origin: str
    event_type: str
    occurred_at: datetime
    feed_xid: int | None
    feed_seq: int | None
    data: str
    """The JSON of the object sent, as the change feed renders it."""
    exercise: bool


@dataclass(frozen=True, slots=True)
class Claimed:
    """A delivery claimed for one attempt."""

    id: str
    subscription_id: str
    dataset: str
    message_id: str
    event_type: str
    occurred_at: datetime
    feed_xid: int | None
    feed_seq: int | None
    data: str
    exercise: bool
    attempt: int
    """This attempt's number (1 for the first)."""
    first_attempt_at: datetime
    token: UUID
    url: str


_ENQUEUE = """
INSERT INTO webhook_deliveries (id, subscription_id, dataset, message_id, origin, event_type,
                                occurred_at, feed_xid, feed_seq, data, exercise)
SELECT id, subscription_id, dataset, message_id, origin, event_type, occurred_at, feed_xid,
       feed_seq, data, exercise
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
            $7::timestamptz[], $8::bigint[], $9::bigint[], $10::text[], $11::bool[])
     WITH ORDINALITY AS n (id, subscription_id, dataset, message_id, origin, event_type,
                           occurred_at, feed_xid, feed_seq, data, exercise, at)
ORDER BY n.at
ON CONFLICT (subscription_id, feed_xid, feed_seq) WHERE origin = 'feed' DO NOTHING
"""
"""In the given order (the queue's ``seq``); a feed entry already enqueued for a subscription
is not enqueued twice."""

_CLAIM = """
WITH heads AS (
    -- Each enabled subscription's head: one probe of the partial index (subscription_id, seq)
    -- per subscription, however long the backlog (a DISTINCT ON over every pending row read the
    -- whole queue, and with stale statistics once per pending row).
    SELECT h.id
    FROM subscriptions s
    CROSS JOIN LATERAL (
        SELECT q.id FROM webhook_deliveries q
        WHERE q.subscription_id = s.id AND q.state = 'pending'
        ORDER BY q.seq
        LIMIT 1
    ) h
    WHERE s.enabled AND s.deleted_at IS NULL AND s.id <> ALL($2::text[])
), due AS (
    SELECT d.id FROM webhook_deliveries d
    JOIN heads h ON h.id = d.id
    WHERE d.state = 'pending'
      AND d.next_attempt_at <= clock_timestamp()
      AND (d.lease_until IS NULL OR d.lease_until < clock_timestamp())
    ORDER BY d.next_attempt_at, d.seq
    LIMIT $1
    FOR UPDATE OF d SKIP LOCKED
)
UPDATE webhook_deliveries d
SET lease_until = clock_timestamp() + make_interval(secs => $3::float8), lease_token = $4,
    attempts = d.attempts + 1, first_attempt_at = coalesce(d.first_attempt_at, clock_timestamp())
FROM due, subscriptions s
WHERE d.id = due.id AND s.id = d.subscription_id
RETURNING d.id, d.subscription_id, d.dataset, d.message_id, d.event_type, d.occurred_at,
          d.feed_xid, d.feed_seq, d.data, d.exercise, d.attempts, d.first_attempt_at, s.url
"""

_ATTEMPT = """
INSERT INTO webhook_attempts (delivery_id, number, started_at, latency_ms, status_code,
                              response_excerpt, error)
VALUES ($1, $2, $3, $4, $5, $6, $7)
ON CONFLICT (delivery_id, number) DO NOTHING
"""

_FINISH = """
UPDATE webhook_deliveries
SET state = $3, next_attempt_at = coalesce($4, next_attempt_at),
    finished_at = CASE WHEN $3 = 'pending' THEN NULL ELSE clock_timestamp() END,
    lease_until = NULL, lease_token = NULL
WHERE id = $1 AND lease_token = $2
"""

_SUBSCRIPTIONS = """
SELECT id, dataset, source FROM subscriptions
WHERE deleted_at IS NULL AND enabled AND dataset = ANY($1::text[])
ORDER BY id
"""

_KINDS = "SELECT name, kind FROM datasets WHERE name = ANY($1::text[])"

_LOG = """
SELECT d.id, d.seq, d.subscription_id, d.message_id, d.event_type, d.origin, d.feed_xid,
       d.feed_seq, d.state, d.created_at, d.next_attempt_at, d.finished_at,
       coalesce((SELECT jsonb_agg(jsonb_build_object(
                     'number', a.number, 'started_at', a.started_at, 'latency_ms', a.latency_ms,
                     'status_code', a.status_code, 'response_excerpt', a.response_excerpt,
                     'error', a.error) ORDER BY a.number)
                 FROM webhook_attempts a WHERE a.delivery_id = d.id), '[]'::jsonb) AS attempts
FROM webhook_deliveries d
WHERE d.subscription_id = $1 AND ($2::bigint IS NULL OR d.seq < $2)
  AND ($3::text IS NULL OR d.state = $3)
ORDER BY d.seq DESC
LIMIT $4
"""


async def enqueue(conn: asyncpg.Connection, rows: Sequence[NewDelivery]) -> None:
    if not rows:
        return
    columns: list[list[Any]] = [[] for _ in range(11)]
    for r in rows:
        values = (
            r.id, r.subscription_id, r.dataset, r.message_id, r.origin, r.event_type,
            r.occurred_at, r.feed_xid, r.feed_seq, r.data, r.exercise,
        )  # fmt: skip
        for column, value in zip(columns, values, strict=True):
            column.append(value)
    await conn.execute(_ENQUEUE, *columns)


async def claim(
    conn: asyncpg.Connection, limit: int, busy: Sequence[str], lease: float, token: UUID
) -> list[Claimed]:
    """Up to ``limit`` due heads of subscriptions not in ``busy``, leased for ``lease`` s."""
    rows = await conn.fetch(_CLAIM, limit, list(busy), lease, token)
    return [
        Claimed(
            id=r["id"],
            subscription_id=r["subscription_id"],
            dataset=r["dataset"],
            message_id=r["message_id"],
            event_type=r["event_type"],
            occurred_at=r["occurred_at"],
            feed_xid=r["feed_xid"],
            feed_seq=r["feed_seq"],
            data=r["data"],
            exercise=r["exercise"],
            attempt=r["attempts"],
            first_attempt_at=r["first_attempt_at"],
            token=token,
            url=r["url"],
        )
        for r in rows
    ]


async def record_attempt(
    conn: asyncpg.Connection,
    delivery: Claimed,
    started_at: datetime,
    latency_ms: int,
    status_code: int | None,
    excerpt: str | None,
    error: str | None,
) -> None:
    await conn.execute(
        _ATTEMPT, delivery.id, delivery.attempt, started_at, latency_ms, status_code, excerpt,
        error,
    )  # fmt: skip


async def finish(
    conn: asyncpg.Connection, delivery: Claimed, state: str, next_attempt_at: datetime | None
) -> bool:
    """Delivered, failed, or pending until ``next_attempt_at``; False if the lease was lost."""
    status = await conn.execute(_FINISH, delivery.id, delivery.token, state, next_attempt_at)
    return status != "UPDATE 0"


async def matching_subscriptions(
    conn: asyncpg.Connection, datasets: Sequence[str]
) -> list[asyncpg.Record]:
    """The enabled subscriptions of ``datasets``."""
    return list(await conn.fetch(_SUBSCRIPTIONS, list(datasets)))


async def dataset_kinds(conn: asyncpg.Connection, datasets: Sequence[str]) -> dict[str, str]:
    return {r["name"]: r["kind"] for r in await conn.fetch(_KINDS, list(datasets))}


async def deliveries(
    conn: asyncpg.Connection,
    subscription_id: str,
    before_seq: int | None,
    state: str | None,
    limit: int,
) -> list[asyncpg.Record]:
    """A page of the subscription's delivery log, newest first, each with its attempts."""
    return list(await conn.fetch(_LOG, subscription_id, before_seq, state, limit))


_PRUNED = "SELECT xid::text::bigint AS xid, seq FROM change_feed_horizon"


async def pruned_position(conn: asyncpg.Connection) -> tuple[int, int]:
    """The change feed's retention: positions before it are gone."""
    row = await conn.fetchrow(_PRUNED)
    return (0, 0) if row is None else (int(row["xid"]), int(row["seq"]))


# Finished rows only: a pending delivery is owed and is never pruned, however old. Attempts go
# with their delivery (one statement, so a half-pruned log is never seen).
_PRUNE_DELIVERIES = """
WITH doomed AS (
    SELECT id FROM webhook_deliveries
    WHERE state IN ('delivered', 'failed') AND finished_at < now() - make_interval(days => $1)
), attempts AS (
    DELETE FROM webhook_attempts a USING doomed d WHERE a.delivery_id = d.id
)
DELETE FROM webhook_deliveries w USING doomed d WHERE w.id = d.id
"""


async def prune_deliveries(conn: asyncpg.Connection, retention_days: int) -> int:
    """Delete the delivery log's finished rows (and their attempts) older than the retention."""
    status = await conn.execute(_PRUNE_DELIVERIES, retention_days)
    return int(status.split()[-1])
