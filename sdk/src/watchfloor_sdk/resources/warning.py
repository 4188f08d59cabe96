# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.warning``: Indications and warning: warning problems and their rules, the alerts the worker raises, and the board at any instant of both clocks."""

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
    Alert,
    AlertList,
    AlertVersion,
    AlertVersionList,
    AnomalyRule,
    Board,
    ChangeRule,
    CompositeRule,
    ThresholdRule,
    WarningProblem,
    WarningProblemList,
    WarningProblemVersion,
    WarningProblemVersionList,
)

__all__ = (
    "AsyncWarning",
    "AsyncWarningWithRawResponse",
    "AsyncWarningWithStreamingResponse",
    "Warning",
    "WarningWithRawResponse",
    "WarningWithStreamingResponse",
)


class Warning(SyncAPIResource):
    """Indications and warning: warning problems and their rules, the alerts the worker raises, and the board at any instant of both clocks."""

    @cached_property
    def with_raw_response(self) -> WarningWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return WarningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WarningWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return WarningWithStreamingResponse(self)

    def create_problem(
        self,
        *,
        name: str,
        rules: Sequence[ThresholdRule | AnomalyRule | ChangeRule | CompositeRule],
        actor_ids: Sequence[str] | UnsetType = UNSET,
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
    ) -> WarningProblem:
        """Create a warning problem.

        A question the watch floor owns, with the rules that raise its level.

        Each rule watches an indicator (`threshold`, `anomaly` against a trailing baseline, `change`
        over k periods) or other rules of the problem (`composite`: k of n), raises `watch` or
        `warning` while it holds, and says why in `rationale`. The worker evaluates the rules and
        opens, moves and closes alerts; see `docs/warning.md`. A rule over an indicator that does not
        exist (or is in another dataset), a composite over an unknown key, or an impossible window is
        422 with a pointer.

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
            WarningProblem,
            build_options(
                "POST",
                "/v1/warning-problems",
                body={
                    "name": name,
                    "rules": rules,
                    "actor_ids": actor_ids,
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

    def delete_problem(
        self,
        warning_problem_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> WarningProblem:
        """Delete a warning problem.

        Tombstone the problem; its alerts are withdrawn by the worker. History and the change feed keep them.

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
            WarningProblem,
            build_options(
                "DELETE",
                f"/v1/warning-problems/{path_param('warning_problem_id', warning_problem_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_alert(
        self,
        alert_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Alert:
        """Get an alert.

        One alert, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Alert,
            build_options(
                "GET",
                f"/v1/alerts/{path_param('alert_id', alert_id)}",
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

    def get_board(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        dataset: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Board:
        """Read the warning board.

        Every warning problem with its level (`quiet`, `watch`, `warning`) and its open alerts,
        with their freshest evidence.

        `known_by` replays knowledge time: the board as it stood with what had been reported by
        then (`?known_by=2022-02-01T00:00:00Z` is the board of 1 February 2022, asked today).
        `as_of` replays transaction time: the problems and alerts as Watchfloor had recorded them
        then. Without `known_by` the board is at `as_of`, or now. See `docs/warning.md`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            known_by: Answer with what had been reported by this instant (knowledge time), e.g. `2022-02-01T00:00:00Z`; combines with `as_of`. See `docs/knowledge-time.md`.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Board,
            build_options(
                "GET",
                "/v1/warning-board",
                query={
                    "as_of": as_of,
                    "dataset": dataset,
                    "known_by": known_by,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_problem(
        self,
        warning_problem_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> WarningProblem:
        """Get a warning problem.

        One warning problem, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            WarningProblem,
            build_options(
                "GET",
                f"/v1/warning-problems/{path_param('warning_problem_id', warning_problem_id)}",
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

    def list_alert_versions(
        self,
        alert_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[AlertVersion]:
        """List an alert's versions.

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
            SyncCursorPage[AlertVersion],
            AlertVersionList,
            build_options(
                "GET",
                f"/v1/alerts/{path_param('alert_id', alert_id)}/history",
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

    def list_alerts(
        self,
        *,
        acknowledged: bool | None = None,
        actor: str | None = None,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        indicator: str | None = None,
        known_by: _dt.datetime | str | None = None,
        level: Literal["watch", "warning"] | None = None,
        limit: int | None = None,
        opened_from: _dt.datetime | str | None = None,
        opened_to: _dt.datetime | str | None = None,
        plan: str | None = None,
        problem: str | None = None,
        state: Literal["open", "closed", "withdrawn"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Alert]:
        """List alerts.

        Alerts, newest first: each an episode of one warning rule holding, with its level,
        its explanation in numbers and its evidence.

        With `known_by`, the alerts as they stood at that knowledge instant: opened by then, open unless
        closed by then, their steps and evidence as of then (`?known_by=2022-02-01T00:00:00Z&state=open`
        is what the board of 1 February 2022 showed). Examples: `?state=open&level=warning`,
        `?problem=wpr_…`, `?indicator=ind_…`, `?acknowledged=false`.

        Args:
            acknowledged: Only alerts (not) acknowledged by an analyst.
            actor: Only alerts of problems about this actor.
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            indicator: Only alerts over this indicator.
            known_by: Answer with what had been reported by this instant (knowledge time), e.g. `2022-02-01T00:00:00Z`; combines with `as_of`. See `docs/knowledge-time.md`.
            level: Only alerts raising this level.
            limit: Page size, 1 to 100.
            opened_from: Only alerts opened at or after this instant.
            opened_to: Only alerts opened at or before this instant.
            plan: Only alerts raised by this contingency plan's branches.
            problem: Only alerts of this warning problem.
            state: Only alerts in this state (at `known_by`, when given).

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
            SyncCursorPage[Alert],
            AlertList,
            build_options(
                "GET",
                "/v1/alerts",
                query={
                    "acknowledged": acknowledged,
                    "actor": actor,
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "indicator": indicator,
                    "known_by": known_by,
                    "level": level,
                    "limit": limit,
                    "opened_from": opened_from,
                    "opened_to": opened_to,
                    "plan": plan,
                    "problem": problem,
                    "state": state,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_problem_versions(
        self,
        warning_problem_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[WarningProblemVersion]:
        """List a warning problem's versions.

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
            SyncCursorPage[WarningProblemVersion],
            WarningProblemVersionList,
            build_options(
                "GET",
                f"/v1/warning-problems/{path_param('warning_problem_id', warning_problem_id)}/history",
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

    def list_problems(
        self,
        *,
        actor: str | None = None,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        indicator: str | None = None,
        limit: int | None = None,
        name: str | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[WarningProblem]:
        """List warning problems.

        List warning problems, newest first. Examples: `?indicator=ind_…`, `?tag=dprk`.

        Args:
            actor: Only problems about this actor (an actor id).
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            indicator: Only problems with a rule over this indicator (an indicator id).
            limit: Page size, 1 to 100.
            name: Part of the name, case-insensitive: `nuclear` finds “DPRK nuclear test preparations”.
            tag: Only problems with this tag, e.g. `dprk`.

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
            SyncCursorPage[WarningProblem],
            WarningProblemList,
            build_options(
                "GET",
                "/v1/warning-problems",
                query={
                    "actor": actor,
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "indicator": indicator,
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

    def update_alert(
        self,
        alert_id: str,
        *,
        acknowledged: bool | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        note: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Alert:
        """Acknowledge an alert.

        An analyst acknowledges the alert (`{"acknowledged": true, "note": "…"}`), or withdraws
        an acknowledgement (`false`). Each is a new version; the worker keeps it when it revises the
        alert.

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
            Alert,
            build_options(
                "PATCH",
                f"/v1/alerts/{path_param('alert_id', alert_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "acknowledged": acknowledged,
                    "external_id": external_id,
                    "note": note,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def update_problem(
        self,
        warning_problem_id: str,
        *,
        actor_ids: Sequence[str] | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        owner: str | None | UnsetType = UNSET,
        rules: Sequence[ThresholdRule | AnomalyRule | ChangeRule | CompositeRule]
        | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> WarningProblem:
        """Change a warning problem.

        Change the fields sent. New `rules` are evaluated again from the start: alerts that
        no longer hold under them are withdrawn (a new version), new ones open.

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
            WarningProblem,
            build_options(
                "PATCH",
                f"/v1/warning-problems/{path_param('warning_problem_id', warning_problem_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "actor_ids": actor_ids,
                    "description": description,
                    "external_id": external_id,
                    "name": name,
                    "owner": owner,
                    "rules": rules,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class WarningWithRawResponse:
    """``warning`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Warning) -> None:
        self.create_problem = to_raw_response_wrapper(resource.create_problem)
        self.delete_problem = to_raw_response_wrapper(resource.delete_problem)
        self.get_alert = to_raw_response_wrapper(resource.get_alert)
        self.get_board = to_raw_response_wrapper(resource.get_board)
        self.get_problem = to_raw_response_wrapper(resource.get_problem)
        self.list_alert_versions = to_raw_response_wrapper(resource.list_alert_versions)
        self.list_alerts = to_raw_response_wrapper(resource.list_alerts)
        self.list_problem_versions = to_raw_response_wrapper(resource.list_problem_versions)
        self.list_problems = to_raw_response_wrapper(resource.list_problems)
        self.update_alert = to_raw_response_wrapper(resource.update_alert)
        self.update_problem = to_raw_response_wrapper(resource.update_problem)


class WarningWithStreamingResponse:
    """``warning`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Warning) -> None:
        self.create_problem = to_streamed_response_wrapper(resource.create_problem)
        self.delete_problem = to_streamed_response_wrapper(resource.delete_problem)
        self.get_alert = to_streamed_response_wrapper(resource.get_alert)
        self.get_board = to_streamed_response_wrapper(resource.get_board)
        self.get_problem = to_streamed_response_wrapper(resource.get_problem)
        self.list_alert_versions = to_streamed_response_wrapper(resource.list_alert_versions)
        self.list_alerts = to_streamed_response_wrapper(resource.list_alerts)
        self.list_problem_versions = to_streamed_response_wrapper(resource.list_problem_versions)
        self.list_problems = to_streamed_response_wrapper(resource.list_problems)
        self.update_alert = to_streamed_response_wrapper(resource.update_alert)
        self.update_problem = to_streamed_response_wrapper(resource.update_problem)


class AsyncWarning(AsyncAPIResource):
    """Indications and warning: warning problems and their rules, the alerts the worker raises, and the board at any instant of both clocks."""

    @cached_property
    def with_raw_response(self) -> AsyncWarningWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncWarningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWarningWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncWarningWithStreamingResponse(self)

    async def create_problem(
        self,
        *,
        name: str,
        rules: Sequence[ThresholdRule | AnomalyRule | ChangeRule | CompositeRule],
        actor_ids: Sequence[str] | UnsetType = UNSET,
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
    ) -> WarningProblem:
        """Create a warning problem.

        A question the watch floor owns, with the rules that raise its level.

        Each rule watches an indicator (`threshold`, `anomaly` against a trailing baseline, `change`
        over k periods) or other rules of the problem (`composite`: k of n), raises `watch` or
        `warning` while it holds, and says why in `rationale`. The worker evaluates the rules and
        opens, moves and closes alerts; see `docs/warning.md`. A rule over an indicator that does not
        exist (or is in another dataset), a composite over an unknown key, or an impossible window is
        422 with a pointer.

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
            WarningProblem,
            build_options(
                "POST",
                "/v1/warning-problems",
                body={
                    "name": name,
                    "rules": rules,
                    "actor_ids": actor_ids,
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

    async def delete_problem(
        self,
        warning_problem_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> WarningProblem:
        """Delete a warning problem.

        Tombstone the problem; its alerts are withdrawn by the worker. History and the change feed keep them.

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
            WarningProblem,
            build_options(
                "DELETE",
                f"/v1/warning-problems/{path_param('warning_problem_id', warning_problem_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_alert(
        self,
        alert_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Alert:
        """Get an alert.

        One alert, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Alert,
            build_options(
                "GET",
                f"/v1/alerts/{path_param('alert_id', alert_id)}",
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

    async def get_board(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        dataset: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Board:
        """Read the warning board.

        Every warning problem with its level (`quiet`, `watch`, `warning`) and its open alerts,
        with their freshest evidence.

        `known_by` replays knowledge time: the board as it stood with what had been reported by
        then (`?known_by=2022-02-01T00:00:00Z` is the board of 1 February 2022, asked today).
        `as_of` replays transaction time: the problems and alerts as Watchfloor had recorded them
        then. Without `known_by` the board is at `as_of`, or now. See `docs/warning.md`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            known_by: Answer with what had been reported by this instant (knowledge time), e.g. `2022-02-01T00:00:00Z`; combines with `as_of`. See `docs/knowledge-time.md`.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Board,
            build_options(
                "GET",
                "/v1/warning-board",
                query={
                    "as_of": as_of,
                    "dataset": dataset,
                    "known_by": known_by,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_problem(
        self,
        warning_problem_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> WarningProblem:
        """Get a warning problem.

        One warning problem, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            WarningProblem,
            build_options(
                "GET",
                f"/v1/warning-problems/{path_param('warning_problem_id', warning_problem_id)}",
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

    def list_alert_versions(
        self,
        alert_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[AlertVersion]:
        """List an alert's versions.

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
            AsyncCursorPage[AlertVersion],
            AlertVersionList,
            build_options(
                "GET",
                f"/v1/alerts/{path_param('alert_id', alert_id)}/history",
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

    def list_alerts(
        self,
        *,
        acknowledged: bool | None = None,
        actor: str | None = None,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        indicator: str | None = None,
        known_by: _dt.datetime | str | None = None,
        level: Literal["watch", "warning"] | None = None,
        limit: int | None = None,
        opened_from: _dt.datetime | str | None = None,
        opened_to: _dt.datetime | str | None = None,
        plan: str | None = None,
        problem: str | None = None,
        state: Literal["open", "closed", "withdrawn"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Alert]:
        """List alerts.

        Alerts, newest first: each an episode of one warning rule holding, with its level,
        its explanation in numbers and its evidence.

        With `known_by`, the alerts as they stood at that knowledge instant: opened by then, open unless
        closed by then, their steps and evidence as of then (`?known_by=2022-02-01T00:00:00Z&state=open`
        is what the board of 1 February 2022 showed). Examples: `?state=open&level=warning`,
        `?problem=wpr_…`, `?indicator=ind_…`, `?acknowledged=false`.

        Args:
            acknowledged: Only alerts (not) acknowledged by an analyst.
            actor: Only alerts of problems about this actor.
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            indicator: Only alerts over this indicator.
            known_by: Answer with what had been reported by this instant (knowledge time), e.g. `2022-02-01T00:00:00Z`; combines with `as_of`. See `docs/knowledge-time.md`.
            level: Only alerts raising this level.
            limit: Page size, 1 to 100.
            opened_from: Only alerts opened at or after this instant.
            opened_to: Only alerts opened at or before this instant.
            plan: Only alerts raised by this contingency plan's branches.
            problem: Only alerts of this warning problem.
            state: Only alerts in this state (at `known_by`, when given).

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
            AsyncCursorPage[Alert],
            AlertList,
            build_options(
                "GET",
                "/v1/alerts",
                query={
                    "acknowledged": acknowledged,
                    "actor": actor,
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "indicator": indicator,
                    "known_by": known_by,
                    "level": level,
                    "limit": limit,
                    "opened_from": opened_from,
                    "opened_to": opened_to,
                    "plan": plan,
                    "problem": problem,
                    "state": state,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_problem_versions(
        self,
        warning_problem_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[WarningProblemVersion]:
        """List a warning problem's versions.

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
            AsyncCursorPage[WarningProblemVersion],
            WarningProblemVersionList,
            build_options(
                "GET",
                f"/v1/warning-problems/{path_param('warning_problem_id', warning_problem_id)}/history",
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

    def list_problems(
        self,
        *,
        actor: str | None = None,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        indicator: str | None = None,
        limit: int | None = None,
        name: str | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[WarningProblem]:
        """List warning problems.

        List warning problems, newest first. Examples: `?indicator=ind_…`, `?tag=dprk`.

        Args:
            actor: Only problems about this actor (an actor id).
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            indicator: Only problems with a rule over this indicator (an indicator id).
            limit: Page size, 1 to 100.
            name: Part of the name, case-insensitive: `nuclear` finds “DPRK nuclear test preparations”.
            tag: Only problems with this tag, e.g. `dprk`.

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
            AsyncCursorPage[WarningProblem],
            WarningProblemList,
            build_options(
                "GET",
                "/v1/warning-problems",
                query={
                    "actor": actor,
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "indicator": indicator,
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

    async def update_alert(
        self,
        alert_id: str,
        *,
        acknowledged: bool | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        note: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Alert:
        """Acknowledge an alert.

        An analyst acknowledges the alert (`{"acknowledged": true, "note": "…"}`), or withdraws
        an acknowledgement (`false`). Each is a new version; the worker keeps it when it revises the
        alert.

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
            Alert,
            build_options(
                "PATCH",
                f"/v1/alerts/{path_param('alert_id', alert_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "acknowledged": acknowledged,
                    "external_id": external_id,
                    "note": note,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def update_problem(
        self,
        warning_problem_id: str,
        *,
        actor_ids: Sequence[str] | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        owner: str | None | UnsetType = UNSET,
        rules: Sequence[ThresholdRule | AnomalyRule | ChangeRule | CompositeRule]
        | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> WarningProblem:
        """Change a warning problem.

        Change the fields sent. New `rules` are evaluated again from the start: alerts that
        no longer hold under them are withdrawn (a new version), new ones open.

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
            WarningProblem,
            build_options(
                "PATCH",
                f"/v1/warning-problems/{path_param('warning_problem_id', warning_problem_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "actor_ids": actor_ids,
                    "description": description,
                    "external_id": external_id,
                    "name": name,
                    "owner": owner,
                    "rules": rules,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncWarningWithRawResponse:
    """``warning`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncWarning) -> None:
        self.create_problem = async_to_raw_response_wrapper(resource.create_problem)
        self.delete_problem = async_to_raw_response_wrapper(resource.delete_problem)
        self.get_alert = async_to_raw_response_wrapper(resource.get_alert)
        self.get_board = async_to_raw_response_wrapper(resource.get_board)
        self.get_problem = async_to_raw_response_wrapper(resource.get_problem)
        self.list_alert_versions = async_to_raw_response_wrapper(resource.list_alert_versions)
        self.list_alerts = async_to_raw_response_wrapper(resource.list_alerts)
        self.list_problem_versions = async_to_raw_response_wrapper(resource.list_problem_versions)
        self.list_problems = async_to_raw_response_wrapper(resource.list_problems)
        self.update_alert = async_to_raw_response_wrapper(resource.update_alert)
        self.update_problem = async_to_raw_response_wrapper(resource.update_problem)


class AsyncWarningWithStreamingResponse:
    """``warning`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncWarning) -> None:
        self.create_problem = async_to_streamed_response_wrapper(resource.create_problem)
        self.delete_problem = async_to_streamed_response_wrapper(resource.delete_problem)
        self.get_alert = async_to_streamed_response_wrapper(resource.get_alert)
        self.get_board = async_to_streamed_response_wrapper(resource.get_board)
        self.get_problem = async_to_streamed_response_wrapper(resource.get_problem)
        self.list_alert_versions = async_to_streamed_response_wrapper(resource.list_alert_versions)
        self.list_alerts = async_to_streamed_response_wrapper(resource.list_alerts)
        self.list_problem_versions = async_to_streamed_response_wrapper(
            resource.list_problem_versions
        )
        self.list_problems = async_to_streamed_response_wrapper(resource.list_problems)
        self.update_alert = async_to_streamed_response_wrapper(resource.update_alert)
        self.update_problem = async_to_streamed_response_wrapper(resource.update_problem)
