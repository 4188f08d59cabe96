"""``HEAD`` on every ``GET`` route: the same status and headers, no body (RFC 9110 §9.3.2).

Litestar routes a ``GET`` handler for ``GET`` only and answers ``HEAD`` with 405. Rather than
declare a second handler for each of them, a ``HEAD`` request whose path has a ``GET`` is served
as that ``GET`` and its body is dropped on the way out; ``Content-Length`` stays that of the
body a ``GET`` would get. A path without a ``GET`` still answers ``HEAD`` with 405.
"""

from typing import Any

from litestar import Litestar
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from litestar.utils import normalize_path

__all__ = ("serve_head",)


def _has_get(app: Litestar, scope: Scope) -> bool:
    path = scope["path"]
    if root_path := scope.get("root_path", ""):
        path = path.split(root_path, maxsplit=1)[-1]
    try:
        app.asgi_router.handle_routing(path=normalize_path(path), method="GET")
    except Exception:  # not found, or no GET there: the router answers HEAD itself
        return False
    return True


def _bodiless(send: Send) -> Send:
    async def send_head(message: Message) -> None:
        if message["type"] != "http.response.body":
            await send(message)
        elif not message.get("more_body", False):
            await send({"type": "http.response.body", "body": b"", "more_body": False})

    return send_head


def serve_head(app: Litestar) -> None:
    """Make ``app`` answer ``HEAD`` wherever it answers ``GET``."""
    inner: ASGIApp = app.asgi_handler

    async def handler(scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("method") == "HEAD" and _has_get(app, scope):
            head: Any = scope
            head["method"] = "GET"
            await inner(head, receive, _bodiless(send))
            return
        await inner(scope, receive, send)

    app.asgi_handler = handler
