"""Wire types of ``/v1/signposts``: observable conditions bound to data, lit by the worker.

A signpost is what an analyst would watch for to know a scenario is coming true: an alert at or
above a level, a computed indicator against a threshold over a window, a question resolving or
a forecast crossing a probability, events or statements matching the lists' filters in a
window. The analyst writes the ``condition``; the worker computes its **status** — ``not_seen``,
``emerging``, ``seen`` — over knowledge time, with the evidence behind each change and the
instant it changed (``steps``), so ``known_by`` reads replay what it showed at any date and
``as_of`` reads what Watchfloor had recorded. ``docs/planning.md`` has the rules.
"""

from datetime import date, datetime
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import envelopes
from watchfloor.resources.indicators.schemas import EventSelection, StatementSelection
from watchfloor.resources.problems.schemas import Level
from watchfloor.wire import TEXT, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "AlertCondition",
    "Condition",
    "EventsCondition",
    "ForecastCondition",
    "IndicatorCondition",
    "QuestionCondition",
    "Signpost",
    "SignpostCreate",
    "SignpostEvidence",
    "SignpostFilters",
    "SignpostImport",
    "SignpostList",
    "SignpostPatch",
    "SignpostStatus",
    "SignpostStep",
    "SignpostVersion",
    "SignpostVersionList",
    "StatementsCondition",
    "Window",
    "step_at",
)

SignpostStatus = Literal["not_seen", "emerging", "seen"]
"""``seen`` when the condition holds; ``emerging`` when it is part-way there (each condition
kind says what that is); ``not_seen`` otherwise, and before any data."""

