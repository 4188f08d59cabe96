# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.planning``: Planning: scenarios and scenario sets (mutually exclusive futures with a likelihood in ICD 203 words), signposts the worker lights from the data, Analysis of Competing Hypotheses matrices with Heuer's inconsistency scores and diagnosticity, and contingency plans whose branches fire from signposts and wait for decisions."""

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
    AlertCondition,
    BranchInput,
    BranchInputParam,
    DecisionsDue,
    EventsCondition,
    ForecastCondition,
    IndicatorCondition,
    LikelihoodInput,
    LikelihoodInputParam,
    Plan,
    PlanAgenda,
    PlanList,
    PlanVersion,
    PlanVersionList,
    QuestionCondition,
    Scenario,
    ScenarioList,
    ScenarioSet,
    ScenarioSetList,
    ScenarioSetVersion,
    ScenarioSetVersionList,
    ScenarioVersion,
    ScenarioVersionList,
    Signpost,
    SignpostList,
    SignpostVersion,
    SignpostVersionList,
    StatementsCondition,
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
    """Planning: scenarios and scenario sets (mutually exclusive futures with a likelihood in ICD 203 words), signposts the worker lights from the data, Analysis of Competing Hypotheses matrices with Heuer's inconsistency scores and diagnosticity, and contingency plans whose branches fire from signposts and wait for decisions."""

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
        scenario_set_id: str | None | UnsetType = UNSET,
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
        but weakly sourced (worse than B3); see `docs/planning.md`. An unknown record or question,
        a scenario set or a hypothesis's scenario that is unknown (or, with a set,
        not one of the set's), a rating naming an unknown key or off the scale, or a key used twice is 422 with a pointer.

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
                    "scenario_set_id": scenario_set_id,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def create_plan(
        self,
        *,
        branches: Sequence[BranchInput | BranchInputParam],
        name: str,
        problem_id: str,
        armed_from: _dt.datetime | str | None | UnsetType = UNSET,
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
    ) -> Plan:
        """Create a plan.

        A contingency plan for a warning problem: branches, each with a trigger (signposts
        combined with `all`/`any`, or another branch), a decision owner (an actor or a role), a decision
        deadline in hours after the trigger, the alert level it raises, and options with their lead
        times and prerequisites. Every branch starts `dormant`; the worker fires it when its trigger
        holds and raises an alert for its owner.

        An unknown problem, signpost (or one of another dataset), branch key, owner actor or required
        option, duplicate keys, a trigger nested deeper than five levels, or circular triggers are 422
        with a pointer (`/branches/0/trigger/of/1/signpost_id`). See `docs/planning.md`.

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
            Plan,
            build_options(
                "POST",
                "/v1/plans",
                body={
                    "branches": branches,
                    "name": name,
                    "problem_id": problem_id,
                    "armed_from": armed_from,
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

    def create_scenario(
        self,
        *,
        likelihood: LikelihoodInput | LikelihoodInputParam,
        name: str,
        window_end: _dt.date | str,
        window_start: _dt.date | str,
        actor_ids: Sequence[str] | UnsetType = UNSET,
        assumptions: Sequence[str] | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        drivers: Sequence[str] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        narrative: str | None | UnsetType = UNSET,
        set_id: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Scenario:
        """Create a scenario.

        One future: its narrative, horizon, assumptions, drivers, actors, and likelihood.

        The likelihood is stated by an analyst (`source: analyst`, `probability`) or taken from a binary
        question's newest forecast (`question`: by `forecaster`, or anyone's newest) or the
        `count-model` baseline's (`baseline`). Reads show the probability, its ICD 203 words and the
        forecast it came from, as of the read. Unknown actors, questions and sets, a non-binary
        question, a probability outside [0, 1], a horizon ending before it starts, or a complete set
        that would no longer sum to one are 422 with a pointer; see `docs/planning.md`.

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
            Scenario,
            build_options(
                "POST",
                "/v1/scenarios",
                body={
                    "likelihood": likelihood,
                    "name": name,
                    "window_end": window_end,
                    "window_start": window_start,
                    "actor_ids": actor_ids,
                    "assumptions": assumptions,
                    "dataset": dataset,
                    "drivers": drivers,
                    "external_id": external_id,
                    "narrative": narrative,
                    "set_id": set_id,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def create_scenario_set(
        self,
        *,
        name: str,
        complete: bool | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        question_id: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ScenarioSet:
        """Create a scenario set.

        A group of mutually exclusive futures; a scenario joins it by naming it in `set_id`.

        A set is built open (`complete: false`); once `complete`, every write that touches its scenarios
        must leave their likelihoods summing to one (± 0.005), else 422 with a pointer. Reads show
        `sum` and `consistent` as of the read: likelihoods taken from forecasts move with them.

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
            ScenarioSet,
            build_options(
                "POST",
                "/v1/scenario-sets",
                body={
                    "name": name,
                    "complete": complete,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "question_id": question_id,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def create_signpost(
        self,
        *,
        condition: AlertCondition
        | IndicatorCondition
        | QuestionCondition
        | ForecastCondition
        | EventsCondition
        | StatementsCondition,
        name: str,
        dataset: str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        scenario_ids: Sequence[str] | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Signpost:
        """Create a signpost.

        What to watch for (`condition`, tagged by `kind`), named, tied to scenarios; the worker
        lights it. Send an `Idempotency-Key` to make retries safe.

        A condition naming an unknown (or another dataset's) scenario, warning problem or rule,
        indicator or question, a forecast on a question that is not binary, a window that is not
        exactly `days` or `start`…`end`, or an `emerging` threshold on the far side is 422 with a
        pointer; see `docs/planning.md`. The status fields start at `not_seen` until the worker
        evaluates it.

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
            Signpost,
            build_options(
                "POST",
                "/v1/signposts",
                body={
                    "condition": condition,
                    "name": name,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "scenario_ids": scenario_ids,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def decide_plan_branch(
        self,
        plan_id: str,
        *,
        branch: str,
        state: Literal["decided", "executed", "stood_down"],
        note: str | None | UnsetType = UNSET,
        option: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Plan:
        """Record a decision on a branch.

        Record what the owner decided on a branch: `decided` (with the `option` chosen),
        `executed` (the option decided was carried out) or `stood_down` (the branch will not be
        acted on). A new version of the plan, stamped with the key's name and now; the worker then
        closes the branch's alert. Send an `Idempotency-Key` to make retries safe.

        A transition the branch's state does not allow is 409: a dormant branch cannot be decided
        (its trigger has not fired) or executed; only a decided branch can be executed; `executed`
        and `stood_down` are final. A branch or option the plan does not have is 422 with its
        pointer. Example: `{"branch": "nuclear-test", "state": "decided", "option": "evacuate",
        "note": "Seen at Punggye-ri."}`.

        Args:
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
            Plan,
            build_options(
                "POST",
                f"/v1/plans/{path_param('plan_id', plan_id)}/decisions",
                body={
                    "branch": branch,
                    "state": state,
                    "note": note,
                    "option": option,
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

    def delete_plan(
        self,
        plan_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Plan:
        """Delete a plan.

        Tombstone the plan: reads answer 404, history and the change feed keep it; the worker closes its open alerts.

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
            Plan,
            build_options(
                "DELETE",
                f"/v1/plans/{path_param('plan_id', plan_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def delete_scenario(
        self,
        scenario_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Scenario:
        """Delete a scenario.

        Tombstone the scenario (422 while it belongs to a complete set that would then not sum to one). History and the change feed keep it.

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
            Scenario,
            build_options(
                "DELETE",
                f"/v1/scenarios/{path_param('scenario_id', scenario_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def delete_scenario_set(
        self,
        scenario_set_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ScenarioSet:
        """Delete a scenario set.

        Tombstone the set; its scenarios keep their `set_id`. History and the change feed keep it.

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
            ScenarioSet,
            build_options(
                "DELETE",
                f"/v1/scenario-sets/{path_param('scenario_set_id', scenario_set_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def delete_signpost(
        self,
        signpost_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Signpost:
        """Delete a signpost.

        Tombstone the signpost: reads answer 404, history and the change feed keep it.

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
            Signpost,
            build_options(
                "DELETE",
                f"/v1/signposts/{path_param('signpost_id', signpost_id)}",
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
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AchMatrix:
        """Get an ACH matrix.

        One ACH matrix, as it is now or as recorded at `as_of`. Sends an `ETag`.

        With `known_by` (knowledge time), the record as recorded, with what it derives from data as known by that instant: the items whose record had not been reported by then are listed in `unknown` and left out of `scores`, and `retracted` lists those retracted as recorded then. See `docs/planning.md`, "Reading planning as of a date".

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
            AchMatrix,
            build_options(
                "GET",
                f"/v1/ach-matrices/{path_param('ach_matrix_id', ach_matrix_id)}",
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

    def get_plan(
        self,
        plan_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Plan:
        """Get a plan.

        One plan, as it is now or as recorded at `as_of`. Sends an `ETag`.

        With `known_by`, each branch as it stood at that knowledge instant: its steps by then and the
        state, trigger instant and decision they give (`?known_by=2017-09-04T00:00:00Z`).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            if_none_match: The `ETag` you hold. If it is still current the answer is 304 with no body.
            known_by: Answer with what had been reported by this instant (knowledge time), e.g. `2022-02-01T00:00:00Z`; combines with `as_of`. See `docs/knowledge-time.md`.

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
            Plan,
            build_options(
                "GET",
                f"/v1/plans/{path_param('plan_id', plan_id)}",
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

    def get_plan_agenda(
        self,
        plan_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        at: _dt.datetime | str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> PlanAgenda:
        """Read a plan's agenda at an instant.

        Which decisions are due at `at`, and which options are already too late to prepare.

        Each branch with its state (as of `known_by`, default `at`), when it triggered, its decision
        deadline (`triggered_at` + `deadline_hours`), whether the decision is `due` (triggered, not
        decided, deadline not passed) or `overdue`, and per option `prepare_by` (the deadline less
        its lead time and that of the options it requires) and `too_late` (`at` past
        `prepare_by`). `as_of` reads the plan as recorded then. See `docs/planning.md`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            at: The instant asked about, e.g. `2017-09-05T00:00:00Z`; default now.
            known_by: Branch states as of this knowledge instant (what had been reported by then); default `at`.

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
            PlanAgenda,
            build_options(
                "GET",
                f"/v1/plans/{path_param('plan_id', plan_id)}/agenda",
                query={
                    "as_of": as_of,
                    "at": at,
                    "known_by": known_by,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_scenario(
        self,
        scenario_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Scenario:
        """Get a scenario.

        One scenario, as it is now or as recorded at `as_of`. Sends an `ETag`.

        With `known_by` (knowledge time), the record as recorded, with what it derives from data as known by that instant: the likelihood from the newest forecast created by then, and each signpost's status then. See `docs/planning.md`, "Reading planning as of a date".

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
            Scenario,
            build_options(
                "GET",
                f"/v1/scenarios/{path_param('scenario_id', scenario_id)}",
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

    def get_scenario_set(
        self,
        scenario_set_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ScenarioSet:
        """Get a scenario set.

        One scenario set, as it is now or as recorded at `as_of`. Sends an `ETag`.

        With `known_by` (knowledge time), the record as recorded, with what it derives from data as known by that instant: `sum` and `consistent` from the newest forecasts created by then. See `docs/planning.md`, "Reading planning as of a date".

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
            ScenarioSet,
            build_options(
                "GET",
                f"/v1/scenario-sets/{path_param('scenario_set_id', scenario_set_id)}",
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

    def get_signpost(
        self,
        signpost_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Signpost:
        """Get a signpost.

        One signpost, as it is now or as recorded at `as_of`. Sends an `ETag`.

        With `known_by`, as it stood at that knowledge instant (its steps up to then).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            if_none_match: The `ETag` you hold. If it is still current the answer is 304 with no body.
            known_by: Read each signpost as it stood at this knowledge instant: its status, explanation, value and evidence then, and its steps up to then, e.g. `2017-09-01T00:00:00Z`; combines with `as_of`. See `docs/planning.md`.

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
            Signpost,
            build_options(
                "GET",
                f"/v1/signposts/{path_param('signpost_id', signpost_id)}",
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

    def list_ach_matrices(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        hypothesis: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        question: str | None = None,
        record: str | None = None,
        scenario: str | None = None,
        scenario_set: str | None = None,
        tag: str | None = None,
        title: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[AchMatrix]:
        """List ACH matrices.

        List ACH matrices, newest first. Examples: `?hypothesis=alliance`, `?record=evt_…`, `?tag=china-russia`. With `known_by`: the items whose record had not been reported by then are listed in `unknown` and left out of `scores`, and `retracted` lists those retracted as recorded then.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            hypothesis: Part of a hypothesis's label, case-insensitive: `convenience` finds “a partnership of convenience”.
            known_by: Keep only what had been reported by this instant (knowledge time, `reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: `as_of` picks the versions recorded then, `known_by` keeps those reported by its instant. Omit for everything.
            limit: Page size, 1 to 100.
            question: Only matrices serving this forecasting question (a question id).
            record: Only matrices citing this record (an event, statement, observation or alert id) as evidence.
            scenario: Only matrices with this scenario among their hypotheses (a scenario id).
            scenario_set: Only matrices weighing this scenario set's futures (a scenario set id).
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
                    "known_by": known_by,
                    "limit": limit,
                    "question": question,
                    "record": record,
                    "scenario": scenario,
                    "scenario_set": scenario_set,
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
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[AchMatrixVersion]:
        """List an ACH matrix's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        With `known_by` (knowledge time), the record as recorded, with what it derives from data as known by that instant: the items whose record had not been reported by then are listed in `unknown` and left out of `scores`, and `retracted` lists those retracted as recorded then. See `docs/planning.md`, "Reading planning as of a date".

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
            SyncCursorPage[AchMatrixVersion],
            AchMatrixVersionList,
            build_options(
                "GET",
                f"/v1/ach-matrices/{path_param('ach_matrix_id', ach_matrix_id)}/history",
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

    def list_decisions_due(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        at: _dt.datetime | str | None = None,
        dataset: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> DecisionsDue:
        """List the decisions due at an instant.

        Every branch of the dataset's plans whose decision is due or overdue at `at` (states as
        of `known_by`, default `at`; plans as recorded at `as_of`), soonest deadline first, with
        its options' `prepare_by` and `too_late`. Reads at most 1000 plans.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            at: The instant asked about, e.g. `2017-09-05T00:00:00Z`; default now.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            known_by: Branch states as of this knowledge instant (what had been reported by then); default `at`.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            DecisionsDue,
            build_options(
                "GET",
                "/v1/plans/decisions-due",
                query={
                    "as_of": as_of,
                    "at": at,
                    "dataset": dataset,
                    "known_by": known_by,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def list_plan_versions(
        self,
        plan_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[PlanVersion]:
        """List a plan's versions.

        Every recorded version, oldest first, each with its transaction-time range; with
        `known_by`, each version's branches as they stood at that knowledge instant.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            known_by: Answer with what had been reported by this instant (knowledge time), e.g. `2022-02-01T00:00:00Z`; combines with `as_of`. See `docs/knowledge-time.md`.
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
            SyncCursorPage[PlanVersion],
            PlanVersionList,
            build_options(
                "GET",
                f"/v1/plans/{path_param('plan_id', plan_id)}/history",
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

    def list_plans(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        name: str | None = None,
        owner: str | None = None,
        problem: str | None = None,
        signpost: str | None = None,
        state: Literal["dormant", "triggered", "decided", "executed", "stood_down"] | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Plan]:
        """List plans.

        List plans, newest first. With `known_by`, each branch's state at that knowledge instant. Examples: `?state=triggered`, `?problem=wpr_…`, `?signpost=sgp_…`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            known_by: Answer with what had been reported by this instant (knowledge time), e.g. `2022-02-01T00:00:00Z`; combines with `as_of`. See `docs/knowledge-time.md`.
            limit: Page size, 1 to 100.
            name: Part of the name, case-insensitive.
            owner: Only plans owned by this desk, or with a branch owned by this role or actor id (exact).
            problem: Only plans for this warning problem.
            signpost: Only plans with a trigger reading this signpost.
            state: Only plans with a branch in this state (at `known_by`, when given).
            tag: Only plans with this tag, e.g. `dprk`.

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
            SyncCursorPage[Plan],
            PlanList,
            build_options(
                "GET",
                "/v1/plans",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "known_by": known_by,
                    "limit": limit,
                    "name": name,
                    "owner": owner,
                    "problem": problem,
                    "signpost": signpost,
                    "state": state,
                    "tag": tag,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_scenario_set_versions(
        self,
        scenario_set_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[ScenarioSetVersion]:
        """List a scenario set's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        With `known_by` (knowledge time), the record as recorded, with what it derives from data as known by that instant: `sum` and `consistent` from the newest forecasts created by then. See `docs/planning.md`, "Reading planning as of a date".

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
            SyncCursorPage[ScenarioSetVersion],
            ScenarioSetVersionList,
            build_options(
                "GET",
                f"/v1/scenario-sets/{path_param('scenario_set_id', scenario_set_id)}/history",
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

    def list_scenario_sets(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        name: str | None = None,
        question: str | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[ScenarioSet]:
        """List scenario sets.

        List scenario sets, newest first. Examples: `?tag=dprk`, `?question=qst_…`. With `known_by`: `sum` and `consistent` from the newest forecasts created by then.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            known_by: Keep only what had been reported by this instant (knowledge time, `reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: `as_of` picks the versions recorded then, `known_by` keeps those reported by its instant. Omit for everything.
            limit: Page size, 1 to 100.
            name: Part of the name, case-insensitive.
            question: Only sets answering this question (a question id).
            tag: Only sets with this tag, e.g. `dprk`.

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
            SyncCursorPage[ScenarioSet],
            ScenarioSetList,
            build_options(
                "GET",
                "/v1/scenario-sets",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "known_by": known_by,
                    "limit": limit,
                    "name": name,
                    "question": question,
                    "tag": tag,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_scenario_versions(
        self,
        scenario_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[ScenarioVersion]:
        """List a scenario's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        With `known_by` (knowledge time), the record as recorded, with what it derives from data as known by that instant: the likelihood from the newest forecast created by then, and each signpost's status then. See `docs/planning.md`, "Reading planning as of a date".

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
            SyncCursorPage[ScenarioVersion],
            ScenarioVersionList,
            build_options(
                "GET",
                f"/v1/scenarios/{path_param('scenario_id', scenario_id)}/history",
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

    def list_scenarios(
        self,
        *,
        actor: str | None = None,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        expression: Literal[
            "almost no chance",
            "very unlikely",
            "unlikely",
            "roughly even chance",
            "likely",
            "very likely",
            "almost certain",
        ]
        | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        lit: bool | None = None,
        min_probability: float | None = None,
        name: str | None = None,
        set: str | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Scenario]:
        """List scenarios.

        List scenarios, newest first. Examples: `?set=sst_…`, `?expression=likely`, `?min_probability=0.5`, `?lit=true`. With `known_by`: the likelihood from the newest forecast created by then, and each signpost's status then.

        Args:
            actor: Only scenarios about this actor (an actor id).
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            expression: Only scenarios whose likelihood reads these ICD 203 words (as of the read).
            known_by: Keep only what had been reported by this instant (knowledge time, `reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: `as_of` picks the versions recorded then, `known_by` keeps those reported by its instant. Omit for everything.
            limit: Page size, 1 to 100.
            lit: `true`: only scenarios with a signpost seen (at `known_by`, when given); `false`: only those with none.
            min_probability: Only scenarios at least this likely (as of the read); at most 1.
            name: Part of the name, case-insensitive.
            set: Only scenarios of this scenario set (a set id).
            tag: Only scenarios with this tag, e.g. `dprk`.

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
            SyncCursorPage[Scenario],
            ScenarioList,
            build_options(
                "GET",
                "/v1/scenarios",
                query={
                    "actor": actor,
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "expression": expression,
                    "known_by": known_by,
                    "limit": limit,
                    "lit": lit,
                    "min_probability": min_probability,
                    "name": name,
                    "set": set,
                    "tag": tag,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_signpost_versions(
        self,
        signpost_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[SignpostVersion]:
        """List a signpost's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        With `known_by`, each version as it stood at that knowledge instant.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            known_by: Read each signpost as it stood at this knowledge instant: its status, explanation, value and evidence then, and its steps up to then, e.g. `2017-09-01T00:00:00Z`; combines with `as_of`. See `docs/planning.md`.
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
            SyncCursorPage[SignpostVersion],
            SignpostVersionList,
            build_options(
                "GET",
                f"/v1/signposts/{path_param('signpost_id', signpost_id)}/history",
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

    def list_signposts(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        indicator: str | None = None,
        kind: Literal["alert", "indicator", "question", "forecast", "events", "statements"]
        | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        name: str | None = None,
        problem: str | None = None,
        question: str | None = None,
        scenario: str | None = None,
        status: Literal["not_seen", "emerging", "seen"] | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Signpost]:
        """List signposts.

        Signposts, newest first: each an observable condition with the status the worker
        computed from the data (`not_seen`, `emerging`, `seen`), its evidence and when it changed.

        With `known_by`, each as it stood at that knowledge instant: the status, explanation, value and
        evidence of its last step by then, and `status` filters on that
        (`?known_by=2017-09-01T00:00:00Z&status=seen`). Examples: `?scenario=scn_…`, `?kind=alert`,
        `?problem=wpr_…`, `?status=emerging`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            indicator: Only signposts watching this indicator.
            kind: Only signposts whose condition is of this kind.
            known_by: Read each signpost as it stood at this knowledge instant: its status, explanation, value and evidence then, and its steps up to then, e.g. `2017-09-01T00:00:00Z`; combines with `as_of`. See `docs/planning.md`.
            limit: Page size, 1 to 100.
            name: Part of the name, case-insensitive.
            problem: Only signposts watching this warning problem's alerts.
            question: Only signposts watching this question or its forecasts.
            scenario: Only signposts of this scenario.
            status: Only signposts with this status (at `known_by`, when given).
            tag: Only signposts with this tag.

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
            SyncCursorPage[Signpost],
            SignpostList,
            build_options(
                "GET",
                "/v1/signposts",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "indicator": indicator,
                    "kind": kind,
                    "known_by": known_by,
                    "limit": limit,
                    "name": name,
                    "problem": problem,
                    "question": question,
                    "scenario": scenario,
                    "status": status,
                    "tag": tag,
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
        scenario_set_id: str | None | UnsetType = UNSET,
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
                    "scenario_set_id": scenario_set_id,
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

    def update_plan(
        self,
        plan_id: str,
        *,
        armed_from: _dt.datetime | str | None | UnsetType = UNSET,
        branches: Sequence[BranchInput | BranchInputParam] | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        owner: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Plan:
        """Change a plan.

        Change the fields sent. `branches` is replaced whole: a branch keeps its state by key; the worker re-evaluates the triggers.

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
            Plan,
            build_options(
                "PATCH",
                f"/v1/plans/{path_param('plan_id', plan_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "armed_from": armed_from,
                    "branches": branches,
                    "description": description,
                    "external_id": external_id,
                    "name": name,
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

    def update_scenario(
        self,
        scenario_id: str,
        *,
        actor_ids: Sequence[str] | UnsetType = UNSET,
        assumptions: Sequence[str] | UnsetType = UNSET,
        drivers: Sequence[str] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        likelihood: LikelihoodInput | LikelihoodInputParam | UnsetType = UNSET,
        name: str | UnsetType = UNSET,
        narrative: str | None | UnsetType = UNSET,
        set_id: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        window_end: _dt.date | str | UnsetType = UNSET,
        window_start: _dt.date | str | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Scenario:
        """Change a scenario.

        Change the fields sent; `likelihood` is replaced whole.

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
            Scenario,
            build_options(
                "PATCH",
                f"/v1/scenarios/{path_param('scenario_id', scenario_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "actor_ids": actor_ids,
                    "assumptions": assumptions,
                    "drivers": drivers,
                    "external_id": external_id,
                    "likelihood": likelihood,
                    "name": name,
                    "narrative": narrative,
                    "set_id": set_id,
                    "tags": tags,
                    "window_end": window_end,
                    "window_start": window_start,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def update_scenario_set(
        self,
        scenario_set_id: str,
        *,
        complete: bool | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        question_id: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ScenarioSet:
        """Change a scenario set.

        Change the fields sent; `complete: true` is 422 unless its scenarios' likelihoods sum to one now.

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
            ScenarioSet,
            build_options(
                "PATCH",
                f"/v1/scenario-sets/{path_param('scenario_set_id', scenario_set_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "complete": complete,
                    "description": description,
                    "external_id": external_id,
                    "name": name,
                    "question_id": question_id,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def update_signpost(
        self,
        signpost_id: str,
        *,
        condition: AlertCondition
        | IndicatorCondition
        | QuestionCondition
        | ForecastCondition
        | EventsCondition
        | StatementsCondition
        | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        scenario_ids: Sequence[str] | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Signpost:
        """Change a signpost.

        Change the fields sent; `null` clears one. A changed `condition` (replaced whole)
        resets the computed status to `not_seen` in the same version and the worker evaluates it anew.
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
            Signpost,
            build_options(
                "PATCH",
                f"/v1/signposts/{path_param('signpost_id', signpost_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "condition": condition,
                    "description": description,
                    "external_id": external_id,
                    "name": name,
                    "scenario_ids": scenario_ids,
                    "tags": tags,
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
        self.create_plan = to_raw_response_wrapper(resource.create_plan)
        self.create_scenario = to_raw_response_wrapper(resource.create_scenario)
        self.create_scenario_set = to_raw_response_wrapper(resource.create_scenario_set)
        self.create_signpost = to_raw_response_wrapper(resource.create_signpost)
        self.decide_plan_branch = to_raw_response_wrapper(resource.decide_plan_branch)
        self.delete_ach_matrix = to_raw_response_wrapper(resource.delete_ach_matrix)
        self.delete_plan = to_raw_response_wrapper(resource.delete_plan)
        self.delete_scenario = to_raw_response_wrapper(resource.delete_scenario)
        self.delete_scenario_set = to_raw_response_wrapper(resource.delete_scenario_set)
        self.delete_signpost = to_raw_response_wrapper(resource.delete_signpost)
        self.get_ach_matrix = to_raw_response_wrapper(resource.get_ach_matrix)
        self.get_plan = to_raw_response_wrapper(resource.get_plan)
        self.get_plan_agenda = to_raw_response_wrapper(resource.get_plan_agenda)
        self.get_scenario = to_raw_response_wrapper(resource.get_scenario)
        self.get_scenario_set = to_raw_response_wrapper(resource.get_scenario_set)
        self.get_signpost = to_raw_response_wrapper(resource.get_signpost)
        self.list_ach_matrices = to_raw_response_wrapper(resource.list_ach_matrices)
        self.list_ach_matrix_versions = to_raw_response_wrapper(resource.list_ach_matrix_versions)
        self.list_decisions_due = to_raw_response_wrapper(resource.list_decisions_due)
        self.list_plan_versions = to_raw_response_wrapper(resource.list_plan_versions)
        self.list_plans = to_raw_response_wrapper(resource.list_plans)
        self.list_scenario_set_versions = to_raw_response_wrapper(
            resource.list_scenario_set_versions
        )
        self.list_scenario_sets = to_raw_response_wrapper(resource.list_scenario_sets)
        self.list_scenario_versions = to_raw_response_wrapper(resource.list_scenario_versions)
        self.list_scenarios = to_raw_response_wrapper(resource.list_scenarios)
        self.list_signpost_versions = to_raw_response_wrapper(resource.list_signpost_versions)
        self.list_signposts = to_raw_response_wrapper(resource.list_signposts)
        self.update_ach_matrix = to_raw_response_wrapper(resource.update_ach_matrix)
        self.update_plan = to_raw_response_wrapper(resource.update_plan)
        self.update_scenario = to_raw_response_wrapper(resource.update_scenario)
        self.update_scenario_set = to_raw_response_wrapper(resource.update_scenario_set)
        self.update_signpost = to_raw_response_wrapper(resource.update_signpost)


class PlanningWithStreamingResponse:
    """``planning`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Planning) -> None:
        self.create_ach_matrix = to_streamed_response_wrapper(resource.create_ach_matrix)
        self.create_plan = to_streamed_response_wrapper(resource.create_plan)
        self.create_scenario = to_streamed_response_wrapper(resource.create_scenario)
        self.create_scenario_set = to_streamed_response_wrapper(resource.create_scenario_set)
        self.create_signpost = to_streamed_response_wrapper(resource.create_signpost)
        self.decide_plan_branch = to_streamed_response_wrapper(resource.decide_plan_branch)
        self.delete_ach_matrix = to_streamed_response_wrapper(resource.delete_ach_matrix)
        self.delete_plan = to_streamed_response_wrapper(resource.delete_plan)
        self.delete_scenario = to_streamed_response_wrapper(resource.delete_scenario)
        self.delete_scenario_set = to_streamed_response_wrapper(resource.delete_scenario_set)
        self.delete_signpost = to_streamed_response_wrapper(resource.delete_signpost)
        self.get_ach_matrix = to_streamed_response_wrapper(resource.get_ach_matrix)
        self.get_plan = to_streamed_response_wrapper(resource.get_plan)
        self.get_plan_agenda = to_streamed_response_wrapper(resource.get_plan_agenda)
        self.get_scenario = to_streamed_response_wrapper(resource.get_scenario)
        self.get_scenario_set = to_streamed_response_wrapper(resource.get_scenario_set)
        self.get_signpost = to_streamed_response_wrapper(resource.get_signpost)
        self.list_ach_matrices = to_streamed_response_wrapper(resource.list_ach_matrices)
        self.list_ach_matrix_versions = to_streamed_response_wrapper(
            resource.list_ach_matrix_versions
        )
        self.list_decisions_due = to_streamed_response_wrapper(resource.list_decisions_due)
        self.list_plan_versions = to_streamed_response_wrapper(resource.list_plan_versions)
        self.list_plans = to_streamed_response_wrapper(resource.list_plans)
        self.list_scenario_set_versions = to_streamed_response_wrapper(
            resource.list_scenario_set_versions
        )
        self.list_scenario_sets = to_streamed_response_wrapper(resource.list_scenario_sets)
        self.list_scenario_versions = to_streamed_response_wrapper(resource.list_scenario_versions)
        self.list_scenarios = to_streamed_response_wrapper(resource.list_scenarios)
        self.list_signpost_versions = to_streamed_response_wrapper(resource.list_signpost_versions)
        self.list_signposts = to_streamed_response_wrapper(resource.list_signposts)
        self.update_ach_matrix = to_streamed_response_wrapper(resource.update_ach_matrix)
        self.update_plan = to_streamed_response_wrapper(resource.update_plan)
        self.update_scenario = to_streamed_response_wrapper(resource.update_scenario)
        self.update_scenario_set = to_streamed_response_wrapper(resource.update_scenario_set)
        self.update_signpost = to_streamed_response_wrapper(resource.update_signpost)


class AsyncPlanning(AsyncAPIResource):
    """Planning: scenarios and scenario sets (mutually exclusive futures with a likelihood in ICD 203 words), signposts the worker lights from the data, Analysis of Competing Hypotheses matrices with Heuer's inconsistency scores and diagnosticity, and contingency plans whose branches fire from signposts and wait for decisions."""

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
        scenario_set_id: str | None | UnsetType = UNSET,
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
        but weakly sourced (worse than B3); see `docs/planning.md`. An unknown record or question,
        a scenario set or a hypothesis's scenario that is unknown (or, with a set,
        not one of the set's), a rating naming an unknown key or off the scale, or a key used twice is 422 with a pointer.

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
                    "scenario_set_id": scenario_set_id,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def create_plan(
        self,
        *,
        branches: Sequence[BranchInput | BranchInputParam],
        name: str,
        problem_id: str,
        armed_from: _dt.datetime | str | None | UnsetType = UNSET,
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
    ) -> Plan:
        """Create a plan.

        A contingency plan for a warning problem: branches, each with a trigger (signposts
        combined with `all`/`any`, or another branch), a decision owner (an actor or a role), a decision
        deadline in hours after the trigger, the alert level it raises, and options with their lead
        times and prerequisites. Every branch starts `dormant`; the worker fires it when its trigger
        holds and raises an alert for its owner.

        An unknown problem, signpost (or one of another dataset), branch key, owner actor or required
        option, duplicate keys, a trigger nested deeper than five levels, or circular triggers are 422
        with a pointer (`/branches/0/trigger/of/1/signpost_id`). See `docs/planning.md`.

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
            Plan,
            build_options(
                "POST",
                "/v1/plans",
                body={
                    "branches": branches,
                    "name": name,
                    "problem_id": problem_id,
                    "armed_from": armed_from,
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

    async def create_scenario(
        self,
        *,
        likelihood: LikelihoodInput | LikelihoodInputParam,
        name: str,
        window_end: _dt.date | str,
        window_start: _dt.date | str,
        actor_ids: Sequence[str] | UnsetType = UNSET,
        assumptions: Sequence[str] | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        drivers: Sequence[str] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        narrative: str | None | UnsetType = UNSET,
        set_id: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Scenario:
        """Create a scenario.

        One future: its narrative, horizon, assumptions, drivers, actors, and likelihood.

        The likelihood is stated by an analyst (`source: analyst`, `probability`) or taken from a binary
        question's newest forecast (`question`: by `forecaster`, or anyone's newest) or the
        `count-model` baseline's (`baseline`). Reads show the probability, its ICD 203 words and the
        forecast it came from, as of the read. Unknown actors, questions and sets, a non-binary
        question, a probability outside [0, 1], a horizon ending before it starts, or a complete set
        that would no longer sum to one are 422 with a pointer; see `docs/planning.md`.

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
            Scenario,
            build_options(
                "POST",
                "/v1/scenarios",
                body={
                    "likelihood": likelihood,
                    "name": name,
                    "window_end": window_end,
                    "window_start": window_start,
                    "actor_ids": actor_ids,
                    "assumptions": assumptions,
                    "dataset": dataset,
                    "drivers": drivers,
                    "external_id": external_id,
                    "narrative": narrative,
                    "set_id": set_id,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def create_scenario_set(
        self,
        *,
        name: str,
        complete: bool | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        question_id: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ScenarioSet:
        """Create a scenario set.

        A group of mutually exclusive futures; a scenario joins it by naming it in `set_id`.

        A set is built open (`complete: false`); once `complete`, every write that touches its scenarios
        must leave their likelihoods summing to one (± 0.005), else 422 with a pointer. Reads show
        `sum` and `consistent` as of the read: likelihoods taken from forecasts move with them.

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
            ScenarioSet,
            build_options(
                "POST",
                "/v1/scenario-sets",
                body={
                    "name": name,
                    "complete": complete,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "question_id": question_id,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def create_signpost(
        self,
        *,
        condition: AlertCondition
        | IndicatorCondition
        | QuestionCondition
        | ForecastCondition
        | EventsCondition
        | StatementsCondition,
        name: str,
        dataset: str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        scenario_ids: Sequence[str] | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Signpost:
        """Create a signpost.

        What to watch for (`condition`, tagged by `kind`), named, tied to scenarios; the worker
        lights it. Send an `Idempotency-Key` to make retries safe.

        A condition naming an unknown (or another dataset's) scenario, warning problem or rule,
        indicator or question, a forecast on a question that is not binary, a window that is not
        exactly `days` or `start`…`end`, or an `emerging` threshold on the far side is 422 with a
        pointer; see `docs/planning.md`. The status fields start at `not_seen` until the worker
        evaluates it.

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
            Signpost,
            build_options(
                "POST",
                "/v1/signposts",
                body={
                    "condition": condition,
                    "name": name,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "scenario_ids": scenario_ids,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def decide_plan_branch(
        self,
        plan_id: str,
        *,
        branch: str,
        state: Literal["decided", "executed", "stood_down"],
        note: str | None | UnsetType = UNSET,
        option: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Plan:
        """Record a decision on a branch.

        Record what the owner decided on a branch: `decided` (with the `option` chosen),
        `executed` (the option decided was carried out) or `stood_down` (the branch will not be
        acted on). A new version of the plan, stamped with the key's name and now; the worker then
        closes the branch's alert. Send an `Idempotency-Key` to make retries safe.

        A transition the branch's state does not allow is 409: a dormant branch cannot be decided
        (its trigger has not fired) or executed; only a decided branch can be executed; `executed`
        and `stood_down` are final. A branch or option the plan does not have is 422 with its
        pointer. Example: `{"branch": "nuclear-test", "state": "decided", "option": "evacuate",
        "note": "Seen at Punggye-ri."}`.

        Args:
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
            Plan,
            build_options(
                "POST",
                f"/v1/plans/{path_param('plan_id', plan_id)}/decisions",
                body={
                    "branch": branch,
                    "state": state,
                    "note": note,
                    "option": option,
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

    async def delete_plan(
        self,
        plan_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Plan:
        """Delete a plan.

        Tombstone the plan: reads answer 404, history and the change feed keep it; the worker closes its open alerts.

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
            Plan,
            build_options(
                "DELETE",
                f"/v1/plans/{path_param('plan_id', plan_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def delete_scenario(
        self,
        scenario_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Scenario:
        """Delete a scenario.

        Tombstone the scenario (422 while it belongs to a complete set that would then not sum to one). History and the change feed keep it.

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
            Scenario,
            build_options(
                "DELETE",
                f"/v1/scenarios/{path_param('scenario_id', scenario_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def delete_scenario_set(
        self,
        scenario_set_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ScenarioSet:
        """Delete a scenario set.

        Tombstone the set; its scenarios keep their `set_id`. History and the change feed keep it.

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
            ScenarioSet,
            build_options(
                "DELETE",
                f"/v1/scenario-sets/{path_param('scenario_set_id', scenario_set_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def delete_signpost(
        self,
        signpost_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Signpost:
        """Delete a signpost.

        Tombstone the signpost: reads answer 404, history and the change feed keep it.

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
            Signpost,
            build_options(
                "DELETE",
                f"/v1/signposts/{path_param('signpost_id', signpost_id)}",
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
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AchMatrix:
        """Get an ACH matrix.

        One ACH matrix, as it is now or as recorded at `as_of`. Sends an `ETag`.

        With `known_by` (knowledge time), the record as recorded, with what it derives from data as known by that instant: the items whose record had not been reported by then are listed in `unknown` and left out of `scores`, and `retracted` lists those retracted as recorded then. See `docs/planning.md`, "Reading planning as of a date".

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
            AchMatrix,
            build_options(
                "GET",
                f"/v1/ach-matrices/{path_param('ach_matrix_id', ach_matrix_id)}",
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

    async def get_plan(
        self,
        plan_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Plan:
        """Get a plan.

        One plan, as it is now or as recorded at `as_of`. Sends an `ETag`.

        With `known_by`, each branch as it stood at that knowledge instant: its steps by then and the
        state, trigger instant and decision they give (`?known_by=2017-09-04T00:00:00Z`).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            if_none_match: The `ETag` you hold. If it is still current the answer is 304 with no body.
            known_by: Answer with what had been reported by this instant (knowledge time), e.g. `2022-02-01T00:00:00Z`; combines with `as_of`. See `docs/knowledge-time.md`.

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
            Plan,
            build_options(
                "GET",
                f"/v1/plans/{path_param('plan_id', plan_id)}",
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

    async def get_plan_agenda(
        self,
        plan_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        at: _dt.datetime | str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> PlanAgenda:
        """Read a plan's agenda at an instant.

        Which decisions are due at `at`, and which options are already too late to prepare.

        Each branch with its state (as of `known_by`, default `at`), when it triggered, its decision
        deadline (`triggered_at` + `deadline_hours`), whether the decision is `due` (triggered, not
        decided, deadline not passed) or `overdue`, and per option `prepare_by` (the deadline less
        its lead time and that of the options it requires) and `too_late` (`at` past
        `prepare_by`). `as_of` reads the plan as recorded then. See `docs/planning.md`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            at: The instant asked about, e.g. `2017-09-05T00:00:00Z`; default now.
            known_by: Branch states as of this knowledge instant (what had been reported by then); default `at`.

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
            PlanAgenda,
            build_options(
                "GET",
                f"/v1/plans/{path_param('plan_id', plan_id)}/agenda",
                query={
                    "as_of": as_of,
                    "at": at,
                    "known_by": known_by,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_scenario(
        self,
        scenario_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Scenario:
        """Get a scenario.

        One scenario, as it is now or as recorded at `as_of`. Sends an `ETag`.

        With `known_by` (knowledge time), the record as recorded, with what it derives from data as known by that instant: the likelihood from the newest forecast created by then, and each signpost's status then. See `docs/planning.md`, "Reading planning as of a date".

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
            Scenario,
            build_options(
                "GET",
                f"/v1/scenarios/{path_param('scenario_id', scenario_id)}",
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

    async def get_scenario_set(
        self,
        scenario_set_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ScenarioSet:
        """Get a scenario set.

        One scenario set, as it is now or as recorded at `as_of`. Sends an `ETag`.

        With `known_by` (knowledge time), the record as recorded, with what it derives from data as known by that instant: `sum` and `consistent` from the newest forecasts created by then. See `docs/planning.md`, "Reading planning as of a date".

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
            ScenarioSet,
            build_options(
                "GET",
                f"/v1/scenario-sets/{path_param('scenario_set_id', scenario_set_id)}",
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

    async def get_signpost(
        self,
        signpost_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Signpost:
        """Get a signpost.

        One signpost, as it is now or as recorded at `as_of`. Sends an `ETag`.

        With `known_by`, as it stood at that knowledge instant (its steps up to then).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            if_none_match: The `ETag` you hold. If it is still current the answer is 304 with no body.
            known_by: Read each signpost as it stood at this knowledge instant: its status, explanation, value and evidence then, and its steps up to then, e.g. `2017-09-01T00:00:00Z`; combines with `as_of`. See `docs/planning.md`.

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
            Signpost,
            build_options(
                "GET",
                f"/v1/signposts/{path_param('signpost_id', signpost_id)}",
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

    def list_ach_matrices(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        hypothesis: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        question: str | None = None,
        record: str | None = None,
        scenario: str | None = None,
        scenario_set: str | None = None,
        tag: str | None = None,
        title: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[AchMatrix]:
        """List ACH matrices.

        List ACH matrices, newest first. Examples: `?hypothesis=alliance`, `?record=evt_…`, `?tag=china-russia`. With `known_by`: the items whose record had not been reported by then are listed in `unknown` and left out of `scores`, and `retracted` lists those retracted as recorded then.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            hypothesis: Part of a hypothesis's label, case-insensitive: `convenience` finds “a partnership of convenience”.
            known_by: Keep only what had been reported by this instant (knowledge time, `reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: `as_of` picks the versions recorded then, `known_by` keeps those reported by its instant. Omit for everything.
            limit: Page size, 1 to 100.
            question: Only matrices serving this forecasting question (a question id).
            record: Only matrices citing this record (an event, statement, observation or alert id) as evidence.
            scenario: Only matrices with this scenario among their hypotheses (a scenario id).
            scenario_set: Only matrices weighing this scenario set's futures (a scenario set id).
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
                    "known_by": known_by,
                    "limit": limit,
                    "question": question,
                    "record": record,
                    "scenario": scenario,
                    "scenario_set": scenario_set,
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
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[AchMatrixVersion]:
        """List an ACH matrix's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        With `known_by` (knowledge time), the record as recorded, with what it derives from data as known by that instant: the items whose record had not been reported by then are listed in `unknown` and left out of `scores`, and `retracted` lists those retracted as recorded then. See `docs/planning.md`, "Reading planning as of a date".

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
            AsyncCursorPage[AchMatrixVersion],
            AchMatrixVersionList,
            build_options(
                "GET",
                f"/v1/ach-matrices/{path_param('ach_matrix_id', ach_matrix_id)}/history",
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

    async def list_decisions_due(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        at: _dt.datetime | str | None = None,
        dataset: str | None = None,
        known_by: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> DecisionsDue:
        """List the decisions due at an instant.

        Every branch of the dataset's plans whose decision is due or overdue at `at` (states as
        of `known_by`, default `at`; plans as recorded at `as_of`), soonest deadline first, with
        its options' `prepare_by` and `too_late`. Reads at most 1000 plans.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            at: The instant asked about, e.g. `2017-09-05T00:00:00Z`; default now.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            known_by: Branch states as of this knowledge instant (what had been reported by then); default `at`.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            DecisionsDue,
            build_options(
                "GET",
                "/v1/plans/decisions-due",
                query={
                    "as_of": as_of,
                    "at": at,
                    "dataset": dataset,
                    "known_by": known_by,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def list_plan_versions(
        self,
        plan_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[PlanVersion]:
        """List a plan's versions.

        Every recorded version, oldest first, each with its transaction-time range; with
        `known_by`, each version's branches as they stood at that knowledge instant.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            known_by: Answer with what had been reported by this instant (knowledge time), e.g. `2022-02-01T00:00:00Z`; combines with `as_of`. See `docs/knowledge-time.md`.
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
            AsyncCursorPage[PlanVersion],
            PlanVersionList,
            build_options(
                "GET",
                f"/v1/plans/{path_param('plan_id', plan_id)}/history",
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

    def list_plans(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        name: str | None = None,
        owner: str | None = None,
        problem: str | None = None,
        signpost: str | None = None,
        state: Literal["dormant", "triggered", "decided", "executed", "stood_down"] | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Plan]:
        """List plans.

        List plans, newest first. With `known_by`, each branch's state at that knowledge instant. Examples: `?state=triggered`, `?problem=wpr_…`, `?signpost=sgp_…`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            known_by: Answer with what had been reported by this instant (knowledge time), e.g. `2022-02-01T00:00:00Z`; combines with `as_of`. See `docs/knowledge-time.md`.
            limit: Page size, 1 to 100.
            name: Part of the name, case-insensitive.
            owner: Only plans owned by this desk, or with a branch owned by this role or actor id (exact).
            problem: Only plans for this warning problem.
            signpost: Only plans with a trigger reading this signpost.
            state: Only plans with a branch in this state (at `known_by`, when given).
            tag: Only plans with this tag, e.g. `dprk`.

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
            AsyncCursorPage[Plan],
            PlanList,
            build_options(
                "GET",
                "/v1/plans",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "known_by": known_by,
                    "limit": limit,
                    "name": name,
                    "owner": owner,
                    "problem": problem,
                    "signpost": signpost,
                    "state": state,
                    "tag": tag,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_scenario_set_versions(
        self,
        scenario_set_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[ScenarioSetVersion]:
        """List a scenario set's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        With `known_by` (knowledge time), the record as recorded, with what it derives from data as known by that instant: `sum` and `consistent` from the newest forecasts created by then. See `docs/planning.md`, "Reading planning as of a date".

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
            AsyncCursorPage[ScenarioSetVersion],
            ScenarioSetVersionList,
            build_options(
                "GET",
                f"/v1/scenario-sets/{path_param('scenario_set_id', scenario_set_id)}/history",
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

    def list_scenario_sets(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        name: str | None = None,
        question: str | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[ScenarioSet]:
        """List scenario sets.

        List scenario sets, newest first. Examples: `?tag=dprk`, `?question=qst_…`. With `known_by`: `sum` and `consistent` from the newest forecasts created by then.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            known_by: Keep only what had been reported by this instant (knowledge time, `reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: `as_of` picks the versions recorded then, `known_by` keeps those reported by its instant. Omit for everything.
            limit: Page size, 1 to 100.
            name: Part of the name, case-insensitive.
            question: Only sets answering this question (a question id).
            tag: Only sets with this tag, e.g. `dprk`.

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
            AsyncCursorPage[ScenarioSet],
            ScenarioSetList,
            build_options(
                "GET",
                "/v1/scenario-sets",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "known_by": known_by,
                    "limit": limit,
                    "name": name,
                    "question": question,
                    "tag": tag,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_scenario_versions(
        self,
        scenario_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[ScenarioVersion]:
        """List a scenario's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        With `known_by` (knowledge time), the record as recorded, with what it derives from data as known by that instant: the likelihood from the newest forecast created by then, and each signpost's status then. See `docs/planning.md`, "Reading planning as of a date".

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
            AsyncCursorPage[ScenarioVersion],
            ScenarioVersionList,
            build_options(
                "GET",
                f"/v1/scenarios/{path_param('scenario_id', scenario_id)}/history",
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

    def list_scenarios(
        self,
        *,
        actor: str | None = None,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        expression: Literal[
            "almost no chance",
            "very unlikely",
            "unlikely",
            "roughly even chance",
            "likely",
            "very likely",
            "almost certain",
        ]
        | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        lit: bool | None = None,
        min_probability: float | None = None,
        name: str | None = None,
        set: str | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Scenario]:
        """List scenarios.

        List scenarios, newest first. Examples: `?set=sst_…`, `?expression=likely`, `?min_probability=0.5`, `?lit=true`. With `known_by`: the likelihood from the newest forecast created by then, and each signpost's status then.

        Args:
            actor: Only scenarios about this actor (an actor id).
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            expression: Only scenarios whose likelihood reads these ICD 203 words (as of the read).
            known_by: Keep only what had been reported by this instant (knowledge time, `reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: `as_of` picks the versions recorded then, `known_by` keeps those reported by its instant. Omit for everything.
            limit: Page size, 1 to 100.
            lit: `true`: only scenarios with a signpost seen (at `known_by`, when given); `false`: only those with none.
            min_probability: Only scenarios at least this likely (as of the read); at most 1.
            name: Part of the name, case-insensitive.
            set: Only scenarios of this scenario set (a set id).
            tag: Only scenarios with this tag, e.g. `dprk`.

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
            AsyncCursorPage[Scenario],
            ScenarioList,
            build_options(
                "GET",
                "/v1/scenarios",
                query={
                    "actor": actor,
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "expression": expression,
                    "known_by": known_by,
                    "limit": limit,
                    "lit": lit,
                    "min_probability": min_probability,
                    "name": name,
                    "set": set,
                    "tag": tag,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_signpost_versions(
        self,
        signpost_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[SignpostVersion]:
        """List a signpost's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        With `known_by`, each version as it stood at that knowledge instant.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            known_by: Read each signpost as it stood at this knowledge instant: its status, explanation, value and evidence then, and its steps up to then, e.g. `2017-09-01T00:00:00Z`; combines with `as_of`. See `docs/planning.md`.
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
            AsyncCursorPage[SignpostVersion],
            SignpostVersionList,
            build_options(
                "GET",
                f"/v1/signposts/{path_param('signpost_id', signpost_id)}/history",
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

    def list_signposts(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        indicator: str | None = None,
        kind: Literal["alert", "indicator", "question", "forecast", "events", "statements"]
        | None = None,
        known_by: _dt.datetime | str | None = None,
        limit: int | None = None,
        name: str | None = None,
        problem: str | None = None,
        question: str | None = None,
        scenario: str | None = None,
        status: Literal["not_seen", "emerging", "seen"] | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Signpost]:
        """List signposts.

        Signposts, newest first: each an observable condition with the status the worker
        computed from the data (`not_seen`, `emerging`, `seen`), its evidence and when it changed.

        With `known_by`, each as it stood at that knowledge instant: the status, explanation, value and
        evidence of its last step by then, and `status` filters on that
        (`?known_by=2017-09-01T00:00:00Z&status=seen`). Examples: `?scenario=scn_…`, `?kind=alert`,
        `?problem=wpr_…`, `?status=emerging`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            indicator: Only signposts watching this indicator.
            kind: Only signposts whose condition is of this kind.
            known_by: Read each signpost as it stood at this knowledge instant: its status, explanation, value and evidence then, and its steps up to then, e.g. `2017-09-01T00:00:00Z`; combines with `as_of`. See `docs/planning.md`.
            limit: Page size, 1 to 100.
            name: Part of the name, case-insensitive.
            problem: Only signposts watching this warning problem's alerts.
            question: Only signposts watching this question or its forecasts.
            scenario: Only signposts of this scenario.
            status: Only signposts with this status (at `known_by`, when given).
            tag: Only signposts with this tag.

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
            AsyncCursorPage[Signpost],
            SignpostList,
            build_options(
                "GET",
                "/v1/signposts",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "indicator": indicator,
                    "kind": kind,
                    "known_by": known_by,
                    "limit": limit,
                    "name": name,
                    "problem": problem,
                    "question": question,
                    "scenario": scenario,
                    "status": status,
                    "tag": tag,
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
        scenario_set_id: str | None | UnsetType = UNSET,
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
                    "scenario_set_id": scenario_set_id,
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

    async def update_plan(
        self,
        plan_id: str,
        *,
        armed_from: _dt.datetime | str | None | UnsetType = UNSET,
        branches: Sequence[BranchInput | BranchInputParam] | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        owner: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Plan:
        """Change a plan.

        Change the fields sent. `branches` is replaced whole: a branch keeps its state by key; the worker re-evaluates the triggers.

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
            Plan,
            build_options(
                "PATCH",
                f"/v1/plans/{path_param('plan_id', plan_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "armed_from": armed_from,
                    "branches": branches,
                    "description": description,
                    "external_id": external_id,
                    "name": name,
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

    async def update_scenario(
        self,
        scenario_id: str,
        *,
        actor_ids: Sequence[str] | UnsetType = UNSET,
        assumptions: Sequence[str] | UnsetType = UNSET,
        drivers: Sequence[str] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        likelihood: LikelihoodInput | LikelihoodInputParam | UnsetType = UNSET,
        name: str | UnsetType = UNSET,
        narrative: str | None | UnsetType = UNSET,
        set_id: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        window_end: _dt.date | str | UnsetType = UNSET,
        window_start: _dt.date | str | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Scenario:
        """Change a scenario.

        Change the fields sent; `likelihood` is replaced whole.

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
            Scenario,
            build_options(
                "PATCH",
                f"/v1/scenarios/{path_param('scenario_id', scenario_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "actor_ids": actor_ids,
                    "assumptions": assumptions,
                    "drivers": drivers,
                    "external_id": external_id,
                    "likelihood": likelihood,
                    "name": name,
                    "narrative": narrative,
                    "set_id": set_id,
                    "tags": tags,
                    "window_end": window_end,
                    "window_start": window_start,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def update_scenario_set(
        self,
        scenario_set_id: str,
        *,
        complete: bool | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        question_id: str | None | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> ScenarioSet:
        """Change a scenario set.

        Change the fields sent; `complete: true` is 422 unless its scenarios' likelihoods sum to one now.

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
            ScenarioSet,
            build_options(
                "PATCH",
                f"/v1/scenario-sets/{path_param('scenario_set_id', scenario_set_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "complete": complete,
                    "description": description,
                    "external_id": external_id,
                    "name": name,
                    "question_id": question_id,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def update_signpost(
        self,
        signpost_id: str,
        *,
        condition: AlertCondition
        | IndicatorCondition
        | QuestionCondition
        | ForecastCondition
        | EventsCondition
        | StatementsCondition
        | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        name: str | UnsetType = UNSET,
        scenario_ids: Sequence[str] | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Signpost:
        """Change a signpost.

        Change the fields sent; `null` clears one. A changed `condition` (replaced whole)
        resets the computed status to `not_seen` in the same version and the worker evaluates it anew.
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
            Signpost,
            build_options(
                "PATCH",
                f"/v1/signposts/{path_param('signpost_id', signpost_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "condition": condition,
                    "description": description,
                    "external_id": external_id,
                    "name": name,
                    "scenario_ids": scenario_ids,
                    "tags": tags,
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
        self.create_plan = async_to_raw_response_wrapper(resource.create_plan)
        self.create_scenario = async_to_raw_response_wrapper(resource.create_scenario)
        self.create_scenario_set = async_to_raw_response_wrapper(resource.create_scenario_set)
        self.create_signpost = async_to_raw_response_wrapper(resource.create_signpost)
        self.decide_plan_branch = async_to_raw_response_wrapper(resource.decide_plan_branch)
        self.delete_ach_matrix = async_to_raw_response_wrapper(resource.delete_ach_matrix)
        self.delete_plan = async_to_raw_response_wrapper(resource.delete_plan)
        self.delete_scenario = async_to_raw_response_wrapper(resource.delete_scenario)
        self.delete_scenario_set = async_to_raw_response_wrapper(resource.delete_scenario_set)
        self.delete_signpost = async_to_raw_response_wrapper(resource.delete_signpost)
        self.get_ach_matrix = async_to_raw_response_wrapper(resource.get_ach_matrix)
        self.get_plan = async_to_raw_response_wrapper(resource.get_plan)
        self.get_plan_agenda = async_to_raw_response_wrapper(resource.get_plan_agenda)
        self.get_scenario = async_to_raw_response_wrapper(resource.get_scenario)
        self.get_scenario_set = async_to_raw_response_wrapper(resource.get_scenario_set)
        self.get_signpost = async_to_raw_response_wrapper(resource.get_signpost)
        self.list_ach_matrices = async_to_raw_response_wrapper(resource.list_ach_matrices)
        self.list_ach_matrix_versions = async_to_raw_response_wrapper(
            resource.list_ach_matrix_versions
        )
        self.list_decisions_due = async_to_raw_response_wrapper(resource.list_decisions_due)
        self.list_plan_versions = async_to_raw_response_wrapper(resource.list_plan_versions)
        self.list_plans = async_to_raw_response_wrapper(resource.list_plans)
        self.list_scenario_set_versions = async_to_raw_response_wrapper(
            resource.list_scenario_set_versions
        )
        self.list_scenario_sets = async_to_raw_response_wrapper(resource.list_scenario_sets)
        self.list_scenario_versions = async_to_raw_response_wrapper(resource.list_scenario_versions)
        self.list_scenarios = async_to_raw_response_wrapper(resource.list_scenarios)
        self.list_signpost_versions = async_to_raw_response_wrapper(resource.list_signpost_versions)
        self.list_signposts = async_to_raw_response_wrapper(resource.list_signposts)
        self.update_ach_matrix = async_to_raw_response_wrapper(resource.update_ach_matrix)
        self.update_plan = async_to_raw_response_wrapper(resource.update_plan)
        self.update_scenario = async_to_raw_response_wrapper(resource.update_scenario)
        self.update_scenario_set = async_to_raw_response_wrapper(resource.update_scenario_set)
        self.update_signpost = async_to_raw_response_wrapper(resource.update_signpost)


class AsyncPlanningWithStreamingResponse:
    """``planning`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncPlanning) -> None:
        self.create_ach_matrix = async_to_streamed_response_wrapper(resource.create_ach_matrix)
        self.create_plan = async_to_streamed_response_wrapper(resource.create_plan)
        self.create_scenario = async_to_streamed_response_wrapper(resource.create_scenario)
        self.create_scenario_set = async_to_streamed_response_wrapper(resource.create_scenario_set)
        self.create_signpost = async_to_streamed_response_wrapper(resource.create_signpost)
        self.decide_plan_branch = async_to_streamed_response_wrapper(resource.decide_plan_branch)
        self.delete_ach_matrix = async_to_streamed_response_wrapper(resource.delete_ach_matrix)
        self.delete_plan = async_to_streamed_response_wrapper(resource.delete_plan)
        self.delete_scenario = async_to_streamed_response_wrapper(resource.delete_scenario)
        self.delete_scenario_set = async_to_streamed_response_wrapper(resource.delete_scenario_set)
        self.delete_signpost = async_to_streamed_response_wrapper(resource.delete_signpost)
        self.get_ach_matrix = async_to_streamed_response_wrapper(resource.get_ach_matrix)
        self.get_plan = async_to_streamed_response_wrapper(resource.get_plan)
        self.get_plan_agenda = async_to_streamed_response_wrapper(resource.get_plan_agenda)
        self.get_scenario = async_to_streamed_response_wrapper(resource.get_scenario)
        self.get_scenario_set = async_to_streamed_response_wrapper(resource.get_scenario_set)
        self.get_signpost = async_to_streamed_response_wrapper(resource.get_signpost)
        self.list_ach_matrices = async_to_streamed_response_wrapper(resource.list_ach_matrices)
        self.list_ach_matrix_versions = async_to_streamed_response_wrapper(
            resource.list_ach_matrix_versions
        )
        self.list_decisions_due = async_to_streamed_response_wrapper(resource.list_decisions_due)
        self.list_plan_versions = async_to_streamed_response_wrapper(resource.list_plan_versions)
        self.list_plans = async_to_streamed_response_wrapper(resource.list_plans)
        self.list_scenario_set_versions = async_to_streamed_response_wrapper(
            resource.list_scenario_set_versions
        )
        self.list_scenario_sets = async_to_streamed_response_wrapper(resource.list_scenario_sets)
        self.list_scenario_versions = async_to_streamed_response_wrapper(
            resource.list_scenario_versions
        )
        self.list_scenarios = async_to_streamed_response_wrapper(resource.list_scenarios)
        self.list_signpost_versions = async_to_streamed_response_wrapper(
            resource.list_signpost_versions
        )
        self.list_signposts = async_to_streamed_response_wrapper(resource.list_signposts)
        self.update_ach_matrix = async_to_streamed_response_wrapper(resource.update_ach_matrix)
        self.update_plan = async_to_streamed_response_wrapper(resource.update_plan)
        self.update_scenario = async_to_streamed_response_wrapper(resource.update_scenario)
        self.update_scenario_set = async_to_streamed_response_wrapper(resource.update_scenario_set)
        self.update_signpost = async_to_streamed_response_wrapper(resource.update_signpost)
