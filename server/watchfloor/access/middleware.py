"""Authentication, scopes and rate limits for every ``/v1`` request, mostly without the database.

A request reaches its handler only through here:

0. a request without a key that is not an anonymous read is answered 401 at once, without a
   connection (so is a malformed ``Authorization``): refusing costs the database nothing;
1. the ``Authorization: Bearer`` secret's SHA-256 is looked up in this process's cache of
   verified keys (:mod:`watchfloor.access.keycache`, invalidated by ``NOTIFY`` when a key
   changes); only a key not in it is read from the database;
2. the request is counted against the key's bucket (or the client address's, without a valid
   key) in memory, from tokens leased from PostgreSQL in chunks (:mod:`watchfloor.access.limits`:
   a GCRA; one statement a second or so per busy key and worker, not one per request);
3. 401 without a valid key (unless anonymous reads of ``live`` are on and this is a read);
   429 when the bucket is empty; 403 when the key lacks the scope the operation needs;
4. a conditional read by id whose version this process remembers
   (``persistence/versioncache.py``; a route marked ``remembered_read``, no query) is answered
   304 here, with no connection and no handler;
5. otherwise a pooled connection is taken (if step 1 or 2 did not already take one); it serves the
   whole request, the handler included (the one place a connection is taken for ``/v1``). A
   long stream (``opt={"stream": True}``: import, export) takes it from the streams' share of
   the pool, and one key may run only ``streams_per_key`` of them at once (429 beyond);
   With read replicas (``WATCHFLOOR_REPLICA_URLS``), a read's connection is a replica's when
   one may serve it (``http/replicas.py``: the routing, the consistency token, the fallback
   to the primary and ``Watchfloor-Served-By``);
6. the request's :class:`~watchfloor.context.Context` is made: the connection, the caller
   (:class:`~watchfloor.access.principal.Principal`), the request id. Handlers receive it as the
   ``ctx`` dependency and pass it down; the store confines every read, list and write with it.
   A write tags its own transaction with the key and request id for the audit
   (``access/repository.tag_write``); a read sends nothing but its own statements, and a
   conditional read by id whose version this process remembers sends none
   (``persistence/versioncache.py``; a write answered here forgets them before it answers).

Every answer to a ``/v1`` request that was counted carries ``RateLimit-Limit``,
``RateLimit-Remaining`` and ``RateLimit-Reset`` (seconds until the bucket is full again); the
401 of step 0 is not counted and has none. The buckets live in PostgreSQL and tokens are taken
from them before they are spent, so the limit holds across any number of worker processes.
"""

import hashlib
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import AsyncExitStack, contextmanager
from typing import Any, TypeVar

import asyncpg
from litestar import Litestar
from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from watchfloor.access.keycache import CachedKey, KeyCache
from watchfloor.access.limits import Grant
from watchfloor.access.principal import Principal
from watchfloor.access.repository import FIND_KEY
from watchfloor.context import Context
from watchfloor.errors import Forbidden, RateLimited, Unauthorized
from watchfloor.http.observability import request_id_of
from watchfloor.http.query_names import check_query_names
from watchfloor.http.replicas import (
    PRIMARY,
    SERVED_BY_HEADER,
    no_body,
    reads_from_replica,
    replica_connection,
    requested_token,
    serve_on_replica,
    with_write_token,
)
from watchfloor.http.responses import etag, etag_versions
from watchfloor.http.timeouts import is_stream
from watchfloor.persistence.db import FairPool, discard
from watchfloor.persistence.dberrors import breaks_connection
from watchfloor.persistence.replicas import Replica, Replicas
from watchfloor.persistence.versioncache import REMEMBERED, VersionCache

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
_T = TypeVar("_T")
_SAFE_METHODS = frozenset({"GET", "HEAD"})
_ANONYMOUS = Principal(key_id=None, scopes=frozenset({"read"}), datasets=frozenset({"live"}))
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="watchfloor"'}
_TAG_LIMIT = 200
"""``If-None-Match``'s declared ``max_length`` (``http/headers.py``): longer is the handler's 400."""


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


