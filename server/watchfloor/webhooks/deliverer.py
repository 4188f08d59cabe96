"""The delivery loop of ``watchfloor worker``: sends what the queue owes, signed, in order per
subscription, concurrently across subscriptions, never inside a database transaction.

Each turn claims the due heads of the subscriptions that have nothing in flight here (see
``repository``), and sends each in a task of its own, at most ``concurrency`` at once: a slow
or unreachable endpoint holds only its own subscription's queue. An attempt:

1. checks the URL against the allow-list again (the host resolved now; the connection goes to
   the address checked, against DNS rebinding);
2. builds the body from the stored delivery and signs it with every secret that signs now;
3. POSTs it with a timeout, following no redirect (a 3xx is a failure), reading at most
   64 KiB of the answer and keeping 1 KiB of it for the log;
4. records the attempt, and in the same transaction marks the delivery delivered (2xx), failed
   (410, or retries exhausted: the subscription is then disabled, a new version with
   ``disabled_reason``), or due again after the backoff (``Retry-After`` honoured).
"""

import asyncio
import contextlib
import logging
import random
import time
import uuid
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import asyncpg
import httpx

from watchfloor.context import Context
from watchfloor.cursors import CursorCodec
from watchfloor.errors import NotFound
from watchfloor.persistence.secrets import stored_secret
from watchfloor.resources.subscriptions.repository import active_secrets
from watchfloor.resources.subscriptions.service import SubscriptionService
from watchfloor.settings import Settings
from watchfloor.webhooks import repository as repo
from watchfloor.webhooks import signing
from watchfloor.webhooks.targets import AllowList, Refused

__all__ = ("SCHEDULE", "Deliverer", "Outcome", "Policy", "retry_delay")

_log = logging.getLogger("watchfloor.webhooks")

SCHEDULE = (1, 60, 360, 1440, 3600, 7200, 10080, 14400, 17280)
"""Delay before retry n, in units of the base (5 s): 5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
14 h, 20 h, then 24 h (Standard Webhooks' schedule); each with ±20 % jitter."""

READ_LIMIT = 65_536
EXCERPT = 1024


class Connections(Protocol):
    def acquire(self) -> AbstractAsyncContextManager[asyncpg.Connection]: ...


@dataclass(frozen=True)
class Policy:
    """How deliveries are made (``WATCHFLOOR_WEBHOOK_*``)."""

    timeout: float = 10.0
    retry_base: float = 5.0
    retry_window: float = 259_200.0
    lease: float = 60.0
    concurrency: int = 16

    @classmethod
    def of(cls, settings: Settings) -> "Policy":
        return cls(
            timeout=settings.webhook_timeout,
            retry_base=settings.webhook_retry_base,
            retry_window=settings.webhook_retry_window,
            lease=max(settings.webhook_lease, settings.webhook_timeout * 1.5),
            concurrency=max(1, settings.webhook_concurrency),
        )


