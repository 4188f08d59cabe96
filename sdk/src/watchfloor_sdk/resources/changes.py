# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.changes``: The change feed partners sync with."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Literal

from msgspec import UNSET, UnsetType

from watchfloor_sdk._core._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from watchfloor_sdk._core._request import Timeout, build_options
from watchfloor_sdk._core._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from watchfloor_sdk.types import ChangeDelete, ChangeList, ChangeUpsert

__all__ = (
    "AsyncChanges",
    "AsyncChangesWithRawResponse",
    "AsyncChangesWithStreamingResponse",
    "Changes",
    "ChangesWithRawResponse",
    "ChangesWithStreamingResponse",
)


class Changes(SyncAPIResource):
    """The change feed partners sync with."""

    @cached_property
    def with_raw_response(self) -> ChangesWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return ChangesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChangesWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return ChangesWithStreamingResponse(self)

    def list(
        self,
        *,
        after: str | None = None,
        dataset: str | None = None,
        limit: int | None = None,
        resource: Sequence[
            Literal[
                "actor",
                "source",
                "facility",
                "weapon",
                "event",
                "statement",
                "indicator",
                "observation",
                "warning_problem",
                "alert",
                "question",
                "forecast",
                "backtest",
                "scenario_set",
                "scenario",
                "signpost",
                "ach_matrix",
                "plan",
                "subscription",
                "watchlist",
                "brief",
                "exercise",
                "inject",
                "exercise_action",
            ]
        ]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[ChangeUpsert | ChangeDelete]:
        """Follow the change feed.

        Every change after `after`, in commit order: upserts with the record, and tombstones.

        Apply an upsert only if its `version` is newer than the one you hold (replays are then
        harmless), drop the record on a tombstone, and save `next_cursor` only after you have
        committed the page. `has_more=false` means you are caught up. A cursor older than the
        retention window answers 410: bootstrap again from the lists' `sync_cursor`.

        Args:
            after: `next_cursor` (or an item's `cursor`) of the page you applied last, or a list's `sync_cursor`. Omit to start at the beginning of the retained feed.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            limit: Page size, 1 to 1000.
            resource: Only these resources (repeat the parameter): `actor`, `source`, `facility`, `weapon`, `event`, `statement`, `indicator`, `observation`, `warning_problem`, `alert`, `question`, `forecast`, `backtest`, `scenario_set`, `scenario`, `signpost`, `ach_matrix`, `plan`, `subscription`, `watchlist`, `brief`, `exercise`, `inject`, `exercise_action`.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            CursorExpiredError: 410 The cursor is older than the retention window.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            SyncCursorPage[ChangeUpsert | ChangeDelete],
            ChangeList,
            build_options(
                "GET",
                "/v1/changes",
                query={
                    "after": after,
                    "dataset": dataset,
                    "limit": limit,
                    "resource": resource,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="after",
        )


class ChangesWithRawResponse:
    """``changes`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Changes) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class ChangesWithStreamingResponse:
    """``changes`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Changes) -> None:
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncChanges(AsyncAPIResource):
    """The change feed partners sync with."""

    @cached_property
    def with_raw_response(self) -> AsyncChangesWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncChangesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChangesWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncChangesWithStreamingResponse(self)

    def list(
        self,
        *,
        after: str | None = None,
        dataset: str | None = None,
        limit: int | None = None,
        resource: Sequence[
            Literal[
                "actor",
                "source",
                "facility",
                "weapon",
                "event",
                "statement",
                "indicator",
                "observation",
                "warning_problem",
                "alert",
                "question",
                "forecast",
                "backtest",
                "scenario_set",
                "scenario",
                "signpost",
                "ach_matrix",
                "plan",
                "subscription",
                "watchlist",
                "brief",
                "exercise",
                "inject",
                "exercise_action",
            ]
        ]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[ChangeUpsert | ChangeDelete]:
        """Follow the change feed.

        Every change after `after`, in commit order: upserts with the record, and tombstones.

        Apply an upsert only if its `version` is newer than the one you hold (replays are then
        harmless), drop the record on a tombstone, and save `next_cursor` only after you have
        committed the page. `has_more=false` means you are caught up. A cursor older than the
        retention window answers 410: bootstrap again from the lists' `sync_cursor`.

        Args:
            after: `next_cursor` (or an item's `cursor`) of the page you applied last, or a list's `sync_cursor`. Omit to start at the beginning of the retained feed.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            limit: Page size, 1 to 1000.
            resource: Only these resources (repeat the parameter): `actor`, `source`, `facility`, `weapon`, `event`, `statement`, `indicator`, `observation`, `warning_problem`, `alert`, `question`, `forecast`, `backtest`, `scenario_set`, `scenario`, `signpost`, `ach_matrix`, `plan`, `subscription`, `watchlist`, `brief`, `exercise`, `inject`, `exercise_action`.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            CursorExpiredError: 410 The cursor is older than the retention window.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            AsyncCursorPage[ChangeUpsert | ChangeDelete],
            ChangeList,
            build_options(
                "GET",
                "/v1/changes",
                query={
                    "after": after,
                    "dataset": dataset,
                    "limit": limit,
                    "resource": resource,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="after",
        )


class AsyncChangesWithRawResponse:
    """``changes`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncChanges) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncChangesWithStreamingResponse:
    """``changes`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncChanges) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