def _principal(
    key: CachedKey | None, grant: Grant, presented: bool, anonymous_reads: bool, needed: str
) -> Principal:
    """The caller, or the reason (401) it cannot be served."""
    if key is not None:
        return Principal(key_id=key.key_id, scopes=key.scopes, datasets=key.datasets)
    challenge = {**_CHALLENGE, **grant.headers()}
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
        state = app.state
        keys: KeyCache = state.key_cache
        async with AsyncExitStack() as held:
            conn: asyncpg.Connection | None = None
            key: CachedKey | None = None
            if secret is not None:
                digest = hashlib.sha256(secret.encode()).hexdigest()
                key = keys.get(digest)
                if key is None:
                    generation = keys.generation
                    conn, row = await _first_statement(held, state.pool, stream, FIND_KEY, digest)
                    key = keys.put(digest, row, generation) if row is not None else None
            if key is not None:
                bucket, limit = key.key_id, key.rate_limit
            else:
                bucket, limit = _address(scope), settings.anonymous_rate_limit
            conn, grant = await _granted(held, state.pool, stream, keys, conn, bucket, limit)
            headers = grant.headers()
            principal = _principal(key, grant, presented, settings.anonymous_reads, needed)
            if not grant.allowed:
                raise RateLimited(
                    f"Rate limit of {grant.limit} requests per minute reached; "
                    f"retry in {grant.retry_seconds} s.",
                    headers={"Retry-After": str(grant.retry_seconds), **headers},
                )
            if not principal.has_scope(needed):
                raise Forbidden(
                    f"This API key lacks the {needed!r} scope this operation needs.",
                    headers=headers,
                )
            check_query_names(app, scope, headers)
            # A malformed consistency token is 400 with or without replicas: the contract does
            # not depend on how the service is deployed.
            token = requested_token(scope, headers)
            version = _remembered(scope, state.version_cache, principal)
            if version is not None:
                await _not_modified(_stamped(send, headers), version)
                return
            conn, replica = await _connection(held, state, scope, stream, conn, token)
            scope_state: dict[str, Any] = scope.setdefault("state", {})
            versions: VersionCache | None = state.version_cache
            scope_state[CONTEXT_KEY] = Context(
                conn, principal, request_id_of(scope), versions=versions
            )
            caller = principal.key_id or bucket
            send, headers = _routed(state, scope, send, headers, conn, replica)
            try:
                if stream:
                    with state.stream_slots.hold(caller, headers):
                        await self.app(scope, receive, _stamped(send, headers))
                elif replica is None:
                    await self.app(scope, receive, _stamped(send, headers))
                else:
                    await self._on_replica(scope, receive, send, headers, held, replica)
            finally:
                scope_state.pop(CONTEXT_KEY, None)

    async def _on_replica(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        headers: dict[str, str],
        held: AsyncExitStack,
        replica: Replica,
    ) -> None:
        """Serve a read on ``replica``; one that failed there before anything was sent is
        answered again on the primary."""
        if await serve_on_replica(self.app, scope, receive, _stamped(send, headers), replica):
            return
        state = Litestar.from_scope(scope).state
        conn = await held.enter_async_context(state.pool.acquire())
        ctx: Context = scope["state"][CONTEXT_KEY]
        scope["state"][CONTEXT_KEY] = ctx.with_(conn=conn)
        await self.app(scope, no_body, _stamped(send, {**headers, SERVED_BY_HEADER: PRIMARY}))


def _remembered(scope: Scope, versions: VersionCache | None, principal: Principal) -> int | None:
    """The version to answer 304 with, from memory, for a conditional read by id.

    Only for a route marked :func:`~watchfloor.persistence.versioncache.remembered_read` (its
    handler would ask :func:`~watchfloor.http.handlers.read_one`, which answers the same from
    the same memory), with no query at all (no ``as_of``, ``known_by`` or anything the handler
    would validate) and one ``If-None-Match`` within the declared 200 characters; anything
    else goes on to the handler. The caller is authenticated, counted and allowed by now, and
    its datasets are checked against the record's, as the store checks them.
    """
    if versions is None or scope.get("query_string") or scope.get("method") not in _SAFE_METHODS:
        return None
    handler = scope.get("route_handler")
    target = getattr(handler, "opt", {}).get(REMEMBERED) if handler is not None else None
    if target is None:
        return None
    tags = [value for name, value in scope.get("headers", ()) if name == b"if-none-match"]
    if len(tags) != 1 or len(tags[0]) > _TAG_LIMIT:
        return None
    table, id_param = target
    record_id = scope.get("path_params", {}).get(id_param)
    if not isinstance(record_id, str):
        return None
    wanted = etag_versions(tags[0].decode("latin-1"))
    return versions.answers(table, record_id, wanted, principal.datasets.__contains__)


async def _not_modified(send: Send, version: int) -> None:
    """The 304 :func:`~watchfloor.http.responses.not_modified` makes, sent as it is sent."""
    await send(
        {
            "type": "http.response.start",
            "status": 304,
            "headers": [(b"etag", etag(version).encode())],
        }
    )
    await send({"type": "http.response.body", "body": b"", "more_body": False})


