"""``/v1/backtests``: run a built-in model over a question template at rolling origins.

The kit serves list, get, history, the bookkeeping ``PATCH`` (``external_id`` only) and
``DELETE``; the create is this resource's own, since it runs the request rather than storing
its body (an import line restores a run: ``BacktestImport``).
"""

from typing import Annotated, Any, Literal

from litestar import Request, Response, post
from litestar.di import NamedDependency
from litestar.params import JSONBody, QueryParameter

from watchfloor.context import Context
from watchfloor.http import handlers
from watchfloor.http.headers import IdempotencyKey
from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.params import DatasetQuery
from watchfloor.http.problems import problem_responses
from watchfloor.resources.backtests.render import to_summary
from watchfloor.resources.backtests.resource import BACKTEST
from watchfloor.resources.backtests.schemas import (
    Backtest,
    BacktestCreate,
    BacktestFilters,
)
from watchfloor.resources.backtests.service import BacktestService

__all__ = ("backtest_filters", "create_backtest", "router")


@post(
    "/",
    operation_id="createBacktest",
    summary="Run a backtest",
    status_code=201,
    responses=problem_responses(400, 403, 409, 413, 415, 422),
)
async def create_backtest(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    data: JSONBody[BacktestCreate],
    idempotency_key: IdempotencyKey = None,
) -> Response[Backtest]:
    """Run a built-in model (`climatology`, `count-model`, `persistence`) over a question
    template at every origin from `origin_from` to `origin_to` (one per period, at most 600),
    and store the run. Send an `Idempotency-Key` to make retries safe.

    At each origin the model sees only what had been reported by that instant; the answer is
    the template's measure over the next `periods` periods as known at the window's end. Each
    origin is scored (binary: Brier and log score; count: CRPS from the quantiles, the quantile
    score and whether the answer fell between the outermost quantiles), and so is climatology
    on the same origins, the reference of the skill scores. The same data, model and template
    give the same numbers and `fingerprint`. Example: `{"model": "count-model", "template":
    {"over": "events", "filters": {"tag": "missile-test"}, "kind": "binary"}, "origin_from":
    "1998-01-01", "origin_to": "2026-10-01"}`. See `docs/forecasting.md`."""
    service = BACKTEST.service
    assert isinstance(service, BacktestService)
    return await handlers.create(
        request, ctx, idempotency_key, lambda: service.run(ctx, data), BACKTEST.render
    )


def backtest_filters(
    dataset: DatasetQuery = "live",
    model: Annotated[
        Literal["climatology", "count-model", "persistence"] | None,
        QueryParameter(description="Only runs of this model."),
    ] = None,
    fingerprint: Annotated[
        str | None,
        QueryParameter(
            description="Only runs that read exactly these data (the `fingerprint` of a run).",
            pattern="^[0-9a-f]{64}$",
        ),
    ] = None,
) -> BacktestFilters:
    return BacktestFilters(dataset=dataset, model=model, fingerprint=fingerprint)


router = routes(
    BACKTEST,
    Face(
        tag="forecasting",
        filters=backtest_filters,
        operations=("list", "get", "update", "delete", "history"),
        problems={"list": (400, 403)},
        render_listed=lambda filters: to_summary,
        extra=[create_backtest],
        words={
            "list": Words(
                "List backtests",
                """The dataset's backtests, newest first, with their means but not their origins (read
one for those). Examples: `?model=count-model`, `?fingerprint=…` (runs over the same data).""",
            ),
            "get": Words(
                "Read a backtest",
                """A stored backtest: its request, every origin's forecast, answer and scores, the means,
the skill against climatology and (binary) the calibration table. As it is now or as recorded
at `as_of`. Sends an `ETag`.""",
            ),
            "update": Words(
                "Change a backtest's external id",
                "Only `external_id` changes: a backtest's numbers are never edited (run a new "
                "one).",
            ),
            "delete": Words(
                "Delete a backtest",
                "Tombstone the run: reads answer 404, history and the change feed keep it.",
            ),
        },
    ),
)
