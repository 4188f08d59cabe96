"""Wire types of ``/v1/briefs``: the daily brief, a stored document of what changed in a scope.

A brief is written for an instant (``written_for``) and covers the interval since the previous
brief of the same scope (default: the 24 hours before). Every section is read **as known by**
``written_for`` (knowledge time, ``docs/knowledge-time.md``): a brief for 2022-01-31 written
today shows what the floor would have known then. A brief is computed once and never
overwritten; generating again writes a new one. ``docs/prepare.md`` ("The brief") has the rules.
"""

from datetime import date, datetime
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import envelopes
from watchfloor.resources.problems.schemas import Level
from watchfloor.wire import CountryCode, DatasetName, ExternalId, Timestamp

__all__ = (
    "Brief",
    "BriefAlert",
    "BriefCreate",
    "BriefDecision",
    "BriefEvent",
    "BriefFilters",
    "BriefList",
    "BriefPatch",
    "BriefScope",
    "BriefSections",
    "BriefStatement",
    "BriefVersion",
    "BriefVersionList",
    "BriefWatchlist",
    "Chart",
    "ChartPoint",
    "EvidenceItem",
    "ForecastMove",
    "LevelMove",
    "Region",
    "SignpostLit",
)

BoardLevel = Literal["quiet", "watch", "warning"]
Longitude = Annotated[float, Meta(ge=-180, le=180)]
Latitude = Annotated[float, Meta(ge=-90, le=90)]


