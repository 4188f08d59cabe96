"""Wire types of ``/v1/plans``: contingency plans with branches, triggers and decision points.

A plan belongs to a warning problem and holds **branches**: each has a **trigger** (signposts
combined with ``all``/``any``, or another branch having triggered), a decision **owner** (an
actor or a role), a decision **deadline** relative to the trigger, **options** (courses of
action) each with a preparation lead time and prerequisites, and a **state** — ``dormant``,
``triggered``, ``decided``, ``executed``, ``stood_down`` — with who decided what and when.
The worker fires triggers from the signposts' status over knowledge time and raises an alert
for each fired branch; analysts record decisions (``POST /v1/plans/{id}/decisions``). The
agenda (``GET /v1/plans/{id}/agenda``) says which decisions are due at any instant and which
options are already too late to prepare. ``docs/planning.md`` has the rules.
"""

from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import envelopes
from watchfloor.resources.problems.schemas import Level
from watchfloor.wire import TEXT, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "MAX_TRIGGER_DEPTH",
    "AgendaBranch",
    "AgendaOption",
    "AllTrigger",
    "AnyTrigger",
    "Branch",
    "BranchInput",
    "BranchState",
    "BranchStep",
    "BranchTrigger",
    "Decision",
    "DecisionsDue",
    "Option",
    "Owner",
    "Plan",
    "PlanAgenda",
    "PlanCreate",
    "PlanFilters",
    "PlanImport",
    "PlanList",
    "PlanPatch",
    "PlanVersion",
    "PlanVersionList",
    "SignpostTrigger",
    "Trigger",
)

BranchState = Literal["dormant", "triggered", "decided", "executed", "stood_down"]
"""``dormant`` until its trigger holds; ``triggered`` once it has (a decision is due);
``decided`` once its owner chose an option; ``executed`` once the option was carried out;
``stood_down`` when the branch will not be acted on (terminal, as ``executed`` is)."""

MAX_TRIGGER_DEPTH = 5
"""How deep a trigger's ``all``/``any`` may nest (a leaf at depth 5 at most)."""

