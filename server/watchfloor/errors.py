"""The errors Watchfloor raises on purpose, and the problem type each HTTP status stands for.

Each error is the problem type of its status in :data:`PROBLEM_TYPES` unless it names a
narrower one of its own (``slug`` and ``title``); ``problems.py`` renders them.

WatchfloorError
 ├── BadRequest                 400 a request that can never succeed as sent
 │    └── InvalidCursor         400 a cursor that is forged, corrupt or from other filters
 ├── Unauthorized               401 no valid API key (and anonymous reads are off)
 ├── Forbidden                  403 the key lacks the scope or the dataset this needs
 ├── NotFound                   404 no such record (or not visible to the caller)
 ├── RequestTimeout             408 the request body did not arrive in time
 ├── Conflict                   409 the request collides with the current state
 ├── CursorExpired              410 a change-feed cursor older than the retention window
 ├── PreconditionFailed         412 ``If-Match`` names a version that is not current
 │    └── VersionMismatch       412 the record is at another version than the write expects
 ├── Unprocessable              422 well-formed, but refers to things that do not exist
 │    └── IdempotencyKeyReused  422 an ``Idempotency-Key`` sent again with another body
 ├── RateLimited                429 the key used up its requests for this minute
 └── ServiceUnavailable         503 the database cannot be reached, or no connection is free
"""

from dataclasses import dataclass
from typing import Any, ClassVar

__all__ = (
    "PROBLEM_TYPES",
    "BadRequest",
    "Conflict",
    "CursorExpired",
    "FieldError",
    "Forbidden",
    "IdempotencyKeyReused",
    "InvalidCursor",
    "NotFound",
    "PreconditionFailed",
    "ProblemType",
    "RateLimited",
    "RequestTimeout",
    "ServiceUnavailable",
    "Unauthorized",
    "Unprocessable",
    "VersionMismatch",
    "WatchfloorError",
    "problem_type",
)


@dataclass(frozen=True, slots=True)
class ProblemType:
    """An RFC 9457 problem type: ``https://watchfloor.dev/problems/<slug>`` and its title."""

    slug: str
    title: str
    description: str = "Problem"
    """What the OpenAPI document says of a response with this status."""


PROBLEM_TYPES: dict[int, ProblemType] = {
    400: ProblemType(
        "bad-request",
        "Bad request",
        "The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.",
    ),
    401: ProblemType("unauthorized", "Unauthorized", "No valid API key was presented."),
    403: ProblemType(
        "forbidden", "Forbidden", "The API key lacks the scope or dataset this needs."
    ),
    404: ProblemType("not-found", "Not found", "No such record."),
    405: ProblemType("method-not-allowed", "Method not allowed"),
    406: ProblemType("not-acceptable", "Not acceptable"),
    408: ProblemType(
        "request-timeout", "Request timeout", "The request body did not arrive in time."
    ),
    409: ProblemType("conflict", "Conflict", "The request conflicts with the current state."),
    410: ProblemType("gone", "Gone", "The cursor is older than the retention window."),
    412: ProblemType(
        "precondition-failed",
        "Precondition failed",
        "`If-Match` names a version that is not current.",
    ),
    413: ProblemType(
        "payload-too-large", "Request body too large", "The request body is too large."
    ),
    415: ProblemType(
        "unsupported-media-type",
        "Unsupported media type",
        "The request body is not of a media type this operation reads.",
    ),
    422: ProblemType(
        "unprocessable",
        "Unprocessable content",
        "Well-formed, but not acceptable (unknown references, reused idempotency key).",
    ),
    429: ProblemType(
        "rate-limited", "Too many requests", "Rate limit exceeded; see `Retry-After`."
    ),
    500: ProblemType("internal-error", "Internal server error", "The server failed."),
    503: ProblemType("service-unavailable", "Service unavailable", "The database is unavailable."),
}
"""HTTP status → the problem type every answer with that status has, unless an error narrows it."""

_UNLISTED = ProblemType("error", "Error")


def problem_type(status: int) -> ProblemType:
    """The problem type of ``status`` (a generic one for a status not in :data:`PROBLEM_TYPES`)."""
    return PROBLEM_TYPES.get(status, _UNLISTED)


@dataclass(frozen=True)
class FieldError:
    """One bad input (RFC 9457 §3): where it is, and what is wrong with it."""

    pointer: str | None
    """JSON pointer into the request body, e.g. ``/memberships/0/organization_id``."""
    detail: str
    parameter: str | None = None
    """The query, path or header parameter, when the value was not in the body."""


class WatchfloorError(Exception):
    """Root of every error Watchfloor raises deliberately."""

    status: ClassVar[int] = 500
    slug: ClassVar[str | None] = None
    """A problem type narrower than the status's (with ``title``); ``None``: the status's."""
    title: ClassVar[str | None] = None

    def __init__(
        self,
        detail: str,
        *,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or []
        self.headers = headers or {}
        self.extra = extra or {}

    @classmethod
    def problem(cls) -> ProblemType:
        """The problem type this error is answered with."""
        general = problem_type(cls.status)
        if cls.slug is None:
            return general
        return ProblemType(cls.slug, cls.title or general.title, general.description)


class BadRequest(WatchfloorError):
    status = 400


class InvalidCursor(BadRequest):
    slug = "invalid-cursor"
    title = "Invalid cursor"


class Unauthorized(WatchfloorError):
    status = 401


class Forbidden(WatchfloorError):
    status = 403


class NotFound(WatchfloorError):
    status = 404


class Conflict(WatchfloorError):
    status = 409


class RequestTimeout(WatchfloorError):
    status = 408


class CursorExpired(WatchfloorError):
    status = 410
    slug = "cursor-expired"
    title = "Cursor expired"


class PreconditionFailed(WatchfloorError):
    status = 412


class VersionMismatch(PreconditionFailed):
    """A write that expected other versions than the record's current one (``If-Match``).

    Raised below the HTTP layer; the problem it becomes carries the current ``ETag``.
    """

    def __init__(self, current: int, expected: str) -> None:
        super().__init__(
            f'The record is at version {current} ("{current}"); If-Match asked for '
            f"{expected}. Read it again and reapply your change."
        )
        self.current = current


class Unprocessable(WatchfloorError):
    status = 422


class IdempotencyKeyReused(Unprocessable):
    slug = "idempotency-key-reused"
    title = "Idempotency key reused with another request"


class RateLimited(WatchfloorError):
    status = 429


class ServiceUnavailable(WatchfloorError):
    status = 503
