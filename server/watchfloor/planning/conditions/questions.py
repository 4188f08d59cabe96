"""Question and forecast conditions over knowledge time.

A question condition is ``seen`` from its resolution's ``known_by`` on when the resolution
matches (a binary question: its ``outcome``; a count or quantity question: its value compared
with the condition's ``value`` by its ``comparator``, ``>=`` by default), ``not_seen`` from then
when it does not. Before that it is ``emerging`` from ``closes_at`` (closed, awaiting its
resolution), and — a binary question with criteria watched for ``outcome: true`` and a
comparison a growing measure reaches (``>=``, ``>``, or none: at least 1) — from the instant
the criteria's measure over the window, from the records reported by then, meets the comparison
before ``resolves_at``. An annulled, deleted or unknown question is never seen (no steps).

A forecast condition is judged at each forecast's ``created_at``: the newest probability of
``forecaster``, or the mean of every forecaster's newest; a deleted forecast never counts.
"""

import math
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.computed import periods as p
from watchfloor.computed.service import event_filters, statement_filters
from watchfloor.context import Context
from watchfloor.forecasting.criteria import definition_of, whole_periods
from watchfloor.planning.conditions import repository as repo
from watchfloor.planning.conditions.indicator import PeriodFigures, aggregate
from watchfloor.planning.conditions.steps import Steps, compares, status_of
from watchfloor.planning.evaluation import Evaluation, Record
from watchfloor.resources.indicators.schemas import StatementSelection, selection_of
from watchfloor.resources.questions.schemas import Criteria, Resolution
from watchfloor.resources.signposts.schemas import (
    ForecastCondition,
    QuestionCondition,
    SignpostStatus,
)
from watchfloor.warning import repository as warning_repo
from watchfloor.warning.handler import load_knowledge
from watchfloor.warning.timeline import Fact, Knowledge

__all__ = ("Measure", "forecast_steps", "question_steps", "replay_forecasts", "replay_question")


class Measure:
    """A binary question's criteria measured as the records are reported, one at a time."""

    def __init__(
        self,
        facts: list[Fact],
        start: date,
        end: date,
        measure: str,
        knowledge: Knowledge | None = None,
        how: str = "sum",
    ) -> None:
        """``facts``: the records the measure is made of (criteria over events or statements,
        ``measure`` ``count`` or ``distinct_days``) or the indicator's (``knowledge``, its
        whole periods in the window combined by ``how``)."""
        self.start, self.end, self.measure = start, end, measure
        self.knowledge = knowledge
        self.how = how if how in ("sum", "mean", "max") else "last"
        self.starts = whole_periods(start, end, knowledge.unit) if knowledge else []
        if knowledge is not None:
            inside = set(self.starts)
            facts = [f for f in facts if p.period_start(f.day, knowledge.unit) in inside]
        else:
            facts = [f for f in facts if start <= f.day <= end]
        self.facts = sorted(facts, key=lambda f: (f.at, f.record_id))
        """The records that can move the measure, in the order they were reported."""
        self.figures = PeriodFigures(knowledge) if knowledge else None
        self.inside: list[Fact] = []
        self.days: set[date] = set()

    def add(self, fact: Fact) -> None:
        """Count the record reported next."""
        if self.figures is not None:
            self.figures.add(fact)
        else:
            self.inside.append(fact)
            self.days.add(fact.day)

    def value(self) -> float:
        """The measure of the records added so far."""
        if self.figures is None:
            return float(len(self.days) if self.measure == "distinct_days" else len(self.inside))
        values = [v for v in (self.figures.figure(s) for s in self.starts) if v is not None]
        return aggregate(self.how, values) or 0.0

    def records(self) -> list[Record]:
        """The records behind the measure so far, newest reported first."""
        if self.figures is not None:
            return self.figures.records(self.starts)
        return [(f.kind, f.record_id) for f in reversed(self.inside)]


def _meets(criteria: Criteria, value: float) -> bool:
    comparison = criteria.comparison
    if comparison is None:
        return value >= 1
    return compares(value, comparison.op, comparison.value)


def _watches_measure(row: asyncpg.Record, condition: QuestionCondition) -> Criteria | None:
    """The criteria whose measure so far can make the question emerging, if any."""
    if row["kind"] != "binary" or row["criteria"] is None or not condition.outcome:
        return None
    criteria = msgspec.convert(row["criteria"], Criteria)
    if criteria.comparison is not None and criteria.comparison.op not in (">=", ">"):
        return None
    return criteria


async def _measure(ctx: Context, dataset: str, criteria: Criteria) -> Measure:
    """The facts the criteria are measured from, each with the instant it was reported."""
    start, end = criteria.window_start, criteria.window_end
    if criteria.over is None:
        assert criteria.indicator_id is not None
        found = await load_knowledge(ctx, [criteria.indicator_id])
        knowledge = found.get(criteria.indicator_id)
        facts = knowledge.facts if knowledge is not None else []
        return Measure(facts, start, end, "indicator", knowledge, criteria.aggregate)
    definition = definition_of(criteria)
    selection = selection_of(definition)
    if isinstance(selection, StatementSelection):
        rows = await warning_repo.statement_facts(ctx, statement_filters(dataset, selection))
        kind = "statements"
    else:
        rows = await warning_repo.event_facts(ctx, event_filters(dataset, selection), "count", None)
        kind = "events"
    facts = [Fact(r["at"], r["day"], r["id"], kind) for r in rows]
    return Measure(facts, start, end, criteria.measure)


