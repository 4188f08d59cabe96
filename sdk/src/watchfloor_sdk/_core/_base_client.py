"""The transport: one logical request becomes one or more HTTP attempts.

:class:`BaseClient` holds everything that does no I/O (configuration, building requests, the
retry decision and delay, mapping statuses to errors, decoding); :class:`SyncAPIClient` and
:class:`AsyncAPIClient` add only the sending and the sleeping. The generated ``Client`` and
``AsyncClient`` subclass them and add the resources.

Retries: what the server's ``X-Should-Retry`` allows, else connection errors, timeouts, 408,
429 and 5xx, ``max_retries`` times (default 2) after a jittered exponential backoff (0.5 s
doubling to at most 8 s, minus up to a quarter), or after the server's ``Retry-After`` when it
asks for more than 0 and at most 60 s. A POST, PATCH or DELETE carries one ``Idempotency-Key``,
the same on every attempt, so a retry after a lost answer gets the first answer back: a create
never writes twice, a PATCH that landed is not refused as stale, a DELETE that landed is not
a 404.

Read your writes: a server with read replicas answers each write with a consistency token
(``Watchfloor-Consistency``); the client keeps the latest one it received (shared with the
clients :meth:`~BaseClient.with_options` derives) and sends it on every read, so a read is
served by a database that has the client's writes. ``read_your_writes=False`` turns it off (the
reads may then be served by a replica a moment behind).

``WATCHFLOOR_LOG=debug`` (or ``info``) logs each request, retry and answer to stderr.
"""

import asyncio
import logging
import os
import platform
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, ClassVar, Generic, Self, TypeVar, cast

import httpx
import msgspec
from msgspec import UNSET, UnsetType

from watchfloor_sdk._core._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
)
from watchfloor_sdk._core._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
)
from watchfloor_sdk._core._logs import log, setup_logging
from watchfloor_sdk._core._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from watchfloor_sdk._core._request import RequestOptions, Timeout
from watchfloor_sdk._core._response import APIResponse
from watchfloor_sdk._core._retries import retry_delay, should_retry
from watchfloor_sdk._core._streaming import AsyncStreamedAPIResponse, StreamedAPIResponse
from watchfloor_sdk._version import __version__

__all__ = ("AsyncAPIClient", "BaseClient", "ConsistencyToken", "SyncAPIClient")

T = TypeVar("T")
HttpxClientT = TypeVar("HttpxClientT", httpx.Client, httpx.AsyncClient)

_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
_IDEMPOTENT_WRITES = frozenset({"POST", "PATCH", "DELETE"})
_USER_AGENT = f"watchfloor-sdk/{__version__} python/{platform.python_version()}"
_decoders: dict[Any, msgspec.json.Decoder[Any]] = {}
_READS = frozenset({"GET", "HEAD"})
CONSISTENCY_HEADER = "Watchfloor-Consistency"


def _lsn(text: str) -> int | None:
    high, slash, low = text.partition("/")
    try:
        return (int(high, 16) << 32) | int(low, 16) if slash else None
    except ValueError:
        return None


class ConsistencyToken:
    """The latest consistency token a client received from a write's answer."""

    __slots__ = ("lsn", "value")

    def __init__(self) -> None:
        self.value: str | None = None
        self.lsn = -1

    def remember(self, response: httpx.Response) -> None:
        """Keep the answer's token when it is later than the one kept (never step back)."""
        text = response.headers.get(CONSISTENCY_HEADER)
        lsn = _lsn(text) if text else None
        if lsn is not None and lsn > self.lsn:
            self.lsn, self.value = lsn, text


def _decoder(cast_to: Any) -> msgspec.json.Decoder[Any]:
    decoder = _decoders.get(cast_to)
    if decoder is None:
        decoder = _decoders[cast_to] = msgspec.json.Decoder(cast_to)
    return decoder


