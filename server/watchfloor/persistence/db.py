"""The connection pool: created in the app lifespan, handed to handlers one connection a request.

For ``/v1`` the access middleware is the one place a connection is taken (see
``docs/architecture.md``): before the handler runs, so authentication, the audit settings and
the handler's work share one connection, which travels in the request context.
"""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
import msgspec

__all__ = (
    "Connection",
    "FairPool",
    "Pool",
    "connect",
    "create_pool",
)

Connection = asyncpg.Connection
Pool = asyncpg.Pool

_encode_json = msgspec.json.encode
_decode_json = msgspec.json.decode


async def _init_connection(conn: asyncpg.Connection) -> None:
    # jsonb travels as text; msgspec is faster than the stdlib json asyncpg would use.
    for type_name in ("json", "jsonb"):
        await conn.set_type_codec(
            type_name,
            encoder=lambda value: _encode_json(value).decode(),
            decoder=_decode_json,
            schema="pg_catalog",
            format="text",
        )


async def _keep_session(conn: asyncpg.Connection) -> None:
    """Pool reset: nothing beyond asyncpg's own (an open transaction is rolled back).

    asyncpg's default reset sends ``RESET ALL; CLOSE ALL; UNLISTEN *;
    pg_advisory_unlock_all()`` on every release: one more round trip for every request. The
    session state our requests leave is only the audit tags (``watchfloor.key_id``,
    ``watchfloor.request_id``), and the access middleware sets both, first, on every ``/v1``
    request; cursors live inside transactions, locks are transaction-scoped, nothing LISTENs.
    Code that changes session state in any other way must undo it itself.
    """


async def create_pool(dsn: str, *, min_size: int = 1, max_size: int = 10) -> asyncpg.Pool:
    """A pool whose connections decode json/jsonb with msgspec."""
    pool = await asyncpg.create_pool(
        dsn,
        min_size=min_size,
        max_size=max_size,
        init=_init_connection,
        reset=_keep_session,
        command_timeout=60,
        server_settings={"application_name": "watchfloor"},
    )
    assert pool is not None
    return pool


class FairPool:
    """The pool behind a first-come, first-served gate.

    asyncpg's pool hands a released connection to whichever request asks next, and a waiter it
    has woken but that has not run yet loses its turn and queues again at the back. Under load
    (64 connections on a pool of 10) a few requests then wait for seconds while the rest are
    quick: p99 was 100× p50. A FIFO semaphore of the pool's size in front of it makes every
    request wait its turn; once through the gate, a connection is always free.
    """

    def __init__(self, pool: asyncpg.Pool, size: int) -> None:
        self.pool = pool
        self._gate = asyncio.Semaphore(size)

    @asynccontextmanager
    async def acquire(self) -> AsyncIterator[asyncpg.Connection]:
        async with self._gate, self.pool.acquire() as conn:
            # The pool hands out a proxy that behaves as the connection it wraps.
            yield conn  # type: ignore[misc]

    async def close(self) -> None:
        await self.pool.close()


async def connect(dsn: str) -> asyncpg.Connection:
    """One connection with the same codecs as the pool's (for the CLI and tests)."""
    conn = await asyncpg.connect(dsn, server_settings={"application_name": "watchfloor-cli"})
    await _init_connection(conn)
    return conn
