"""Wire types of ``/v1/indicators`` and ``/v1/indicators/{id}/observations``.

An observation is one figure for one period *as published on its vintage date*. A revised
figure is a new observation with a later vintage, never an overwrite: both stay readable, and
``vintage=latest`` or ``vintage=<date>`` picks which one a reader sees for each period.
"""

from datetime import date
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.admiralty import GRADE_PATTERN, Citation, CitationIn
from watchfloor.envelopes import Page, envelopes
from watchfloor.lifecycle import Status
from watchfloor.resources.events.schemas import Category, MagnitudeKind, QuadClass
from watchfloor.resources.reference.schemas import WeaponClass
from watchfloor.resources.statements.schemas import Channel, Stance
from watchfloor.wire import TEXT, CountryCode, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "EventSelection",
    "Frequency",
    "Indicator",
    "IndicatorCreate",
    "IndicatorDefinition",
    "IndicatorList",
    "IndicatorPatch",
    "IndicatorVersion",
    "IndicatorVersionList",
    "Measure",
    "Observation",
    "ObservationCreate",
    "ObservationImport",
    "ObservationList",
    "ObservationPatch",
    "ObservationVersion",
    "ObservationVersionList",
    "ObservationWarning",
    "ObservationWarningList",
    "Selection",
    "StatementSelection",
    "Threshold",
    "WarningLevel",
    "selection_of",
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


_ACTOR = "act_[0-9a-f]{32}"
_LAT = r"-?(90(\.0+)?|[1-8]?[0-9](\.[0-9]+)?)"
_LON = r"-?(180(\.0+)?|(1[0-7][0-9]|[1-9]?[0-9])(\.[0-9]+)?)"


