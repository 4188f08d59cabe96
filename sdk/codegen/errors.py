"""The status → error class table written into ``_client.py``.

The classes themselves are hand-written in ``watchfloor_sdk/_core/_exceptions.py``; this table
says which one each status the spec documents (and each one any server or proxy may answer)
raises. A status without a class of its own raises ``InternalServerError`` (5xx) or
``APIStatusError``.
"""

__all__ = ("ALWAYS_MAPPED", "ERROR_CLASSES", "error_class")

ERROR_CLASSES = {
    304: "NotModifiedError",
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    410: "CursorExpiredError",
    412: "PreconditionFailedError",
    413: "RequestTooLargeError",
    422: "UnprocessableEntityError",
    429: "RateLimitedError",
    500: "InternalServerError",
    503: "ServiceUnavailableError",
}

ALWAYS_MAPPED = frozenset(ERROR_CLASSES)
"""Mapped whether documented or not: a proxy, a gateway or auth can answer these anywhere."""


def error_class(status: int) -> str:
    """The class a response with ``status`` raises."""
    if status in ERROR_CLASSES:
        return ERROR_CLASSES[status]
    return "InternalServerError" if status >= 500 else "APIStatusError"
