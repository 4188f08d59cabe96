# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.train``: Train: exercises played on the real tools in datasets of their own (kind `exercise`), from a starting world copied as known by an instant, on an exercise clock that starts, pauses, resumes and runs at a speed; the MSEL of injects the worker releases at their game time; players' keys that never reach live; and the players' actions log."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal

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
    Exercise,
    ExerciseAction,
    ExerciseActionList,
    ExerciseClockRead,
    ExerciseList,
    ExerciseParticipantIn,
    ExerciseParticipantInParam,
    ExerciseParticipantKey,
    ExerciseReplay,
    ExerciseReplayParam,
    ExerciseReport,
    ExerciseTemplate,
    ExerciseTemplateList,
    ExerciseVersion,
    ExerciseVersionList,
    ExerciseWithKeys,
    ExpectedAction,
    ExpectedActionParam,
    ImprovementItem,
    ImprovementItemParam,
    Inject,
    InjectList,
    InjectVersion,
    InjectVersionList,
    ScriptedTruth,
    ScriptedTruthParam,
)

__all__ = (
    "AsyncTrain",
    "AsyncTrainWithRawResponse",
    "AsyncTrainWithStreamingResponse",
    "Train",
    "TrainWithRawResponse",
    "TrainWithStreamingResponse",
)


