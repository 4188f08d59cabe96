"""Authentication, scopes and rate limits for every ``/v1`` request, in one database round trip.

A request reaches its handler only through here:

0. a request without a key that is not an anonymous read is answered 401 at once, without a
   connection (so is a malformed ``Authorization``): refusing costs the database nothing;
1. a pooled connection is taken; it serves the whole request, the handler included (the one
   place a connection is taken for ``/v1``), so the settings below apply to its writes. A long
   stream (``opt={"stream": True}``: import, export) takes it from the streams' share of the
   pool, and one key may run only ``streams_per_key`` of them at once (429 beyond);
2. one statement looks up the ``Authorization: Bearer`` secret (stored hashed), counts the
   request against the key's per-minute window (or the client address's, without a valid key),
   and tags the connection with the key and request id for the audit;
3. 401 without a valid key (unless anonymous reads of ``live`` are on and this is a read);
   429 when the window is used up; 403 when the key lacks the scope the operation needs;
4. the request's :class:`~watchfloor.context.Context` is made: the connection, the caller
   (:class:`~watchfloor.access.principal.Principal`), the request id. Handlers receive it as the
   ``ctx`` dependency and pass it down; the store confines every read, list and write with it.

Every answer to a ``/v1`` request that was counted carries ``RateLimit-Limit``,
``RateLimit-Remaining`` and ``RateLimit-Reset`` (seconds until the window resets); the 401 of
step 0 is not counted and has none. Counters live in PostgreSQL, so the limit
holds across any number of worker processes and replicas.
"""

import hashlib
import math
from collections import Counter
from collections.abc import Iterator
from contextlib import AsyncExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

import asyncpg
from litestar import Litestar
from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from watchfloor.access.principal import Principal
from watchfloor.access.repository import AUTHENTICATE
from watchfloor.context import Context
from watchfloor.errors import Forbidden, RateLimited, Unauthorized
from watchfloor.http.observability import request_id_of
from watchfloor.http.query_names import check_query_names
from watchfloor.http.timeouts import is_stream
from watchfloor.persistence.db import FairPool, discard
from watchfloor.persistence.dberrors import breaks_connection

__all__ = (
    "CONTEXT_KEY",
    "PROTECTED_PREFIX",
    "AccessMiddleware",
    "StreamSlots",
    "discard_broken_connection",
    "required_scope",
)

PROTECTED_PREFIX = "/v1/"
CONTEXT_KEY = "watchfloor_context"
"""Where the request's :class:`~watchfloor.context.Context` waits in the ASGI scope's state."""
_SAFE_METHODS = frozenset({"GET", "HEAD"})
_ANONYMOUS = Principal(key_id=None, scopes=frozenset({"read"}), datasets=frozenset({"live"}))
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="watchfloor"'}


class StreamSlots:
    """How many long streams (imports, exports) each caller runs in this worker right now."""

    def __init__(self, per_caller: int) -> None:
        self.per_caller = per_caller
        self._running: Counter[str] = Counter()

    @contextmanager
    def hold(self, caller: str, headers: dict[str, str]) -> Iterator[None]:
        """One slot of ``caller``'s for the block; 429 when all of them are taken."""
        if self._running[caller] >= self.per_caller:
            raise RateLimited(
                f"This key already runs {self.per_caller} imports or exports at once; "
                "wait for one to finish.",
                headers={"Retry-After": "5", **headers},
            )
        self._running[caller] += 1
        try:
            yield
        finally:
            self._running[caller] -= 1
            if not self._running[caller]:
                del self._running[caller]


async def discard_broken_connection(exc: Exception, scope: Scope) -> None:
    """``after_exception`` hook: a request whose connection the server ended throws it away.

    A handler's exception becomes a problem answer inside this middleware, so the pool never
    sees it; without this, a connection the database closed during a restart would go back to
    the pool as if healthy (see ``persistence/db.FairPool``).
    """
    ctx = scope.get("state", {}).get(CONTEXT_KEY)
    if isinstance(ctx, Context) and breaks_connection(exc):
        discard(ctx.conn)


@dataclass(frozen=True)
class _Grant:
    key_id: str | None
    scopes: list[str] | None
    datasets: list[str] | None
    limit: int
    used: int
    reset_in: float

    def headers(self) -> dict[str, str]:
        return {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(max(0, self.limit - self.used)),
            "RateLimit-Reset": str(self.reset_seconds),
        }

    @property
    def reset_seconds(self) -> int:
        return max(1, math.ceil(self.reset_in))


def required_scope(scope: Scope) -> str:
    """The scope an operation needs: its handler's ``opt["scope"]``, else by HTTP method."""
    handler = scope.get("route_handler")
    declared = getattr(handler, "opt", {}).get("scope") if handler is not None else None
    if isinstance(declared, str):
        return declared
    return "read" if scope.get("method") in _SAFE_METHODS else "write"


def _bearer(scope: Scope) -> tuple[str | None, bool]:
    """The presented secret, and whether an ``Authorization`` header was sent at all."""
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            scheme, _, secret = value.decode("latin-1").partition(" ")
            secret = secret.strip()
            return (secret or None) if scheme.lower() == "bearer" else None, True
    return None, False


