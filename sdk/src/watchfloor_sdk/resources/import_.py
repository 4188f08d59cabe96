# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.import_``: Bulk NDJSON import, upserting by `external_id` with a per-line report."""

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
from watchfloor_sdk.types import ImportReport

__all__ = (
    "AsyncImport",
    "AsyncImportWithRawResponse",
    "AsyncImportWithStreamingResponse",
    "Import",
    "ImportWithRawResponse",
    "ImportWithStreamingResponse",
)


class Import(SyncAPIResource):
    """Bulk NDJSON import, upserting by `external_id` with a per-line report."""

    @cached_property
    def with_raw_response(self) -> ImportWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return ImportWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImportWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return ImportWithStreamingResponse(self)

    def import_records(
        self,
        *,
        dataset: str | None = None,
        content: bytes | str,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ImportReport:
        """Import records (NDJSON).

        Create or update records in bulk, upserting each line by `external_id` in `dataset`.

        A line whose `external_id` is new is created; one equal to the stored record is
        unchanged; one that differs is the record's complete new state, written as a new
        version. A bad line is rejected with its number and reason and never takes good lines
        down: lines are committed in batches, and a line that fails is rolled back alone.
        Importing the same body again reports every line unchanged.

        With an `Idempotency-Key`, a retry of the same body replays the first report; while
        the first import is still running the key answers 409.

        Args:
            dataset: Dataset to write: `live` (default) or an exercise or sandbox dataset that exists.
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            APIStatusError: 408 The request body did not arrive in time.
            ConflictError: 409 The request conflicts with the current state.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            ImportReport,
            build_options(
                "POST",
                "/v1/import",
                query={
                    "dataset": dataset,
                },
                content=content,
                content_type="application/x-ndjson",
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class ImportWithRawResponse:
    """``import_`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Import) -> None:
        self.import_records = to_raw_response_wrapper(resource.import_records)


class ImportWithStreamingResponse:
    """``import_`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Import) -> None:
        self.import_records = to_streamed_response_wrapper(resource.import_records)


class AsyncImport(AsyncAPIResource):
    """Bulk NDJSON import, upserting by `external_id` with a per-line report."""

    @cached_property
    def with_raw_response(self) -> AsyncImportWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncImportWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImportWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncImportWithStreamingResponse(self)

    async def import_records(
        self,
        *,
        dataset: str | None = None,
        content: bytes | str,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ImportReport:
        """Import records (NDJSON).

        Create or update records in bulk, upserting each line by `external_id` in `dataset`.

        A line whose `external_id` is new is created; one equal to the stored record is
        unchanged; one that differs is the record's complete new state, written as a new
        version. A bad line is rejected with its number and reason and never takes good lines
        down: lines are committed in batches, and a line that fails is rolled back alone.
        Importing the same body again reports every line unchanged.

        With an `Idempotency-Key`, a retry of the same body replays the first report; while
        the first import is still running the key answers 409.

        Args:
            dataset: Dataset to write: `live` (default) or an exercise or sandbox dataset that exists.
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            APIStatusError: 408 The request body did not arrive in time.
            ConflictError: 409 The request conflicts with the current state.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            ImportReport,
            build_options(
                "POST",
                "/v1/import",
                query={
                    "dataset": dataset,
                },
                content=content,
                content_type="application/x-ndjson",
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncImportWithRawResponse:
    """``import_`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncImport) -> None:
        self.import_records = async_to_raw_response_wrapper(resource.import_records)


class AsyncImportWithStreamingResponse:
    """``import_`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncImport) -> None:
        self.import_records = async_to_streamed_response_wrapper(resource.import_records)
