"""Wire types of ``/v1/warning-problems``: a question a watch floor owns, and its rules.

A warning problem ("DPRK strategic weapons testing") groups the indicators that bear on it and
the rules that raise its level. A rule watches one indicator (``threshold``, ``anomaly``,
``change``) or other rules of the same problem (``composite``); each says the level it raises
and, in ``rationale``, why, in words a duty officer reads. ``docs/warning.md`` gives each
kind's formula.
"""

from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import envelopes
from watchfloor.wire import TEXT, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "AnomalyRule",
    "ChangeRule",
    "CompositeRule",
    "Level",
    "ProblemFilters",
    "Rule",
    "ThresholdRule",
    "WarningProblem",
    "WarningProblemCreate",
    "WarningProblemList",
    "WarningProblemPatch",
    "WarningProblemVersion",
    "WarningProblemVersionList",
)

Level = Literal["watch", "warning"]
"""What a rule raises, least to most severe; a problem with no rule holding is ``quiet``."""

RuleKey = Annotated[
    str, Meta(pattern="^[a-z][a-z0-9-]{0,62}$", examples=["icbm-launch", "launch-surge"])
]
IndicatorId = Annotated[str, Meta(pattern="^ind_[0-9a-f]{32}$")]
ActorId = Annotated[str, Meta(pattern="^act_[0-9a-f]{32}$")]
Rationale = Annotated[str, Meta(min_length=1, max_length=2000, pattern=TEXT)]
Name = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Description = Annotated[str, Meta(max_length=5000, pattern=TEXT)]
Owner = Annotated[str, Meta(min_length=1, max_length=200, pattern=TEXT)]
Tag = Annotated[str, Meta(pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$")]
Value = Annotated[float, Meta(ge=-1e18, le=1e18)]
Periods = Annotated[int, Meta(ge=1, le=520)]


class _Rule(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind"):
    key: RuleKey
    """Names the rule within its problem (composites and alerts refer to it)."""
    level: Level
    """The level the rule raises while it holds."""
    rationale: Rationale
    """Why this matters, for the duty officer: shown with every alert it raises."""


class ThresholdRule(_Rule, tag="threshold", kw_only=True, forbid_unknown_fields=True):
    """Holds when the indicator's figure for a period is at or above (at or below) ``value``."""

    indicator_id: IndicatorId
    direction: Literal["above", "below"] = "above"
    value: Value


class AnomalyRule(_Rule, tag="anomaly", kw_only=True, forbid_unknown_fields=True):
    """Holds when a period's figure is improbably high against its trailing baseline.

    Counts: the upper-tail probability of the figure under a Poisson (or negative-binomial,
    fitted by moments) model of the ``window`` complete periods before it is below
    ``significance``. Continuous series (``robust_z``): the figure's distance from the
    baseline's median, in median absolute deviations scaled to a standard deviation, is at
    least ``z``. No seasonal adjustment: a window of whole years keeps seasons balanced.
    """

    indicator_id: IndicatorId
    model: Literal["poisson", "negative_binomial", "robust_z"] = "poisson"
    window: Annotated[int, Meta(ge=1, le=520)] = 24
    """How many complete periods before the one judged make its baseline (at least 3: a
    shorter window is 422, it cannot make a baseline)."""
    significance: Annotated[float, Meta(gt=0, le=0.5)] = 0.01
    """For counts: the upper-tail probability at or below which the figure is anomalous."""
    z: Annotated[float, Meta(gt=0, le=100)] = 3.0
    """For ``robust_z``: the robust z-score at or above which the figure is anomalous."""
    min_value: Value = 1.0
    """A figure below this is never anomalous (one launch after a silent year is news, but
    zero never is)."""


class ChangeRule(_Rule, tag="change", kw_only=True, forbid_unknown_fields=True):
    """Holds when a period's figure moved by at least ``by`` from the figure ``over`` periods
    before it, in ``direction`` (a fraction of that figure when ``relative``)."""

    indicator_id: IndicatorId
    over: Periods = 1
    by: Annotated[float, Meta(gt=0, le=1e18)]
    direction: Literal["up", "down"] = "up"
    relative: bool = False


class CompositeRule(_Rule, tag="composite", kw_only=True, forbid_unknown_fields=True):
    """Holds when at least ``at_least`` of the rules ``of`` (keys of this problem's other,
    non-composite rules) hold at the same time."""

    of: Annotated[list[RuleKey], Meta(min_length=2, max_length=20)]
    at_least: Annotated[int, Meta(ge=1, le=20)]


Rule = ThresholdRule | AnomalyRule | ChangeRule | CompositeRule


class WarningProblem(msgspec.Struct, kw_only=True):
    """A question a watch floor owns, with the indicators and rules that raise its level."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    name: str
    """The question, e.g. "DPRK strategic weapons testing"."""
    description: str | None
    owner: str | None
    """The desk or team that owns the question."""
    actor_ids: list[str]
    tags: list[str]
    rules: list[Rule]
    indicator_ids: list[str]
    """The indicators its rules watch (derived from ``rules``)."""
    exercise: ExerciseMark = UNSET


class WarningProblemCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new warning problem."""

    name: Name
    rules: Annotated[list[Rule], Meta(min_length=1, max_length=50)]
    description: Description | None = None
    owner: Owner | None = None
    actor_ids: Annotated[list[ActorId], Meta(max_length=20)] = msgspec.field(default_factory=list)
    tags: Annotated[list[Tag], Meta(max_length=30)] = msgspec.field(default_factory=list)
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class WarningProblemPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to a warning problem; new ``rules`` are evaluated again from the start."""

    name: Name | UnsetType = UNSET
    rules: Annotated[list[Rule], Meta(min_length=1, max_length=50)] | UnsetType = UNSET
    description: Description | None | UnsetType = UNSET
    owner: Owner | None | UnsetType = UNSET
    actor_ids: Annotated[list[ActorId], Meta(max_length=20)] | UnsetType = UNSET
    tags: Annotated[list[Tag], Meta(max_length=30)] | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


WarningProblemList, WarningProblemVersion, WarningProblemVersionList = envelopes(
    WarningProblem, "warning_problem", "a warning problem", "warning problems"
)


class ProblemFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/warning-problems``."""

    dataset: str
    indicator: str | None = None
    actor: str | None = None
    tag: str | None = None
    name: str | None = None
