# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.forecasting``: Questions, forecasts, their automatic resolution, proper scores, calibration, leaderboards, and backtests of the built-in baseline models."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from functools import cached_property
from typing import Literal

from msgspec import UNSET, UnsetType

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
    BacktestTemplate,
    BacktestTemplateParam,
    CalibrationReport,
    Leaderboard,
    QuestionScores,
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
    """Questions, forecasts, their automatic resolution, proper scores, calibration, leaderboards, and backtests of the built-in baseline models."""

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Backtest:
        """Run a backtest.

        Run a built-in model (`climatology`, `count-model`, `persistence`) over a question
        template at every origin from `origin_from` to `origin_to` (one per period, at most 600),
        and store the run.

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

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_backtest(
        self,
        backtest_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Backtest:
        """Read a backtest.

        A stored backtest: its request, every origin's forecast, answer and scores, the means,
        the skill against climatology and (binary) the calibration table.

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

    def list_backtests(
        self,
        *,
        cursor: str | None = None,
        dataset: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> BacktestList:
        """List backtests.

        The dataset's backtests, newest first, with their means but not their origins (read one
        for those).

        Args:
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            limit: Page size, 1 to 100.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            BacktestList,
            build_options(
                "GET",
                "/v1/backtests",
                query={
                    "cursor": cursor,
                    "dataset": dataset,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class ForecastingWithRawResponse:
    """``forecasting`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Forecasting) -> None:
        self.create_backtest = to_raw_response_wrapper(resource.create_backtest)
        self.get_backtest = to_raw_response_wrapper(resource.get_backtest)
        self.get_calibration = to_raw_response_wrapper(resource.get_calibration)
        self.get_leaderboard = to_raw_response_wrapper(resource.get_leaderboard)
        self.get_question_scores = to_raw_response_wrapper(resource.get_question_scores)
        self.list_backtests = to_raw_response_wrapper(resource.list_backtests)


class ForecastingWithStreamingResponse:
    """``forecasting`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Forecasting) -> None:
        self.create_backtest = to_streamed_response_wrapper(resource.create_backtest)
        self.get_backtest = to_streamed_response_wrapper(resource.get_backtest)
        self.get_calibration = to_streamed_response_wrapper(resource.get_calibration)
        self.get_leaderboard = to_streamed_response_wrapper(resource.get_leaderboard)
        self.get_question_scores = to_streamed_response_wrapper(resource.get_question_scores)
        self.list_backtests = to_streamed_response_wrapper(resource.list_backtests)


class AsyncForecasting(AsyncAPIResource):
    """Questions, forecasts, their automatic resolution, proper scores, calibration, leaderboards, and backtests of the built-in baseline models."""

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Backtest:
        """Run a backtest.

        Run a built-in model (`climatology`, `count-model`, `persistence`) over a question
        template at every origin from `origin_from` to `origin_to` (one per period, at most 600),
        and store the run.

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

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_backtest(
        self,
        backtest_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Backtest:
        """Read a backtest.

        A stored backtest: its request, every origin's forecast, answer and scores, the means,
        the skill against climatology and (binary) the calibration table.

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

    async def list_backtests(
        self,
        *,
        cursor: str | None = None,
        dataset: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> BacktestList:
        """List backtests.

        The dataset's backtests, newest first, with their means but not their origins (read one
        for those).

        Args:
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            limit: Page size, 1 to 100.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or dataset this needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            BacktestList,
            build_options(
                "GET",
                "/v1/backtests",
                query={
                    "cursor": cursor,
                    "dataset": dataset,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncForecastingWithRawResponse:
    """``forecasting`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncForecasting) -> None:
        self.create_backtest = async_to_raw_response_wrapper(resource.create_backtest)
        self.get_backtest = async_to_raw_response_wrapper(resource.get_backtest)
        self.get_calibration = async_to_raw_response_wrapper(resource.get_calibration)
        self.get_leaderboard = async_to_raw_response_wrapper(resource.get_leaderboard)
        self.get_question_scores = async_to_raw_response_wrapper(resource.get_question_scores)
        self.list_backtests = async_to_raw_response_wrapper(resource.list_backtests)


class AsyncForecastingWithStreamingResponse:
    """``forecasting`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncForecasting) -> None:
        self.create_backtest = async_to_streamed_response_wrapper(resource.create_backtest)
        self.get_backtest = async_to_streamed_response_wrapper(resource.get_backtest)
        self.get_calibration = async_to_streamed_response_wrapper(resource.get_calibration)
        self.get_leaderboard = async_to_streamed_response_wrapper(resource.get_leaderboard)
        self.get_question_scores = async_to_streamed_response_wrapper(resource.get_question_scores)
        self.list_backtests = async_to_streamed_response_wrapper(resource.list_backtests)
