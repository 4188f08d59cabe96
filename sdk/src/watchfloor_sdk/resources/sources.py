# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.sources``: Documents facts are drawn from, graded A–F."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Literal

from msgspec import UNSET, UnsetType

from watchfloor_sdk._core._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from watchfloor_sdk._core._request import Timeout, build_options, path_param
from watchfloor_sdk._core._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from watchfloor_sdk.types import Source, SourceList, SourceVersion, SourceVersionList

__all__ = (
    "AsyncSources",
    "AsyncSourcesWithRawResponse",
    "AsyncSourcesWithStreamingResponse",
    "Sources",
    "SourcesWithRawResponse",
    "SourcesWithStreamingResponse",
)


class Sources(SyncAPIResource):
    """Documents facts are drawn from, graded A–F."""

    @cached_property
    def with_raw_response(self) -> SourcesWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return SourcesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SourcesWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return SourcesWithStreamingResponse(self)

    def list(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        language: str | None = None,
        limit: int | None = None,
        published_before: _dt.datetime | str | None = None,
        published_from: _dt.datetime | str | None = None,
        publisher: str | None = None,
        reliability: Sequence[Literal["A", "B", "C", "D", "E", "F"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Source]:
        """List sources.

        List sources, newest first.

        Examples: `?publisher=KCNA`, `?reliability=A&reliability=B`,
        `?published_from=2024-01-01T00:00:00Z&published_before=2025-01-01T00:00:00Z`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            language: BCP 47 language tag, e.g. `ko`.
            limit: Page size, 1 to 100.
            published_before: Published before this instant (RFC 3339).
            published_from: Published at or after this instant (RFC 3339).
            publisher: Publisher, case-insensitive, e.g. `KCNA`.
            reliability: Any of these Admiralty grades; repeat: `reliability=A&reliability=B`.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            SyncCursorPage[Source],
            SourceList,
            build_options(
                "GET",
                "/v1/sources",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "language": language,
                    "limit": limit,
                    "published_before": published_before,
                    "published_from": published_from,
                    "publisher": publisher,
                    "reliability": reliability,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def create(
        self,
        *,
        publisher: str,
        reliability: Literal["A", "B", "C", "D", "E", "F"],
        title: str,
        content_hash: str | None | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        excerpt: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        language: str | None | UnsetType = UNSET,
        license: str | None | UnsetType = UNSET,
        published_at: _dt.datetime | str | None | UnsetType = UNSET,
        release: str | None | UnsetType = UNSET,
        reliability_rationale: str | None | UnsetType = UNSET,
        url: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Source:
        """Create a source.

        Register a document, with its Admiralty reliability grade (A–F).

        Args:
            dataset: `live` (the real world) or an exercise or sandbox dataset
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            ConflictError: 409 The request conflicts with the current state.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Source,
            build_options(
                "POST",
                "/v1/sources",
                body={
                    "publisher": publisher,
                    "reliability": reliability,
                    "title": title,
                    "content_hash": content_hash,
                    "dataset": dataset,
                    "excerpt": excerpt,
                    "external_id": external_id,
                    "language": language,
                    "license": license,
                    "published_at": published_at,
                    "release": release,
                    "reliability_rationale": reliability_rationale,
                    "url": url,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        source_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Source:
        """Get a source.

        One source, as it is now or as recorded at `as_of`. Sends an `ETag`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            if_none_match: The `ETag` you hold. If it is still current the answer is 304 with no body.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Source,
            build_options(
                "GET",
                f"/v1/sources/{path_param('source_id', source_id)}",
                query={
                    "as_of": as_of,
                },
                headers={
                    "If-None-Match": if_none_match,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def update(
        self,
        source_id: str,
        *,
        content_hash: str | None | UnsetType = UNSET,
        excerpt: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        language: str | None | UnsetType = UNSET,
        license: str | None | UnsetType = UNSET,
        published_at: _dt.datetime | str | None | UnsetType = UNSET,
        publisher: str | UnsetType = UNSET,
        release: str | None | UnsetType = UNSET,
        reliability: Literal["A", "B", "C", "D", "E", "F"] | UnsetType = UNSET,
        reliability_rationale: str | None | UnsetType = UNSET,
        title: str | UnsetType = UNSET,
        url: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Source:
        """Change a source.

        Change the fields sent; `null` clears one. With `If-Match`, only if still at that version.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            ConflictError: 409 The request conflicts with the current state.
            PreconditionFailedError: 412 `If-Match` names a version that is not current.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Source,
            build_options(
                "PATCH",
                f"/v1/sources/{path_param('source_id', source_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "content_hash": content_hash,
                    "excerpt": excerpt,
                    "external_id": external_id,
                    "language": language,
                    "license": license,
                    "published_at": published_at,
                    "publisher": publisher,
                    "release": release,
                    "reliability": reliability,
                    "reliability_rationale": reliability_rationale,
                    "title": title,
                    "url": url,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        source_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Source:
        """Delete a source.

        Tombstone the source: reads answer 404, history and the change feed keep it.

        A source that live events, statements or observations still cite is not deleted: 409, saying
        how many facts of each kind cite it (`GET /v1/events?source=src_…` lists the events). Delete or
        re-cite them first.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            ConflictError: 409 The request conflicts with the current state.
            PreconditionFailedError: 412 `If-Match` names a version that is not current.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Source,
            build_options(
                "DELETE",
                f"/v1/sources/{path_param('source_id', source_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def history(
        self,
        source_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[SourceVersion]:
        """List a source's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            SyncCursorPage[SourceVersion],
            SourceVersionList,
            build_options(
                "GET",
                f"/v1/sources/{path_param('source_id', source_id)}/history",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )


class SourcesWithRawResponse:
    """``sources`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Sources) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.history = to_raw_response_wrapper(resource.history)


class SourcesWithStreamingResponse:
    """``sources`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Sources) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.history = to_streamed_response_wrapper(resource.history)


class AsyncSources(AsyncAPIResource):
    """Documents facts are drawn from, graded A–F."""

    @cached_property
    def with_raw_response(self) -> AsyncSourcesWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncSourcesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSourcesWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncSourcesWithStreamingResponse(self)

    def list(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        language: str | None = None,
        limit: int | None = None,
        published_before: _dt.datetime | str | None = None,
        published_from: _dt.datetime | str | None = None,
        publisher: str | None = None,
        reliability: Sequence[Literal["A", "B", "C", "D", "E", "F"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Source]:
        """List sources.

        List sources, newest first.

        Examples: `?publisher=KCNA`, `?reliability=A&reliability=B`,
        `?published_from=2024-01-01T00:00:00Z&published_before=2025-01-01T00:00:00Z`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            language: BCP 47 language tag, e.g. `ko`.
            limit: Page size, 1 to 100.
            published_before: Published before this instant (RFC 3339).
            published_from: Published at or after this instant (RFC 3339).
            publisher: Publisher, case-insensitive, e.g. `KCNA`.
            reliability: Any of these Admiralty grades; repeat: `reliability=A&reliability=B`.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            AsyncCursorPage[Source],
            SourceList,
            build_options(
                "GET",
                "/v1/sources",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "language": language,
                    "limit": limit,
                    "published_before": published_before,
                    "published_from": published_from,
                    "publisher": publisher,
                    "reliability": reliability,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    async def create(
        self,
        *,
        publisher: str,
        reliability: Literal["A", "B", "C", "D", "E", "F"],
        title: str,
        content_hash: str | None | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        excerpt: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        language: str | None | UnsetType = UNSET,
        license: str | None | UnsetType = UNSET,
        published_at: _dt.datetime | str | None | UnsetType = UNSET,
        release: str | None | UnsetType = UNSET,
        reliability_rationale: str | None | UnsetType = UNSET,
        url: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Source:
        """Create a source.

        Register a document, with its Admiralty reliability grade (A–F).

        Args:
            dataset: `live` (the real world) or an exercise or sandbox dataset
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            ConflictError: 409 The request conflicts with the current state.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Source,
            build_options(
                "POST",
                "/v1/sources",
                body={
                    "publisher": publisher,
                    "reliability": reliability,
                    "title": title,
                    "content_hash": content_hash,
                    "dataset": dataset,
                    "excerpt": excerpt,
                    "external_id": external_id,
                    "language": language,
                    "license": license,
                    "published_at": published_at,
                    "release": release,
                    "reliability_rationale": reliability_rationale,
                    "url": url,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        source_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Source:
        """Get a source.

        One source, as it is now or as recorded at `as_of`. Sends an `ETag`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            if_none_match: The `ETag` you hold. If it is still current the answer is 304 with no body.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Source,
            build_options(
                "GET",
                f"/v1/sources/{path_param('source_id', source_id)}",
                query={
                    "as_of": as_of,
                },
                headers={
                    "If-None-Match": if_none_match,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def update(
        self,
        source_id: str,
        *,
        content_hash: str | None | UnsetType = UNSET,
        excerpt: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        language: str | None | UnsetType = UNSET,
        license: str | None | UnsetType = UNSET,
        published_at: _dt.datetime | str | None | UnsetType = UNSET,
        publisher: str | UnsetType = UNSET,
        release: str | None | UnsetType = UNSET,
        reliability: Literal["A", "B", "C", "D", "E", "F"] | UnsetType = UNSET,
        reliability_rationale: str | None | UnsetType = UNSET,
        title: str | UnsetType = UNSET,
        url: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Source:
        """Change a source.

        Change the fields sent; `null` clears one. With `If-Match`, only if still at that version.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            ConflictError: 409 The request conflicts with the current state.
            PreconditionFailedError: 412 `If-Match` names a version that is not current.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Source,
            build_options(
                "PATCH",
                f"/v1/sources/{path_param('source_id', source_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "content_hash": content_hash,
                    "excerpt": excerpt,
                    "external_id": external_id,
                    "language": language,
                    "license": license,
                    "published_at": published_at,
                    "publisher": publisher,
                    "release": release,
                    "reliability": reliability,
                    "reliability_rationale": reliability_rationale,
                    "title": title,
                    "url": url,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        source_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Source:
        """Delete a source.

        Tombstone the source: reads answer 404, history and the change feed keep it.

        A source that live events, statements or observations still cite is not deleted: 409, saying
        how many facts of each kind cite it (`GET /v1/events?source=src_…` lists the events). Delete or
        re-cite them first.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            ConflictError: 409 The request conflicts with the current state.
            PreconditionFailedError: 412 `If-Match` names a version that is not current.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Source,
            build_options(
                "DELETE",
                f"/v1/sources/{path_param('source_id', source_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def history(
        self,
        source_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[SourceVersion]:
        """List a source's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            AsyncCursorPage[SourceVersion],
            SourceVersionList,
            build_options(
                "GET",
                f"/v1/sources/{path_param('source_id', source_id)}/history",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )


class AsyncSourcesWithRawResponse:
    """``sources`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncSources) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.history = async_to_raw_response_wrapper(resource.history)


class AsyncSourcesWithStreamingResponse:
    """``sources`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncSources) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.history = async_to_streamed_response_wrapper(resource.history)
