"""Wire types of ``/v1/events``: the data model of an event.

PLOVER is the primary coding (category, mode, context); a CAMEO code may be kept beside it, and
then the event shows CAMEO's official Goldstein score and QuadClass from the GDELT lookups. An
event PLOVER has no word for (CAMEO 01 public statements and 02 appeals, which PLOVER dropped)
is ``UNCATEGORIZED`` and keeps its CAMEO code. What a machine-coded data set says of an event
beyond this model (GDELT's mentions and tone, ICEWS's intensity, UCDP's deaths per side) is in
that data set's typed coding block (``gdelt``, ``icews``, ``ucdp``).
Time is an interval with a precision, so "September 1984" is a real date. Place carries its
own precision and an uncertainty radius. Magnitudes are ranges (low, best, high) with a unit.
"""

from datetime import date, datetime
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.admiralty import Citation, CitationIn
from watchfloor.envelopes import envelopes
from watchfloor.lifecycle import Status, StatusReason
from watchfloor.resources.reference.schemas import WeaponClass
from watchfloor.wire import TEXT, CountryCode, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "UNCATEGORIZED",
    "CameoCoding",
    "Category",
    "Event",
    "EventCreate",
    "EventList",
    "EventPatch",
    "EventVersion",
    "EventVersionList",
    "GdeltCoding",
    "IcewsCoding",
    "Magnitude",
    "Occurrence",
    "Participant",
    "Place",
    "PloverCategory",
    "QuadClass",
    "UcdpCoding",
)

PloverCategory = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "INVESTIGATE",
    "DEMAND",
    "DISAPPROVE",
    "REJECT",
    "THREATEN",
    "SANCTION",
    "PROTEST",
    "CRIME",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
"""The PLOVER event categories (PLOVER manual, draft 0.8)."""

UNCATEGORIZED = "UNCATEGORIZED"
Category = Literal[PloverCategory, "UNCATEGORIZED"]
"""An event's category: a PLOVER category, or ``UNCATEGORIZED`` for an event PLOVER has no
category for (CAMEO 01 public statements and 02 appeals: PLOVER dropped both); its CAMEO code
then says what it is."""

QuadClass = Literal[1, 2, 3, 4]
"""CAMEO QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
conflict."""

Precision = Literal["day", "month", "year"]
PlacePrecision = Literal["exact", "facility", "city", "district", "province", "country", "region"]

