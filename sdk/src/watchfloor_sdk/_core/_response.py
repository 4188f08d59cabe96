"""Raw responses: the status, the headers (``ETag``, ``Link``, ``X-Request-Id``) and the body."""

from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

from watchfloor_sdk._core._exceptions import NotModifiedError

__all__ = ("APIResponse",)

T = TypeVar("T")


class APIResponse(Generic[T]):
    """One answer of the API, as ``with_raw_response`` methods return it.

    ``parse()`` gives what the plain method would have returned. A ``304 Not Modified`` (the
    ``ETag`` you sent in ``If-None-Match`` is still current) is answered here without raising:
    check :attr:`not_modified` first, since there is nothing to parse.
    """

    http_response: httpx.Response
    """The underlying :class:`httpx.Response`."""
    retries_taken: int
    """How many times the request was retried before this answer (0 for the first attempt)."""

    def __init__(
        self, *, http_response: httpx.Response, parse: Callable[[], T], retries_taken: int
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parse = parse
        self._parsed: list[T] = []

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {self.http_response.request.url}>"

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def etag(self) -> str | None:
        """The ``ETag`` of a single record: send it as ``if_match`` or ``if_none_match``."""
        etag: str | None = self.http_response.headers.get("etag")
        return etag

    @property
    def request_id(self) -> str | None:
        """``X-Request-Id``, for support and logs."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    @property
    def not_modified(self) -> bool:
        """Whether the server answered ``304 Not Modified``."""
        return self.http_response.status_code == 304

    @property
    def content(self) -> bytes:
        """The body, undecoded."""
        return self.http_response.content

    def parse(self) -> T:
        """The decoded body (decoded once, then kept).

        Raises:
            NotModifiedError: The answer is a 304 and has no body.
        """
        if self.not_modified:
            raise NotModifiedError(response=self.http_response)
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]
