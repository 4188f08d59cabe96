"""A series as known at an instant: one figure per period, bounded by both clocks.

``as_of`` is transaction time (what Watchfloor had recorded), ``known_by`` knowledge time (what
the world had reported); DESIGN.md, "Two clocks". For an indicator entered by hand, a figure is
known once its vintage day has ended. For a computed one, the figures are recomputed on read
from the events (or statements) reported by ``known_by`` with the worker's own measure
(:func:`watchfloor.computed.service.measure`, one ``GROUP BY``), so the figure of a past
instant never uses a report that came later. Without ``known_by`` both read the newest
vintages, as recorded at ``as_of``.
"""

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import asyncpg
import msgspec

from watchfloor.computed import periods as p
from watchfloor.computed.service import _NO_EVENTS as NO_EVENTS
from watchfloor.computed.service import measure
from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.resources.indicators.schemas import (
    FIGURES_CAP,
    FigureList,
    IndicatorDefinition,
    ObservationFilters,
    PeriodFigure,
)
from watchfloor.resources.observations.resource import SERIES

__all__ = ("figures", "published_by")


def published_by(known_by: datetime) -> date | None:
    """The last vintage day known at ``known_by``: a day counts once it has ended (UTC).

    ``None`` when no day had ended yet (an instant in the first day of the calendar).
    """
    try:
        return (known_by.astimezone(UTC) - timedelta(days=1)).date()
    except OverflowError:
        return None


def _too_many() -> Unprocessable:
    return Unprocessable(
        f"The series has more than {FIGURES_CAP} figures in this window: narrow it with "
        "period_from and period_to.",
        errors=[
            FieldError(None, f"more than {FIGURES_CAP} periods", "period_from"),
            FieldError(None, f"more than {FIGURES_CAP} periods", "period_to"),
        ],
    )


async def figures(
    ctx: Context,
    indicator_id: str,
    *,
    as_of: datetime | None,
    known_by: datetime | None,
    period_from: date | None,
    period_to: date | None,
) -> FigureList:
    """The indicator's figures as known at ``known_by`` and recorded at ``as_of`` (404 without
    the indicator then); 422 beyond :data:`FIGURES_CAP` figures."""
    indicator = await SERIES.indicators.get(ctx, indicator_id, as_of)
    is_computed = indicator["definition"] is not None
    if is_computed and known_by is not None:
        found = await _recomputed(ctx, indicator, as_of, known_by, period_from, period_to)
    else:
        found = await _vintages(ctx, indicator_id, as_of, known_by, period_from, period_to)
    return FigureList(
        indicator_id=indicator_id,
        dataset=indicator["dataset"],
        unit=indicator["unit"],
        frequency=indicator["frequency"],
        as_of=as_of,
        known_by=known_by,
        computed=is_computed,
        figures=found,
    )


async def _vintages(
    ctx: Context,
    indicator_id: str,
    as_of: datetime | None,
    known_by: datetime | None,
    period_from: date | None,
    period_to: date | None,
) -> list[PeriodFigure]:
    """Each period's newest vintage published by ``known_by`` (all of them without it)."""
    vintage, bound = "latest", None
    if known_by is not None:
        bound = published_by(known_by)
        if bound is None:
            return []
        vintage = "date"
    filters = ObservationFilters(
        indicator_id=indicator_id,
        period_from=period_from,
        period_to=period_to,
        vintage=vintage,
        published_by=bound,
    )
    page = await SERIES.list(ctx, filters, as_of=as_of, after=None, limit=FIGURES_CAP)
    if page.next_key is not None:
        raise _too_many()
    return [_figure(r) for r in page.rows]


def _figure(row: asyncpg.Record) -> PeriodFigure:
    return PeriodFigure(
        period_start=row["period_start"],
        period_end=row["period_end"],
        period_label=row["period_label"],
        value=row["value"],
        low=row["low"],
        high=row["high"],
    )


def _end(start: date, unit: str) -> date:
    """The period's last day; the calendar's last day for a period that runs past it."""
    try:
        return p.period_end(start, unit)
    except (ValueError, OverflowError):
        return date.max


def _starts(first: date, last: date, unit: str) -> Iterator[date]:
    """The starts of the periods from the one starting on ``first`` to ``last``."""
    start = first
    while start <= last:
        yield start
        end = _end(start, unit)
        if end == date.max:
            return
        start = end + timedelta(days=1)


async def _recomputed(
    ctx: Context,
    indicator: asyncpg.Record,
    as_of: datetime | None,
    known_by: datetime,
    period_from: date | None,
    period_to: date | None,
) -> list[PeriodFigure]:
    """The measure per period over the events reported by ``known_by`` (recorded at ``as_of``).

    A period without a matching event is what the worker writes for it (0 for counts and
    sums, nothing for a mean), from the first period with an event to the period that contains
    ``known_by``; before the first event the series has not started.
    """
    unit = p.UNITS[indicator["frequency"]]
    definition = msgspec.convert(indicator["definition"], IndicatorDefinition)
    values = await measure(
        ctx, indicator["dataset"], definition, unit, None, known_by=known_by, as_of=as_of
    )
    empty = NO_EVENTS[definition.measure]
    low = p.period_start(period_from, unit) if period_from is not None else date.min
    high = period_to if period_to is not None else date.max
    # A period overlaps [period_from, period_to] when it starts on or before period_to and
    # ends on or after period_from, i.e. starts no earlier than the period holding period_from.
    chosen: dict[date, Any] = {s: v for s, v in values.items() if low <= s <= high}
    if empty is not None and values:
        last = p.period_start(known_by.astimezone(UTC).date(), unit)
        for start in _starts(max(min(values), low), min(last, high), unit):
            chosen.setdefault(start, empty)
            if len(chosen) > FIGURES_CAP:
                break
    if len(chosen) > FIGURES_CAP:
        raise _too_many()
    return [
        PeriodFigure(
            period_start=start,
            period_end=_end(start, unit),
            period_label=p.label(start, unit),
            value=chosen[start],
        )
        for start in sorted(chosen)
    ]
