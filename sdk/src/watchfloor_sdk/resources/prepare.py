# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.prepare``: Prepare: watchlists (saved selections in the list endpoints' vocabulary, read like a list), subscriptions that send signed webhooks (Standard Webhooks) of changes, alerts and what enters a watchlist, at least once and in order, with a delivery log, replay from a cursor and a test-send; and the daily brief, as JSON, Markdown, HTML and PDF."""

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
    AlertsSource,
    Brief,
    BriefList,
    BriefVersion,
    BriefVersionList,
    ChangesSource,
    Delivery,
    DeliveryList,
    Region,
    RegionParam,
    ReplayResult,
    Subscription,
    SubscriptionList,
    SubscriptionVersion,
    SubscriptionVersionList,
    SubscriptionWithSecret,
    Watchlist,
    WatchlistItem,
    WatchlistItemList,
    WatchlistList,
    WatchlistSelection,
    WatchlistSelectionParam,
    WatchlistSource,
    WatchlistVersion,
    WatchlistVersionList,
)

__all__ = (
    "AsyncPrepare",
    "AsyncPrepareWithRawResponse",
    "AsyncPrepareWithStreamingResponse",
    "Prepare",
    "PrepareWithRawResponse",
    "PrepareWithStreamingResponse",
)


class Prepare(SyncAPIResource):
    """Prepare: watchlists (saved selections in the list endpoints' vocabulary, read like a list), subscriptions that send signed webhooks (Standard Webhooks) of changes, alerts and what enters a watchlist, at least once and in order, with a delivery log, replay from a cursor and a test-send; and the daily brief, as JSON, Markdown, HTML and PDF."""

    @cached_property
    def with_raw_response(self) -> PrepareWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return PrepareWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PrepareWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return PrepareWithStreamingResponse(self)

    def create_brief(
        self,
        *,
        dataset: str | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        for_: _dt.datetime | str | None | UnsetType = UNSET,
        region: Region | RegionParam | None | UnsetType = UNSET,
        since: _dt.datetime | str | None | UnsetType = UNSET,
        watchlist_id: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Brief:
        """Write a brief.

        Generate and store a daily brief of a scope (a `dataset`, optionally narrowed to a
        `region`: country codes and/or a bbox, matching events' place, and/or to a `watchlist_id`: what
        the watchlist selects) for an instant (`for`, default now), covering since `since` (default: the
        instant of the previous brief of the same scope, else 24 hours before). A watchlist's briefs are
        also written by the worker at each due instant of its `brief_cron`. Every section is read as known by `for` (knowledge time): warning-board levels
        that moved, new and closed alerts with their evidence, the best-graded new events and
        statements, forecasts that moved most, signposts lit, decisions due, and charts of the
        indicators behind the alerts. A brief is never overwritten: posting again writes a new one.
        `since` not before `for`, a bbox whose south is north of its north and a watchlist not of the
        dataset are 422 with a pointer.
        See `docs/prepare.md`.

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
            Brief,
            build_options(
                "POST",
                "/v1/briefs",
                body={
                    "dataset": dataset,
                    "external_id": external_id,
                    "for": for_,
                    "region": region,
                    "since": since,
                    "watchlist_id": watchlist_id,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def create_subscription(
        self,
        *,
        name: str,
        source: ChangesSource | AlertsSource | WatchlistSource,
        url: str,
        dataset: str | UnsetType = UNSET,
        enabled: bool | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SubscriptionWithSecret:
        """Create a subscription.

        Send signed webhooks (Standard Webhooks) of a source to a URL.

        The answer carries the signing `secret` (`whsec_…`): **shown this once**, never in reads, the
        history, the change feed or an export (they show its fingerprint). A URL whose host resolves to
        a private, loopback, link-local, multicast or reserved address, unless the operator allowed it
        (`WATCHFLOOR_WEBHOOK_ALLOW`), is 422 at `/url`; an unknown resource is 422 at
        `/source/resources/N`. See `docs/prepare.md`.

        Args:
            url: An `http` or `https` URL the operator's allow-list admits: printable ASCII, no spaces (an international domain name in its punycode form).
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
            SubscriptionWithSecret,
            build_options(
                "POST",
                "/v1/subscriptions",
                body={
                    "name": name,
                    "source": source,
                    "url": url,
                    "dataset": dataset,
                    "enabled": enabled,
                    "external_id": external_id,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def create_watchlist(
        self,
        *,
        name: str,
        selections: Sequence[WatchlistSelection | WatchlistSelectionParam],
        brief_cron: str | None | UnsetType = UNSET,
        brief_timezone: str | None | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        owner: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Watchlist:
        """Create a watchlist.

        A saved, named selection: 1 to 20 `selections`, each a `kind` (`events`,
        `statements`, `alerts`, `signposts`, `plan_branches`, `question_resolutions`) and `filters` named
        and checked as the list endpoint's query parameters (`GET /v1/events?tag=missile-test` is
        `{"kind": "events", "filters": {"tag": "missile-test"}}`). An unknown filter, a bad value or an
        unknown record is 422 with a pointer (`/selections/0/filters/actor`). `brief_cron` (5-field
        cron) and `brief_timezone` (IANA) say when its brief is written. See `docs/prepare.md`.

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
            Watchlist,
            build_options(
                "POST",
                "/v1/watchlists",
                body={
                    "name": name,
                    "selections": selections,
                    "brief_cron": brief_cron,
                    "brief_timezone": brief_timezone,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "owner": owner,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def delete_subscription(
        self,
        subscription_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Subscription:
        """Delete a subscription.

        Tombstone the subscription: nothing more is sent. History, the change feed and its delivery log keep it.

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
            Subscription,
            build_options(
                "DELETE",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def delete_watchlist(
        self,
        watchlist_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Watchlist:
        """Delete a watchlist.

        Tombstone the watchlist: reads answer 404, history and the change feed keep it.

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
            Watchlist,
            build_options(
                "DELETE",
                f"/v1/watchlists/{path_param('watchlist_id', watchlist_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_brief(
        self,
        brief_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Brief:
        """Get a brief.

        One brief, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Brief,
            build_options(
                "GET",
                f"/v1/briefs/{path_param('brief_id', brief_id)}",
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

    def get_brief_document(
        self,
        brief_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        format: Literal["md", "html", "pdf"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> bytes:
        """Get a brief as a document.

        The stored brief rendered: Markdown, one HTML page with print CSS, or a PDF (WeasyPrint)
        with its indicator charts. A brief of an exercise dataset is marked EXERCISE on the first
        line (Markdown), in a banner (HTML) and in the header and footer of every PDF page. `as_of`
        renders the brief as recorded then. See `docs/prepare.md`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            format: `md`, `html` or `pdf`. Without it the `Accept` header chooses (`text/markdown`, `text/html`, `application/pdf`); with neither, Markdown.

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
            bytes,
            build_options(
                "GET",
                f"/v1/briefs/{path_param('brief_id', brief_id)}/document",
                query={
                    "as_of": as_of,
                    "format": format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_subscription(
        self,
        subscription_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Subscription:
        """Get a subscription.

        One subscription, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Subscription,
            build_options(
                "GET",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}",
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

    def get_watchlist(
        self,
        watchlist_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Watchlist:
        """Get a watchlist.

        One watchlist, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Watchlist,
            build_options(
                "GET",
                f"/v1/watchlists/{path_param('watchlist_id', watchlist_id)}",
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

    def list_brief_versions(
        self,
        brief_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[BriefVersion]:
        """List a brief's versions.

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
            SyncCursorPage[BriefVersion],
            BriefVersionList,
            build_options(
                "GET",
                f"/v1/briefs/{path_param('brief_id', brief_id)}/history",
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

    def list_briefs(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        country: str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        limit: int | None = None,
        regional: bool | None = None,
        watchlist: str | None = None,
        written_from: _dt.datetime | str | None = None,
        written_to: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Brief]:
        """List briefs.

        Briefs, newest first. Examples: `?regional=false`, `?country=PRK`, `?watchlist=wl_…`, `?written_from=2022-01-01T00:00:00Z`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            country: Only briefs whose region names this country, e.g. `PRK`.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            limit: Page size, 1 to 100.
            regional: `true`: only briefs narrowed to a region; `false`: only briefs of the whole dataset.
            watchlist: Only briefs of this watchlist's scope (`wl_…`).
            written_from: Only briefs written for this instant or later.
            written_to: Only briefs written for this instant or earlier.

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
            SyncCursorPage[Brief],
            BriefList,
            build_options(
                "GET",
                "/v1/briefs",
                query={
                    "as_of": as_of,
                    "country": country,
                    "cursor": cursor,
                    "dataset": dataset,
                    "limit": limit,
                    "regional": regional,
                    "watchlist": watchlist,
                    "written_from": written_from,
                    "written_to": written_to,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_subscription_deliveries(
        self,
        subscription_id: str,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        state: Literal["pending", "delivered", "failed"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Delivery]:
        """List a subscription's deliveries.

        The delivery log, newest first: each message owed or sent, its type, its change-feed
        `cursor`, its state, and every attempt (status, latency, the first 1 KiB of the answer,
        error).

        Args:
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.
            state: Only deliveries in this state.

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
            SyncCursorPage[Delivery],
            DeliveryList,
            build_options(
                "GET",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}/deliveries",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "state": state,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_subscription_versions(
        self,
        subscription_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[SubscriptionVersion]:
        """List a subscription's versions.

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
            SyncCursorPage[SubscriptionVersion],
            SubscriptionVersionList,
            build_options(
                "GET",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}/history",
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

    def list_subscriptions(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        enabled: bool | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Subscription]:
        """List subscriptions.

        List the dataset's subscriptions, newest first. `?enabled=false` lists those the worker disabled (see `disabled_reason`).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            enabled: Only enabled (or disabled) subscriptions.
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
            SyncCursorPage[Subscription],
            SubscriptionList,
            build_options(
                "GET",
                "/v1/subscriptions",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "enabled": enabled,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_watchlist_items(
        self,
        watchlist_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[WatchlistItem]:
        """List what a watchlist selects.

        The records the watchlist's selections select, merged, newest **entered** first: when
        each entered in knowledge time (an event's or statement's `reported_at`, an alert's
        `opened_at`, a signpost's `changed_at`, a plan branch's `triggered_at`, a resolution's
        `known_by`). Each item is `{kind, id, entered_at, object}`, `object` as the record's own
        endpoint renders it at this read. A record two selections select is listed once.

        `as_of` reads the watchlist and the records as Watchlist had recorded them then; `known_by`
        as the list endpoints read it (what had been reported by then; alerts, signposts and
        branches in the state they had then).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            known_by: Keep only what had been reported by this instant (knowledge time, `reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: `as_of` picks the versions recorded then, `known_by` keeps those reported by its instant. Omit for everything.
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
            SyncCursorPage[WatchlistItem],
            WatchlistItemList,
            build_options(
                "GET",
                f"/v1/watchlists/{path_param('watchlist_id', watchlist_id)}/items",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "known_by": known_by,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_watchlist_versions(
        self,
        watchlist_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[WatchlistVersion]:
        """List a watchlist's versions.

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
            SyncCursorPage[WatchlistVersion],
            WatchlistVersionList,
            build_options(
                "GET",
                f"/v1/watchlists/{path_param('watchlist_id', watchlist_id)}/history",
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

    def list_watchlists(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        limit: int | None = None,
        owner: str | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Watchlist]:
        """List watchlists.

        List the dataset's watchlists, newest first (`?tag=`, `?owner=`).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            limit: Page size, 1 to 100.
            owner: Watchlists kept by this owner (exact).
            tag: Watchlists with this tag.

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
            SyncCursorPage[Watchlist],
            WatchlistList,
            build_options(
                "GET",
                "/v1/watchlists",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "limit": limit,
                    "owner": owner,
                    "tag": tag,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def replay_subscription(
        self,
        subscription_id: str,
        *,
        cursor: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ReplayResult:
        """Replay a subscription from a cursor.

        Enqueue again, in order, every change after `cursor` (a delivery's `cursor`, or any
        change-feed cursor) that the subscription's source matches, at most 10 000 per call (then
        `has_more` and `next_cursor`). Each keeps the `webhook-id` it was first sent with, so a
        receiver that has it already drops it. A cursor older than the feed's retention is 410.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            CursorExpiredError: 410 The cursor is older than the retention window.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            ReplayResult,
            build_options(
                "POST",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}/replay",
                body={
                    "cursor": cursor,
                },
                extra_body=extra_body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def rotate_subscription_secret(
        self,
        subscription_id: str,
        *,
        content: bytes | str,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SubscriptionWithSecret:
        """Rotate a subscription's secret.

        A new signing secret, shown this once. The previous one keeps signing beside it for the
        grace period (`grace_seconds`, default 24 h): each delivery then carries two signatures in
        `webhook-signature`, so receivers switch secrets with no downtime.

        Args:
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            SubscriptionWithSecret,
            build_options(
                "POST",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}/rotate-secret",
                content=content,
                content_type="application/json",
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def test_subscription(
        self,
        subscription_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Delivery:
        """Send a test delivery.

        Enqueue a `ping` (`{"type": "ping", "data": {"subscription_id", "message"}}`) at the end
        of the subscription's queue; follow it in the delivery log.

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
            Delivery,
            build_options(
                "POST",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}/test",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def update_brief(
        self,
        brief_id: str,
        *,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Brief:
        """Change a brief's external id.

        Only `external_id` changes; a brief's content is never edited (write a new one).

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
            Brief,
            build_options(
                "PATCH",
                f"/v1/briefs/{path_param('brief_id', brief_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "external_id": external_id,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def update_subscription(
        self,
        subscription_id: str,
        *,
        enabled: bool | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        source: ChangesSource | AlertsSource | WatchlistSource | UnsetType = UNSET,
        url: str | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Subscription:
        """Change a subscription.

        Change the fields sent; `source` is replaced whole, a new `url` is checked against the
        allow-list. `{"enabled": true}` on a disabled subscription clears `disabled_reason` and resumes
        its queue where it stopped (what failed stays failed: replay it from its cursor). With
        `If-Match`, only if still at that version.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            url: An `http` or `https` URL the operator's allow-list admits: printable ASCII, no spaces (an international domain name in its punycode form).
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
            Subscription,
            build_options(
                "PATCH",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "enabled": enabled,
                    "external_id": external_id,
                    "name": name,
                    "source": source,
                    "url": url,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def update_watchlist(
        self,
        watchlist_id: str,
        *,
        brief_cron: str | None | UnsetType = UNSET,
        brief_timezone: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        owner: str | None | UnsetType = UNSET,
        selections: Sequence[WatchlistSelection | WatchlistSelectionParam] | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Watchlist:
        """Change a watchlist.

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
            Watchlist,
            build_options(
                "PATCH",
                f"/v1/watchlists/{path_param('watchlist_id', watchlist_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "brief_cron": brief_cron,
                    "brief_timezone": brief_timezone,
                    "description": description,
                    "external_id": external_id,
                    "name": name,
                    "owner": owner,
                    "selections": selections,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class PrepareWithRawResponse:
    """``prepare`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Prepare) -> None:
        self.create_brief = to_raw_response_wrapper(resource.create_brief)
        self.create_subscription = to_raw_response_wrapper(resource.create_subscription)
        self.create_watchlist = to_raw_response_wrapper(resource.create_watchlist)
        self.delete_subscription = to_raw_response_wrapper(resource.delete_subscription)
        self.delete_watchlist = to_raw_response_wrapper(resource.delete_watchlist)
        self.get_brief = to_raw_response_wrapper(resource.get_brief)
        self.get_brief_document = to_raw_response_wrapper(resource.get_brief_document)
        self.get_subscription = to_raw_response_wrapper(resource.get_subscription)
        self.get_watchlist = to_raw_response_wrapper(resource.get_watchlist)
        self.list_brief_versions = to_raw_response_wrapper(resource.list_brief_versions)
        self.list_briefs = to_raw_response_wrapper(resource.list_briefs)
        self.list_subscription_deliveries = to_raw_response_wrapper(
            resource.list_subscription_deliveries
        )
        self.list_subscription_versions = to_raw_response_wrapper(
            resource.list_subscription_versions
        )
        self.list_subscriptions = to_raw_response_wrapper(resource.list_subscriptions)
        self.list_watchlist_items = to_raw_response_wrapper(resource.list_watchlist_items)
        self.list_watchlist_versions = to_raw_response_wrapper(resource.list_watchlist_versions)
        self.list_watchlists = to_raw_response_wrapper(resource.list_watchlists)
        self.replay_subscription = to_raw_response_wrapper(resource.replay_subscription)
        self.rotate_subscription_secret = to_raw_response_wrapper(
            resource.rotate_subscription_secret
        )
        self.test_subscription = to_raw_response_wrapper(resource.test_subscription)
        self.update_brief = to_raw_response_wrapper(resource.update_brief)
        self.update_subscription = to_raw_response_wrapper(resource.update_subscription)
        self.update_watchlist = to_raw_response_wrapper(resource.update_watchlist)


class PrepareWithStreamingResponse:
    """``prepare`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Prepare) -> None:
        self.create_brief = to_streamed_response_wrapper(resource.create_brief)
        self.create_subscription = to_streamed_response_wrapper(resource.create_subscription)
        self.create_watchlist = to_streamed_response_wrapper(resource.create_watchlist)
        self.delete_subscription = to_streamed_response_wrapper(resource.delete_subscription)
        self.delete_watchlist = to_streamed_response_wrapper(resource.delete_watchlist)
        self.get_brief = to_streamed_response_wrapper(resource.get_brief)
        self.get_brief_document = to_streamed_response_wrapper(resource.get_brief_document)
        self.get_subscription = to_streamed_response_wrapper(resource.get_subscription)
        self.get_watchlist = to_streamed_response_wrapper(resource.get_watchlist)
        self.list_brief_versions = to_streamed_response_wrapper(resource.list_brief_versions)
        self.list_briefs = to_streamed_response_wrapper(resource.list_briefs)
        self.list_subscription_deliveries = to_streamed_response_wrapper(
            resource.list_subscription_deliveries
        )
        self.list_subscription_versions = to_streamed_response_wrapper(
            resource.list_subscription_versions
        )
        self.list_subscriptions = to_streamed_response_wrapper(resource.list_subscriptions)
        self.list_watchlist_items = to_streamed_response_wrapper(resource.list_watchlist_items)
        self.list_watchlist_versions = to_streamed_response_wrapper(
            resource.list_watchlist_versions
        )
        self.list_watchlists = to_streamed_response_wrapper(resource.list_watchlists)
        self.replay_subscription = to_streamed_response_wrapper(resource.replay_subscription)
        self.rotate_subscription_secret = to_streamed_response_wrapper(
            resource.rotate_subscription_secret
        )
        self.test_subscription = to_streamed_response_wrapper(resource.test_subscription)
        self.update_brief = to_streamed_response_wrapper(resource.update_brief)
        self.update_subscription = to_streamed_response_wrapper(resource.update_subscription)
        self.update_watchlist = to_streamed_response_wrapper(resource.update_watchlist)


class AsyncPrepare(AsyncAPIResource):
    """Prepare: watchlists (saved selections in the list endpoints' vocabulary, read like a list), subscriptions that send signed webhooks (Standard Webhooks) of changes, alerts and what enters a watchlist, at least once and in order, with a delivery log, replay from a cursor and a test-send; and the daily brief, as JSON, Markdown, HTML and PDF."""

    @cached_property
    def with_raw_response(self) -> AsyncPrepareWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncPrepareWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPrepareWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncPrepareWithStreamingResponse(self)

    async def create_brief(
        self,
        *,
        dataset: str | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        for_: _dt.datetime | str | None | UnsetType = UNSET,
        region: Region | RegionParam | None | UnsetType = UNSET,
        since: _dt.datetime | str | None | UnsetType = UNSET,
        watchlist_id: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Brief:
        """Write a brief.

        Generate and store a daily brief of a scope (a `dataset`, optionally narrowed to a
        `region`: country codes and/or a bbox, matching events' place, and/or to a `watchlist_id`: what
        the watchlist selects) for an instant (`for`, default now), covering since `since` (default: the
        instant of the previous brief of the same scope, else 24 hours before). A watchlist's briefs are
        also written by the worker at each due instant of its `brief_cron`. Every section is read as known by `for` (knowledge time): warning-board levels
        that moved, new and closed alerts with their evidence, the best-graded new events and
        statements, forecasts that moved most, signposts lit, decisions due, and charts of the
        indicators behind the alerts. A brief is never overwritten: posting again writes a new one.
        `since` not before `for`, a bbox whose south is north of its north and a watchlist not of the
        dataset are 422 with a pointer.
        See `docs/prepare.md`.

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
            Brief,
            build_options(
                "POST",
                "/v1/briefs",
                body={
                    "dataset": dataset,
                    "external_id": external_id,
                    "for": for_,
                    "region": region,
                    "since": since,
                    "watchlist_id": watchlist_id,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def create_subscription(
        self,
        *,
        name: str,
        source: ChangesSource | AlertsSource | WatchlistSource,
        url: str,
        dataset: str | UnsetType = UNSET,
        enabled: bool | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SubscriptionWithSecret:
        """Create a subscription.

        Send signed webhooks (Standard Webhooks) of a source to a URL.

        The answer carries the signing `secret` (`whsec_…`): **shown this once**, never in reads, the
        history, the change feed or an export (they show its fingerprint). A URL whose host resolves to
        a private, loopback, link-local, multicast or reserved address, unless the operator allowed it
        (`WATCHFLOOR_WEBHOOK_ALLOW`), is 422 at `/url`; an unknown resource is 422 at
        `/source/resources/N`. See `docs/prepare.md`.

        Args:
            url: An `http` or `https` URL the operator's allow-list admits: printable ASCII, no spaces (an international domain name in its punycode form).
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
            SubscriptionWithSecret,
            build_options(
                "POST",
                "/v1/subscriptions",
                body={
                    "name": name,
                    "source": source,
                    "url": url,
                    "dataset": dataset,
                    "enabled": enabled,
                    "external_id": external_id,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def create_watchlist(
        self,
        *,
        name: str,
        selections: Sequence[WatchlistSelection | WatchlistSelectionParam],
        brief_cron: str | None | UnsetType = UNSET,
        brief_timezone: str | None | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        owner: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Watchlist:
        """Create a watchlist.

        A saved, named selection: 1 to 20 `selections`, each a `kind` (`events`,
        `statements`, `alerts`, `signposts`, `plan_branches`, `question_resolutions`) and `filters` named
        and checked as the list endpoint's query parameters (`GET /v1/events?tag=missile-test` is
        `{"kind": "events", "filters": {"tag": "missile-test"}}`). An unknown filter, a bad value or an
        unknown record is 422 with a pointer (`/selections/0/filters/actor`). `brief_cron` (5-field
        cron) and `brief_timezone` (IANA) say when its brief is written. See `docs/prepare.md`.

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
            Watchlist,
            build_options(
                "POST",
                "/v1/watchlists",
                body={
                    "name": name,
                    "selections": selections,
                    "brief_cron": brief_cron,
                    "brief_timezone": brief_timezone,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "owner": owner,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def delete_subscription(
        self,
        subscription_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Subscription:
        """Delete a subscription.

        Tombstone the subscription: nothing more is sent. History, the change feed and its delivery log keep it.

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
            Subscription,
            build_options(
                "DELETE",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def delete_watchlist(
        self,
        watchlist_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Watchlist:
        """Delete a watchlist.

        Tombstone the watchlist: reads answer 404, history and the change feed keep it.

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
            Watchlist,
            build_options(
                "DELETE",
                f"/v1/watchlists/{path_param('watchlist_id', watchlist_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_brief(
        self,
        brief_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Brief:
        """Get a brief.

        One brief, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Brief,
            build_options(
                "GET",
                f"/v1/briefs/{path_param('brief_id', brief_id)}",
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

    async def get_brief_document(
        self,
        brief_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        format: Literal["md", "html", "pdf"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> bytes:
        """Get a brief as a document.

        The stored brief rendered: Markdown, one HTML page with print CSS, or a PDF (WeasyPrint)
        with its indicator charts. A brief of an exercise dataset is marked EXERCISE on the first
        line (Markdown), in a banner (HTML) and in the header and footer of every PDF page. `as_of`
        renders the brief as recorded then. See `docs/prepare.md`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            format: `md`, `html` or `pdf`. Without it the `Accept` header chooses (`text/markdown`, `text/html`, `application/pdf`); with neither, Markdown.

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
            bytes,
            build_options(
                "GET",
                f"/v1/briefs/{path_param('brief_id', brief_id)}/document",
                query={
                    "as_of": as_of,
                    "format": format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_subscription(
        self,
        subscription_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Subscription:
        """Get a subscription.

        One subscription, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Subscription,
            build_options(
                "GET",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}",
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

    async def get_watchlist(
        self,
        watchlist_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Watchlist:
        """Get a watchlist.

        One watchlist, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Watchlist,
            build_options(
                "GET",
                f"/v1/watchlists/{path_param('watchlist_id', watchlist_id)}",
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

    def list_brief_versions(
        self,
        brief_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[BriefVersion]:
        """List a brief's versions.

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
            AsyncCursorPage[BriefVersion],
            BriefVersionList,
            build_options(
                "GET",
                f"/v1/briefs/{path_param('brief_id', brief_id)}/history",
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

    def list_briefs(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        country: str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        limit: int | None = None,
        regional: bool | None = None,
        watchlist: str | None = None,
        written_from: _dt.datetime | str | None = None,
        written_to: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Brief]:
        """List briefs.

        Briefs, newest first. Examples: `?regional=false`, `?country=PRK`, `?watchlist=wl_…`, `?written_from=2022-01-01T00:00:00Z`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            country: Only briefs whose region names this country, e.g. `PRK`.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            limit: Page size, 1 to 100.
            regional: `true`: only briefs narrowed to a region; `false`: only briefs of the whole dataset.
            watchlist: Only briefs of this watchlist's scope (`wl_…`).
            written_from: Only briefs written for this instant or later.
            written_to: Only briefs written for this instant or earlier.

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
            AsyncCursorPage[Brief],
            BriefList,
            build_options(
                "GET",
                "/v1/briefs",
                query={
                    "as_of": as_of,
                    "country": country,
                    "cursor": cursor,
                    "dataset": dataset,
                    "limit": limit,
                    "regional": regional,
                    "watchlist": watchlist,
                    "written_from": written_from,
                    "written_to": written_to,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_subscription_deliveries(
        self,
        subscription_id: str,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        state: Literal["pending", "delivered", "failed"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Delivery]:
        """List a subscription's deliveries.

        The delivery log, newest first: each message owed or sent, its type, its change-feed
        `cursor`, its state, and every attempt (status, latency, the first 1 KiB of the answer,
        error).

        Args:
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.
            state: Only deliveries in this state.

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
            AsyncCursorPage[Delivery],
            DeliveryList,
            build_options(
                "GET",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}/deliveries",
                query={
                    "cursor": cursor,
                    "limit": limit,
                    "state": state,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_subscription_versions(
        self,
        subscription_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[SubscriptionVersion]:
        """List a subscription's versions.

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
            AsyncCursorPage[SubscriptionVersion],
            SubscriptionVersionList,
            build_options(
                "GET",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}/history",
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

    def list_subscriptions(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        enabled: bool | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Subscription]:
        """List subscriptions.

        List the dataset's subscriptions, newest first. `?enabled=false` lists those the worker disabled (see `disabled_reason`).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            enabled: Only enabled (or disabled) subscriptions.
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
            AsyncCursorPage[Subscription],
            SubscriptionList,
            build_options(
                "GET",
                "/v1/subscriptions",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "enabled": enabled,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_watchlist_items(
        self,
        watchlist_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[WatchlistItem]:
        """List what a watchlist selects.

        The records the watchlist's selections select, merged, newest **entered** first: when
        each entered in knowledge time (an event's or statement's `reported_at`, an alert's
        `opened_at`, a signpost's `changed_at`, a plan branch's `triggered_at`, a resolution's
        `known_by`). Each item is `{kind, id, entered_at, object}`, `object` as the record's own
        endpoint renders it at this read. A record two selections select is listed once.

        `as_of` reads the watchlist and the records as Watchlist had recorded them then; `known_by`
        as the list endpoints read it (what had been reported by then; alerts, signposts and
        branches in the state they had then).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            known_by: Keep only what had been reported by this instant (knowledge time, `reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: `as_of` picks the versions recorded then, `known_by` keeps those reported by its instant. Omit for everything.
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
            AsyncCursorPage[WatchlistItem],
            WatchlistItemList,
            build_options(
                "GET",
                f"/v1/watchlists/{path_param('watchlist_id', watchlist_id)}/items",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "known_by": known_by,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_watchlist_versions(
        self,
        watchlist_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[WatchlistVersion]:
        """List a watchlist's versions.

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
            AsyncCursorPage[WatchlistVersion],
            WatchlistVersionList,
            build_options(
                "GET",
                f"/v1/watchlists/{path_param('watchlist_id', watchlist_id)}/history",
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

    def list_watchlists(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        limit: int | None = None,
        owner: str | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Watchlist]:
        """List watchlists.

        List the dataset's watchlists, newest first (`?tag=`, `?owner=`).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            limit: Page size, 1 to 100.
            owner: Watchlists kept by this owner (exact).
            tag: Watchlists with this tag.

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
            AsyncCursorPage[Watchlist],
            WatchlistList,
            build_options(
                "GET",
                "/v1/watchlists",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "limit": limit,
                    "owner": owner,
                    "tag": tag,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    async def replay_subscription(
        self,
        subscription_id: str,
        *,
        cursor: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ReplayResult:
        """Replay a subscription from a cursor.

        Enqueue again, in order, every change after `cursor` (a delivery's `cursor`, or any
        change-feed cursor) that the subscription's source matches, at most 10 000 per call (then
        `has_more` and `next_cursor`). Each keeps the `webhook-id` it was first sent with, so a
        receiver that has it already drops it. A cursor older than the feed's retention is 410.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            CursorExpiredError: 410 The cursor is older than the retention window.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            ReplayResult,
            build_options(
                "POST",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}/replay",
                body={
                    "cursor": cursor,
                },
                extra_body=extra_body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def rotate_subscription_secret(
        self,
        subscription_id: str,
        *,
        content: bytes | str,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SubscriptionWithSecret:
        """Rotate a subscription's secret.

        A new signing secret, shown this once. The previous one keeps signing beside it for the
        grace period (`grace_seconds`, default 24 h): each delivery then carries two signatures in
        `webhook-signature`, so receivers switch secrets with no downtime.

        Args:
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            SubscriptionWithSecret,
            build_options(
                "POST",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}/rotate-secret",
                content=content,
                content_type="application/json",
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def test_subscription(
        self,
        subscription_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Delivery:
        """Send a test delivery.

        Enqueue a `ping` (`{"type": "ping", "data": {"subscription_id", "message"}}`) at the end
        of the subscription's queue; follow it in the delivery log.

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
            Delivery,
            build_options(
                "POST",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}/test",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def update_brief(
        self,
        brief_id: str,
        *,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Brief:
        """Change a brief's external id.

        Only `external_id` changes; a brief's content is never edited (write a new one).

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
            Brief,
            build_options(
                "PATCH",
                f"/v1/briefs/{path_param('brief_id', brief_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "external_id": external_id,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def update_subscription(
        self,
        subscription_id: str,
        *,
        enabled: bool | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        source: ChangesSource | AlertsSource | WatchlistSource | UnsetType = UNSET,
        url: str | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Subscription:
        """Change a subscription.

        Change the fields sent; `source` is replaced whole, a new `url` is checked against the
        allow-list. `{"enabled": true}` on a disabled subscription clears `disabled_reason` and resumes
        its queue where it stopped (what failed stays failed: replay it from its cursor). With
        `If-Match`, only if still at that version.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            url: An `http` or `https` URL the operator's allow-list admits: printable ASCII, no spaces (an international domain name in its punycode form).
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
            Subscription,
            build_options(
                "PATCH",
                f"/v1/subscriptions/{path_param('subscription_id', subscription_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "enabled": enabled,
                    "external_id": external_id,
                    "name": name,
                    "source": source,
                    "url": url,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def update_watchlist(
        self,
        watchlist_id: str,
        *,
        brief_cron: str | None | UnsetType = UNSET,
        brief_timezone: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        owner: str | None | UnsetType = UNSET,
        selections: Sequence[WatchlistSelection | WatchlistSelectionParam] | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Watchlist:
        """Change a watchlist.

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
            Watchlist,
            build_options(
                "PATCH",
                f"/v1/watchlists/{path_param('watchlist_id', watchlist_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "brief_cron": brief_cron,
                    "brief_timezone": brief_timezone,
                    "description": description,
                    "external_id": external_id,
                    "name": name,
                    "owner": owner,
                    "selections": selections,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncPrepareWithRawResponse:
    """``prepare`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncPrepare) -> None:
        self.create_brief = async_to_raw_response_wrapper(resource.create_brief)
        self.create_subscription = async_to_raw_response_wrapper(resource.create_subscription)
        self.create_watchlist = async_to_raw_response_wrapper(resource.create_watchlist)
        self.delete_subscription = async_to_raw_response_wrapper(resource.delete_subscription)
        self.delete_watchlist = async_to_raw_response_wrapper(resource.delete_watchlist)
        self.get_brief = async_to_raw_response_wrapper(resource.get_brief)
        self.get_brief_document = async_to_raw_response_wrapper(resource.get_brief_document)
        self.get_subscription = async_to_raw_response_wrapper(resource.get_subscription)
        self.get_watchlist = async_to_raw_response_wrapper(resource.get_watchlist)
        self.list_brief_versions = async_to_raw_response_wrapper(resource.list_brief_versions)
        self.list_briefs = async_to_raw_response_wrapper(resource.list_briefs)
        self.list_subscription_deliveries = async_to_raw_response_wrapper(
            resource.list_subscription_deliveries
        )
        self.list_subscription_versions = async_to_raw_response_wrapper(
            resource.list_subscription_versions
        )
        self.list_subscriptions = async_to_raw_response_wrapper(resource.list_subscriptions)
        self.list_watchlist_items = async_to_raw_response_wrapper(resource.list_watchlist_items)
        self.list_watchlist_versions = async_to_raw_response_wrapper(
            resource.list_watchlist_versions
        )
        self.list_watchlists = async_to_raw_response_wrapper(resource.list_watchlists)
        self.replay_subscription = async_to_raw_response_wrapper(resource.replay_subscription)
        self.rotate_subscription_secret = async_to_raw_response_wrapper(
            resource.rotate_subscription_secret
        )
        self.test_subscription = async_to_raw_response_wrapper(resource.test_subscription)
        self.update_brief = async_to_raw_response_wrapper(resource.update_brief)
        self.update_subscription = async_to_raw_response_wrapper(resource.update_subscription)
        self.update_watchlist = async_to_raw_response_wrapper(resource.update_watchlist)


class AsyncPrepareWithStreamingResponse:
    """``prepare`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncPrepare) -> None:
        self.create_brief = async_to_streamed_response_wrapper(resource.create_brief)
        self.create_subscription = async_to_streamed_response_wrapper(resource.create_subscription)
        self.create_watchlist = async_to_streamed_response_wrapper(resource.create_watchlist)
        self.delete_subscription = async_to_streamed_response_wrapper(resource.delete_subscription)
        self.delete_watchlist = async_to_streamed_response_wrapper(resource.delete_watchlist)
        self.get_brief = async_to_streamed_response_wrapper(resource.get_brief)
        self.get_brief_document = async_to_streamed_response_wrapper(resource.get_brief_document)
        self.get_subscription = async_to_streamed_response_wrapper(resource.get_subscription)
        self.get_watchlist = async_to_streamed_response_wrapper(resource.get_watchlist)
        self.list_brief_versions = async_to_streamed_response_wrapper(resource.list_brief_versions)
        self.list_briefs = async_to_streamed_response_wrapper(resource.list_briefs)
        self.list_subscription_deliveries = async_to_streamed_response_wrapper(
            resource.list_subscription_deliveries
        )
        self.list_subscription_versions = async_to_streamed_response_wrapper(
            resource.list_subscription_versions
        )
        self.list_subscriptions = async_to_streamed_response_wrapper(resource.list_subscriptions)
        self.list_watchlist_items = async_to_streamed_response_wrapper(
            resource.list_watchlist_items
        )
        self.list_watchlist_versions = async_to_streamed_response_wrapper(
            resource.list_watchlist_versions
        )
        self.list_watchlists = async_to_streamed_response_wrapper(resource.list_watchlists)
        self.replay_subscription = async_to_streamed_response_wrapper(resource.replay_subscription)
        self.rotate_subscription_secret = async_to_streamed_response_wrapper(
            resource.rotate_subscription_secret
        )
        self.test_subscription = async_to_streamed_response_wrapper(resource.test_subscription)
        self.update_brief = async_to_streamed_response_wrapper(resource.update_brief)
        self.update_subscription = async_to_streamed_response_wrapper(resource.update_subscription)
        self.update_watchlist = async_to_streamed_response_wrapper(resource.update_watchlist)
