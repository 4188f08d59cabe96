# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.forecasting``: Questions with criteria a machine checks, forecasts that are never edited, resolution from the data as known at the resolution date, proper scores, calibration, leaderboards, and backtests of the built-in baseline models."""

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
    Backtest,
    BacktestList,
    BacktestSummary,
    BacktestTemplate,
    BacktestTemplateParam,
    BacktestVersion,
    BacktestVersionList,
    CalibrationReport,
    Criteria,
    CriteriaParam,
    Forecast,
    ForecastList,
    ForecastVersion,
    ForecastVersionList,
    Leaderboard,
    Quantile,
    QuantileParam,
    Question,
    QuestionList,
    QuestionScores,
    QuestionVersion,
    QuestionVersionList,
    ResolutionEvidence,
    ResolutionEvidenceParam,
)

__all__ = (
    "AsyncForecasting",
    "AsyncForecastingWithRawResponse",
    "AsyncForecastingWithStreamingResponse",
    "Forecasting",
    "ForecastingWithRawResponse",
    "ForecastingWithStreamingResponse",
)


class Forecasting(SyncAPIResource):
    """Questions with criteria a machine checks, forecasts that are never edited, resolution from the data as known at the resolution date, proper scores, calibration, leaderboards, and backtests of the built-in baseline models."""

    @cached_property
    def with_raw_response(self) -> ForecastingWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return ForecastingWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ForecastingWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return ForecastingWithStreamingResponse(self)

    def create_backtest(
        self,
        *,
        model: Literal["climatology", "count-model", "persistence"],
        origin_from: _dt.date | str,
        origin_to: _dt.date | str,
        template: BacktestTemplate | BacktestTemplateParam,
        dataset: str | UnsetType = UNSET,
        window: int | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Backtest:
        """Run a backtest.

        Run a built-in model (`climatology`, `count-model`, `persistence`) over a question
        template at every origin from `origin_from` to `origin_to` (one per period, at most 600),
        and store the run. Send an `Idempotency-Key` to make retries safe.

        At each origin the model sees only what had been reported by that instant; the answer is
        the template's measure over the next `periods` periods as known at the window's end. Each
        origin is scored (binary: Brier and log score; count: CRPS from the quantiles, the quantile
        score and whether the answer fell between the outermost quantiles), and so is climatology
        on the same origins, the reference of the skill scores. The same data, model and template
        give the same numbers and `fingerprint`. Example: `{"model": "count-model", "template":
        {"over": "events", "filters": {"tag": "missile-test"}, "kind": "binary"}, "origin_from":
        "1998-01-01", "origin_to": "2026-10-01"}`. See `docs/forecasting.md`.

        Args:
            dataset: `live` (the real world) or an exercise or sandbox dataset
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
            Backtest,
            build_options(
                "POST",
                "/v1/backtests",
                body={
                    "model": model,
                    "origin_from": origin_from,
                    "origin_to": origin_to,
                    "template": template,
                    "dataset": dataset,
                    "window": window,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def create_forecast(
        self,
        *,
        forecaster: str,
        question_id: str,
        bins: Sequence[float] | None | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        evidence: Sequence[str] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        forecaster_kind: Literal["model", "person", "team"] | UnsetType = UNSET,
        probability: float | None | UnsetType = UNSET,
        quantiles: Sequence[Quantile | QuantileParam] | None | UnsetType = UNSET,
        rationale: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Forecast:
        """Make a forecast.

        A forecaster's answer to an open question, at the server's clock.

        A binary question takes `probability`; a count or quantity question takes `quantiles` at
        exactly the question's levels (values non-decreasing) or `bins` (one probability per bin of
        the question's edges, summing to 1). The forecast supersedes the forecaster's previous one on
        the question (`supersedes`, set by the server); `key_name` is the API key that wrote it and
        `created_at` cannot be sent. A question that does not exist, is in another dataset or is not
        open (before `opens_at`, after `closes_at`, closed, resolved or annulled), or an answer of the
        wrong shape: 422 with a pointer.

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
            Forecast,
            build_options(
                "POST",
                "/v1/forecasts",
                body={
                    "forecaster": forecaster,
                    "question_id": question_id,
                    "bins": bins,
                    "dataset": dataset,
                    "evidence": evidence,
                    "external_id": external_id,
                    "forecaster_kind": forecaster_kind,
                    "probability": probability,
                    "quantiles": quantiles,
                    "rationale": rationale,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def create_question(
        self,
        *,
        closes_at: _dt.datetime | str,
        kind: Literal["binary", "count", "quantity"],
        resolves_at: _dt.datetime | str,
        title: str,
        bins: Sequence[float] | None | UnsetType = UNSET,
        criteria: Criteria | CriteriaParam | None | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        judgment: bool | UnsetType = UNSET,
        opens_at: _dt.datetime | str | None | UnsetType = UNSET,
        quantile_levels: Sequence[float] | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Question:
        """Create a question.

        A forecasting question: binary, count or quantity, with criteria a machine can check.

        The criteria measure an indicator (`indicator_id`, its figures for the periods inside the
        window combined by `aggregate`) or events or statements chosen with the lists' filters
        (`over`, `filters`, `measure`) over `[window_start, window_end]`; a binary question compares
        the value (`comparison`, by default `>= 1`). The worker resolves it at `resolves_at` from the
        data as known then. A question with `judgment: true` is resolved by an analyst. Criteria that
        name nothing, an indicator of another dataset, unknown filters or actors, an impossible
        window, levels or bins out of order: 422 with a pointer. See `docs/forecasting.md`.

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
            Question,
            build_options(
                "POST",
                "/v1/questions",
                body={
                    "closes_at": closes_at,
                    "kind": kind,
                    "resolves_at": resolves_at,
                    "title": title,
                    "bins": bins,
                    "criteria": criteria,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "judgment": judgment,
                    "opens_at": opens_at,
                    "quantile_levels": quantile_levels,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def delete_backtest(
        self,
        backtest_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Backtest:
        """Delete a backtest.

        Tombstone the run: reads answer 404, history and the change feed keep it.

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
            Backtest,
            build_options(
                "DELETE",
                f"/v1/backtests/{path_param('backtest_id', backtest_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def delete_question(
        self,
        question_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Question:
        """Delete a question.

        Tombstone the question: reads answer 404, history and the change feed keep it.

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
            Question,
            build_options(
                "DELETE",
                f"/v1/questions/{path_param('question_id', question_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_backtest(
        self,
        backtest_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Backtest:
        """Read a backtest.

        A stored backtest: its request, every origin's forecast, answer and scores, the means,
        the skill against climatology and (binary) the calibration table. As it is now or as recorded
        at `as_of`. Sends an `ETag`.

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
            Backtest,
            build_options(
                "GET",
                f"/v1/backtests/{path_param('backtest_id', backtest_id)}",
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

    def get_calibration(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        dataset: str | None = None,
        forecaster: str | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> CalibrationReport:
        """Reliability tables and Brier decomposition.

        Per forecaster, over the resolved binary questions (of `tag`): the reliability table
        (ten bins of stated probability: count, mean stated probability, observed frequency),
        Murphy's decomposition of the Brier score (reliability, resolution, uncertainty) and
        sharpness. Each day a forecast stood weighs 1 / the days its question was open.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            forecaster: Only this forecaster (by name).
            tag: Only questions with this tag.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            CalibrationReport,
            build_options(
                "GET",
                "/v1/calibration",
                query={
                    "as_of": as_of,
                    "dataset": dataset,
                    "forecaster": forecaster,
                    "tag": tag,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_forecast(
        self,
        forecast_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Forecast:
        """Get a forecast.

        One forecast, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Forecast,
            build_options(
                "GET",
                f"/v1/forecasts/{path_param('forecast_id', forecast_id)}",
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

    def get_leaderboard(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        dataset: str | None = None,
        kind: Literal["binary", "count", "quantity"] | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Leaderboard:
        """Forecasters ranked over resolved questions.

        Each forecaster's mean time-averaged scores over the resolved questions of `kind` (and
        `tag`) they forecast, each question weighing the same, with skill against `climatology`;
        best first (lowest Brier, or CRPS). Annulled questions are left out.
        Example: `?tag=dprk-missiles&as_of=2026-07-01T00:00:00Z`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            kind: Questions of this kind (their scores differ): `binary` default.
            tag: Only questions with this tag.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Leaderboard,
            build_options(
                "GET",
                "/v1/leaderboard",
                query={
                    "as_of": as_of,
                    "dataset": dataset,
                    "kind": kind,
                    "tag": tag,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_question(
        self,
        question_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Question:
        """Get a question.

        One question, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Question,
            build_options(
                "GET",
                f"/v1/questions/{path_param('question_id', question_id)}",
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

    def get_question_scores(
        self,
        question_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> QuestionScores:
        """A question's scores, per forecaster.

        Every forecaster's time-averaged scores on a resolved question, best first: Brier and
        log for a binary question, CRPS, quantile score and 50 %/90 % interval coverage for a count
        or quantity, skill against `climatology`, the days scored and the latest forecast.

        A forecaster is scored for every UTC day the question was open with their forecast standing
        at the end of that day; days before their first forecast take climatology's. A question not
        resolved (or annulled) at `as_of` answers `200` with `status` `unresolved` (or `annulled`),
        its `reason` and no forecasters. See `docs/forecasting.md`.

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
            QuestionScores,
            build_options(
                "GET",
                f"/v1/questions/{path_param('question_id', question_id)}/scores",
                query={
                    "as_of": as_of,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def list_backtest_versions(
        self,
        backtest_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[BacktestVersion]:
        """List a backtest's versions.

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
            SyncCursorPage[BacktestVersion],
            BacktestVersionList,
            build_options(
                "GET",
                f"/v1/backtests/{path_param('backtest_id', backtest_id)}/history",
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

    def list_backtests(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        fingerprint: str | None = None,
        limit: int | None = None,
        model: Literal["climatology", "count-model", "persistence"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[BacktestSummary]:
        """List backtests.

        The dataset's backtests, newest first, with their means but not their origins (read
        one for those). Examples: `?model=count-model`, `?fingerprint=…` (runs over the same data).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            fingerprint: Only runs that read exactly these data (the `fingerprint` of a run).
            limit: Page size, 1 to 100.
            model: Only runs of this model.

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
            SyncCursorPage[BacktestSummary],
            BacktestList,
            build_options(
                "GET",
                "/v1/backtests",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "fingerprint": fingerprint,
                    "limit": limit,
                    "model": model,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_forecast_versions(
        self,
        forecast_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[ForecastVersion]:
        """List a forecast's versions.

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
            SyncCursorPage[ForecastVersion],
            ForecastVersionList,
            build_options(
                "GET",
                f"/v1/forecasts/{path_param('forecast_id', forecast_id)}/history",
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

    def list_forecasts(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        current: bool | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        forecaster: str | None = None,
        forecaster_kind: Literal["person", "team", "model"] | None = None,
        limit: int | None = None,
        question: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Forecast]:
        """List forecasts.

        List forecasts, newest first. Examples: `?question=qst_…&current=true` (each forecaster's latest), `?forecaster_kind=model`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            current: `true`: only forecasts nothing supersedes (each forecaster's latest); `false`: only superseded ones.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            forecaster: Only forecasts by this forecaster (the exact name), e.g. `climatology`.
            forecaster_kind: Only forecasts by forecasters of this kind.
            limit: Page size, 1 to 100.
            question: Only forecasts on this question (a question id).

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
            SyncCursorPage[Forecast],
            ForecastList,
            build_options(
                "GET",
                "/v1/forecasts",
                query={
                    "as_of": as_of,
                    "current": current,
                    "cursor": cursor,
                    "dataset": dataset,
                    "forecaster": forecaster,
                    "forecaster_kind": forecaster_kind,
                    "limit": limit,
                    "question": question,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_question_versions(
        self,
        question_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[QuestionVersion]:
        """List a question's versions.

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
            SyncCursorPage[QuestionVersion],
            QuestionVersionList,
            build_options(
                "GET",
                f"/v1/questions/{path_param('question_id', question_id)}/history",
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

    def list_questions(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        indicator: str | None = None,
        kind: Literal["binary", "count", "quantity"] | None = None,
        limit: int | None = None,
        resolves_from: _dt.datetime | str | None = None,
        resolves_to: _dt.datetime | str | None = None,
        state: Literal["open", "closed", "resolved", "annulled"] | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Question]:
        """List questions.

        List questions, newest first. Examples: `?state=open`, `?tag=dprk`, `?indicator=ind_…`, `?resolves_from=2027-01-01T00:00:00Z`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            indicator: Only questions whose criteria measure this indicator (an indicator id).
            kind: Only questions of this kind.
            limit: Page size, 1 to 100.
            resolves_from: Only questions resolving at or after this instant.
            resolves_to: Only questions resolving at or before this instant.
            state: Only questions in this state.
            tag: Only questions with this tag, e.g. `dprk`.

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
            SyncCursorPage[Question],
            QuestionList,
            build_options(
                "GET",
                "/v1/questions",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "indicator": indicator,
                    "kind": kind,
                    "limit": limit,
                    "resolves_from": resolves_from,
                    "resolves_to": resolves_to,
                    "state": state,
                    "tag": tag,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def update_backtest(
        self,
        backtest_id: str,
        *,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Backtest:
        """Change a backtest's external id.

        Only `external_id` changes: a backtest's numbers are never edited (run a new one).

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
            Backtest,
            build_options(
                "PATCH",
                f"/v1/backtests/{path_param('backtest_id', backtest_id)}",
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

    def update_forecast(
        self,
        forecast_id: str,
        *,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Forecast:
        """Change a forecast's external id.

        Only `external_id` changes: a forecast's content is never edited (make a new one, which supersedes it).

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
            Forecast,
            build_options(
                "PATCH",
                f"/v1/forecasts/{path_param('forecast_id', forecast_id)}",
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

    def update_question(
        self,
        question_id: str,
        *,
        annul: str | UnsetType = UNSET,
        closes_at: _dt.datetime | str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        evidence: ResolutionEvidence | ResolutionEvidenceParam | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        resolution_note: str | None | UnsetType = UNSET,
        resolve: float | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        title: str | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Question:
        """Change, resolve or annul a question.

        Change the words (`title`, `description`, `tags`), move `closes_at` while the question is open,
        resolve it (`resolve`: a judgment question once `resolves_at` has passed, or a question flagged
        for review — resolving it again on purpose), or annul it (`annul`, with the reason: it leaves
        every score and leaderboard). Criteria, kind and window never change.

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
            Question,
            build_options(
                "PATCH",
                f"/v1/questions/{path_param('question_id', question_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "annul": annul,
                    "closes_at": closes_at,
                    "description": description,
                    "evidence": evidence,
                    "external_id": external_id,
                    "resolution_note": resolution_note,
                    "resolve": resolve,
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


class ForecastingWithRawResponse:
    """``forecasting`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Forecasting) -> None:
        self.create_backtest = to_raw_response_wrapper(resource.create_backtest)
        self.create_forecast = to_raw_response_wrapper(resource.create_forecast)
        self.create_question = to_raw_response_wrapper(resource.create_question)
        self.delete_backtest = to_raw_response_wrapper(resource.delete_backtest)
        self.delete_question = to_raw_response_wrapper(resource.delete_question)
        self.get_backtest = to_raw_response_wrapper(resource.get_backtest)
        self.get_calibration = to_raw_response_wrapper(resource.get_calibration)
        self.get_forecast = to_raw_response_wrapper(resource.get_forecast)
        self.get_leaderboard = to_raw_response_wrapper(resource.get_leaderboard)
        self.get_question = to_raw_response_wrapper(resource.get_question)
        self.get_question_scores = to_raw_response_wrapper(resource.get_question_scores)
        self.list_backtest_versions = to_raw_response_wrapper(resource.list_backtest_versions)
        self.list_backtests = to_raw_response_wrapper(resource.list_backtests)
        self.list_forecast_versions = to_raw_response_wrapper(resource.list_forecast_versions)
        self.list_forecasts = to_raw_response_wrapper(resource.list_forecasts)
        self.list_question_versions = to_raw_response_wrapper(resource.list_question_versions)
        self.list_questions = to_raw_response_wrapper(resource.list_questions)
        self.update_backtest = to_raw_response_wrapper(resource.update_backtest)
        self.update_forecast = to_raw_response_wrapper(resource.update_forecast)
        self.update_question = to_raw_response_wrapper(resource.update_question)


class ForecastingWithStreamingResponse:
    """``forecasting`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Forecasting) -> None:
        self.create_backtest = to_streamed_response_wrapper(resource.create_backtest)
        self.create_forecast = to_streamed_response_wrapper(resource.create_forecast)
        self.create_question = to_streamed_response_wrapper(resource.create_question)
        self.delete_backtest = to_streamed_response_wrapper(resource.delete_backtest)
        self.delete_question = to_streamed_response_wrapper(resource.delete_question)
        self.get_backtest = to_streamed_response_wrapper(resource.get_backtest)
        self.get_calibration = to_streamed_response_wrapper(resource.get_calibration)
        self.get_forecast = to_streamed_response_wrapper(resource.get_forecast)
        self.get_leaderboard = to_streamed_response_wrapper(resource.get_leaderboard)
        self.get_question = to_streamed_response_wrapper(resource.get_question)
        self.get_question_scores = to_streamed_response_wrapper(resource.get_question_scores)
        self.list_backtest_versions = to_streamed_response_wrapper(resource.list_backtest_versions)
        self.list_backtests = to_streamed_response_wrapper(resource.list_backtests)
        self.list_forecast_versions = to_streamed_response_wrapper(resource.list_forecast_versions)
        self.list_forecasts = to_streamed_response_wrapper(resource.list_forecasts)
        self.list_question_versions = to_streamed_response_wrapper(resource.list_question_versions)
        self.list_questions = to_streamed_response_wrapper(resource.list_questions)
        self.update_backtest = to_streamed_response_wrapper(resource.update_backtest)
        self.update_forecast = to_streamed_response_wrapper(resource.update_forecast)
        self.update_question = to_streamed_response_wrapper(resource.update_question)


class AsyncForecasting(AsyncAPIResource):
    """Questions with criteria a machine checks, forecasts that are never edited, resolution from the data as known at the resolution date, proper scores, calibration, leaderboards, and backtests of the built-in baseline models."""

    @cached_property
    def with_raw_response(self) -> AsyncForecastingWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncForecastingWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncForecastingWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncForecastingWithStreamingResponse(self)

    async def create_backtest(
        self,
        *,
        model: Literal["climatology", "count-model", "persistence"],
        origin_from: _dt.date | str,
        origin_to: _dt.date | str,
        template: BacktestTemplate | BacktestTemplateParam,
        dataset: str | UnsetType = UNSET,
        window: int | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Backtest:
        """Run a backtest.

        Run a built-in model (`climatology`, `count-model`, `persistence`) over a question
        template at every origin from `origin_from` to `origin_to` (one per period, at most 600),
        and store the run. Send an `Idempotency-Key` to make retries safe.

        At each origin the model sees only what had been reported by that instant; the answer is
        the template's measure over the next `periods` periods as known at the window's end. Each
        origin is scored (binary: Brier and log score; count: CRPS from the quantiles, the quantile
        score and whether the answer fell between the outermost quantiles), and so is climatology
        on the same origins, the reference of the skill scores. The same data, model and template
        give the same numbers and `fingerprint`. Example: `{"model": "count-model", "template":
        {"over": "events", "filters": {"tag": "missile-test"}, "kind": "binary"}, "origin_from":
        "1998-01-01", "origin_to": "2026-10-01"}`. See `docs/forecasting.md`.

        Args:
            dataset: `live` (the real world) or an exercise or sandbox dataset
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
            Backtest,
            build_options(
                "POST",
                "/v1/backtests",
                body={
                    "model": model,
                    "origin_from": origin_from,
                    "origin_to": origin_to,
                    "template": template,
                    "dataset": dataset,
                    "window": window,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def create_forecast(
        self,
        *,
        forecaster: str,
        question_id: str,
        bins: Sequence[float] | None | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        evidence: Sequence[str] | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        forecaster_kind: Literal["model", "person", "team"] | UnsetType = UNSET,
        probability: float | None | UnsetType = UNSET,
        quantiles: Sequence[Quantile | QuantileParam] | None | UnsetType = UNSET,
        rationale: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Forecast:
        """Make a forecast.

        A forecaster's answer to an open question, at the server's clock.

        A binary question takes `probability`; a count or quantity question takes `quantiles` at
        exactly the question's levels (values non-decreasing) or `bins` (one probability per bin of
        the question's edges, summing to 1). The forecast supersedes the forecaster's previous one on
        the question (`supersedes`, set by the server); `key_name` is the API key that wrote it and
        `created_at` cannot be sent. A question that does not exist, is in another dataset or is not
        open (before `opens_at`, after `closes_at`, closed, resolved or annulled), or an answer of the
        wrong shape: 422 with a pointer.

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
            Forecast,
            build_options(
                "POST",
                "/v1/forecasts",
                body={
                    "forecaster": forecaster,
                    "question_id": question_id,
                    "bins": bins,
                    "dataset": dataset,
                    "evidence": evidence,
                    "external_id": external_id,
                    "forecaster_kind": forecaster_kind,
                    "probability": probability,
                    "quantiles": quantiles,
                    "rationale": rationale,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def create_question(
        self,
        *,
        closes_at: _dt.datetime | str,
        kind: Literal["binary", "count", "quantity"],
        resolves_at: _dt.datetime | str,
        title: str,
        bins: Sequence[float] | None | UnsetType = UNSET,
        criteria: Criteria | CriteriaParam | None | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        judgment: bool | UnsetType = UNSET,
        opens_at: _dt.datetime | str | None | UnsetType = UNSET,
        quantile_levels: Sequence[float] | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Question:
        """Create a question.

        A forecasting question: binary, count or quantity, with criteria a machine can check.

        The criteria measure an indicator (`indicator_id`, its figures for the periods inside the
        window combined by `aggregate`) or events or statements chosen with the lists' filters
        (`over`, `filters`, `measure`) over `[window_start, window_end]`; a binary question compares
        the value (`comparison`, by default `>= 1`). The worker resolves it at `resolves_at` from the
        data as known then. A question with `judgment: true` is resolved by an analyst. Criteria that
        name nothing, an indicator of another dataset, unknown filters or actors, an impossible
        window, levels or bins out of order: 422 with a pointer. See `docs/forecasting.md`.

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
            Question,
            build_options(
                "POST",
                "/v1/questions",
                body={
                    "closes_at": closes_at,
                    "kind": kind,
                    "resolves_at": resolves_at,
                    "title": title,
                    "bins": bins,
                    "criteria": criteria,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "judgment": judgment,
                    "opens_at": opens_at,
                    "quantile_levels": quantile_levels,
                    "tags": tags,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def delete_backtest(
        self,
        backtest_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Backtest:
        """Delete a backtest.

        Tombstone the run: reads answer 404, history and the change feed keep it.

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
            Backtest,
            build_options(
                "DELETE",
                f"/v1/backtests/{path_param('backtest_id', backtest_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def delete_question(
        self,
        question_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Question:
        """Delete a question.

        Tombstone the question: reads answer 404, history and the change feed keep it.

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
            Question,
            build_options(
                "DELETE",
                f"/v1/questions/{path_param('question_id', question_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_backtest(
        self,
        backtest_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Backtest:
        """Read a backtest.

        A stored backtest: its request, every origin's forecast, answer and scores, the means,
        the skill against climatology and (binary) the calibration table. As it is now or as recorded
        at `as_of`. Sends an `ETag`.

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
            Backtest,
            build_options(
                "GET",
                f"/v1/backtests/{path_param('backtest_id', backtest_id)}",
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

    async def get_calibration(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        dataset: str | None = None,
        forecaster: str | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> CalibrationReport:
        """Reliability tables and Brier decomposition.

        Per forecaster, over the resolved binary questions (of `tag`): the reliability table
        (ten bins of stated probability: count, mean stated probability, observed frequency),
        Murphy's decomposition of the Brier score (reliability, resolution, uncertainty) and
        sharpness. Each day a forecast stood weighs 1 / the days its question was open.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            forecaster: Only this forecaster (by name).
            tag: Only questions with this tag.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            CalibrationReport,
            build_options(
                "GET",
                "/v1/calibration",
                query={
                    "as_of": as_of,
                    "dataset": dataset,
                    "forecaster": forecaster,
                    "tag": tag,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_forecast(
        self,
        forecast_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Forecast:
        """Get a forecast.

        One forecast, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Forecast,
            build_options(
                "GET",
                f"/v1/forecasts/{path_param('forecast_id', forecast_id)}",
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

    async def get_leaderboard(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        dataset: str | None = None,
        kind: Literal["binary", "count", "quantity"] | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Leaderboard:
        """Forecasters ranked over resolved questions.

        Each forecaster's mean time-averaged scores over the resolved questions of `kind` (and
        `tag`) they forecast, each question weighing the same, with skill against `climatology`;
        best first (lowest Brier, or CRPS). Annulled questions are left out.
        Example: `?tag=dprk-missiles&as_of=2026-07-01T00:00:00Z`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            kind: Questions of this kind (their scores differ): `binary` default.
            tag: Only questions with this tag.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Leaderboard,
            build_options(
                "GET",
                "/v1/leaderboard",
                query={
                    "as_of": as_of,
                    "dataset": dataset,
                    "kind": kind,
                    "tag": tag,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_question(
        self,
        question_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Question:
        """Get a question.

        One question, as it is now or as recorded at `as_of`. Sends an `ETag`.

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
            Question,
            build_options(
                "GET",
                f"/v1/questions/{path_param('question_id', question_id)}",
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

    async def get_question_scores(
        self,
        question_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> QuestionScores:
        """A question's scores, per forecaster.

        Every forecaster's time-averaged scores on a resolved question, best first: Brier and
        log for a binary question, CRPS, quantile score and 50 %/90 % interval coverage for a count
        or quantity, skill against `climatology`, the days scored and the latest forecast.

        A forecaster is scored for every UTC day the question was open with their forecast standing
        at the end of that day; days before their first forecast take climatology's. A question not
        resolved (or annulled) at `as_of` answers `200` with `status` `unresolved` (or `annulled`),
        its `reason` and no forecasters. See `docs/forecasting.md`.

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
            QuestionScores,
            build_options(
                "GET",
                f"/v1/questions/{path_param('question_id', question_id)}/scores",
                query={
                    "as_of": as_of,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def list_backtest_versions(
        self,
        backtest_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[BacktestVersion]:
        """List a backtest's versions.

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
            AsyncCursorPage[BacktestVersion],
            BacktestVersionList,
            build_options(
                "GET",
                f"/v1/backtests/{path_param('backtest_id', backtest_id)}/history",
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

    def list_backtests(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        fingerprint: str | None = None,
        limit: int | None = None,
        model: Literal["climatology", "count-model", "persistence"] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[BacktestSummary]:
        """List backtests.

        The dataset's backtests, newest first, with their means but not their origins (read
        one for those). Examples: `?model=count-model`, `?fingerprint=…` (runs over the same data).

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            fingerprint: Only runs that read exactly these data (the `fingerprint` of a run).
            limit: Page size, 1 to 100.
            model: Only runs of this model.

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
            AsyncCursorPage[BacktestSummary],
            BacktestList,
            build_options(
                "GET",
                "/v1/backtests",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "fingerprint": fingerprint,
                    "limit": limit,
                    "model": model,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_forecast_versions(
        self,
        forecast_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[ForecastVersion]:
        """List a forecast's versions.

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
            AsyncCursorPage[ForecastVersion],
            ForecastVersionList,
            build_options(
                "GET",
                f"/v1/forecasts/{path_param('forecast_id', forecast_id)}/history",
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

    def list_forecasts(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        current: bool | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        forecaster: str | None = None,
        forecaster_kind: Literal["person", "team", "model"] | None = None,
        limit: int | None = None,
        question: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Forecast]:
        """List forecasts.

        List forecasts, newest first. Examples: `?question=qst_…&current=true` (each forecaster's latest), `?forecaster_kind=model`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            current: `true`: only forecasts nothing supersedes (each forecaster's latest); `false`: only superseded ones.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            forecaster: Only forecasts by this forecaster (the exact name), e.g. `climatology`.
            forecaster_kind: Only forecasts by forecasters of this kind.
            limit: Page size, 1 to 100.
            question: Only forecasts on this question (a question id).

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
            AsyncCursorPage[Forecast],
            ForecastList,
            build_options(
                "GET",
                "/v1/forecasts",
                query={
                    "as_of": as_of,
                    "current": current,
                    "cursor": cursor,
                    "dataset": dataset,
                    "forecaster": forecaster,
                    "forecaster_kind": forecaster_kind,
                    "limit": limit,
                    "question": question,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_question_versions(
        self,
        question_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[QuestionVersion]:
        """List a question's versions.

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
            AsyncCursorPage[QuestionVersion],
            QuestionVersionList,
            build_options(
                "GET",
                f"/v1/questions/{path_param('question_id', question_id)}/history",
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

    def list_questions(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        indicator: str | None = None,
        kind: Literal["binary", "count", "quantity"] | None = None,
        limit: int | None = None,
        resolves_from: _dt.datetime | str | None = None,
        resolves_to: _dt.datetime | str | None = None,
        state: Literal["open", "closed", "resolved", "annulled"] | None = None,
        tag: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Question]:
        """List questions.

        List questions, newest first. Examples: `?state=open`, `?tag=dprk`, `?indicator=ind_…`, `?resolves_from=2027-01-01T00:00:00Z`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            indicator: Only questions whose criteria measure this indicator (an indicator id).
            kind: Only questions of this kind.
            limit: Page size, 1 to 100.
            resolves_from: Only questions resolving at or after this instant.
            resolves_to: Only questions resolving at or before this instant.
            state: Only questions in this state.
            tag: Only questions with this tag, e.g. `dprk`.

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
            AsyncCursorPage[Question],
            QuestionList,
            build_options(
                "GET",
                "/v1/questions",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "dataset": dataset,
                    "indicator": indicator,
                    "kind": kind,
                    "limit": limit,
                    "resolves_from": resolves_from,
                    "resolves_to": resolves_to,
                    "state": state,
                    "tag": tag,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    async def update_backtest(
        self,
        backtest_id: str,
        *,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Backtest:
        """Change a backtest's external id.

        Only `external_id` changes: a backtest's numbers are never edited (run a new one).

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
            Backtest,
            build_options(
                "PATCH",
                f"/v1/backtests/{path_param('backtest_id', backtest_id)}",
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

    async def update_forecast(
        self,
        forecast_id: str,
        *,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Forecast:
        """Change a forecast's external id.

        Only `external_id` changes: a forecast's content is never edited (make a new one, which supersedes it).

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
            Forecast,
            build_options(
                "PATCH",
                f"/v1/forecasts/{path_param('forecast_id', forecast_id)}",
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

    async def update_question(
        self,
        question_id: str,
        *,
        annul: str | UnsetType = UNSET,
        closes_at: _dt.datetime | str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        evidence: ResolutionEvidence | ResolutionEvidenceParam | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        resolution_note: str | None | UnsetType = UNSET,
        resolve: float | UnsetType = UNSET,
        tags: Sequence[str] | UnsetType = UNSET,
        title: str | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Question:
        """Change, resolve or annul a question.

        Change the words (`title`, `description`, `tags`), move `closes_at` while the question is open,
        resolve it (`resolve`: a judgment question once `resolves_at` has passed, or a question flagged
        for review — resolving it again on purpose), or annul it (`annul`, with the reason: it leaves
        every score and leaderboard). Criteria, kind and window never change.

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
            Question,
            build_options(
                "PATCH",
                f"/v1/questions/{path_param('question_id', question_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "annul": annul,
                    "closes_at": closes_at,
                    "description": description,
                    "evidence": evidence,
                    "external_id": external_id,
                    "resolution_note": resolution_note,
                    "resolve": resolve,
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


class AsyncForecastingWithRawResponse:
    """``forecasting`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncForecasting) -> None:
        self.create_backtest = async_to_raw_response_wrapper(resource.create_backtest)
        self.create_forecast = async_to_raw_response_wrapper(resource.create_forecast)
        self.create_question = async_to_raw_response_wrapper(resource.create_question)
        self.delete_backtest = async_to_raw_response_wrapper(resource.delete_backtest)
        self.delete_question = async_to_raw_response_wrapper(resource.delete_question)
        self.get_backtest = async_to_raw_response_wrapper(resource.get_backtest)
        self.get_calibration = async_to_raw_response_wrapper(resource.get_calibration)
        self.get_forecast = async_to_raw_response_wrapper(resource.get_forecast)
        self.get_leaderboard = async_to_raw_response_wrapper(resource.get_leaderboard)
        self.get_question = async_to_raw_response_wrapper(resource.get_question)
        self.get_question_scores = async_to_raw_response_wrapper(resource.get_question_scores)
        self.list_backtest_versions = async_to_raw_response_wrapper(resource.list_backtest_versions)
        self.list_backtests = async_to_raw_response_wrapper(resource.list_backtests)
        self.list_forecast_versions = async_to_raw_response_wrapper(resource.list_forecast_versions)
        self.list_forecasts = async_to_raw_response_wrapper(resource.list_forecasts)
        self.list_question_versions = async_to_raw_response_wrapper(resource.list_question_versions)
        self.list_questions = async_to_raw_response_wrapper(resource.list_questions)
        self.update_backtest = async_to_raw_response_wrapper(resource.update_backtest)
        self.update_forecast = async_to_raw_response_wrapper(resource.update_forecast)
        self.update_question = async_to_raw_response_wrapper(resource.update_question)


class AsyncForecastingWithStreamingResponse:
    """``forecasting`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncForecasting) -> None:
        self.create_backtest = async_to_streamed_response_wrapper(resource.create_backtest)
        self.create_forecast = async_to_streamed_response_wrapper(resource.create_forecast)
        self.create_question = async_to_streamed_response_wrapper(resource.create_question)
        self.delete_backtest = async_to_streamed_response_wrapper(resource.delete_backtest)
        self.delete_question = async_to_streamed_response_wrapper(resource.delete_question)
        self.get_backtest = async_to_streamed_response_wrapper(resource.get_backtest)
        self.get_calibration = async_to_streamed_response_wrapper(resource.get_calibration)
        self.get_forecast = async_to_streamed_response_wrapper(resource.get_forecast)
        self.get_leaderboard = async_to_streamed_response_wrapper(resource.get_leaderboard)
        self.get_question = async_to_streamed_response_wrapper(resource.get_question)
        self.get_question_scores = async_to_streamed_response_wrapper(resource.get_question_scores)
        self.list_backtest_versions = async_to_streamed_response_wrapper(
            resource.list_backtest_versions
        )
        self.list_backtests = async_to_streamed_response_wrapper(resource.list_backtests)
        self.list_forecast_versions = async_to_streamed_response_wrapper(
            resource.list_forecast_versions
        )
        self.list_forecasts = async_to_streamed_response_wrapper(resource.list_forecasts)
        self.list_question_versions = async_to_streamed_response_wrapper(
            resource.list_question_versions
        )
        self.list_questions = async_to_streamed_response_wrapper(resource.list_questions)
        self.update_backtest = async_to_streamed_response_wrapper(resource.update_backtest)
        self.update_forecast = async_to_streamed_response_wrapper(resource.update_forecast)
        self.update_question = async_to_streamed_response_wrapper(resource.update_question)
