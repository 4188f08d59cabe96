"""Python client for the Watchfloor API.

    from watchfloor_sdk import Client

    client = Client()  # WATCHFLOOR_BASE_URL, WATCHFLOOR_API_KEY
    for actor in client.actors.list(country="PRK"):
        print(actor.id, actor.name)

``Client`` blocks, ``AsyncClient`` awaits; both have one attribute per resource
(``client.actors``, ``client.sources`` …). Wire types are in :mod:`watchfloor_sdk.types`;
``client.sync()`` and the mirrors (SQLite, PostgreSQL) in :mod:`watchfloor_sdk.lib`; runnable
examples in :mod:`watchfloor_sdk.examples`.
"""

from msgspec import UNSET, UnsetType

from watchfloor_sdk._client import AsyncClient, Client
from watchfloor_sdk._core._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from watchfloor_sdk._core._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CursorExpiredError,
    InternalServerError,
    NotFoundError,
    NotModifiedError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitedError,
    RequestTooLargeError,
    ServiceUnavailableError,
    UnprocessableEntityError,
    WatchfloorError,
)
from watchfloor_sdk._core._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from watchfloor_sdk._core._request import Timeout
from watchfloor_sdk._core._response import APIResponse
from watchfloor_sdk._core._streaming import AsyncStreamedAPIResponse, StreamedAPIResponse
from watchfloor_sdk._version import __version__

__all__ = (
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncCursorPage",
    "AsyncPaginator",
    "AsyncStreamedAPIResponse",
    "AuthenticationError",
    "BadRequestError",
    "Client",
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
    "StreamedAPIResponse",
    "SyncCursorPage",
    "Timeout",
    "UnprocessableEntityError",
    "UnsetType",
    "WatchfloorError",
    "__version__",
)
