"""The errors Watchfloor raises on purpose. Each maps to one problem type (see ``problems.py``).

WatchfloorError
 ├── BadRequest                 400 a request that can never succeed as sent
 │    └── InvalidCursor         400 a cursor that is forged, corrupt or from other filters
 ├── Unauthorized               401 no valid API key (and anonymous reads are off)
 ├── Forbidden                  403 the key lacks the scope or the dataset this needs
 ├── NotFound                   404 no such record (or not visible to the caller)
 ├── Conflict                   409 the request collides with the current state
 ├── CursorExpired              410 a change-feed cursor older than the retention window
 ├── PreconditionFailed         412 ``If-Match`` names a version that is not current
 │    └── VersionMismatch       412 the record is at another version than the write expects
 ├── Unprocessable              422 well-formed, but refers to things that do not exist
 │    └── IdempotencyKeyReused  422 an ``Idempotency-Key`` sent again with another body
 ├── RateLimited                429 the key used up its requests for this minute
 └── ServiceUnavailable         503 the database cannot be reached
"""

from dataclasses import dataclass
from typing import Any, ClassVar

__all__ = (
    "BadRequest",
    "Conflict",
    "CursorExpired",
    "FieldError",
    "Forbidden",
    "IdempotencyKeyReused",
    "InvalidCursor",
    "NotFound",
    "PreconditionFailed",
    "RateLimited",
    "ServiceUnavailable",
    "Unauthorized",
    "Unprocessable",
    "VersionMismatch",
    "WatchfloorError",
)


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
    slug: ClassVar[str] = "internal-error"
    title: ClassVar[str] = "Internal server error"

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


class BadRequest(WatchfloorError):
    status = 400
    slug = "bad-request"
    title = "Bad request"


class InvalidCursor(BadRequest):
    slug = "invalid-cursor"
    title = "Invalid cursor"


class Unauthorized(WatchfloorError):
    status = 401
    slug = "unauthorized"
    title = "Unauthorized"


class Forbidden(WatchfloorError):
    status = 403
    slug = "forbidden"
    title = "Forbidden"


class NotFound(WatchfloorError):
    status = 404
    slug = "not-found"
    title = "Not found"


class Conflict(WatchfloorError):
    status = 409
    slug = "conflict"
    title = "Conflict"


class CursorExpired(WatchfloorError):
    status = 410
    slug = "cursor-expired"
    title = "Cursor expired"


class PreconditionFailed(WatchfloorError):
    status = 412
    slug = "precondition-failed"
    title = "Precondition failed"


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
    slug = "unprocessable"
    title = "Unprocessable content"


class IdempotencyKeyReused(Unprocessable):
    slug = "idempotency-key-reused"
    title = "Idempotency key reused with another request"


class RateLimited(WatchfloorError):
    status = 429
    slug = "rate-limited"
    title = "Too many requests"


class ServiceUnavailable(WatchfloorError):
    status = 503
    slug = "service-unavailable"
    title = "Service unavailable"
