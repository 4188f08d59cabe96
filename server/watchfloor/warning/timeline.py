"""A warning problem's rules replayed over knowledge time: when each began and stopped holding.

Pure and deterministic: the caller hands over every fact the problem's indicators are made of,
each with the instant it was reported (``Fact.at``), and the instant to replay up to. The
replay applies the facts in the order they were reported and judges every rule at each instant
something could change — a fact reported, or a period boundary passed — so a rule's episode
opens at the first instant the data *reported by then* made it hold, never earlier. At an
instant, a rule is judged on the period in progress and on the last complete period; it holds
if it holds on either (a surge in January keeps the board at its level until February has
ended quiet).

The worker turns the episodes into alerts (``watchfloor.warning.handler``); reads with
``known_by`` show those alerts as they stood at any instant, because each episode keeps its
steps with the instant of each.
"""

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from watchfloor.computed import periods as p
from watchfloor.resources.alerts.schemas import EVIDENCE_LIMIT, AlertStep, Evidence
from watchfloor.resources.problems.schemas import CompositeRule, Rule
from watchfloor.warning.rules import Outcome, Series, judge, judge_composite

__all__ = ("Episode", "Fact", "Knowledge", "boundary", "replay")


@dataclass(frozen=True, slots=True)
class Fact:
    """One record an indicator's figure is made of, and when it was reported."""

    at: datetime
    """Knowledge time: when it was reported (a figure entered by hand: the end of its vintage
    day)."""
    day: date
    """The day it falls on (an event's start, a statement's day, a figure's period start)."""
    record_id: str
    kind: str
    """``events``, ``statements`` or ``observations``: where its id goes in evidence."""
    value: float | None = None
    """What it adds to its period's figure: a Goldstein score, a magnitude, a figure."""


@dataclass
class Knowledge:
    """An indicator's facts and how they make its figures."""

    indicator_id: str
    unit: str
    measure: str
    """``count``, ``distinct_days``, ``goldstein_sum``, ``goldstein_mean``, ``magnitude_sum``,
    or ``figure`` (hand-entered: a period's newest figure)."""
    noun: str
    facts: list[Fact]

    @property
    def sparse_zero(self) -> bool:
        return self.measure not in ("goldstein_mean", "figure")


def _figure(measure: str, facts: Sequence[Fact]) -> float | None:
    if measure == "figure":
        return facts[-1].value if facts else None
    if measure == "count":
        return float(len(facts))
    if measure == "distinct_days":
        return float(len({f.day for f in facts}))
    scores = [f.value for f in facts if f.value is not None]
    if measure == "goldstein_mean":
        return math.fsum(scores) / len(scores) if scores else None
    return math.fsum(scores)  # goldstein_sum, magnitude_sum: exact whatever the order


