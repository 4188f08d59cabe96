"""Wire types of ``/v1/scenario-sets``: a group of mutually exclusive futures.

A set's scenarios are the scenarios whose ``set_id`` names it. Once ``complete``, their
likelihoods must sum to one (± 0.005) at every write; ``sum`` and ``consistent`` say, as of the
read, whether they still do (a likelihood taken from a forecast moves with the forecasts).
"""

from datetime import datetime
from typing import Annotated

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import envelopes
from watchfloor.wire import TEXT, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "ScenarioSet",
    "ScenarioSetCreate",
    "ScenarioSetFilters",
    "ScenarioSetList",
    "ScenarioSetPatch",
    "ScenarioSetVersion",
    "ScenarioSetVersionList",
)

QuestionId = Annotated[str, Meta(pattern="^qst_[0-9a-f]{32}$")]
Name = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Description = Annotated[str, Meta(max_length=20000, pattern=TEXT)]
Tag = Annotated[str, Meta(pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$")]


class ScenarioSet(msgspec.Struct, kw_only=True):
    """Mutually exclusive futures, and whether their likelihoods sum to one as of the read."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    name: str
    """What the futures answer, e.g. "DPRK strategic testing, 2027"."""
    description: str | None
    question_id: str | None
    """The question the set answers, if any."""
    tags: list[str]
    complete: bool
    """When true, every write that touches the set's scenarios must leave their likelihoods
    summing to one (422 otherwise); false while the set is being built."""
    scenario_ids: list[str]
    """Its scenarios (those naming it in ``set_id``), as of the read, oldest first."""
    sum: float | None
    """The sum of their likelihoods as of the read; ``null`` while one has none."""
    consistent: bool
    """Whether ``sum`` is one, ± 0.005."""
    exercise: ExerciseMark = UNSET


class ScenarioSetCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new scenario set; add scenarios by naming it in their ``set_id``."""

    name: Name
    description: Description | None = None
    question_id: QuestionId | None = None
    tags: Annotated[list[Tag], Meta(max_length=30)] = msgspec.field(default_factory=list)
    complete: bool = False
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class ScenarioSetPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to a scenario set; ``complete: true`` checks that its likelihoods sum to one."""

    name: Name | UnsetType = UNSET
    description: Description | None | UnsetType = UNSET
    question_id: QuestionId | None | UnsetType = UNSET
    tags: Annotated[list[Tag], Meta(max_length=30)] | UnsetType = UNSET
    complete: bool | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


ScenarioSetList, ScenarioSetVersion, ScenarioSetVersionList = envelopes(
    ScenarioSet, "scenario_set", "a scenario set", "scenario sets"
)


class ScenarioSetFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/scenario-sets``."""

    dataset: str
    question: str | None = None
    tag: str | None = None
    name: str | None = None
    known_by: datetime | None = None
