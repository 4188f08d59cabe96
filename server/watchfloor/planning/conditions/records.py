"""Events and statements conditions: records matching the lists' filters, counted in a window.

A record counts from its ``reported_at`` (knowledge time) while its day (an event's
``occurred.start``, a statement's ``said_on``) lies in the window: the fixed ``start`` …
``end``, or the trailing ``days`` up to the instant judged (that day included), from which it
ages out at the midnight ``days`` days after its day. A retracted or deleted record never counts
(the selection is that of ``GET /v1/events`` and ``/v1/statements``, read with the same filter
fragments the computed indicators use). The status changes only where a record starts or stops
counting, so those instants are the steps; the next of them after ``now`` is when it is due.
"""

import heapq
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from watchfloor.computed.service import event_filters, statement_filters
from watchfloor.context import Context
from watchfloor.planning.conditions.evidence import LISTED, evidence_of, step_changes
from watchfloor.planning.evaluation import Evaluation, Record
from watchfloor.resources.signposts.schemas import (
    EventsCondition,
    SignpostStatus,
    SignpostStep,
    StatementsCondition,
    Window,
)
from watchfloor.warning import repository as facts

__all__ = ("records_steps",)


@dataclass(frozen=True, slots=True)
class _Span:
    """When one record counts: from ``enter`` until ``leave`` (``None``: for good)."""

    enter: datetime
    leave: datetime | None
    reported_at: datetime
    id: str


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def _span(window: Window, record_id: str, day: date, at: datetime) -> _Span | None:
    if window.days is None:
        assert window.start is not None and window.end is not None
        return _Span(at, None, at, record_id) if window.start <= day <= window.end else None
    # In the trailing window of the instant t while day <= t's day < day + days.
    enter = max(at, _midnight(day))
    leave = _midnight(day + timedelta(days=window.days))
    return _Span(enter, leave, at, record_id) if enter < leave else None


def _where(window: Window, at: datetime) -> str:
    if window.days is None:
        return f"from {window.start} to {window.end}"
    last = at.astimezone(UTC).date()
    first = last - timedelta(days=window.days - 1)
    return f"from {first} to {last} (the trailing {window.days} days)"


def _status(condition: EventsCondition | StatementsCondition, n: int) -> SignpostStatus:
    if n >= condition.count:
        return "seen"
    if condition.emerging is not None and n >= condition.emerging:
        return "emerging"
    return "not_seen"


def _explanation(condition: EventsCondition | StatementsCondition, kind: str, n: int,
                 at: datetime) -> str:  # fmt: skip
    thresholds = f"seen at {condition.count}"
    if condition.emerging is not None:
        thresholds += f", emerging at {condition.emerging}"
    noun = kind if n != 1 else kind[:-1]
    return f"{n} {noun} matching the filters {_where(condition.window, at)} ({thresholds})."


async def records_steps(
    ctx: Context, dataset: str, condition: EventsCondition | StatementsCondition, now: datetime
) -> Evaluation:
    """The condition's status over knowledge time up to ``now``."""
    if isinstance(condition, EventsCondition):
        kind = "events"
        rows = await facts.event_facts(
            ctx, event_filters(dataset, condition.filters), "count", None
        )
    else:
        kind = "statements"
        rows = await facts.statement_facts(ctx, statement_filters(dataset, condition.filters))
    spans = [
        s
        for r in rows
        if (s := _span(condition.window, str(r["id"]), r["day"], r["at"])) is not None
    ]
    entering: dict[datetime, list[_Span]] = {}
    leaving: dict[datetime, list[_Span]] = {}
    for s in spans:
        entering.setdefault(s.enter, []).append(s)
        if s.leave is not None:
            leaving.setdefault(s.leave, []).append(s)
    steps: list[SignpostStep] = []
    counted: dict[str, _Span] = {}
    ever: set[Record] = set()
    next_due = None
    for at in sorted({*entering, *leaving}):
        if at > now:
            next_due = at
            break
        for s in leaving.get(at, []):
            counted.pop(s.id, None)
        for s in entering.get(at, []):
            counted[s.id] = s
            ever.add((kind, s.id))
        n = len(counted)
        newest = heapq.nlargest(LISTED + 1, counted.values(), key=lambda s: (s.reported_at, s.id))
        listed = [s.id for s in newest[:LISTED]]
        evidence = evidence_of(kind, listed)
        evidence.more = n - len(listed)
        step_changes(
            steps,
            at,
            _status(condition, n),
            float(n),
            evidence,
            _explanation(condition, kind, n, at),
        )
    return Evaluation(steps=steps, next_due=next_due, records=ever)
