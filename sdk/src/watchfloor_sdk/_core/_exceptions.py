"""Every error the SDK raises, under one root.

    WatchfloorError
    └── APIError                         .message, .request
        ├── APIConnectionError           no answer: connection refused or reset, DNS, TLS …
        │   └── APITimeoutError          no answer in time
        ├── APIResponseValidationError   an answer that does not decode into the documented type
        └── APIStatusError               .status_code, .response, .body, .problem, .request_id
            ├── NotModifiedError         304  ``If-None-Match`` named the current ``ETag``
            ├── BadRequestError          400  malformed request, bad cursor
            ├── AuthenticationError      401  no or unknown API key
            ├── PermissionDeniedError    403  the key lacks the scope or the dataset
            ├── NotFoundError            404
            ├── ConflictError            409  a unique key is taken; a concurrent write
            ├── CursorExpiredError       410  a cursor older than the retention window
            ├── PreconditionFailedError  412  ``If-Match`` names a version that is not current
            ├── RequestTooLargeError     413
            ├── UnprocessableEntityError 422  unknown references, a reused idempotency key
            ├── RateLimitedError         429  .retry_after
            └── InternalServerError      5xx
                └── ServiceUnavailableError  503

The server answers errors as RFC 9457 ``application/problem+json``: ``.problem`` is that body
decoded (``type``, ``title``, ``detail``, ``errors[]`` with a JSON pointer per bad field), and
``.request_id`` is the ``X-Request-Id`` to quote when you report a problem. An answer that is
not a problem (a proxy's bare 502) still has a ``.problem``, made as RFC 9457 says for a body
without a type: ``about:blank``, titled after the status.

The classes live here but belong to the package: their ``__module__`` is ``watchfloor_sdk``,
so tracebacks and ``repr`` name them as you import them.
"""

from typing import Any

import httpx
import msgspec

from watchfloor_sdk.types import Problem

__all__ = (
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CursorExpiredError",
    "InternalServerError",
    "NotFoundError",
    "NotModifiedError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitedError",
    "RequestTooLargeError",
    "ServiceUnavailableError",
    "UnprocessableEntityError",
    "WatchfloorError",
)

_problem_decoder = msgspec.json.Decoder(Problem)


class WatchfloorError(Exception):
    """The root of every error this SDK raises."""


class APIError(WatchfloorError):
    """A request to the API failed."""

    message: str
    request: httpx.Request

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The request got no answer (after the retries the client was allowed)."""

    def __init__(self, *, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request got no answer in time (after the retries the client was allowed)."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__(request=request, message="Request timed out.")


class APIResponseValidationError(APIError):
    """A successful answer whose body does not decode into the type the spec documents."""

    response: httpx.Response
    status_code: int

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code


def _decode_body(response: httpx.Response) -> tuple[Any, Problem | None]:
    """The body as JSON (or text), and as a problem detail when it is one."""
    if not response.content:
        return None, None
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    if not media_type.endswith("json"):
        return response.text, None
    try:
        body = msgspec.json.decode(response.content)
    except msgspec.DecodeError:
        return response.text, None
    try:
        problem = _problem_decoder.decode(response.content)
    except msgspec.ValidationError:
        problem = None
    return body, problem


def _blank_problem(response: httpx.Response, body: Any) -> Problem:
    """RFC 9457 §4.2.1: a problem with no type is ``about:blank``, titled after the status."""
    title = response.reason_phrase or f"HTTP {response.status_code}"
    detail = body if isinstance(body, str) and body.strip() else title
    return Problem(
        type="about:blank",
        title=title,
        status=response.status_code,
        detail=detail[:500],
        request_id=response.headers.get("x-request-id"),
    )


def _message(response: httpx.Response, problem: Problem | None, body: Any) -> str:
    head = f"{response.status_code} {response.reason_phrase}".strip()
    if problem is None:
        return f"{head}: {body}" if body else head
    lines = [f"{head}: {problem.detail}" if problem.detail else f"{head}: {problem.title}"]
    for error in problem.errors:
        where = error.pointer or error.parameter
        lines.append(f"  - {error.detail}" + (f" - at {where}" if where else ""))
    return "\n".join(lines)


class APIStatusError(APIError):
    """The API answered with a status that is not a success."""

    status_code: int
    response: httpx.Response
    body: Any
    """The decoded JSON body (or its text, when it is not JSON); ``None`` when empty."""
    problem: Problem
    """The RFC 9457 problem detail (Watchfloor always sends one; for an answer that is not
    one, e.g. from a proxy, a blank problem: ``type`` ``about:blank``, ``title`` the status)."""
    request_id: str | None
    """``X-Request-Id`` of the failed request; quote it when reporting a problem."""

    def __init__(self, *, response: httpx.Response) -> None:
        body, problem = _decode_body(response)
        super().__init__(_message(response, problem, body), request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.problem = problem if problem is not None else _blank_problem(response, body)
        self.request_id = response.headers.get("x-request-id") or self.problem.request_id


class NotModifiedError(APIStatusError):
    """304: the ``ETag`` sent in ``If-None-Match`` is still current; there is no body.

    ``with_raw_response`` answers a 304 without raising: check ``.not_modified`` there.
    """


class BadRequestError(APIStatusError):
    """400: the request is malformed (a wrong type, an unknown field, a bad cursor)."""


class AuthenticationError(APIStatusError):
    """401: no API key, or one the server does not know."""


class PermissionDeniedError(APIStatusError):
    """403: the API key lacks the scope or the dataset this request needs."""


class NotFoundError(APIStatusError):
    """404: no such record (or none this key may see)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state (a unique key, a concurrent write)."""


class CursorExpiredError(APIStatusError):
    """410: the cursor is older than the retention window; list again from the start."""


class PreconditionFailedError(APIStatusError):
    """412: ``If-Match`` names a version that is no longer current; read again and reapply."""


class RequestTooLargeError(APIStatusError):
    """413: the request body is too large."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed, but not acceptable (unknown references, a reused idempotency key)."""


class RateLimitedError(APIStatusError):
    """429: too many requests; ``retry_after`` says how long the server asks you to wait."""

    @property
    def retry_after(self) -> float | None:
        """Seconds to wait, from the ``Retry-After`` header, when the server sent one."""
        value = self.response.headers.get("retry-after")
        try:
            return float(value) if value is not None else None
        except ValueError:
            return None


class InternalServerError(APIStatusError):
    """5xx: the server failed; the client retries these before raising."""


class ServiceUnavailableError(InternalServerError):
    """503: the server (or its database) is unavailable for now."""


for _name in __all__:
    globals()[_name].__module__ = "watchfloor_sdk"