class BaseClient(Generic[HttpxClientT]):
    """Configuration and everything about a request that is not I/O."""

    _status_errors: ClassVar[Mapping[int, type[APIStatusError]]] = {}
    """Status → error class; the generated clients fill it from the spec."""

    base_url: httpx.URL
    api_key: str | None
    timeout: Timeout
    max_retries: int

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        api_key: str | None = None,
        timeout: Timeout | UnsetType = UNSET,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
        http_client: HttpxClientT | None = None,
        read_your_writes: bool = True,
        _token: ConsistencyToken | None = None,
    ) -> None:
        """Configure a client.

        Args:
            base_url: Where the API is; default ``WATCHFLOOR_BASE_URL``, else
                ``http://127.0.0.1:8000`` (``make run``).
            api_key: Sent as ``Authorization: Bearer …``; default ``WATCHFLOOR_API_KEY``.
            timeout: Per attempt; default that of ``http_client`` when you pass one, else
                60 s (5 s to connect). ``None`` waits forever.
            max_retries: Retries after the first attempt (0 turns retrying off).
            default_headers: Headers sent with every request.
            default_query: Query parameters sent with every request.
            http_client: Your own ``httpx`` client (proxies, transports, limits); the SDK then
                leaves closing it to you.
            read_your_writes: Send the latest write's consistency token on reads, so that a
                server with read replicas serves them from a database that has the write.
        """
        self.base_url = httpx.URL(str(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL))
        self.api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV) or None
        if not isinstance(timeout, UnsetType):
            self.timeout = timeout
        elif http_client is not None:
            self.timeout = http_client.timeout  # the caller configured it: theirs applies
        else:
            self.timeout = DEFAULT_TIMEOUT
        self.max_retries = max_retries
        setup_logging()
        self._default_headers = dict(default_headers or {})
        self._default_query = dict(default_query or {})
        self._owns_http_client = http_client is None
        self.read_your_writes = read_your_writes
        self._token = _token if _token is not None else ConsistencyToken()
        self._client: HttpxClientT = (
            http_client if http_client is not None else self._new_http_client()
        )

    def _new_http_client(self) -> HttpxClientT:
        raise NotImplementedError

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        api_key: str | None = None,
        timeout: Timeout | UnsetType = UNSET,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
        read_your_writes: bool | None = None,
    ) -> Self:
        """A client like this one with some options changed; it shares this one's connections
        and its consistency token.

        ``default_headers`` and ``default_query`` are added to this client's.
        """
        return type(self)(
            base_url=base_url or self.base_url,
            api_key=api_key if api_key is not None else self.api_key,
            timeout=self.timeout if isinstance(timeout, UnsetType) else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            default_headers={**self._default_headers, **(default_headers or {})},
            default_query={**self._default_query, **(default_query or {})},
            http_client=self._client,
            read_your_writes=self.read_your_writes
            if read_your_writes is None
            else read_your_writes,
            _token=self._token,
        )

    def _build_headers(self, options: RequestOptions) -> dict[str, str]:
        headers = {"Accept": "application/json", "User-Agent": _USER_AGENT}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        if self.read_your_writes and options.method in _READS and self._token.value:
            headers[CONSISTENCY_HEADER] = self._token.value
        headers.update(self._default_headers)
        if options.idempotency_key is not None:
            headers["Idempotency-Key"] = options.idempotency_key
        headers.update(options.headers)
        return headers

    def _build_request(self, options: RequestOptions) -> httpx.Request:
        headers = self._build_headers(options)
        content = options.content
        if options.json_body is not UNSET:
            content = msgspec.json.encode(options.json_body)
            headers["Content-Type"] = "application/json"
        elif content is not None and options.content_type:
            headers["Content-Type"] = options.content_type
        return self._client.build_request(
            options.method,
            str(self.base_url).rstrip("/") + options.path,
            params={**self._default_query, **options.query},
            headers=headers,
            content=content,
            timeout=self.timeout if isinstance(options.timeout, UnsetType) else options.timeout,
        )

    @staticmethod
    def _with_idempotency_key(options: RequestOptions) -> RequestOptions:
        """One key per logical write, made before the first attempt and reused by every retry."""
        if options.method not in _IDEMPOTENT_WRITES or options.idempotency_key is not None:
            return options
        return replace(options, idempotency_key=f"wf-sdk-{uuid.uuid4()}")

    @staticmethod
    def _log_answer(request: httpx.Request, response: httpx.Response, retries: int) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %s (request id %s, %d retries)",
                request.method,
                request.url,
                response.status_code,
                response.headers.get("x-request-id"),
                retries,
            )

    @staticmethod
    def _log_retry(request: httpx.Request, cause: object, delay: float, retries: int) -> None:
        log.info(
            "%s %s: %s; retry %d in %.2f s", request.method, request.url, cause, retries + 1, delay
        )

    def _make_status_error(self, response: httpx.Response) -> APIStatusError:
        error_class = self._status_errors.get(response.status_code)
        if error_class is None:
            error_class = InternalServerError if response.status_code >= 500 else APIStatusError
        return error_class(response=response)

    @staticmethod
    def _decode(cast_to: type[T], response: httpx.Response) -> T:
        value: Any = None
        if cast_to is bytes:
            value = response.content
        elif cast_to is not type(None):
            try:
                value = _decoder(cast_to).decode(response.content)
            except msgspec.ValidationError as exc:
                raise APIResponseValidationError(
                    f"The answer does not decode as {getattr(cast_to, '__name__', cast_to)}: {exc}",
                    response=response,
                ) from exc
            except msgspec.DecodeError as exc:
                raise APIResponseValidationError(
                    f"The answer is not valid JSON: {exc}", response=response
                ) from exc
        return cast(T, value)

    def _finish(
        self,
        options: RequestOptions,
        response: httpx.Response,
        retries_taken: int,
        parse: Callable[[], T],
    ) -> T:
        """The parsed answer, or a raw :class:`APIResponse` for ``with_raw_response``."""
        if options.raw:
            if not response.is_success and response.status_code != 304:
                raise self._make_status_error(response)
            # The raw and streaming wrappers promise these to their callers; see _resource.py.
            if options.stream:
                return cast(T, self._streamed(response, parse, retries_taken))
            raw = APIResponse(http_response=response, parse=parse, retries_taken=retries_taken)
            return cast(T, raw)
        if not response.is_success:
            raise self._make_status_error(response)
        return parse()

    def _streamed(
        self, response: httpx.Response, parse: Callable[[], T], retries_taken: int
    ) -> object:
        raise NotImplementedError


