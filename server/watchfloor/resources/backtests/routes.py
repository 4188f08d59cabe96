"""``/v1/backtests``: run a built-in model over a question template at rolling origins."""

from typing import Any

from litestar import Response, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody

from watchfloor.context import Context
from watchfloor.cursors import CursorCodec, filter_fingerprint, sort_key
from watchfloor.forecasting import backtests
from watchfloor.http.params import Cursor, DatasetQuery, Limit
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import json_response
from watchfloor.resources.backtests.schemas import Backtest, BacktestCreate, BacktestList

__all__ = ("create_backtest", "get_backtest", "list_backtests")


@post(
    "/v1/backtests",
    operation_id="createBacktest",
    summary="Run a backtest",
    tags=["forecasting"],
    status_code=201,
    responses=problem_responses(400, 403, 422),
)
async def create_backtest(
    ctx: NamedDependency[Context], data: JSONBody[BacktestCreate]
) -> Response[Backtest]:
    """Run a built-in model (`climatology`, `count-model`, `persistence`) over a question
    template at every origin from `origin_from` to `origin_to` (one per period, at most 600),
    and store the run.

    At each origin the model sees only what had been reported by that instant; the answer is
    the template's measure over the next `periods` periods as known at the window's end. Each
    origin is scored (binary: Brier and log score; count: CRPS from the quantiles, the quantile
    score and whether the answer fell between the outermost quantiles), and so is climatology
    on the same origins, the reference of the skill scores. The same data, model and template
    give the same numbers and `fingerprint`. Example: `{"model": "count-model", "template":
    {"over": "events", "filters": {"tag": "missile-test"}, "kind": "binary"}, "origin_from":
    "1998-01-01", "origin_to": "2026-10-01"}`. See `docs/forecasting.md`."""
    body = await backtests.run(ctx, data)
    response: Any = json_response(body, status=201)
    return response  # type: ignore[no-any-return]


@get(
    "/v1/backtests/{backtest_id:str}",
    operation_id="getBacktest",
    summary="Read a backtest",
    tags=["forecasting"],
    responses=problem_responses(400, 404),
)
async def get_backtest(
    ctx: NamedDependency[Context], backtest_id: FromPath[str]
) -> Response[Backtest]:
    """A stored backtest: its request, every origin's forecast, answer and scores, the means,
    the skill against climatology and (binary) the calibration table."""
    body = await backtests.get(ctx, backtest_id)
    response: Any = json_response(body)
    return response  # type: ignore[no-any-return]


@get(
    "/v1/backtests",
    operation_id="listBacktests",
    summary="List backtests",
    tags=["forecasting"],
    responses=problem_responses(400, 403),
)
async def list_backtests(
    ctx: NamedDependency[Context],
    cursor_codec: NamedDependency[CursorCodec],
    dataset: DatasetQuery = "live",
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response[BacktestList]:
    """The dataset's backtests, newest first, with their means but not their origins (read one
    for those)."""
    fingerprint = filter_fingerprint({"list": "backtests", "dataset": dataset})
    before = None
    if cursor is not None:
        before = str(sort_key(cursor_codec.decode(cursor, fingerprint), [str])[0])
    rows, last = await backtests.listing(ctx, dataset, before, limit)
    next_cursor = None if last is None else cursor_codec.encode(fingerprint, [last])
    response: Any = json_response(BacktestList(data=rows, next_cursor=next_cursor))
    return response  # type: ignore[no-any-return]
