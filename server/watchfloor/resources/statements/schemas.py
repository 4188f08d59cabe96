"""Wire types of ``/v1/statements``.

A statement is a speaker's exact words with their source. Watchfloor keeps quotes short and
exact, with attribution; the translation is kept beside the original, never instead of it.
"""

from datetime import date, datetime
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.admiralty import Citation, CitationIn
from watchfloor.envelopes import envelopes
from watchfloor.lifecycle import Status, StatusReason
from watchfloor.wire import TEXT, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "Channel",
    "Stance",
    "Statement",
    "StatementCreate",
    "StatementList",
    "StatementPatch",
    "StatementVersion",
    "StatementVersionList",
)

Stance = Literal["supportive", "conciliatory", "neutral", "critical", "hostile", "threatening"]
"""The speaker's stance toward the target actor."""

Channel = Literal[
    "press_conference",
    "official_statement",
    "state_media",
    "speech",
    "interview",
    "social_media",
    "diplomatic_note",
    "report",
    "other",
]

ActorId = Annotated[str, Meta(pattern="^act_[0-9a-f]{32}$")]
EventId = Annotated[str, Meta(pattern="^evt_[0-9a-f]{32}$")]
StatementId = Annotated[str, Meta(pattern="^stm_[0-9a-f]{32}$")]
Text = Annotated[str, Meta(min_length=1, max_length=5000, pattern=TEXT)]
Language = Annotated[
    str, Meta(pattern="^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", description="BCP 47 tag", examples=["ko"])
]
Audience = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Topic = Annotated[str, Meta(pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$", examples=["sanctions"])]


class Statement(msgspec.Struct, kw_only=True):
    """A sourced statement: speaker, exact words, stance, and the events it bears on."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    speaker_id: str
    text: str
    """Verbatim, in the original language."""
    language: str | None
    translation: str | None
    """English translation, when the original is not English."""
    channel: Channel | None
    audience: str | None
    said_on: date
    said_at: Timestamp | None
    # A default: a client generated from the schema still decodes the statements of a server
    # that predates it. The server always sends it.
    reported_at: Timestamp | None = None
    """When the world had it (knowledge time; ``known_by`` reads it): the time its source
    published it, else ``said_at``, else the end of ``said_on`` (docs/knowledge-time.md).
    Never before ``said_on``; always sent."""
    target_id: str | None
    """The actor the stance is toward."""
    stance: Stance | None
    topics: list[str]
    supports: list[str]
    """Events this statement supports (event ids)."""
    contradicts: list[str]
    """Events this statement contradicts (event ids)."""
    status: Status
    status_reason: str | None
    superseded_by: str | None
    citations: list[Citation]
    grade: str | None
    exercise: ExerciseMark = UNSET


class StatementCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new statement. It must cite at least one source."""

    speaker_id: ActorId
    text: Text
    said_on: date
    citations: Annotated[list[CitationIn], Meta(min_length=1, max_length=50)]
    language: Language | None = None
    translation: Text | None = None
    channel: Channel | None = None
    audience: Audience | None = None
    said_at: Timestamp | None = None
    reported_at: Timestamp | None = None
    """When the world had it: its source's publication time. Omitted or ``null``: the rule,
    ``said_at``, else the end of ``said_on`` (midnight UTC after it). It may not be before
    ``said_on`` (422)."""
    target_id: ActorId | None = None
    stance: Stance | None = None
    topics: Annotated[list[Topic], Meta(max_length=30)] = msgspec.field(default_factory=list)
    supports: Annotated[list[EventId], Meta(max_length=50)] = msgspec.field(default_factory=list)
    contradicts: Annotated[list[EventId], Meta(max_length=50)] = msgspec.field(default_factory=list)
    status: Status = "reported"
    status_reason: StatusReason | None = None
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class StatementPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to a statement."""

    speaker_id: ActorId | UnsetType = UNSET
    text: Text | UnsetType = UNSET
    said_on: date | UnsetType = UNSET
    citations: Annotated[list[CitationIn], Meta(min_length=1, max_length=50)] | UnsetType = UNSET
    language: Language | None | UnsetType = UNSET
    translation: Text | None | UnsetType = UNSET
    channel: Channel | None | UnsetType = UNSET
    audience: Audience | None | UnsetType = UNSET
    said_at: Timestamp | None | UnsetType = UNSET
    reported_at: Timestamp | None | UnsetType = UNSET
    """When the world had it; ``null``: the rule again (``said_at``, else the end of
    ``said_on``). Omitted: kept, except that a ``reported_at`` the rule gave follows a change
    of ``said_on`` or ``said_at``. It may not be before ``said_on`` (422)."""
    target_id: ActorId | None | UnsetType = UNSET
    stance: Stance | None | UnsetType = UNSET
    topics: Annotated[list[Topic], Meta(max_length=30)] | UnsetType = UNSET
    supports: Annotated[list[EventId], Meta(max_length=50)] | UnsetType = UNSET
    contradicts: Annotated[list[EventId], Meta(max_length=50)] | UnsetType = UNSET
    status: Status | UnsetType = UNSET
    status_reason: StatusReason | None | UnsetType = UNSET
    superseded_by: StatementId | None | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


StatementList, StatementVersion, StatementVersionList = envelopes(
    Statement, "statement", "a statement", "statements"
)


class StatementFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/statements``."""

    dataset: str
    speaker: str | None = None
    target: str | None = None
    stance: str | None = None
    topic: str | None = None
    channel: str | None = None
    language: str | None = None
    said_from: date | None = None
    said_to: date | None = None
    supports: str | None = None
    contradicts: str | None = None
    status: str | None = None
    min_grade: str | None = None
    include_retracted: bool = False
    q: str | None = None
    known_by: datetime | None = None
    """Only statements reported by this instant (``reported_at <= known_by``)."""


SEARCHED = 1000
"""A text search ranks the newest ``SEARCHED`` matches (in :data:`NEWEST` order) only: the
said-order index stops after them, where ranking every match read a third of the table for a
common word. Narrow a search with ``said_from``/``said_to`` or other filters to reach further back."""
