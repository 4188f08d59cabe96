"""Which ``/v1`` requests a read replica serves, and the consistency token that keeps them honest.

With ``WATCHFLOOR_REPLICA_URLS`` set (``persistence/replicas.py`` keeps the pools and watches
the lag), the access middleware asks :func:`replica_connection` for a read's connection:

* **A replica serves** a ``GET`` or ``HEAD`` on ``/v1`` that is not a long stream and not on a
  path of :data:`PRIMARY_ONLY`: the change feed (``/v1/changes``: its horizon is the oldest
  transaction running *on the primary*, and a client following it must never see it step back),
  the export (a snapshot with the feed's horizon, and a stream) and the admin API (keys and
  datasets are read straight after they are written). Key lookups and rate-limit leases are
  always the primary's: the middleware makes them before it takes the read's connection, and a
  read whose key was not cached, or whose worker had to lease tokens, is served on that same
  primary connection.
* **A list's first page on a replica** reads its ``sync_cursor`` horizon on the replica, in the
  same statement as the page (``pg_current_snapshot()`` on a hot standby): every transaction
  below it was replayed, so its rows are in the page, and any that was not is at or above it,
  so following the feed (on the primary) from that cursor brings it. The cursor is never ahead
  of the primary's.
* **The consistency token**: when replicas are configured, a write's answer (status below 400)
  carries ``Watchfloor-Consistency: <LSN>``, ``pg_current_wal_insert_lsn()`` read on the
  write's own connection after its transaction committed: at or past its commit record. A read
  that sends it back is served only by a replica that has replayed that far (the position the
  last check saw, else asked on the replica's connection), else by the primary: a client reads
  its own writes. A token that is not an LSN is 400 (an empty one counts as not sent), with or without replicas (a well-formed
  one is ignored without them).
* **Fallback**: a replica that refuses a connection, or whose connection breaks, or that cannot
  run the read (a read that writes, such as the first request's making of the cursor key; a
  query cancelled by a recovery conflict) is answered again on the primary before anything was
  sent; a replica whose connection broke is taken out at once.
* ``Watchfloor-Served-By: primary`` or ``replica-<n>`` (the replica's place in
  ``WATCHFLOOR_REPLICA_URLS``) says on every ``/v1`` answer which database served it.
"""

import logging
from collections.abc import Iterable
from contextlib import AsyncExitStack
from typing import Any

import asyncpg
from asyncpg import exceptions as pg
from litestar import Litestar
from litestar.types import ASGIApp, HTTPRequestEvent, Message, Receive, Scope, Send

from watchfloor.errors import BadRequest, ServiceUnavailable
from watchfloor.persistence.dberrors import breaks_connection, causes
from watchfloor.persistence.replicas import REPLAYED, Replica, Replicas, format_lsn, parse_lsn

__all__ = (
    "CONSISTENCY_HEADER",
    "PRIMARY",
    "PRIMARY_ONLY",
    "SERVED_BY_HEADER",
    "document_replicas",
    "no_body",
    "note_replica_failure",
    "reads_from_replica",
    "replica_connection",
    "requested_token",
    "serve_on_replica",
    "with_write_token",
)

_log = logging.getLogger("watchfloor.replicas")

CONSISTENCY_HEADER = "Watchfloor-Consistency"
SERVED_BY_HEADER = "Watchfloor-Served-By"
PRIMARY = "primary"
PRIMARY_ONLY = ("/v1/changes", "/v1/export", "/v1/admin/")
"""Reads the primary always serves (see the module's text)."""
_SAFE = frozenset({"GET", "HEAD"})
_HEADER_KEY = CONSISTENCY_HEADER.lower().encode()
_REPLICA_KEY = "watchfloor_replica"
_FAILED_KEY = "watchfloor_replica_failed"
_TOKEN_WAIT = 0.5
"""Seconds a read waits for a replica's connection before it tries the next database."""
_WRITE_POSITION = "SELECT pg_current_wal_insert_lsn()::text"
_REPLICA_TROUBLE = (
    OSError,
    asyncpg.InterfaceError,
    pg.PostgresConnectionError,
    pg.OperatorInterventionError,  # 57P01 shutdown, 57P03 starting up
    pg.ReadOnlySQLTransactionError,  # a read that writes
    pg.SerializationError,  # 40001: cancelled by a conflict with recovery
)


def requested_token(scope: Scope, headers: dict[str, str] | None = None) -> int | None:
    """The ``Watchfloor-Consistency`` a request sent, as an LSN; 400 (with ``headers``: the
    request's rate-limit headers) when it is not one."""
    for name, value in scope.get("headers", []):
        if name == _HEADER_KEY:
            if not value.strip():
                return None  # an empty field says nothing: as if it were not sent
            lsn = parse_lsn(value.decode("latin-1"))
            if lsn is None:
                raise BadRequest(
                    f"{CONSISTENCY_HEADER} must be a token a write answered with "
                    "(a PostgreSQL LSN such as 0/16B3748).",
                    headers=headers,
                )
            return lsn
    return None


def reads_from_replica(scope: Scope, stream: bool) -> bool:
    """Whether a replica may serve this request (a read, not a stream, not primary-only)."""
    path: str = scope.get("path", "")
    return scope.get("method") in _SAFE and not stream and not path.startswith(PRIMARY_ONLY)


