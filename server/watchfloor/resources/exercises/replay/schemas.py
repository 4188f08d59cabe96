"""Wire types of a replay: the ``replay`` object of ``POST /v1/exercises`` and its report.

A replay's MSEL is generated from history: every event, statement and hand-entered
observation of the source dataset first known after ``start_known_by`` (and by ``until``)
becomes an inject at its own knowledge time, its record the version first known then
(``docs/exercises.md``, "Replays of history").
"""

from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from watchfloor.wire import TEXT, Timestamp

__all__ = (
    "REPLAY_CAP",
    "REPLAY_KINDS",
    "ExerciseReplay",
    "ReplayExpected",
    "ReplayKind",
    "ReplayReport",
    "ReplayRow",
    "ReplayRule",
)

REPLAY_CAP = 5000
"""The most injects one replay generates (its default ``limit``, and the limit's maximum)."""

ReplayKind = Literal["event", "statement", "observation"]
REPLAY_KINDS: tuple[str, ...] = ("event", "statement", "observation")
Word = Annotated[str, Meta(min_length=1, max_length=100, pattern=TEXT)]


class ReplayExpected(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What the players are expected to do after a matching inject, and by when."""

    text: Annotated[str, Meta(min_length=1, max_length=4000, pattern=TEXT)]
    by_minutes: Annotated[int, Meta(ge=0, le=525_600)]
    """Game minutes after the inject's release."""


class ReplayRule(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Expected actions for the generated injects that match: every condition given must hold
    (none given: every inject). Each matching rule adds its expected actions; the first
    matching rule with a capability names the inject's."""

    expected_actions: Annotated[list[ReplayExpected], Meta(min_length=1, max_length=10)]
    kind: Word | None = None
    """`event`, `statement` or `observation` (another is 422: a plain string in the schema,
    so that it is refused as a rule of the replay, with its pointer)."""
    category: Word | None = None
    """An event's PLOVER category (`MOBILIZE`)."""
    weapon_class: Word | None = None
    """An event's weapon class (`ICBM`)."""
    tags: Annotated[list[Word], Meta(max_length=10)] = msgspec.field(default_factory=list)
    """Every one of these among an event's tags or a statement's topics."""
    external_ids: Annotated[list[Word], Meta(max_length=100)] = msgspec.field(default_factory=list)
    """One of these external ids (the source record's)."""
    capability: Annotated[str, Meta(max_length=300, pattern=TEXT)] | None = None


class ExerciseReplay(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Generate the MSEL from history: each record of the source dataset first known after
    `start_known_by` (and by `until`) becomes an inject at that knowledge time, its record as
    first known (never today's revision), its references pointing at the play dataset's
    copies."""

    until: Timestamp | None = None
    """The last knowledge instant replayed (default: everything known since the start);
    not before `start_known_by` (422 `/replay/until`)."""
    kinds: Annotated[list[Word], Meta(min_length=1, max_length=3)] = msgspec.field(
        default_factory=lambda: ["event", "statement", "observation"]
    )
    """Which records become injects: `event`, `statement`, `observation` (another is 422)."""
    limit: Annotated[int, Meta(ge=1, le=REPLAY_CAP)] = REPLAY_CAP
    """The most injects generated (at most 5000): a history with more is refused (422
    `/replay/limit`), never cut short."""
    rules: Annotated[list[ReplayRule], Meta(max_length=50)] = msgspec.field(default_factory=list)
    """Expected actions of the generated injects, for the after-action report's grading."""


class ReplayRow(msgspec.Struct, kw_only=True):
    """One record of the history that could not become an inject, and why."""

    kind: ReplayKind
    record_id: str
    """The record in the source dataset."""
    external_id: str | None
    at: Timestamp
    """Its knowledge time: where its inject would have been."""
    detail: str
    pointer: str | None
    """Where in the record the refusal points (`/record/citations/0/source_id`)."""


class ReplayReport(msgspec.Struct, kw_only=True):
    """What the replay generated: the injects by kind, and each record left out with why."""

    until: Timestamp | None
    injects: int
    """Injects scheduled in all."""
    by_kind: dict[str, int]
    revised_since: int
    """Records revised after they were first known: played as first known; their later
    revisions are not replayed."""
    known_at_start: int
    """Records known by the start whose knowledge time has since been moved after it: not in
    the copied world, so released at the start, as known then."""
    sources_added: int
    """Sources cited by replayed records that the starting world did not hold (published
    after the start), copied into the play dataset so the records can cite them."""
    skipped: list[ReplayRow]
