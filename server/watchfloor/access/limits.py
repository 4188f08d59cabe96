"""Rate limits counted in memory per worker process, leased from PostgreSQL in chunks.

Each bucket (an API key, or a client address without a valid key) is a GCRA — the generic
cell rate algorithm — kept in PostgreSQL (``rate_buckets``, ``wf_rate_take``): a limit of
``L`` requests a minute admits ``L`` at once, then one every ``60/L`` seconds. In any
``t`` seconds at most ``L + L·t/60`` requests pass, so the 2× burst a fixed one-minute window
lets through at its boundary cannot happen.

A worker does not ask PostgreSQL for every request. It *leases* a chunk of tokens from the
bucket — up to a second's worth at the limit's rate, ``max(1, ⌈L/60⌉)`` — in one statement,
and spends them in memory. Tokens are taken from the shared bucket before they are spent, so
**the cluster never admits more than the bucket allows**, however many workers serve the key.
The tolerance is on the other side: tokens one worker leased but has not spent are not
available to the others, for at most :data:`LEASE_SECONDS`, after which the worker gives them
back (:meth:`Limiter.sweep`). With ``W`` workers serving one caller, that caller may be
refused at most ``(W - 1)·⌈L/60⌉`` requests early, for at most a second. A key of 5 a minute
leases one token at a time: every request asks the database, as exactly as before.

A refusal is remembered until the next token is due, so a caller past its limit costs no
database round trip either.
"""

import asyncio
import math
import time
from dataclasses import dataclass

import asyncpg

from watchfloor.access import repository as repo

__all__ = ("BURST_SECONDS", "LEASE_SECONDS", "Grant", "Limiter")

BURST_SECONDS = 60.0
"""A bucket admits a whole minute's limit at once (then one every ``60/limit`` s)."""
LEASE_SECONDS = 1.0
"""How long a worker keeps leased tokens it has not spent before giving them back."""


@dataclass(frozen=True, slots=True)
class Grant:
    """The answer for one request: admitted or not, and its ``RateLimit-*`` figures."""

    allowed: bool
    limit: int
    remaining: int
    reset_in: float
    """Seconds until the bucket is full again (``RateLimit-Reset``)."""
    retry_in: float
    """Seconds until the next token is due (``Retry-After`` of a refusal)."""

    def headers(self) -> dict[str, str]:
        return {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(max(1, math.ceil(self.reset_in))),
        }

    @property
    def retry_seconds(self) -> int:
        return max(1, math.ceil(self.retry_in))


class _Lease:
    __slots__ = ("ahead", "at", "expires", "limit", "per_token", "refused_until", "tokens")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.per_token = BURST_SECONDS / limit
        self.tokens = 0
        """Leased and not spent yet."""
        self.ahead = 0.0
        """The shared bucket's theoretical arrival time minus the database's clock, at ``at``."""
        self.at = 0.0
        self.expires = 0.0
        self.refused_until = 0.0

    def grant(self, now: float, allowed: bool) -> Grant:
        ahead = max(0.0, self.ahead - (now - self.at))
        free = math.floor((BURST_SECONDS - ahead) / self.per_token + 1e-6)
        remaining = max(0, min(self.limit, free + self.tokens))
        retry = max(0.0, ahead + self.per_token - BURST_SECONDS)
        return Grant(allowed, self.limit, remaining, ahead, retry)


class Limiter:
    """This worker's leases, by bucket."""

    def __init__(self) -> None:
        self._leases: dict[str, _Lease] = {}
        self._leasing: dict[str, asyncio.Future[None]] = {}
        """Buckets a request of this worker is leasing for now: the others wait for it."""

    def take_local(self, bucket: str, limit: int) -> Grant | None:
        """Spend a leased token, or repeat a refusal still in force; ``None``: ask the database."""
        lease = self._leases.get(bucket)
        if lease is None or lease.limit != limit:
            return None
        now = time.monotonic()
        if lease.tokens:
            # A lease in use stays this worker's; only an idle one goes back (``sweep``).
            lease.tokens -= 1
            lease.expires = now + LEASE_SECONDS
            return lease.grant(now, True)
        if now < lease.refused_until:
            return lease.grant(now, False)
        return None

    async def after_lease(self, bucket: str, limit: int) -> Grant | None:
        """When another request of this worker is leasing ``bucket``'s tokens now: wait for it
        (no connection, no statement), then spend one of them. ``None``: lease yourself.

        Without this, every request that found the lease spent leased a chunk of its own at
        once: as many connections and statements as requests, queued on the bucket's row lock
        (200 ms stalls at 64 connections on one worker, in ``bench/RESULTS.md``).
        """
        leasing = self._leasing.get(bucket)
        if leasing is None:
            return None
        await asyncio.shield(leasing)
        return self.take_local(bucket, limit)

    async def take(self, conn: asyncpg.Connection, bucket: str, limit: int) -> Grant:
        """Lease a chunk of ``bucket``'s tokens on ``conn`` and spend one of them."""
        local = self.take_local(bucket, limit)
        if local is not None:
            return local
        lease = self._leases.get(bucket)
        if lease is None or lease.limit != limit:
            lease = self._leases[bucket] = _Lease(limit)
        wanted = max(1, math.ceil(limit * LEASE_SECONDS / BURST_SECONDS))
        leasing = self._leasing.get(bucket)
        mine = leasing is None
        if leasing is None:
            leasing = self._leasing[bucket] = asyncio.get_running_loop().create_future()
        try:
            row = await conn.fetchrow(
                repo.RATE_TAKE, bucket, lease.per_token, BURST_SECONDS, wanted
            )
        finally:
            if mine:
                del self._leasing[bucket]
                leasing.set_result(None)
        assert row is not None
        now = time.monotonic()
        lease.tokens += row["granted"]
        lease.ahead = row["tat"] - row["now_at"]
        lease.at = now
        lease.expires = now + LEASE_SECONDS
        if not lease.tokens:
            grant = lease.grant(now, False)
            lease.refused_until = now + grant.retry_in
            return grant
        lease.refused_until = 0.0
        lease.tokens -= 1
        return lease.grant(now, True)

    async def sweep(self, conn: asyncpg.Connection) -> None:
        """Give back the unspent tokens of expired leases and forget idle buckets."""
        now = time.monotonic()
        back: list[tuple[str, float, int]] = []
        for bucket, lease in list(self._leases.items()):
            if now < lease.expires or now < lease.refused_until:
                continue
            if lease.tokens:
                back.append((bucket, lease.per_token, lease.tokens))
            del self._leases[bucket]
        if back:
            buckets, per_token, tokens = zip(*back, strict=True)
            await conn.execute(repo.RATE_GIVE, list(buckets), list(per_token), list(tokens))

    def forget(self) -> None:
        """Drop every lease without giving anything back (the database went away)."""
        self._leases.clear()