async def replica_connection(
    replicas: Replicas, held: AsyncExitStack, token: int | None
) -> tuple[asyncpg.Connection, Replica] | None:
    """A connection (held until ``held`` closes) to a replica in service that has replayed
    ``token``, the least busy first; ``None``: the primary must serve."""
    for replica in replicas.in_service():
        if replica.pool.exhausted:
            continue
        async with AsyncExitStack() as this:
            try:
                conn = await this.enter_async_context(replica.pool.acquire(wait=_TOKEN_WAIT))
                if token is not None and (replica.replay_lsn or 0) < token:
                    replayed = parse_lsn(await conn.fetchval(REPLAYED) or "")
                    if replayed is None or replayed < token:
                        continue
                    replica.replayed(replayed)
            except ServiceUnavailable:
                continue
            except _REPLICA_TROUBLE as exc:
                await replicas.take_out(replica, f"a request failed on it ({type(exc).__name__})")
                continue
            held.push_async_exit(this.pop_all())
            return conn, replica
    return None


async def note_replica_failure(exc: Exception, scope: Scope) -> None:
    """``after_exception`` hook: a read that failed on a replica is answered again on the primary.

    The failure is noted in the request's state; :func:`serve_on_replica` then holds its answer
    back. A replica whose connection broke is taken out at once.
    """
    state = scope.get("state", {})
    replica = state.get(_REPLICA_KEY)
    if not isinstance(replica, Replica):
        return
    if not any(isinstance(found, _REPLICA_TROUBLE) for found in causes(exc)):
        return
    state[_FAILED_KEY] = True
    _log.warning("a read failed on %s, answered on the primary: %r", replica.name, exc)
    if breaks_connection(exc) or any(
        isinstance(found, (OSError, asyncpg.InterfaceError, pg.PostgresConnectionError))
        for found in causes(exc)
    ):
        replicas: Replicas = Litestar.from_scope(scope).state.replicas
        await replicas.take_out(replica, f"a request's connection broke ({type(exc).__name__})")


async def serve_on_replica(
    app: ASGIApp, scope: Scope, receive: Receive, send: Send, replica: Replica
) -> bool:
    """Run the request on ``replica``'s connection; ``False``: it failed there before anything
    was sent, and nothing was (the caller answers it on the primary)."""
    state: dict[str, Any] = scope.setdefault("state", {})
    state[_REPLICA_KEY] = replica
    held_back = False

    async def sending(message: Message) -> None:
        nonlocal held_back
        if held_back:
            return
        if (
            message["type"] == "http.response.start"
            and message["status"] >= 400
            and state.get(_FAILED_KEY)
        ):
            held_back = True
            return
        await send(message)

    try:
        await app(scope, receive, sending)
    finally:
        state.pop(_REPLICA_KEY, None)
        state.pop(_FAILED_KEY, None)
    return not held_back


async def no_body() -> HTTPRequestEvent:
    """``receive`` for a read answered again: its (empty) body was already read."""
    return HTTPRequestEvent(type="http.request", body=b"", more_body=False)


def with_write_token(send: Send, conn: asyncpg.Connection) -> Send:
    """``send`` that adds the consistency token to a write's answer (status below 400)."""

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start" and message["status"] < 400:
            token = await _write_position(conn)
            if token is not None:
                message["headers"] = [*message.get("headers", []), (_HEADER_KEY, token.encode())]
        await send(message)

    return sending


async def _write_position(conn: asyncpg.Connection) -> str | None:
    if conn.is_closed() or conn.is_in_transaction():
        return None
    try:
        text = await conn.fetchval(_WRITE_POSITION)
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
        return None
    lsn = parse_lsn(text or "")
    return None if lsn is None else format_lsn(lsn)


_TOKEN_SCHEMA = {"type": "string", "pattern": "^[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}$"}
_READ_TOKEN_SCHEMA = {
    "type": "string",
    "pattern": "^([0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8})?$",
    "description": "Empty: as if not sent.",
}
_READ_TOKEN = {
    "name": CONSISTENCY_HEADER,
    "in": "header",
    "required": False,
    "description": (
        "A consistency token a write answered with: the read is served only by a database "
        "that has that write (a replica that has replayed that far, else the primary), so a "
        "client reads its own writes. The SDK sends the last one it received."
    ),
    "schema": _READ_TOKEN_SCHEMA,
}
_WRITE_TOKEN = {
    "description": (
        "The consistency token of this write (a PostgreSQL LSN at or past its commit), sent "
        "when the server has read replicas: send it back on reads to read this write."
    ),
    "required": False,
    "schema": _TOKEN_SCHEMA,
}
_SERVED_BY = {
    "description": "Which database served the request: `primary` or `replica-<n>`.",
    "required": False,
    "schema": {"type": "string"},
}


def _successes(operation: dict[str, Any]) -> Iterable[dict[str, Any]]:
    for status, answer in operation.get("responses", {}).items():
        if status.startswith(("2", "3")) and isinstance(answer, dict):
            yield answer


def document_replicas(spec: dict[str, Any]) -> None:
    """The token on every ``/v1`` write's answers and reads' requests, and ``Served-By``."""
    for path, item in spec.get("paths", {}).items():
        if not path.startswith("/v1/"):
            continue
        for method, operation in item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            read = method == "get"
            if read and not path.startswith(PRIMARY_ONLY):
                operation.setdefault("parameters", []).append(dict(_READ_TOKEN))
            for answer in _successes(operation):
                headers = answer.setdefault("headers", {})
                headers[SERVED_BY_HEADER] = dict(_SERVED_BY)
                if not read:
                    headers[CONSISTENCY_HEADER] = dict(_WRITE_TOKEN)
