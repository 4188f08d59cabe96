"""What handlers receive besides their parameters: the request context and the cursor codec."""

from typing import Any

from litestar import Request
from litestar.di import NamedDependency

from watchfloor.access.middleware import CONTEXT_KEY
from watchfloor.context import Context
from watchfloor.cursors import CursorCodec

__all__ = ("provide_context", "provide_cursor_codec")


def provide_context(request: Request[Any, Any, Any]) -> Context:
    """The request's context, made by the access middleware (every ``/v1`` request has one)."""
    ctx: Context | None = request.scope.get("state", {}).get(CONTEXT_KEY)
    if ctx is None:
        raise RuntimeError(f"{request.url.path} has no request context: is it under /v1?")
    return ctx


def provide_cursor_codec(codec: CursorCodec) -> Any:
    def cursor_codec(ctx: NamedDependency[Context]) -> CursorCodec:
        # Named after `ctx` only so that Litestar resolves it after the context: two
        # dependencies of the same depth are resolved in an anyio task group, two tasks per
        # request.
        return codec

    return cursor_codec
