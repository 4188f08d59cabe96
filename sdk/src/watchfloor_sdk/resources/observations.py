# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.observations``: Figures of an indicator by period and vintage; revisions never overwrite, and figures that reach a threshold are listed as warnings."""

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
    CitationIn,
    CitationInParam,
    FigureList,
    Observation,
    ObservationList,
    ObservationVersion,
    ObservationVersionList,
    ObservationWarning,
    ObservationWarningList,
)

__all__ = (
    "AsyncObservations",
    "AsyncObservationsWithRawResponse",
    "AsyncObservationsWithStreamingResponse",
    "Observations",
    "ObservationsWithRawResponse",
    "ObservationsWithStreamingResponse",
)


class Observations(SyncAPIResource):
    """Figures of an indicator by period and vintage; revisions never overwrite, and figures that reach a threshold are listed as warnings."""

    @cached_property
    def with_raw_response(self) -> ObservationsWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return ObservationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ObservationsWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return ObservationsWithStreamingResponse(self)

    def list(
        self,
        indicator_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        period_from: _dt.date | str | None = None,
        period_to: _dt.date | str | None = None,
        vintage: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Observation]:
        """List an indicator's figures.

        The series in period order, one figure per period unless `vintage=all`.

        Examples: `?period_from=2024-01-01&period_to=2024-12-31`, `?vintage=2025-03-01`
        (as a reader could know it on 1 March 2025), `?vintage=all` (every revision),
        `?as_of=2025-06-01T00:00:00Z` (as recorded here then, before later corrections).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.
            period_from: Only periods that end on or after this day, e.g. `2024-01-01`.
            period_to: Only periods that start on or before this day, e.g. `2024-12-31`.
            vintage: Which figure of each period: `latest` (default) the newest vintage; `YYYY-MM-DD` the newest vintage published on or before that day (what a reader could know then); `all` every vintage, oldest first.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            SyncCursorPage[Observation],
            ObservationList,
            build_options(
                "GET",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}/observations",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "limit": limit,
                    "period_from": period_from,
                    "period_to": period_to,
                    "vintage": vintage,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def create(
        self,
        indicator_id: str,
        *,
        citations: Sequence[CitationIn | CitationInParam],
        period_end: _dt.date | str,
        period_start: _dt.date | str,
        vintage: _dt.date | str,
        dataset: str | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        high: float | None | UnsetType = UNSET,
        low: float | None | UnsetType = UNSET,
        note: str | None | UnsetType = UNSET,
        period_label: str | None | UnsetType = UNSET,
        value: float | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Observation:
        """Add a figure to an indicator.

        Record a figure for a period, as published on its `vintage` date.

        A revision is a new figure with a later vintage: the old one stays readable. The same
        period and vintage twice is 409. `low ≤ value ≤ high` must hold (422). An indicator
        with a `definition` is computed: the system writes its figures, and one sent by hand
        is 409.

        Args:
            dataset: `live` (the real world) or an exercise or sandbox dataset
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            ConflictError: 409 The request conflicts with the current state.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Observation,
            build_options(
                "POST",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}/observations",
                body={
                    "citations": citations,
                    "period_end": period_end,
                    "period_start": period_start,
                    "vintage": vintage,
                    "dataset": dataset,
                    "external_id": external_id,
                    "high": high,
                    "low": low,
                    "note": note,
                    "period_label": period_label,
                    "value": value,
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
        observation_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Observation:
        """Get an observation.

        One figure, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Observation,
            build_options(
                "GET",
                f"/v1/observations/{path_param('observation_id', observation_id)}",
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
        observation_id: str,
        *,
        citations: Sequence[CitationIn | CitationInParam] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        high: float | None | UnsetType = UNSET,
        if_match: str | None = None,
        low: float | None | UnsetType = UNSET,
        note: str | None | UnsetType = UNSET,
        period_label: str | None | UnsetType = UNSET,
        value: float | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Observation:
        """Correct an observation.

        Correct a data-entry error; the old figure stays in history and under `as_of`.

        A revision by the publisher is not a correction: add it as a new observation with a
        later `vintage`. `low ≤ value ≤ high` must hold after the change (422). A figure the
        system computed (`computed: true`) is never corrected by hand (409).

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
            Observation,
            build_options(
                "PATCH",
                f"/v1/observations/{path_param('observation_id', observation_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "citations": citations,
                    "external_id": external_id,
                    "high": high,
                    "low": low,
                    "note": note,
                    "period_label": period_label,
                    "value": value,
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
        observation_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Observation:
        """Delete an observation.

        Tombstone the figure: reads answer 404, history and the change feed keep it. A figure the system computed (`computed: true`) stays (409).

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
            Observation,
            build_options(
                "DELETE",
                f"/v1/observations/{path_param('observation_id', observation_id)}",
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
        observation_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[ObservationVersion]:
        """List an observation's versions.

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
            SyncCursorPage[ObservationVersion],
            ObservationVersionList,
            build_options(
                "GET",
                f"/v1/observations/{path_param('observation_id', observation_id)}/history",
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

    def list_indicator_figures(
        self,
        indicator_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        known_by: _dt.datetime | str | None = None,
        period_from: _dt.date | str | None = None,
        period_to: _dt.date | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> FigureList:
        """An indicator's series as known at an instant.

        One figure per period, as the world knew it at `known_by` and as recorded here at
        `as_of`; for any indicator, entered by hand or computed.

        Entered by hand: each period's newest vintage published by `known_by`, a vintage dated
        D counting from the end of D (UTC), so nothing is seen before it was out. Computed:
        recomputed for this answer from the events reported by `known_by` (their
        `reported_at`) as recorded at `as_of`, with the worker's own measure; a period without
        a matching event is 0 for counts and sums from the first period with one up to the
        period that contains `known_by`, and absent for a mean. Without `known_by`: the newest
        vintages (for a computed indicator, what the worker wrote; nothing is recomputed).

        Not paged: at most 5000 figures; a longer series is 422, narrowed with `period_from`
        and `period_to`. A `known_by` before every figure answers an empty list.
        Example: `?known_by=2022-02-01T00:00:00Z` (the series as known on 1 February 2022).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            known_by: Knowledge time: only what the world had reported by this instant, e.g. `2022-02-01T00:00:00Z` (a vintage counts once its day has ended; a computed figure is recomputed from the events reported by then). Omit for everything.
            period_from: Only periods that end on or after this day, e.g. `2024-01-01`.
            period_to: Only periods that start on or before this day, e.g. `2024-12-31`.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            FigureList,
            build_options(
                "GET",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}/figures",
                query={
                    "as_of": as_of,
                    "known_by": known_by,
                    "period_from": period_from,
                    "period_to": period_to,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def list_indicator_warnings(
        self,
        indicator_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        min_level: Literal["watch", "warning", "alert"] | None = None,
        period_from: _dt.date | str | None = None,
        period_to: _dt.date | str | None = None,
        vintage: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[ObservationWarning]:
        """List figures that reach a warning threshold.

        The figures of the series (chosen as in `listObservations`) that reach a threshold.

        Each comes with every threshold it reaches and the most severe `level`. `above` is
        reached at or above the threshold, `below` at or below; a figure known only as a range
        reaches it when the range does. Thresholds are the indicator's at `as_of`.
        Examples: `?min_level=alert`, `?vintage=all` (did an earlier estimate cross it?).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.
            min_level: Only thresholds of this level or more severe (`watch` < `warning` < `alert`).
            period_from: Only periods that end on or after this day, e.g. `2024-01-01`.
            period_to: Only periods that start on or before this day, e.g. `2024-12-31`.
            vintage: Which figure of each period: `latest` (default) the newest vintage; `YYYY-MM-DD` the newest vintage published on or before that day (what a reader could know then); `all` every vintage, oldest first.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            SyncCursorPage[ObservationWarning],
            ObservationWarningList,
            build_options(
                "GET",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}/warnings",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "limit": limit,
                    "min_level": min_level,
                    "period_from": period_from,
                    "period_to": period_to,
                    "vintage": vintage,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )


class ObservationsWithRawResponse:
    """``observations`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Observations) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.history = to_raw_response_wrapper(resource.history)
        self.list_indicator_figures = to_raw_response_wrapper(resource.list_indicator_figures)
        self.list_indicator_warnings = to_raw_response_wrapper(resource.list_indicator_warnings)


class ObservationsWithStreamingResponse:
    """``observations`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Observations) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.history = to_streamed_response_wrapper(resource.history)
        self.list_indicator_figures = to_streamed_response_wrapper(resource.list_indicator_figures)
        self.list_indicator_warnings = to_streamed_response_wrapper(
            resource.list_indicator_warnings
        )


class AsyncObservations(AsyncAPIResource):
    """Figures of an indicator by period and vintage; revisions never overwrite, and figures that reach a threshold are listed as warnings."""

    @cached_property
    def with_raw_response(self) -> AsyncObservationsWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncObservationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncObservationsWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncObservationsWithStreamingResponse(self)

    def list(
        self,
        indicator_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        period_from: _dt.date | str | None = None,
        period_to: _dt.date | str | None = None,
        vintage: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Observation]:
        """List an indicator's figures.

        The series in period order, one figure per period unless `vintage=all`.

        Examples: `?period_from=2024-01-01&period_to=2024-12-31`, `?vintage=2025-03-01`
        (as a reader could know it on 1 March 2025), `?vintage=all` (every revision),
        `?as_of=2025-06-01T00:00:00Z` (as recorded here then, before later corrections).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.
            period_from: Only periods that end on or after this day, e.g. `2024-01-01`.
            period_to: Only periods that start on or before this day, e.g. `2024-12-31`.
            vintage: Which figure of each period: `latest` (default) the newest vintage; `YYYY-MM-DD` the newest vintage published on or before that day (what a reader could know then); `all` every vintage, oldest first.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            AsyncCursorPage[Observation],
            ObservationList,
            build_options(
                "GET",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}/observations",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "limit": limit,
                    "period_from": period_from,
                    "period_to": period_to,
                    "vintage": vintage,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    async def create(
        self,
        indicator_id: str,
        *,
        citations: Sequence[CitationIn | CitationInParam],
        period_end: _dt.date | str,
        period_start: _dt.date | str,
        vintage: _dt.date | str,
        dataset: str | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        high: float | None | UnsetType = UNSET,
        low: float | None | UnsetType = UNSET,
        note: str | None | UnsetType = UNSET,
        period_label: str | None | UnsetType = UNSET,
        value: float | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Observation:
        """Add a figure to an indicator.

        Record a figure for a period, as published on its `vintage` date.

        A revision is a new figure with a later vintage: the old one stays readable. The same
        period and vintage twice is 409. `low ≤ value ≤ high` must hold (422). An indicator
        with a `definition` is computed: the system writes its figures, and one sent by hand
        is 409.

        Args:
            dataset: `live` (the real world) or an exercise or sandbox dataset
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            ConflictError: 409 The request conflicts with the current state.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Observation,
            build_options(
                "POST",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}/observations",
                body={
                    "citations": citations,
                    "period_end": period_end,
                    "period_start": period_start,
                    "vintage": vintage,
                    "dataset": dataset,
                    "external_id": external_id,
                    "high": high,
                    "low": low,
                    "note": note,
                    "period_label": period_label,
                    "value": value,
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
        observation_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Observation:
        """Get an observation.

        One figure, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Observation,
            build_options(
                "GET",
                f"/v1/observations/{path_param('observation_id', observation_id)}",
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
        observation_id: str,
        *,
        citations: Sequence[CitationIn | CitationInParam] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        high: float | None | UnsetType = UNSET,
        if_match: str | None = None,
        low: float | None | UnsetType = UNSET,
        note: str | None | UnsetType = UNSET,
        period_label: str | None | UnsetType = UNSET,
        value: float | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Observation:
        """Correct an observation.

        Correct a data-entry error; the old figure stays in history and under `as_of`.

        A revision by the publisher is not a correction: add it as a new observation with a
        later `vintage`. `low ≤ value ≤ high` must hold after the change (422). A figure the
        system computed (`computed: true`) is never corrected by hand (409).

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
            Observation,
            build_options(
                "PATCH",
                f"/v1/observations/{path_param('observation_id', observation_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "citations": citations,
                    "external_id": external_id,
                    "high": high,
                    "low": low,
                    "note": note,
                    "period_label": period_label,
                    "value": value,
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
        observation_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Observation:
        """Delete an observation.

        Tombstone the figure: reads answer 404, history and the change feed keep it. A figure the system computed (`computed: true`) stays (409).

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
            Observation,
            build_options(
                "DELETE",
                f"/v1/observations/{path_param('observation_id', observation_id)}",
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
        observation_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[ObservationVersion]:
        """List an observation's versions.

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
            AsyncCursorPage[ObservationVersion],
            ObservationVersionList,
            build_options(
                "GET",
                f"/v1/observations/{path_param('observation_id', observation_id)}/history",
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

    async def list_indicator_figures(
        self,
        indicator_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        known_by: _dt.datetime | str | None = None,
        period_from: _dt.date | str | None = None,
        period_to: _dt.date | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> FigureList:
        """An indicator's series as known at an instant.

        One figure per period, as the world knew it at `known_by` and as recorded here at
        `as_of`; for any indicator, entered by hand or computed.

        Entered by hand: each period's newest vintage published by `known_by`, a vintage dated
        D counting from the end of D (UTC), so nothing is seen before it was out. Computed:
        recomputed for this answer from the events reported by `known_by` (their
        `reported_at`) as recorded at `as_of`, with the worker's own measure; a period without
        a matching event is 0 for counts and sums from the first period with one up to the
        period that contains `known_by`, and absent for a mean. Without `known_by`: the newest
        vintages (for a computed indicator, what the worker wrote; nothing is recomputed).

        Not paged: at most 5000 figures; a longer series is 422, narrowed with `period_from`
        and `period_to`. A `known_by` before every figure answers an empty list.
        Example: `?known_by=2022-02-01T00:00:00Z` (the series as known on 1 February 2022).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            known_by: Knowledge time: only what the world had reported by this instant, e.g. `2022-02-01T00:00:00Z` (a vintage counts once its day has ended; a computed figure is recomputed from the events reported by then). Omit for everything.
            period_from: Only periods that end on or after this day, e.g. `2024-01-01`.
            period_to: Only periods that start on or before this day, e.g. `2024-12-31`.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            FigureList,
            build_options(
                "GET",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}/figures",
                query={
                    "as_of": as_of,
                    "known_by": known_by,
                    "period_from": period_from,
                    "period_to": period_to,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def list_indicator_warnings(
        self,
        indicator_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        min_level: Literal["watch", "warning", "alert"] | None = None,
        period_from: _dt.date | str | None = None,
        period_to: _dt.date | str | None = None,
        vintage: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[ObservationWarning]:
        """List figures that reach a warning threshold.

        The figures of the series (chosen as in `listObservations`) that reach a threshold.

        Each comes with every threshold it reaches and the most severe `level`. `above` is
        reached at or above the threshold, `below` at or below; a figure known only as a range
        reaches it when the range does. Thresholds are the indicator's at `as_of`.
        Examples: `?min_level=alert`, `?vintage=all` (did an earlier estimate cross it?).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.
            min_level: Only thresholds of this level or more severe (`watch` < `warning` < `alert`).
            period_from: Only periods that end on or after this day, e.g. `2024-01-01`.
            period_to: Only periods that start on or before this day, e.g. `2024-12-31`.
            vintage: Which figure of each period: `latest` (default) the newest vintage; `YYYY-MM-DD` the newest vintage published on or before that day (what a reader could know then); `all` every vintage, oldest first.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            AsyncCursorPage[ObservationWarning],
            ObservationWarningList,
            build_options(
                "GET",
                f"/v1/indicators/{path_param('indicator_id', indicator_id)}/warnings",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "limit": limit,
                    "min_level": min_level,
                    "period_from": period_from,
                    "period_to": period_to,
                    "vintage": vintage,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )


class AsyncObservationsWithRawResponse:
    """``observations`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncObservations) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.history = async_to_raw_response_wrapper(resource.history)
        self.list_indicator_figures = async_to_raw_response_wrapper(resource.list_indicator_figures)
        self.list_indicator_warnings = async_to_raw_response_wrapper(
            resource.list_indicator_warnings
        )


class AsyncObservationsWithStreamingResponse:
    """``observations`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncObservations) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.history = async_to_streamed_response_wrapper(resource.history)
        self.list_indicator_figures = async_to_streamed_response_wrapper(
            resource.list_indicator_figures
        )
        self.list_indicator_warnings = async_to_streamed_response_wrapper(
            resource.list_indicator_warnings
        )
