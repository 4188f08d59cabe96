"""Read replicas: a pool per streaming standby, and a watch on how far each has replayed.

Each replica named in ``WATCHFLOOR_REPLICA_URLS`` gets a :class:`~watchfloor.persistence.db.FairPool`
of its own and a :class:`Replica` record of its state. :meth:`Replicas.run` checks every replica
about once a ``replica_check_interval``, on connections of its own (never the request pools'):
the primary's ``pg_current_wal_lsn()`` once, then each replica's ``pg_last_wal_replay_lsn()``,
its receive position and the age of the last transaction it replayed. A replica is *in* (it
serves reads) while it answers, is still a standby, and trails the primary by at most
``replica_max_lag_bytes`` WAL bytes and ``replica_max_lag_seconds`` seconds; otherwise it is
*out* with the reason, and put back in at the first check that finds it healthy again. A request
that finds a replica's connection broken takes it out at once (:meth:`Replicas.take_out`), so
the next requests do not try it before the next check.

Which requests go where, and the consistency token, are the edge's (``http/replicas.py``);
``docs/operations.md`` ("Read replicas") says it for operators.
"""

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Sequence

import asyncpg

from watchfloor.persistence.db import FairPool, create_pool, discard

__all__ = ("Replica", "Replicas", "format_lsn", "parse_lsn")

_log = logging.getLogger("watchfloor.replicas")

_LSN = re.compile(r"([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})")


def parse_lsn(text: str) -> int | None:
    """A PostgreSQL LSN (``16/B374D848``) as an integer; ``None`` when ``text`` is not one."""
    found = _LSN.fullmatch(text.strip())
    if found is None:
        return None
    return (int(found.group(1), 16) << 32) | int(found.group(2), 16)


def format_lsn(value: int) -> str:
    """The text PostgreSQL writes for an LSN: two hexadecimal halves, upper case."""
    return f"{value >> 32:X}/{value & 0xFFFFFFFF:X}"


_PRIMARY_POSITION = "SELECT pg_current_wal_lsn()::text"
_REPLICA_POSITION = """
SELECT pg_is_in_recovery() AS standby,
       pg_last_wal_replay_lsn()::text AS replay,
       CASE WHEN pg_last_wal_receive_lsn() IS NULL
                 OR pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn() THEN 0.0
            ELSE coalesce(extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()), 0)
       END::float8 AS seconds
"""
_CONNECT_TIMEOUT = 2.0
"""Seconds a request waits to connect to a replica: one that does not answer (a host gone
without a word) costs a read this much before the primary serves it, not the primary's 10 s."""
REPLAYED = "SELECT pg_last_wal_replay_lsn()::text"
"""The replay position, read on a request's own replica connection to weigh a token."""


class Replica:
    """One standby: its pool and what the last check found."""

    def __init__(self, name: str, dsn: str, pool: FairPool) -> None:
        self.name = name
        self.dsn = dsn
        self.pool = pool
        self.up = False
        """In service: reads may be sent to it. Out until a first check finds it healthy."""
        self.replay_lsn: int | None = None
        self.lag_bytes: int | None = None
        self.lag_seconds: float | None = None
        self.detail: str | None = "not checked yet"
        """Why it is out (``None`` while in)."""
        self.checked_at: float | None = None
        """``time.time()`` of the last check that reached it."""
        self.conn: asyncpg.Connection | None = None
        """The checker's own connection to it."""

    def replayed(self, lsn: int) -> None:
        """A request saw this replay position on it: it only ever moves forward."""
        if self.replay_lsn is None or lsn > self.replay_lsn:
            self.replay_lsn = lsn


