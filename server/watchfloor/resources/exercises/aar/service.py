"""The after-action report of an exercise (HSEEP AAR/IP), computed from what is stored.

* **Expected actions** (per inject, ``docs/exercises.md``, "The matching rule"): the actions
  answering an inject are the players' decisions, requests for information and messages that
  name it (``inject_id``), from a player it was given to (a message's addressees, else any
  player). Its expected actions, earliest deadline first, are matched to those actions, earliest
  first, one each. Matched by the deadline (release + ``by_minutes`` of game time): **met**;
  after it: **late**; unmatched: **missed** once the deadline has passed on the game clock or
  the exercise has ended, else **pending**. An inject never released: **pending** while the
  exercise runs, **not_released** once it has ended or the inject was withdrawn.
* **Forecasts** of the play dataset are scored by the project's scoring
  (``forecasting.scoring.score_question``) against the scripted truth, else against the
  resolution, as known now, of the source dataset's question they stand for; else unscored.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.forecasting import scoring_repository
from watchfloor.forecasting.scoring import forecaster_scores, outcome_of, score_question
from watchfloor.resources.exercises.aar import repository as repo
from watchfloor.resources.exercises.aar.schemas import (
    CapabilityAnalysis,
    ExerciseReport,
    ExpectedOutcome,
    ExpectedStatus,
    ImprovementRow,
    InjectOutcome,
    ObservationEntry,
    QuestionReport,
    ReportParticipant,
    ReportSummary,
    TimelineEntry,
)
from watchfloor.resources.exercises.clock import Anchors, game_time
from watchfloor.resources.exercises.service import Seat
from watchfloor.resources.forecasts.repository import to_forecast
from watchfloor.resources.questions.repository import to_question
from watchfloor.resources.questions.schemas import Question, Resolution

__all__ = ("exercise_report", "match_expected")

Row = asyncpg.Record
PLAY_KINDS = frozenset({"decision", "rfi", "message"})
"""The kinds of action that answer an inject (observations and improvements evaluate)."""


def _seconds(later: datetime | None, earlier: datetime | None) -> float | None:
    if later is None or earlier is None:
        return None
    return (later - earlier).total_seconds()


def _answers(inject: Row, actions: Sequence[Row]) -> list[Row]:
    """The players' actions answering ``inject`` (the matching rule's candidates), by game
    time."""
    to: list[str] = []
    if inject["kind"] == "message":
        to = list(inject["record"].get("to") or [])
    return [
        a
        for a in actions
        if a["inject_id"] == inject["id"]
        and a["role"] == "player"
        and a["kind"] in PLAY_KINDS
        and (not to or a["participant"] in to)
    ]


def match_expected(
    inject: Row, actions: Sequence[Row], now: datetime, ended: bool
) -> list[ExpectedOutcome]:
    """Each expected action of ``inject`` met, late, missed, pending or not released, with
    the action matched to it (game time ``now``; ``ended``: the exercise is over)."""
    expected = sorted(inject["expected_actions"], key=lambda e: int(e["by_minutes"]))
    released = inject["released_game_time"]
    if inject["state"] != "released" or released is None:
        status: ExpectedStatus = (
            "pending" if inject["state"] == "scheduled" and not ended else "not_released"
        )
        return [
            ExpectedOutcome(
                text=e["text"],
                by_minutes=int(e["by_minutes"]),
                deadline=None,
                status=status,
                action_id=None,
                participant=None,
                answered_at=None,
                response_minutes=None,
            )
            for e in expected
        ]
    answers = sorted(_answers(inject, actions), key=lambda a: (a["game_time"], a["id"]))
    out = []
    for i, e in enumerate(expected):
        deadline = released + timedelta(minutes=int(e["by_minutes"]))
        action = answers[i] if i < len(answers) else None
        if action is not None:
            status = "met" if action["game_time"] <= deadline else "late"
        else:
            status = "missed" if ended or now >= deadline else "pending"
        out.append(
            ExpectedOutcome(
                text=e["text"],
                by_minutes=int(e["by_minutes"]),
                deadline=deadline,
                status=status,
                action_id=None if action is None else action["id"],
                participant=None if action is None else action["participant"],
                answered_at=None if action is None else action["game_time"],
                response_minutes=None
                if action is None
                else (action["game_time"] - released).total_seconds() / 60,
            )
        )
    return out


def _inject_title(inject: Row) -> str:
    if inject["title"]:
        return str(inject["title"])
    record = inject["record"]
    return str(record.get("title") or record.get("text") or inject["kind"])


def _timeline(
    injects: Sequence[Row], alerts: Sequence[Row], actions: Sequence[Row]
) -> list[TimelineEntry]:
    released = [i for i in injects if i["state"] == "released" and i["released_game_time"]]
    by_id = {i["id"]: i for i in released}
    releases = sorted(i["released_game_time"] for i in released)
    entries = [
        TimelineEntry(
            game_time=i["released_game_time"],
            wall_time=i["released_at"],
            kind="inject",
            id=i["id"],
            title=_inject_title(i),
            delay_seconds=_seconds(i["released_game_time"], i["at"]),
        )
        for i in released
    ]
    for a in alerts:
        before = [t for t in releases if t <= a["opened_at"]]
        entries.append(
            TimelineEntry(
                game_time=a["opened_at"],
                wall_time=a["created_at"],
                kind="alert",
                id=a["id"],
                title=f"{a['level'].upper()} {a['problem_name'] or a['problem_id']}: "
                f"{a['rule_key']}",
                delay_seconds=_seconds(a["opened_at"], before[-1]) if before else None,
            )
        )
    for a in actions:
        answered = by_id.get(a["inject_id"]) if a["inject_id"] else None
        entries.append(
            TimelineEntry(
                game_time=a["game_time"],
                wall_time=a["wall_time"],
                kind="action",
                id=a["id"],
                title=f"{a['kind']}: {a['text']}",
                participant=a["participant"],
                inject_id=a["inject_id"],
                delay_seconds=None
                if answered is None
                else _seconds(a["game_time"], answered["released_game_time"]),
            )
        )
    order = {"inject": 0, "alert": 1, "action": 2}
    entries.sort(key=lambda e: (e.game_time, order[e.kind], e.id))
    return entries


@dataclass(frozen=True)
class _Truth:
    source: str
    value: float | None
    outcome: bool | None
    note: str | None
    source_question_id: str | None = None


def _scored_question(
    question: Question, truth: _Truth, now: datetime
) -> tuple[Question, str | None]:
    """The question as resolved by ``truth`` (for the project's scoring), or why it cannot be."""
    if question.kind == "binary":
        if truth.outcome is None and truth.value not in (0, 1):
            return question, "a binary question's truth is an outcome, or a value of 1 or 0"
        outcome = truth.outcome if truth.outcome is not None else bool(truth.value)
        value = 1.0 if outcome else 0.0
    elif truth.value is None:
        return question, f"the truth gives an outcome; a {question.kind} question needs a value"
    else:
        outcome, value = None, truth.value
    resolution = Resolution(
        value=value, outcome=outcome, resolved_at=now, known_by=now,
        resolved_by=f"exercise truth ({truth.source})", note=truth.note,
    )  # fmt: skip
    return msgspec.structs.replace(question, state="resolved", resolution=resolution), None


async def _questions(ctx: Context, exercise: Row, now: datetime) -> list[QuestionReport]:
    play = exercise["dataset"]
    questions = [to_question(r) for r in await repo.questions(ctx, play)]
    if not questions:
        return []
    scripted = {t["question_id"]: t for t in exercise["truth"]}
    sources = await repo.source_questions(ctx, play, exercise["source_dataset"])
    rows = await scoring_repository.forecasts_of(ctx, play, [q.id for q in questions], None)
    forecasts: dict[str, list[Any]] = {}
    for row in rows:
        forecasts.setdefault(row["question_id"], []).append(to_forecast(row))
    out = []
    for q in questions:
        truth: _Truth | None = None
        source_id = None
        if q.id in scripted:
            t = scripted[q.id]
            truth = _Truth("scripted", t.get("value"), t.get("outcome"), t.get("note"))
        elif q.id in sources:
            source = to_question(sources[q.id])
            source_id = source.id
            y = outcome_of(source)
            if y is not None:
                truth = _Truth("source_resolution", y, None, None, source.id)
        reason = None
        scored: list[Any] = []
        outcome = None
        if truth is None:
            reason = (
                f"the source question {source_id} is not resolved"
                if source_id
                else "no scripted truth and no source question resolved"
            )
        else:
            resolved, reason = _scored_question(q, truth, now)
            if reason is None:
                outcome = outcome_of(resolved)
                scored = forecaster_scores(score_question(resolved, forecasts.get(q.id, [])))
        out.append(
            QuestionReport(
                question_id=q.id,
                title=q.title,
                kind=q.kind,
                truth_source="none" if truth is None or reason else truth.source,  # type: ignore[arg-type]
                source_question_id=source_id,
                outcome=outcome,
                note=truth.note if truth is not None else None,
                reason=reason,
                forecasters=scored,
            )
        )
    return out


def _observation(a: Row) -> ObservationEntry:
    return ObservationEntry(
        action_id=a["id"], participant=a["participant"], role=a["role"], text=a["text"],
        analysis=a["analysis"], inject_id=a["inject_id"], game_time=a["game_time"],
    )  # fmt: skip


def _capabilities(
    outcomes: Sequence[InjectOutcome], actions: Sequence[Row]
) -> list[CapabilityAnalysis]:
    names = {o.capability for o in outcomes if o.capability} | {
        a["capability"] for a in actions if a["kind"] in ("observation", "improvement")
    }
    out = []
    for name in sorted(n for n in names if n):
        statuses = [e.status for o in outcomes if o.capability == name for e in o.expected]
        observed = [a for a in actions if a["kind"] == "observation" and a["capability"] == name]
        out.append(
            CapabilityAnalysis(
                capability=name,
                met=statuses.count("met"),
                late=statuses.count("late"),
                missed=statuses.count("missed"),
                strengths=[_observation(a) for a in observed if a["assessment"] == "strength"],
                areas_for_improvement=[
                    _observation(a) for a in observed if a["assessment"] == "area_for_improvement"
                ],
            )
        )
    return out


def _improvements(actions: Sequence[Row]) -> list[ImprovementRow]:
    rows = [a for a in actions if a["kind"] == "improvement" and a["improvement"]]
    rows.sort(key=lambda a: (a["capability"] or "", a["game_time"], a["id"]))
    return [
        ImprovementRow(
            capability=a["capability"] or "",
            area_for_improvement=a["text"],
            corrective_action=a["improvement"]["corrective_action"],
            capability_element=a["improvement"].get("capability_element"),
            responsible=a["improvement"].get("responsible"),
            poc=a["improvement"].get("poc"),
            start=a["improvement"].get("start"),
            completion=a["improvement"].get("completion"),
            action_id=a["id"],
            participant=a["participant"],
        )
        for a in rows
    ]


async def exercise_report(ctx: Context, where: Seat, now: datetime | None = None) -> ExerciseReport:
    """The report of the exercise ``where`` names (controllers and evaluators: 403 else)."""
    where.require("controller", "evaluator")
    exercise = where.exercise
    wall = now or datetime.now(UTC)
    game = game_time(Anchors.of(exercise), wall)
    ended = exercise["clock_state"] == "ended"
    injects = await repo.injects(ctx, exercise["id"])
    actions = await repo.actions(ctx, exercise["id"])
    alerts = await repo.alerts(ctx, exercise["dataset"])
    outcomes = [
        InjectOutcome(
            inject_id=i["id"],
            title=_inject_title(i),
            kind=i["kind"],
            capability=i["capability"],
            state=i["state"],
            at=i["at"],
            released_game_time=i["released_game_time"],
            released_at=i["released_at"],
            release_delay_seconds=_seconds(i["released_game_time"], i["at"]),
            expected=match_expected(i, actions, game, ended),
        )
        for i in injects
    ]
    questions = await _questions(ctx, exercise, wall)
    statuses = [e.status for o in outcomes for e in o.expected]
    summary = ReportSummary(
        injects=len(injects),
        released=sum(1 for i in injects if i["state"] == "released"),
        expected_actions=len(statuses),
        met=statuses.count("met"),
        late=statuses.count("late"),
        missed=statuses.count("missed"),
        pending=statuses.count("pending"),
        not_released=statuses.count("not_released"),
        alerts=len(alerts),
        actions=len(actions),
        questions_scored=sum(1 for q in questions if q.truth_source != "none"),
        questions_unscored=sum(1 for q in questions if q.truth_source == "none"),
    )
    return ExerciseReport(
        exercise_id=exercise["id"],
        name=exercise["name"],
        description=exercise["description"],
        dataset=exercise["dataset"],
        control_dataset=exercise["control_dataset"],
        source_dataset=exercise["source_dataset"],
        exercise=True,
        generated_at=wall,
        game_time=game,
        clock_state=exercise["clock_state"],
        start_known_by=exercise["start_known_by"],
        started_at=exercise["clock_started_at"],
        ended_at=exercise["clock_ended_at"],
        participants=[
            ReportParticipant(name=p["name"], role=p["role"]) for p in exercise["participants"]
        ],
        summary=summary,
        timeline=_timeline(injects, alerts, actions),
        injects=outcomes,
        questions=questions,
        capabilities=_capabilities(outcomes, actions),
        improvement_plan=_improvements(actions),
    )
