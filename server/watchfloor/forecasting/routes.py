"""``/v1/questions/{id}/scores``, ``/v1/leaderboard``, ``/v1/calibration``: proper scores of
forecasts, as recorded at any instant (``as_of``)."""

from typing import Annotated, Literal

from litestar import get
from litestar.di import NamedDependency
from litestar.params import FromPath, QueryParameter

from watchfloor.context import Context
from watchfloor.forecasting import scoring
from watchfloor.forecasting.schemas import CalibrationReport, Leaderboard, QuestionScores
from watchfloor.http.params import AsOf, DatasetQuery, instant
from watchfloor.http.problems import problem_responses

__all__ = ("calibration", "leaderboard", "question_scores")

TagQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only questions with this tag.", pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$"
    ),
]
ForecasterQuery = Annotated[
    str | None,
    QueryParameter(description="Only this forecaster (by name).", min_length=1, max_length=200),
]
KindQuery = Annotated[
    Literal["binary", "count", "quantity"],
    QueryParameter(description="Questions of this kind (their scores differ): `binary` default."),
]


@get(
    "/v1/questions/{question_id:str}/scores",
    operation_id="getQuestionScores",
    summary="A question's scores, per forecaster",
    tags=["forecasting"],
    responses=problem_responses(400, 404),
)
async def question_scores(
    ctx: NamedDependency[Context], question_id: FromPath[str], as_of: AsOf = None
) -> QuestionScores:
    """Every forecaster's time-averaged scores on a resolved question, best first: Brier and
    log for a binary question, CRPS, quantile score and 50 %/90 % interval coverage for a count
    or quantity, skill against `climatology`, the days scored and the latest forecast.

    A forecaster is scored for every UTC day the question was open with their forecast standing
    at the end of that day; days before their first forecast take climatology's. A question not
    resolved (or annulled) at `as_of` answers `200` with `status` `unresolved` (or `annulled`),
    its `reason` and no forecasters. See `docs/forecasting.md`."""
    return await scoring.question_scores(ctx, question_id, instant(as_of, "as_of"))


@get(
    "/v1/leaderboard",
    operation_id="getLeaderboard",
    summary="Forecasters ranked over resolved questions",
    tags=["forecasting"],
    responses=problem_responses(400, 403),
)
async def leaderboard(
    ctx: NamedDependency[Context],
    dataset: DatasetQuery = "live",
    kind: KindQuery = "binary",
    tag: TagQuery = None,
    as_of: AsOf = None,
) -> Leaderboard:
    """Each forecaster's mean time-averaged scores over the resolved questions of `kind` (and
    `tag`) they forecast, each question weighing the same, with skill against `climatology`;
    best first (lowest Brier, or CRPS). Annulled questions are left out.
    Example: `?tag=dprk-missiles&as_of=2026-07-01T00:00:00Z`."""
    ctx.require_dataset(dataset)
    return await scoring.leaderboard(ctx, dataset, kind, tag, instant(as_of, "as_of"))


@get(
    "/v1/calibration",
    operation_id="getCalibration",
    summary="Reliability tables and Brier decomposition",
    tags=["forecasting"],
    responses=problem_responses(400, 403),
)
async def calibration(
    ctx: NamedDependency[Context],
    dataset: DatasetQuery = "live",
    forecaster: ForecasterQuery = None,
    tag: TagQuery = None,
    as_of: AsOf = None,
) -> CalibrationReport:
    """Per forecaster, over the resolved binary questions (of `tag`): the reliability table
    (ten bins of stated probability: count, mean stated probability, observed frequency),
    Murphy's decomposition of the Brier score (reliability, resolution, uncertainty) and
    sharpness. Each day a forecast stood weighs 1 / the days its question was open."""
    ctx.require_dataset(dataset)
    return await scoring.calibration(ctx, dataset, forecaster, tag, instant(as_of, "as_of"))
