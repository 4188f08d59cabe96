# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.export``: Bulk export: a resource as NDJSON, one snapshot."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from functools import cached_property
from typing import Literal

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

__all__ = (
    "AsyncExport",
    "AsyncExportWithRawResponse",
    "AsyncExportWithStreamingResponse",
    "Export",
    "ExportWithRawResponse",
    "ExportWithStreamingResponse",
)


class Export(SyncAPIResource):
    """Bulk export: a resource as NDJSON, one snapshot."""

    @cached_property
    def with_raw_response(self) -> ExportWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return ExportWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ExportWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return ExportWithStreamingResponse(self)

    def export_records(
        self,
        *,
        resource: Literal[
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
        ],
        as_of: _dt.datetime | str | None = None,
        dataset: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> bytes:
        """Export a resource as NDJSON.

        Every record of one resource in one dataset, one JSON object per line, by id.

        One consistent snapshot, streamed (memory stays flat however large). Each line is the
        resource's usual representation, `dataset` included. The `Watchfloor-Sync-Cursor` header
        is where to follow the change feed from.

        Args:
            resource: The resource to export: `actor`, `source`, `facility`, `weapon`, `event`, `statement`, `indicator`, `observation`, `warning_problem`, `alert`, `question`, `forecast`, `backtest`, `scenario_set`, `scenario`, `signpost`, `ach_matrix`, `plan`, `subscription`, `watchlist`, `brief`, `exercise`, `inject`, `exercise_action`.
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            bytes,
            build_options(
                "GET",
                "/v1/export",
                query={
                    "resource": resource,
                    "as_of": as_of,
                    "dataset": dataset,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class ExportWithRawResponse:
    """``export`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Export) -> None:
        self.export_records = to_raw_response_wrapper(resource.export_records)


class ExportWithStreamingResponse:
    """``export`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Export) -> None:
        self.export_records = to_streamed_response_wrapper(resource.export_records)


class AsyncExport(AsyncAPIResource):
    """Bulk export: a resource as NDJSON, one snapshot."""

    @cached_property
    def with_raw_response(self) -> AsyncExportWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncExportWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncExportWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncExportWithStreamingResponse(self)

    async def export_records(
        self,
        *,
        resource: Literal[
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
        ],
        as_of: _dt.datetime | str | None = None,
        dataset: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> bytes:
        """Export a resource as NDJSON.

        Every record of one resource in one dataset, one JSON object per line, by id.

        One consistent snapshot, streamed (memory stays flat however large). Each line is the
        resource's usual representation, `dataset` included. The `Watchfloor-Sync-Cursor` header
        is where to follow the change feed from.

        Args:
            resource: The resource to export: `actor`, `source`, `facility`, `weapon`, `event`, `statement`, `indicator`, `observation`, `warning_problem`, `alert`, `question`, `forecast`, `backtest`, `scenario_set`, `scenario`, `signpost`, `ach_matrix`, `plan`, `subscription`, `watchlist`, `brief`, `exercise`, `inject`, `exercise_action`.
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            bytes,
            build_options(
                "GET",
                "/v1/export",
                query={
                    "resource": resource,
                    "as_of": as_of,
                    "dataset": dataset,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncExportWithRawResponse:
    """``export`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncExport) -> None:
        self.export_records = async_to_raw_response_wrapper(resource.export_records)


class AsyncExportWithStreamingResponse:
    """``export`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncExport) -> None:
        self.export_records = async_to_streamed_response_wrapper(resource.export_records)