def _forgetting(send: Send, versions: VersionCache) -> Send:
    """A write's answer: this process forgets the versions it read before the answer starts
    and again before its last part (a stream commits as it goes), so its caller's next
    conditional read on this worker sees the write (the ``NOTIFY`` tells the other processes)."""

    async def forget_then_send(message: Message) -> None:
        if message["type"] == "http.response.start" or (
            message["type"] == "http.response.body" and not message.get("more_body", False)
        ):
            versions.forget_all()
        await send(message)

    return forget_then_send


def _routed(
    state: Any,
    scope: Scope,
    send: Send,
    headers: dict[str, str],
    conn: asyncpg.Connection,
    replica: Replica | None,
) -> tuple[Send, dict[str, str]]:
    """A write's answer forgets the versions this process remembers; with replicas:
    ``Watchfloor-Served-By`` on the answer, a write's consistency token."""
    writes = scope.get("method") not in _SAFE_METHODS
    if writes and state.version_cache is not None:
        send = _forgetting(send, state.version_cache)
    if state.replicas is None:
        return send, headers
    if writes:
        send = with_write_token(send, conn)
    return send, {**headers, SERVED_BY_HEADER: replica.name if replica else PRIMARY}


async def _connection(
    held: AsyncExitStack,
    state: Any,
    scope: Scope,
    stream: bool,
    conn: asyncpg.Connection | None,
    token: int | None,
) -> tuple[asyncpg.Connection, Replica | None]:
    """The request's connection (held until ``held`` closes): the one the key lookup or the
    lease already took, else a replica's for a read one may serve (``http/replicas.py``),
    else the primary's."""
    replicas: Replicas | None = state.replicas
    if replicas is not None and conn is None and reads_from_replica(scope, stream):
        found = await replica_connection(replicas, held, token)
        if found is not None:
            return found
    if conn is not None:
        return conn, None
    return await held.enter_async_context(state.pool.acquire(stream=stream)), None


async def _first_statement(
    held: AsyncExitStack, pool: FairPool, stream: bool, sql: str, *args: Any
) -> tuple[asyncpg.Connection, asyncpg.Record | None]:
    """A connection (held until ``held`` closes) and the row ``sql`` reads on it."""

    async def run(conn: asyncpg.Connection) -> asyncpg.Record | None:
        return await conn.fetchrow(sql, *args)

    return await _retried(held, pool, stream, run)


async def _granted(
    held: AsyncExitStack,
    pool: FairPool,
    stream: bool,
    keys: KeyCache,
    conn: asyncpg.Connection | None,
    bucket: str,
    limit: int,
) -> tuple[asyncpg.Connection | None, Grant]:
    """A token of ``bucket``: from this worker's lease, or from the lease another request of
    this worker is taking now (waited for without a connection), or leased on ``conn`` (or on a
    connection taken for it, held until ``held`` closes)."""
    limiter = keys.limiter
    grant = limiter.take_local(bucket, limit)
    if grant is None:
        grant = await limiter.after_lease(bucket, limit)
    if grant is not None:
        return conn, grant
    if conn is None:
        return await _first_take(held, pool, stream, keys, bucket, limit)
    return conn, await limiter.take(conn, bucket, limit)


async def _first_take(
    held: AsyncExitStack, pool: FairPool, stream: bool, keys: KeyCache, bucket: str, limit: int
) -> tuple[asyncpg.Connection, Grant]:
    """A connection (held until ``held`` closes) and the grant leased on it."""

    async def run(conn: asyncpg.Connection) -> Grant:
        return await keys.limiter.take(conn, bucket, limit)

    return await _retried(held, pool, stream, run)


async def _retried(
    held: AsyncExitStack,
    pool: FairPool,
    stream: bool,
    run: Callable[[asyncpg.Connection], Awaitable[_T]],
) -> tuple[asyncpg.Connection, _T]:
    """A connection (held until ``held`` closes) and what ``run`` made of it.

    A connection the server ended while it sat idle in the pool (a restart) fails on its first
    statement, before anything ran; the request then gets another one rather than a 503.
    """
    for attempt in range(2):
        async with AsyncExitStack() as this:
            conn = await this.enter_async_context(pool.acquire(stream=stream))
            try:
                result = await run(conn)
            except Exception as exc:
                if attempt or not breaks_connection(exc):
                    raise
                discard(conn)
                continue
            held.push_async_exit(this.pop_all())
            return conn, result
    raise AssertionError("unreachable")


def _address(scope: Scope) -> str:
    client = scope.get("client")
    return f"addr:{client[0] if client else 'unknown'}"
