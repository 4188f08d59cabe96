# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.events``: Who did what to whom, when and where (PLOVER, with CAMEO), sourced and graded, with lifecycle and history."""

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
    Event,
    EventList,
    EventVersion,
    EventVersionList,
    GdeltCoding,
    GdeltCodingParam,
    IcewsCoding,
    IcewsCodingParam,
    Magnitude,
    MagnitudeParam,
    Occurrence,
    OccurrenceParam,
    Participant,
    ParticipantParam,
    Place,
    PlaceParam,
    UcdpCoding,
    UcdpCodingParam,
)

__all__ = (
    "AsyncEvents",
    "AsyncEventsWithRawResponse",
    "AsyncEventsWithStreamingResponse",
    "Events",
    "EventsWithRawResponse",
    "EventsWithStreamingResponse",
)


class Events(SyncAPIResource):
    """Who did what to whom, when and where (PLOVER, with CAMEO), sourced and graded, with lifecycle and history."""

    @cached_property
    def with_raw_response(self) -> EventsWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return EventsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EventsWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return EventsWithStreamingResponse(self)

    def list(
        self,
        *,
        actor: str | None = None,
        as_of: _dt.datetime | str | None = None,
        bbox: str | None = None,
        cameo_root: str | None = None,
        category: Literal[
            "AGREE",
            "CONSULT",
            "SUPPORT",
            "CONCEDE",
            "COOPERATE",
            "AID",
            "RETREAT",
            "INVESTIGATE",
            "DEMAND",
            "DISAPPROVE",
            "REJECT",
            "THREATEN",
            "SANCTION",
            "PROTEST",
            "CRIME",
            "MOBILIZE",
            "COERCE",
            "ASSAULT",
            "UNCATEGORIZED",
        ]
        | None = None,
        country: str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        directed: bool | None = None,
        dyad: str | None = None,
        external_id: Sequence[str] | None = None,
        facility: str | None = None,
        include_retracted: bool | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        min_grade: str | None = None,
        min_mentions: int | None = None,
        occurred_from: _dt.date | str | None = None,
        occurred_to: _dt.date | str | None = None,
        quad_class: Literal[1, 2, 3, 4] | None = None,
        root_event: bool | None = None,
        sort: Literal["newest", "occurred"] | None = None,
        source: str | None = None,
        status: Literal["reported", "preliminary", "confirmed", "disputed", "retracted"]
        | None = None,
        tag: str | None = None,
        weapon: str | None = None,
        weapon_class: Literal[
            "SRBM",
            "MRBM",
            "IRBM",
            "ICBM",
            "SLBM",
            "HGV",
            "SLV",
            "cruise_missile",
            "artillery",
            "nuclear_device",
            "other",
        ]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Event]:
        """List events.

        List events. Every filter narrows the list; all are optional and combine.

        Retracted events are left out unless `include_retracted=true` or `status=retracted`.
        `occurred_from`/`occurred_to` keep events whose interval overlaps the window.
        Examples: `?actor=act_…`, `?dyad=act_…,act_…&directed=true`,
        `?occurred_from=2017-01-01&occurred_to=2017-12-31&sort=occurred`,
        `?weapon=KN-23`, `?bbox=124,37.5,131,43&category=ASSAULT`, `?min_grade=B2`,
        `?cameo_root=01` (public statements, `category` `UNCATEGORIZED`),
        `?tag=gdelt2&min_mentions=10&root_event=true`,
        `?source=src_…` (events citing a source),
        `?external_id=missile-test:2017-03-05:3&external_id=…` (by the ids an import gave them),
        `?known_by=2018-01-01T00:00:00Z` (what had been reported by then; with `as_of`, of what
        Watchfloor had recorded then).

        Args:
            actor: Events with this actor on either side (actor or recipient).
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            bbox: `west,south,east,north` in degrees: events placed inside the box. A west edge east of the east edge crosses the antimeridian.
            cameo_root: Two-digit CAMEO root code, `01`–`20`, e.g. `19` (fight).
            category: PLOVER category, e.g. `ASSAULT`; `UNCATEGORIZED` for events PLOVER has no category for (CAMEO 01 public statements and 02 appeals).
            country: ISO 3166-1 alpha-3 country of the place, e.g. `PRK`.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            directed: With `dyad=A,B`: only A acting on B, not B on A.
            dyad: `A,B`: events between two actors, A acting on B or (unless `directed=true`) B on A.
            external_id: Events with any of these external ids, e.g. `missile-test:2017-03-05:3` (repeat the parameter, up to 100).
            facility: Events at this facility (an id).
            include_retracted: Also list retracted events (they stay readable by id).
            known_by: Keep only what had been reported by this instant (knowledge time, `reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: `as_of` picks the versions recorded then, `known_by` keeps those reported by its instant. Omit for everything.
            limit: Page size, 1 to 100.
            min_grade: Admiralty grade some citation must reach on both axes, e.g. `B2`.
            min_mentions: GDELT events mentioned at least this often (`gdelt.num_mentions`); events GDELT did not code are left out.
            occurred_from: A calendar date, `YYYY-MM-DD`.
            occurred_to: A calendar date, `YYYY-MM-DD`.
            quad_class: CAMEO QuadClass of the event's code: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
            root_event: `true`: only GDELT root events (`gdelt.is_root_event`, coded from a document's lead paragraph); `false`: only the others. Events GDELT did not code are left out either way.
            sort: `newest`: most recently recorded first. `occurred`: latest start of the event's time interval first.
            source: Events citing this source (an id), e.g. every event a data set's import brought.
            status: Only events in this lifecycle status (`retracted` included).
            tag: Events with this tag.
            weapon: Events involving this weapon system: its id, name or any alias, case-insensitive (`KN-23` finds events filed under `Hwasong-11A`).
            weapon_class: Events with this class of weapon (`ICBM`), stated by the event (also when it names no weapon) or by a weapon it names.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            SyncCursorPage[Event],
            EventList,
            build_options(
                "GET",
                "/v1/events",
                query={
                    "actor": actor,
                    "as_of": as_of,
                    "bbox": bbox,
                    "cameo_root": cameo_root,
                    "category": category,
                    "country": country,
                    "cursor": cursor,
                    "dataset": dataset,
                    "directed": directed,
                    "dyad": dyad,
                    "external_id": external_id,
                    "facility": facility,
                    "include_retracted": include_retracted,
                    "known_by": known_by,
                    "limit": limit,
                    "min_grade": min_grade,
                    "min_mentions": min_mentions,
                    "occurred_from": occurred_from,
                    "occurred_to": occurred_to,
                    "quad_class": quad_class,
                    "root_event": root_event,
                    "sort": sort,
                    "source": source,
                    "status": status,
                    "tag": tag,
                    "weapon": weapon,
                    "weapon_class": weapon_class,
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
        category: Literal[
            "AGREE",
            "AID",
            "ASSAULT",
            "COERCE",
            "CONCEDE",
            "CONSULT",
            "COOPERATE",
            "CRIME",
            "DEMAND",
            "DISAPPROVE",
            "INVESTIGATE",
            "MOBILIZE",
            "PROTEST",
            "REJECT",
            "RETREAT",
            "SANCTION",
            "SUPPORT",
            "THREATEN",
            "UNCATEGORIZED",
        ],
        citations: Sequence[CitationIn | CitationInParam],
        occurred: Occurrence | OccurrenceParam,
        title: str,
        actors: Sequence[Participant | ParticipantParam] | UnsetType = UNSET,
        cameo_code: str | None | UnsetType = UNSET,
        context: Sequence[str] | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        gdelt: GdeltCoding | GdeltCodingParam | None | UnsetType = UNSET,
        icews: IcewsCoding | IcewsCodingParam | None | UnsetType = UNSET,
        magnitudes: Sequence[Magnitude | MagnitudeParam] | UnsetType = UNSET,
        mode: str | None | UnsetType = UNSET,
        place: Place | PlaceParam | None | UnsetType = UNSET,
        recipients: Sequence[Participant | ParticipantParam] | UnsetType = UNSET,
        reported_at: _dt.datetime | str | None | UnsetType = UNSET,
        status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"]
        | UnsetType = UNSET,
        status_reason: str | None | UnsetType = UNSET,
        summary: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        ucdp: UcdpCoding | UcdpCodingParam | None | UnsetType = UNSET,
        weapon_class: Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ]
        | None
        | UnsetType = UNSET,
        weapon_ids: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Event:
        """Record an event.

        Record an event citing at least one source. Actors, recipients, weapons, the facility
        and the CAMEO code must exist (422 names each one that does not).

        `occurred.end` defaults to the end of the precision period: the start day, the last day
        of the month or December 31. Send an `Idempotency-Key` to make retries safe.

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
            Event,
            build_options(
                "POST",
                "/v1/events",
                body={
                    "category": category,
                    "citations": citations,
                    "occurred": occurred,
                    "title": title,
                    "actors": actors,
                    "cameo_code": cameo_code,
                    "context": context,
                    "dataset": dataset,
                    "external_id": external_id,
                    "gdelt": gdelt,
                    "icews": icews,
                    "magnitudes": magnitudes,
                    "mode": mode,
                    "place": place,
                    "recipients": recipients,
                    "reported_at": reported_at,
                    "status": status,
                    "status_reason": status_reason,
                    "summary": summary,
                    "tags": tags,
                    "ucdp": ucdp,
                    "weapon_class": weapon_class,
                    "weapon_ids": weapon_ids,
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
        event_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Event:
        """Get an event.

        One event, as it is now or as recorded at `as_of`; retracted ones too. Sends an `ETag`.

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
            Event,
            build_options(
                "GET",
                f"/v1/events/{path_param('event_id', event_id)}",
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
        event_id: str,
        *,
        actors: Sequence[Participant | ParticipantParam] | UnsetType = UNSET,
        cameo_code: str | None | UnsetType = UNSET,
        category: Literal[
            "AGREE",
            "AID",
            "ASSAULT",
            "COERCE",
            "CONCEDE",
            "CONSULT",
            "COOPERATE",
            "CRIME",
            "DEMAND",
            "DISAPPROVE",
            "INVESTIGATE",
            "MOBILIZE",
            "PROTEST",
            "REJECT",
            "RETREAT",
            "SANCTION",
            "SUPPORT",
            "THREATEN",
            "UNCATEGORIZED",
        ]
        | UnsetType = UNSET,
        citations: Sequence[CitationIn | CitationInParam] | UnsetType = UNSET,
        context: Sequence[str] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        gdelt: GdeltCoding | GdeltCodingParam | None | UnsetType = UNSET,
        icews: IcewsCoding | IcewsCodingParam | None | UnsetType = UNSET,
        if_match: str | None = None,
        magnitudes: Sequence[Magnitude | MagnitudeParam] | UnsetType = UNSET,
        mode: str | None | UnsetType = UNSET,
        occurred: Occurrence | OccurrenceParam | UnsetType = UNSET,
        place: Place | PlaceParam | None | UnsetType = UNSET,
        recipients: Sequence[Participant | ParticipantParam] | UnsetType = UNSET,
        reported_at: _dt.datetime | str | None | UnsetType = UNSET,
        status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"]
        | UnsetType = UNSET,
        status_reason: str | None | UnsetType = UNSET,
        summary: str | None | UnsetType = UNSET,
        superseded_by: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        title: str | UnsetType = UNSET,
        ucdp: UcdpCoding | UcdpCodingParam | None | UnsetType = UNSET,
        weapon_class: Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ]
        | None
        | UnsetType = UNSET,
        weapon_ids: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Event:
        """Revise, confirm, retract or merge an event.

        Change the fields sent; `null` clears one. Each change is a new version.

        `status` moves along the lifecycle (`reported` → `preliminary` → `confirmed`, or
        `disputed`, `retracted`); retracting or disputing needs a `status_reason`. A merge is a
        retraction with `superseded_by` naming the event that absorbed this one.
        With `If-Match`, only if still at that version.

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
            Event,
            build_options(
                "PATCH",
                f"/v1/events/{path_param('event_id', event_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "actors": actors,
                    "cameo_code": cameo_code,
                    "category": category,
                    "citations": citations,
                    "context": context,
                    "external_id": external_id,
                    "gdelt": gdelt,
                    "icews": icews,
                    "magnitudes": magnitudes,
                    "mode": mode,
                    "occurred": occurred,
                    "place": place,
                    "recipients": recipients,
                    "reported_at": reported_at,
                    "status": status,
                    "status_reason": status_reason,
                    "summary": summary,
                    "superseded_by": superseded_by,
                    "tags": tags,
                    "title": title,
                    "ucdp": ucdp,
                    "weapon_class": weapon_class,
                    "weapon_ids": weapon_ids,
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
        event_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Event:
        """Delete an event.

        Tombstone the event: reads answer 404, history and the change feed keep it.

        To withdraw a report, retract it instead (PATCH `status=retracted`): it stays readable.

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
            Event,
            build_options(
                "DELETE",
                f"/v1/events/{path_param('event_id', event_id)}",
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
        event_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[EventVersion]:
        """List an event's versions.

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
            SyncCursorPage[EventVersion],
            EventVersionList,
            build_options(
                "GET",
                f"/v1/events/{path_param('event_id', event_id)}/history",
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


class EventsWithRawResponse:
    """``events`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Events) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.history = to_raw_response_wrapper(resource.history)


class EventsWithStreamingResponse:
    """``events`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Events) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.history = to_streamed_response_wrapper(resource.history)


class AsyncEvents(AsyncAPIResource):
    """Who did what to whom, when and where (PLOVER, with CAMEO), sourced and graded, with lifecycle and history."""

    @cached_property
    def with_raw_response(self) -> AsyncEventsWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncEventsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEventsWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncEventsWithStreamingResponse(self)

    def list(
        self,
        *,
        actor: str | None = None,
        as_of: _dt.datetime | str | None = None,
        bbox: str | None = None,
        cameo_root: str | None = None,
        category: Literal[
            "AGREE",
            "CONSULT",
            "SUPPORT",
            "CONCEDE",
            "COOPERATE",
            "AID",
            "RETREAT",
            "INVESTIGATE",
            "DEMAND",
            "DISAPPROVE",
            "REJECT",
            "THREATEN",
            "SANCTION",
            "PROTEST",
            "CRIME",
            "MOBILIZE",
            "COERCE",
            "ASSAULT",
            "UNCATEGORIZED",
        ]
        | None = None,
        country: str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        directed: bool | None = None,
        dyad: str | None = None,
        external_id: Sequence[str] | None = None,
        facility: str | None = None,
        include_retracted: bool | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        min_grade: str | None = None,
        min_mentions: int | None = None,
        occurred_from: _dt.date | str | None = None,
        occurred_to: _dt.date | str | None = None,
        quad_class: Literal[1, 2, 3, 4] | None = None,
        root_event: bool | None = None,
        sort: Literal["newest", "occurred"] | None = None,
        source: str | None = None,
        status: Literal["reported", "preliminary", "confirmed", "disputed", "retracted"]
        | None = None,
        tag: str | None = None,
        weapon: str | None = None,
        weapon_class: Literal[
            "SRBM",
            "MRBM",
            "IRBM",
            "ICBM",
            "SLBM",
            "HGV",
            "SLV",
            "cruise_missile",
            "artillery",
            "nuclear_device",
            "other",
        ]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Event]:
        """List events.

        List events. Every filter narrows the list; all are optional and combine.

        Retracted events are left out unless `include_retracted=true` or `status=retracted`.
        `occurred_from`/`occurred_to` keep events whose interval overlaps the window.
        Examples: `?actor=act_…`, `?dyad=act_…,act_…&directed=true`,
        `?occurred_from=2017-01-01&occurred_to=2017-12-31&sort=occurred`,
        `?weapon=KN-23`, `?bbox=124,37.5,131,43&category=ASSAULT`, `?min_grade=B2`,
        `?cameo_root=01` (public statements, `category` `UNCATEGORIZED`),
        `?tag=gdelt2&min_mentions=10&root_event=true`,
        `?source=src_…` (events citing a source),
        `?external_id=missile-test:2017-03-05:3&external_id=…` (by the ids an import gave them),
        `?known_by=2018-01-01T00:00:00Z` (what had been reported by then; with `as_of`, of what
        Watchfloor had recorded then).

        Args:
            actor: Events with this actor on either side (actor or recipient).
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            bbox: `west,south,east,north` in degrees: events placed inside the box. A west edge east of the east edge crosses the antimeridian.
            cameo_root: Two-digit CAMEO root code, `01`–`20`, e.g. `19` (fight).
            category: PLOVER category, e.g. `ASSAULT`; `UNCATEGORIZED` for events PLOVER has no category for (CAMEO 01 public statements and 02 appeals).
            country: ISO 3166-1 alpha-3 country of the place, e.g. `PRK`.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            directed: With `dyad=A,B`: only A acting on B, not B on A.
            dyad: `A,B`: events between two actors, A acting on B or (unless `directed=true`) B on A.
            external_id: Events with any of these external ids, e.g. `missile-test:2017-03-05:3` (repeat the parameter, up to 100).
            facility: Events at this facility (an id).
            include_retracted: Also list retracted events (they stay readable by id).
            known_by: Keep only what had been reported by this instant (knowledge time, `reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: `as_of` picks the versions recorded then, `known_by` keeps those reported by its instant. Omit for everything.
            limit: Page size, 1 to 100.
            min_grade: Admiralty grade some citation must reach on both axes, e.g. `B2`.
            min_mentions: GDELT events mentioned at least this often (`gdelt.num_mentions`); events GDELT did not code are left out.
            occurred_from: A calendar date, `YYYY-MM-DD`.
            occurred_to: A calendar date, `YYYY-MM-DD`.
            quad_class: CAMEO QuadClass of the event's code: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
            root_event: `true`: only GDELT root events (`gdelt.is_root_event`, coded from a document's lead paragraph); `false`: only the others. Events GDELT did not code are left out either way.
            sort: `newest`: most recently recorded first. `occurred`: latest start of the event's time interval first.
            source: Events citing this source (an id), e.g. every event a data set's import brought.
            status: Only events in this lifecycle status (`retracted` included).
            tag: Events with this tag.
            weapon: Events involving this weapon system: its id, name or any alias, case-insensitive (`KN-23` finds events filed under `Hwasong-11A`).
            weapon_class: Events with this class of weapon (`ICBM`), stated by the event (also when it names no weapon) or by a weapon it names.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            AsyncCursorPage[Event],
            EventList,
            build_options(
                "GET",
                "/v1/events",
                query={
                    "actor": actor,
                    "as_of": as_of,
                    "bbox": bbox,
                    "cameo_root": cameo_root,
                    "category": category,
                    "country": country,
                    "cursor": cursor,
                    "dataset": dataset,
                    "directed": directed,
                    "dyad": dyad,
                    "external_id": external_id,
                    "facility": facility,
                    "include_retracted": include_retracted,
                    "known_by": known_by,
                    "limit": limit,
                    "min_grade": min_grade,
                    "min_mentions": min_mentions,
                    "occurred_from": occurred_from,
                    "occurred_to": occurred_to,
                    "quad_class": quad_class,
                    "root_event": root_event,
                    "sort": sort,
                    "source": source,
                    "status": status,
                    "tag": tag,
                    "weapon": weapon,
                    "weapon_class": weapon_class,
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
        category: Literal[
            "AGREE",
            "AID",
            "ASSAULT",
            "COERCE",
            "CONCEDE",
            "CONSULT",
            "COOPERATE",
            "CRIME",
            "DEMAND",
            "DISAPPROVE",
            "INVESTIGATE",
            "MOBILIZE",
            "PROTEST",
            "REJECT",
            "RETREAT",
            "SANCTION",
            "SUPPORT",
            "THREATEN",
            "UNCATEGORIZED",
        ],
        citations: Sequence[CitationIn | CitationInParam],
        occurred: Occurrence | OccurrenceParam,
        title: str,
        actors: Sequence[Participant | ParticipantParam] | UnsetType = UNSET,
        cameo_code: str | None | UnsetType = UNSET,
        context: Sequence[str] | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        gdelt: GdeltCoding | GdeltCodingParam | None | UnsetType = UNSET,
        icews: IcewsCoding | IcewsCodingParam | None | UnsetType = UNSET,
        magnitudes: Sequence[Magnitude | MagnitudeParam] | UnsetType = UNSET,
        mode: str | None | UnsetType = UNSET,
        place: Place | PlaceParam | None | UnsetType = UNSET,
        recipients: Sequence[Participant | ParticipantParam] | UnsetType = UNSET,
        reported_at: _dt.datetime | str | None | UnsetType = UNSET,
        status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"]
        | UnsetType = UNSET,
        status_reason: str | None | UnsetType = UNSET,
        summary: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        ucdp: UcdpCoding | UcdpCodingParam | None | UnsetType = UNSET,
        weapon_class: Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ]
        | None
        | UnsetType = UNSET,
        weapon_ids: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Event:
        """Record an event.

        Record an event citing at least one source. Actors, recipients, weapons, the facility
        and the CAMEO code must exist (422 names each one that does not).

        `occurred.end` defaults to the end of the precision period: the start day, the last day
        of the month or December 31. Send an `Idempotency-Key` to make retries safe.

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
            Event,
            build_options(
                "POST",
                "/v1/events",
                body={
                    "category": category,
                    "citations": citations,
                    "occurred": occurred,
                    "title": title,
                    "actors": actors,
                    "cameo_code": cameo_code,
                    "context": context,
                    "dataset": dataset,
                    "external_id": external_id,
                    "gdelt": gdelt,
                    "icews": icews,
                    "magnitudes": magnitudes,
                    "mode": mode,
                    "place": place,
                    "recipients": recipients,
                    "reported_at": reported_at,
                    "status": status,
                    "status_reason": status_reason,
                    "summary": summary,
                    "tags": tags,
                    "ucdp": ucdp,
                    "weapon_class": weapon_class,
                    "weapon_ids": weapon_ids,
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
        event_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Event:
        """Get an event.

        One event, as it is now or as recorded at `as_of`; retracted ones too. Sends an `ETag`.

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
            Event,
            build_options(
                "GET",
                f"/v1/events/{path_param('event_id', event_id)}",
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
        event_id: str,
        *,
        actors: Sequence[Participant | ParticipantParam] | UnsetType = UNSET,
        cameo_code: str | None | UnsetType = UNSET,
        category: Literal[
            "AGREE",
            "AID",
            "ASSAULT",
            "COERCE",
            "CONCEDE",
            "CONSULT",
            "COOPERATE",
            "CRIME",
            "DEMAND",
            "DISAPPROVE",
            "INVESTIGATE",
            "MOBILIZE",
            "PROTEST",
            "REJECT",
            "RETREAT",
            "SANCTION",
            "SUPPORT",
            "THREATEN",
            "UNCATEGORIZED",
        ]
        | UnsetType = UNSET,
        citations: Sequence[CitationIn | CitationInParam] | UnsetType = UNSET,
        context: Sequence[str] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        gdelt: GdeltCoding | GdeltCodingParam | None | UnsetType = UNSET,
        icews: IcewsCoding | IcewsCodingParam | None | UnsetType = UNSET,
        if_match: str | None = None,
        magnitudes: Sequence[Magnitude | MagnitudeParam] | UnsetType = UNSET,
        mode: str | None | UnsetType = UNSET,
        occurred: Occurrence | OccurrenceParam | UnsetType = UNSET,
        place: Place | PlaceParam | None | UnsetType = UNSET,
        recipients: Sequence[Participant | ParticipantParam] | UnsetType = UNSET,
        reported_at: _dt.datetime | str | None | UnsetType = UNSET,
        status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"]
        | UnsetType = UNSET,
        status_reason: str | None | UnsetType = UNSET,
        summary: str | None | UnsetType = UNSET,
        superseded_by: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        title: str | UnsetType = UNSET,
        ucdp: UcdpCoding | UcdpCodingParam | None | UnsetType = UNSET,
        weapon_class: Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ]
        | None
        | UnsetType = UNSET,
        weapon_ids: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Event:
        """Revise, confirm, retract or merge an event.

        Change the fields sent; `null` clears one. Each change is a new version.

        `status` moves along the lifecycle (`reported` → `preliminary` → `confirmed`, or
        `disputed`, `retracted`); retracting or disputing needs a `status_reason`. A merge is a
        retraction with `superseded_by` naming the event that absorbed this one.
        With `If-Match`, only if still at that version.

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
            Event,
            build_options(
                "PATCH",
                f"/v1/events/{path_param('event_id', event_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "actors": actors,
                    "cameo_code": cameo_code,
                    "category": category,
                    "citations": citations,
                    "context": context,
                    "external_id": external_id,
                    "gdelt": gdelt,
                    "icews": icews,
                    "magnitudes": magnitudes,
                    "mode": mode,
                    "occurred": occurred,
                    "place": place,
                    "recipients": recipients,
                    "reported_at": reported_at,
                    "status": status,
                    "status_reason": status_reason,
                    "summary": summary,
                    "superseded_by": superseded_by,
                    "tags": tags,
                    "title": title,
                    "ucdp": ucdp,
                    "weapon_class": weapon_class,
                    "weapon_ids": weapon_ids,
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
        event_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Event:
        """Delete an event.

        Tombstone the event: reads answer 404, history and the change feed keep it.

        To withdraw a report, retract it instead (PATCH `status=retracted`): it stays readable.

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
            Event,
            build_options(
                "DELETE",
                f"/v1/events/{path_param('event_id', event_id)}",
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
        event_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[EventVersion]:
        """List an event's versions.

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
            AsyncCursorPage[EventVersion],
            EventVersionList,
            build_options(
                "GET",
                f"/v1/events/{path_param('event_id', event_id)}/history",
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


class AsyncEventsWithRawResponse:
    """``events`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncEvents) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.history = async_to_raw_response_wrapper(resource.history)


class AsyncEventsWithStreamingResponse:
    """``events`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncEvents) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.history = async_to_streamed_response_wrapper(resource.history)
