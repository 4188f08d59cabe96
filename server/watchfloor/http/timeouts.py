"""Slow clients: how long the server waits for a request body, and for a client to read.

A database connection is the scarce thing (``WATCHFLOOR_POOL_MAX`` per worker), and a request
holds one from the access middleware until its answer is sent. So:

* a JSON body (at most ``WATCHFLOOR_MAX_BODY_BYTES``) is read whole **before** the request
  goes on to take a connection, within ``body_timeout`` seconds, else 408: a client that sends
  one byte a second holds a socket, never a connection;
* a long stream (an operation whose handler has ``opt={"stream": True}``: the NDJSON import)
  reads its body as it works; each pause between two pieces may last ``body_timeout``, then
  408. Such requests draw on their own small share of the pool (``persistence/db.FairPool``);
* a response the client stops reading (an export, a large page) may stall each write for
  ``send_timeout`` seconds; then the request ends and its connection goes back, and the server
  drops the client's connection.
"""

import asyncio
import logging
from typing import Any

from litestar import Litestar
from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, ReceiveMessage, Scope, Send

from watchfloor.errors import RequestTimeout
from watchfloor.persistence.dberrors import causes

__all__ = ("ClientStalled", "ClientTimeouts", "is_stream")

_log = logging.getLogger("watchfloor.request")
_CLOSE = {"Connection": "close"}


class ClientStalled(Exception):
    """The client read nothing of the response for ``send_timeout`` seconds."""


def is_stream(scope: Scope) -> bool:
    """The operation streams its request body itself (and may run long)."""
    handler = scope.get("route_handler")
    opt: dict[str, Any] = getattr(handler, "opt", {}) if handler is not None else {}
    return bool(opt.get("stream"))


def _timed_out(timeout: float) -> RequestTimeout:
    return RequestTimeout(
        f"The request body did not arrive within {timeout:g} s; send it without pauses.",
        headers=_CLOSE,
    )


async def _read_body(receive: Receive, seconds: float, limit: int) -> list[ReceiveMessage]:
    """The body's messages, read whole within ``seconds``; stops early past ``limit`` bytes."""
    messages: list[ReceiveMessage] = []
    size = 0
    try:
        async with asyncio.timeout(seconds):
            while True:
                message = await receive()
                messages.append(message)
                if message["type"] != "http.request":
                    return messages
                size += len(message.get("body", b""))
                # Past the limit the framework answers 413 from what it has seen.
                if not message.get("more_body", False) or size > limit:
                    return messages
    except TimeoutError:
        raise _timed_out(seconds) from None


def _has_body(scope: Scope) -> bool:
    """Whether the request says a body follows (HTTP/1.1: a length above 0, or chunks).

    Without either, the request has no body: there is nothing to wait for, so no timer is set
    (most requests are reads, and a timer a request is work a bare app does not do).
    """
    for name, value in scope.get("headers", ()):
        if name == b"transfer-encoding" or (name == b"content-length" and value.strip() != b"0"):
            return True
    return False


def _replaying(messages: list[ReceiveMessage], receive: Receive) -> Receive:
    pending = list(messages)

    async def replay() -> ReceiveMessage:
        if pending:
            return pending.pop(0)
        return await receive()

    return replay


def _idle_limited(receive: Receive, timeout: float) -> Receive:
    finished = False

    async def receive_in_time() -> ReceiveMessage:
        nonlocal finished
        if finished:
            # After the body only a disconnect can come: waiting for it is not a stall.
            return await receive()
        try:
            async with asyncio.timeout(timeout):
                message = await receive()
        except TimeoutError:
            raise _timed_out(timeout) from None
        finished = message["type"] != "http.request" or not message.get("more_body", False)
        return message

    return receive_in_time


class _SendWatch:
    """``send``, ended with :class:`ClientStalled` once one send has waited ``timeout`` s.

    One timer an answer rather than one a send: it is set at the first send, and when it fires
    it ends the request if a send has been waiting since at least ``timeout`` s ago, else sets
    itself again for when the current (or next) send would be late. The timer's callback runs
    while the request's task is suspended, so a send in progress is the await it interrupts.
    """

    __slots__ = ("_handle", "_send", "_since", "_stalled", "_task", "_timeout")

    def __init__(self, send: Send, timeout: float) -> None:
        self._send = send
        self._timeout = timeout
        self._since: float | None = None
        self._handle: asyncio.TimerHandle | None = None
        self._task: asyncio.Task[Any] | None = None
        self._stalled = False

    async def __call__(self, message: Message) -> None:
        loop = asyncio.get_running_loop()
        self._since = loop.time()
        if self._handle is None:
            self._task = asyncio.current_task()
            self._handle = loop.call_at(self._since + self._timeout, self._check)
        try:
            await self._send(message)
        except asyncio.CancelledError:
            if self._stalled and self._task is not None and self._task.uncancel() == 0:
                raise ClientStalled(f"the client read nothing for {self._timeout:g} s") from None
            raise
        finally:
            self._since = None

    def _check(self) -> None:
        loop = asyncio.get_running_loop()
        since = self._since
        if since is not None and loop.time() - since >= self._timeout:
            self._handle = None
            self._stalled = True
            if self._task is not None:
                self._task.cancel()
            return
        due = (since if since is not None else loop.time()) + self._timeout
        self._handle = loop.call_at(due, self._check)

    def close(self) -> None:
        """The answer is over (or abandoned): no more checks."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None


class ClientTimeouts:
    """ASGI middleware: body read and response send deadlines, for every routed request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        settings = Litestar.from_scope(scope).state.settings
        if is_stream(scope):
            receive = _idle_limited(receive, settings.body_timeout)
        elif _has_body(scope):
            body = await _read_body(receive, settings.body_timeout, settings.max_body_bytes)
            receive = _replaying(body, receive)
        watch = _SendWatch(send, settings.send_timeout)
        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            stalled = next((e for e in causes(exc) if isinstance(e, ClientStalled)), None)
            if stalled is None:
                raise
            # The answer had begun; nothing more can be said to this client. Returning lets
            # the server close its connection; the request's database connection is back.
            _log.warning(
                "client stopped reading",
                extra={"path": scope.get("path"), "detail": str(stalled)},
            )
        finally:
            watch.close()
