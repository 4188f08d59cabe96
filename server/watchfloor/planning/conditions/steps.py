"""What the condition kinds share: comparing a figure, listing evidence, keeping steps few.

Pure: each kind computes the status, value and evidence at every instant something could
change, and hands them to a :class:`Steps`, which keeps only the instants that change what a
reader sees — the status, or the value while it is ``seen`` or ``emerging`` (a ``not_seen``
figure creeping up is not a change worth a version).
"""

import operator
from collections.abc import Callable, Iterable
from datetime import datetime

from watchfloor.planning.evaluation import Evaluation, Record
from watchfloor.resources.signposts.schemas import SignpostEvidence, SignpostStatus, SignpostStep

__all__ = ("EVIDENCE_LIMIT", "Steps", "compares", "evidence", "status_of")

EVIDENCE_LIMIT = 50
"""Records listed per kind in a step's evidence; the rest are counted in ``more``."""

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
}


def compares(value: float, comparator: str, threshold: float) -> bool:
    """Whether ``value <comparator> threshold``."""
    return _COMPARE[comparator](value, threshold)


def status_of(
    value: float | None, comparator: str, threshold: float, emerging: float | None
) -> SignpostStatus:
    """``seen`` when ``value`` compares with ``threshold``; ``emerging`` when it compares with
    ``emerging`` (same comparator) but not with ``threshold``; else (and with no value)
    ``not_seen``."""
    if value is None:
        return "not_seen"
    if compares(value, comparator, threshold):
        return "seen"
    if emerging is not None and compares(value, comparator, emerging):
        return "emerging"
    return "not_seen"


def evidence(records: Iterable[Record], more: int = 0) -> SignpostEvidence:
    """Evidence listing ``records`` in the order given (newest first), ``EVIDENCE_LIMIT`` of
    each kind at most; the rest, and ``more``, counted in ``more``."""
    lists: dict[str, list[str]] = {
        "alerts": [], "events": [], "statements": [], "observations": [], "questions": [],
        "forecasts": [],
    }  # fmt: skip
    seen: set[Record] = set()
    for kind, record_id in records:
        if (kind, record_id) in seen:
            continue
        seen.add((kind, record_id))
        if len(lists[kind]) < EVIDENCE_LIMIT:
            lists[kind].append(record_id)
        else:
            more += 1
    return SignpostEvidence(**lists, more=more)


class Steps:
    """The steps of one condition, fed its state at each instant in order."""

    def __init__(self) -> None:
        self.steps: list[SignpostStep] = []
        self.records: set[Record] = set()

    def wants(self, status: SignpostStatus, value: float | None) -> bool:
        """Whether the state would be a step (callers skip gathering evidence otherwise)."""
        last = self.steps[-1] if self.steps else None
        if last is None:
            return status != "not_seen"
        return last.status != status or (status != "not_seen" and last.value != value)

    def add(
        self,
        at: datetime,
        status: SignpostStatus,
        value: float | None,
        explanation: str,
        records: list[Record],
        more: int = 0,
    ) -> None:
        """The state at ``at``: kept as a step when it changes the status, or the value while
        lit (``records`` newest first, all of them; ``more``: counted but not named)."""
        if not self.wants(status, value):
            return
        self.steps.append(
            SignpostStep(
                at=at,
                status=status,
                explanation=explanation,
                value=value,
                evidence=evidence(records, more),
            )
        )
        self.records = set(records)

    def evaluation(self, next_due: datetime | None) -> Evaluation:
        return Evaluation(steps=self.steps, next_due=next_due, records=self.records)
