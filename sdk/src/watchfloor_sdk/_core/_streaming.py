"""Streamed responses: the body read as it arrives, never held whole.

``with_streaming_response`` methods answer a context manager; inside it the body has not been
read, and you walk it as bytes, as lines or as decoded NDJSON records:

    with client.export.with_streaming_response.export_records(resource="event") as response:
        cursor = response.headers["Watchfloor-Sync-Cursor"]
        for record in response.iter_records():      # one dict per line, memory flat
            ...

Lines are split on the newline byte only (``\\n``, and a ``\\r`` before it is dropped): NDJSON
records end there, and nowhere else, whatever Unicode line separators a string holds. Leaving
the ``with`` block closes the connection, read to the end or not.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar, overload

import httpx
import msgspec

from watchfloor_sdk._core._exceptions import APIConnectionError, APITimeoutError

__all__ = (
    "AsyncStreamedAPIResponse",
    "AsyncStreamedResponseContext",
    "StreamedAPIResponse",
    "StreamedResponseContext",
)

T = TypeVar("T")
R = TypeVar("R")

_decoders: dict[Any, msgspec.json.Decoder[Any]] = {}


def _decoder(type_: Any) -> msgspec.json.Decoder[Any]:
    decoder = _decoders.get(type_)
    if decoder is None:
        decoder = _decoders[type_] = msgspec.json.Decoder(type_)
    return decoder


def _transport_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """A body cut short is a connection error, as a request that got no answer is."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(request=request, message=f"The answer was cut short: {exc}")


class _Lines:
    """Bytes in, complete lines out: split on ``\\n`` only."""

    def __init__(self) -> None:
        self._pending = bytearray()

    def feed(self, chunk: bytes) -> list[bytes]:
        self._pending += chunk
        *lines, rest = self._pending.split(b"\n")
        self._pending = bytearray(rest)
        return [bytes(line).removesuffix(b"\r") for line in lines]

    def end(self) -> list[bytes]:
        rest, self._pending = bytes(self._pending).removesuffix(b"\r"), bytearray()
        return [rest] if rest else []


class _StreamedBase(Generic[T]):
    http_response: httpx.Response
    """The underlying :class:`httpx.Response`, its body not read yet."""
    retries_taken: int
    """How many times the request was retried before this answer."""

    def __init__(
        self, *, http_response: httpx.Response, parse: Callable[[], T], retries_taken: int
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parse = parse

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self.http_response.request.url}>"

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """``X-Request-Id``, for support and logs."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id


class StreamedAPIResponse(_StreamedBase[T]):
    """A blocking answer whose body is read as you iterate it."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks, as it arrives."""
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        except httpx.TransportError as exc:
            raise _transport_error(exc, self.http_response.request) from exc

    def iter_lines(self) -> Iterator[bytes]:
        """The body line by line (split on ``\\n`` only), without the line ends."""
        lines = _Lines()
        for chunk in self.iter_bytes():
            yield from lines.feed(chunk)
        yield from lines.end()

    @overload
    def iter_records(self) -> Iterator[Any]: ...
    @overload
    def iter_records(self, type: type[R]) -> Iterator[R]: ...
    def iter_records(self, type: Any = Any) -> Iterator[Any]:
        """Each NDJSON line decoded (as ``type``, default plain JSON values); blank lines skipped."""
        decoder = _decoder(type)
        for line in self.iter_lines():
            if line.strip():
                yield decoder.decode(line)

    def read(self) -> bytes:
        """The whole body (what streaming is there to avoid; for small answers)."""
        try:
            return self.http_response.read()
        except httpx.TransportError as exc:
            raise _transport_error(exc, self.http_response.request) from exc

    def parse(self) -> T:
        """Read the whole body and decode it as the plain method would."""
        self.read()
        return self._parse()

    def close(self) -> None:
        """Close the connection (also done on leaving the ``with`` block)."""
        self.http_response.close()


class AsyncStreamedAPIResponse(_StreamedBase[T]):
    """An asyncio answer whose body is read as you iterate it."""

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks, as it arrives."""
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.TransportError as exc:
            raise _transport_error(exc, self.http_response.request) from exc

    async def iter_lines(self) -> AsyncIterator[bytes]:
        """The body line by line (split on ``\\n`` only), without the line ends."""
        lines = _Lines()
        async for chunk in self.iter_bytes():
            for line in lines.feed(chunk):
                yield line
        for line in lines.end():
            yield line

    @overload
    def iter_records(self) -> AsyncIterator[Any]: ...
    @overload
    def iter_records(self, type: type[R]) -> AsyncIterator[R]: ...
    async def iter_records(self, type: Any = Any) -> AsyncIterator[Any]:
        """Each NDJSON line decoded (as ``type``, default plain JSON values); blank lines skipped."""
        decoder = _decoder(type)
        async for line in self.iter_lines():
            if line.strip():
                yield decoder.decode(line)

    async def read(self) -> bytes:
        """The whole body (what streaming is there to avoid; for small answers)."""
        try:
            return await self.http_response.aread()
        except httpx.TransportError as exc:
            raise _transport_error(exc, self.http_response.request) from exc

    async def parse(self) -> T:
        """Read the whole body and decode it as the plain method would."""
        await self.read()
        return self._parse()

    async def close(self) -> None:
        """Close the connection (also done on leaving the ``async with`` block)."""
        await self.http_response.aclose()


class StreamedResponseContext(Generic[T]):
    """``with …with_streaming_response.method(...) as response:``; the request is sent on entry."""

    def __init__(self, send: Callable[[], StreamedAPIResponse[T]]) -> None:
        self._send = send
        self._response: StreamedAPIResponse[T] | None = None

    def __enter__(self) -> StreamedAPIResponse[T]:
        self._response = self._send()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamedResponseContext(Generic[T]):
    """``async with …with_streaming_response.method(...) as response:``."""

    def __init__(self, send: Callable[[], Awaitable[AsyncStreamedAPIResponse[T]]]) -> None:
        self._send = send
        self._response: AsyncStreamedAPIResponse[T] | None = None

    async def __aenter__(self) -> AsyncStreamedAPIResponse[T]:
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()
