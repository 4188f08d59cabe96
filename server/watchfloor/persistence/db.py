"""The connection pool: created in the app lifespan, handed to handlers one connection a request.

For ``/v1`` the access middleware is the one place a connection is taken (see
``docs/architecture.md``): before the handler runs, so authentication, the audit settings and
the handler's work share one connection, which travels in the request context.
"""

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager, suppress
from typing import Any

import asyncpg
import msgspec

from watchfloor.errors import ServiceUnavailable
from watchfloor.persistence.dberrors import breaks_connection

__all__ = (
    "Connection",
    "FairPool",
    "Pool",
    "PoolUsage",
    "connect",
    "create_pool",
    "discard",
    "pooler_options",
)

Connection = asyncpg.Connection
Pool = asyncpg.Pool

_encode_json = msgspec.json.encode
_decode_json = msgspec.json.decode


_JSONB_VERSION = b"\x01"
"""The first byte of jsonb's binary form (the JSON text follows); json's is the text alone."""


def _encode_jsonb(value: object) -> bytes:
    return _JSONB_VERSION + _encode_json(value)


def _decode_jsonb(data: bytes) -> object:
    return _decode_json(memoryview(data)[1:])


async def _init_connection(conn: asyncpg.Connection) -> None:
    # json and jsonb through msgspec (faster than the stdlib json asyncpg would use), in the
    # binary format: the same JSON text on the wire (jsonb's prefixed by its version byte), and
    # the one format binary COPY accepts (an import batch's creates, imports/repository.py).
    await conn.set_type_codec(
        "json", encoder=_encode_json, decoder=_decode_json, schema="pg_catalog", format="binary"
    )
    await conn.set_type_codec(
        "jsonb", encoder=_encode_jsonb, decoder=_decode_jsonb, schema="pg_catalog", format="binary"
    )


async def _keep_session(conn: asyncpg.Connection) -> None:
    """Pool reset: nothing beyond asyncpg's own (an open transaction is rolled back).

    asyncpg's default reset sends ``RESET ALL; CLOSE ALL; UNLISTEN *;
    pg_advisory_unlock_all()`` on every release: one more round trip for every request. Our
    requests leave no session state: the audit tags (``watchfloor.key_id``,
    ``watchfloor.request_id``) are transaction-local, set by each write's transaction
    (``access/tags.py``); cursors live inside transactions, locks are transaction-scoped, and
    the one connection that LISTENs is the key cache's own, outside the pool.
    Code that changes session state in any other way must undo it itself.
    """


async def create_pool(
    dsn: str,
    *,
    min_size: int = 1,
    max_size: int = 10,
    statement_timeout: float = 30.0,
    connect_timeout: float = 10.0,
    pooled: bool = False,
) -> asyncpg.Pool:
    """A pool whose connections decode json/jsonb with msgspec.

    ``statement_timeout`` (seconds, 0: none) is PostgreSQL's own: the server cancels a statement
    that runs longer (57014, answered 503), so no request holds a connection and a backend for
    longer than that on one statement.

    ``pooled``: ``dsn`` is PgBouncer in transaction mode (:func:`pooler_options`).
    """
    pool = await asyncpg.create_pool(
        dsn,
        min_size=min_size,
        max_size=max_size,
        init=_init_connection,
        reset=_keep_session,
        timeout=connect_timeout,
        command_timeout=60,
        **pooler_options(pooled, "watchfloor", statement_timeout),
    )
    assert pool is not None
    return pool


