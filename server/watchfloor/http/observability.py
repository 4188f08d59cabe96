"""Request ids and the structured request log.

Every response carries ``X-Request-Id`` (the caller's, if it sent a sane one, else a new one),
problem bodies repeat it, and one JSON log line per request records it with the outcome.
"""

import logging
import re
import sys
import time
import uuid
from typing import Any

import msgspec
from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send

__all__ = (
    "JsonFormatter",
    "RequestIdMiddleware",
    "configure_logging",
    "request_id_of",
    "stamp_response",
)

_SANE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_log = logging.getLogger("watchfloor.request")


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and any ``extra`` fields."""

    _RESERVED = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None)))

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        entry.update(
            {k: v for k, v in vars(record).items() if k not in self._RESERVED and k != "message"}
        )
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return msgspec.json.encode(entry, enc_hook=str).decode()


def configure_logging(level: str = "INFO") -> None:
    """Send Watchfloor's logs to stderr as JSON lines (called by the CLI, never on import)."""
    # The JSON lines carry no thread or process names: skip looking them up for every record
    # (one record per request).
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger("watchfloor")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False


def request_id_of(scope: Scope) -> str:
    """The request id of ``scope``: the caller's ``X-Request-Id`` if sane, else a new one.

    The first call also notes the start time for the request log.
    """
    state = scope.setdefault("state", {})
    request_id: str | None = state.get("request_id")
    if request_id is None:
        incoming = next(
            (v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"x-request-id"),
            None,
        )
        request_id = incoming if incoming and _SANE_ID.match(incoming) else uuid.uuid4().hex
        state["request_id"] = request_id
        state["started"] = time.perf_counter()
    return request_id


class RequestIdMiddleware:
    """ASGI middleware: stamps the request id on the scope as early as routing allows.

    Requests that never reach a route (404, 405) get theirs from the problem handler or from
    :func:`stamp_response`, which every response passes through.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == ScopeType.HTTP:
            request_id_of(scope)
        await self.app(scope, receive, send)


async def stamp_response(message: Message, scope: Scope) -> None:
    """``before_send`` hook: adds ``X-Request-Id`` and writes the request log line."""
    if message["type"] != "http.response.start" or scope["type"] != ScopeType.HTTP:
        return
    request_id = request_id_of(scope)
    headers = message.setdefault("headers", [])
    headers.append((b"x-request-id", request_id.encode()))  # type: ignore[attr-defined]
    started = scope["state"].get("started", time.perf_counter())
    _log.info(
        "request",
        extra={
            "request_id": request_id,
            "method": scope.get("method"),
            "path": scope.get("path"),
            "status": message["status"],
            "duration_ms": round((time.perf_counter() - started) * 1000, 2),
        },
    )