class Region(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A region: events whose place is in one of ``countries`` or inside ``bbox`` (either
    matches), statements whose speaker is of one of ``countries``."""

    countries: Annotated[list[CountryCode], Meta(max_length=50)] = msgspec.field(
        default_factory=list
    )
    bbox: Annotated[list[float], Meta(min_length=4, max_length=4)] | None = None
    """``[west, south, east, north]`` in degrees (a west east of east crosses 180°)."""


class BriefScope(msgspec.Struct, kw_only=True):
    """What a brief is about: a dataset, optionally narrowed to a region and/or to what a
    watchlist selects."""

    dataset: str
    region: Region | None = None
    watchlist_id: str | None = None
    """The watchlist whose selections the brief covers (``null``: the dataset, or the region)."""


class LevelMove(msgspec.Struct, kw_only=True):
    """A warning problem whose board level moved between ``since`` and ``written_for``."""

    problem_id: str
    name: str
    was: BoardLevel
    level: BoardLevel
    since: Timestamp | None
    """When the problem reached its level (the board's ``since``)."""


class EvidenceItem(msgspec.Struct, kw_only=True):
    """An event or statement behind an alert, as known by the brief's instant."""

    id: str
    kind: Literal["event", "statement"]
    text: str
    """An event's title, a statement's text (first 200 characters)."""
    on: date | None
    """When it happened or was said."""
    grade: str | None


class BriefAlert(msgspec.Struct, kw_only=True):
    """An alert that opened or closed in the interval, as it stood at the brief's instant."""

    alert_id: str
    problem_id: str
    problem_name: str
    rule_key: str
    level: Level
    state: Literal["open", "closed"]
    opened_at: Timestamp
    closed_at: Timestamp | None
    rationale: str
    explanation: str
    indicator_ids: list[str]
    evidence: list[EvidenceItem]
    """Its newest evidence by then (10 at most)."""
    more_evidence: int


class BriefEvent(msgspec.Struct, kw_only=True):
    """A new event: reported in the interval."""

    id: str
    title: str
    category: str
    occurred_start: date | None
    reported_at: Timestamp | None
    place: str | None
    country: str | None
    grade: str | None
    status: str


class BriefStatement(msgspec.Struct, kw_only=True):
    """A new statement: reported in the interval."""

    id: str
    speaker_id: str
    speaker: str | None
    text: str
    """The first 300 characters (the translation, when there is one)."""
    said_on: date | None
    reported_at: Timestamp | None
    stance: str | None
    grade: str | None


class ForecastMove(msgspec.Struct, kw_only=True):
    """One forecaster's probability on a binary question: newest by the brief's instant against
    the newest before ``since``."""

    question_id: str
    question: str
    forecaster: str
    forecast_id: str
    previous_id: str | None
    probability: float
    was: float | None
    """``null``: the forecaster's first forecast on the question."""
    change: float | None


class SignpostLit(msgspec.Struct, kw_only=True):
    """A signpost that entered ``emerging`` or ``seen`` in the interval."""

    signpost_id: str
    name: str
    was: Literal["not_seen", "emerging", "seen"]
    status: Literal["emerging", "seen"]
    at: Timestamp
    explanation: str


class BriefDecision(msgspec.Struct, kw_only=True):
    """A plan branch whose decision is due or overdue at the brief's instant."""

    plan_id: str
    plan_name: str
    branch_key: str
    name: str
    owner: str
    level: Level
    deadline: Timestamp | None
    hours_left: float | None
    overdue: bool


class ChartPoint(msgspec.Struct, kw_only=True):
    period_start: date
    label: str
    value: float | None


class Chart(msgspec.Struct, kw_only=True):
    """An indicator behind an alert: its figures over the last 24 periods, as known by the
    brief's instant, and the line its rule is judged against."""

    indicator_id: str
    name: str
    unit: str
    frequency: str
    line: float | None
    line_label: str
    """``threshold`` or ``baseline`` (an anomaly rule's mean), with the rule's key."""
    points: list[ChartPoint]


class BriefWatchlist(msgspec.Struct, kw_only=True):
    """The watchlist of a brief's scope, as it was when the brief was written."""

    id: str
    name: str
    timezone: str | None
    """Its ``brief_timezone``: the renderings give the brief's day and instant in it too."""


class BriefSections(msgspec.Struct, kw_only=True):
    """The brief's content, section by section."""

    board_level: BoardLevel
    """The board's level at ``written_for``."""
    board_level_was: BoardLevel
    """The board's level at ``since``."""
    levels: list[LevelMove]
    """Warning problems whose level moved, highest level first."""
    watch: list[LevelMove]
    """Every problem above quiet at ``written_for`` (moved or not), highest level first."""
    alerts_opened: list[BriefAlert]
    alerts_closed: list[BriefAlert]
    alerts_standing: list[BriefAlert]
    """Alerts open at ``written_for`` that opened before ``since``: what the board stands on."""
    events: list[BriefEvent]
    """The highest-graded events reported in the interval (10 at most; best grade, then newest
    reported)."""
    events_total: int
    statements: list[BriefStatement]
    statements_total: int
    forecasts: list[ForecastMove]
    """The moves of largest size first (10 at most), then first forecasts."""
    signposts: list[SignpostLit]
    decisions: list[BriefDecision]
    """Due or overdue at ``written_for``, soonest deadline first."""
    charts: list[Chart]
    """At most four: the indicators of the alerts opened, then of those open."""
    watchlist: BriefWatchlist | None = None
    """The watchlist whose selections narrowed the sections (``null``: none)."""


class Brief(msgspec.Struct, kw_only=True):
    """A daily brief: what changed in its scope between ``since`` and ``written_for``."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    """When it was written (transaction time)."""
    updated_at: Timestamp
    external_id: str | None
    written_for: Timestamp
    """The instant it was written for: every section is read as known by then."""
    since: Timestamp
    """The start of the interval it covers (exclusive)."""
    scope: BriefScope
    exercise: bool
    """The dataset is an exercise dataset: every rendering is marked EXERCISE."""
    previous_id: str | None
    """The previous brief of the same scope, whose instant is ``since`` (``null``: none)."""
    sections: BriefSections


class BriefCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Generate a brief. ``for`` defaults to now; ``since`` to the instant of the newest brief of
    the same scope written for an earlier instant, else ``for`` less 24 hours."""

    dataset: DatasetName = "live"
    region: Region | None = None
    watchlist_id: Annotated[str, Meta(min_length=1, max_length=100)] | None = None
    """A watchlist of ``dataset``: the brief covers what its selections select (422 at
    ``/watchlist_id`` when there is no such watchlist in the dataset)."""
    written_for: Timestamp | None = msgspec.field(default=None, name="for")
    since: Timestamp | None = None
    external_id: ExternalId | None = None


class BriefPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Only bookkeeping: a brief's content is never edited (generate a new one)."""

    external_id: ExternalId | None | UnsetType = UNSET


class BriefFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/briefs``."""

    dataset: str
    country: str | None = None
    regional: bool | None = None
    watchlist: str | None = None
    written_from: datetime | None = None
    written_to: datetime | None = None


BriefList, BriefVersion, BriefVersionList = envelopes(Brief, "brief", "a brief", "briefs")
