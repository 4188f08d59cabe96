"""An indicator condition over knowledge time: the indicator's figures as known at each instant.

The facts are the warning worker's (:func:`watchfloor.warning.handler.load_knowledge`): a
hand-entered indicator's observations, each vintage known when its vintage day ends (a period's
newest vintage known by then is its figure); a computed indicator's records (events or
statements its selection counts), each known at its ``reported_at``, making the figures by the
indicator's measure. At each instant a fact was reported, and at each period boundary, the
figures of the last ``periods`` periods (the one in progress included) are aggregated and
compared; a period without a record counts 0 for a count or a sum, and has no figure for a mean
or a hand-entered indicator (the aggregate is over the periods that have one; none: no value,
``not_seen``). Evidence: the records behind the periods aggregated, newest reported first.
"""

import math
from collections.abc import Sequence
from datetime import UTC, date, datetime

from watchfloor.computed import periods as p
from watchfloor.context import Context
from watchfloor.planning.conditions import repository as repo
from watchfloor.planning.conditions.steps import Steps, status_of
from watchfloor.planning.evaluation import Evaluation, Record
from watchfloor.resources.signposts.schemas import IndicatorCondition
from watchfloor.warning.handler import load_knowledge
from watchfloor.warning.timeline import Fact, Knowledge, boundary

__all__ = ("PeriodFigures", "aggregate", "indicator_steps", "instants", "replay_indicator")


def _figure(measure: str, facts: Sequence[Fact]) -> float | None:
    if measure == "figure":
        return facts[-1].value
    if measure == "count":
        return float(len(facts))
    if measure == "distinct_days":
        return float(len({f.day for f in facts}))
    scores = [f.value for f in facts if f.value is not None]
    if measure == "goldstein_mean":
        return math.fsum(scores) / len(scores) if scores else None
    return math.fsum(scores)  # goldstein_sum, magnitude_sum


class PeriodFigures:
    """An indicator's figures per period as facts are added in the order they were reported."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.by_period: dict[date, list[Fact]] = {}

    def add(self, fact: Fact) -> None:
        start = p.period_start(fact.day, self.knowledge.unit)
        facts = self.by_period.setdefault(start, [])
        if self.knowledge.measure == "figure":
            facts[:] = [fact]  # a newer vintage replaces the period's figure
        else:
            facts.append(fact)

    def figure(self, start: date) -> float | None:
        """The period's figure: 0 for a count or sum without records, ``None`` for a mean or
        a hand-entered indicator without one."""
        facts = self.by_period.get(start)
        if facts:
            return _figure(self.knowledge.measure, facts)
        return 0.0 if self.knowledge.sparse_zero else None

    def records(self, starts: Sequence[date]) -> list[Record]:
        """The records behind the periods ``starts``, newest reported first."""
        facts = [f for s in starts for f in self.by_period.get(s, ())]
        facts.sort(key=lambda f: (f.at, f.record_id), reverse=True)
        return [(f.kind, f.record_id) for f in facts]


def aggregate(how: str, values: Sequence[float]) -> float | None:
    """``values`` (oldest period first) combined by ``how``; ``None`` without any."""
    if not values:
        return None
    if how == "sum":
        return math.fsum(values)
    if how == "mean":
        return math.fsum(values) / len(values)
    if how == "max":
        return max(values)
    if how == "min":
        return min(values)
    return values[-1]  # last


def instants(
    facts: Sequence[Fact], unit: str, until: datetime, origin: datetime | None = None
) -> list[datetime]:
    """Every instant the figures may change by ``until``: each fact reported, and each period
    boundary from the first fact (or from ``origin``, when the figures exist before it) on."""
    found = {f.at for f in facts if f.at <= until}
    if origin is not None and origin <= until:
        found.add(origin)
    if not found:
        return []
    t = min(found)
    while (following := boundary(t, {unit})) is not None and following <= until:
        found.add(following)
        t = following
    return sorted(found)


def _window(t: datetime, unit: str, periods: int) -> list[date]:
    """The starts of the last ``periods`` periods at ``t``, the one in progress included,
    oldest first (those before the calendar's start left out)."""
    current = p.period_start(t.astimezone(UTC).date(), unit)
    starts = []
    for k in range(periods - 1, -1, -1):
        try:
            starts.append(p.shift(current, unit, -k))
        except ValueError:
            continue
    return starts


def _explain(
    condition: IndicatorCondition, knowledge: Knowledge, starts: list[date], value: float | None
) -> str:
    unit = knowledge.unit
    span = p.label(starts[0], unit)
    if len(starts) > 1:
        span = f"{span} to {p.label(starts[-1], unit)}"
    if value is None:
        return f"no figure for {span}"
    said = f"{condition.aggregate} over {span}: {value:g} {knowledge.noun}"
    status = status_of(value, condition.comparator, condition.value, condition.emerging)
    if status == "seen":
        return f"{said}, {condition.comparator} {condition.value:g}"
    if status == "emerging":
        return (
            f"{said}, not yet {condition.comparator} {condition.value:g} "
            f"but {condition.comparator} {condition.emerging:g}"
        )
    return f"{said}, not {condition.comparator} {condition.value:g}"


def replay_indicator(
    knowledge: Knowledge,
    condition: IndicatorCondition,
    now: datetime,
    origin: datetime | None = None,
) -> Evaluation:
    """The condition judged at every instant up to ``now`` from ``knowledge``'s facts.

    ``origin`` is when the figures begin before any fact: a computed count or sum is 0 in a
    period without records, so "no ICBM-class launch in 24 months" holds from the first
    instant the dataset knew anything, not from the first launch.
    """
    unit = knowledge.unit
    facts = sorted((f for f in knowledge.facts if f.at <= now), key=lambda f: (f.at, f.record_id))
    figures = PeriodFigures(knowledge)
    steps = Steps()
    position = 0
    for t in instants(facts, unit, now, origin):
        while position < len(facts) and facts[position].at <= t:
            figures.add(facts[position])
            position += 1
        starts = _window(t, unit, condition.periods)
        values = [v for v in (figures.figure(s) for s in starts) if v is not None]
        value = aggregate(condition.aggregate, values)
        status = status_of(value, condition.comparator, condition.value, condition.emerging)
        if steps.wants(status, value):
            steps.add(
                t, status, value, _explain(condition, knowledge, starts, value),
                figures.records(starts),
            )  # fmt: skip
    return steps.evaluation(boundary(now, {unit}))


async def indicator_steps(
    ctx: Context, dataset: str, condition: IndicatorCondition, now: datetime
) -> Evaluation:
    """The indicator condition's status over knowledge time up to ``now``.

    An indicator that does not exist (or was deleted, or has no calendar frequency) is never
    seen: no steps, and no instant to evaluate again at.
    """
    found = await load_knowledge(ctx, [condition.indicator_id])
    knowledge = found.get(condition.indicator_id)
    if knowledge is None:
        return Evaluation(steps=[])
    # A computed count or sum is 0 before its first record: it starts with the dataset's data.
    start = await repo.origin(ctx, dataset) if knowledge.sparse_zero else None
    return replay_indicator(knowledge, condition, now, start)
