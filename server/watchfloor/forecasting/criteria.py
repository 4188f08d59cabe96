"""A question's criteria measured over its window, from the data as known at an instant.

:func:`measure_criteria` is what the worker resolves a question with (``known_by`` its
``resolves_at``) and what it measures again when data are corrected later. Over events or
statements it is the computed indicators' measure (``count`` or ``distinct_days``) of the
records the lists' filters select whose day (``occurred.start``, ``said_on``) lies in the
window, of those reported by ``known_by``; over an indicator it is the indicator's figures
for the periods that lie wholly inside the window, as known by ``known_by`` (a computed
indicator is recomputed from the records reported by then, a hand-entered one reads the newest
vintage published by then), combined by the criteria's ``aggregate``. No data is an answer —
0 — never an error. ``docs/forecasting.md`` has the rules.
"""

import operator
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import asyncpg
import msgspec

from watchfloor.computed import periods as p
from watchfloor.computed.service import _NO_EVENTS as NO_EVENTS
from watchfloor.computed.service import event_filters, measure, statement_filters
from watchfloor.context import Context
from watchfloor.resources.events.schemas import EventFilters
from watchfloor.resources.indicators.schemas import (
    IndicatorDefinition,
    StatementSelection,
    selection_of,
)
from watchfloor.resources.observations.figures import published_by
from watchfloor.resources.questions import repository as repo
from watchfloor.resources.questions.schemas import Criteria, ResolutionEvidence
from watchfloor.resources.statements.schemas import StatementFilters

__all__ = ("Measured", "definition_of", "measure_criteria", "outcome", "whole_periods")

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}


@dataclass(frozen=True)
class Measured:
    """The criteria's measure over the window, and the records that made it."""

    value: float
    evidence: ResolutionEvidence


def definition_of(criteria: Criteria) -> IndicatorDefinition:
    """The computed-indicator definition a criteria ``over`` events or statements stands for."""
    return IndicatorDefinition(
        measure=criteria.measure, over=criteria.over or "events", filters=criteria.filters
    )


def whole_periods(start: date, end: date, unit: str) -> list[date]:
    """The starts of the periods of ``unit`` that lie wholly inside ``[start, end]``."""
    starts: list[date] = []
    try:
        first = p.period_start(start, unit)
        if first < start:
            first = p.period_end(first, unit) + timedelta(days=1)
        while p.period_end(first, unit) <= end:
            starts.append(first)
            first = p.period_end(first, unit) + timedelta(days=1)
    except (OverflowError, ValueError):
        pass  # the calendar ends: no period after its last
    return starts


def outcome(kind: str, criteria: Criteria | None, value: float) -> tuple[float, bool | None]:
    """The resolution's value and outcome for a measured (or an analyst's) ``value``.

    Count and quantity questions: the value itself, no outcome. Binary questions: 1 for yes, 0
    for no — yes when ``value <op> comparison.value``; without a comparison (the default, and a
    question resolved by judgment, whose value is 1 or 0) yes when ``value >= 1``: at least one.
    """
    if kind != "binary":
        return value, None
    comparison = criteria.comparison if criteria is not None else None
    yes = value >= 1 if comparison is None else _COMPARE[comparison.op](value, comparison.value)
    return (1.0 if yes else 0.0), yes


def _evidence(over: str, counted: repo.Counted) -> ResolutionEvidence:
    more = counted.total - len(counted.ids)
    if over == "events":
        return ResolutionEvidence(events=counted.ids, more=more)
    return ResolutionEvidence(statements=counted.ids, more=more)


def _filters(dataset: str, definition: IndicatorDefinition) -> EventFilters | StatementFilters:
    selection = selection_of(definition)
    if isinstance(selection, StatementSelection):
        return statement_filters(dataset, selection)
    return event_filters(dataset, selection)


def _combine(aggregate: str, values: list[float]) -> float:
    if not values:
        return 0.0
    if aggregate == "sum":
        return float(sum(values))
    if aggregate == "mean":
        return float(sum(values) / len(values))
    if aggregate == "max":
        return float(max(values))
    return float(values[-1])


async def measure_criteria(
    ctx: Context,
    dataset: str,
    criteria: Criteria,
    *,
    known_by: datetime,
    as_of: datetime | None = None,
) -> Measured:
    """The criteria's measure over ``[window_start, window_end]`` in ``dataset``, from the data
    reported by ``known_by`` as recorded at ``as_of`` (``None``: now).

    For a binary question the caller applies the comparison (:func:`outcome`). An indicator
    that no longer exists measures 0, like a window without data.
    """
    start, end = criteria.window_start, criteria.window_end
    if criteria.over is not None:
        definition = definition_of(criteria)
        counted = await repo.measure_window(
            ctx, criteria.over, _filters(dataset, definition), criteria.measure, start, end,
            known_by=known_by, as_of=as_of,
        )  # fmt: skip
        return Measured(counted.value, _evidence(criteria.over, counted))
    assert criteria.indicator_id is not None
    indicator = await repo.indicator_row(ctx, criteria.indicator_id)
    if indicator is None:
        return Measured(0.0, ResolutionEvidence())
    unit = p.UNITS.get(indicator["frequency"])
    if indicator["definition"] is not None and unit is not None:
        return await _computed(ctx, indicator, criteria, unit, known_by, as_of)
    bound = published_by(known_by)
    if bound is None:
        return Measured(0.0, ResolutionEvidence())
    rows = await repo.figures_in_window(
        ctx, indicator["id"], start, end, published_by=bound, as_of=as_of
    )
    values = [float(r["value"]) for r in rows if r["value"] is not None]
    ids = [r["id"] for r in reversed(rows)]
    evidence = ResolutionEvidence(
        observations=ids[: repo.EVIDENCE_CAP], more=max(0, len(ids) - repo.EVIDENCE_CAP)
    )
    return Measured(_combine(criteria.aggregate, values), evidence)


async def _computed(
    ctx: Context,
    indicator: asyncpg.Record,
    criteria: Criteria,
    unit: str,
    known_by: datetime,
    as_of: datetime | None,
) -> Measured:
    """A computed indicator's figures for the whole periods in the window, recomputed from the
    records reported by ``known_by``; the evidence is the records of those periods."""
    dataset = indicator["dataset"]
    definition = msgspec.convert(indicator["definition"], IndicatorDefinition)
    starts = whole_periods(criteria.window_start, criteria.window_end, unit)
    if not starts:
        return Measured(0.0, ResolutionEvidence())
    found = await measure(ctx, dataset, definition, unit, starts, known_by=known_by, as_of=as_of)
    empty = NO_EVENTS[definition.measure]
    values = []
    for start in starts:
        value = found.get(start, empty)
        if value is not None:
            values.append(float(value))
    counted = await repo.measure_window(
        ctx, definition.over, _filters(dataset, definition), "count", starts[0],
        p.period_end(starts[-1], unit), known_by=known_by, as_of=as_of,
    )  # fmt: skip
    return Measured(_combine(criteria.aggregate, values), _evidence(definition.over, counted))
