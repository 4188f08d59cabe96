# generated from openapi/openapi.json by sdk/codegen — do not edit
"""Every schema of the Watchfloor API, as msgspec Structs.

Decoding is tolerant: a field the server adds is ignored, and values the spec lists as an enum
are plain ``str`` or ``int`` on what the server sends, so a new value never breaks this SDK.
Fields the server may leave out default to ``None``; on what only you send they default to
``UNSET`` and are not sent at all.
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

import msgspec
from msgspec import UNSET, UnsetType

__all__ = (
    "Actor",
    "ActorCreate",
    "ActorList",
    "ActorPatch",
    "ActorVersion",
    "ActorVersionList",
    "Health",
    "Membership",
    "Problem",
    "ProblemFieldError",
    "Source",
    "SourceCreate",
    "SourceList",
    "SourcePatch",
    "SourceVersion",
    "SourceVersionList",
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


class ActorList(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """One page of actors."""

    data: list[Actor]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


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


class Health(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Liveness or readiness."""

    status: str
    detail: str | None = None
    schema_version: int | None = None


class Membership(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """The actor belongs to, leads or serves another actor for a period."""

    organization_id: str
    role: str = "member"
    valid_from: _dt.date | None = None
    valid_to: _dt.date | None = None


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
    published_at: _dt.datetime | None = None
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
    published_at: _dt.datetime | None | UnsetType = UNSET
    publisher: str | UnsetType = UNSET
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
