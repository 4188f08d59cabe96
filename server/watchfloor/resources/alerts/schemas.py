"""Wire types of ``/v1/alerts``: one episode of one warning rule holding.

The worker opens an alert when a rule of a warning problem begins to hold and closes it when
the condition clears; each re-evaluation that changes what it says is a new version. Times in
an alert are **knowledge time** (what had been reported by then, ``docs/knowledge-time.md``):
``opened_at`` is the instant the data reported by then first made the rule hold, ``closed_at``
the instant it stopped. ``steps`` is the evaluation at each instant the figures moved, with the
evidence behind each, so ``known_by`` reads replay what the alert said at any date.
"""

from datetime import date, datetime
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import envelopes
from watchfloor.resources.problems.schemas import Level
from watchfloor.wire import TEXT, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "Alert",
    "AlertFilters",
    "AlertImport",
    "AlertList",
    "AlertPatch",
    "AlertState",
    "AlertStep",
    "AlertVersion",
    "AlertVersionList",
    "Evidence",
)

AlertState = Literal["open", "closed", "withdrawn"]
"""``open`` while the rule holds; ``closed`` once it has cleared; ``withdrawn`` when later or
corrected data (or changed rules) show it never held as recorded."""

EVIDENCE_LIMIT = 50
"""Ids of each kind an evidence keeps at most (the newest reported first); ``more`` counts the rest."""


class Evidence(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What a figure was made of: the records behind it."""

    observations: list[str] = msgspec.field(default_factory=list)
    """The hand-entered figures judged. A computed figure's evidence is the events or
    statements it counts; its vintages are the indicator's observations of the period."""
    events: list[str] = msgspec.field(default_factory=list)
    """Events counted in the judged period, newest reported first."""
    statements: list[str] = msgspec.field(default_factory=list)
    """Statements counted in the judged period, newest reported first."""
    more: int = 0
    """Records counted but not listed (beyond the limit of each kind)."""


class AlertStep(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The rule's evaluation at one knowledge instant."""

    at: Timestamp
    """Knowledge time: the instant the data reported by then gave this evaluation."""
    holds: bool
    period_start: date
    """The period judged."""
    period_label: str
    value: float | None
    """The figure judged (a composite: how many of its rules hold)."""
    baseline: float | None
    """The threshold, the baseline's mean or median, or the earlier figure, by rule kind."""
    probability: float | None
    """Anomaly of counts: P(X ≥ value) under the baseline model."""
    score: float | None
    """Robust z-score, or the change, by rule kind."""
    explanation: str
    evidence: Evidence


class Alert(msgspec.Struct, kw_only=True):
    """One episode of one warning rule holding: when, how badly, why, and on what evidence."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    problem_id: str
    rule_key: str
    level: Level
    state: AlertState
    indicator_ids: list[str]
    actor_ids: list[str]
    """The warning problem's actors."""
    opened_at: Timestamp
    closed_at: Timestamp | None
    rationale: str
    """The rule's rationale: why this matters."""
    explanation: str
    """The newest step's explanation, in numbers."""
    value: float | None
    baseline: float | None
    probability: float | None
    evidence: Evidence
    """The newest step's evidence."""
    steps: list[AlertStep]
    acknowledged_at: Timestamp | None
    acknowledged_by: str | None
    """The key (its name) that acknowledged it."""
    acknowledgement: str | None
    """The analyst's note."""
    plan_id: str | None = None
    """The contingency plan whose branch raised it (``null``: a warning rule did)."""
    branch_key: str | None = None
    """The plan's branch that raised it (its ``rule_key`` is ``plan-`` and the key)."""
    exercise: ExerciseMark = UNSET


class AlertPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An analyst's acknowledgement: ``acknowledged: true`` with a note (``false`` withdraws it)."""

    acknowledged: bool | UnsetType = UNSET
    note: Annotated[str, Meta(max_length=2000, pattern=TEXT)] | None | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


class AlertImport(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An alert as exported, restored by an import line (another instance's record).

    Alerts are the worker's: there is no ``POST /v1/alerts``; an import restores an export.
    """

    problem_id: Annotated[str, Meta(pattern="^wpr_[0-9a-f]{32}$")]
    rule_key: Annotated[str, Meta(pattern="^[a-z][a-z0-9-]{0,62}$")]
    level: Level
    opened_at: Timestamp
    rationale: Annotated[str, Meta(min_length=1, max_length=2000, pattern=TEXT)]
    closed_at: Timestamp | None = None
    state: AlertState = "open"
    indicator_ids: Annotated[list[str], Meta(max_length=50)] = msgspec.field(default_factory=list)
    actor_ids: Annotated[list[str], Meta(max_length=20)] = msgspec.field(default_factory=list)
    steps: Annotated[list[AlertStep], Meta(max_length=10_000)] = msgspec.field(default_factory=list)
    acknowledged_at: Timestamp | None = None
    acknowledged_by: Annotated[str, Meta(max_length=200, pattern=TEXT)] | None = None
    acknowledgement: Annotated[str, Meta(max_length=2000, pattern=TEXT)] | None = None
    plan_id: Annotated[str, Meta(pattern="^pln_[0-9a-f]{32}$")] | None = None
    branch_key: Annotated[str, Meta(pattern="^[a-z][a-z0-9-]{0,40}$")] | None = None
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


AlertList, AlertVersion, AlertVersionList = envelopes(Alert, "alert", "an alert", "alerts")


class AlertFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/alerts``."""

    dataset: str
    level: str | None = None
    state: str | None = None
    indicator: str | None = None
    problem: str | None = None
    actor: str | None = None
    opened_from: datetime | None = None
    opened_to: datetime | None = None
    acknowledged: bool | None = None
    plan: str | None = None
    known_by: datetime | None = None
    """Read as of this knowledge instant: alerts opened by then, in their state then."""
