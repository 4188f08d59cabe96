"""RFC 9457 problem details: the one shape every error takes, on every path.

Litestar's own ``ProblemDetailsPlugin`` swaps ``title`` and ``detail`` and is documented as
``application/json``; we render our own :class:`Problem` instead. Every mapping from an
exception to a status lives in this module: our errors carry their own status, Litestar's HTTP
exceptions keep theirs, and PostgreSQL errors go through
:data:`~watchfloor.persistence.dberrors.DATABASE_ERRORS`. The problem type (``type`` and
``title``) of each status is :data:`~watchfloor.errors.PROBLEM_TYPES`.

Every problem says whether the same request may succeed if sent again
(:data:`RETRY_HINT_HEADER`, ``true`` or ``false``), so a client retries what can succeed and
nothing else: a transaction that collided with another (409) is worth another attempt, a taken
unique key (409 too) is not. An unexpected server fault carries no hint; the client decides.
"""

import logging
import re
from typing import Any

import asyncpg
import msgspec
from asyncpg import exceptions as pg
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.openapi.datastructures import ResponseSpec
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR

from watchfloor.errors import (
    FieldError,
    ProblemType,
    VersionMismatch,
    WatchfloorError,
    problem_type,
)
from watchfloor.http.observability import request_id_of
from watchfloor.http.responses import etag
from watchfloor.persistence.dberrors import breaks_connection, database_error

__all__ = (
    "PROBLEM_MEDIA_TYPE",
    "RETRY_HINT_HEADER",
    "Problem",
    "ProblemFieldError",
    "document_retry_hint",
    "exception_handlers",
    "problem_responses",
)

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_BASE = "https://watchfloor.dev/problems/"
RETRY_HINT_HEADER = "X-Should-Retry"
"""The name Stainless-generated clients already honour, so generic clients understand it too."""

_TRANSIENT_STATUSES = frozenset({408, 429, 502, 503, 504})
_TRANSIENT_DATABASE_ERRORS = (pg.SerializationError, pg.DeadlockDetectedError)

_log = logging.getLogger("watchfloor.problems")


class ProblemFieldError(msgspec.Struct, kw_only=True):
    """One invalid input value."""

    detail: str
    """What is wrong with the value."""
    pointer: str | None = None
    """JSON pointer into the request body (``/actors/0/role``), when the value came from the body."""
    parameter: str | None = None
    """Name of the query, path or header parameter, when the value came from one."""


class Problem(msgspec.Struct, kw_only=True):
    """An RFC 9457 problem detail (``application/problem+json``)."""

    type: str
    """URI naming the problem type; stable, documented under ``/problems/``."""
    title: str
    """Short summary of the problem type; the same for every occurrence."""
    status: int
    """The HTTP status code."""
    detail: str
    """What went wrong this time."""
    instance: str | None = None
    """The request path that produced the problem."""
    request_id: str | None = None
    """The ``X-Request-Id`` of the request, for support and logs."""
    errors: list[ProblemFieldError] = msgspec.field(default_factory=list)
    """Each invalid value, for validation problems."""


def _retry_hint(status: int) -> bool | None:
    """Whether a request that got ``status`` may succeed when sent again (``None``: unknown)."""
    if status in _TRANSIENT_STATUSES:
        return True
    return None if status >= 500 else False


