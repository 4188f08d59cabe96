"""Wire types of ``/v1/exercises``: the exercise, its clock, its MSEL and its actions log.

An exercise (HSEEP's functional exercise, NATO's CMX) is played in a dataset of its own, its
**play** dataset, of kind ``exercise``: a copy of the starting world as known by
``start_known_by``, then what the MSEL's injects release. The MSEL and the actions log are kept
in its **control** dataset, which players' keys do not hold. ``docs/exercises.md`` says why.
"""

from datetime import date
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import envelopes
from watchfloor.resources.exercises.replay.schemas import ExerciseReplay, ReplayReport
from watchfloor.wire import TEXT, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "ClockChange",
    "ClockState",
    "Exercise",
    "ExerciseAction",
    "ExerciseActionCreate",
    "ExerciseActionFilters",
    "ExerciseActionImport",
    "ExerciseActionList",
    "ExerciseActionPatch",
    "ExerciseActionVersion",
    "ExerciseActionVersionList",
    "ExerciseClock",
    "ExerciseClockRead",
    "ExerciseCreate",
    "ExerciseFilters",
    "ExerciseImport",
    "ExerciseList",
    "ExerciseParticipant",
    "ExerciseParticipantIn",
    "ExerciseParticipantKey",
    "ExercisePatch",
    "ExerciseVersion",
    "ExerciseVersionList",
    "ExerciseWithKeys",
    "ExpectedAction",
    "ImprovementItem",
    "Inject",
    "InjectCreate",
    "InjectFilters",
    "InjectImport",
    "InjectList",
    "InjectMessage",
    "InjectPatch",
    "InjectVersion",
    "InjectVersionList",
    "Role",
    "ScriptedTruth",
)

Role = Literal["controller", "player", "evaluator"]
"""HSEEP's roles: a **controller** runs the MSEL (sees and changes all of it), a **player** is
exercised (sees only what has been released to it), an **evaluator** observes and assesses
(reads the MSEL and every action, changes nothing of the script)."""
ClockState = Literal["not_started", "running", "paused", "ended"]
InjectKind = Literal["event", "statement", "observation", "message"]
InjectState = Literal["scheduled", "released", "withdrawn"]
ActionKind = Literal["decision", "rfi", "message", "observation", "improvement"]
Assessment = Literal["strength", "area_for_improvement"]
"""HSEEP's two kinds of observation of a capability."""
Name = Annotated[str, Meta(min_length=1, max_length=200, pattern=TEXT)]
ParticipantName = Annotated[str, Meta(min_length=1, max_length=100, pattern="^[^\\u0000/]*$")]
Text = Annotated[str, Meta(min_length=1, max_length=4000, pattern=TEXT)]
Speed = Annotated[
    float,
    Meta(
        gt=0,
        le=1_000_000,
        description="Game seconds per wall second: 60 plays one game hour per wall minute.",
    ),
]
ExerciseId = Annotated[str, Meta(pattern="^exr_[0-9a-f]{32}$")]
InjectId = Annotated[str, Meta(pattern="^inj_[0-9a-f]{32}$")]
QuestionId = Annotated[str, Meta(pattern="^qst_[0-9a-f]{32}$")]
Capability = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Words = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]