ActorId = Annotated[str, Meta(pattern="^act_[0-9a-f]{32}$")]
FacilityId = Annotated[str, Meta(pattern="^fac_[0-9a-f]{32}$")]
WeaponId = Annotated[str, Meta(pattern="^wpn_[0-9a-f]{32}$")]
EventId = Annotated[str, Meta(pattern="^evt_[0-9a-f]{32}$")]
Title = Annotated[str, Meta(min_length=1, max_length=500, pattern=TEXT)]
Summary = Annotated[str, Meta(max_length=10000, pattern=TEXT)]
Word = Annotated[str, Meta(min_length=1, max_length=100, pattern=TEXT)]
Tag = Annotated[str, Meta(pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$", examples=["missile-test"])]
CameoCode = Annotated[
    str, Meta(pattern="^[0-9]{2,4}$", description="CAMEO event code, e.g. `195`", examples=["138"])
]
Latitude = Annotated[float, Meta(ge=-90, le=90)]
Longitude = Annotated[float, Meta(ge=-180, le=180)]
Radius = Annotated[float, Meta(ge=0, le=20000, description="Uncertainty radius in km")]
PlaceName = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Unit = Annotated[
    str, Meta(min_length=1, max_length=30, pattern=TEXT, examples=["km", "kt", "people"])
]
MagnitudeKind = Annotated[
    str,
    Meta(
        pattern="^[a-z][a-z0-9_]{0,39}$",
        description="What is measured: fatalities, injured, size, apogee, range, yield, "
        "flight_time, magnitude_mb, count, value …",
        examples=["apogee"],
    ),
]
Amount = Annotated[float, Meta(ge=-1e15, le=1e15)]


class Occurrence(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """When it happened: the interval ``[start, end]`` (dates, inclusive) and its precision.

    "September 1984" is ``start=1984-09-01, end=1984-09-30, precision=month``.
    """

    start: date
    end: date | None = None
    """Last day; omitted means the same as ``start`` stretched to the precision."""
    precision: Precision = "day"
    time: Timestamp | None = None
    """The exact instant, when known (a launch time, say)."""


class Participant(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An actor taking part, and in what role (``launcher``, ``host``, ``mediator`` …)."""

    actor_id: ActorId
    role: Word | None = None


class Place(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Where it happened, as precisely as known."""

    name: PlaceName | None = None
    country: CountryCode | None = None
    lat: Latitude | None = None
    lon: Longitude | None = None
    precision: PlacePrecision = "exact"
    uncertainty_km: Radius | None = None
    facility_id: FacilityId | None = None
    """A facility of the reference data (Sohae, Punggye-ri, Yongbyon …)."""


class Magnitude(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A measured quantity as a range: low ≤ best ≤ high, in ``unit``."""

    kind: MagnitudeKind
    unit: Unit
    best: Amount | None = None
    low: Amount | None = None
    high: Amount | None = None


class CameoCoding(msgspec.Struct, kw_only=True):
    """The CAMEO code and what the official GDELT lookups say of it."""

    code: str
    description: str | None
    goldstein: float | None
    """Goldstein scale, −10 (most destabilising) to +10."""
    quad_class: int | None
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    root: str
    """The two-digit root code."""


Count = Annotated[int, Meta(ge=0, le=2_000_000_000)]
Deaths = Annotated[int, Meta(ge=0, le=10_000_000)]
Score = Annotated[float, Meta(ge=-100, le=100)]
Publisher = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
DataSetId = Annotated[str, Meta(min_length=1, max_length=100, pattern=TEXT)]


class GdeltCoding(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What a GDELT 1.0 or 2.0 event row says beyond the CAMEO code: its salience and tone.

    GDELT users weight events by how widely they were reported; ``num_mentions`` is the usual
    weight. See the GDELT Event Codebook 2.0 for each column."""

    is_root_event: bool | None = None
    """IsRootEvent: coded from a document's lead paragraph (more likely the story's subject)."""
    num_mentions: Count | None = None
    """NumMentions: mentions of the event across all documents in the 15 minutes (GDELT 2.0)
    or the day (1.0) it was first seen."""
    num_sources: Count | None = None
    """NumSources: distinct information sources mentioning it."""
    num_articles: Count | None = None
    """NumArticles: distinct documents mentioning it."""
    avg_tone: Score | None = None
    """AvgTone: average tone of those documents, −100 (extremely negative) to +100; most lie
    between −10 and +10."""
    goldstein: Annotated[float, Meta(ge=-10, le=10)] | None = None
    """GoldsteinScale as the row gives it (the event's ``cameo.goldstein`` is the lookup's)."""
    quad_class: QuadClass | None = None
    """QuadClass as the row gives it."""
    date_added: Timestamp | None = None
    """DATEADDED: when GDELT added the event (GDELT 1.0 gives the day only: midnight UTC)."""


class IcewsCoding(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What an ICEWS event row says beyond the CAMEO code."""

    intensity: Annotated[float, Meta(ge=-10, le=10)] | None = None
    """Intensity: ICEWS's own score of the event, −10 (most hostile) to +10 (most cooperative)."""
    story_id: Annotated[int, Meta(ge=0)] | None = None
    """Story ID: the news story the event was coded from."""
    sentence_number: Annotated[int, Meta(ge=0, le=100_000)] | None = None
    """Sentence Number: the sentence of that story."""
    publisher: Publisher | None = None
    """Publisher of the story."""


class UcdpCoding(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What a UCDP GED event says beyond the event model: deaths per side and its coding."""

    type_of_violence: Literal[1, 2, 3] | None = None
    """1 state-based, 2 non-state, 3 one-sided violence."""
    deaths_a: Deaths | None = None
    """Deaths of side A (the event's actor)."""
    deaths_b: Deaths | None = None
    """Deaths of side B (its recipient)."""
    deaths_civilians: Deaths | None = None
    deaths_unknown: Deaths | None = None
    """Deaths whose affiliation is unknown."""
    relid: DataSetId | None = None
    """UCDP's readable id of the event, e.g. ``ISR-2002-3-666-4``."""
    conflict_new_id: Annotated[int, Meta(ge=0)] | None = None
    dyad_new_id: Annotated[int, Meta(ge=0)] | None = None
    event_clarity: Literal[1, 2] | None = None
    """1 high: the event is clearly identified; 2 lower: an aggregate or a vague report."""
    where_prec: Annotated[int, Meta(ge=1, le=7)] | None = None
    """Precision of the place, 1 (exact) to 7 (international waters or air space)."""
    date_prec: Annotated[int, Meta(ge=1, le=5)] | None = None
    """Precision of the dates, 1 (the day) to 5 (more than a month)."""


class Event(msgspec.Struct, kw_only=True):
    """Who did what to whom, when and where, with its sources and lifecycle."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    title: str
    summary: str | None
    category: Category
    """A PLOVER category, or ``UNCATEGORIZED`` (CAMEO 01 and 02, which PLOVER dropped)."""
    mode: str | None
    context: list[str]
    cameo: CameoCoding | None
    actors: list[Participant]
    recipients: list[Participant]
    occurred: Occurrence
    # A default, like the coding blocks below: a client generated from the schema still decodes
    # the events of a server that predates it. The server always sends it.
    reported_at: Timestamp | None = None
    """When the world had the fact (knowledge time; ``known_by`` reads it): the time its source
    published it, a data set's own date, GDELT's DATEADDED, else the end of the last day of
    ``occurred`` (docs/knowledge-time.md). Never before ``occurred.start``; always sent."""
    place: Place | None
    magnitudes: list[Magnitude]
    weapon_ids: list[str]
    weapon_class: WeaponClass | None = None
    """The class of weapon the data set states (``ICBM``), also when it names no weapon."""
    tags: list[str]
    status: Status
    status_reason: str | None
    superseded_by: str | None
    citations: list[Citation]
    grade: str | None
    """Best Admiralty grade among the citations, e.g. ``B2``."""
    # Defaults, so that the schema does not call them required: a client generated from it
    # still decodes the events of a server that predates them. The server always sends them.
    gdelt: GdeltCoding | None = None
    """GDELT's mentions, sources, articles, tone and root flag, for an event it coded."""
    icews: IcewsCoding | None = None
    """ICEWS's intensity and story, for an event it coded."""
    ucdp: UcdpCoding | None = None
    """UCDP GED's deaths per side and coding, for an event it recorded."""
    exercise: ExerciseMark = UNSET


class EventCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new event. It must cite at least one source."""

    title: Title
    category: Category
    occurred: Occurrence
    citations: Annotated[list[CitationIn], Meta(min_length=1, max_length=50)]
    reported_at: Timestamp | None = None
    """When the world had the fact: its source's publication time, a data set's own date.
    Omitted or ``null``: the rule, the end of the last day of ``occurred`` (midnight UTC after
    ``occurred.end``). It may not be before ``occurred.start`` (422)."""
    summary: Summary | None = None
    mode: Word | None = None
    context: Annotated[list[Word], Meta(max_length=20)] = msgspec.field(default_factory=list)
    cameo_code: CameoCode | None = None
    actors: Annotated[list[Participant], Meta(max_length=50)] = msgspec.field(default_factory=list)
    recipients: Annotated[list[Participant], Meta(max_length=50)] = msgspec.field(
        default_factory=list
    )
    place: Place | None = None
    magnitudes: Annotated[list[Magnitude], Meta(max_length=30)] = msgspec.field(
        default_factory=list
    )
    weapon_ids: Annotated[list[WeaponId], Meta(max_length=20)] = msgspec.field(default_factory=list)
    weapon_class: WeaponClass | None = None
    """The class of weapon used (``ICBM``), when the source states it: also when it names no
    weapon, as CNS does for 45 launches of an unknown missile."""
    tags: Annotated[list[Tag], Meta(max_length=30)] = msgspec.field(default_factory=list)
    status: Status = "reported"
    status_reason: StatusReason | None = None
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None
    gdelt: GdeltCoding | None = None
    icews: IcewsCoding | None = None
    ucdp: UcdpCoding | None = None


class EventPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to an event: a revision, a confirmation, a retraction or a merge."""

    title: Title | UnsetType = UNSET
    category: Category | UnsetType = UNSET
    occurred: Occurrence | UnsetType = UNSET
    citations: Annotated[list[CitationIn], Meta(min_length=1, max_length=50)] | UnsetType = UNSET
    reported_at: Timestamp | None | UnsetType = UNSET
    """When the world had the fact; ``null``: the rule again (the end of the last day of
    ``occurred``). Omitted: kept, except that a ``reported_at`` the rule gave follows a change
    of ``occurred``. It may not be before ``occurred.start`` (422)."""
    summary: Summary | None | UnsetType = UNSET
    mode: Word | None | UnsetType = UNSET
    context: Annotated[list[Word], Meta(max_length=20)] | UnsetType = UNSET
    cameo_code: CameoCode | None | UnsetType = UNSET
    actors: Annotated[list[Participant], Meta(max_length=50)] | UnsetType = UNSET
    recipients: Annotated[list[Participant], Meta(max_length=50)] | UnsetType = UNSET
    place: Place | None | UnsetType = UNSET
    magnitudes: Annotated[list[Magnitude], Meta(max_length=30)] | UnsetType = UNSET
    weapon_ids: Annotated[list[WeaponId], Meta(max_length=20)] | UnsetType = UNSET
    weapon_class: WeaponClass | None | UnsetType = UNSET
    tags: Annotated[list[Tag], Meta(max_length=30)] | UnsetType = UNSET
    status: Status | UnsetType = UNSET
    status_reason: StatusReason | None | UnsetType = UNSET
    superseded_by: EventId | None | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET
    gdelt: GdeltCoding | None | UnsetType = UNSET
    icews: IcewsCoding | None | UnsetType = UNSET
    ucdp: UcdpCoding | None | UnsetType = UNSET


EventList, EventVersion, EventVersionList = envelopes(Event, "event", "an event", "events")


class EventFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/events`` (also the fingerprint its cursors are bound to)."""

    dataset: str
    sort: str = "newest"
    actor: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    occurred_from: date | None = None
    occurred_to: date | None = None
    category: str | None = None
    cameo_root: str | None = None
    quad_class: int | None = None
    country: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    """west, south, east, north"""
    facility: str | None = None
    weapon: str | None = None
    weapon_class: str | None = None
    status: str | None = None
    min_grade: str | None = None
    tag: str | None = None
    include_retracted: bool = False
    min_mentions: int | None = None
    root_event: bool | None = None
    external_id: list[str] | None = None
    source: str | None = None
    known_by: datetime | None = None
    """Only events reported by this instant (``reported_at <= known_by``)."""
