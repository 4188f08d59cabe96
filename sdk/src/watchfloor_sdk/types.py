# generated from openapi/openapi.json by sdk/codegen — do not edit
"""Every schema of the Watchfloor API, as msgspec Structs.

Decoding is tolerant: a field the server adds is ignored, and values the spec lists as an enum
are plain ``str`` or ``int`` on what the server sends, so a new value never breaks this SDK.
Fields the server may leave out default to ``None``; on what only you send they default to
``UNSET`` and are not sent at all.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

import msgspec
from msgspec import UNSET, UnsetType

__all__ = (
    "Actor",
    "ActorCreate",
    "ActorDuplicate",
    "ActorDuplicateList",
    "ActorList",
    "ActorMerge",
    "ActorMerged",
    "ActorPatch",
    "ActorVersion",
    "ActorVersionList",
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyList",
    "ApiKeyWithSecret",
    "AuditEntry",
    "AuditList",
    "CameoCoding",
    "ChangeDelete",
    "ChangeList",
    "ChangeUpsert",
    "Citation",
    "CitationIn",
    "Dataset",
    "DatasetCreate",
    "DatasetList",
    "Event",
    "EventCreate",
    "EventList",
    "EventPatch",
    "EventVersion",
    "EventVersionList",
    "Facility",
    "FacilityCreate",
    "FacilityList",
    "FacilityPatch",
    "FacilityVersion",
    "FacilityVersionList",
    "Health",
    "ImportReport",
    "Indicator",
    "IndicatorCreate",
    "IndicatorList",
    "IndicatorPatch",
    "IndicatorVersion",
    "IndicatorVersionList",
    "KnownAs",
    "Magnitude",
    "Membership",
    "Observation",
    "ObservationCreate",
    "ObservationList",
    "ObservationPatch",
    "ObservationVersion",
    "ObservationVersionList",
    "ObservationWarning",
    "ObservationWarningList",
    "Occurrence",
    "Participant",
    "Place",
    "Problem",
    "ProblemFieldError",
    "RejectedLine",
    "ResourceCounts",
    "Source",
    "SourceCreate",
    "SourceList",
    "SourcePatch",
    "SourceVersion",
    "SourceVersionList",
    "Statement",
    "StatementCreate",
    "StatementList",
    "StatementPatch",
    "StatementVersion",
    "StatementVersionList",
    "Threshold",
    "Weapon",
    "WeaponCreate",
    "WeaponList",
    "WeaponPatch",
    "WeaponVersion",
    "WeaponVersionList",
)


class Actor(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A state, person or organisation that acts, speaks or is acted upon."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    kind: str
    name: str
    aliases: list[str]
    country: str | None
    cameo_code: str | None
    wikidata_qid: str | None
    description: str | None
    memberships: list[Membership]
    known_as: list[KnownAs] = msgspec.field(default_factory=list)
    superseded_by: str | None = None


class ActorCreate(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A new actor."""

    kind: Literal[
        "armed_group",
        "company",
        "government_body",
        "igo",
        "media",
        "military_unit",
        "organization",
        "person",
        "state",
    ]
    name: str
    aliases: list[str] = msgspec.field(default_factory=list)
    cameo_code: str | None = None
    country: str | None = None
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    description: str | None = None
    external_id: str | None = None
    memberships: list[Membership] = msgspec.field(default_factory=list)
    wikidata_qid: str | None = None


