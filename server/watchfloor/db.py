"""The connection pool: created in the app lifespan, handed to handlers one connection a request.

This is the one place a database connection is taken (see ``docs/architecture.md``): for
``/v1`` the access middleware takes it before the handler runs, so authentication, the audit
settings and the handler's work share one connection.
"""

from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
import msgspec
from litestar import Litestar, Request
from litestar.datastructures import State

__all__ = ("Connection", "Pool", "connect", "create_pool", "pool_lifespan", "provide_connection")

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


async def create_pool(dsn: str, *, min_size: int = 1, max_size: int = 10) -> asyncpg.Pool:
    """A pool whose connections decode json/jsonb with msgspec."""
    pool = await asyncpg.create_pool(
        dsn,
        min_size=min_size,
        max_size=max_size,
        init=_init_connection,
        command_timeout=60,
        server_settings={"application_name": "watchfloor"},
    )
    assert pool is not None
    return pool


async def connect(dsn: str) -> asyncpg.Connection:
    """One connection with the same codecs as the pool's (for the CLI and tests)."""
    conn = await asyncpg.connect(dsn, server_settings={"application_name": "watchfloor-cli"})
    await _init_connection(conn)
    return conn


def pool_lifespan(dsn: str, *, min_size: int, max_size: int) -> Any:
    """A lifespan context manager that keeps the pool in ``app.state.pool``."""

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        pool = await create_pool(dsn, min_size=min_size, max_size=max_size)
        app.state.pool = pool
        try:
            yield
        finally:
            await pool.close()

    return lifespan


async def provide_connection(
    state: State, request: Request[Any, Any, Any]
) -> AsyncGenerator[asyncpg.Connection, None]:
    """Dependency: one pooled connection for the duration of a request."""
    taken: asyncpg.Connection | None = request.scope.get("state", {}).get("conn")
    if taken is not None:
        yield taken
        return
    pool: asyncpg.Pool = state.pool
    async with pool.acquire() as conn:
        # The pool hands out a proxy that behaves as the connection it wraps.
        yield conn  # type: ignore[misc]
