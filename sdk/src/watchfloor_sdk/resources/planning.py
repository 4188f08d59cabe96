# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.planning``: Structured analysis bound to the data: Analysis of Competing Hypotheses matrices with Heuer's inconsistency scores and diagnosticity."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from functools import cached_property

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
    AchEvidenceIn,
    AchEvidenceInParam,
    AchHypothesis,
    AchHypothesisParam,
    AchMatrix,
    AchMatrixList,
    AchMatrixVersion,
    AchMatrixVersionList,
    AchRating,
    AchRatingParam,
)

__all__ = (
    "AsyncPlanning",
    "AsyncPlanningWithRawResponse",
    "AsyncPlanningWithStreamingResponse",
    "Planning",
    "PlanningWithRawResponse",
    "PlanningWithStreamingResponse",
)


class Planning(SyncAPIResource):
    """Structured analysis bound to the data: Analysis of Competing Hypotheses matrices with Heuer's inconsistency scores and diagnosticity."""

    @cached_property
    def with_raw_response(self) -> PlanningWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return PlanningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PlanningWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return PlanningWithStreamingResponse(self)

    def create_ach_matrix(
        self,
        *,
        hypotheses: Sequence[AchHypothesis | AchHypothesisParam],
        title: str,
        dataset: str | UnsetType = UNSET,
        evidence: Sequence[AchEvidenceIn | AchEvidenceInParam] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        question: str | None | UnsetType = UNSET,
        question_id: str | None | UnsetType = UNSET,
        ratings: Sequence[AchRating | AchRatingParam] | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AchMatrix:
        """Create an ACH matrix.

        Analysis of Competing Hypotheses (Heuer): hypotheses against items of evidence.

        Evidence is a record of the matrix's dataset (`event`, `statement`, `observation`, `alert`:
        its Admiralty grade is read from it) or a `free` item with its text, source and grade. Each
        rating says how consistent one item is with one hypothesis: `CC`, `C`, `N`, `I`, `II`. The
        matrix computes, and stores with each version, every hypothesis's inconsistency score (ranked
        least inconsistent first) and every item's diagnosticity, and flags items that are diagnostic
        but weakly sourced (worse than B3); see `docs/planning-ach.md`. An unknown record or question,
        a rating naming an unknown key or off the scale, or a key used twice is 422 with a pointer.

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
            AchMatrix,
            build_options(
                "POST",
                "/v1/ach-matrices",
                body={
                    "hypotheses": hypotheses,
                    "title": title,
                    "dataset": dataset,
                    "evidence": evidence,
                    "external_id": external_id,
                    "question": question,
                    "question_id": question_id,
                    "ratings": ratings,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def delete_ach_matrix(
        self,
        ach_matrix_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AchMatrix:
        """Delete an ACH matrix.

        Tombstone the matrix. History and the change feed keep it.

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
            AchMatrix,
            build_options(
                "DELETE",
                f"/v1/ach-matrices/{path_param('ach_matrix_id', ach_matrix_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_ach_matrix(
        self,
        ach_matrix_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AchMatrix:
        """Get an ACH matrix.

        One ACH matrix, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            AchMatrix,
            build_options(
                "GET",
                f"/v1/ach-matrices/{path_param('ach_matrix_id', ach_matrix_id)}",
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

    def list_ach_matrices(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        hypothesis: str | None = None,
        limit: int | None = None,
        question: str | None = None,
        record: str | None = None,
        tag: str | None = None,
        title: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[AchMatrix]:
        """List ACH matrices.

        List ACH matrices, newest first. Examples: `?hypothesis=alliance`, `?record=evt_…`, `?tag=china-russia`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            hypothesis: Part of a hypothesis's label, case-insensitive: `convenience` finds “a partnership of convenience”.
            limit: Page size, 1 to 100.
            question: Only matrices serving this forecasting question (a question id).
            record: Only matrices citing this record (an event, statement, observation or alert id) as evidence.
            tag: Only matrices with this tag, e.g. `china-russia`.
            title: Part of the title, case-insensitive.

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
            SyncCursorPage[AchMatrix],
            AchMatrixList,
            build_options(
                "GET",
                "/v1/ach-matrices",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "hypothesis": hypothesis,
                    "limit": limit,
                    "question": question,
                    "record": record,
                    "tag": tag,
                    "title": title,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_ach_matrix_versions(
        self,
        ach_matrix_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[AchMatrixVersion]:
        """List an ACH matrix's versions.

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
            SyncCursorPage[AchMatrixVersion],
            AchMatrixVersionList,
            build_options(
                "GET",
                f"/v1/ach-matrices/{path_param('ach_matrix_id', ach_matrix_id)}/history",
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

    def update_ach_matrix(
        self,
        ach_matrix_id: str,
        *,
        evidence: Sequence[AchEvidenceIn | AchEvidenceInParam] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        hypotheses: Sequence[AchHypothesis | AchHypothesisParam] | UnsetType = UNSET,
        if_match: str | None = None,
        question: str | None | UnsetType = UNSET,
        question_id: str | None | UnsetType = UNSET,
        ratings: Sequence[AchRating | AchRatingParam] | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        title: str | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AchMatrix:
        """Change an ACH matrix.

        Change the fields sent; the whole matrix is checked again and its scores
        computed again. Evidence not sent keeps the grades read when it was cited.

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
            AchMatrix,
            build_options(
                "PATCH",
                f"/v1/ach-matrices/{path_param('ach_matrix_id', ach_matrix_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "evidence": evidence,
                    "external_id": external_id,
                    "hypotheses": hypotheses,
                    "question": question,
                    "question_id": question_id,
                    "ratings": ratings,
                    "tags": tags,
                    "title": title,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class PlanningWithRawResponse:
    """``planning`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Planning) -> None:
        self.create_ach_matrix = to_raw_response_wrapper(resource.create_ach_matrix)
        self.delete_ach_matrix = to_raw_response_wrapper(resource.delete_ach_matrix)
        self.get_ach_matrix = to_raw_response_wrapper(resource.get_ach_matrix)
        self.list_ach_matrices = to_raw_response_wrapper(resource.list_ach_matrices)
        self.list_ach_matrix_versions = to_raw_response_wrapper(resource.list_ach_matrix_versions)
        self.update_ach_matrix = to_raw_response_wrapper(resource.update_ach_matrix)


class PlanningWithStreamingResponse:
    """``planning`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Planning) -> None:
        self.create_ach_matrix = to_streamed_response_wrapper(resource.create_ach_matrix)
        self.delete_ach_matrix = to_streamed_response_wrapper(resource.delete_ach_matrix)
        self.get_ach_matrix = to_streamed_response_wrapper(resource.get_ach_matrix)
        self.list_ach_matrices = to_streamed_response_wrapper(resource.list_ach_matrices)
        self.list_ach_matrix_versions = to_streamed_response_wrapper(
            resource.list_ach_matrix_versions
        )
        self.update_ach_matrix = to_streamed_response_wrapper(resource.update_ach_matrix)


class AsyncPlanning(AsyncAPIResource):
    """Structured analysis bound to the data: Analysis of Competing Hypotheses matrices with Heuer's inconsistency scores and diagnosticity."""

    @cached_property
    def with_raw_response(self) -> AsyncPlanningWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncPlanningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPlanningWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncPlanningWithStreamingResponse(self)

    async def create_ach_matrix(
        self,
        *,
        hypotheses: Sequence[AchHypothesis | AchHypothesisParam],
        title: str,
        dataset: str | UnsetType = UNSET,
        evidence: Sequence[AchEvidenceIn | AchEvidenceInParam] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        question: str | None | UnsetType = UNSET,
        question_id: str | None | UnsetType = UNSET,
        ratings: Sequence[AchRating | AchRatingParam] | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AchMatrix:
        """Create an ACH matrix.

        Analysis of Competing Hypotheses (Heuer): hypotheses against items of evidence.

        Evidence is a record of the matrix's dataset (`event`, `statement`, `observation`, `alert`:
        its Admiralty grade is read from it) or a `free` item with its text, source and grade. Each
        rating says how consistent one item is with one hypothesis: `CC`, `C`, `N`, `I`, `II`. The
        matrix computes, and stores with each version, every hypothesis's inconsistency score (ranked
        least inconsistent first) and every item's diagnosticity, and flags items that are diagnostic
        but weakly sourced (worse than B3); see `docs/planning-ach.md`. An unknown record or question,
        a rating naming an unknown key or off the scale, or a key used twice is 422 with a pointer.

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
            AchMatrix,
            build_options(
                "POST",
                "/v1/ach-matrices",
                body={
                    "hypotheses": hypotheses,
                    "title": title,
                    "dataset": dataset,
                    "evidence": evidence,
                    "external_id": external_id,
                    "question": question,
                    "question_id": question_id,
                    "ratings": ratings,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def delete_ach_matrix(
        self,
        ach_matrix_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AchMatrix:
        """Delete an ACH matrix.

        Tombstone the matrix. History and the change feed keep it.

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
            AchMatrix,
            build_options(
                "DELETE",
                f"/v1/ach-matrices/{path_param('ach_matrix_id', ach_matrix_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_ach_matrix(
        self,
        ach_matrix_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AchMatrix:
        """Get an ACH matrix.

        One ACH matrix, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            AchMatrix,
            build_options(
                "GET",
                f"/v1/ach-matrices/{path_param('ach_matrix_id', ach_matrix_id)}",
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

    def list_ach_matrices(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        hypothesis: str | None = None,
        limit: int | None = None,
        question: str | None = None,
        record: str | None = None,
        tag: str | None = None,
        title: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[AchMatrix]:
        """List ACH matrices.

        List ACH matrices, newest first. Examples: `?hypothesis=alliance`, `?record=evt_…`, `?tag=china-russia`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            hypothesis: Part of a hypothesis's label, case-insensitive: `convenience` finds “a partnership of convenience”.
            limit: Page size, 1 to 100.
            question: Only matrices serving this forecasting question (a question id).
            record: Only matrices citing this record (an event, statement, observation or alert id) as evidence.
            tag: Only matrices with this tag, e.g. `china-russia`.
            title: Part of the title, case-insensitive.

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
            AsyncCursorPage[AchMatrix],
            AchMatrixList,
            build_options(
                "GET",
                "/v1/ach-matrices",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "hypothesis": hypothesis,
                    "limit": limit,
                    "question": question,
                    "record": record,
                    "tag": tag,
                    "title": title,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_ach_matrix_versions(
        self,
        ach_matrix_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[AchMatrixVersion]:
        """List an ACH matrix's versions.

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
            AsyncCursorPage[AchMatrixVersion],
            AchMatrixVersionList,
            build_options(
                "GET",
                f"/v1/ach-matrices/{path_param('ach_matrix_id', ach_matrix_id)}/history",
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

    async def update_ach_matrix(
        self,
        ach_matrix_id: str,
        *,
        evidence: Sequence[AchEvidenceIn | AchEvidenceInParam] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        hypotheses: Sequence[AchHypothesis | AchHypothesisParam] | UnsetType = UNSET,
        if_match: str | None = None,
        question: str | None | UnsetType = UNSET,
        question_id: str | None | UnsetType = UNSET,
        ratings: Sequence[AchRating | AchRatingParam] | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        title: str | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AchMatrix:
        """Change an ACH matrix.

        Change the fields sent; the whole matrix is checked again and its scores
        computed again. Evidence not sent keeps the grades read when it was cited.

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
            AchMatrix,
            build_options(
                "PATCH",
                f"/v1/ach-matrices/{path_param('ach_matrix_id', ach_matrix_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "evidence": evidence,
                    "external_id": external_id,
                    "hypotheses": hypotheses,
                    "question": question,
                    "question_id": question_id,
                    "ratings": ratings,
                    "tags": tags,
                    "title": title,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncPlanningWithRawResponse:
    """``planning`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncPlanning) -> None:
        self.create_ach_matrix = async_to_raw_response_wrapper(resource.create_ach_matrix)
        self.delete_ach_matrix = async_to_raw_response_wrapper(resource.delete_ach_matrix)
        self.get_ach_matrix = async_to_raw_response_wrapper(resource.get_ach_matrix)
        self.list_ach_matrices = async_to_raw_response_wrapper(resource.list_ach_matrices)
        self.list_ach_matrix_versions = async_to_raw_response_wrapper(
            resource.list_ach_matrix_versions
        )
        self.update_ach_matrix = async_to_raw_response_wrapper(resource.update_ach_matrix)


class AsyncPlanningWithStreamingResponse:
    """``planning`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncPlanning) -> None:
        self.create_ach_matrix = async_to_streamed_response_wrapper(resource.create_ach_matrix)
        self.delete_ach_matrix = async_to_streamed_response_wrapper(resource.delete_ach_matrix)
        self.get_ach_matrix = async_to_streamed_response_wrapper(resource.get_ach_matrix)
        self.list_ach_matrices = async_to_streamed_response_wrapper(resource.list_ach_matrices)
        self.list_ach_matrix_versions = async_to_streamed_response_wrapper(
            resource.list_ach_matrix_versions
        )
        self.update_ach_matrix = async_to_streamed_response_wrapper(resource.update_ach_matrix)
