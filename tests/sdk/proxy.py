"""A real HTTP server on loopback, in front of the real Watchfloor server, that fails on cue.

Each request takes the next fault from the queue (none left: it is forwarded untouched), so a
test can say "fail twice, then pass" and watch what the client does about it. Faults:

* ``Fault.answer(503, {"Retry-After": "1"})`` answers at once, without forwarding;
* ``Fault.lost(502)`` forwards (the server does the work and commits), then throws the answer
  away and answers 502, as a gateway that lost the response would;
* ``Fault.drop()`` closes the connection without answering;
* ``Fault.stall(seconds)`` waits, then forwards (for timeouts);
* ``Fault.cut(size)`` forwards, then sends the answer's headers and only its first ``size``
  bytes of body, and closes the connection (a download dropped half-way).

``proxy.rewrite`` (``(path, body) -> body``), when set, changes every successful JSON answer on
its way back: the server of another release, seen through this one.
"""

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self

import httpx

_HOP_BY_HOP = frozenset({"connection", "keep-alive", "transfer-encoding", "content-length"})


@dataclass(frozen=True)
class Fault:
    """What the proxy does to one request."""

    kind: str
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    @classmethod
    def answer(cls, status: int, headers: dict[str, str] | None = None) -> "Fault":
        return cls("status", status, headers or {})

    @classmethod
    def lost(cls, status: int = 502) -> "Fault":
        return cls("lost", status)

    @classmethod
    def drop(cls) -> "Fault":
        return cls("drop")

    @classmethod
    def stall(cls, seconds: float) -> "Fault":
        return cls("stall", seconds=seconds)

    @classmethod
    def cut(cls, size: int) -> "Fault":
        return cls("cut", status=size)


@dataclass(frozen=True)
class Received:
    """One request as it reached the proxy."""

    method: str
    path: str
    headers: dict[str, str]
    at: float
    """``time.monotonic()`` on arrival."""


class FaultyProxy:
    """Start with ``with FaultyProxy(upstream) as proxy:``; point a client at ``proxy.url``."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.faults: deque[Fault] = deque()
        self.rewrite: Callable[[str, bytes], bytes] | None = None
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def fail(self, *faults: Fault) -> None:
        """Queue ``faults`` for the next requests, in order."""
        self.faults.extend(faults)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _next(self, request: Received) -> Fault | None:
        with self._lock:
            self.received.append(request)
            return self.faults.popleft() if self.faults else None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k: v for k, v in self.headers.items()}
                fault = proxy._next(Received(self.command, self.path, headers, time.monotonic()))
                if fault is not None and fault.kind == "drop":
                    self.close_connection = True
                    return
                if fault is not None and fault.kind == "status":
                    self._answer(fault.status, fault.headers, b"")
                    return
                if fault is not None and fault.kind == "stall":
                    time.sleep(fault.seconds)
                forwarded = {
                    k: v for k, v in headers.items() if k.lower() not in {"host", *_HOP_BY_HOP}
                }
                try:
                    upstream = httpx.request(
                        self.command, proxy.upstream + self.path, headers=forwarded, content=body
                    )
                except httpx.HTTPError:
                    return  # the client gave up on a stalled request and went away
                if fault is not None and fault.kind == "lost":
                    self._answer(fault.status, {}, b"")
                    return
                kept = {k: v for k, v in upstream.headers.items() if k.lower() not in _HOP_BY_HOP}
                content = upstream.content
                json_answer = "json" in upstream.headers.get("content-type", "")
                if proxy.rewrite is not None and upstream.is_success and json_answer:
                    content = proxy.rewrite(self.path, content)
                if fault is not None and fault.kind == "cut":
                    self._answer(upstream.status_code, kept, content, send=fault.status)
                    self.close_connection = True
                    return
                self._answer(upstream.status_code, kept, content)

            def _answer(
                self, status: int, headers: dict[str, str], body: bytes, send: int | None = None
            ) -> None:
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body if send is None else body[:send])
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_PATCH = do_DELETE = _handle

        return Handler
