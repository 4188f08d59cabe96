"""Wire types of ``/v1/watchlists``: saved, named selections in the list endpoints' vocabulary.

A selection is a tagged union on ``kind``; its ``filters`` are the query parameters of the list
endpoint it selects from, by the same names and checked by the same rules (``docs/prepare.md``):
``events`` → ``GET /v1/events``, ``statements`` → ``GET /v1/statements``, ``alerts`` →
``GET /v1/alerts``, ``signposts`` → ``GET /v1/signposts``; ``plan_branches`` and
``question_resolutions`` have small vocabularies of their own (below).
"""

from datetime import datetime
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import envelopes
from watchfloor.wire import TEXT, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "ItemKind",
    "SelectionKind",
    "Watchlist",
    "WatchlistCreate",
    "WatchlistFilters",
    "WatchlistItem",
    "WatchlistItemList",
    "WatchlistList",
    "WatchlistPatch",
    "WatchlistSelection",
    "WatchlistVersion",
    "WatchlistVersionList",
)

Name = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Description = Annotated[str, Meta(max_length=20000, pattern=TEXT)]
Owner = Annotated[str, Meta(min_length=1, max_length=200, pattern=TEXT)]
Tag = Annotated[str, Meta(pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$")]
Cron = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=200,
        pattern="^[^\\u0000]*$",
        description="A 5-field cron expression (minute hour day-of-month month day-of-week).",
        examples=["0 6 * * *"],
    ),
]
TimeZone = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=100,
        pattern="^[A-Za-z0-9_+/-]+$",
        description="An IANA time zone name.",
        examples=["Asia/Seoul"],
    ),
]

SelectionKind = Literal[
    "events", "statements", "alerts", "signposts", "plan_branches", "question_resolutions"
]
ItemKind = Literal["event", "statement", "alert", "signpost", "plan_branch", "question_resolution"]
"""What an item is: one per selection kind."""


class WatchlistSelection(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """One selection: the records of ``kind`` its ``filters`` select.

    ``filters`` are the query parameters of the list endpoint, by the same names, as JSON
    values (a date as ``"2022-01-31"``, a flag as ``true``, a repeated parameter as a list):
    ``events``: those of ``GET /v1/events`` (``tag``, ``actor``, ``country``, ``weapon_class``,
    ``min_grade`` …); ``statements``: of ``GET /v1/statements`` (``speaker``, ``topic``,
    ``stance`` …); ``alerts``: of ``GET /v1/alerts`` (``level``, ``state``, ``problem``,
    ``indicator``, ``actor``, ``plan`` …); ``signposts``: of ``GET /v1/signposts`` (``scenario``,
    ``status``, ``kind``, ``problem`` …); ``plan_branches``: ``plan`` (a plan id), ``problem``
    (a warning problem id), ``state`` (``triggered``, ``decided``, ``executed``,
    ``stood_down``; default any but ``dormant``); ``question_resolutions``: ``question`` (an
    id), ``tag``, ``outcome`` (``yes``/``no`` for binary questions). ``dataset``, ``known_by``,
    ``sort``, ``limit`` and ``cursor`` are the read's, not the selection's. An unknown name, a
    bad value or an unknown record is 422 at ``/selections/N/filters/<name>``.
    """

    kind: SelectionKind
    filters: dict[str, Any] = msgspec.field(default_factory=dict)


Selections = Annotated[list[WatchlistSelection], Meta(min_length=1, max_length=20)]


class Watchlist(msgspec.Struct, kw_only=True):
    """A saved, named selection over events, statements, alerts, signposts, plan branches and
    question resolutions; read like a list at ``/v1/watchlists/{id}/items``."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    name: str
    description: str | None
    owner: str | None
    """Who keeps it (a desk, a person): text."""
    tags: list[str]
    selections: list[WatchlistSelection]
    brief_cron: str | None
    """When the brief of this watchlist is written (5-field cron, in ``brief_timezone``)."""
    brief_timezone: str | None
    """The IANA time zone ``brief_cron`` is read in (``null``: UTC)."""
    exercise: ExerciseMark = UNSET


class WatchlistCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new watchlist: 1 to 20 selections."""

    name: Name
    selections: Selections
    description: Description | None = None
    owner: Owner | None = None
    tags: Annotated[list[Tag], Meta(max_length=50)] = msgspec.field(default_factory=list)
    brief_cron: Cron | None = None
    brief_timezone: TimeZone | None = None
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class WatchlistPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to a watchlist; ``selections`` and ``tags`` are replaced whole."""

    name: Name | UnsetType = UNSET
    selections: Selections | UnsetType = UNSET
    description: Description | None | UnsetType = UNSET
    owner: Owner | None | UnsetType = UNSET
    tags: Annotated[list[Tag], Meta(max_length=50)] | UnsetType = UNSET
    brief_cron: Cron | None | UnsetType = UNSET
    brief_timezone: TimeZone | None | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


WatchlistList, WatchlistVersion, WatchlistVersionList = envelopes(
    Watchlist, "watchlist", "a watchlist", "watchlists"
)


class WatchlistFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/watchlists``."""

    dataset: str
    tag: str | None = None
    owner: str | None = None


class WatchlistItem(msgspec.Struct, kw_only=True):
    """One record a watchlist selects, with when it entered (knowledge time)."""

    kind: ItemKind
    id: str
    """The record's id; a plan branch's is ``<plan id>/<branch key>``."""
    entered_at: Timestamp
    """When it entered, in knowledge time: an event's or statement's ``reported_at``, an
    alert's ``opened_at``, a signpost's ``changed_at``, a branch's ``triggered_at``, a
    resolution's ``known_by``."""
    object: dict[str, Any]
    """The record as its own endpoint renders it at this read (``known_by`` included); a plan
    branch as in its plan, with ``plan_id``."""


class WatchlistItemList(msgspec.Struct, kw_only=True):
    """One page of a watchlist's items, newest entered first."""

    data: list[WatchlistItem]
    has_more: bool
    next_cursor: str | None
    as_of: datetime | None = None
    known_by: datetime | None = None
