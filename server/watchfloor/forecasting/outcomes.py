"""A minimal stand-in for ``forecasting.criteria`` (owned by the questions helper).

Same signatures as interface 1 of the forecasting brief, so the backtests and the baselines
call what the lead will unify: :func:`measure_criteria` measures a question's criteria over
its window from the data reported by ``known_by``; :func:`outcome` applies the comparison.
This version lists no evidence (the questions helper's does).
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from watchfloor.computed import periods as p
from watchfloor.computed.service import measure
from watchfloor.context import Context
from watchfloor.forecasting.models import meets
from watchfloor.resources.indicators.schemas import IndicatorDefinition
from watchfloor.resources.observations.figures import figures
from watchfloor.resources.questions.schemas import Criteria, ResolutionEvidence

__all__ = ("Measured", "measure_criteria", "outcome")


@dataclass(frozen=True)
class Measured:
    """The criteria's measure over the window, and the records that gave it."""

    value: float
    evidence: ResolutionEvidence


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def window_unit(start: date, end: date) -> str:
    """``month`` when ``[start, end]`` is whole months, else ``day``."""
    if p.period_start(start, "month") == start and p.period_end(end.replace(day=1), "month") == end:
        return "month"
    return "day"


async def measure_criteria(
    ctx: Context,
    dataset: str,
    criteria: Criteria,
    *,
    known_by: datetime,
    as_of: datetime | None = None,
) -> Measured:
    """The criteria's measure over ``[window_start, window_end]`` from what was reported by
    ``known_by`` (recorded at ``as_of``). A window without data measures 0 (a count)."""
    start, end = criteria.window_start, criteria.window_end
    if criteria.indicator_id is None:
        definition = IndicatorDefinition(
            measure=criteria.measure,
            over=criteria.over or "events",
            filters=criteria.filters,
        )
        unit = window_unit(start, end)
        starts = sorted({p.period_start(d, unit) for d in _days(start, end)})
        found = await measure(
            ctx, dataset, definition, unit, starts, known_by=known_by, as_of=as_of
        )
        return Measured(sum(v for v in found.values() if v is not None), ResolutionEvidence())
    listed = await figures(
        ctx, criteria.indicator_id, as_of=as_of, known_by=known_by,
        period_from=start, period_to=end,
    )  # fmt: skip
    values = [
        f.value
        for f in listed.figures
        if f.value is not None and f.period_start >= start and f.period_end <= end
    ]
    if not values:
        return Measured(0.0, ResolutionEvidence())
    if criteria.aggregate == "sum":
        value = sum(values)
    elif criteria.aggregate == "mean":
        value = sum(values) / len(values)
    elif criteria.aggregate == "max":
        value = max(values)
    else:
        value = values[-1]
    return Measured(float(value), ResolutionEvidence())


def outcome(kind: str, criteria: Criteria | None, value: float) -> tuple[float, bool | None]:
    """The resolution's value and, for a binary question, yes or no (``>= 1`` by default)."""
    if kind != "binary":
        return value, None
    comparison = criteria.comparison if criteria is not None else None
    op, threshold = (">=", 1.0) if comparison is None else (comparison.op, comparison.value)
    yes = meets(value, op, threshold)
    return (1.0 if yes else 0.0), yes
