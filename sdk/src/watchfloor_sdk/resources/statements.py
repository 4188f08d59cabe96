# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.statements``: What actors said, verbatim and sourced, searchable in full text."""

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
    Statement,
    StatementList,
    StatementVersion,
    StatementVersionList,
)

__all__ = (
    "AsyncStatements",
    "AsyncStatementsWithRawResponse",
    "AsyncStatementsWithStreamingResponse",
    "Statements",
    "StatementsWithRawResponse",
    "StatementsWithStreamingResponse",
)


class Statements(SyncAPIResource):
    """What actors said, verbatim and sourced, searchable in full text."""

    @cached_property
    def with_raw_response(self) -> StatementsWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return StatementsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StatementsWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return StatementsWithStreamingResponse(self)

    def list(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        channel: Literal[
            "press_conference",
            "official_statement",
            "state_media",
            "speech",
            "interview",
            "social_media",
            "diplomatic_note",
            "report",
            "other",
        ]
        | None = None,
        contradicts: str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        include_retracted: bool | None = None,
        known_by: _dt.datetime | str | None = None,
        language: str | None = None,
        limit: int | None = None,
        min_grade: str | None = None,
        q: str | None = None,
        said_from: _dt.date | str | None = None,
        said_to: _dt.date | str | None = None,
        speaker: str | None = None,
        stance: Literal[
            "supportive", "conciliatory", "neutral", "critical", "hostile", "threatening"
        ]
        | None = None,
        status: Literal["reported", "preliminary", "confirmed", "disputed", "retracted"]
        | None = None,
        supports: str | None = None,
        target: str | None = None,
        topic: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Statement]:
        """List statements.

        List statements, latest said first; with `q`, best match first.

        `said_from` and `said_to` bound the day it was said (both inclusive). Retracted
        statements are left out unless `include_retracted=true` or `status=retracted`.
        Examples: `?q=hostile policy&speaker=act_…`, `?stance=threatening&target=act_…`,
        `?topic=sanctions&said_from=2024-01-01&said_to=2024-12-31`, `?supports=evt_…`,
        `?known_by=2018-01-01T00:00:00Z` (what had been reported by then).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            channel: Only statements made through this channel.
            contradicts: Only statements that contradict this event (an event id).
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            include_retracted: Also list retracted statements (left out by default).
            known_by: Keep only what had been reported by this instant (knowledge time, `reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: `as_of` picks the versions recorded then, `known_by` keeps those reported by its instant. Omit for everything.
            language: Language of the original (BCP 47); `ko` also finds `ko-KP`.
            limit: Page size, 1 to 100.
            min_grade: Only statements with a citation at least this good on both Admiralty axes, e.g. `B2` admits A1, A2, B1, B2.
            q: Full-text search over the original text and its English translation, in web search syntax: `missile launch`, `"hostile policy"`, `sanctions or embargo`, `nuclear -test`. English words match in any inflection (`missiles` finds `missile`); other languages match whole words as written. Results are ranked, best match first, among the 1,000 newest matches; narrow the search (`said_to`, `speaker` …) to reach older ones.
            said_from: Said on or after this day, e.g. `2024-06-19`.
            said_to: Said on or before this day, e.g. `2024-06-30`.
            speaker: Only statements by this speaker (an actor id).
            stance: Only statements with this stance toward the target.
            status: Only statements in this lifecycle status (`retracted` shows retracted ones).
            supports: Only statements that support this event (an event id).
            target: Only statements whose stance is toward this actor (an actor id).
            topic: Only statements tagged with this topic, e.g. `sanctions`.

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
            SyncCursorPage[Statement],
            StatementList,
            build_options(
                "GET",
                "/v1/statements",
                query={
                    "as_of": as_of,
                    "channel": channel,
                    "contradicts": contradicts,
                    "cursor": cursor,
                    "dataset": dataset,
                    "include_retracted": include_retracted,
                    "known_by": known_by,
                    "language": language,
                    "limit": limit,
                    "min_grade": min_grade,
                    "q": q,
                    "said_from": said_from,
                    "said_to": said_to,
                    "speaker": speaker,
                    "stance": stance,
                    "status": status,
                    "supports": supports,
                    "target": target,
                    "topic": topic,
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
        citations: Sequence[CitationIn | CitationInParam],
        said_on: _dt.date | str,
        speaker_id: str,
        text: str,
        audience: str | None | UnsetType = UNSET,
        channel: Literal[
            "diplomatic_note",
            "interview",
            "official_statement",
            "other",
            "press_conference",
            "report",
            "social_media",
            "speech",
            "state_media",
        ]
        | None
        | UnsetType = UNSET,
        contradicts: Sequence[str] | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        language: str | None | UnsetType = UNSET,
        reported_at: _dt.datetime | str | None | UnsetType = UNSET,
        said_at: _dt.datetime | str | None | UnsetType = UNSET,
        stance: Literal[
            "conciliatory", "critical", "hostile", "neutral", "supportive", "threatening"
        ]
        | None
        | UnsetType = UNSET,
        status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"]
        | UnsetType = UNSET,
        status_reason: str | None | UnsetType = UNSET,
        supports: Sequence[str] | UnsetType = UNSET,
        target_id: str | None | UnsetType = UNSET,
        topics: Sequence[str] | UnsetType = UNSET,
        translation: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Statement:
        """Create a statement.

        Record what an actor said, verbatim, citing at least one source.

        The speaker and target must be actors, `supports`/`contradicts` existing events.
        The grade is the best citation's. Send an `Idempotency-Key` to make retries safe.

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
            Statement,
            build_options(
                "POST",
                "/v1/statements",
                body={
                    "citations": citations,
                    "said_on": said_on,
                    "speaker_id": speaker_id,
                    "text": text,
                    "audience": audience,
                    "channel": channel,
                    "contradicts": contradicts,
                    "dataset": dataset,
                    "external_id": external_id,
                    "language": language,
                    "reported_at": reported_at,
                    "said_at": said_at,
                    "stance": stance,
                    "status": status,
                    "status_reason": status_reason,
                    "supports": supports,
                    "target_id": target_id,
                    "topics": topics,
                    "translation": translation,
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
        statement_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Statement:
        """Get a statement.

        One statement (retracted ones too), now or as recorded at `as_of`. Sends an `ETag`.

        With `known_by`, 404 unless it had been reported by then (`reported_at`).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            if_none_match: The `ETag` you hold. If it is still current the answer is 304 with no body.
            known_by: Keep only what had been reported by this instant (knowledge time, `reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: `as_of` picks the versions recorded then, `known_by` keeps those reported by its instant. Omit for everything.

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
            Statement,
            build_options(
                "GET",
                f"/v1/statements/{path_param('statement_id', statement_id)}",
                query={
                    "as_of": as_of,
                    "known_by": known_by,
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
        statement_id: str,
        *,
        audience: str | None | UnsetType = UNSET,
        channel: Literal[
            "diplomatic_note",
            "interview",
            "official_statement",
            "other",
            "press_conference",
            "report",
            "social_media",
            "speech",
            "state_media",
        ]
        | None
        | UnsetType = UNSET,
        citations: Sequence[CitationIn | CitationInParam] | UnsetType = UNSET,
        contradicts: Sequence[str] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        language: str | None | UnsetType = UNSET,
        reported_at: _dt.datetime | str | None | UnsetType = UNSET,
        said_at: _dt.datetime | str | None | UnsetType = UNSET,
        said_on: _dt.date | str | UnsetType = UNSET,
        speaker_id: str | UnsetType = UNSET,
        stance: Literal[
            "conciliatory", "critical", "hostile", "neutral", "supportive", "threatening"
        ]
        | None
        | UnsetType = UNSET,
        status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"]
        | UnsetType = UNSET,
        status_reason: str | None | UnsetType = UNSET,
        superseded_by: str | None | UnsetType = UNSET,
        supports: Sequence[str] | UnsetType = UNSET,
        target_id: str | None | UnsetType = UNSET,
        text: str | UnsetType = UNSET,
        topics: Sequence[str] | UnsetType = UNSET,
        translation: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Statement:
        """Change a statement.

        Change the fields sent; `null` clears one. With `If-Match`, only if still at that version.

        Status moves follow the lifecycle (`reported → preliminary → confirmed`, any →
        `disputed` or `retracted`; retracted is final). Disputing or retracting needs a
        `status_reason`; a merge retracts with `superseded_by` naming the surviving statement.

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
            Statement,
            build_options(
                "PATCH",
                f"/v1/statements/{path_param('statement_id', statement_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "audience": audience,
                    "channel": channel,
                    "citations": citations,
                    "contradicts": contradicts,
                    "external_id": external_id,
                    "language": language,
                    "reported_at": reported_at,
                    "said_at": said_at,
                    "said_on": said_on,
                    "speaker_id": speaker_id,
                    "stance": stance,
                    "status": status,
                    "status_reason": status_reason,
                    "superseded_by": superseded_by,
                    "supports": supports,
                    "target_id": target_id,
                    "text": text,
                    "topics": topics,
                    "translation": translation,
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
        statement_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Statement:
        """Delete a statement.

        Tombstone the statement: reads answer 404, history and the change feed keep it.

        To withdraw a statement that was wrongly reported, retract it instead (PATCH
        `status=retracted`): it then stays readable with its reason.

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
            Statement,
            build_options(
                "DELETE",
                f"/v1/statements/{path_param('statement_id', statement_id)}",
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
        statement_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[StatementVersion]:
        """List a statement's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        With `as_of`, those recorded by then; with `known_by`, those reported by then
        (`reported_at`), 404 if none was.

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
            SyncCursorPage[StatementVersion],
            StatementVersionList,
            build_options(
                "GET",
                f"/v1/statements/{path_param('statement_id', statement_id)}/history",
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


class StatementsWithRawResponse:
    """``statements`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Statements) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.history = to_raw_response_wrapper(resource.history)


class StatementsWithStreamingResponse:
    """``statements`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Statements) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.history = to_streamed_response_wrapper(resource.history)


class AsyncStatements(AsyncAPIResource):
    """What actors said, verbatim and sourced, searchable in full text."""

    @cached_property
    def with_raw_response(self) -> AsyncStatementsWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncStatementsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStatementsWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncStatementsWithStreamingResponse(self)

    def list(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        channel: Literal[
            "press_conference",
            "official_statement",
            "state_media",
            "speech",
            "interview",
            "social_media",
            "diplomatic_note",
            "report",
            "other",
        ]
        | None = None,
        contradicts: str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        include_retracted: bool | None = None,
        known_by: _dt.datetime | str | None = None,
        language: str | None = None,
        limit: int | None = None,
        min_grade: str | None = None,
        q: str | None = None,
        said_from: _dt.date | str | None = None,
        said_to: _dt.date | str | None = None,
        speaker: str | None = None,
        stance: Literal[
            "supportive", "conciliatory", "neutral", "critical", "hostile", "threatening"
        ]
        | None = None,
        status: Literal["reported", "preliminary", "confirmed", "disputed", "retracted"]
        | None = None,
        supports: str | None = None,
        target: str | None = None,
        topic: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Statement]:
        """List statements.

        List statements, latest said first; with `q`, best match first.

        `said_from` and `said_to` bound the day it was said (both inclusive). Retracted
        statements are left out unless `include_retracted=true` or `status=retracted`.
        Examples: `?q=hostile policy&speaker=act_…`, `?stance=threatening&target=act_…`,
        `?topic=sanctions&said_from=2024-01-01&said_to=2024-12-31`, `?supports=evt_…`,
        `?known_by=2018-01-01T00:00:00Z` (what had been reported by then).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            channel: Only statements made through this channel.
            contradicts: Only statements that contradict this event (an event id).
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            include_retracted: Also list retracted statements (left out by default).
            known_by: Keep only what had been reported by this instant (knowledge time, `reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: `as_of` picks the versions recorded then, `known_by` keeps those reported by its instant. Omit for everything.
            language: Language of the original (BCP 47); `ko` also finds `ko-KP`.
            limit: Page size, 1 to 100.
            min_grade: Only statements with a citation at least this good on both Admiralty axes, e.g. `B2` admits A1, A2, B1, B2.
            q: Full-text search over the original text and its English translation, in web search syntax: `missile launch`, `"hostile policy"`, `sanctions or embargo`, `nuclear -test`. English words match in any inflection (`missiles` finds `missile`); other languages match whole words as written. Results are ranked, best match first, among the 1,000 newest matches; narrow the search (`said_to`, `speaker` …) to reach older ones.
            said_from: Said on or after this day, e.g. `2024-06-19`.
            said_to: Said on or before this day, e.g. `2024-06-30`.
            speaker: Only statements by this speaker (an actor id).
            stance: Only statements with this stance toward the target.
            status: Only statements in this lifecycle status (`retracted` shows retracted ones).
            supports: Only statements that support this event (an event id).
            target: Only statements whose stance is toward this actor (an actor id).
            topic: Only statements tagged with this topic, e.g. `sanctions`.

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
            AsyncCursorPage[Statement],
            StatementList,
            build_options(
                "GET",
                "/v1/statements",
                query={
                    "as_of": as_of,
                    "channel": channel,
                    "contradicts": contradicts,
                    "cursor": cursor,
                    "dataset": dataset,
                    "include_retracted": include_retracted,
                    "known_by": known_by,
                    "language": language,
                    "limit": limit,
                    "min_grade": min_grade,
                    "q": q,
                    "said_from": said_from,
                    "said_to": said_to,
                    "speaker": speaker,
                    "stance": stance,
                    "status": status,
                    "supports": supports,
                    "target": target,
                    "topic": topic,
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
        citations: Sequence[CitationIn | CitationInParam],
        said_on: _dt.date | str,
        speaker_id: str,
        text: str,
        audience: str | None | UnsetType = UNSET,
        channel: Literal[
            "diplomatic_note",
            "interview",
            "official_statement",
            "other",
            "press_conference",
            "report",
            "social_media",
            "speech",
            "state_media",
        ]
        | None
        | UnsetType = UNSET,
        contradicts: Sequence[str] | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        language: str | None | UnsetType = UNSET,
        reported_at: _dt.datetime | str | None | UnsetType = UNSET,
        said_at: _dt.datetime | str | None | UnsetType = UNSET,
        stance: Literal[
            "conciliatory", "critical", "hostile", "neutral", "supportive", "threatening"
        ]
        | None
        | UnsetType = UNSET,
        status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"]
        | UnsetType = UNSET,
        status_reason: str | None | UnsetType = UNSET,
        supports: Sequence[str] | UnsetType = UNSET,
        target_id: str | None | UnsetType = UNSET,
        topics: Sequence[str] | UnsetType = UNSET,
        translation: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Statement:
        """Create a statement.

        Record what an actor said, verbatim, citing at least one source.

        The speaker and target must be actors, `supports`/`contradicts` existing events.
        The grade is the best citation's. Send an `Idempotency-Key` to make retries safe.

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
            Statement,
            build_options(
                "POST",
                "/v1/statements",
                body={
                    "citations": citations,
                    "said_on": said_on,
                    "speaker_id": speaker_id,
                    "text": text,
                    "audience": audience,
                    "channel": channel,
                    "contradicts": contradicts,
                    "dataset": dataset,
                    "external_id": external_id,
                    "language": language,
                    "reported_at": reported_at,
                    "said_at": said_at,
                    "stance": stance,
                    "status": status,
                    "status_reason": status_reason,
                    "supports": supports,
                    "target_id": target_id,
                    "topics": topics,
                    "translation": translation,
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
        statement_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Statement:
        """Get a statement.

        One statement (retracted ones too), now or as recorded at `as_of`. Sends an `ETag`.

        With `known_by`, 404 unless it had been reported by then (`reported_at`).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            if_none_match: The `ETag` you hold. If it is still current the answer is 304 with no body.
            known_by: Keep only what had been reported by this instant (knowledge time, `reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: `as_of` picks the versions recorded then, `known_by` keeps those reported by its instant. Omit for everything.

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
            Statement,
            build_options(
                "GET",
                f"/v1/statements/{path_param('statement_id', statement_id)}",
                query={
                    "as_of": as_of,
                    "known_by": known_by,
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
        statement_id: str,
        *,
        audience: str | None | UnsetType = UNSET,
        channel: Literal[
            "diplomatic_note",
            "interview",
            "official_statement",
            "other",
            "press_conference",
            "report",
            "social_media",
            "speech",
            "state_media",
        ]
        | None
        | UnsetType = UNSET,
        citations: Sequence[CitationIn | CitationInParam] | UnsetType = UNSET,
        contradicts: Sequence[str] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        language: str | None | UnsetType = UNSET,
        reported_at: _dt.datetime | str | None | UnsetType = UNSET,
        said_at: _dt.datetime | str | None | UnsetType = UNSET,
        said_on: _dt.date | str | UnsetType = UNSET,
        speaker_id: str | UnsetType = UNSET,
        stance: Literal[
            "conciliatory", "critical", "hostile", "neutral", "supportive", "threatening"
        ]
        | None
        | UnsetType = UNSET,
        status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"]
        | UnsetType = UNSET,
        status_reason: str | None | UnsetType = UNSET,
        superseded_by: str | None | UnsetType = UNSET,
        supports: Sequence[str] | UnsetType = UNSET,
        target_id: str | None | UnsetType = UNSET,
        text: str | UnsetType = UNSET,
        topics: Sequence[str] | UnsetType = UNSET,
        translation: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Statement:
        """Change a statement.

        Change the fields sent; `null` clears one. With `If-Match`, only if still at that version.

        Status moves follow the lifecycle (`reported → preliminary → confirmed`, any →
        `disputed` or `retracted`; retracted is final). Disputing or retracting needs a
        `status_reason`; a merge retracts with `superseded_by` naming the surviving statement.

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
            Statement,
            build_options(
                "PATCH",
                f"/v1/statements/{path_param('statement_id', statement_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "audience": audience,
                    "channel": channel,
                    "citations": citations,
                    "contradicts": contradicts,
                    "external_id": external_id,
                    "language": language,
                    "reported_at": reported_at,
                    "said_at": said_at,
                    "said_on": said_on,
                    "speaker_id": speaker_id,
                    "stance": stance,
                    "status": status,
                    "status_reason": status_reason,
                    "superseded_by": superseded_by,
                    "supports": supports,
                    "target_id": target_id,
                    "text": text,
                    "topics": topics,
                    "translation": translation,
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
        statement_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Statement:
        """Delete a statement.

        Tombstone the statement: reads answer 404, history and the change feed keep it.

        To withdraw a statement that was wrongly reported, retract it instead (PATCH
        `status=retracted`): it then stays readable with its reason.

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
            Statement,
            build_options(
                "DELETE",
                f"/v1/statements/{path_param('statement_id', statement_id)}",
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
        statement_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[StatementVersion]:
        """List a statement's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        With `as_of`, those recorded by then; with `known_by`, those reported by then
        (`reported_at`), 404 if none was.

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
            AsyncCursorPage[StatementVersion],
            StatementVersionList,
            build_options(
                "GET",
                f"/v1/statements/{path_param('statement_id', statement_id)}/history",
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


class AsyncStatementsWithRawResponse:
    """``statements`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncStatements) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.history = async_to_raw_response_wrapper(resource.history)


class AsyncStatementsWithStreamingResponse:
    """``statements`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncStatements) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.history = async_to_streamed_response_wrapper(resource.history)