class ScriptedTruth(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What "really happened" in the exercise world for one of its forecasting questions: the
    after-action report scores the exercise's forecasts against it. A binary question takes
    `outcome` (or `value` 1/0), a count or quantity question `value`; exactly one is given."""

    question_id: QuestionId
    outcome: bool | None = None
    value: Annotated[float, Meta(ge=-1e15, le=1e15)] | None = None
    note: Annotated[str, Meta(max_length=2000, pattern=TEXT)] | None = None


TruthList = Annotated[list[ScriptedTruth], Meta(max_length=500)]


class ImprovementItem(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """One row of HSEEP's Improvement Plan (AAR/IP Appendix A), beyond its capability (the
    action's `capability`) and its area for improvement (the action's `text`)."""

    corrective_action: Annotated[str, Meta(min_length=1, max_length=2000, pattern=TEXT)]
    capability_element: Words | None = None
    """Planning, organization, equipment, training or exercises (HSEEP's POETE), or other."""
    responsible: Words | None = None
    """The primary responsible organization."""
    poc: Words | None = None
    """The organization's point of contact."""
    start: date | None = None
    completion: date | None = None


class ExerciseParticipantIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """One participant to issue a key to."""

    name: ParticipantName
    role: Role


class ExerciseParticipant(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A participant and the API key it plays with (scoped to the exercise's datasets only)."""

    name: str
    role: Role
    key_id: str


class ExerciseParticipantKey(msgspec.Struct, kw_only=True):
    """A participant's new key: the secret is shown in the create's answer only."""

    name: str
    role: Role
    key_id: str
    datasets: list[str]
    """The play dataset; the control dataset too for controllers and evaluators. Never `live`."""
    secret: str


class ExerciseClock(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The stored anchors of the exercise clock: game time is a pure function of wall time,
    ``game + (now − wall) × speed`` while running, ``game`` otherwise."""

    state: ClockState
    speed: float
    """Game seconds per wall second."""
    wall: Timestamp | None
    """The wall instant of the last start, pause, resume or end (``null`` before the start)."""
    game: Timestamp
    """The game time at ``wall`` (before the start: the instant play will start at)."""
    started_at: Timestamp | None
    ended_at: Timestamp | None


class Exercise(msgspec.Struct, kw_only=True):
    """An exercise played on the real tools in a dataset of its own."""

    id: str
    dataset: str
    """The play dataset (kind `exercise`): the exercise world."""
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    name: str
    description: str | None
    source_dataset: str
    """Where the starting world was copied from (`live`, or a sandbox)."""
    control_dataset: str
    """Where the MSEL and the actions log are kept (controllers and evaluators only)."""
    start_known_by: Timestamp
    """The knowledge instant of the starting world: what had been reported by then."""
    participants: list[ExerciseParticipant]
    clock: ExerciseClock
    exercise: ExerciseMark = UNSET


class ExerciseWithKeys(Exercise, kw_only=True):
    """An exercise just created, with its participants' keys: their secrets are shown here
    only."""

    keys: list[ExerciseParticipantKey]
    replay_report: ReplayReport | None = None
    """With `replay`: the injects generated from history and the records left out, with why."""


class ExerciseCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new exercise: its play and control datasets are created, the starting world copied."""

    name: Name
    start_known_by: Timestamp
    """The starting world is the source dataset's records as known by this instant."""
    description: Annotated[str, Meta(max_length=4000, pattern=TEXT)] | None = None
    source_dataset: DatasetName = "live"
    participants: Annotated[list[ExerciseParticipantIn], Meta(max_length=100)] = msgspec.field(
        default_factory=list
    )
    speed: Speed = 60.0
    """The clock's speed when started (game seconds per wall second)."""
    dataset: DatasetName | None = None
    """The play dataset's name; default `exr-<slug of the name>-<6 hex>`. The control
    dataset is named after it with `-control`."""
    external_id: ExternalId | None = None
    replay: ExerciseReplay | None = None
    """A replay of history: the MSEL is generated from what the source dataset came to know
    after `start_known_by` (`docs/exercises.md`, "Replays of history")."""
    truth: TruthList = msgspec.field(default_factory=list)
    """The scripted truth of the exercise's questions (one entry per question), for the
    after-action report. Never shown to players: it is not part of the exercise's
    representation; `GET /v1/exercises/{id}/report` gives it to controllers and evaluators."""


class ExerciseImport(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An exercise record as exported, restored by an import line: the record only (no
    datasets are created, no world copied, no key issued)."""

    name: Name
    start_known_by: Timestamp
    source_dataset: DatasetName
    control_dataset: DatasetName
    clock: ExerciseClock
    description: Annotated[str, Meta(max_length=4000, pattern=TEXT)] | None = None
    participants: Annotated[list[ExerciseParticipant], Meta(max_length=100)] = msgspec.field(
        default_factory=list
    )
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class ExercisePatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to an exercise's words (the clock changes through `POST …/clock`)."""

    name: Name | UnsetType = UNSET
    description: Annotated[str, Meta(max_length=4000, pattern=TEXT)] | None | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET
    truth: TruthList | UnsetType = UNSET
    """The scripted truth, replaced whole (controllers only)."""


ExerciseList, ExerciseVersion, ExerciseVersionList = envelopes(
    Exercise, "exercise", "an exercise", "exercises"
)


class ExerciseFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/exercises``."""

    dataset: str | None = None
    state: str | None = None


class ExerciseClockRead(msgspec.Struct, kw_only=True):
    """The exercise clock now."""

    exercise_id: str
    dataset: str
    """The exercise's play dataset."""
    state: ClockState
    game_time: Timestamp
    """Game time now (the knowledge time of the exercise world)."""
    wall_time: Timestamp
    """The wall instant this answer was computed at."""
    speed: float
    started_at: Timestamp | None
    ended_at: Timestamp | None
    anchor_wall: Timestamp | None
    """The wall instant of the last change of the clock."""
    anchor_game: Timestamp
    """The game time at ``anchor_wall``."""
    version: int
    """The exercise's version: every change of the clock is a new one."""
    role: Role
    """The caller's role in this exercise, from its key (what it may see and do): a console
    shows the MSEL to a controller or an evaluator and the released injects to a player."""
    participant: str
    """The caller's participant name (a key that is not a participant: the key's name)."""


class ClockChange(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A change of the clock. Pausing a paused clock (or resuming a running one at the same
    speed, or ending an ended one) changes nothing and answers 200."""

    action: Literal["start", "pause", "resume", "end"]
    speed: Speed | None = None
    """A new speed (with `start` or `resume`)."""
    game_time: Timestamp | None = None
    """With `start`: the game instant play starts at (default `start_known_by`); not before it."""


class ExpectedAction(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What the players are expected to do after an inject, and by when."""

    text: Text
    by_minutes: Annotated[int, Meta(ge=0, le=525_600)]
    """Game minutes after the inject's release."""


class InjectMessage(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A message inject: text delivered to named players (no one named: every player)."""

    to: Annotated[list[ParticipantName], Meta(max_length=100)] = msgspec.field(default_factory=list)
    text: Text


class Inject(msgspec.Struct, kw_only=True):
    """One row of the MSEL. A player reads only released injects (and of messages only those
    sent to it), without ``expected_actions`` and ``capability``."""

    id: str
    dataset: str
    """The exercise's control dataset."""
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    exercise_id: str
    at: Timestamp
    """Game time of the release."""
    kind: InjectKind
    title: str | None
    record: dict[str, Any]
    """The body of the record released: an event's, a statement's or an observation's create
    body (with `indicator_id`), or a message ``{to, text}``."""
    expected_actions: list[ExpectedAction]
    capability: str | None
    """The capability the inject tests (HSEEP core capability)."""
    state: InjectState
    released_at: Timestamp | None
    """Wall time of the release."""
    released_game_time: Timestamp | None
    """Game time of the release: the released record's knowledge time."""
    released_record_id: str | None
    """The record created in the play dataset (``null`` for a message)."""
    exercise: ExerciseMark = UNSET


class InjectCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new inject. `record` is checked as the real create would check it (422 with a pointer
    inside `/record`); its `reported_at` (an observation's `vintage`) is set at release to the
    game time of the release, and its `dataset` to the play dataset."""

    at: Timestamp
    """Game time; not before the exercise's `start_known_by` (422 `/at`)."""
    kind: InjectKind
    record: dict[str, Any]
    title: Annotated[str, Meta(max_length=300, pattern=TEXT)] | None = None
    expected_actions: Annotated[list[ExpectedAction], Meta(max_length=50)] = msgspec.field(
        default_factory=list
    )
    capability: Annotated[str, Meta(max_length=300, pattern=TEXT)] | None = None
    external_id: ExternalId | None = None


class InjectImport(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An inject as exported, restored by an import line."""

    exercise_id: ExerciseId
    at: Timestamp
    kind: InjectKind
    record: dict[str, Any]
    title: Annotated[str, Meta(max_length=300, pattern=TEXT)] | None = None
    expected_actions: Annotated[list[ExpectedAction], Meta(max_length=50)] = msgspec.field(
        default_factory=list
    )
    capability: Annotated[str, Meta(max_length=300, pattern=TEXT)] | None = None
    state: InjectState = "scheduled"
    released_at: Timestamp | None = None
    released_game_time: Timestamp | None = None
    released_record_id: str | None = None
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class InjectPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Move (`at`), reword or withdraw (`state: withdrawn`) a scheduled inject."""

    at: Timestamp | UnsetType = UNSET
    title: Annotated[str, Meta(max_length=300, pattern=TEXT)] | None | UnsetType = UNSET
    expected_actions: Annotated[list[ExpectedAction], Meta(max_length=50)] | UnsetType = UNSET
    capability: Annotated[str, Meta(max_length=300, pattern=TEXT)] | None | UnsetType = UNSET
    state: Literal["withdrawn"] | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


InjectList, InjectVersion, InjectVersionList = envelopes(
    Inject, "inject", "an inject", "injects", page_doc="One page of the MSEL, by game time."
)


class InjectFilters(msgspec.Struct, kw_only=True):
    """The filters of the MSEL's list."""

    exercise: str
    state: str | None = None
    released_only: bool = False
    to: str | None = None
    """A player's view: only messages sent to it (or to every player)."""


class ExerciseAction(msgspec.Struct, kw_only=True):
    """What a participant did, stamped with game and wall time."""

    id: str
    dataset: str
    """The exercise's control dataset."""
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    exercise_id: str
    participant: str
    role: Role
    kind: ActionKind
    """`decision`, `rfi` (a request for information) or `message` (any participant);
    `observation` or `improvement` (controllers and evaluators: the after-action report's)."""
    text: str
    """An improvement's area for improvement."""
    inject_id: str | None
    """The inject the action answers, if any."""
    game_time: Timestamp
    wall_time: Timestamp
    assessment: Assessment | None = None
    """An observation's: a `strength` or an `area_for_improvement`."""
    capability: str | None = None
    """The capability an observation or an improvement is about."""
    analysis: str | None = None
    """An observation's analysis (root causes, consequences, references)."""
    improvement: ImprovementItem | None = None
    """An improvement's Improvement Plan row."""
    exercise: ExerciseMark = UNSET


class ExerciseActionCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A decision, request for information or message, logged by a participant; or an
    observation or improvement-plan row, logged by a controller or an evaluator.

    An `observation` needs `assessment` and `capability` (`analysis` optional); an
    `improvement` needs `capability` and `improvement` (`text` is the area for improvement).
    These fields are refused with the other kinds (422 with their pointer)."""

    kind: ActionKind
    text: Text
    inject_id: InjectId | None = None
    external_id: ExternalId | None = None
    assessment: Assessment | None = None
    capability: Capability | None = None
    analysis: Text | None = None
    improvement: ImprovementItem | None = None


class ExerciseActionImport(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An action as exported, restored by an import line."""

    exercise_id: ExerciseId
    participant: ParticipantName
    role: Role
    kind: ActionKind
    text: Text
    game_time: Timestamp
    wall_time: Timestamp
    inject_id: InjectId | None = None
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None
    assessment: Assessment | None = None
    capability: Capability | None = None
    analysis: Text | None = None
    improvement: ImprovementItem | None = None


class ExerciseActionPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Actions are a log: only the external id changes."""

    external_id: ExternalId | None | UnsetType = UNSET


ExerciseActionList, ExerciseActionVersion, ExerciseActionVersionList = envelopes(
    ExerciseAction, "exercise_action", "an exercise action", "exercise actions"
)


class ExerciseActionFilters(msgspec.Struct, kw_only=True):
    exercise: str
    participant: str | None = None
