"""Wire types of ``/v1/actors``."""

from datetime import date
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import Page, envelopes
from watchfloor.wire import TEXT, CountryCode, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "Actor",
    "ActorCreate",
    "ActorDuplicate",
    "ActorDuplicateList",
    "ActorId",
    "ActorKind",
    "ActorList",
    "ActorMerge",
    "ActorMerged",
    "ActorPatch",
    "ActorVersion",
    "ActorVersionList",
    "KnownAs",
    "Membership",
)

ActorKind = Literal[
    "state",
    "person",
    "organization",
    "government_body",
    "military_unit",
    "company",
    "igo",
    "armed_group",
    "media",
]
ActorId = Annotated[
    str, Meta(pattern="^act_[0-9a-f]{32}$", examples=["act_0193a1b2c3d4e5f60718293a4b5c6d7e"])
]
Name = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Aliases = Annotated[list[Name], Meta(max_length=50)]
CameoCode = Annotated[str, Meta(pattern="^[A-Z0-9]{3,15}$", description="CAMEO actor code")]
WikidataQid = Annotated[str, Meta(pattern="^Q[1-9][0-9]{0,11}$", examples=["Q423"])]
Description = Annotated[str, Meta(max_length=5000, pattern=TEXT)]
Role = Annotated[str, Meta(min_length=1, max_length=100, pattern=TEXT)]


class Membership(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The actor belongs to, leads or serves another actor for a period."""

    organization_id: ActorId
    """The organisation, bloc or state (an actor id)."""
    role: Role = "member"
    """``member``, ``leader``, ``minister``, ``commander`` …"""
    valid_from: date | None = None
    """First day of the role, when known."""
    valid_to: date | None = None
    """Last day of the role; ``null`` while it lasts."""


Memberships = Annotated[list[Membership], Meta(max_length=100)]


class KnownAs(msgspec.Struct, kw_only=True):
    """Another external id that names this actor, and why: an import matched it, or a merge."""

    external_id: str
    """The id the importing data set (or the merged actor) gives it: ``icews:Kim Jong-Un``."""
    rule: Literal["wikidata_qid", "cameo_code", "name", "merge"]
    """What matched: the same Wikidata QID or CAMEO code, a name or alias equal once case,
    accents, spaces and hyphens are set aside, or an operator's merge."""
    value: str
    """The identifier or the name as the data set wrote it; for a merge, the merged actor."""


class Actor(msgspec.Struct, kw_only=True):
    """A state, person or organisation that acts, speaks or is acted upon."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    kind: ActorKind
    name: str
    aliases: list[str]
    country: str | None
    cameo_code: str | None
    wikidata_qid: str | None
    description: str | None
    memberships: list[Membership]
    superseded_by: str | None = None
    """Set when this actor was merged into another: the one that carries on (its references
    were moved there)."""
    known_as: list[KnownAs] = msgspec.field(default_factory=list)
    """Other external ids resolved to this actor by imports and merges."""
    exercise: ExerciseMark = UNSET


class ActorCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new actor."""

    kind: ActorKind
    name: Name
    aliases: Aliases = msgspec.field(default_factory=list)
    country: CountryCode | None = None
    cameo_code: CameoCode | None = None
    wikidata_qid: WikidataQid | None = None
    description: Description | None = None
    memberships: Memberships = msgspec.field(default_factory=list)
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class ActorPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to an actor; omitted fields stay as they are, ``null`` clears a field."""

    kind: ActorKind | UnsetType = UNSET
    name: Name | UnsetType = UNSET
    aliases: Aliases | UnsetType = UNSET
    country: CountryCode | None | UnsetType = UNSET
    cameo_code: CameoCode | None | UnsetType = UNSET
    wikidata_qid: WikidataQid | None | UnsetType = UNSET
    description: Description | None | UnsetType = UNSET
    memberships: Memberships | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


ActorList, ActorVersion, ActorVersionList = envelopes(Actor, "actor", "an actor", "actors")


class ActorMerge(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Merge this actor into another: the same real actor, recorded twice."""

    into: ActorId
    """The actor that carries on."""


class ActorMerged(msgspec.Struct, kw_only=True):
    """What a merge did."""

    actor: Actor
    """The actor that carries on, with the merged one's names as aliases and its external id in
    ``known_as``."""
    merged: Actor
    """The merged actor: kept with its history, ``superseded_by`` the one that carries on."""
    moved: dict[str, int]
    """Records that pointed at the merged actor and now point at the other, by resource; each
    got a new version."""


class ActorDuplicate(msgspec.Struct, kw_only=True):
    """Two actors that may be one: a name in common (case, accents, spaces and hyphens aside)
    and kinds that agree, which the imports did not resolve (more than one fitted, or a CAMEO
    code or QID disagrees). Merge them, or leave them."""

    actors: list[Actor]
    shared_names: list[str]
    """The name keys they share (``kimjongun``)."""


class ActorDuplicateList(Page[ActorDuplicate], kw_only=True):
    """One page of likely duplicate actors, to review."""


class ActorDuplicateFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/actors/duplicates`` (the fingerprint its cursors are bound to)."""

    dataset: str


class ActorFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/actors``."""

    dataset: str
    kind: str | None = None
    country: str | None = None
    name: str | None = None
    member_of: str | None = None
    ids: list[str] | None = None