class FairPool:
    """The pool behind first-come, first-served gates: one for every request, one for streams.

    asyncpg's pool hands a released connection to whichever request asks next, and a waiter it
    has woken but that has not run yet loses its turn and queues again at the back. Under load
    (64 connections on a pool of 10) a few requests then wait for seconds while the rest are
    quick: p99 was 100× p50. A FIFO semaphore of the pool's size in front of it makes every
    request wait its turn; once through the gate, a connection is always free.

    Long streams (an import whose client sends slowly, an export whose client reads slowly)
    also pass a second, smaller gate first (``stream_size``), so however many of them there
    are, ``size - stream_size`` connections stay for everything else. A request that cannot
    get through a gate within ``wait`` seconds is answered 503 with ``Retry-After`` instead of
    queueing for ever.

    A connection whose session the server ended (a restart: 57P01 "terminating connection due
    to administrator command") is terminated before it goes back: asyncpg would otherwise take
    it back as healthy before it sees the socket close and hand it to the next request, which
    then fails in the driver ("another operation is in progress").
    """

    def __init__(
        self, pool: asyncpg.Pool, size: int, *, stream_size: int | None = None, wait: float = 5.0
    ) -> None:
        self.pool = pool
        self.size = size
        self.stream_size = max(1, min(stream_size or size, size - 1)) if size > 1 else 1
        self.wait = wait
        self.in_use = 0
        """Connections held by requests right now."""
        self.waiting = 0
        """Requests waiting at the gate for a connection right now."""
        self.streams_in_use = 0
        """Imports and exports through the streams' gate right now."""
        self.streams_waiting = 0
        """Imports and exports waiting at the streams' gate right now."""
        self._gate = asyncio.Semaphore(size)
        self._stream_gate = asyncio.Semaphore(self.stream_size)

    def usage(self) -> "PoolUsage":
        """What ``/metrics`` shows of this pool now (``docs/operations.md``)."""
        return PoolUsage(
            size=self.size,
            open=self.pool.get_size(),
            in_use=self.in_use,
            idle=self.pool.get_idle_size(),
            waiting=self.waiting,
            stream_size=self.stream_size,
            streams_in_use=self.streams_in_use,
            streams_waiting=self.streams_waiting,
        )

    @property
    def exhausted(self) -> bool:
        """Every connection is held: a new request would have to wait."""
        return self.in_use >= self.size

    async def _through(self, gate: asyncio.Semaphore, what: str, wait: float) -> None:
        stream = gate is self._stream_gate
        if stream:
            self.streams_waiting += 1
        else:
            self.waiting += 1
        try:
            async with asyncio.timeout(wait):
                await gate.acquire()
        except TimeoutError:
            raise ServiceUnavailable(
                f"Every database connection for {what} is in use; retry shortly.",
                headers={"Retry-After": "1"},
            ) from None
        finally:
            if stream:
                self.streams_waiting -= 1
            else:
                self.waiting -= 1

    @asynccontextmanager
    async def acquire(
        self, *, stream: bool = False, wait: float | None = None
    ) -> AsyncIterator[asyncpg.Connection]:
        """A connection for one request (``stream``: from the long streams' share)."""
        budget = self.wait if wait is None else wait
        async with AsyncExitStack() as stack:
            if stream:
                await self._through(self._stream_gate, "imports and exports", budget)
                stack.callback(self._stream_gate.release)
                self.streams_in_use += 1
                stack.callback(self._stream_done)
            await self._through(self._gate, "requests", budget)
            stack.callback(self._gate.release)
            # The pool hands out a proxy that behaves as the connection it wraps.
            conn: asyncpg.Connection = await stack.enter_async_context(self.pool.acquire())  # type: ignore[arg-type]
            self.in_use += 1
            try:
                yield conn
            except BaseException as exc:
                if breaks_connection(exc):
                    discard(conn)
                raise
            finally:
                self.in_use -= 1

    def _stream_done(self) -> None:
        self.streams_in_use -= 1

    async def close(self) -> None:
        await self.pool.close()


class PoolUsage(msgspec.Struct, frozen=True, kw_only=True):
    """One process's :class:`FairPool` at one instant."""

    size: int
    """Connections it may open (``WATCHFLOOR_POOL_MAX``)."""
    open: int
    """Connections open now (asyncpg opens them on demand, up to ``size``)."""
    in_use: int
    """Connections held by requests."""
    idle: int
    """Connections open and not held."""
    waiting: int
    """Requests waiting at the gate (each waits ``WATCHFLOOR_POOL_WAIT`` at most, then 503)."""
    stream_size: int
    """Of ``size``, the connections imports and exports may hold (``WATCHFLOOR_STREAM_POOL``)."""
    streams_in_use: int
    """Imports and exports through their gate."""
    streams_waiting: int
    """Imports and exports waiting at their gate."""


def discard(conn: asyncpg.Connection) -> None:
    """Close ``conn`` at once so that the pool opens a new one in its place.

    When the socket's end was already seen, asyncpg has taken the connection back itself
    (the proxy is detached): nothing is left to do.
    """
    with suppress(asyncpg.InterfaceError):
        conn.terminate()


def pooler_options(
    pooled: bool, application_name: str, statement_timeout: float | None = None
) -> dict[str, Any]:
    """asyncpg's connection options, direct or through PgBouncer in transaction mode.

    Behind PgBouncer each transaction (each statement outside one) may run on another server
    connection, so nothing may outlive it on the server:

    * asyncpg's statement cache names its prepared statements, which then exist on one server
      connection only (PgBouncer 1.18 does not track them; 1.21+ can): the cache is off, and
      every statement is prepared unnamed, in the same round trip as it runs (Parse, Describe,
      Flush, then Bind, Execute, Sync — no Sync in between, so PgBouncer keeps the one server
      connection). An unnamed statement is planned for its parameters each time, as
      ``plan_cache_mode = force_custom_plan`` would.
    * PgBouncer refuses startup parameters it does not know (``statement_timeout`` among
      them): only ``application_name`` is sent, and the timeout is the pooler's
      ``connect_query`` or the role's (``ALTER ROLE … SET statement_timeout``;
      docs/operations.md, "Behind PgBouncer").
    """
    settings = {"application_name": application_name}
    if pooled:
        return {"server_settings": settings, "statement_cache_size": 0}
    if statement_timeout is not None:
        settings["statement_timeout"] = str(int(statement_timeout * 1000))
    return {"server_settings": settings}


async def connect(dsn: str, *, pooled: bool = False) -> asyncpg.Connection:
    """One connection with the same codecs as the pool's (for the CLI and tests)."""
    conn: asyncpg.Connection = await asyncpg.connect(
        dsn, **pooler_options(pooled, "watchfloor-cli")
    )
    await _init_connection(conn)
    return conn