class ActorDuplicate(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Two actors that may be one: a name in common (case, accents, spaces and hyphens aside)
    and kinds that agree, which the imports did not resolve (more than one fitted, or a CAMEO
    code or QID disagrees). Merge them, or leave them.
    """

    actors: list[Actor]
    shared_names: list[str]


class ActorDuplicateList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of likely duplicate actors, to review."""

    data: list[ActorDuplicate]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class ActorList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of actors."""

    data: list[Actor]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class ActorMerge(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Merge this actor into another: the same real actor, recorded twice."""

    into: str


class ActorMerged(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """What a merge did."""

    actor: Actor
    merged: Actor
    moved: dict[str, int]


class ActorPatch(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to an actor; omitted fields stay as they are, ``null`` clears a field."""

    aliases: list[str] | UnsetType = UNSET
    cameo_code: str | None | UnsetType = UNSET
    country: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    kind: (
        Literal[
            "armed_group",
            "company",
            "government_body",
            "igo",
            "media",
            "military_unit",
            "organization",
            "person",
            "state",
        ]
        | UnsetType
    ) = UNSET
    memberships: list[Membership] | UnsetType = UNSET
    name: str | UnsetType = UNSET
    wikidata_qid: str | None | UnsetType = UNSET


class ActorVersion(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of an actor."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    actor: Actor


class ActorVersionList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of an actor, oldest first."""

    data: list[ActorVersion]
    has_more: bool
    next_cursor: str | None


class ApiKey(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """An API key, without its secret (which is shown once, at creation, and never stored)."""

    id: str
    name: str
    scopes: list[str]
    datasets: list[str]
    rate_limit: int
    created_at: _dt.datetime
    revoked_at: _dt.datetime | None


class ApiKeyCreate(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A new API key."""

    name: str
    scopes: list[Literal["admin", "read", "write"]]
    datasets: list[str] | UnsetType = UNSET
    rate_limit: int = 600
    """Requests per minute this key may make."""


class ApiKeyList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of API keys, newest first."""

    data: list[ApiKey]
    has_more: bool
    next_cursor: str | None


class ApiKeyWithSecret(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A key just created: the only time its secret is shown."""

    key: ApiKey
    secret: str


class AuditEntry(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One write: a record version, an API key or a dataset created, a key revoked."""

    id: int
    at: _dt.datetime
    key_id: str | None
    request_id: str | None
    resource: str
    record_id: str
    version: int | None
    op: str
    dataset: str | None


class AuditList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of the audit trail, newest first."""

    data: list[AuditEntry]
    has_more: bool
    next_cursor: str | None


class CameoCoding(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """The CAMEO code and what the official GDELT lookups say of it."""

    code: str
    description: str | None
    goldstein: float | None
    quad_class: int | None
    root: str


class ChangeDelete(
    msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True, tag_field="op", tag="delete"
):
    """A tombstone: the record was deleted at ``version``; drop it (reads by id now answer 404)."""

    cursor: str
    resource: str
    id: str
    version: int
    dataset: str
    deleted_at: _dt.datetime


class ChangeList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of the change feed, in commit-safe order."""

    data: list[ChangeUpsert | ChangeDelete]
    has_more: bool
    next_cursor: str


class ChangeUpsert(
    msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True, tag_field="op", tag="upsert"
):
    """A record was created or changed; ``object`` is the record as of ``version``."""

    cursor: str
    resource: str
    id: str
    version: int
    dataset: str
    changed_at: _dt.datetime
    object: dict[str, Any]
    """The record as of `version`, in its resource's representation."""


class Citation(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A citation as read back, with the source's reliability and the resulting grade."""

    source_id: str
    credibility: int
    reliability: str
    grade: str
    note: str | None = None
    offset_end: int | None = None
    offset_start: int | None = None
    page: str | None = None
    quote: str | None = None


class CitationIn(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A citation as written: which source, where in it, and how credible."""

    source_id: str
    credibility: int
    """Admiralty credibility of the cited information: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged."""
    note: str | None = None
    offset_end: int | None = None
    offset_start: int | None = None
    page: str | None = None
    quote: str | None = None


class Dataset(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A dataset: `live` (the real world) or an exercise or sandbox world of its own."""

    name: str
    kind: str
    description: str
    created_at: _dt.datetime


class DatasetCreate(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A new exercise or sandbox dataset (there is one `live`)."""

    name: str
    """`live` (the real world) or an exercise or sandbox dataset"""
    kind: Literal["exercise", "sandbox"]
    description: str = ""


class DatasetList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of datasets, by name."""

    data: list[Dataset]
    has_more: bool
    next_cursor: str | None


class Event(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Who did what to whom, when and where, with its sources and lifecycle."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    title: str
    summary: str | None
    category: str
    mode: str | None
    context: list[str]
    cameo: CameoCoding | None
    actors: list[Participant]
    recipients: list[Participant]
    occurred: Occurrence
    place: Place | None
    magnitudes: list[Magnitude]
    weapon_ids: list[str]
    tags: list[str]
    status: str
    status_reason: str | None
    superseded_by: str | None
    citations: list[Citation]
    grade: str | None
    weapon_class: str | None = None


class EventCreate(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A new event. It must cite at least one source."""

    title: str
    category: Literal[
        "AGREE",
        "AID",
        "ASSAULT",
        "COERCE",
        "CONCEDE",
        "CONSULT",
        "COOPERATE",
        "CRIME",
        "DEMAND",
        "DISAPPROVE",
        "INVESTIGATE",
        "MOBILIZE",
        "PROTEST",
        "REJECT",
        "RETREAT",
        "SANCTION",
        "SUPPORT",
        "THREATEN",
    ]
    occurred: Occurrence
    citations: list[CitationIn]
    actors: list[Participant] = msgspec.field(default_factory=list)
    cameo_code: str | None = None
    context: list[str] = msgspec.field(default_factory=list)
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    external_id: str | None = None
    magnitudes: list[Magnitude] = msgspec.field(default_factory=list)
    mode: str | None = None
    place: Place | None = None
    recipients: list[Participant] = msgspec.field(default_factory=list)
    status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"] = "reported"
    status_reason: str | None = None
    summary: str | None = None
    tags: list[str] = msgspec.field(default_factory=list)
    weapon_class: (
        Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ]
        | None
    ) = None
    weapon_ids: list[str] = msgspec.field(default_factory=list)


class EventList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of events."""

    data: list[Event]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class EventPatch(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to an event: a revision, a confirmation, a retraction or a merge."""

    actors: list[Participant] | UnsetType = UNSET
    cameo_code: str | None | UnsetType = UNSET
    category: (
        Literal[
            "AGREE",
            "AID",
            "ASSAULT",
            "COERCE",
            "CONCEDE",
            "CONSULT",
            "COOPERATE",
            "CRIME",
            "DEMAND",
            "DISAPPROVE",
            "INVESTIGATE",
            "MOBILIZE",
            "PROTEST",
            "REJECT",
            "RETREAT",
            "SANCTION",
            "SUPPORT",
            "THREATEN",
        ]
        | UnsetType
    ) = UNSET
    citations: list[CitationIn] | UnsetType = UNSET
    context: list[str] | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    magnitudes: list[Magnitude] | UnsetType = UNSET
    mode: str | None | UnsetType = UNSET
    occurred: Occurrence | UnsetType = UNSET
    place: Place | None | UnsetType = UNSET
    recipients: list[Participant] | UnsetType = UNSET
    status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"] | UnsetType = (
        UNSET
    )
    status_reason: str | None | UnsetType = UNSET
    summary: str | None | UnsetType = UNSET
    superseded_by: str | None | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET
    title: str | UnsetType = UNSET
    weapon_class: (
        Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ]
        | None
        | UnsetType
    ) = UNSET
    weapon_ids: list[str] | UnsetType = UNSET


class EventVersion(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of an event."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    event: Event


class EventVersionList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of an event, oldest first."""

    data: list[EventVersion]
    has_more: bool
    next_cursor: str | None


class Facility(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A named place of military or nuclear significance."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    aliases: list[str]
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    description: str | None
    location: str | None = None


class FacilityCreate(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A new facility."""

    name: str
    kind: Literal[
        "airbase",
        "launch_site",
        "missile_base",
        "naval_base",
        "nuclear_facility",
        "nuclear_test_site",
        "other",
        "satellite_launch_site",
        "shipyard",
        "test_range",
    ]
    aliases: list[str] = msgspec.field(default_factory=list)
    country: str | None = None
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    description: str | None = None
    external_id: str | None = None
    lat: float | None = None
    location: str | None = None
    lon: float | None = None


class FacilityList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of facilities."""

    data: list[Facility]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class FacilityPatch(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a facility."""

    aliases: list[str] | UnsetType = UNSET
    country: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    kind: (
        Literal[
            "airbase",
            "launch_site",
            "missile_base",
            "naval_base",
            "nuclear_facility",
            "nuclear_test_site",
            "other",
            "satellite_launch_site",
            "shipyard",
            "test_range",
        ]
        | UnsetType
    ) = UNSET
    lat: float | None | UnsetType = UNSET
    location: str | None | UnsetType = UNSET
    lon: float | None | UnsetType = UNSET
    name: str | UnsetType = UNSET


class FacilityVersion(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a facility."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    facility: Facility


class FacilityVersionList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a facility, oldest first."""

    data: list[FacilityVersion]
    has_more: bool
    next_cursor: str | None


class Health(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Liveness or readiness."""

    status: str
    detail: str | None = None
    schema_version: int | None = None


class ImportReport(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """What an import did with every line it read.

    ``read = created + updated + unchanged + matched + rejected``; every rejected line is listed with its
    number and reason. Importing the same input again reports every line unchanged (bar those
    rejected again).
    """

    dataset: str
    read: int
    created: int
    updated: int
    unchanged: int
    rejected: int
    resources: dict[str, ResourceCounts]
    rejected_lines: list[RejectedLine]
    matched: int = 0


class Indicator(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A named time series: what is measured, in which unit, how often, and when to worry."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    unit: str
    frequency: str
    description: str | None
    actor_ids: list[str]
    thresholds: list[Threshold]
    tags: list[str]


class IndicatorCreate(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A new indicator."""

    name: str
    unit: str
    frequency: Literal["annual", "daily", "irregular", "monthly", "quarterly", "weekly"]
    actor_ids: list[str] = msgspec.field(default_factory=list)
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    description: str | None = None
    external_id: str | None = None
    tags: list[str] = msgspec.field(default_factory=list)
    thresholds: list[Threshold] = msgspec.field(default_factory=list)


class IndicatorList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of indicators."""

    data: list[Indicator]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class IndicatorPatch(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to an indicator."""

    actor_ids: list[str] | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    frequency: (
        Literal["annual", "daily", "irregular", "monthly", "quarterly", "weekly"] | UnsetType
    ) = UNSET
    name: str | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET
    thresholds: list[Threshold] | UnsetType = UNSET
    unit: str | UnsetType = UNSET


class IndicatorVersion(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of an indicator."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    indicator: Indicator


class IndicatorVersionList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of an indicator, oldest first."""

    data: list[IndicatorVersion]
    has_more: bool
    next_cursor: str | None


class KnownAs(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Another external id that names this actor, and why: an import matched it, or a merge."""

    external_id: str
    rule: str
    value: str


class Magnitude(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A measured quantity as a range: low ≤ best ≤ high, in ``unit``."""

    kind: str
    """What is measured: fatalities, injured, size, apogee, range, yield, flight_time, magnitude_mb, count, value …"""
    unit: str
    best: float | None = None
    high: float | None = None
    low: float | None = None


class Membership(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """The actor belongs to, leads or serves another actor for a period."""

    organization_id: str
    role: str = "member"
    valid_from: _dt.date | None = None
    valid_to: _dt.date | None = None


class Observation(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One figure of an indicator for one period, as published on its vintage date."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    indicator_id: str
    period_start: _dt.date
    period_end: _dt.date
    period_label: str | None
    value: float | None
    low: float | None
    high: float | None
    vintage: _dt.date
    note: str | None
    citations: list[Citation]
    grade: str | None


class ObservationCreate(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A new figure, or a revision of a period's figure under a later vintage."""

    period_start: _dt.date
    period_end: _dt.date
    vintage: _dt.date
    citations: list[CitationIn]
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    external_id: str | None = None
    high: float | None = None
    low: float | None = None
    note: str | None = None
    period_label: str | None = None
    value: float | None = None


class ObservationList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of observations, by period."""

    data: list[Observation]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class ObservationPatch(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A correction of a recorded observation (a data-entry error, not a revision).

    A revision by the publisher is a new observation with a later ``vintage``.
    """

    citations: list[CitationIn] | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    high: float | None | UnsetType = UNSET
    low: float | None | UnsetType = UNSET
    note: str | None | UnsetType = UNSET
    period_label: str | None | UnsetType = UNSET
    value: float | None | UnsetType = UNSET


class ObservationVersion(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of an observation."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    observation: Observation


class ObservationVersionList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of an observation, oldest first."""

    data: list[ObservationVersion]
    has_more: bool
    next_cursor: str | None


class ObservationWarning(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """An observation whose figure reaches one or more thresholds of its indicator.

    A threshold ``above`` is reached when the value is at or above it, ``below`` when at or
    below it. A figure known only as a range reaches it when the range does: ``high`` for
    ``above``, ``low`` for ``below``.
    """

    level: str
    crossed: list[Threshold]
    observation: Observation


class ObservationWarningList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of observations that reach a threshold, by period."""

    data: list[ObservationWarning]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class Occurrence(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """When it happened: the interval ``[start, end]`` (dates, inclusive) and its precision.

    "September 1984" is ``start=1984-09-01, end=1984-09-30, precision=month``.
    """

    start: _dt.date
    end: _dt.date | None = None
    precision: str = "day"
    time: _dt.datetime | None = None


class Participant(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """An actor taking part, and in what role (``launcher``, ``host``, ``mediator`` …)."""

    actor_id: str
    role: str | None = None


class Place(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Where it happened, as precisely as known."""

    country: str | None = None
    facility_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    name: str | None = None
    precision: str = "exact"
    uncertainty_km: float | None = None


class Problem(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """An RFC 9457 problem detail (``application/problem+json``)."""

    type: str
    title: str
    status: int
    detail: str
    errors: list[ProblemFieldError] = msgspec.field(default_factory=list)
    instance: str | None = None
    request_id: str | None = None


class ProblemFieldError(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One invalid input value."""

    detail: str
    parameter: str | None = None
    pointer: str | None = None


class RejectedLine(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A line that was not imported, and why."""

    line: int
    reason: str
    external_id: str | None = None
    resource: str | None = None


class ResourceCounts(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Outcomes for the lines of one resource."""

    created: int = 0
    matched: int = 0
    rejected: int = 0
    unchanged: int = 0
    updated: int = 0


class Source(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A document facts are drawn from: an article, a statement, a data set, a report."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    title: str
    publisher: str
    url: str | None
    published_at: _dt.datetime | None
    language: str | None
    reliability: str
    reliability_rationale: str | None
    content_hash: str | None
    excerpt: str | None
    release: str | None
    license: str | None


class SourceCreate(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A new source."""

    title: str
    publisher: str
    reliability: Literal["A", "B", "C", "D", "E", "F"]
    content_hash: str | None = None
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    excerpt: str | None = None
    external_id: str | None = None
    language: str | None = None
    license: str | None = None
    published_at: _dt.datetime | None = None
    release: str | None = None
    reliability_rationale: str | None = None
    url: str | None = None


class SourceList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of sources."""

    data: list[Source]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class SourcePatch(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a source; omitted fields stay as they are, ``null`` clears a field."""

    content_hash: str | None | UnsetType = UNSET
    excerpt: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    language: str | None | UnsetType = UNSET
    license: str | None | UnsetType = UNSET
    published_at: _dt.datetime | None | UnsetType = UNSET
    publisher: str | UnsetType = UNSET
    release: str | None | UnsetType = UNSET
    reliability: Literal["A", "B", "C", "D", "E", "F"] | UnsetType = UNSET
    reliability_rationale: str | None | UnsetType = UNSET
    title: str | UnsetType = UNSET
    url: str | None | UnsetType = UNSET


class SourceVersion(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a source."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    source: Source


class SourceVersionList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a source, oldest first."""

    data: list[SourceVersion]
    has_more: bool
    next_cursor: str | None


class Statement(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A sourced statement: speaker, exact words, stance, and the events it bears on."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    speaker_id: str
    text: str
    language: str | None
    translation: str | None
    channel: str | None
    audience: str | None
    said_on: _dt.date
    said_at: _dt.datetime | None
    target_id: str | None
    stance: str | None
    topics: list[str]
    supports: list[str]
    contradicts: list[str]
    status: str
    status_reason: str | None
    superseded_by: str | None
    citations: list[Citation]
    grade: str | None


class StatementCreate(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A new statement. It must cite at least one source."""

    speaker_id: str
    text: str
    said_on: _dt.date
    citations: list[CitationIn]
    audience: str | None = None
    channel: (
        Literal[
            "diplomatic_note",
            "interview",
            "official_statement",
            "other",
            "press_conference",
            "report",
            "social_media",
            "speech",
            "state_media",
        ]
        | None
    ) = None
    contradicts: list[str] = msgspec.field(default_factory=list)
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    external_id: str | None = None
    language: str | None = None
    said_at: _dt.datetime | None = None
    stance: (
        Literal["conciliatory", "critical", "hostile", "neutral", "supportive", "threatening"]
        | None
    ) = None
    status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"] = "reported"
    status_reason: str | None = None
    supports: list[str] = msgspec.field(default_factory=list)
    target_id: str | None = None
    topics: list[str] = msgspec.field(default_factory=list)
    translation: str | None = None


class StatementList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of statements."""

    data: list[Statement]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class StatementPatch(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a statement."""

    audience: str | None | UnsetType = UNSET
    channel: (
        Literal[
            "diplomatic_note",
            "interview",
            "official_statement",
            "other",
            "press_conference",
            "report",
            "social_media",
            "speech",
            "state_media",
        ]
        | None
        | UnsetType
    ) = UNSET
    citations: list[CitationIn] | UnsetType = UNSET
    contradicts: list[str] | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    language: str | None | UnsetType = UNSET
    said_at: _dt.datetime | None | UnsetType = UNSET
    said_on: _dt.date | UnsetType = UNSET
    speaker_id: str | UnsetType = UNSET
    stance: (
        Literal["conciliatory", "critical", "hostile", "neutral", "supportive", "threatening"]
        | None
        | UnsetType
    ) = UNSET
    status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"] | UnsetType = (
        UNSET
    )
    status_reason: str | None | UnsetType = UNSET
    superseded_by: str | None | UnsetType = UNSET
    supports: list[str] | UnsetType = UNSET
    target_id: str | None | UnsetType = UNSET
    text: str | UnsetType = UNSET
    topics: list[str] | UnsetType = UNSET
    translation: str | None | UnsetType = UNSET


class StatementVersion(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a statement."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    statement: Statement


class StatementVersionList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a statement, oldest first."""

    data: list[StatementVersion]
    has_more: bool
    next_cursor: str | None


class Threshold(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A warning threshold: crossing ``value`` in ``direction`` raises ``level``."""

    level: str
    direction: str
    value: float
    note: str | None = None


class Weapon(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A weapon system of the catalogue, with every name it goes by."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    aliases: list[str]
    weapon_class: str
    maneuver: str | None
    country: str | None
    description: str | None


class WeaponCreate(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """A new weapon system."""

    name: str
    weapon_class: Literal[
        "HGV",
        "ICBM",
        "IRBM",
        "MRBM",
        "SLBM",
        "SLV",
        "SRBM",
        "artillery",
        "cruise_missile",
        "nuclear_device",
        "other",
    ]
    aliases: list[str] = msgspec.field(default_factory=list)
    country: str | None = None
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    description: str | None = None
    external_id: str | None = None
    maneuver: str | None = None


class WeaponList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of weapon systems."""

    data: list[Weapon]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class WeaponPatch(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a weapon system."""

    aliases: list[str] | UnsetType = UNSET
    country: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    maneuver: str | None | UnsetType = UNSET
    name: str | UnsetType = UNSET
    weapon_class: (
        Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ]
        | UnsetType
    ) = UNSET


class WeaponVersion(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a weapon system."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    weapon: Weapon


class WeaponVersionList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a weapon system, oldest first."""

    data: list[WeaponVersion]
    has_more: bool
    next_cursor: str | None
