"""Verified API keys, cached per worker process and invalidated by PostgreSQL ``NOTIFY``.

A request whose key is in the cache is authenticated without a database round trip. Every
change to a key (revocation, scopes, datasets, limit) notifies ``watchfloor_keys`` with its id
from the changing transaction (a trigger on ``api_keys``), so the notification arrives when the
change commits, and every process drops that key at once: a revoked key stops working on every
worker within the time a notification takes to arrive (milliseconds; the tests hold it to a
second).

The cache is used only while its ``LISTEN`` connection is up. When that connection drops (the
database restarted, the backend was terminated, a heartbeat did not come back within a
second), the cache is emptied and bypassed — every request asks the database again — until
the connection is back and listening. A lookup that started before a notification (or before
the listener came back) is not cached when it ends, so a key revoked meanwhile is never stored.

The same connection listens for record version changes too, for the per-process version cache
(:mod:`watchfloor.persistence.versioncache`): a conditional read answered 304 from memory.

The same connection, once a second, gives back the rate-limit tokens leased and not spent
(:meth:`~watchfloor.access.limits.Limiter.sweep`) and serves as the heartbeat.
"""

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass
from typing import Any

import asyncpg

from watchfloor.access import repository as repo
from watchfloor.access.limits import LEASE_SECONDS, Limiter
from watchfloor.persistence.versioncache import VERSIONS_CHANNEL, VersionCache

__all__ = ("CachedKey", "KeyCache")

_log = logging.getLogger("watchfloor.access")

HEARTBEAT_TIMEOUT = 1.0
"""Seconds the listener's heartbeat may take before the connection counts as gone."""
RECONNECT_DELAY = 0.5
TTL = 300.0
"""Seconds a cached key is trusted at most, notification or not."""
MAX_ENTRIES = 10_000


@dataclass(frozen=True, slots=True)
class CachedKey:
    key_id: str
    scopes: frozenset[str]
    datasets: frozenset[str]
    rate_limit: int
    until: float


class KeyCache:
    """The keys this process has verified, while its ``LISTEN`` connection is up."""

    def __init__(
        self, limiter: Limiter | None = None, versions: VersionCache | None = None
    ) -> None:
        self.limiter = limiter or Limiter()
        self.versions = versions
        """Record versions, invalidated over the same connection (``None``: not kept)."""
        self._keys: dict[str, CachedKey] = {}
        self._generation = 0
        self.listening = False
        self.stopping = asyncio.Event()
        self.connected = asyncio.Event()
        """Set while listening (tests wait on it)."""
        self._conn: asyncpg.Connection | None = None

    @property
    def generation(self) -> int:
        """Changes whenever what was read before may be stale: take it before a lookup."""
        return self._generation

    def get(self, digest: str) -> CachedKey | None:
        if not self.listening:
            return None
        found = self._keys.get(digest)
        if found is None:
            return None
        if found.until < time.monotonic():
            del self._keys[digest]
            return None
        return found

    def put(self, digest: str, row: Any, generation: int) -> CachedKey:
        """Remember the key ``row`` just read, unless something changed since ``generation``."""
        key = CachedKey(
            key_id=row["id"],
            scopes=frozenset(row["scopes"]),
            datasets=frozenset(row["datasets"]),
            rate_limit=row["rate_limit"],
            until=time.monotonic() + TTL,
        )
        if self.listening and generation == self._generation:
            if len(self._keys) >= MAX_ENTRIES:
                self._keys.clear()
            self._keys[digest] = key
        return key

    def forget(self, key_id: str) -> None:
        """Drop ``key_id`` now: this process changed it (its NOTIFY will tell the others)."""
        self._invalidate(key_id)

    def _invalidate(self, key_id: str | None) -> None:
        self._generation += 1
        if key_id is None:
            self._keys.clear()
            return
        for digest in [d for d, k in self._keys.items() if k.key_id == key_id]:
            del self._keys[digest]

    def _on_notify(self, conn: Any, pid: int, channel: str, payload: object) -> None:
        self._invalidate(str(payload) if payload else None)

    def _lost(self) -> None:
        self.listening = False
        if self.versions is not None:
            self.versions.stop()
        self.connected.clear()
        self._invalidate(None)

    def _on_terminate(self, conn: Any) -> None:
        if self._conn is conn:
            self._lost()

    async def run(self, dsn: str) -> None:
        """Listen until :attr:`stopping` is set, reconnecting whenever the connection drops."""
        while not self.stopping.is_set():
            try:
                await self._listen(dsn)
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
                _log.warning("key cache listener lost: %s", exc)
            finally:
                self._lost()
                conn, self._conn = self._conn, None
                if conn is not None and not conn.is_closed():
                    conn.terminate()
            if not self.stopping.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.stopping.wait(), RECONNECT_DELAY)

    async def _listen(self, dsn: str) -> None:
        conn = await asyncpg.connect(
            dsn, timeout=5, server_settings={"application_name": "watchfloor-keys"}
        )
        self._conn = conn
        conn.add_termination_listener(self._on_terminate)
        await conn.add_listener(repo.KEYS_CHANNEL, self._on_notify)
        if self.versions is not None:
            await conn.add_listener(VERSIONS_CHANNEL, self.versions.on_notify)
            self.versions.start()
        # Anything read before this instant may predate a notification we did not hear.
        self._invalidate(None)
        self.listening = True
        self.connected.set()
        while not self.stopping.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), LEASE_SECONDS)
            if conn.is_closed() or not self.listening:
                return
            async with asyncio.timeout(HEARTBEAT_TIMEOUT):
                await self.limiter.sweep(conn)
                await conn.execute(repo.HEARTBEAT)
