"""Wire types of ``/v1/indicators`` and ``/v1/indicators/{id}/observations``.

An observation is one figure for one period *as published on its vintage date*. A revised
figure is a new observation with a later vintage, never an overwrite: both stay readable, and
``vintage=latest`` or ``vintage=<date>`` picks which one a reader sees for each period.
"""

from datetime import date
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.admiralty import Citation, CitationIn
from watchfloor.envelopes import Page, envelopes
from watchfloor.wire import TEXT, DatasetName, ExternalId, Timestamp

__all__ = (
    "Frequency",
    "Indicator",
    "IndicatorCreate",
    "IndicatorList",
    "IndicatorPatch",
    "IndicatorVersion",
    "IndicatorVersionList",
    "Observation",
    "ObservationCreate",
    "ObservationImport",
    "ObservationList",
    "ObservationPatch",
    "ObservationVersion",
    "ObservationVersionList",
    "ObservationWarning",
    "ObservationWarningList",
    "Threshold",
    "WarningLevel",
)

Frequency = Literal["daily", "weekly", "monthly", "quarterly", "annual", "irregular"]
WarningLevel = Literal["watch", "warning", "alert"]
"""Severity of a threshold, least to most severe."""

ActorId = Annotated[str, Meta(pattern="^act_[0-9a-f]{32}$")]
IndicatorId = Annotated[str, Meta(pattern="^ind_[0-9a-f]{32}$")]
Name = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Unit = Annotated[
    str, Meta(min_length=1, max_length=50, pattern=TEXT, examples=["USD bn", "%", "kt"])
]
Description = Annotated[str, Meta(max_length=5000, pattern=TEXT)]
Note = Annotated[str, Meta(max_length=2000, pattern=TEXT)]
Label = Annotated[
    str, Meta(min_length=1, max_length=40, pattern=TEXT, examples=["2024", "2024-Q3"])
]
Tag = Annotated[str, Meta(pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$")]
Value = Annotated[float, Meta(ge=-1e18, le=1e18)]


class Threshold(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A warning threshold: crossing ``value`` in ``direction`` raises ``level``."""

    level: WarningLevel
    direction: Literal["above", "below"]
    value: Value
    note: Note | None = None


class Indicator(msgspec.Struct, kw_only=True):
    """A named time series: what is measured, in which unit, how often, and when to worry."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    name: str
    unit: str
    frequency: Frequency
    description: str | None
    actor_ids: list[str]
    """The actors the series is about (e.g. China and Russia for bilateral trade)."""
    thresholds: list[Threshold]
    tags: list[str]


class IndicatorCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new indicator."""

    name: Name
    unit: Unit
    frequency: Frequency
    description: Description | None = None
    actor_ids: Annotated[list[ActorId], Meta(max_length=20)] = msgspec.field(default_factory=list)
    thresholds: Annotated[list[Threshold], Meta(max_length=20)] = msgspec.field(
        default_factory=list
    )
    tags: Annotated[list[Tag], Meta(max_length=30)] = msgspec.field(default_factory=list)
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class IndicatorPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to an indicator."""

    name: Name | UnsetType = UNSET
    unit: Unit | UnsetType = UNSET
    frequency: Frequency | UnsetType = UNSET
    description: Description | None | UnsetType = UNSET
    actor_ids: Annotated[list[ActorId], Meta(max_length=20)] | UnsetType = UNSET
    thresholds: Annotated[list[Threshold], Meta(max_length=20)] | UnsetType = UNSET
    tags: Annotated[list[Tag], Meta(max_length=30)] | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


IndicatorList, IndicatorVersion, IndicatorVersionList = envelopes(
    Indicator, "indicator", "an indicator", "indicators"
)


class Observation(msgspec.Struct, kw_only=True):
    """One figure of an indicator for one period, as published on its vintage date."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    indicator_id: str
    period_start: date
    period_end: date
    period_label: str | None
    """How the source names the period: ``2024``, ``2024-Q3``, ``Jan–Sep 2025``."""
    value: float | None
    """Best estimate; ``null`` when only a range is known."""
    low: float | None
    high: float | None
    vintage: date
    """When this figure was published (or revised)."""
    note: str | None
    citations: list[Citation]
    grade: str | None


class ObservationCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new figure, or a revision of a period's figure under a later vintage."""

    period_start: date
    period_end: date
    vintage: date
    citations: Annotated[list[CitationIn], Meta(min_length=1, max_length=20)]
    value: Value | None = None
    low: Value | None = None
    high: Value | None = None
    period_label: Label | None = None
    note: Note | None = None
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class ObservationImport(ObservationCreate, kw_only=True, forbid_unknown_fields=True):
    """A new observation that names its indicator: one line of an NDJSON import.

    ``POST /v1/indicators/{id}/observations`` takes the indicator from the path instead.
    """

    indicator_id: IndicatorId


class ObservationPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A correction of a recorded observation (a data-entry error, not a revision).

    A revision by the publisher is a new observation with a later ``vintage``.
    """

    value: Value | None | UnsetType = UNSET
    low: Value | None | UnsetType = UNSET
    high: Value | None | UnsetType = UNSET
    period_label: Label | None | UnsetType = UNSET
    note: Note | None | UnsetType = UNSET
    citations: Annotated[list[CitationIn], Meta(min_length=1, max_length=20)] | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


ObservationList, ObservationVersion, ObservationVersionList = envelopes(
    Observation,
    "observation",
    "an observation",
    "observations",
    page_doc="One page of observations, by period.",
)


class ObservationWarning(msgspec.Struct, kw_only=True):
    """An observation whose figure reaches one or more thresholds of its indicator.

    A threshold ``above`` is reached when the value is at or above it, ``below`` when at or
    below it. A figure known only as a range reaches it when the range does: ``high`` for
    ``above``, ``low`` for ``below``.
    """

    level: WarningLevel
    """The most severe level reached (``alert`` > ``warning`` > ``watch``)."""
    crossed: list[Threshold]
    """Every threshold reached, in the indicator's order."""
    observation: Observation


class ObservationWarningList(Page[ObservationWarning], kw_only=True):
    """One page of observations that reach a threshold, by period."""


class ObservationFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/indicators/{id}/observations`` (and of its warnings)."""

    indicator_id: str
    period_from: date | None = None
    period_to: date | None = None
    vintage: str = "latest"
    """``latest``, ``all``, or ``date`` with :attr:`published_by` set."""
    published_by: date | None = None
    min_level: str | None = None


class IndicatorFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/indicators``."""

    dataset: str
    actor: str | None = None
    tag: str | None = None
    frequency: str | None = None
    name: str | None = None


LEVELS = ("watch", "warning", "alert")
"""Threshold levels, least to most severe."""
