"""``/v1/indicators/{id}/observations``, ``…/warnings`` and ``…/figures``: one indicator's series
over HTTP."""

from typing import Any, cast

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody

from watchfloor.context import Context
from watchfloor.cursors import CursorCodec
from watchfloor.http import handlers
from watchfloor.http.headers import IdempotencyKey
from watchfloor.http.kit import page_of
from watchfloor.http.params import AsOf, Cursor, Limit, day, instant
from watchfloor.http.problems import problem_responses
from watchfloor.resources.indicators.schemas import (
    LEVELS,
    FigureList,
    Observation,
    ObservationCreate,
    ObservationFilters,
    ObservationList,
    ObservationWarning,
    ObservationWarningList,
    Threshold,
)
from watchfloor.resources.observations.figures import figures
from watchfloor.resources.observations.params import (
    KnownByQuery,
    MinLevelQuery,
    PeriodFromQuery,
    PeriodToQuery,
    VintageQuery,
    vintage_choice,
)
from watchfloor.resources.observations.resource import OBSERVATION, SERIES

__all__ = ("SeriesController",)

_page = page_of(OBSERVATION)


def _warning(row: Any) -> ObservationWarning:
    crossed = msgspec.convert(row["crossed"], list[Threshold])
    return ObservationWarning(
        level=max((t.level for t in crossed), key=LEVELS.index),
        crossed=crossed,
        observation=cast(Observation, OBSERVATION.render(row)),
    )


def _warnings(
    rows: list[Any], next_cursor: str | None, sync_cursor: str | None
) -> ObservationWarningList:
    return ObservationWarningList(
        data=[_warning(r) for r in rows],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
        sync_cursor=sync_cursor,
    )


def _filters(
    indicator_id: str,
    period_from: str | None,
    period_to: str | None,
    vintage: str,
    min_level: str | None = None,
) -> ObservationFilters:
    mode, published_by = vintage_choice(vintage)
    return ObservationFilters(
        indicator_id=indicator_id,
        period_from=day(period_from, "period_from"),
        period_to=day(period_to, "period_to"),
        vintage=mode,
        published_by=published_by,
        min_level=min_level,
    )


async def _series(
    request: Request[Any, Any, Any],
    ctx: Context,
    codec: CursorCodec,
    filters: ObservationFilters,
    as_of: str | None,
    cursor: str | None,
    limit: int,
    *,
    warnings: bool,
) -> Response[Any]:
    """A page of the indicator's series (404 without it); with ``warnings``, only figures that
    reach one of the indicator's thresholds at ``as_of``."""
    at = instant(as_of, "as_of")
    indicator = await SERIES.indicators.get(ctx, filters.indicator_id, at)
    thresholds = indicator["thresholds"] if warnings else None

    async def fetch(ctx: Context, after: list[Any] | None) -> Any:
        return await SERIES.list(
            ctx, filters, as_of=at, after=after, limit=limit, thresholds=thresholds
        )

    return await handlers.listing(
        request,
        ctx,
        codec,
        filters,
        as_of=at,
        cursor=cursor,
        fetch=fetch,
        envelope=_warnings if warnings else _page,
    )