class SyncAPIClient(BaseClient[httpx.Client]):
    """The blocking transport."""

    def _streamed(
        self, response: httpx.Response, parse: Callable[[], T], retries_taken: int
    ) -> StreamedAPIResponse[T]:
        return StreamedAPIResponse(http_response=response, parse=parse, retries_taken=retries_taken)

    def _new_http_client(self) -> httpx.Client:
        return httpx.Client(follow_redirects=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections (unless the ``httpx`` client was passed in)."""
        if self._owns_http_client:
            self._client.close()

    def _send(self, options: RequestOptions) -> tuple[httpx.Response, int]:
        options = self._with_idempotency_key(options)
        retries_taken = 0
        while True:
            request = self._build_request(options)
            try:
                response = self._client.send(request, stream=options.stream)
            except _RETRYABLE_ERRORS as exc:
                if retries_taken >= self.max_retries:
                    if isinstance(exc, httpx.TimeoutException):
                        raise APITimeoutError(request=request) from exc
                    raise APIConnectionError(request=request) from exc
                delay = retry_delay(retries_taken, None)
                self._log_retry(request, repr(exc), delay, retries_taken)
                time.sleep(delay)
            except httpx.TransportError as exc:
                raise APIConnectionError(request=request, message=str(exc)) from exc
            else:
                self._log_answer(request, response, retries_taken)
                self._token.remember(response)
                if not should_retry(response) or retries_taken >= self.max_retries:
                    if options.stream and not response.is_success:
                        response.read()  # the error carries the problem detail
                    return response, retries_taken
                response.close()
                delay = retry_delay(retries_taken, response.headers)
                self._log_retry(request, response.status_code, delay, retries_taken)
                time.sleep(delay)
            retries_taken += 1

    def request(self, cast_to: type[T], options: RequestOptions) -> T:
        """Send ``options`` (retrying as configured) and decode the answer as ``cast_to``."""
        response, retries_taken = self._send(options)
        return self._finish(
            options, response, retries_taken, lambda: self._decode(cast_to, response)
        )

    def get_api_list(
        self,
        page: type[SyncCursorPage[T]],
        model: type[Any],
        options: RequestOptions,
        *,
        cursor_param: str,
    ) -> SyncCursorPage[T]:
        """The first page of a list; it fetches the pages after it when asked."""

        def fetch(page_options: RequestOptions) -> SyncCursorPage[T]:
            response, retries_taken = self._send(page_options)

            def parse() -> SyncCursorPage[T]:
                body = self._decode(model, response)
                return page(
                    model=body, options=page_options, cursor_param=cursor_param, fetch=fetch
                )

            return self._finish(page_options, response, retries_taken, parse)

        return fetch(options)


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """The asyncio transport."""

    def _streamed(
        self, response: httpx.Response, parse: Callable[[], T], retries_taken: int
    ) -> AsyncStreamedAPIResponse[T]:
        return AsyncStreamedAPIResponse(
            http_response=response, parse=parse, retries_taken=retries_taken
        )

    def _new_http_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(follow_redirects=True)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the connections (unless the ``httpx`` client was passed in)."""
        if self._owns_http_client:
            await self._client.aclose()

    async def _send(self, options: RequestOptions) -> tuple[httpx.Response, int]:
        options = self._with_idempotency_key(options)
        retries_taken = 0
        while True:
            request = self._build_request(options)
            try:
                response = await self._client.send(request, stream=options.stream)
            except _RETRYABLE_ERRORS as exc:
                if retries_taken >= self.max_retries:
                    if isinstance(exc, httpx.TimeoutException):
                        raise APITimeoutError(request=request) from exc
                    raise APIConnectionError(request=request) from exc
                delay = retry_delay(retries_taken, None)
                self._log_retry(request, repr(exc), delay, retries_taken)
                await asyncio.sleep(delay)
            except httpx.TransportError as exc:
                raise APIConnectionError(request=request, message=str(exc)) from exc
            else:
                self._log_answer(request, response, retries_taken)
                self._token.remember(response)
                if not should_retry(response) or retries_taken >= self.max_retries:
                    if options.stream and not response.is_success:
                        await response.aread()  # the error carries the problem detail
                    return response, retries_taken
                await response.aclose()
                delay = retry_delay(retries_taken, response.headers)
                self._log_retry(request, response.status_code, delay, retries_taken)
                await asyncio.sleep(delay)
            retries_taken += 1

    async def request(self, cast_to: type[T], options: RequestOptions) -> T:
        """Send ``options`` (retrying as configured) and decode the answer as ``cast_to``."""
        response, retries_taken = await self._send(options)
        return self._finish(
            options, response, retries_taken, lambda: self._decode(cast_to, response)
        )

    def get_api_list(
        self,
        page: type[AsyncCursorPage[T]],
        model: type[Any],
        options: RequestOptions,
        *,
        cursor_param: str,
    ) -> AsyncPaginator[T]:
        """A paginator: ``await`` it for the first page, ``async for`` it for every item."""

        async def fetch(page_options: RequestOptions) -> AsyncCursorPage[T]:
            response, retries_taken = await self._send(page_options)

            def parse() -> AsyncCursorPage[T]:
                body = self._decode(model, response)
                return page(
                    model=body, options=page_options, cursor_param=cursor_param, fetch=fetch
                )

            return self._finish(page_options, response, retries_taken, parse)

        return AsyncPaginator(lambda: fetch(options))
