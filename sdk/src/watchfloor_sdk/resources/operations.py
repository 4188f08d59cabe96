# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.operations``: Health and readiness."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from msgspec import UNSET, UnsetType

from watchfloor_sdk._core._request import Timeout, build_options
from watchfloor_sdk._core._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from watchfloor_sdk.types import Health

__all__ = (
    "AsyncOperations",
    "AsyncOperationsWithRawResponse",
    "AsyncOperationsWithStreamingResponse",
    "Operations",
    "OperationsWithRawResponse",
    "OperationsWithStreamingResponse",
)


class Operations(SyncAPIResource):
    """Health and readiness."""

    @cached_property
    def with_raw_response(self) -> OperationsWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return OperationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OperationsWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return OperationsWithStreamingResponse(self)

    def get_health(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Health:
        """Liveness.

        The process is up. Says nothing about the database.
        """
        return self._client.request(
            Health,
            build_options(
                "GET",
                "/healthz",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_readiness(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Health:
        """Readiness.

        The database answers and every migration is applied: safe to send traffic here.

        The body also lists each worker handler's lag (`worker`): how many changes of the feed it
        has not handled and the age of the oldest. Lag never makes this fail: the API answers
        correctly however far behind the worker is.

        Raises:
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Health,
            build_options(
                "GET",
                "/readyz",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class OperationsWithRawResponse:
    """``operations`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Operations) -> None:
        self.get_health = to_raw_response_wrapper(resource.get_health)
        self.get_readiness = to_raw_response_wrapper(resource.get_readiness)


class OperationsWithStreamingResponse:
    """``operations`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Operations) -> None:
        self.get_health = to_streamed_response_wrapper(resource.get_health)
        self.get_readiness = to_streamed_response_wrapper(resource.get_readiness)


class AsyncOperations(AsyncAPIResource):
    """Health and readiness."""

    @cached_property
    def with_raw_response(self) -> AsyncOperationsWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncOperationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOperationsWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncOperationsWithStreamingResponse(self)

    async def get_health(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Health:
        """Liveness.

        The process is up. Says nothing about the database.
        """
        return await self._client.request(
            Health,
            build_options(
                "GET",
                "/healthz",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_readiness(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Health:
        """Readiness.

        The database answers and every migration is applied: safe to send traffic here.

        The body also lists each worker handler's lag (`worker`): how many changes of the feed it
        has not handled and the age of the oldest. Lag never makes this fail: the API answers
        correctly however far behind the worker is.

        Raises:
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Health,
            build_options(
                "GET",
                "/readyz",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncOperationsWithRawResponse:
    """``operations`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncOperations) -> None:
        self.get_health = async_to_raw_response_wrapper(resource.get_health)
        self.get_readiness = async_to_raw_response_wrapper(resource.get_readiness)


class AsyncOperationsWithStreamingResponse:
    """``operations`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncOperations) -> None:
        self.get_health = async_to_streamed_response_wrapper(resource.get_health)
        self.get_readiness = async_to_streamed_response_wrapper(resource.get_readiness)