Comparator = Literal[">=", ">", "<=", "<"]
Name = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Description = Annotated[str, Meta(max_length=5000, pattern=TEXT)]
Tag = Annotated[str, Meta(pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$")]
Value = Annotated[float, Meta(ge=-1e18, le=1e18)]
Probability = Annotated[float, Meta(ge=0, le=1)]
ScenarioId = Annotated[str, Meta(pattern="^scn_[0-9a-f]{32}$")]
QuestionId = Annotated[str, Meta(pattern="^qst_[0-9a-f]{32}$")]
RuleKey = Annotated[str, Meta(pattern="^[a-z][a-z0-9-]{0,62}$")]
Forecaster = Annotated[str, Meta(min_length=1, max_length=200, pattern=TEXT)]


class Window(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """When records count: the trailing ``days`` up to the instant judged (that day included),
    or the fixed dates ``start`` … ``end`` (inclusive). Exactly one of the two forms (else 422
    at ``/condition/window``)."""

    days: Annotated[int, Meta(ge=1, le=36_600)] | None = None
    start: date | None = None
    end: date | None = None


class AlertCondition(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind", tag="alert"
):
    """Seen while an alert of the warning problem (of its rule ``rule_key``, when given) at or
    above ``level`` is open; emerging while only one below it is open (``level: warning`` with
    a ``watch`` alert open). An unknown problem or rule is 422."""

    problem_id: Annotated[str, Meta(pattern="^wpr_[0-9a-f]{32}$")]
    rule_key: RuleKey | None = None
    level: Level = "watch"


class IndicatorCondition(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind", tag="indicator"
):
    """Seen while the indicator's figure, aggregated over the last ``periods`` periods of its
    frequency (the period in progress included), compares with ``value`` by ``comparator``;
    emerging while it compares with ``emerging`` (a value on the near side of ``value``) but
    not with ``value``. Figures are those known at each instant (the indicator's vintages, or
    a computed indicator's records by their ``reported_at``)."""

    indicator_id: Annotated[str, Meta(pattern="^ind_[0-9a-f]{32}$")]
    comparator: Comparator = ">="
    value: Value
    periods: Annotated[int, Meta(ge=1, le=120)] = 1
    aggregate: Literal["sum", "mean", "max", "min", "last"] = "sum"
    emerging: Value | None = None


class QuestionCondition(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind", tag="question"
):
    """Seen once the question resolves with ``outcome`` (a binary question: ``true`` resolves
    yes); a count or quantity question: once its resolved value compares with ``value`` by
    ``comparator``. Emerging while the question is closed and awaiting resolution, or, for a
    binary question, while its criteria's measure so far already meets the comparison before
    ``resolves_at``. Known at the resolution's ``known_by``."""

    question_id: QuestionId
    outcome: bool = True
    comparator: Comparator | None = None
    value: Value | None = None


class ForecastCondition(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind", tag="forecast"
):
    """Seen while the newest forecast on a binary question (by ``forecaster``; omitted, the
    mean of every forecaster's newest) is at or above ``probability`` (``direction: above``)
    or at or below it (``below``); emerging while it is past ``emerging`` but not
    ``probability``. A forecast is known when it was created."""

    question_id: QuestionId
    probability: Probability
    direction: Literal["above", "below"] = "above"
    forecaster: Forecaster | None = None
    emerging: Probability | None = None


class _Records(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind"):
    window: Window
    count: Annotated[int, Meta(ge=1, le=1_000_000)] = 1
    emerging: Annotated[int, Meta(ge=1, le=1_000_000)] | None = None


class EventsCondition(_Records, tag="events"):
    """Seen while at least ``count`` events matching ``filters`` (those of ``GET /v1/events``)
    fall in the ``window`` by ``occurred.start``; emerging while at least ``emerging`` (fewer
    than ``count``) do. An event counts from its ``reported_at``; a retracted one never counts.
    An unknown filter is 422 at its pointer."""

    filters: EventSelection = msgspec.field(default_factory=EventSelection)


class StatementsCondition(_Records, tag="statements"):
    """As :class:`EventsCondition`, over statements (the filters of ``GET /v1/statements``) by
    ``said_on``."""

    filters: StatementSelection = msgspec.field(default_factory=StatementSelection)


Condition = (
    AlertCondition
    | IndicatorCondition
    | QuestionCondition
    | ForecastCondition
    | EventsCondition
    | StatementsCondition
)
"""What a signpost watches, tagged by ``kind``."""


class SignpostEvidence(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The records behind a status (newest known first, 50 of each kind at most)."""

    alerts: list[str] = msgspec.field(default_factory=list)
    events: list[str] = msgspec.field(default_factory=list)
    statements: list[str] = msgspec.field(default_factory=list)
    observations: list[str] = msgspec.field(default_factory=list)
    questions: list[str] = msgspec.field(default_factory=list)
    forecasts: list[str] = msgspec.field(default_factory=list)
    more: int = 0
    """Records behind it but not listed."""


class SignpostStep(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A change of status at one knowledge instant."""

    at: Timestamp
    """Knowledge time: the instant the data reported by then gave this status."""
    status: SignpostStatus
    explanation: str
    value: float | None = None
    """The figure judged: the aggregate, the count in the window, the probability …"""
    evidence: SignpostEvidence = msgspec.field(default_factory=SignpostEvidence)


def step_at(steps: list[SignpostStep], known_by: datetime) -> SignpostStep | None:
    """The step in effect at the knowledge instant ``known_by`` (``None``: not seen then)."""
    current = None
    for step in steps:
        if step.at > known_by:
            break
        current = step
    return current


class Signpost(msgspec.Struct, kw_only=True):
    """An observable condition, bound to data, and what the data says of it."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    name: str
    description: str | None
    scenario_ids: list[str]
    """The scenarios it signals."""
    tags: list[str]
    condition: Condition
    status: SignpostStatus
    changed_at: Timestamp | None
    """Knowledge time: when the data reported by then gave the status (``null``: never lit)."""
    explanation: str
    value: float | None
    evidence: SignpostEvidence
    retracted: SignpostEvidence
    """Records that lit the previous version and no longer count (retracted, deleted or
    withdrawn since): a signpost whose data is retracted goes dark with them as evidence."""
    steps: list[SignpostStep]
    evaluated_at: Timestamp | None
    """When the worker last evaluated it (transaction time); ``null`` until it has."""
    exercise: ExerciseMark = UNSET


class SignpostCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new signpost: what to watch for; the worker lights it."""

    name: Name
    condition: Condition
    description: Description | None = None
    scenario_ids: Annotated[list[ScenarioId], Meta(max_length=20)] = msgspec.field(
        default_factory=list
    )
    tags: Annotated[list[Tag], Meta(max_length=30)] = msgspec.field(default_factory=list)
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class SignpostPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to a signpost; ``condition`` is replaced whole (and evaluated anew)."""

    name: Name | UnsetType = UNSET
    condition: Condition | UnsetType = UNSET
    description: Description | None | UnsetType = UNSET
    scenario_ids: Annotated[list[ScenarioId], Meta(max_length=20)] | UnsetType = UNSET
    tags: Annotated[list[Tag], Meta(max_length=30)] | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


class SignpostImport(SignpostCreate, kw_only=True, forbid_unknown_fields=True):
    """A signpost as exported, restored by an import line: its computed state comes with it
    (the worker evaluates it again)."""

    status: SignpostStatus = "not_seen"
    changed_at: Timestamp | None = None
    explanation: Annotated[str, Meta(max_length=5000, pattern=TEXT)] = ""
    value: float | None = None
    evidence: SignpostEvidence = msgspec.field(default_factory=SignpostEvidence)
    retracted: SignpostEvidence = msgspec.field(default_factory=SignpostEvidence)
    steps: Annotated[list[SignpostStep], Meta(max_length=10_000)] = msgspec.field(
        default_factory=list
    )
    evaluated_at: Timestamp | None = None


SignpostList, SignpostVersion, SignpostVersionList = envelopes(
    Signpost, "signpost", "a signpost", "signposts"
)


class SignpostFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/signposts``."""

    dataset: str
    scenario: str | None = None
    status: str | None = None
    kind: str | None = None
    problem: str | None = None
    indicator: str | None = None
    question: str | None = None
    tag: str | None = None
    name: str | None = None
    known_by: datetime | None = None
    """Read as of this knowledge instant: each signpost's status, evidence and steps then."""