class EventSelection(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Which events a computed indicator measures: the filters of ``GET /v1/events``.

    The same names and values as that list's query parameters, so a list URL's query is a
    selection as it stands (``?category=ASSAULT&country=KOR`` is
    ``{"category": "ASSAULT", "country": "KOR"}``). The dataset is the indicator's own.
    """

    actor: Annotated[str, Meta(pattern=f"^{_ACTOR}$")] | None = None
    """Events with this actor on either side."""
    dyad: Annotated[str, Meta(pattern=f"^{_ACTOR},{_ACTOR}$")] | None = None
    """``A,B``: events between two actors, either way unless ``directed``."""
    directed: bool = False
    occurred_from: date | None = None
    """Events whose time interval overlaps ``[occurred_from, occurred_to]``."""
    occurred_to: date | None = None
    category: Category | None = None
    cameo_root: Annotated[str, Meta(pattern="^(0[1-9]|1[0-9]|20)$")] | None = None
    quad_class: QuadClass | None = None
    country: CountryCode | None = None
    bbox: Annotated[str, Meta(pattern=f"^{_LON},{_LAT},{_LON},{_LAT}$")] | None = None
    """``west,south,east,north`` in degrees."""
    facility: Annotated[str, Meta(pattern="^fac_[0-9a-f]{32}$")] | None = None
    weapon: Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)] | None = None
    """A weapon system's id, name or alias."""
    weapon_class: WeaponClass | None = None
    """Events with a weapon of this class (``ICBM``, ``SLBM`` …), or stating the class."""
    status: Status | None = None
    min_grade: Annotated[str, Meta(pattern=GRADE_PATTERN)] | None = None
    tag: Tag | None = None
    min_mentions: Annotated[int, Meta(ge=1, le=2_000_000_000)] | None = None
    root_event: bool | None = None
    include_retracted: bool = False
    """Count retracted events too (left out by default, as in the list)."""


class StatementSelection(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Which statements a computed indicator measures: the filters of ``GET /v1/statements``.

    The same names and values as that list's query parameters
    (``?speaker=act_…&stance=hostile`` is ``{"speaker": "act_…", "stance": "hostile"}``). The
    dataset is the indicator's own.
    """

    speaker: Annotated[str, Meta(pattern=f"^{_ACTOR}$")] | None = None
    """Statements by this actor."""
    target: Annotated[str, Meta(pattern=f"^{_ACTOR}$")] | None = None
    """Statements whose stance is toward this actor."""
    stance: Stance | None = None
    topic: Tag | None = None
    """Statements tagged with this topic, e.g. ``sanctions``."""
    channel: Channel | None = None
    language: Annotated[str, Meta(pattern="^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")] | None = None
    """Language of the original (BCP 47); ``ko`` also finds ``ko-KP``."""
    said_from: date | None = None
    """Said on or after this day."""
    said_to: date | None = None
    """Said on or before this day."""
    supports: Annotated[str, Meta(pattern="^evt_[0-9a-f]{32}$")] | None = None
    """Statements that support this event."""
    contradicts: Annotated[str, Meta(pattern="^evt_[0-9a-f]{32}$")] | None = None
    """Statements that contradict this event."""
    status: Status | None = None
    min_grade: Annotated[str, Meta(pattern=GRADE_PATTERN)] | None = None
    include_retracted: bool = False
    """Count retracted statements too (left out by default, as in the list)."""
    q: Annotated[str, Meta(min_length=1, max_length=500, pattern=TEXT)] | None = None
    """Full-text search, as the list's ``q``; every match counts (the list ranks only the
    newest ones)."""


Measure = Literal["count", "distinct_days", "goldstein_sum", "goldstein_mean", "magnitude_sum"]
"""What a computed indicator figures for each period: events, distinct days with an event (by
``occurred.start``), the sum or mean of the CAMEO Goldstein scores of the events' codes, the
sum of the ``best`` value of the events' magnitudes of one kind. Over statements: ``count``
and ``distinct_days`` (by ``said_on``) only."""

Selection = Annotated[
    dict[str, Any],
    Meta(
        description=(
            "Which records count: an `EventSelection` when `over` is `events`, a "
            "`StatementSelection` when it is `statements`."
        ),
        extra_json_schema={
            "anyOf": [
                {"$ref": "#/components/schemas/EventSelection"},
                {"$ref": "#/components/schemas/StatementSelection"},
            ]
        },
    ),
]
"""A definition's ``filters``: which selection it is depends on ``over``, so it is decoded as
an object and converted by :func:`selection_of` (the indicator service refuses a mismatch)."""


class IndicatorDefinition(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """How the system computes an indicator's figures: a measure over selected events or
    statements, per calendar period of the indicator's ``frequency`` (UTC), by
    ``occurred.start`` (an event) or ``said_on`` (a statement).

    The worker writes the figures; a changed figure is a new vintage (``docs/warning.md``).
    """

    measure: Measure
    over: Literal["events", "statements"] = "events"
    """What is measured: events (the filters of ``GET /v1/events``) or statements (those of
    ``GET /v1/statements``)."""
    magnitude: MagnitudeKind | None = None
    """The magnitude kind ``magnitude_sum`` adds up (``fatalities``, ``apogee`` …)."""
    filters: Selection = msgspec.field(default_factory=dict)


def selection_of(definition: IndicatorDefinition) -> EventSelection | StatementSelection:
    """The definition's ``filters`` as the selection its ``over`` names.

    Raises :class:`msgspec.ValidationError` (path relative to ``filters``) when they are not one.
    """
    if definition.over == "statements":
        return msgspec.convert(definition.filters, StatementSelection)
    return msgspec.convert(definition.filters, EventSelection)


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
    # A default, so that the schema does not call it required: a client generated from it
    # still decodes the indicators of a server that predates it. The server always sends it.
    definition: IndicatorDefinition | None = None
    """How the system computes the figures; ``null`` for figures entered by hand."""
    exercise: ExerciseMark = UNSET


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
    definition: IndicatorDefinition | None = None
    """Computed figures: the worker writes them and hand-entered ones are refused (409)."""


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
    definition: IndicatorDefinition | None | UnsetType = UNSET
    """A new definition recomputes the whole series (changed figures become new vintages);
    ``null`` stops the computation and keeps the figures."""


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
    computed: bool = False
    """Written by the system from the indicator's ``definition`` (then it cites no source)."""
    exercise: ExerciseMark = UNSET


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


# Figures: a series as known at an instant (``GET /v1/indicators/{id}/figures``). Appended
# below the other types (not yet in ``__all__``, which another change edits at the same time).

FIGURES_CAP = 5000
"""The most figures one answer of ``…/figures`` holds; narrow a longer one with
``period_from``/``period_to`` (422 names them)."""


class PeriodFigure(msgspec.Struct, kw_only=True):
    """One period's figure of a series, as known at the answer's instants."""

    period_start: date
    period_end: date
    period_label: str | None
    value: float | None
    """``null`` for a hand-entered figure known only as a range (then ``low``/``high``)."""
    low: float | None = None
    high: float | None = None


class FigureList(msgspec.Struct, kw_only=True):
    """An indicator's series, one figure per period, as known at ``known_by`` and recorded at
    ``as_of``.

    Hand-entered: each period's newest vintage published by ``known_by`` (a vintage dated D
    counts from the end of D, UTC). Computed: recomputed on read from the events reported by
    ``known_by``; counts and sums of periods without an event are 0 from the first period with
    one to the period that contains ``known_by``, means are absent. Without ``known_by``: the
    newest vintages, as the worker wrote them.
    """

    indicator_id: str
    dataset: str
    """The indicator's dataset (named early: an exercise's series is marked as such by
    ``Watchfloor-Exercise``, which reads the start of the answer)."""
    unit: str
    frequency: Frequency
    as_of: Timestamp | None
    """Transaction time: what Watchfloor had recorded then; ``null`` for now."""
    known_by: Timestamp | None
    """Knowledge time: what the world had reported by then; ``null`` for everything."""
    computed: bool
    """The indicator has a ``definition`` at ``as_of``: its figures are computed from events
    (with ``known_by``, recomputed for this answer)."""
    figures: list[PeriodFigure]
    """In period order; at most 5000."""
