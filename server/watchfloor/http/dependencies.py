"""What handlers receive besides their parameters: the request context and the cursor codec."""

from typing import Any

import asyncpg
from litestar import Request
from litestar.di import NamedDependency

from watchfloor.access.middleware import CONTEXT_KEY
from watchfloor.context import Context
from watchfloor.cursors import CursorCodec
from watchfloor.persistence.secrets import stored_secret

__all__ = ("CursorCodecs", "provide_context", "provide_cursor_codec")


def provide_context(request: Request[Any, Any, Any]) -> Context:
    """The request's context, made by the access middleware (every ``/v1`` request has one)."""
    ctx: Context | None = request.scope.get("state", {}).get(CONTEXT_KEY)
    if ctx is None:
        raise RuntimeError(f"{request.url.path} has no request context: is it under /v1?")
    return ctx


class CursorCodecs:
    """The app's cursor codec: keyed by ``WATCHFLOOR_CURSOR_SECRET``, or else by the key kept
    in the database (made by the first process that needs one), read on first use so that
    the service starts while the database is down."""

    def __init__(self, secret: bytes | None) -> None:
        self._codec = CursorCodec(secret) if secret else None

    async def get(self, conn: asyncpg.Connection) -> CursorCodec:
        if self._codec is None:
            self._codec = CursorCodec(await stored_secret(conn, "cursor"))
        return self._codec


def provide_cursor_codec(codecs: CursorCodecs) -> Any:
    async def cursor_codec(ctx: NamedDependency[Context]) -> CursorCodec:
        # Named after `ctx` so that Litestar resolves it after the context: two dependencies
        # of the same depth are resolved in an anyio task group, two tasks per request.
        return await codecs.get(ctx.conn)

    return cursor_codec
