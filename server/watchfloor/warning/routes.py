"""``GET /v1/warning-board``: the board of a dataset at any instant of both clocks."""

from typing import Any

from litestar import Response, get
from litestar.di import NamedDependency

from watchfloor.context import Context
from watchfloor.http.params import AsOf, DatasetQuery, instant
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import json_response
from watchfloor.resources.alerts.routes import KnownBy
from watchfloor.warning.board import board
from watchfloor.warning.schemas import Board

__all__ = ("warning_board",)


@get(
    "/v1/warning-board",
    operation_id="getWarningBoard",
    summary="Read the warning board",
    tags=["warning"],
    responses=problem_responses(400, 403),
)
async def warning_board(
    ctx: NamedDependency[Context],
    dataset: DatasetQuery = "live",
    as_of: AsOf = None,
    known_by: KnownBy = None,
) -> Response[Board]:
    """Every warning problem with its level (`quiet`, `watch`, `warning`) and its open alerts,
    with their freshest evidence.

    `known_by` replays knowledge time: the board as it stood with what had been reported by
    then (`?known_by=2022-02-01T00:00:00Z` is the board of 1 February 2022, asked today).
    `as_of` replays transaction time: the problems and alerts as Watchfloor had recorded them
    then. Without `known_by` the board is at `as_of`, or now. See `docs/warning.md`."""
    ctx.require_dataset(dataset)
    body = await board(
        ctx, dataset, as_of=instant(as_of, "as_of"), known_by=instant(known_by, "known_by")
    )
    response: Any = json_response(body)
    return response  # type: ignore[no-any-return]
