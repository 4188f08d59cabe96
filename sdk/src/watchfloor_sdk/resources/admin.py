# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.admin``: API keys, datasets and the audit trail (admin scope)."""

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
from watchfloor_sdk.types import (
    ApiKey,
    ApiKeyList,
    ApiKeyWithSecret,
    AuditEntry,
    AuditList,
    Dataset,
    DatasetList,
)

__all__ = (
    "Admin",
    "AdminWithRawResponse",
    "AdminWithStreamingResponse",
    "AsyncAdmin",
    "AsyncAdminWithRawResponse",
    "AsyncAdminWithStreamingResponse",
)


class Admin(SyncAPIResource):
    """API keys, datasets and the audit trail (admin scope)."""

    @cached_property
    def with_raw_response(self) -> AdminWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AdminWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AdminWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AdminWithStreamingResponse(self)

    def create_api_key(
        self,
        *,
        name: str,
        scopes: Sequence[Literal["admin", "read", "write"]],
        datasets: Sequence[str] | UnsetType = UNSET,
        rate_limit: int | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ApiKeyWithSecret:
        """Create an API key.

        Create a key with scopes, datasets and a rate limit. The secret is shown only here.

        An admin key grants only datasets it holds itself (403 otherwise). With an
        `Idempotency-Key`, a retry by the same caller within 24 hours creates no second key: it
        answers the first answer again, secret included (kept with the key's stored answer until
        then), so a create whose answer was lost on the way is not a lost key.

        Args:
            rate_limit: Requests per minute this key may make.
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
            ApiKeyWithSecret,
            build_options(
                "POST",
                "/v1/admin/keys",
                body={
                    "name": name,
                    "scopes": scopes,
                    "datasets": datasets,
                    "rate_limit": rate_limit,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def create_dataset(
        self,
        *,
        kind: Literal["exercise", "sandbox"],
        name: str,
        description: str | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Dataset:
        """Create a dataset.

        Create an exercise or sandbox dataset; the admin key creating it is granted it.
        Grant it to other keys to let them use it.

        Args:
            name: `live` (the real world) or an exercise or sandbox dataset
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
            Dataset,
            build_options(
                "POST",
                "/v1/admin/datasets",
                body={
                    "kind": kind,
                    "name": name,
                    "description": description,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_api_key(
        self,
        key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ApiKey:
        """Get an API key.

        One key, without its secret; a key with a dataset this admin lacks is 404.

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
            ApiKey,
            build_options(
                "GET",
                f"/v1/admin/keys/{path_param('key_id', key_id)}",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def list_api_keys(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[ApiKey]:
        """List API keys.

        Every key this admin may manage (all of whose datasets it holds), revoked ones
        included, newest first. Secrets are never shown again.

        Args:
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.

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
            SyncCursorPage[ApiKey],
            ApiKeyList,
            build_options(
                "GET",
                "/v1/admin/keys",
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_audit_entries(
        self,
        *,
        cursor: str | None = None,
        key_id: str | None = None,
        limit: int | None = None,
        record_id: str | None = None,
        resource: str | None = None,
        since: _dt.datetime | str | None = None,
        until: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[AuditEntry]:
        """Read the audit trail.

        Every write, newest first: which key, when, what (resource, id, version), which request.

        An admin key sees the writes to its own datasets, their creation, and the keys it may
        manage (all of whose datasets it holds).

        Args:
            cursor: Opaque cursor from `next_cursor` of the previous page.
            key_id: Only writes made with this API key.
            limit: Page size, 1 to 100.
            record_id: Only writes to this record (its id).
            resource: Only writes to this resource (`actor`, `api_key` …).
            since: Only writes at or after this instant.
            until: Only writes before this instant.

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
            SyncCursorPage[AuditEntry],
            AuditList,
            build_options(
                "GET",
                "/v1/audit",
                query={
                    "cursor": cursor,
                    "key_id": key_id,
                    "limit": limit,
                    "record_id": record_id,
                    "resource": resource,
                    "since": since,
                    "until": until,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_datasets(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Dataset]:
        """List datasets.

        The datasets this admin key holds, by name.

        Args:
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.

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
            SyncCursorPage[Dataset],
            DatasetList,
            build_options(
                "GET",
                "/v1/admin/datasets",
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def revoke_api_key(
        self,
        key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ApiKey:
        """Revoke an API key.

        Revoke the key: its next request gets 401. The key stays listed, with `revoked_at`.

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
            ApiKey,
            build_options(
                "DELETE",
                f"/v1/admin/keys/{path_param('key_id', key_id)}",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AdminWithRawResponse:
    """``admin`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Admin) -> None:
        self.create_api_key = to_raw_response_wrapper(resource.create_api_key)
        self.create_dataset = to_raw_response_wrapper(resource.create_dataset)
        self.get_api_key = to_raw_response_wrapper(resource.get_api_key)
        self.list_api_keys = to_raw_response_wrapper(resource.list_api_keys)
        self.list_audit_entries = to_raw_response_wrapper(resource.list_audit_entries)
        self.list_datasets = to_raw_response_wrapper(resource.list_datasets)
        self.revoke_api_key = to_raw_response_wrapper(resource.revoke_api_key)


class AdminWithStreamingResponse:
    """``admin`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Admin) -> None:
        self.create_api_key = to_streamed_response_wrapper(resource.create_api_key)
        self.create_dataset = to_streamed_response_wrapper(resource.create_dataset)
        self.get_api_key = to_streamed_response_wrapper(resource.get_api_key)
        self.list_api_keys = to_streamed_response_wrapper(resource.list_api_keys)
        self.list_audit_entries = to_streamed_response_wrapper(resource.list_audit_entries)
        self.list_datasets = to_streamed_response_wrapper(resource.list_datasets)
        self.revoke_api_key = to_streamed_response_wrapper(resource.revoke_api_key)


class AsyncAdmin(AsyncAPIResource):
    """API keys, datasets and the audit trail (admin scope)."""

    @cached_property
    def with_raw_response(self) -> AsyncAdminWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncAdminWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAdminWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncAdminWithStreamingResponse(self)

    async def create_api_key(
        self,
        *,
        name: str,
        scopes: Sequence[Literal["admin", "read", "write"]],
        datasets: Sequence[str] | UnsetType = UNSET,
        rate_limit: int | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ApiKeyWithSecret:
        """Create an API key.

        Create a key with scopes, datasets and a rate limit. The secret is shown only here.

        An admin key grants only datasets it holds itself (403 otherwise). With an
        `Idempotency-Key`, a retry by the same caller within 24 hours creates no second key: it
        answers the first answer again, secret included (kept with the key's stored answer until
        then), so a create whose answer was lost on the way is not a lost key.

        Args:
            rate_limit: Requests per minute this key may make.
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
            ApiKeyWithSecret,
            build_options(
                "POST",
                "/v1/admin/keys",
                body={
                    "name": name,
                    "scopes": scopes,
                    "datasets": datasets,
                    "rate_limit": rate_limit,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def create_dataset(
        self,
        *,
        kind: Literal["exercise", "sandbox"],
        name: str,
        description: str | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Dataset:
        """Create a dataset.

        Create an exercise or sandbox dataset; the admin key creating it is granted it.
        Grant it to other keys to let them use it.

        Args:
            name: `live` (the real world) or an exercise or sandbox dataset
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
            Dataset,
            build_options(
                "POST",
                "/v1/admin/datasets",
                body={
                    "kind": kind,
                    "name": name,
                    "description": description,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_api_key(
        self,
        key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ApiKey:
        """Get an API key.

        One key, without its secret; a key with a dataset this admin lacks is 404.

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
            ApiKey,
            build_options(
                "GET",
                f"/v1/admin/keys/{path_param('key_id', key_id)}",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def list_api_keys(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[ApiKey]:
        """List API keys.

        Every key this admin may manage (all of whose datasets it holds), revoked ones
        included, newest first. Secrets are never shown again.

        Args:
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.

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
            AsyncCursorPage[ApiKey],
            ApiKeyList,
            build_options(
                "GET",
                "/v1/admin/keys",
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_audit_entries(
        self,
        *,
        cursor: str | None = None,
        key_id: str | None = None,
        limit: int | None = None,
        record_id: str | None = None,
        resource: str | None = None,
        since: _dt.datetime | str | None = None,
        until: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[AuditEntry]:
        """Read the audit trail.

        Every write, newest first: which key, when, what (resource, id, version), which request.

        An admin key sees the writes to its own datasets, their creation, and the keys it may
        manage (all of whose datasets it holds).

        Args:
            cursor: Opaque cursor from `next_cursor` of the previous page.
            key_id: Only writes made with this API key.
            limit: Page size, 1 to 100.
            record_id: Only writes to this record (its id).
            resource: Only writes to this resource (`actor`, `api_key` …).
            since: Only writes at or after this instant.
            until: Only writes before this instant.

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
            AsyncCursorPage[AuditEntry],
            AuditList,
            build_options(
                "GET",
                "/v1/audit",
                query={
                    "cursor": cursor,
                    "key_id": key_id,
                    "limit": limit,
                    "record_id": record_id,
                    "resource": resource,
                    "since": since,
                    "until": until,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_datasets(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Dataset]:
        """List datasets.

        The datasets this admin key holds, by name.

        Args:
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.

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
            AsyncCursorPage[Dataset],
            DatasetList,
            build_options(
                "GET",
                "/v1/admin/datasets",
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    async def revoke_api_key(
        self,
        key_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ApiKey:
        """Revoke an API key.

        Revoke the key: its next request gets 401. The key stays listed, with `revoked_at`.

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
            ApiKey,
            build_options(
                "DELETE",
                f"/v1/admin/keys/{path_param('key_id', key_id)}",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncAdminWithRawResponse:
    """``admin`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncAdmin) -> None:
        self.create_api_key = async_to_raw_response_wrapper(resource.create_api_key)
        self.create_dataset = async_to_raw_response_wrapper(resource.create_dataset)
        self.get_api_key = async_to_raw_response_wrapper(resource.get_api_key)
        self.list_api_keys = async_to_raw_response_wrapper(resource.list_api_keys)
        self.list_audit_entries = async_to_raw_response_wrapper(resource.list_audit_entries)
        self.list_datasets = async_to_raw_response_wrapper(resource.list_datasets)
        self.revoke_api_key = async_to_raw_response_wrapper(resource.revoke_api_key)


class AsyncAdminWithStreamingResponse:
    """``admin`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncAdmin) -> None:
        self.create_api_key = async_to_streamed_response_wrapper(resource.create_api_key)
        self.create_dataset = async_to_streamed_response_wrapper(resource.create_dataset)
        self.get_api_key = async_to_streamed_response_wrapper(resource.get_api_key)
        self.list_api_keys = async_to_streamed_response_wrapper(resource.list_api_keys)
        self.list_audit_entries = async_to_streamed_response_wrapper(resource.list_audit_entries)
        self.list_datasets = async_to_streamed_response_wrapper(resource.list_datasets)
        self.revoke_api_key = async_to_streamed_response_wrapper(resource.revoke_api_key)
