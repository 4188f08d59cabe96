# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.actors``: States, people and organisations."""

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
    Actor,
    ActorDuplicate,
    ActorDuplicateList,
    ActorList,
    ActorMerged,
    ActorVersion,
    ActorVersionList,
    Membership,
    MembershipParam,
)

__all__ = (
    "Actors",
    "ActorsWithRawResponse",
    "ActorsWithStreamingResponse",
    "AsyncActors",
    "AsyncActorsWithRawResponse",
    "AsyncActorsWithStreamingResponse",
)


class Actors(SyncAPIResource):
    """States, people and organisations."""

    @cached_property
    def with_raw_response(self) -> ActorsWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return ActorsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ActorsWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return ActorsWithStreamingResponse(self)

    def list(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        country: str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        ids: Sequence[str] | None = None,
        kind: Literal[
            "state",
            "person",
            "organization",
            "government_body",
            "military_unit",
            "company",
            "igo",
            "armed_group",
            "media",
        ]
        | None = None,
        limit: int | None = None,
        member_of: str | None = None,
        name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Actor]:
        """List actors.

        List actors, newest first. Every filter narrows the list; all are optional.

        Examples: `?kind=state&country=PRK`, `?name=DPRK` (any alias),
        `?member_of=act_…` (members of BRICS), `?as_of=2026-01-01T00:00:00Z`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            country: ISO 3166-1 alpha-3 country, e.g. `PRK`.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            ids: Batch read: up to 100 actor ids (repeat the parameter).
            kind: Only actors of this kind.
            limit: Page size, 1 to 100.
            member_of: Only members of this organisation or bloc (an actor id).
            name: Name or any alias, case-insensitive: `Kim Jong-un` and `김정은` find the same actor.

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
            SyncCursorPage[Actor],
            ActorList,
            build_options(
                "GET",
                "/v1/actors",
                query={
                    "as_of": as_of,
                    "country": country,
                    "cursor": cursor,
                    "dataset": dataset,
                    "ids": ids,
                    "kind": kind,
                    "limit": limit,
                    "member_of": member_of,
                    "name": name,
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
        kind: Literal[
            "armed_group",
            "company",
            "government_body",
            "igo",
            "media",
            "military_unit",
            "organization",
            "person",
            "state",
        ],
        name: str,
        aliases: Sequence[str] | UnsetType = UNSET,
        cameo_code: str | None | UnsetType = UNSET,
        country: str | None | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        memberships: Sequence[Membership | MembershipParam] | UnsetType = UNSET,
        wikidata_qid: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Actor:
        """Create an actor.

        Create an actor. Send an `Idempotency-Key` to make retries safe.

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
            Actor,
            build_options(
                "POST",
                "/v1/actors",
                body={
                    "kind": kind,
                    "name": name,
                    "aliases": aliases,
                    "cameo_code": cameo_code,
                    "country": country,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "memberships": memberships,
                    "wikidata_qid": wikidata_qid,
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
        actor_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Actor:
        """Get an actor.

        One actor, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Actor,
            build_options(
                "GET",
                f"/v1/actors/{path_param('actor_id', actor_id)}",
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
        actor_id: str,
        *,
        aliases: Sequence[str] | UnsetType = UNSET,
        cameo_code: str | None | UnsetType = UNSET,
        country: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        kind: Literal[
            "armed_group",
            "company",
            "government_body",
            "igo",
            "media",
            "military_unit",
            "organization",
            "person",
            "state",
        ]
        | UnsetType = UNSET,
        memberships: Sequence[Membership | MembershipParam] | UnsetType = UNSET,
        name: str | UnsetType = UNSET,
        wikidata_qid: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Actor:
        """Change an actor.

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
            Actor,
            build_options(
                "PATCH",
                f"/v1/actors/{path_param('actor_id', actor_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "aliases": aliases,
                    "cameo_code": cameo_code,
                    "country": country,
                    "description": description,
                    "external_id": external_id,
                    "kind": kind,
                    "memberships": memberships,
                    "name": name,
                    "wikidata_qid": wikidata_qid,
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
        actor_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Actor:
        """Delete an actor.

        Tombstone the actor: reads answer 404, history and the change feed keep it.

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
            Actor,
            build_options(
                "DELETE",
                f"/v1/actors/{path_param('actor_id', actor_id)}",
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
        actor_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[ActorVersion]:
        """List an actor's versions.

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
            SyncCursorPage[ActorVersion],
            ActorVersionList,
            build_options(
                "GET",
                f"/v1/actors/{path_param('actor_id', actor_id)}/history",
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

    def list_duplicates(
        self,
        *,
        cursor: str | None = None,
        dataset: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[ActorDuplicate]:
        """List likely duplicate actors.

        Pairs of actors that may be one real actor, to review and merge. Needs `write`.

        Two live actors pair up when they share a name or alias once case, accents, spaces and
        hyphens are set aside, and their kinds agree (equal, or one the generic `organization`):
        what an import could not resolve alone, because more than one actor fitted or a CAMEO code
        or Wikidata QID disagrees. Merge a pair with `POST /v1/actors/{id}/merge`, or leave it.

        Args:
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            limit: Page size, 1 to 100.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            SyncCursorPage[ActorDuplicate],
            ActorDuplicateList,
            build_options(
                "GET",
                "/v1/actors/duplicates",
                query={
                    "cursor": cursor,
                    "dataset": dataset,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def merge(
        self,
        actor_id: str,
        *,
        into: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ActorMerged:
        """Merge an actor into another.

        Merge this actor into `into`: the same real actor, recorded twice. Needs `admin`.

        Every live record of the dataset that pointed at this actor (events' actors and recipients,
        statements' speaker and target, indicators' actors, memberships) gets a new version
        pointing at `into`. This actor stays readable by id, with its history, and answers with
        `superseded_by`: `into`; lists leave it out. `into` takes its names as aliases, its
        external ids in `known_as` (later imports of either id find `into`) and any field it
        lacked. 409 if either was merged away already.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            ConflictError: 409 The request conflicts with the current state.
            RequestTooLargeError: 413 The request body is too large.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            ActorMerged,
            build_options(
                "POST",
                f"/v1/actors/{path_param('actor_id', actor_id)}/merge",
                body={
                    "into": into,
                },
                extra_body=extra_body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class ActorsWithRawResponse:
    """``actors`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Actors) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.history = to_raw_response_wrapper(resource.history)
        self.list_duplicates = to_raw_response_wrapper(resource.list_duplicates)
        self.merge = to_raw_response_wrapper(resource.merge)


class ActorsWithStreamingResponse:
    """``actors`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Actors) -> None:
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.history = to_streamed_response_wrapper(resource.history)
        self.list_duplicates = to_streamed_response_wrapper(resource.list_duplicates)
        self.merge = to_streamed_response_wrapper(resource.merge)


class AsyncActors(AsyncAPIResource):
    """States, people and organisations."""

    @cached_property
    def with_raw_response(self) -> AsyncActorsWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncActorsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncActorsWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncActorsWithStreamingResponse(self)

    def list(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        country: str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        ids: Sequence[str] | None = None,
        kind: Literal[
            "state",
            "person",
            "organization",
            "government_body",
            "military_unit",
            "company",
            "igo",
            "armed_group",
            "media",
        ]
        | None = None,
        limit: int | None = None,
        member_of: str | None = None,
        name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Actor]:
        """List actors.

        List actors, newest first. Every filter narrows the list; all are optional.

        Examples: `?kind=state&country=PRK`, `?name=DPRK` (any alias),
        `?member_of=act_…` (members of BRICS), `?as_of=2026-01-01T00:00:00Z`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            country: ISO 3166-1 alpha-3 country, e.g. `PRK`.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            ids: Batch read: up to 100 actor ids (repeat the parameter).
            kind: Only actors of this kind.
            limit: Page size, 1 to 100.
            member_of: Only members of this organisation or bloc (an actor id).
            name: Name or any alias, case-insensitive: `Kim Jong-un` and `김정은` find the same actor.

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
            AsyncCursorPage[Actor],
            ActorList,
            build_options(
                "GET",
                "/v1/actors",
                query={
                    "as_of": as_of,
                    "country": country,
                    "cursor": cursor,
                    "dataset": dataset,
                    "ids": ids,
                    "kind": kind,
                    "limit": limit,
                    "member_of": member_of,
                    "name": name,
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
        kind: Literal[
            "armed_group",
            "company",
            "government_body",
            "igo",
            "media",
            "military_unit",
            "organization",
            "person",
            "state",
        ],
        name: str,
        aliases: Sequence[str] | UnsetType = UNSET,
        cameo_code: str | None | UnsetType = UNSET,
        country: str | None | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        memberships: Sequence[Membership | MembershipParam] | UnsetType = UNSET,
        wikidata_qid: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Actor:
        """Create an actor.

        Create an actor. Send an `Idempotency-Key` to make retries safe.

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
            Actor,
            build_options(
                "POST",
                "/v1/actors",
                body={
                    "kind": kind,
                    "name": name,
                    "aliases": aliases,
                    "cameo_code": cameo_code,
                    "country": country,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "memberships": memberships,
                    "wikidata_qid": wikidata_qid,
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
        actor_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Actor:
        """Get an actor.

        One actor, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Actor,
            build_options(
                "GET",
                f"/v1/actors/{path_param('actor_id', actor_id)}",
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
        actor_id: str,
        *,
        aliases: Sequence[str] | UnsetType = UNSET,
        cameo_code: str | None | UnsetType = UNSET,
        country: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        kind: Literal[
            "armed_group",
            "company",
            "government_body",
            "igo",
            "media",
            "military_unit",
            "organization",
            "person",
            "state",
        ]
        | UnsetType = UNSET,
        memberships: Sequence[Membership | MembershipParam] | UnsetType = UNSET,
        name: str | UnsetType = UNSET,
        wikidata_qid: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Actor:
        """Change an actor.

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
            Actor,
            build_options(
                "PATCH",
                f"/v1/actors/{path_param('actor_id', actor_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "aliases": aliases,
                    "cameo_code": cameo_code,
                    "country": country,
                    "description": description,
                    "external_id": external_id,
                    "kind": kind,
                    "memberships": memberships,
                    "name": name,
                    "wikidata_qid": wikidata_qid,
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
        actor_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Actor:
        """Delete an actor.

        Tombstone the actor: reads answer 404, history and the change feed keep it.

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
            Actor,
            build_options(
                "DELETE",
                f"/v1/actors/{path_param('actor_id', actor_id)}",
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
        actor_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[ActorVersion]:
        """List an actor's versions.

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
            AsyncCursorPage[ActorVersion],
            ActorVersionList,
            build_options(
                "GET",
                f"/v1/actors/{path_param('actor_id', actor_id)}/history",
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

    def list_duplicates(
        self,
        *,
        cursor: str | None = None,
        dataset: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[ActorDuplicate]:
        """List likely duplicate actors.

        Pairs of actors that may be one real actor, to review and merge. Needs `write`.

        Two live actors pair up when they share a name or alias once case, accents, spaces and
        hyphens are set aside, and their kinds agree (equal, or one the generic `organization`):
        what an import could not resolve alone, because more than one actor fitted or a CAMEO code
        or Wikidata QID disagrees. Merge a pair with `POST /v1/actors/{id}/merge`, or leave it.

        Args:
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            limit: Page size, 1 to 100.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            AsyncCursorPage[ActorDuplicate],
            ActorDuplicateList,
            build_options(
                "GET",
                "/v1/actors/duplicates",
                query={
                    "cursor": cursor,
                    "dataset": dataset,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    async def merge(
        self,
        actor_id: str,
        *,
        into: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ActorMerged:
        """Merge an actor into another.

        Merge this actor into `into`: the same real actor, recorded twice. Needs `admin`.

        Every live record of the dataset that pointed at this actor (events' actors and recipients,
        statements' speaker and target, indicators' actors, memberships) gets a new version
        pointing at `into`. This actor stays readable by id, with its history, and answers with
        `superseded_by`: `into`; lists leave it out. `into` takes its names as aliases, its
        external ids in `known_as` (later imports of either id find `into`) and any field it
        lacked. 409 if either was merged away already.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            ConflictError: 409 The request conflicts with the current state.
            RequestTooLargeError: 413 The request body is too large.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            ActorMerged,
            build_options(
                "POST",
                f"/v1/actors/{path_param('actor_id', actor_id)}/merge",
                body={
                    "into": into,
                },
                extra_body=extra_body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncActorsWithRawResponse:
    """``actors`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncActors) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.history = async_to_raw_response_wrapper(resource.history)
        self.list_duplicates = async_to_raw_response_wrapper(resource.list_duplicates)
        self.merge = async_to_raw_response_wrapper(resource.merge)


class AsyncActorsWithStreamingResponse:
    """``actors`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncActors) -> None:
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.history = async_to_streamed_response_wrapper(resource.history)
        self.list_duplicates = async_to_streamed_response_wrapper(resource.list_duplicates)
        self.merge = async_to_streamed_response_wrapper(resource.merge)
