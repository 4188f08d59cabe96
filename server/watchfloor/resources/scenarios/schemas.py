"""Wire types of ``/v1/scenarios``: one future, with a likelihood and its ICD 203 expression.

A scenario's likelihood is stated by an analyst or taken, on every read, from a binary
question's newest forecast (``question``: by the named forecaster, or by anyone;
``baseline``: by the ``count-model`` baseline). ``docs/planning.md`` gives the ICD 203 bands.
"""

from datetime import date, datetime
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import envelopes
from watchfloor.wire import TEXT, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "Expression",
    "Likelihood",
    "LikelihoodForecast",
    "LikelihoodInput",
    "Scenario",
    "ScenarioCreate",
    "ScenarioFilters",
    "ScenarioList",
    "ScenarioPatch",
    "ScenarioSignposts",
    "ScenarioVersion",
    "ScenarioVersionList",
    "Source",
)

Source = Literal["analyst", "question", "baseline"]
"""Where a likelihood comes from: an analyst's statement, a question's newest forecast, or the
``count-model`` baseline's newest forecast on a question."""
Expression = Literal[
    "almost no chance",
    "very unlikely",
    "unlikely",
    "roughly even chance",
    "likely",
    "very likely",
    "almost certain",
]
"""ICD 203 Set A words, lower-inclusive bands: 0–5 % almost no chance, 5–20 % very unlikely,
20–45 % unlikely, 45–55 % roughly even chance, 55–80 % likely, 80–95 % very likely, 95–100 %
almost certain (an edge takes the band above it). ICD 203 has no 0 % or 100 %: below 1 % and
above 99 % the nearest band's word is given and the number says the rest."""

QuestionId = Annotated[str, Meta(pattern="^qst_[0-9a-f]{32}$")]
SetId = Annotated[str, Meta(pattern="^sst_[0-9a-f]{32}$")]
ActorId = Annotated[str, Meta(pattern="^act_[0-9a-f]{32}$")]
Name = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Narrative = Annotated[str, Meta(max_length=20000, pattern=TEXT)]
Item = Annotated[str, Meta(min_length=1, max_length=2000, pattern=TEXT)]
Tag = Annotated[str, Meta(pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$")]
Forecaster = Annotated[str, Meta(min_length=1, max_length=200, pattern=TEXT)]
Rationale = Annotated[str, Meta(min_length=1, max_length=5000, pattern=TEXT)]
Items = Annotated[list[Item], Meta(max_length=50)]


class LikelihoodInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """How likely the scenario is, and where that comes from.

    ``analyst``: ``probability`` is required. ``question``: ``question_id`` names a binary
    question; the likelihood is its newest forecast by ``forecaster`` (by anyone when
    omitted). ``baseline``: ``question_id``; the newest forecast of the ``count-model``
    baseline on it. A probability outside [0, 1] is 422.
    """

    source: Source
    probability: float | None = None
    """P(this future), for ``analyst`` only."""
    question_id: QuestionId | None = None
    forecaster: Forecaster | None = None
    """For ``question``: whose forecast; omitted, the newest forecast of any forecaster."""
    rationale: Rationale | None = None
    """Why, in the analyst's words."""


class LikelihoodForecast(msgspec.Struct, kw_only=True):
    """The forecast a ``question`` or ``baseline`` likelihood was taken from."""

    id: str
    forecaster: str
    created_at: Timestamp


class Likelihood(msgspec.Struct, kw_only=True):
    """A likelihood as of the read: its probability and ICD 203 words, and where it came from."""

    source: Source
    probability: float | None
    """P(this future); ``null`` while the question has no forecast by the forecaster named."""
    expression: Expression | None
    """The ICD 203 words for ``probability``."""
    question_id: str | None
    forecaster: str | None
    """``count-model`` for ``baseline``."""
    rationale: str | None
    forecast: LikelihoodForecast | None
    """For ``question`` and ``baseline``: the forecast taken, newest as of the read
    (``as_of`` reads take the newest recorded by then)."""


class ScenarioSignposts(msgspec.Struct, kw_only=True):
    """The live signposts naming the scenario, as of the read, and how many are lit."""

    total: int
    seen: int
    """Those whose status is ``seen`` (at ``known_by``, when given)."""
    emerging: int
    """Those whose status is ``emerging`` (at ``known_by``, when given)."""


class Scenario(msgspec.Struct, kw_only=True):
    """One future: its story, horizon, assumptions, drivers and likelihood."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    name: str
    narrative: str | None
    window_start: date
    """First day of the horizon."""
    window_end: date
    """Last day of the horizon."""
    assumptions: list[str]
    drivers: list[str]
    actor_ids: list[str]
    tags: list[str]
    set_id: str | None
    """The scenario set of mutually exclusive futures it belongs to."""
    likelihood: Likelihood
    signposts: ScenarioSignposts
    """How many signposts name the scenario, and how many of them are lit (docs/planning.md)."""
    exercise: ExerciseMark = UNSET


class ScenarioCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new scenario. ``window_end`` before ``window_start`` is 422."""

    name: Name
    window_start: date
    window_end: date
    likelihood: LikelihoodInput
    narrative: Narrative | None = None
    assumptions: Items = msgspec.field(default_factory=list)
    drivers: Items = msgspec.field(default_factory=list)
    actor_ids: Annotated[list[ActorId], Meta(max_length=20)] = msgspec.field(default_factory=list)
    tags: Annotated[list[Tag], Meta(max_length=30)] = msgspec.field(default_factory=list)
    set_id: SetId | None = None
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class ScenarioPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to a scenario; ``likelihood`` is replaced whole."""

    name: Name | UnsetType = UNSET
    window_start: date | UnsetType = UNSET
    window_end: date | UnsetType = UNSET
    likelihood: LikelihoodInput | UnsetType = UNSET
    narrative: Narrative | None | UnsetType = UNSET
    assumptions: Items | UnsetType = UNSET
    drivers: Items | UnsetType = UNSET
    actor_ids: Annotated[list[ActorId], Meta(max_length=20)] | UnsetType = UNSET
    tags: Annotated[list[Tag], Meta(max_length=30)] | UnsetType = UNSET
    set_id: SetId | None | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


ScenarioList, ScenarioVersion, ScenarioVersionList = envelopes(
    Scenario, "scenario", "a scenario", "scenarios"
)


class ScenarioFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/scenarios``."""

    dataset: str
    set: str | None = None
    actor: str | None = None
    tag: str | None = None
    name: str | None = None
    expression: str | None = None
    min_probability: float | None = None
    lit: bool | None = None
    known_by: datetime | None = None
