# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.indicators``: Time series (trade, prices, launches …) with warning thresholds."""

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
    Indicator,
    IndicatorDefinition,
    IndicatorDefinitionParam,
    IndicatorList,
    IndicatorVersion,
    IndicatorVersionList,
    Threshold,
    ThresholdParam,
)

__all__ = (
    "AsyncIndicators",
    "AsyncIndicatorsWithRawResponse",
    "AsyncIndicatorsWithStreamingResponse",
    "Indicators",
    "IndicatorsWithRawResponse",
    "IndicatorsWithStreamingResponse",
)


class Indicators(SyncAPIResource):
    """Time series (trade, prices, launches …) with warning thresholds."""

    @cached_property
    def with_raw_response(self) -> IndicatorsWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return IndicatorsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> IndicatorsWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return IndicatorsWithStreamingResponse(self)

    def list(
        self,
        *,
        actor: str | None = None,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        frequency: Literal["daily", "weekly", "monthly", "quarterly", "annual", "irregular"]
        | None = None,
        limit: int | None = None,
        name: str | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Indicator]:
        """List indicators.

        List indicators, newest first.

        Examples: `?actor=act_…` (series about the DPRK), `?tag=trade&frequency=monthly`,
        `?name=trade`.

        Args:
            actor: Only indicators about this actor (an actor id).
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            frequency: Only indicators published this often.
            limit: Page size, 1 to 100.
            name: Part of the name, case-insensitive: `trade` finds “China–DPRK trade”.
            tag: Only indicators with this tag, e.g. `trade`.

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
            SyncCursorPage[Indicator],
            IndicatorList,
            build_options(
                "GET",
                "/v1/indicators",
                query={
                    "actor": actor,
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "frequency": frequency,
                    "limit": limit,
                    "name": name,
                    "tag": tag,
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
        frequency: Literal["annual", "daily", "irregular", "monthly", "quarterly", "weekly"],
        name: str,
        unit: str,
        actor_ids: Sequence[str] | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        definition: IndicatorDefinition | IndicatorDefinitionParam | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        thresholds: Sequence[Threshold | ThresholdParam] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Indicator:
        """Create an indicator.

        Define a time series: unit, frequency, the actors it is about, warning thresholds.

        With a `definition` the system computes the figures from events (a measure per calendar
        period of the `frequency`, over events chosen with the filters of `listEvents`) and writes
        each changed figure as a new vintage; see `docs/warning.md`. A definition that names an
        actor, facility or magnitude that does not exist is 422.

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
            Indicator,
            build_options(
                "POST",
                "/v1/indicators",
                body={
                    "frequency": frequency,
                    "name": name,
                    "unit": unit,
                    "actor_ids": actor_ids,
                    "dataset": dataset,
                    "definition": definition,
                    "description": description,
                    "external_id": external_id,
                    "tags": tags,
                    "thresholds": thresholds,
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
        indicator_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Indicator:
        """Get an indicator.

        One indicator, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Indicator,
            build_options(
                "GET",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}",
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
        indicator_id: str,
        *,
        actor_ids: Sequence[str] | UnsetType = UNSET,
        definition: IndicatorDefinition | IndicatorDefinitionParam | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        frequency: Literal["annual", "daily", "irregular", "monthly", "quarterly", "weekly"]
        | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        thresholds: Sequence[Threshold | ThresholdParam] | UnsetType = UNSET,
        unit: str | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Indicator:
        """Change an indicator.

        Change the fields sent; `null` clears one. With `If-Match`, only if still at that
        version.

        A new `definition` (or `frequency`) of a computed indicator recomputes its whole series:
        each figure that changes is a new vintage. `definition: null` stops the computation and
        keeps the figures. An indicator with figures entered by hand cannot take a definition (409).

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
            Indicator,
            build_options(
                "PATCH",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "actor_ids": actor_ids,
                    "definition": definition,
                    "description": description,
                    "external_id": external_id,
                    "frequency": frequency,
                    "name": name,
                    "tags": tags,
                    "thresholds": thresholds,
                    "unit": unit,
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
        indicator_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Indicator:
        """Delete an indicator.

        Tombstone the indicator and all its observations; history and the change feed keep them.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            PreconditionFailedError: 412 `If-Match` names a version that is not current.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Indicator,
            build_options(
                "DELETE",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}",
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
        indicator_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[IndicatorVersion]:
        """List an indicator's versions.

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
            SyncCursorPage[IndicatorVersion],
            IndicatorVersionList,
            build_options(
                "GET",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}/history",
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


class IndicatorsWithRawResponse:
    """``indicators`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Indicators) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.history = to_raw_response_wrapper(resource.history)


class IndicatorsWithStreamingResponse:
    """``indicators`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Indicators) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.history = to_streamed_response_wrapper(resource.history)


class AsyncIndicators(AsyncAPIResource):
    """Time series (trade, prices, launches …) with warning thresholds."""

    @cached_property
    def with_raw_response(self) -> AsyncIndicatorsWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncIndicatorsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncIndicatorsWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncIndicatorsWithStreamingResponse(self)

    def list(
        self,
        *,
        actor: str | None = None,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        frequency: Literal["daily", "weekly", "monthly", "quarterly", "annual", "irregular"]
        | None = None,
        limit: int | None = None,
        name: str | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Indicator]:
        """List indicators.

        List indicators, newest first.

        Examples: `?actor=act_…` (series about the DPRK), `?tag=trade&frequency=monthly`,
        `?name=trade`.

        Args:
            actor: Only indicators about this actor (an actor id).
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            frequency: Only indicators published this often.
            limit: Page size, 1 to 100.
            name: Part of the name, case-insensitive: `trade` finds “China–DPRK trade”.
            tag: Only indicators with this tag, e.g. `trade`.

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
            AsyncCursorPage[Indicator],
            IndicatorList,
            build_options(
                "GET",
                "/v1/indicators",
                query={
                    "actor": actor,
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "frequency": frequency,
                    "limit": limit,
                    "name": name,
                    "tag": tag,
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
        frequency: Literal["annual", "daily", "irregular", "monthly", "quarterly", "weekly"],
        name: str,
        unit: str,
        actor_ids: Sequence[str] | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        definition: IndicatorDefinition | IndicatorDefinitionParam | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        thresholds: Sequence[Threshold | ThresholdParam] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Indicator:
        """Create an indicator.

        Define a time series: unit, frequency, the actors it is about, warning thresholds.

        With a `definition` the system computes the figures from events (a measure per calendar
        period of the `frequency`, over events chosen with the filters of `listEvents`) and writes
        each changed figure as a new vintage; see `docs/warning.md`. A definition that names an
        actor, facility or magnitude that does not exist is 422.

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
            Indicator,
            build_options(
                "POST",
                "/v1/indicators",
                body={
                    "frequency": frequency,
                    "name": name,
                    "unit": unit,
                    "actor_ids": actor_ids,
                    "dataset": dataset,
                    "definition": definition,
                    "description": description,
                    "external_id": external_id,
                    "tags": tags,
                    "thresholds": thresholds,
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
        indicator_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Indicator:
        """Get an indicator.

        One indicator, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Indicator,
            build_options(
                "GET",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}",
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
        indicator_id: str,
        *,
        actor_ids: Sequence[str] | UnsetType = UNSET,
        definition: IndicatorDefinition | IndicatorDefinitionParam | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        frequency: Literal["annual", "daily", "irregular", "monthly", "quarterly", "weekly"]
        | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        thresholds: Sequence[Threshold | ThresholdParam] | UnsetType = UNSET,
        unit: str | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Indicator:
        """Change an indicator.

        Change the fields sent; `null` clears one. With `If-Match`, only if still at that
        version.

        A new `definition` (or `frequency`) of a computed indicator recomputes its whole series:
        each figure that changes is a new vintage. `definition: null` stops the computation and
        keeps the figures. An indicator with figures entered by hand cannot take a definition (409).

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
            Indicator,
            build_options(
                "PATCH",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "actor_ids": actor_ids,
                    "definition": definition,
                    "description": description,
                    "external_id": external_id,
                    "frequency": frequency,
                    "name": name,
                    "tags": tags,
                    "thresholds": thresholds,
                    "unit": unit,
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
        indicator_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Indicator:
        """Delete an indicator.

        Tombstone the indicator and all its observations; history and the change feed keep them.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            PreconditionFailedError: 412 `If-Match` names a version that is not current.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Indicator,
            build_options(
                "DELETE",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}",
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
        indicator_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[IndicatorVersion]:
        """List an indicator's versions.

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
            AsyncCursorPage[IndicatorVersion],
            IndicatorVersionList,
            build_options(
                "GET",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}/history",
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


class AsyncIndicatorsWithRawResponse:
    """``indicators`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncIndicators) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.history = async_to_raw_response_wrapper(resource.history)


class AsyncIndicatorsWithStreamingResponse:
    """``indicators`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncIndicators) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.history = async_to_streamed_response_wrapper(resource.history)
