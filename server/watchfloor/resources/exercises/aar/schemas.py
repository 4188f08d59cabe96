"""Wire types of ``GET /v1/exercises/{id}/report``: the after-action report (HSEEP AAR/IP).

Every figure in it is computed from what is stored (the MSEL, the actions log, the play
dataset's alerts, questions and forecasts, the scripted truth) when it is asked for: the
report of a running exercise is its report so far (``pending`` where a deadline has not come).
"""

from datetime import date
from typing import Literal

import msgspec

from watchfloor.forecasting.schemas import ForecasterScore
from watchfloor.resources.exercises.schemas import ClockState, Role
from watchfloor.wire import Timestamp

__all__ = (
    "CapabilityAnalysis",
    "ExerciseReport",
    "ExpectedOutcome",
    "ExpectedStatus",
    "ImprovementRow",
    "InjectOutcome",
    "ObservationEntry",
    "QuestionReport",
    "ReportParticipant",
    "ReportSummary",
    "TimelineEntry",
)

ExpectedStatus = Literal["met", "late", "missed", "pending", "not_released"]
TruthSource = Literal["scripted", "source_resolution", "none"]


class ReportParticipant(msgspec.Struct, kw_only=True):
    name: str
    role: Role


class TimelineEntry(msgspec.Struct, kw_only=True):
    """One thing that happened, on the game clock (and the wall clock where it has one)."""

    game_time: Timestamp
    """When it happened in the exercise world: a release's game time, an alert's opening
    (its knowledge time), an action's stamp."""
    wall_time: Timestamp | None
    kind: Literal["inject", "alert", "action"]
    id: str
    title: str
    participant: str | None = None
    """An action's participant."""
    inject_id: str | None = None
    """The inject an action answers."""
    delay_seconds: float | None = None
    """Game seconds: an inject's release after its scheduled time; an action's after the
    release of the inject it answers; an alert's opening after the latest release before it."""


class ExpectedOutcome(msgspec.Struct, kw_only=True):
    """One expected action of an inject and whether the players did it in time."""

    text: str
    by_minutes: int
    deadline: Timestamp | None
    """Game time: the release plus ``by_minutes`` (``null`` until released)."""
    status: ExpectedStatus
    action_id: str | None
    """The action matched to it (docs/exercises.md: the matching rule)."""
    participant: str | None
    answered_at: Timestamp | None
    """The matched action's game time."""
    response_minutes: float | None
    """Game minutes from the release to the matched action."""


class InjectOutcome(msgspec.Struct, kw_only=True):
    """An inject of the MSEL, its release and what was expected after it."""

    inject_id: str
    title: str | None
    kind: str
    capability: str | None
    state: str
    at: Timestamp
    """Scheduled game time."""
    released_game_time: Timestamp | None
    released_at: Timestamp | None
    """Wall time of the release."""
    release_delay_seconds: float | None
    """Game seconds between the scheduled time and the release."""
    expected: list[ExpectedOutcome]


class ReportSummary(msgspec.Struct, kw_only=True):
    injects: int
    released: int
    expected_actions: int
    met: int
    late: int
    missed: int
    pending: int
    not_released: int
    alerts: int
    actions: int
    questions_scored: int
    questions_unscored: int


class QuestionReport(msgspec.Struct, kw_only=True):
    """A question of the play dataset, the truth it is scored against, and the scores."""

    question_id: str
    title: str
    kind: str
    truth_source: TruthSource
    """``scripted`` (the exercise's truth), ``source_resolution`` (no scripted truth: the
    resolution, as known now, of the source dataset's question it was copied from: what
    really happened) or ``none`` (unscored)."""
    source_question_id: str | None
    outcome: float | None
    """The truth scored against (binary: 1 yes, 0 no)."""
    note: str | None
    reason: str | None
    """Why the question is unscored."""
    forecasters: list[ForecasterScore]
    """Best first; the project's scoring (``GET /v1/questions/{id}/scores``) against the
    truth."""


class ObservationEntry(msgspec.Struct, kw_only=True):
    action_id: str
    participant: str
    role: Role
    text: str
    analysis: str | None
    inject_id: str | None
    game_time: Timestamp


class CapabilityAnalysis(msgspec.Struct, kw_only=True):
    """HSEEP's analysis of a capability: its injects' expected actions and the
    observations logged about it."""

    capability: str
    met: int
    late: int
    missed: int
    strengths: list[ObservationEntry]
    areas_for_improvement: list[ObservationEntry]


class ImprovementRow(msgspec.Struct, kw_only=True):
    """One row of the Improvement Plan (HSEEP AAR/IP Appendix A)."""

    capability: str
    area_for_improvement: str
    corrective_action: str
    capability_element: str | None
    responsible: str | None
    """Primary responsible organization."""
    poc: str | None
    """Organization point of contact."""
    start: date | None
    completion: date | None
    action_id: str
    participant: str


class ExerciseReport(msgspec.Struct, kw_only=True):
    """The after-action report of an exercise (controllers and evaluators)."""

    exercise_id: str
    name: str
    description: str | None
    dataset: str
    """The play dataset (kind `exercise`)."""
    control_dataset: str
    source_dataset: str
    exercise: bool
    """Always ``true``: an exercise's report is exercise material (marked EXERCISE)."""
    generated_at: Timestamp
    """Wall time the report was computed at."""
    game_time: Timestamp
    """The exercise clock then."""
    clock_state: ClockState
    start_known_by: Timestamp
    started_at: Timestamp | None
    ended_at: Timestamp | None
    participants: list[ReportParticipant]
    summary: ReportSummary
    timeline: list[TimelineEntry]
    """Injects released, alerts opened in the play dataset and actions, by game time."""
    injects: list[InjectOutcome]
    """The MSEL by scheduled game time, each with its expected actions met, late or missed."""
    questions: list[QuestionReport]
    capabilities: list[CapabilityAnalysis]
    improvement_plan: list[ImprovementRow]