def _problem(
    request: Request[Any, Any, Any],
    status: int,
    detail: str,
    *,
    kind: ProblemType | None = None,
    errors: list[ProblemFieldError] | None = None,
    headers: dict[str, str] | None = None,
    retry: bool | None = None,
) -> Response[Problem]:
    kind = kind or problem_type(status)
    hint = _retry_hint(status) if retry is None else retry
    if hint is not None:
        headers = {**(headers or {}), RETRY_HINT_HEADER: "true" if hint else "false"}
    request_id = request_id_of(request.scope)
    body = Problem(
        type=PROBLEM_BASE + kind.slug,
        title=kind.title,
        status=status,
        detail=detail,
        instance=request.url.path,
        request_id=request_id,
        errors=errors or [],
    )
    return Response(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def _field_errors(errors: list[FieldError]) -> list[ProblemFieldError]:
    return [
        ProblemFieldError(pointer=e.pointer, detail=e.detail, parameter=e.parameter) for e in errors
    ]


def _handle_watchfloor(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    assert isinstance(exc, WatchfloorError)
    headers = exc.headers
    if isinstance(exc, VersionMismatch):
        # The caller learns the current version's ETag with the refusal.
        headers = {"ETag": etag(exc.current), **headers}
    return _problem(
        request,
        exc.status,
        exc.detail,
        kind=exc.problem(),
        errors=_field_errors(exc.errors),
        headers=headers,
    )


_MSGSPEC_PATH = re.compile(r"\s*-\s*at\s+`?\$([^`]*)`?\s*$")


def _pointer(path: str) -> str:
    """``$.actors[0].role`` (msgspec) → ``/actors/0/role`` (JSON pointer)."""
    parts = re.findall(r"\.([^.\[]+)|\[(\d+)\]", path)
    return "".join(
        "/" + (name or index).replace("~", "~0").replace("/", "~1") for name, index in parts
    )


def _validation_errors(exc: ValidationException) -> list[ProblemFieldError]:
    found: list[ProblemFieldError] = []
    extra = exc.extra if isinstance(exc.extra, list) else []
    for item in extra:
        if not isinstance(item, dict):
            continue
        message = str(item.get("message", "invalid value"))
        key = item.get("key")
        source = item.get("source")
        if source == "body" or (key is None and source is None):
            match = _MSGSPEC_PATH.search(message)
            pointer = _pointer(match.group(1)) if match else ""
            detail = _MSGSPEC_PATH.sub("", message) or "invalid value"
            if key and not pointer:
                pointer = "/" + str(key).replace(".", "/")
            found.append(ProblemFieldError(detail=detail, pointer=pointer or ""))
        else:
            found.append(ProblemFieldError(detail=message, parameter=str(key) if key else None))
    return found


def _handle_http(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    assert isinstance(exc, HTTPException)
    status = exc.status_code
    errors: list[ProblemFieldError] = []
    detail = exc.detail
    if isinstance(exc, ValidationException):
        errors = _validation_errors(exc)
        detail = (
            "The request is not valid: "
            + "; ".join((e.pointer or e.parameter or "body") + ": " + e.detail for e in errors)
            if errors
            else "The request body is not valid JSON for this operation."
        )
    elif status == 404 and detail in ("", "Not Found"):
        detail = f"No resource lives at {request.url.path}."
    elif status == 405:
        detail = f"{request.method} is not allowed on {request.url.path}."
    elif status == 413:
        detail = "The request body is larger than this server accepts."
    return _problem(request, status, detail, errors=errors, headers=exc.headers)


def _handle_postgres(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    assert isinstance(exc, asyncpg.PostgresError)
    mapped = database_error(exc)
    if mapped is None:
        _log.error("unmapped database error", exc_info=exc)
        return _problem(request, 500, "The server failed to handle this request.")
    status, detail = mapped
    constraint = getattr(exc, "constraint_name", None)
    if constraint:
        detail = f"{detail} ({constraint})"
    if status == 503:
        _log.warning("database unavailable: %s", type(exc).__name__)
    # A collision with a concurrent transaction clears once that one ends; a taken key does not.
    retry = True if isinstance(exc, _TRANSIENT_DATABASE_ERRORS) else None
    return _problem(request, status, detail, retry=retry, headers=_RETRY if status == 503 else None)


def _handle_unencodable(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    # JSON may carry lone surrogates (``"\\ud800"``) that no UTF-8 database can store.
    return _problem(request, 400, "Text must be valid Unicode (no lone surrogates).")


_RETRY = {"Retry-After": "1"}


def _handle_unavailable(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    # A restart produces hundreds of these; one line each, without the traceback.
    _log.warning("database unavailable: %s: %s", type(exc).__name__, exc)
    return _problem(request, 503, "The database cannot be reached; retry shortly.", headers=_RETRY)


def _handle_any(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    if breaks_connection(exc):
        return _handle_unavailable(request, exc)
    _log.error("unhandled error", exc_info=exc)
    return _problem(
        request, HTTP_500_INTERNAL_SERVER_ERROR, "The server failed to handle this request."
    )


exception_handlers: dict[int | type[Exception], Any] = {
    WatchfloorError: _handle_watchfloor,
    HTTPException: _handle_http,
    asyncpg.PostgresError: _handle_postgres,
    asyncpg.InterfaceError: _handle_unavailable,
    UnicodeEncodeError: _handle_unencodable,
    OSError: _handle_unavailable,
    Exception: _handle_any,
}
"""Passed to the app: the most specific handler wins (Litestar walks the MRO)."""


ALWAYS = (500, 503)
"""Statuses any operation may answer: a server fault, or the database out of reach."""


def problem_responses(*statuses: int) -> dict[int, ResponseSpec]:
    """Document ``statuses`` (and :data:`ALWAYS`) as ``application/problem+json`` responses."""
    return {
        status: ResponseSpec(
            data_container=Problem,
            media_type=PROBLEM_MEDIA_TYPE,
            description=problem_type(status).description,
            generate_examples=False,
        )
        for status in sorted({*statuses, *ALWAYS})
    }


def document_retry_hint(spec: dict[str, Any]) -> None:
    """Declare :data:`RETRY_HINT_HEADER` on every problem answer of the OpenAPI document."""
    header = {
        "description": (
            "`true`: the same request may succeed if sent again (after `Retry-After` when "
            "given); `false`: it will not, do not retry. Absent on an unexpected server fault."
        ),
        "schema": {"type": "string", "enum": ["true", "false"]},
    }
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                if PROBLEM_MEDIA_TYPE in response.get("content", {}):
                    response.setdefault("headers", {})[RETRY_HINT_HEADER] = dict(header)