def _resolved(
    row: asyncpg.Record | dict[str, Any], condition: QuestionCondition, resolution: Resolution
) -> tuple[SignpostStatus, str, list[Record], int]:
    """The status a resolution gives, its explanation, its evidence and its uncounted more."""
    if row["kind"] == "binary":
        said = "yes" if resolution.outcome else "no"
        watched = "yes" if condition.outcome else "no"
        seen = resolution.outcome is condition.outcome
        explanation = f"resolved {said}; watching for {watched}"
    elif condition.value is None:
        seen, explanation = True, f"resolved at {resolution.value:g}"
    else:
        comparator = condition.comparator or ">="
        seen = compares(resolution.value, comparator, condition.value)
        explanation = (
            f"resolved at {resolution.value:g}, "
            f"{'' if seen else 'not '}{comparator} {condition.value:g}"
        )
    found = resolution.evidence
    records: list[Record] = [("questions", row["id"])]
    records += [("events", i) for i in found.events]
    records += [("statements", i) for i in found.statements]
    records += [("observations", i) for i in found.observations]
    return ("seen" if seen else "not_seen"), explanation, records, found.more


def replay_question(
    row: asyncpg.Record | dict[str, Any],
    condition: QuestionCondition,
    measure: Measure | None,
    criteria: Criteria | None,
    now: datetime,
) -> Evaluation:
    """The question condition judged at each instant up to ``now``: every record the measure
    counts reported before ``resolves_at``, ``closes_at``, the resolution's ``known_by``."""
    question: list[Record] = [("questions", row["id"])]
    resolution = (
        msgspec.convert(row["resolution"], Resolution) if row["resolution"] is not None else None
    )
    resolved_at = resolution.known_by if resolution is not None else None
    closes, resolves = row["closes_at"], row["resolves_at"]
    facts = measure.facts if measure is not None else []
    moments = {f.at for f in facts if f.at < resolves}
    moments.add(closes)
    if resolved_at is not None:
        moments.add(resolved_at)
    steps = Steps()
    position = 0
    for t in sorted(m for m in moments if m <= now):
        if resolution is not None and resolved_at is not None and t >= resolved_at:
            status, explanation, records, more = _resolved(row, condition, resolution)
            steps.add(t, status, resolution.value, explanation, records, more)
            continue
        value: float | None = None
        meets = False
        if measure is not None and criteria is not None:
            while (
                position < len(facts) and facts[position].at <= t and facts[position].at < resolves
            ):
                measure.add(facts[position])
                position += 1
            value = measure.value()
            meets = _meets(criteria, value)
        if t >= closes:
            status = "emerging"
            explanation = "closed, awaiting its resolution"
        elif meets:
            status, explanation = "emerging", f"measured {value:g} so far: the criteria are met"
        else:
            status, explanation = "not_seen", "open"
        if steps.wants(status, value):
            counted = measure.records() if measure is not None else []
            steps.add(t, status, value, explanation, question + counted)
    return steps.evaluation(closes if now < closes else None)


async def question_steps(
    ctx: Context, dataset: str, condition: QuestionCondition, now: datetime
) -> Evaluation:
    """The question condition's status over knowledge time up to ``now``."""
    row = await repo.question(ctx, condition.question_id)
    if row is None or row["state"] == "annulled":
        return Evaluation(steps=[])
    criteria = _watches_measure(row, condition)
    measure = None
    if criteria is not None:
        measure = await _measure(ctx, row["dataset"], criteria)
    return replay_question(row, condition, measure, criteria, now)


def replay_forecasts(
    rows: Sequence[asyncpg.Record | dict[str, Any]], condition: ForecastCondition, now: datetime
) -> Evaluation:
    """The forecast condition judged at each forecast's ``created_at`` up to ``now`` (``rows``
    in the order they were made)."""
    comparator = ">=" if condition.direction == "above" else "<="
    newest: dict[str, Any] = {}
    steps = Steps()
    listed = [
        r for r in rows
        if r["created_at"] <= now
        and (condition.forecaster is None or r["forecaster"] == condition.forecaster)
    ]  # fmt: skip
    for index, row in enumerate(listed):
        newest[row["forecaster"]] = row
        following = listed[index + 1] if index + 1 < len(listed) else None
        if following is not None and following["created_at"] == row["created_at"]:
            continue  # forecasts made at one instant are judged together
        current = sorted(newest.values(), key=lambda r: (r["created_at"], r["id"]), reverse=True)
        value = math.fsum(r["probability"] for r in current) / len(current)
        status = status_of(value, comparator, condition.probability, condition.emerging)
        who = (
            condition.forecaster
            if condition.forecaster is not None
            else f"the mean of {len(current)} forecaster{'s' if len(current) > 1 else ''}"
        )
        explanation = f"{who}: {value:.4g}, {'' if status == 'seen' else 'not '}{comparator} "
        explanation += f"{condition.probability:g}"
        steps.add(
            row["created_at"], status, value, explanation, [("forecasts", r["id"]) for r in current]
        )
    return steps.evaluation(None)


async def forecast_steps(
    ctx: Context, dataset: str, condition: ForecastCondition, now: datetime
) -> Evaluation:
    """The forecast condition's status over knowledge time up to ``now``: never seen for a
    question that is unknown, deleted, annulled, or not binary."""
    row = await repo.question(ctx, condition.question_id)
    if row is None or row["state"] == "annulled" or row["kind"] != "binary":
        return Evaluation(steps=[])
    return replay_forecasts(await repo.forecasts(ctx, condition.question_id), condition, now)