class Train(SyncAPIResource):
    """Train: exercises played on the real tools in datasets of their own (kind `exercise`), from a starting world copied as known by an instant, on an exercise clock that starts, pauses, resumes and runs at a speed; the MSEL of injects the worker releases at their game time; players' keys that never reach live; and the players' actions log."""

    @cached_property
    def with_raw_response(self) -> TrainWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return TrainWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TrainWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return TrainWithStreamingResponse(self)

    def add_exercise_participant(
        self,
        exercise_id: str,
        *,
        name: str,
        role: Literal["controller", "evaluator", "player"],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseParticipantKey:
        """Add a participant to an exercise.

        Controllers only: a participant joining later gets its key (the secret is in this
        answer only, or its replay under the same `Idempotency-Key`), scoped to the exercise as at
        the creation; the exercise gets a new version naming it. A name taken is 409.

        Args:
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
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
            ExerciseParticipantKey,
            build_options(
                "POST",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/participants",
                body={
                    "name": name,
                    "role": role,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def change_exercise_clock(
        self,
        exercise_id: str,
        *,
        action: Literal["end", "pause", "resume", "start"],
        game_time: _dt.datetime | str | None | UnsetType = UNSET,
        speed: float | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseClockRead:
        """Start, pause, resume or end an exercise's clock.

        Controllers only. Each change is a new version of the exercise; one that changes nothing
        (pausing a paused clock) answers 200 with the clock as it is. A start takes `game_time`
        (default `start_known_by`, not before it) and `speed`; a resume may change the speed.
        A change the state does not allow (resuming an ended exercise) is 409.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
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
            ExerciseClockRead,
            build_options(
                "POST",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/clock",
                body={
                    "action": action,
                    "game_time": game_time,
                    "speed": speed,
                },
                extra_body=extra_body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def create_exercise(
        self,
        *,
        name: str,
        start_known_by: _dt.datetime | str,
        dataset: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        participants: Sequence[ExerciseParticipantIn | ExerciseParticipantInParam]
        | UnsetType = UNSET,
        replay: ExerciseReplay | ExerciseReplayParam | None | UnsetType = UNSET,
        source_dataset: str | UnsetType = UNSET,
        speed: float | UnsetType = UNSET,
        truth: Sequence[ScriptedTruth | ScriptedTruthParam] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseWithKeys:
        """Open an exercise.

        Open an exercise (admin scope): its play and control datasets (kind `exercise`) are
        created and granted to the caller, the starting world is copied from `source_dataset` as
        known by `start_known_by` (events and statements reported by then, observations published
        by then, actors, sources, facilities, weapons, indicators and warning problems; the source
        is only read), and each participant gets an API key scoped to the exercise only: the play
        dataset, and the control dataset (the MSEL) for controllers and evaluators. The keys'
        secrets are in this answer only. With `replay`, the MSEL is generated from history: every
        event, statement and observation the source came to know after `start_known_by` (by
        `until`) becomes an inject at its knowledge time, as first known, its references pointing
        at the play dataset's copies; `replay_report` counts them and lists each record left out,
        with why. See `docs/exercises.md`.

        Args:
            source_dataset: `live` (the real world) or an exercise or sandbox dataset
            speed: Game seconds per wall second: 60 plays one game hour per wall minute.
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            ConflictError: 409 The request conflicts with the current state.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            ExerciseWithKeys,
            build_options(
                "POST",
                "/v1/exercises",
                body={
                    "name": name,
                    "start_known_by": start_known_by,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "participants": participants,
                    "replay": replay,
                    "source_dataset": source_dataset,
                    "speed": speed,
                    "truth": truth,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def create_exercise_action(
        self,
        exercise_id: str,
        *,
        kind: Literal["decision", "improvement", "message", "observation", "rfi"],
        text: str,
        analysis: str | None | UnsetType = UNSET,
        assessment: Literal["area_for_improvement", "strength"] | None | UnsetType = UNSET,
        capability: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        improvement: ImprovementItem | ImprovementItemParam | None | UnsetType = UNSET,
        inject_id: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseAction:
        """Log a decision, request for information or message.

        Any participant, while the exercise is in play (409 before the start and after the
        end): stamped with the game time and wall time and the participant. `inject_id`, if given,
        names an inject the caller has been given (422 otherwise). Controllers and evaluators also
        log the after-action report's `observation`s (`assessment`, `capability`, `analysis`) and
        `improvement`s (`capability`, `improvement`: the Improvement Plan row), after the end too;
        a player's is 403.

        Args:
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
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
            ExerciseAction,
            build_options(
                "POST",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/actions",
                body={
                    "kind": kind,
                    "text": text,
                    "analysis": analysis,
                    "assessment": assessment,
                    "capability": capability,
                    "external_id": external_id,
                    "improvement": improvement,
                    "inject_id": inject_id,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def create_inject(
        self,
        exercise_id: str,
        *,
        at: _dt.datetime | str,
        kind: Literal["event", "message", "observation", "statement"],
        record: Mapping[str, Any],
        capability: str | None | UnsetType = UNSET,
        expected_actions: Sequence[ExpectedAction | ExpectedActionParam] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        title: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Inject:
        """Add an inject to the MSEL.

        Controllers only. `record` is checked as the real create of its kind checks it (an
        event's, a statement's, an observation's with `indicator_id`), released at `at`: a refusal
        is 422 with its pointer under `/record` (e.g. `/record/occurred/start`). An inject before
        the exercise's `start_known_by` is 422 `/at`. The worker releases it when the game time
        reaches `at`.

        Args:
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
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
            Inject,
            build_options(
                "POST",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/injects",
                body={
                    "at": at,
                    "kind": kind,
                    "record": record,
                    "capability": capability,
                    "expected_actions": expected_actions,
                    "external_id": external_id,
                    "title": title,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def delete_exercise(
        self,
        exercise_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Exercise:
        """Close an exercise.

        Controllers only: revoke the participants' keys and tombstone every record of the exercise's play and control datasets, the exercise last. Each is a new version: history, the change feed and `as_of` reads keep the whole exercise.

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
            Exercise,
            build_options(
                "DELETE",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def fire_inject(
        self,
        exercise_id: str,
        inject_id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Inject:
        """Release an inject now.

        Controllers only: release a scheduled inject at once, at the current game time (its
        record's knowledge time). A released or withdrawn inject is 409.

        Args:
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            NotFoundError: 404 No such record.
            ConflictError: 409 The request conflicts with the current state.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Inject,
            build_options(
                "POST",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/injects/{path_param('inject_id', inject_id)}/fire",
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_exercise(
        self,
        exercise_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Exercise:
        """Get an exercise.

        One exercise, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Exercise,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}",
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

    def get_exercise_action(
        self,
        exercise_id: str,
        exercise_action_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseAction:
        """Get an exercise action.

        One action, now or as recorded at `as_of`: a player reads only its own (404 else).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.

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
            ExerciseAction,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/actions/{path_param('exercise_action_id', exercise_action_id)}",
                query={
                    "as_of": as_of,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_exercise_clock(
        self,
        exercise_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseClockRead:
        """Read an exercise's clock.

        The game time now, the clock's state, speed and anchors, and the caller's `role` and
        `participant` name in the exercise. Game time is
        `anchor_game + (wall_time − anchor_wall) × speed` while running, `anchor_game` otherwise.

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
            ExerciseClockRead,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/clock",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_exercise_report(
        self,
        exercise_id: str,
        *,
        format: Literal["json", "md", "html", "pdf"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseReport:
        """Get an exercise's after-action report.

        Controllers and evaluators (a player: 403). The after-action report in HSEEP's AAR/IP
        shape, computed now: the timeline of injects released, alerts opened in the play dataset
        and actions, with their delays; each inject's expected actions met, late, missed or
        pending (the matching rule: `docs/exercises.md`); the forecasts of the play dataset scored
        against the scripted truth (else the source question's resolution as known now, else
        unscored); strengths and areas for improvement per capability; the improvement plan.
        Every format is marked EXERCISE (the PDF on every page).

        Args:
            format: `json`, `md`, `html` or `pdf`. Without it the `Accept` header chooses (`application/json`, `text/markdown`, `text/html`, `application/pdf`); with neither, JSON.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            NotFoundError: 404 No such record.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            ExerciseReport,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/report",
                query={
                    "format": format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_exercise_template(
        self,
        template_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseTemplate:
        """Read an exercise template.

        One shipped template, by name (`summer-2017`).

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
            ExerciseTemplate,
            build_options(
                "GET",
                f"/v1/exercise-templates/{path_param('template_name', template_name)}",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_inject(
        self,
        exercise_id: str,
        inject_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Inject:
        """Get an inject.

        One inject, now or as recorded at `as_of`; for a player, 404 unless released to it.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.

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
            Inject,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/injects/{path_param('inject_id', inject_id)}",
                query={
                    "as_of": as_of,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def list_exercise_actions(
        self,
        exercise_id: str,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[ExerciseAction]:
        """List an exercise's actions.

        Newest first. Controllers and evaluators see every participant's; a player its own.

        Args:
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
            SyncCursorPage[ExerciseAction],
            ExerciseActionList,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/actions",
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_exercise_templates(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseTemplateList:
        """List the exercise templates.

        The exercise templates shipped with the knowledge base (`docs/exercises.md`,
        "Replays of history"): each an exercise's create body and its scripted injects.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            ExerciseTemplateList,
            build_options(
                "GET",
                "/v1/exercise-templates",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def list_exercise_versions(
        self,
        exercise_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[ExerciseVersion]:
        """List an exercise's versions.

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
            SyncCursorPage[ExerciseVersion],
            ExerciseVersionList,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/history",
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

    def list_exercises(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        limit: int | None = None,
        state: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Exercise]:
        """List exercises.

        The exercises of the datasets the key holds (a participant: its own), newest first.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Only the exercise played in this dataset; default: every exercise of the datasets the key holds.
            limit: Page size, 1 to 100.
            state: Only exercises whose clock is in this state.

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
            SyncCursorPage[Exercise],
            ExerciseList,
            build_options(
                "GET",
                "/v1/exercises",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "limit": limit,
                    "state": state,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_inject_versions(
        self,
        exercise_id: str,
        inject_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[InjectVersion]:
        """List an inject's versions.

        Every version of an inject, oldest first (moves, rewordings, its release or withdrawal).
        Controllers and evaluators (the control dataset's); 404 for a player.

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
            SyncCursorPage[InjectVersion],
            InjectVersionList,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/injects/{path_param('inject_id', inject_id)}/history",
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

    def list_injects(
        self,
        exercise_id: str,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        state: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Inject]:
        """List an exercise's injects (the MSEL).

        The MSEL by game time. Controllers and evaluators see every inject; a player sees only
        released ones (of messages, those sent to it or to every player), without their expected
        actions and capability.

        Args:
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.
            state: Only injects in this state.

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
            SyncCursorPage[Inject],
            InjectList,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/injects",
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

    def open_exercise_template(
        self,
        template_name: str,
        *,
        dataset: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        participants: Sequence[ExerciseParticipantIn | ExerciseParticipantInParam]
        | None
        | UnsetType = UNSET,
        source_dataset: str | None | UnsetType = UNSET,
        speed: float | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseWithKeys:
        """Open an exercise from a template.

        Open the template as `POST /v1/exercises` opens its body (admin scope), with the
        changes sent (`{}`: as shipped; a new `name`, `dataset`, `participants`, `speed` or
        `source_dataset`), and add its scripted injects to the MSEL: one transaction. The
        participants' secrets are in this answer only.

        Args:
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
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
            ExerciseWithKeys,
            build_options(
                "POST",
                f"/v1/exercise-templates/{path_param('template_name', template_name)}/exercises",
                body={
                    "dataset": dataset,
                    "external_id": external_id,
                    "name": name,
                    "participants": participants,
                    "source_dataset": source_dataset,
                    "speed": speed,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def update_exercise(
        self,
        exercise_id: str,
        *,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        truth: Sequence[ScriptedTruth | ScriptedTruthParam] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Exercise:
        """Rename an exercise.

        Controllers only: change the name, description or external id. The clock changes through `POST /v1/exercises/{exercise_id}/clock`.

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
            Exercise,
            build_options(
                "PATCH",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "description": description,
                    "external_id": external_id,
                    "name": name,
                    "truth": truth,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def update_inject(
        self,
        exercise_id: str,
        inject_id: str,
        *,
        at: _dt.datetime | str | UnsetType = UNSET,
        capability: str | None | UnsetType = UNSET,
        expected_actions: Sequence[ExpectedAction | ExpectedActionParam] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        state: Literal["withdrawn"] | UnsetType = UNSET,
        title: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Inject:
        """Move, change or withdraw an inject.

        Controllers only, while the inject is scheduled (409 after): move it (`at`, checked
        again), reword it, or withdraw it (`state: withdrawn`). Each change is a new version.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
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
            Inject,
            build_options(
                "PATCH",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/injects/{path_param('inject_id', inject_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "at": at,
                    "capability": capability,
                    "expected_actions": expected_actions,
                    "external_id": external_id,
                    "state": state,
                    "title": title,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class TrainWithRawResponse:
    """``train`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Train) -> None:
        self.add_exercise_participant = to_raw_response_wrapper(resource.add_exercise_participant)
        self.change_exercise_clock = to_raw_response_wrapper(resource.change_exercise_clock)
        self.create_exercise = to_raw_response_wrapper(resource.create_exercise)
        self.create_exercise_action = to_raw_response_wrapper(resource.create_exercise_action)
        self.create_inject = to_raw_response_wrapper(resource.create_inject)
        self.delete_exercise = to_raw_response_wrapper(resource.delete_exercise)
        self.fire_inject = to_raw_response_wrapper(resource.fire_inject)
        self.get_exercise = to_raw_response_wrapper(resource.get_exercise)
        self.get_exercise_action = to_raw_response_wrapper(resource.get_exercise_action)
        self.get_exercise_clock = to_raw_response_wrapper(resource.get_exercise_clock)
        self.get_exercise_report = to_raw_response_wrapper(resource.get_exercise_report)
        self.get_exercise_template = to_raw_response_wrapper(resource.get_exercise_template)
        self.get_inject = to_raw_response_wrapper(resource.get_inject)
        self.list_exercise_actions = to_raw_response_wrapper(resource.list_exercise_actions)
        self.list_exercise_templates = to_raw_response_wrapper(resource.list_exercise_templates)
        self.list_exercise_versions = to_raw_response_wrapper(resource.list_exercise_versions)
        self.list_exercises = to_raw_response_wrapper(resource.list_exercises)
        self.list_inject_versions = to_raw_response_wrapper(resource.list_inject_versions)
        self.list_injects = to_raw_response_wrapper(resource.list_injects)
        self.open_exercise_template = to_raw_response_wrapper(resource.open_exercise_template)
        self.update_exercise = to_raw_response_wrapper(resource.update_exercise)
        self.update_inject = to_raw_response_wrapper(resource.update_inject)


class TrainWithStreamingResponse:
    """``train`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Train) -> None:
        self.add_exercise_participant = to_streamed_response_wrapper(
            resource.add_exercise_participant
        )
        self.change_exercise_clock = to_streamed_response_wrapper(resource.change_exercise_clock)
        self.create_exercise = to_streamed_response_wrapper(resource.create_exercise)
        self.create_exercise_action = to_streamed_response_wrapper(resource.create_exercise_action)
        self.create_inject = to_streamed_response_wrapper(resource.create_inject)
        self.delete_exercise = to_streamed_response_wrapper(resource.delete_exercise)
        self.fire_inject = to_streamed_response_wrapper(resource.fire_inject)
        self.get_exercise = to_streamed_response_wrapper(resource.get_exercise)
        self.get_exercise_action = to_streamed_response_wrapper(resource.get_exercise_action)
        self.get_exercise_clock = to_streamed_response_wrapper(resource.get_exercise_clock)
        self.get_exercise_report = to_streamed_response_wrapper(resource.get_exercise_report)
        self.get_exercise_template = to_streamed_response_wrapper(resource.get_exercise_template)
        self.get_inject = to_streamed_response_wrapper(resource.get_inject)
        self.list_exercise_actions = to_streamed_response_wrapper(resource.list_exercise_actions)
        self.list_exercise_templates = to_streamed_response_wrapper(
            resource.list_exercise_templates
        )
        self.list_exercise_versions = to_streamed_response_wrapper(resource.list_exercise_versions)
        self.list_exercises = to_streamed_response_wrapper(resource.list_exercises)
        self.list_inject_versions = to_streamed_response_wrapper(resource.list_inject_versions)
        self.list_injects = to_streamed_response_wrapper(resource.list_injects)
        self.open_exercise_template = to_streamed_response_wrapper(resource.open_exercise_template)
        self.update_exercise = to_streamed_response_wrapper(resource.update_exercise)
        self.update_inject = to_streamed_response_wrapper(resource.update_inject)


class AsyncTrain(AsyncAPIResource):
    """Train: exercises played on the real tools in datasets of their own (kind `exercise`), from a starting world copied as known by an instant, on an exercise clock that starts, pauses, resumes and runs at a speed; the MSEL of injects the worker releases at their game time; players' keys that never reach live; and the players' actions log."""

    @cached_property
    def with_raw_response(self) -> AsyncTrainWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncTrainWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTrainWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncTrainWithStreamingResponse(self)

    async def add_exercise_participant(
        self,
        exercise_id: str,
        *,
        name: str,
        role: Literal["controller", "evaluator", "player"],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseParticipantKey:
        """Add a participant to an exercise.

        Controllers only: a participant joining later gets its key (the secret is in this
        answer only, or its replay under the same `Idempotency-Key`), scoped to the exercise as at
        the creation; the exercise gets a new version naming it. A name taken is 409.

        Args:
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
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
            ExerciseParticipantKey,
            build_options(
                "POST",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/participants",
                body={
                    "name": name,
                    "role": role,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def change_exercise_clock(
        self,
        exercise_id: str,
        *,
        action: Literal["end", "pause", "resume", "start"],
        game_time: _dt.datetime | str | None | UnsetType = UNSET,
        speed: float | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseClockRead:
        """Start, pause, resume or end an exercise's clock.

        Controllers only. Each change is a new version of the exercise; one that changes nothing
        (pausing a paused clock) answers 200 with the clock as it is. A start takes `game_time`
        (default `start_known_by`, not before it) and `speed`; a resume may change the speed.
        A change the state does not allow (resuming an ended exercise) is 409.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
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
            ExerciseClockRead,
            build_options(
                "POST",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/clock",
                body={
                    "action": action,
                    "game_time": game_time,
                    "speed": speed,
                },
                extra_body=extra_body,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def create_exercise(
        self,
        *,
        name: str,
        start_known_by: _dt.datetime | str,
        dataset: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        participants: Sequence[ExerciseParticipantIn | ExerciseParticipantInParam]
        | UnsetType = UNSET,
        replay: ExerciseReplay | ExerciseReplayParam | None | UnsetType = UNSET,
        source_dataset: str | UnsetType = UNSET,
        speed: float | UnsetType = UNSET,
        truth: Sequence[ScriptedTruth | ScriptedTruthParam] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseWithKeys:
        """Open an exercise.

        Open an exercise (admin scope): its play and control datasets (kind `exercise`) are
        created and granted to the caller, the starting world is copied from `source_dataset` as
        known by `start_known_by` (events and statements reported by then, observations published
        by then, actors, sources, facilities, weapons, indicators and warning problems; the source
        is only read), and each participant gets an API key scoped to the exercise only: the play
        dataset, and the control dataset (the MSEL) for controllers and evaluators. The keys'
        secrets are in this answer only. With `replay`, the MSEL is generated from history: every
        event, statement and observation the source came to know after `start_known_by` (by
        `until`) becomes an inject at its knowledge time, as first known, its references pointing
        at the play dataset's copies; `replay_report` counts them and lists each record left out,
        with why. See `docs/exercises.md`.

        Args:
            source_dataset: `live` (the real world) or an exercise or sandbox dataset
            speed: Game seconds per wall second: 60 plays one game hour per wall minute.
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            ConflictError: 409 The request conflicts with the current state.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            ExerciseWithKeys,
            build_options(
                "POST",
                "/v1/exercises",
                body={
                    "name": name,
                    "start_known_by": start_known_by,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "participants": participants,
                    "replay": replay,
                    "source_dataset": source_dataset,
                    "speed": speed,
                    "truth": truth,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def create_exercise_action(
        self,
        exercise_id: str,
        *,
        kind: Literal["decision", "improvement", "message", "observation", "rfi"],
        text: str,
        analysis: str | None | UnsetType = UNSET,
        assessment: Literal["area_for_improvement", "strength"] | None | UnsetType = UNSET,
        capability: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        improvement: ImprovementItem | ImprovementItemParam | None | UnsetType = UNSET,
        inject_id: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseAction:
        """Log a decision, request for information or message.

        Any participant, while the exercise is in play (409 before the start and after the
        end): stamped with the game time and wall time and the participant. `inject_id`, if given,
        names an inject the caller has been given (422 otherwise). Controllers and evaluators also
        log the after-action report's `observation`s (`assessment`, `capability`, `analysis`) and
        `improvement`s (`capability`, `improvement`: the Improvement Plan row), after the end too;
        a player's is 403.

        Args:
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
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
            ExerciseAction,
            build_options(
                "POST",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/actions",
                body={
                    "kind": kind,
                    "text": text,
                    "analysis": analysis,
                    "assessment": assessment,
                    "capability": capability,
                    "external_id": external_id,
                    "improvement": improvement,
                    "inject_id": inject_id,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def create_inject(
        self,
        exercise_id: str,
        *,
        at: _dt.datetime | str,
        kind: Literal["event", "message", "observation", "statement"],
        record: Mapping[str, Any],
        capability: str | None | UnsetType = UNSET,
        expected_actions: Sequence[ExpectedAction | ExpectedActionParam] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        title: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Inject:
        """Add an inject to the MSEL.

        Controllers only. `record` is checked as the real create of its kind checks it (an
        event's, a statement's, an observation's with `indicator_id`), released at `at`: a refusal
        is 422 with its pointer under `/record` (e.g. `/record/occurred/start`). An inject before
        the exercise's `start_known_by` is 422 `/at`. The worker releases it when the game time
        reaches `at`.

        Args:
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
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
            Inject,
            build_options(
                "POST",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/injects",
                body={
                    "at": at,
                    "kind": kind,
                    "record": record,
                    "capability": capability,
                    "expected_actions": expected_actions,
                    "external_id": external_id,
                    "title": title,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def delete_exercise(
        self,
        exercise_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Exercise:
        """Close an exercise.

        Controllers only: revoke the participants' keys and tombstone every record of the exercise's play and control datasets, the exercise last. Each is a new version: history, the change feed and `as_of` reads keep the whole exercise.

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
            Exercise,
            build_options(
                "DELETE",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def fire_inject(
        self,
        exercise_id: str,
        inject_id: str,
        *,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Inject:
        """Release an inject now.

        Controllers only: release a scheduled inject at once, at the current game time (its
        record's knowledge time). A released or withdrawn inject is 409.

        Args:
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            NotFoundError: 404 No such record.
            ConflictError: 409 The request conflicts with the current state.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Inject,
            build_options(
                "POST",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/injects/{path_param('inject_id', inject_id)}/fire",
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_exercise(
        self,
        exercise_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Exercise:
        """Get an exercise.

        One exercise, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Exercise,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}",
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

    async def get_exercise_action(
        self,
        exercise_id: str,
        exercise_action_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseAction:
        """Get an exercise action.

        One action, now or as recorded at `as_of`: a player reads only its own (404 else).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.

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
            ExerciseAction,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/actions/{path_param('exercise_action_id', exercise_action_id)}",
                query={
                    "as_of": as_of,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_exercise_clock(
        self,
        exercise_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseClockRead:
        """Read an exercise's clock.

        The game time now, the clock's state, speed and anchors, and the caller's `role` and
        `participant` name in the exercise. Game time is
        `anchor_game + (wall_time − anchor_wall) × speed` while running, `anchor_game` otherwise.

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
            ExerciseClockRead,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/clock",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_exercise_report(
        self,
        exercise_id: str,
        *,
        format: Literal["json", "md", "html", "pdf"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseReport:
        """Get an exercise's after-action report.

        Controllers and evaluators (a player: 403). The after-action report in HSEEP's AAR/IP
        shape, computed now: the timeline of injects released, alerts opened in the play dataset
        and actions, with their delays; each inject's expected actions met, late, missed or
        pending (the matching rule: `docs/exercises.md`); the forecasts of the play dataset scored
        against the scripted truth (else the source question's resolution as known now, else
        unscored); strengths and areas for improvement per capability; the improvement plan.
        Every format is marked EXERCISE (the PDF on every page).

        Args:
            format: `json`, `md`, `html` or `pdf`. Without it the `Accept` header chooses (`application/json`, `text/markdown`, `text/html`, `application/pdf`); with neither, JSON.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            NotFoundError: 404 No such record.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            ExerciseReport,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/report",
                query={
                    "format": format,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_exercise_template(
        self,
        template_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseTemplate:
        """Read an exercise template.

        One shipped template, by name (`summer-2017`).

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
            ExerciseTemplate,
            build_options(
                "GET",
                f"/v1/exercise-templates/{path_param('template_name', template_name)}",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_inject(
        self,
        exercise_id: str,
        inject_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Inject:
        """Get an inject.

        One inject, now or as recorded at `as_of`; for a player, 404 unless released to it.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.

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
            Inject,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/injects/{path_param('inject_id', inject_id)}",
                query={
                    "as_of": as_of,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def list_exercise_actions(
        self,
        exercise_id: str,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[ExerciseAction]:
        """List an exercise's actions.

        Newest first. Controllers and evaluators see every participant's; a player its own.

        Args:
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
            AsyncCursorPage[ExerciseAction],
            ExerciseActionList,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/actions",
                query={
                    "cursor": cursor,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    async def list_exercise_templates(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseTemplateList:
        """List the exercise templates.

        The exercise templates shipped with the knowledge base (`docs/exercises.md`,
        "Replays of history"): each an exercise's create body and its scripted injects.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            ExerciseTemplateList,
            build_options(
                "GET",
                "/v1/exercise-templates",
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def list_exercise_versions(
        self,
        exercise_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[ExerciseVersion]:
        """List an exercise's versions.

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
            AsyncCursorPage[ExerciseVersion],
            ExerciseVersionList,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/history",
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

    def list_exercises(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        limit: int | None = None,
        state: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Exercise]:
        """List exercises.

        The exercises of the datasets the key holds (a participant: its own), newest first.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Only the exercise played in this dataset; default: every exercise of the datasets the key holds.
            limit: Page size, 1 to 100.
            state: Only exercises whose clock is in this state.

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
            AsyncCursorPage[Exercise],
            ExerciseList,
            build_options(
                "GET",
                "/v1/exercises",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "limit": limit,
                    "state": state,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_inject_versions(
        self,
        exercise_id: str,
        inject_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[InjectVersion]:
        """List an inject's versions.

        Every version of an inject, oldest first (moves, rewordings, its release or withdrawal).
        Controllers and evaluators (the control dataset's); 404 for a player.

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
            AsyncCursorPage[InjectVersion],
            InjectVersionList,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/injects/{path_param('inject_id', inject_id)}/history",
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

    def list_injects(
        self,
        exercise_id: str,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        state: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Inject]:
        """List an exercise's injects (the MSEL).

        The MSEL by game time. Controllers and evaluators see every inject; a player sees only
        released ones (of messages, those sent to it or to every player), without their expected
        actions and capability.

        Args:
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.
            state: Only injects in this state.

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
            AsyncCursorPage[Inject],
            InjectList,
            build_options(
                "GET",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/injects",
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

    async def open_exercise_template(
        self,
        template_name: str,
        *,
        dataset: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        name: str | None | UnsetType = UNSET,
        participants: Sequence[ExerciseParticipantIn | ExerciseParticipantInParam]
        | None
        | UnsetType = UNSET,
        source_dataset: str | None | UnsetType = UNSET,
        speed: float | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ExerciseWithKeys:
        """Open an exercise from a template.

        Open the template as `POST /v1/exercises` opens its body (admin scope), with the
        changes sent (`{}`: as shipped; a new `name`, `dataset`, `participants`, `speed` or
        `source_dataset`), and add its scripted injects to the MSEL: one transaction. The
        participants' secrets are in this answer only.

        Args:
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
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
            ExerciseWithKeys,
            build_options(
                "POST",
                f"/v1/exercise-templates/{path_param('template_name', template_name)}/exercises",
                body={
                    "dataset": dataset,
                    "external_id": external_id,
                    "name": name,
                    "participants": participants,
                    "source_dataset": source_dataset,
                    "speed": speed,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def update_exercise(
        self,
        exercise_id: str,
        *,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        truth: Sequence[ScriptedTruth | ScriptedTruthParam] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Exercise:
        """Rename an exercise.

        Controllers only: change the name, description or external id. The clock changes through `POST /v1/exercises/{exercise_id}/clock`.

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
            Exercise,
            build_options(
                "PATCH",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "description": description,
                    "external_id": external_id,
                    "name": name,
                    "truth": truth,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def update_inject(
        self,
        exercise_id: str,
        inject_id: str,
        *,
        at: _dt.datetime | str | UnsetType = UNSET,
        capability: str | None | UnsetType = UNSET,
        expected_actions: Sequence[ExpectedAction | ExpectedActionParam] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        state: Literal["withdrawn"] | UnsetType = UNSET,
        title: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Inject:
        """Move, change or withdraw an inject.

        Controllers only, while the inject is scheduled (409 after): move it (`at`, checked
        again), reword it, or withdraw it (`state: withdrawn`). Each change is a new version.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
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
            Inject,
            build_options(
                "PATCH",
                f"/v1/exercises/{path_param('exercise_id', exercise_id)}/injects/{path_param('inject_id', inject_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "at": at,
                    "capability": capability,
                    "expected_actions": expected_actions,
                    "external_id": external_id,
                    "state": state,
                    "title": title,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncTrainWithRawResponse:
    """``train`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncTrain) -> None:
        self.add_exercise_participant = async_to_raw_response_wrapper(
            resource.add_exercise_participant
        )
        self.change_exercise_clock = async_to_raw_response_wrapper(resource.change_exercise_clock)
        self.create_exercise = async_to_raw_response_wrapper(resource.create_exercise)
        self.create_exercise_action = async_to_raw_response_wrapper(resource.create_exercise_action)
        self.create_inject = async_to_raw_response_wrapper(resource.create_inject)
        self.delete_exercise = async_to_raw_response_wrapper(resource.delete_exercise)
        self.fire_inject = async_to_raw_response_wrapper(resource.fire_inject)
        self.get_exercise = async_to_raw_response_wrapper(resource.get_exercise)
        self.get_exercise_action = async_to_raw_response_wrapper(resource.get_exercise_action)
        self.get_exercise_clock = async_to_raw_response_wrapper(resource.get_exercise_clock)
        self.get_exercise_report = async_to_raw_response_wrapper(resource.get_exercise_report)
        self.get_exercise_template = async_to_raw_response_wrapper(resource.get_exercise_template)
        self.get_inject = async_to_raw_response_wrapper(resource.get_inject)
        self.list_exercise_actions = async_to_raw_response_wrapper(resource.list_exercise_actions)
        self.list_exercise_templates = async_to_raw_response_wrapper(
            resource.list_exercise_templates
        )
        self.list_exercise_versions = async_to_raw_response_wrapper(resource.list_exercise_versions)
        self.list_exercises = async_to_raw_response_wrapper(resource.list_exercises)
        self.list_inject_versions = async_to_raw_response_wrapper(resource.list_inject_versions)
        self.list_injects = async_to_raw_response_wrapper(resource.list_injects)
        self.open_exercise_template = async_to_raw_response_wrapper(resource.open_exercise_template)
        self.update_exercise = async_to_raw_response_wrapper(resource.update_exercise)
        self.update_inject = async_to_raw_response_wrapper(resource.update_inject)


class AsyncTrainWithStreamingResponse:
    """``train`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncTrain) -> None:
        self.add_exercise_participant = async_to_streamed_response_wrapper(
            resource.add_exercise_participant
        )
        self.change_exercise_clock = async_to_streamed_response_wrapper(
            resource.change_exercise_clock
        )
        self.create_exercise = async_to_streamed_response_wrapper(resource.create_exercise)
        self.create_exercise_action = async_to_streamed_response_wrapper(
            resource.create_exercise_action
        )
        self.create_inject = async_to_streamed_response_wrapper(resource.create_inject)
        self.delete_exercise = async_to_streamed_response_wrapper(resource.delete_exercise)
        self.fire_inject = async_to_streamed_response_wrapper(resource.fire_inject)
        self.get_exercise = async_to_streamed_response_wrapper(resource.get_exercise)
        self.get_exercise_action = async_to_streamed_response_wrapper(resource.get_exercise_action)
        self.get_exercise_clock = async_to_streamed_response_wrapper(resource.get_exercise_clock)
        self.get_exercise_report = async_to_streamed_response_wrapper(resource.get_exercise_report)
        self.get_exercise_template = async_to_streamed_response_wrapper(
            resource.get_exercise_template
        )
        self.get_inject = async_to_streamed_response_wrapper(resource.get_inject)
        self.list_exercise_actions = async_to_streamed_response_wrapper(
            resource.list_exercise_actions
        )
        self.list_exercise_templates = async_to_streamed_response_wrapper(
            resource.list_exercise_templates
        )
        self.list_exercise_versions = async_to_streamed_response_wrapper(
            resource.list_exercise_versions
        )
        self.list_exercises = async_to_streamed_response_wrapper(resource.list_exercises)
        self.list_inject_versions = async_to_streamed_response_wrapper(
            resource.list_inject_versions
        )
        self.list_injects = async_to_streamed_response_wrapper(resource.list_injects)
        self.open_exercise_template = async_to_streamed_response_wrapper(
            resource.open_exercise_template
        )
        self.update_exercise = async_to_streamed_response_wrapper(resource.update_exercise)
        self.update_inject = async_to_streamed_response_wrapper(resource.update_inject)