def retry_delay(attempt: int, base: float, jitter: float) -> float:
    """Seconds after failed attempt ``attempt`` (1-based) before the next; ``jitter`` in
    [-1, 1] scales the ±20 %."""
    step = SCHEDULE[min(attempt, len(SCHEDULE)) - 1]
    return base * step * (1 + 0.2 * jitter)


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    excerpt: str | None
    error: str | None
    retry_after: float | None = None

    @property
    def delivered(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def _retry_after(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return min(max(seconds, 0.0), 86_400.0)


@dataclass
class Deliverer:
    """Sends the queue's deliveries until :attr:`stopping` is set."""

    allow: AllowList
    policy: Policy = field(default_factory=Policy)
    cursor_secret: bytes | None = None
    idle_seconds: float = 0.2
    stopping: asyncio.Event = field(default_factory=asyncio.Event)
    jitter: Callable[[], float] = field(default=lambda: random.uniform(-1, 1))  # noqa: S311
    transport: httpx.AsyncBaseTransport | None = None

    @classmethod
    def of(cls, settings: Settings) -> "Deliverer":
        return cls(
            allow=AllowList.parse(settings.webhook_allow),
            policy=Policy.of(settings),
            cursor_secret=settings.cursor_secret,
        )

    async def run(self, pool: Connections) -> None:
        codec: CursorCodec | None = None
        in_flight: dict[str, asyncio.Task[None]] = {}
        async with httpx.AsyncClient(
            follow_redirects=False,
            timeout=httpx.Timeout(self.policy.timeout),
            limits=httpx.Limits(max_connections=self.policy.concurrency * 2),
            transport=self.transport,
        ) as http:
            while not self.stopping.is_set():
                claimed: list[repo.Claimed] = []
                free = self.policy.concurrency - len(in_flight)
                if free > 0:
                    try:
                        async with pool.acquire() as conn:
                            if codec is None:
                                secret = self.cursor_secret or await stored_secret(conn, "cursor")
                                codec = CursorCodec(secret)
                            claimed = await repo.claim(
                                conn, free, list(in_flight), self.policy.lease, uuid.uuid4()
                            )
                    except Exception:
                        _log.exception("claiming webhook deliveries failed")
                for delivery in claimed:
                    assert codec is not None
                    task = asyncio.create_task(self._deliver(pool, http, codec, delivery))
                    in_flight[delivery.subscription_id] = task
                    task.add_done_callback(_forget(in_flight, delivery.subscription_id))
                if len(claimed) == free and free > 0:
                    continue
                waiting: set[asyncio.Future[Any]] = set(in_flight.values())
                stop = asyncio.ensure_future(self.stopping.wait())
                waiting.add(stop)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait(
                        waiting, timeout=self.idle_seconds, return_when=asyncio.FIRST_COMPLETED
                    )
                stop.cancel()
            if in_flight:
                await asyncio.wait(list(in_flight.values()), timeout=self.policy.timeout + 5)

    async def _send(
        self, http: httpx.AsyncClient, pool: Connections, codec: CursorCodec, d: repo.Claimed
    ) -> Outcome:
        try:
            target = await self.allow.check(d.url)
        except Refused as exc:
            return Outcome(None, None, f"refused: {exc}")
        now = datetime.now(UTC)
        async with pool.acquire() as conn:
            secrets = await active_secrets(conn, d.subscription_id, now)
        if not secrets:
            return Outcome(None, None, "the subscription has no secret")
        cursor = (
            None if d.feed_xid is None or d.feed_seq is None else codec.feed(d.feed_xid, d.feed_seq)
        )
        payload = signing.body(d.event_type, d.occurred_at, d.data, cursor, d.dataset, d.exercise)
        headers = signing.headers(d.message_id, payload, secrets, now, d.dataset, d.exercise)
        headers["host"] = target.host_header
        extensions = {"sni_hostname": target.host} if target.scheme == "https" else {}
        try:
            request = http.build_request(
                "POST", target.pinned_url, content=payload, headers=headers, extensions=extensions
            )
            response = await http.send(request, stream=True)
            try:
                read = b""
                async for chunk in response.aiter_raw():
                    read += chunk
                    if len(read) >= READ_LIMIT:
                        break
            finally:
                await response.aclose()
        except httpx.TimeoutException:
            return Outcome(None, None, f"timed out after {self.policy.timeout:g} s")
        except httpx.HTTPError as exc:
            return Outcome(None, None, f"{type(exc).__name__}: {exc}"[:EXCERPT])
        excerpt = read[:EXCERPT].decode("utf-8", errors="replace")
        error = None
        if 300 <= response.status_code < 400:
            error = f"redirect to {response.headers.get('location', '?')} not followed"[:EXCERPT]
        elif not 200 <= response.status_code < 300:
            error = f"HTTP {response.status_code}"
        return Outcome(
            response.status_code, excerpt, error, _retry_after(response.headers.get("retry-after"))
        )

    async def _deliver(
        self, pool: Connections, http: httpx.AsyncClient, codec: CursorCodec, d: repo.Claimed
    ) -> None:
        started = datetime.now(UTC)
        clock = time.monotonic()
        try:
            outcome = await self._send(http, pool, codec, d)
        except Exception as exc:  # never lose the attempt: record it and retry later
            _log.exception("webhook attempt failed", extra={"delivery": d.id})
            outcome = Outcome(None, None, f"{type(exc).__name__}: {exc}"[:EXCERPT])
        latency = int((time.monotonic() - clock) * 1000)
        try:
            async with pool.acquire() as conn, conn.transaction():
                await self._finish(conn, d, started, latency, outcome)
        except Exception:
            # The lease expires and the delivery is tried again: at least once.
            _log.exception("recording a webhook attempt failed", extra={"delivery": d.id})

    async def _finish(
        self,
        conn: asyncpg.Connection,
        d: repo.Claimed,
        started: datetime,
        latency: int,
        outcome: Outcome,
    ) -> None:
        await repo.record_attempt(
            conn, d, started, latency, outcome.status_code, outcome.excerpt, outcome.error
        )
        if outcome.delivered:
            await repo.finish(conn, d, "delivered", None)
            return
        now = datetime.now(UTC)
        if outcome.status_code == 410:
            if await repo.finish(conn, d, "failed", None):
                await _disable(conn, d.subscription_id, "the endpoint answered 410 Gone", now)
            return
        delay = retry_delay(d.attempt, self.policy.retry_base, self.jitter())
        if outcome.retry_after is not None:
            delay = max(delay, outcome.retry_after)
        due = now + timedelta(seconds=delay)
        if due - d.first_attempt_at > timedelta(seconds=self.policy.retry_window):
            if await repo.finish(conn, d, "failed", None):
                reason = (
                    f"delivery {d.id} still failed after {d.attempt} attempts since "
                    f"{d.first_attempt_at.isoformat()} (last: {outcome.error})"
                )
                await _disable(conn, d.subscription_id, reason[:1000], now)
            return
        await repo.finish(conn, d, "pending", due)


def _forget(
    in_flight: dict[str, "asyncio.Task[None]"], key: str
) -> Callable[["asyncio.Task[None]"], None]:
    def done(_: "asyncio.Task[None]") -> None:
        in_flight.pop(key, None)

    return done


async def _disable(
    conn: asyncpg.Connection, subscription_id: str, reason: str, at: datetime
) -> None:
    """A new version of the subscription, disabled with ``reason``: the owner sees it in reads,
    the change feed (and so in a ``subscription`` webhook of another endpoint) and the log."""

    async def revise(current: asyncpg.Record) -> dict[str, Any]:
        return {"enabled": False, "disabled_reason": reason, "disabled_at": at}

    with contextlib.suppress(NotFound):
        await SubscriptionService.records.update(
            Context.unrestricted(conn), subscription_id, None, revise
        )
    _log.warning(
        "webhook subscription disabled",
        extra={"subscription": subscription_id, "reason": reason},
    )