class _Series:
    """One indicator's figures as the replay goes: updated a period at a time."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.by_period: dict[date, list[Fact]] = {}
        self.figures: dict[date, float | None] = {}
        self.series = Series(
            unit=knowledge.unit,
            figures=self.figures,
            sparse_zero=knowledge.sparse_zero,
            noun=knowledge.noun,
        )

    def add(self, fact: Fact) -> None:
        start = p.period_start(fact.day, self.knowledge.unit)
        facts = self.by_period.setdefault(start, [])
        if self.knowledge.measure == "figure":
            facts[:] = [fact]
        else:
            facts.append(fact)
        self.figures[start] = _figure(self.knowledge.measure, facts)

    def evidence(self, period: date) -> Evidence:
        facts = self.by_period.get(period, [])
        ids: dict[str, list[str]] = {"events": [], "statements": [], "observations": []}
        more = 0
        for fact in reversed(facts):  # newest reported first
            listed = ids[fact.kind]
            if len(listed) < EVIDENCE_LIMIT:
                listed.append(fact.record_id)
            else:
                more += 1
        return Evidence(**ids, more=more)


@dataclass
class Episode:
    """One rule holding, from ``opened_at`` to ``closed_at`` (``None``: still holding)."""

    rule_key: str
    level: str
    opened_at: datetime
    closed_at: datetime | None
    steps: list[AlertStep]


def _midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), UTC)


def boundary(after: datetime, units: Iterable[str]) -> datetime | None:
    """The first period boundary of any of ``units`` after ``after`` (a UTC midnight)."""
    day = after.astimezone(UTC).date()
    nexts = [_midnight(p.period_end(p.period_start(day, u), u) + timedelta(days=1)) for u in units]
    return min(nexts) if nexts else None


def _instants(facts: Iterable[Fact], units: set[str], until: datetime) -> list[datetime]:
    instants = {f.at for f in facts if f.at <= until}
    if not instants or not units:
        return sorted(instants)
    t = min(instants)
    while (following := boundary(t, units)) is not None and following <= until:
        instants.add(following)
        t = following
    return sorted(instants)


def _step(at: datetime, period: date, unit: str, outcome: Outcome, evidence: Evidence) -> AlertStep:
    return AlertStep(
        at=at,
        holds=outcome.holds,
        period_start=period,
        period_label=p.label(period, unit),
        value=outcome.value,
        baseline=outcome.baseline,
        probability=outcome.probability,
        score=outcome.score,
        explanation=outcome.explanation,
        evidence=evidence,
    )


def _same(a: AlertStep, b: AlertStep) -> bool:
    """Whether two steps say the same (their instants aside)."""
    keys = ("holds", "period_start", "value", "baseline", "probability", "score", "evidence")
    return all(getattr(a, k) == getattr(b, k) for k in keys)


def _merged(evidences: Sequence[Evidence]) -> Evidence:
    ids: dict[str, list[str]] = {"events": [], "statements": [], "observations": []}
    more = 0
    for evidence in evidences:
        more += evidence.more
        for kind, listed in (
            ("events", evidence.events),
            ("statements", evidence.statements),
            ("observations", evidence.observations),
        ):
            for record_id in listed:
                if record_id in ids[kind]:
                    continue
                if len(ids[kind]) < EVIDENCE_LIMIT:
                    ids[kind].append(record_id)
                else:
                    more += 1
    return Evidence(**ids, more=more)


def _judge_simple(
    rules: Sequence[Rule], series: Mapping[str, _Series], t: datetime
) -> tuple[dict[str, AlertStep], dict[str, Outcome]]:
    """Each non-composite rule at ``t``, on the period in progress or the last complete one."""
    steps: dict[str, AlertStep] = {}
    outcomes: dict[str, Outcome] = {}
    for rule in rules:
        if isinstance(rule, CompositeRule):
            continue
        s = series.get(rule.indicator_id)
        if s is None:
            continue
        unit = s.knowledge.unit
        current = p.period_start(t.astimezone(UTC).date(), unit)
        previous = p.shift(current, unit, -1)
        now, before = judge(rule, s.series, current), judge(rule, s.series, previous)
        if now.holds or not before.holds:
            period, outcome = current, now
        else:
            period, outcome = previous, before
        outcomes[rule.key] = outcome
        steps[rule.key] = _step(t, period, unit, outcome, s.evidence(period))
    return steps, outcomes


def _judge_composites(
    rules: Sequence[Rule],
    steps: dict[str, AlertStep],
    outcomes: Mapping[str, Outcome],
    t: datetime,
) -> None:
    """Each composite rule at ``t``, from its parts' steps (added to ``steps``)."""
    for c in rules:
        if not isinstance(c, CompositeRule):
            continue
        outcome = judge_composite(c, outcomes)
        parts = [steps[k] for k in c.of if k in steps and steps[k].holds]
        anchor = parts[0] if parts else next((steps[k] for k in c.of if k in steps), None)
        if anchor is None:
            continue
        steps[c.key] = AlertStep(
            at=t,
            holds=outcome.holds,
            period_start=anchor.period_start,
            period_label=anchor.period_label,
            value=outcome.value,
            baseline=outcome.baseline,
            probability=outcome.probability,
            score=outcome.score,
            explanation=outcome.explanation,
            evidence=_merged([s.evidence for s in parts]),
        )


def _advance(
    rules: Sequence[Rule],
    steps: Mapping[str, AlertStep],
    open_: dict[str, Episode],
    done: list[Episode],
    t: datetime,
) -> None:
    """Open, extend or close each rule's episode with its step at ``t``."""
    for rule in rules:
        step = steps.get(rule.key)
        if step is None:
            continue
        episode = open_.get(rule.key)
        if episode is None:
            if step.holds:
                open_[rule.key] = Episode(rule.key, rule.level, t, None, [step])
            continue
        if not _same(step, episode.steps[-1]):
            episode.steps.append(step)
        if not step.holds:
            episode.closed_at = t
            done.append(open_.pop(rule.key))


def replay(
    rules: Sequence[Rule], knowledge: Mapping[str, Knowledge], until: datetime
) -> list[Episode]:
    """Every episode of every rule, judged at each instant up to ``until``, oldest first.

    ``knowledge`` maps each indicator a rule watches to its facts; a rule whose indicator is
    missing never holds.
    """
    series = {i: _Series(k) for i, k in knowledge.items()}
    facts = sorted(
        ((f, i) for i, k in knowledge.items() for f in k.facts),
        key=lambda fi: (fi[0].at, fi[0].record_id),
    )
    units = {k.unit for k in knowledge.values()}
    open_: dict[str, Episode] = {}
    done: list[Episode] = []
    position = 0
    for t in _instants((f for f, _ in facts), units, until):
        while position < len(facts) and facts[position][0].at <= t:
            fact, indicator = facts[position]
            series[indicator].add(fact)
            position += 1
        steps, outcomes = _judge_simple(rules, series, t)
        _judge_composites(rules, steps, outcomes, t)
        _advance(rules, steps, open_, done, t)
    done.extend(open_.values())
    return sorted(done, key=lambda e: (e.opened_at, e.rule_key))
