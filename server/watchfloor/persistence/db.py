"""The connection pool: created in the app lifespan, handed to handlers one connection a request.

For ``/v1`` the access middleware is the one place a connection is taken (see
``docs/architecture.md``): before the handler runs, so authentication, the audit settings and
the handler's work share one connection, which travels in the request context.
"""

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager, suppress

import asyncpg
import msgspec

from watchfloor.errors import ServiceUnavailable
from watchfloor.persistence.dberrors import breaks_connection

__all__ = (
    "Connection",
    "FairPool",
    "Pool",
    "connect",
    "create_pool",
    "discard",
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
) -> asyncpg.Pool:
    """A pool whose connections decode json/jsonb with msgspec.

    ``statement_timeout`` (seconds, 0: none) is PostgreSQL's own: the server cancels a statement
    that runs longer (57014, answered 503), so no request holds a connection and a backend for
    longer than that on one statement.
    """
    pool = await asyncpg.create_pool(
        dsn,
        min_size=min_size,
        max_size=max_size,
        init=_init_connection,
        reset=_keep_session,
        timeout=connect_timeout,
        command_timeout=60,
        server_settings={
            "application_name": "watchfloor",
            "statement_timeout": str(int(statement_timeout * 1000)),
        },
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
        self._gate = asyncio.Semaphore(size)
        self._stream_gate = asyncio.Semaphore(self.stream_size)

    @property
    def exhausted(self) -> bool:
        """Every connection is held: a new request would have to wait."""
        return self.in_use >= self.size

    async def _through(self, gate: asyncio.Semaphore, what: str, wait: float) -> None:
        try:
            async with asyncio.timeout(wait):
                await gate.acquire()
        except TimeoutError:
            raise ServiceUnavailable(
                f"Every database connection for {what} is in use; retry shortly.",
                headers={"Retry-After": "1"},
            ) from None

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

    async def close(self) -> None:
        await self.pool.close()


def discard(conn: asyncpg.Connection) -> None:
    """Close ``conn`` at once so that the pool opens a new one in its place.

    When the socket's end was already seen, asyncpg has taken the connection back itself
    (the proxy is detached): nothing is left to do.
    """
    with suppress(asyncpg.InterfaceError):
        conn.terminate()


async def connect(dsn: str) -> asyncpg.Connection:
    """One connection with the same codecs as the pool's (for the CLI and tests)."""
    conn = await asyncpg.connect(dsn, server_settings={"application_name": "watchfloor-cli"})
    await _init_connection(conn)
    return conn