class SeriesController(Controller):
    path = "/v1/indicators/{indicator_id:str}"
    tags = ["observations"]

    @post(
        "/observations",
        operation_id="createObservation",
        summary="Add a figure to an indicator",
        status_code=201,
        responses=problem_responses(400, 404, 409, 413, 415, 422),
    )
    async def create_observation(
        self,
        request: Request[Any, Any, Any],
        ctx: NamedDependency[Context],
        indicator_id: FromPath[str],
        data: JSONBody[ObservationCreate],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[Observation]:
        """Record a figure for a period, as published on its `vintage` date.

        A revision is a new figure with a later vintage: the old one stays readable. The same
        period and vintage twice is 409. `low ≤ value ≤ high` must hold (422). An indicator
        with a `definition` is computed: the system writes its figures, and one sent by hand
        is 409.
        """
        return await handlers.create(
            request,
            ctx,
            idempotency_key,
            lambda: SERIES.create_in(ctx, indicator_id, data),
            OBSERVATION.render,
            location=lambda row: f"/v1/observations/{row['id']}",
        )

    @get(
        "/observations",
        operation_id="listObservations",
        summary="List an indicator's figures",
        responses=problem_responses(400, 404, 422),
    )
    async def list_observations(
        self,
        request: Request[Any, Any, Any],
        ctx: NamedDependency[Context],
        cursor_codec: NamedDependency[CursorCodec],
        indicator_id: FromPath[str],
        period_from: PeriodFromQuery = None,
        period_to: PeriodToQuery = None,
        vintage: VintageQuery = "latest",
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[ObservationList]:  # type: ignore[valid-type]  # made by envelopes()
        """The series in period order, one figure per period unless `vintage=all`.

        Examples: `?period_from=2024-01-01&period_to=2024-12-31`, `?vintage=2025-03-01`
        (as a reader could know it on 1 March 2025), `?vintage=all` (every revision),
        `?as_of=2025-06-01T00:00:00Z` (as recorded here then, before later corrections).
        """
        filters = _filters(indicator_id, period_from, period_to, vintage)
        return await _series(
            request, ctx, cursor_codec, filters, as_of, cursor, limit, warnings=False
        )

    @get(
        "/warnings",
        operation_id="listIndicatorWarnings",
        summary="List figures that reach a warning threshold",
        responses=problem_responses(400, 404, 422),
    )
    async def list_indicator_warnings(
        self,
        request: Request[Any, Any, Any],
        ctx: NamedDependency[Context],
        cursor_codec: NamedDependency[CursorCodec],
        indicator_id: FromPath[str],
        min_level: MinLevelQuery = None,
        period_from: PeriodFromQuery = None,
        period_to: PeriodToQuery = None,
        vintage: VintageQuery = "latest",
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[ObservationWarningList]:
        """The figures of the series (chosen as in `listObservations`) that reach a threshold.

        Each comes with every threshold it reaches and the most severe `level`. `above` is
        reached at or above the threshold, `below` at or below; a figure known only as a range
        reaches it when the range does. Thresholds are the indicator's at `as_of`.
        Examples: `?min_level=alert`, `?vintage=all` (did an earlier estimate cross it?).
        """
        filters = _filters(indicator_id, period_from, period_to, vintage, min_level)
        return await _series(
            request, ctx, cursor_codec, filters, as_of, cursor, limit, warnings=True
        )

    @get(
        "/figures",
        operation_id="listIndicatorFigures",
        summary="An indicator's series as known at an instant",
        responses=problem_responses(400, 404, 422),
    )
    async def list_indicator_figures(
        self,
        ctx: NamedDependency[Context],
        indicator_id: FromPath[str],
        known_by: KnownByQuery = None,
        as_of: AsOf = None,
        period_from: PeriodFromQuery = None,
        period_to: PeriodToQuery = None,
    ) -> FigureList:
        """One figure per period, as the world knew it at `known_by` and as recorded here at
        `as_of`; for any indicator, entered by hand or computed.

        Entered by hand: each period's newest vintage published by `known_by`, a vintage dated
        D counting from the end of D (UTC), so nothing is seen before it was out. Computed:
        recomputed for this answer from the events reported by `known_by` (their
        `reported_at`) as recorded at `as_of`, with the worker's own measure; a period without
        a matching event is 0 for counts and sums from the first period with one up to the
        period that contains `known_by`, and absent for a mean. Without `known_by`: the newest
        vintages (for a computed indicator, what the worker wrote; nothing is recomputed).

        Not paged: at most 5000 figures; a longer series is 422, narrowed with `period_from`
        and `period_to`. A `known_by` before every figure answers an empty list.
        Example: `?known_by=2022-02-01T00:00:00Z` (the series as known on 1 February 2022).
        """
        return await figures(
            ctx,
            indicator_id,
            as_of=instant(as_of, "as_of"),
            known_by=instant(known_by, "known_by"),
            period_from=day(period_from, "period_from"),
            period_to=day(period_to, "period_to"),
        )