async def _authenticate(
    conn: asyncpg.Connection, secret: str | None, scope: Scope, anonymous_limit: int
) -> _Grant:
    bucket = _address(scope)
    digest = hashlib.sha256(secret.encode()).hexdigest() if secret else None
    row = await conn.fetchrow(AUTHENTICATE, digest, bucket, anonymous_limit, request_id_of(scope))
    assert row is not None
    return _Grant(
        key_id=row["id"],
        scopes=row["scopes"],
        datasets=row["datasets"],
        limit=row["rate_limit"],
        used=row["used"],
        reset_in=float(row["reset_in"]),
    )


def _stamped(send: Send, headers: dict[str, str]) -> Send:
    encoded = [(k.lower().encode(), v.encode()) for k, v in headers.items()]

    async def send_with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = [*message.get("headers", []), *encoded]
        await send(message)

    return send_with_headers


def _refuse_at_once(
    secret: str | None, presented: bool, anonymous_reads: bool, needed: str
) -> None:
    """401 for what no database lookup could let through: no key, or no secret in the header."""
    if secret is not None or (not presented and anonymous_reads and needed == "read"):
        return
    if presented:
        raise Unauthorized(
            "The API key is not valid: send `Authorization: Bearer <secret>`.", headers=_CHALLENGE
        )
    raise Unauthorized(
        "This operation needs an API key: send `Authorization: Bearer <secret>`.",
        headers=_CHALLENGE,
    )


def _principal(grant: _Grant, presented: bool, anonymous_reads: bool, needed: str) -> Principal:
    """The caller, or the reason (401) it cannot be served."""
    challenge = {**_CHALLENGE, **grant.headers()}
    if grant.key_id is not None:
        return Principal(
            key_id=grant.key_id,
            scopes=frozenset(grant.scopes or ()),
            datasets=frozenset(grant.datasets or ()),
        )
    if presented:
        raise Unauthorized(
            "The API key is not valid: unknown, revoked or malformed "
            "(send `Authorization: Bearer <secret>`).",
            headers=challenge,
        )
    if anonymous_reads and needed == "read":
        return _ANONYMOUS
    raise Unauthorized(
        "This operation needs an API key: send `Authorization: Bearer <secret>`.",
        headers=challenge,
    )


class AccessMiddleware:
    """ASGI middleware: authenticate, rate-limit and authorise, then serve on one connection."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if (
            scope["type"] != ScopeType.HTTP
            or not path.startswith(PROTECTED_PREFIX)
            or scope.get("method") == "OPTIONS"
        ):
            await self.app(scope, receive, send)
            return
        app = Litestar.from_scope(scope)
        settings = app.state.settings
        secret, presented = _bearer(scope)
        needed = required_scope(scope)
        _refuse_at_once(secret, presented, settings.anonymous_reads, needed)
        stream = is_stream(scope)
        async with AsyncExitStack() as held:
            conn, grant = await _authenticated(
                held, app.state.pool, stream, secret, scope, settings.anonymous_rate_limit
            )
            headers = grant.headers()
            principal = _principal(grant, presented, settings.anonymous_reads, needed)
            if grant.used > grant.limit:
                raise RateLimited(
                    f"Rate limit of {grant.limit} requests per minute reached; "
                    f"retry in {grant.reset_seconds} s.",
                    headers={"Retry-After": str(grant.reset_seconds), **headers},
                )
            if not principal.has_scope(needed):
                raise Forbidden(
                    f"This API key lacks the {needed!r} scope this operation needs.",
                    headers=headers,
                )
            check_query_names(app, scope, headers)
            state: dict[str, Any] = scope.setdefault("state", {})
            state[CONTEXT_KEY] = Context(conn, principal, request_id_of(scope))
            caller = principal.key_id or _address(scope)
            try:
                if stream:
                    with app.state.stream_slots.hold(caller, headers):
                        await self.app(scope, receive, _stamped(send, headers))
                else:
                    await self.app(scope, receive, _stamped(send, headers))
            finally:
                state.pop(CONTEXT_KEY, None)


async def _authenticated(
    held: AsyncExitStack,
    pool: FairPool,
    stream: bool,
    secret: str | None,
    scope: Scope,
    anonymous_limit: int,
) -> tuple[asyncpg.Connection, _Grant]:
    """A connection (held until ``held`` closes) and the caller's grant, read on it.

    A connection the server ended while it sat idle in the pool (a restart) fails on its first
    statement, before anything ran; the request then gets another one rather than a 503.
    """
    for attempt in range(2):
        async with AsyncExitStack() as this:
            conn = await this.enter_async_context(pool.acquire(stream=stream))
            try:
                grant = await _authenticate(conn, secret, scope, anonymous_limit)
            except Exception as exc:
                if attempt or not breaks_connection(exc):
                    raise
                discard(conn)
                continue
            held.push_async_exit(this.pop_all())
            return conn, grant
    raise AssertionError("unreachable")


def _address(scope: Scope) -> str:
    client = scope.get("client")
    return f"addr:{client[0] if client else 'unknown'}"