Key = Annotated[str, Meta(pattern="^[a-z][a-z0-9-]{0,40}$")]
"""A branch's or option's key: a slug (``plan-<branch key>`` is its alert's ``rule_key``)."""
Name = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Description = Annotated[str, Meta(max_length=5000, pattern=TEXT)]
Note = Annotated[str, Meta(min_length=1, max_length=2000, pattern=TEXT)]
Tag = Annotated[str, Meta(pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$")]
Role = Annotated[str, Meta(min_length=1, max_length=200, pattern=TEXT)]
Hours = Annotated[float, Meta(ge=0, le=87_600)]
"""Hours, from 0 to ten years."""
SignpostId = Annotated[str, Meta(pattern="^sgp_[0-9a-f]{32}$")]
ProblemId = Annotated[str, Meta(pattern="^wpr_[0-9a-f]{32}$")]
ActorId = Annotated[str, Meta(pattern="^act_[0-9a-f]{32}$")]


class SignpostTrigger(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind", tag="signpost"
):
    """Holds while the signpost's status is ``at_least`` (``seen``; or ``emerging``, which
    ``seen`` also satisfies). An unknown signpost, or one of another dataset, is 422."""

    signpost_id: SignpostId
    at_least: Literal["seen", "emerging"] = "seen"


class BranchTrigger(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind", tag="branch"
):
    """Holds from the instant the plan's branch ``branch`` triggered (whatever was decided
    since). An unknown key, or a circle of branches, is 422."""

    branch: Key


class AllTrigger(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind", tag="all"
):
    """Holds while every trigger ``of`` holds."""

    of: Annotated[list["Trigger"], Meta(min_length=1, max_length=20)]


class AnyTrigger(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind", tag="any"
):
    """Holds while at least one trigger ``of`` holds."""

    of: Annotated[list["Trigger"], Meta(min_length=1, max_length=20)]


Trigger = SignpostTrigger | BranchTrigger | AllTrigger | AnyTrigger
"""When a branch fires, tagged by ``kind``: a tree at most five deep."""


class Owner(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Who decides: an actor (``actor_id``) or a role (``role``, e.g. ``"J3 duty officer"``),
    exactly one (else 422 at ``/branches/i/owner``)."""

    actor_id: ActorId | None = None
    role: Role | None = None


class Option(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A course of action: how long it takes to prepare and what it needs first.

    ``requires`` names options of the same branch that must be prepared before this one starts
    (their lead times add up along the longest chain); ``prerequisites`` are conditions in
    words. An unknown or circular ``requires`` is 422."""

    key: Key
    name: Name
    description: Description | None = None
    lead_time_hours: Hours = 0
    """Preparation time: the option must be started this long before the decision deadline."""
    prerequisites: Annotated[list[Note], Meta(max_length=20)] = msgspec.field(default_factory=list)
    requires: Annotated[list[Key], Meta(max_length=20)] = msgspec.field(default_factory=list)


class BranchInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A branch as an analyst writes it; the worker and the decisions add its state."""

    key: Key
    name: Name
    trigger: Trigger
    owner: Owner
    deadline_hours: Hours
    """The decision is due this many hours after the trigger fired."""
    options: Annotated[list[Option], Meta(min_length=1, max_length=20)]
    description: Description | None = None
    level: Level = "warning"
    """The level of the alert the branch raises when it fires."""


class BranchStep(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A change of a branch's state at one knowledge instant."""

    at: Timestamp
    """Knowledge time: a trigger's, the instant the signposts reported by then made it hold; a
    decision's, when it was recorded."""
    state: BranchState
    by: str | None = None
    """The key (its name) that recorded a decision; ``null`` for the worker's."""
    option: str | None = None
    """``decided``: the option chosen."""
    note: str | None = None


class Branch(BranchInput, kw_only=True, forbid_unknown_fields=True):
    """A branch with its state (as recorded, or at the ``known_by`` read's instant)."""

    state: BranchState = "dormant"
    triggered_at: Timestamp | None = None
    """Knowledge time: when the trigger first held (``null`` while dormant)."""
    deadline: Timestamp | None = None
    """``triggered_at`` + ``deadline_hours``."""
    decided_at: Timestamp | None = None
    decided_by: str | None = None
    decision: str | None = None
    """The option chosen."""
    note: str | None = None
    """The newest decision's note."""
    executed_at: Timestamp | None = None
    stood_down_at: Timestamp | None = None
    alert_id: str | None = None
    """The alert the branch raised when it fired."""
    steps: list[BranchStep] = msgspec.field(default_factory=list)
    """Every change of state, oldest first: what ``known_by`` reads replay."""


class Plan(msgspec.Struct, kw_only=True):
    """A contingency plan: branches with triggers, owners, deadlines and options."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    name: str
    description: str | None
    problem_id: str
    """The warning problem the plan is for: its branches' alerts belong to it."""
    owner: str | None
    """The desk or team that owns the plan."""
    armed_from: Timestamp | None
    """Knowledge time from which its triggers count (``null``: any instant the data covers): a
    trigger that already holds then fires at that instant."""
    tags: list[str]
    branches: list[Branch]
    signpost_ids: list[str]
    """Every signpost the triggers read."""
    evaluated_at: Timestamp | None
    """When the worker last evaluated it (transaction time); ``null`` until it has."""
    exercise: ExerciseMark = UNSET


class PlanCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new plan; every branch starts dormant."""

    name: Name
    problem_id: ProblemId
    branches: Annotated[list[BranchInput], Meta(min_length=1, max_length=20)]
    description: Description | None = None
    owner: Role | None = None
    armed_from: Timestamp | None = None
    """From when its triggers count (knowledge time); omitted: any instant."""
    tags: Annotated[list[Tag], Meta(max_length=30)] = msgspec.field(default_factory=list)
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class PlanImport(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A plan as exported, restored by an import line: each branch with its state, steps and
    decisions (who decided what, when). ``signpost_ids`` is derived again from the triggers;
    the worker then evaluates the plan (a decided branch stays decided)."""

    name: Name
    problem_id: ProblemId
    branches: Annotated[list[Branch], Meta(min_length=1, max_length=20)]
    description: Description | None = None
    owner: Role | None = None
    armed_from: Timestamp | None = None
    tags: Annotated[list[Tag], Meta(max_length=30)] = msgspec.field(default_factory=list)
    signpost_ids: Annotated[list[str], Meta(max_length=400)] = msgspec.field(default_factory=list)
    evaluated_at: Timestamp | None = None
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class PlanPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to a plan. ``branches`` is replaced whole: a branch keeps its state by key, a
    branch left out is dropped (its open alert is closed)."""

    name: Name | UnsetType = UNSET
    description: Description | None | UnsetType = UNSET
    owner: Role | None | UnsetType = UNSET
    armed_from: Timestamp | None | UnsetType = UNSET
    tags: Annotated[list[Tag], Meta(max_length=30)] | UnsetType = UNSET
    branches: Annotated[list[BranchInput], Meta(min_length=1, max_length=20)] | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


class Decision(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A decision on a branch: ``decided`` (with the ``option`` chosen), ``executed`` or
    ``stood_down``. Stamped with the key's name and now."""

    branch: Key
    state: Literal["decided", "executed", "stood_down"]
    option: Key | None = None
    note: Note | None = None


PlanList, PlanVersion, PlanVersionList = envelopes(Plan, "plan", "a plan", "plans")


class AgendaOption(msgspec.Struct, kw_only=True):
    """One option at the agenda's instant."""

    key: str
    name: str
    lead_time_hours: float
    total_lead_time_hours: float
    """Its lead time plus the longest chain of options it ``requires``."""
    prepare_by: Timestamp | None
    """The deadline less the total lead time (``null`` while the branch is dormant)."""
    too_late: bool
    """Preparing it now would end after the deadline (``at`` + total lead > deadline)."""


class AgendaBranch(msgspec.Struct, kw_only=True):
    """One branch at the agenda's instant."""

    plan_id: str
    plan_name: str
    key: str
    name: str
    owner: Owner
    level: Level
    state: BranchState
    triggered_at: Timestamp | None
    deadline: Timestamp | None
    due: bool
    """Triggered, not yet decided, and the deadline not yet passed."""
    overdue: bool
    """Triggered, not yet decided, and the deadline passed."""
    hours_left: float | None
    """Hours from ``at`` to the deadline (negative once overdue)."""
    decision: str | None
    alert_id: str | None
    options: list[AgendaOption]


class PlanAgenda(msgspec.Struct, kw_only=True):
    """``GET /v1/plans/{id}/agenda``: what the plan asks of its owners at ``at``."""

    plan_id: str
    at: Timestamp
    known_by: Timestamp
    as_of: Timestamp | None
    branches: list[AgendaBranch]


class DecisionsDue(msgspec.Struct, kw_only=True):
    """``GET /v1/plans/decisions-due``: every due or overdue decision of a dataset's plans."""

    dataset: str
    at: Timestamp
    known_by: Timestamp
    as_of: Timestamp | None
    data: list[AgendaBranch]
    """Soonest deadline first."""


class PlanFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/plans``."""

    dataset: str
    problem: str | None = None
    state: str | None = None
    signpost: str | None = None
    tag: str | None = None
    name: str | None = None
    owner: str | None = None
    known_by: datetime | None = None
    """Read as of this knowledge instant: each branch's state then."""