class Replicas:
    """The read replicas of one server process, and the task that watches them."""

    def __init__(
        self,
        replicas: Sequence[Replica],
        *,
        max_lag_bytes: int,
        max_lag_seconds: float,
        interval: float,
    ) -> None:
        self.replicas = list(replicas)
        self.max_lag_bytes = max_lag_bytes
        self.max_lag_seconds = max_lag_seconds
        self.interval = interval
        self.primary_lsn: int | None = None
        self.stopping = asyncio.Event()
        self._turn = 0
        self._primary: asyncpg.Connection | None = None

    @classmethod
    async def open(
        cls,
        urls: Sequence[str],
        *,
        max_size: int,
        wait: float,
        statement_timeout: float,
        max_lag_bytes: int,
        max_lag_seconds: float,
        interval: float,
    ) -> "Replicas":
        """A pool for every URL (none connects before it is used: a replica may be down)."""
        replicas = []
        for number, url in enumerate(urls):
            pool = await create_pool(
                url,
                min_size=0,
                max_size=max_size,
                statement_timeout=statement_timeout,
                connect_timeout=_CONNECT_TIMEOUT,
            )
            replicas.append(Replica(f"replica-{number}", url, FairPool(pool, max_size, wait=wait)))
        return cls(
            replicas,
            max_lag_bytes=max_lag_bytes,
            max_lag_seconds=max_lag_seconds,
            interval=interval,
        )

    def in_service(self) -> list[Replica]:
        """The replicas in, the least busy first, taking turns among equals."""
        up = [r for r in self.replicas if r.up]
        if len(up) > 1:
            self._turn = (self._turn + 1) % len(up)
            up = up[self._turn :] + up[: self._turn]
            up.sort(key=lambda r: r.pool.in_use)
        return up

    async def take_out(self, replica: Replica, reason: str) -> None:
        """Stop sending reads to ``replica`` until a check finds it healthy again."""
        if replica.up:
            _log.warning("replica %s taken out: %s", replica.name, reason)
        replica.up = False
        replica.detail = reason
        # Idle connections to a standby that went away are dead: open new ones when it is back.
        await replica.pool.pool.expire_connections()

    def _put_in(self, replica: Replica) -> None:
        if not replica.up:
            _log.warning("replica %s back in service", replica.name)
        replica.up = True
        replica.detail = None

    async def check(self, primary_dsn: str) -> None:
        """One round: the primary's position, then every replica's, at once."""
        self.primary_lsn = await self._primary_position(primary_dsn)
        await asyncio.gather(*(self._check(r) for r in self.replicas))

    async def _primary_position(self, dsn: str) -> int | None:
        try:
            async with asyncio.timeout(max(self.interval, 1.0) * 2):
                if self._primary is None or self._primary.is_closed():
                    self._primary = await asyncpg.connect(
                        dsn, server_settings={"application_name": "watchfloor-replica-check"}
                    )
                text = await self._primary.fetchval(_PRIMARY_POSITION)
        except (TimeoutError, OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
            self._drop_primary()
            return None
        return parse_lsn(text)

    def _drop_primary(self) -> None:
        if self._primary is not None:
            discard(self._primary)
            self._primary = None

    async def _check(self, replica: Replica) -> None:
        try:
            async with asyncio.timeout(max(self.interval, 1.0) * 2):
                if replica.conn is None or replica.conn.is_closed():
                    replica.conn = await asyncpg.connect(
                        replica.dsn,
                        server_settings={"application_name": "watchfloor-replica-check"},
                    )
                row = await replica.conn.fetchrow(_REPLICA_POSITION)
        except (TimeoutError, OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            if replica.conn is not None:
                discard(replica.conn)
                replica.conn = None
            replica.lag_bytes = replica.lag_seconds = None
            await self.take_out(replica, f"unreachable ({type(exc).__name__})")
            return
        assert row is not None
        replica.checked_at = time.time()
        if not row["standby"] or row["replay"] is None:
            await self.take_out(replica, "not a streaming standby (promoted, or not in recovery)")
            return
        replay = parse_lsn(row["replay"])
        assert replay is not None
        replica.replay_lsn = replay
        replica.lag_seconds = float(row["seconds"])
        primary = self.primary_lsn
        replica.lag_bytes = max(0, primary - replay) if primary is not None else None
        if replica.lag_bytes is not None and replica.lag_bytes > self.max_lag_bytes:
            await self.take_out(replica, f"{replica.lag_bytes} bytes behind the primary")
        elif replica.lag_seconds > self.max_lag_seconds:
            await self.take_out(replica, f"{replica.lag_seconds:.1f} s behind the primary")
        else:
            self._put_in(replica)

    async def run(self, primary_dsn: str) -> None:
        """Check every ``interval`` seconds until :attr:`stopping` is set."""
        while not self.stopping.is_set():
            try:
                await self.check(primary_dsn)
            except Exception:  # pragma: no cover - the watch must outlive any surprise
                _log.exception("replica check failed")
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.interval):
                    await self.stopping.wait()

    async def close(self) -> None:
        self._drop_primary()
        for replica in self.replicas:
            if replica.conn is not None:
                discard(replica.conn)
                replica.conn = None
            await replica.pool.close()
