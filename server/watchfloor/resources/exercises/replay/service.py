"""Open a replay: an exercise whose MSEL is generated from the source dataset's history.

After the starting world is copied as known by ``start_known_by``, every record the source
came to know after it (events and statements by ``reported_at``, hand-entered observations
by ``vintage``; up to ``until``) becomes an inject at its own knowledge time. Its record is the
version first known then (:mod:`.repository`), rendered back into its create body, with every
reference rewritten to the play dataset's copies as the world's copy rewrites them; it is
checked by the real create as any inject is. A record the exercise world cannot take is left
out and reported (``replay_report.skipped``), never fatal. The exercise, its copy and its
MSEL are one transaction. ``docs/exercises.md``, "Replays of history".
"""

from collections.abc import Iterable
from typing import Any

import asyncpg
import msgspec
from msgspec import inspect as mi

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.resources.events.resource import EVENT
from watchfloor.resources.exercises import repository as exercise_repo
from watchfloor.resources.exercises.replay import repository as repo
from watchfloor.resources.exercises.replay.schemas import (
    REPLAY_KINDS,
    ExerciseReplay,
    ReplayReport,
    ReplayRow,
    ReplayRule,
)
from watchfloor.resources.exercises.resource import EXERCISE
from watchfloor.resources.exercises.schemas import (
    ExerciseCreate,
    ExerciseWithKeys,
    ExpectedAction,
    InjectCreate,
)
from watchfloor.resources.exercises.service import ExerciseService, InjectService, Seat
from watchfloor.resources.observations.resource import OBSERVATION
from watchfloor.resources.statements.resource import STATEMENT
from watchfloor.versioned import Resource

__all__ = ("matching", "open_exercise", "record_body")

_RESOURCES: dict[str, Resource] = {
    "event": EVENT,
    "statement": STATEMENT,
    "observation": OBSERVATION,
}
_KNOWN_AT = {"event": "reported_at", "statement": "reported_at", "observation": "vintage"}
"""Set at the release to the game time of the release (the inject's ``at``)."""
_MAX_EXPECTED = 50


def _trim(value: Any, t: mi.Type) -> Any:
    """``value`` (builtins) with only what the type ``t`` takes: a rendered record's computed
    fields (a citation's grade) dropped, at any depth."""
    while isinstance(t, mi.Metadata):
        t = t.type
    if isinstance(t, mi.UnionType):
        for member in t.types:
            while isinstance(member, mi.Metadata):
                member = member.type
            if (isinstance(value, dict) and isinstance(member, mi.StructType)) or (
                isinstance(value, list) and isinstance(member, mi.ListType)
            ):
                return _trim(value, member)
        return value
    if isinstance(t, mi.StructType) and isinstance(value, dict):
        fields = {f.encode_name: f.type for f in t.fields}
        return {k: _trim(v, fields[k]) for k, v in value.items() if k in fields}
    if isinstance(t, mi.ListType) and isinstance(value, list):
        return [_trim(v, t.item_type) for v in value]
    return value


def record_body(kind: str, row: asyncpg.Record) -> dict[str, Any]:
    """A stored version of a record → the create body an inject carries (without its
    dataset and knowledge time, which the release sets)."""
    resource = _RESOURCES[kind]
    rendered = msgspec.to_builtins(resource.render(row))
    body: dict[str, Any] = _trim(rendered, mi.type_info(resource.line_type))
    body.pop("dataset", None)
    body.pop(_KNOWN_AT[kind], None)
    return body


def matching(rule: ReplayRule, kind: str, body: dict[str, Any]) -> bool:
    """Whether a generated inject's record matches a rule (every condition given holds)."""
    labels = set(body.get("tags") or []) | set(body.get("topics") or [])
    return (
        (rule.kind is None or rule.kind == kind)
        and (rule.category is None or body.get("category") == rule.category)
        and (rule.weapon_class is None or body.get("weapon_class") == rule.weapon_class)
        and set(rule.tags) <= labels
        and (not rule.external_ids or body.get("external_id") in rule.external_ids)
    )


def _expected(
    rules: Iterable[ReplayRule], kind: str, body: dict[str, Any]
) -> tuple[list[ExpectedAction], str | None]:
    actions: list[ExpectedAction] = []
    capability = None
    for rule in rules:
        if matching(rule, kind, body):
            actions += [
                ExpectedAction(text=e.text, by_minutes=e.by_minutes) for e in rule.expected_actions
            ]
            capability = capability or rule.capability
    return actions[:_MAX_EXPECTED], capability


def _title(kind: str, body: dict[str, Any]) -> str | None:
    if kind == "event":
        text = body.get("title")
    elif kind == "statement":
        text = body.get("text")
    else:
        text = f"Observation of {body.get('period_label') or body.get('period_start')}"
    return None if text is None else str(text)[:300]


def _refuse(data: ExerciseCreate, replay: ExerciseReplay) -> None:
    """422 for a replay that cannot be played: an end before the start, an unknown kind."""
    errors = []
    if replay.until is not None and replay.until < data.start_known_by:
        errors.append(FieldError("/replay/until", f"before start_known_by {data.start_known_by}"))
    kinds = ", ".join(REPLAY_KINDS)
    errors += [
        FieldError(f"/replay/kinds/{i}", f"{kind!r} is not replayed: one of {kinds}")
        for i, kind in enumerate(replay.kinds)
        if kind not in REPLAY_KINDS
    ]
    errors += [
        FieldError(f"/replay/rules/{i}/kind", f"{rule.kind!r} is not replayed: one of {kinds}")
        for i, rule in enumerate(replay.rules)
        if rule.kind is not None and rule.kind not in REPLAY_KINDS
    ]
    if errors:
        raise Unprocessable("The replay cannot be played as sent.", errors=errors)


async def _history(
    ctx: Context, data: ExerciseCreate, replay: ExerciseReplay
) -> list[tuple[str, asyncpg.Record]]:
    """The records to replay, earliest first: 422 ``/replay/limit`` when more than the limit."""
    found: list[tuple[str, asyncpg.Record]] = []
    for kind in dict.fromkeys(replay.kinds):
        rows = await repo.first_known(
            ctx.conn,
            repo.HISTORIES[kind],
            data.source_dataset,
            data.start_known_by,
            replay.until,
            replay.limit + 1 - len(found),
        )
        found += [(kind, r) for r in rows]
        if len(found) > replay.limit:
            raise Unprocessable(
                "The history to replay is longer than the limit.",
                errors=[
                    FieldError(
                        "/replay/limit",
                        f"more than {replay.limit} records were first known between the start "
                        "and `until`: set an earlier `until`, fewer `kinds` or a higher limit",
                    )
                ],
            )
    found.sort(key=lambda kr: (kr[1]["replay_at"], kr[0], kr[1]["id"]))
    return found


async def _schedule(
    ctx: Context,
    exercise: asyncpg.Record,
    source: str,
    replay: ExerciseReplay,
    history: list[tuple[str, asyncpg.Record]],
) -> ReplayReport:
    """The injects of the history, in the exercise's transaction."""
    play = exercise["dataset"]
    bodies = [record_body(kind, row) for kind, row in history]
    cited = sorted(
        {str(c["source_id"]) for b in bodies for c in b.get("citations") or [] if "source_id" in c}
    )
    added = await repo.copy_missing(ctx.conn, "sources", source, play, cited)
    bodies = await repo.remap(ctx.conn, bodies, play)
    where = Seat(exercise, "controller", "replay")
    injects = InjectService()
    by_kind: dict[str, int] = {}
    skipped: list[ReplayRow] = []
    for (kind, row), body in zip(history, bodies, strict=True):
        actions, capability = _expected(replay.rules, kind, body)
        data = InjectCreate(
            at=row["replay_at"],
            kind=kind,  # type: ignore[arg-type]
            record=body,
            title=_title(kind, body),
            expected_actions=actions,
            capability=capability,
        )
        try:
            await injects.add(ctx, where, data)
        except Unprocessable as exc:
            first = exc.errors[0] if exc.errors else None
            skipped.append(
                ReplayRow(
                    kind=kind,  # type: ignore[arg-type]
                    record_id=row["id"],
                    external_id=row["external_id"],
                    at=row["replay_at"],
                    detail=first.detail if first else exc.detail,
                    pointer=first.pointer if first else None,
                )
            )
        else:
            by_kind[kind] = by_kind.get(kind, 0) + 1
    return ReplayReport(
        until=replay.until,
        injects=sum(by_kind.values()),
        by_kind=by_kind,
        revised_since=sum(1 for _, r in history if r["version"] < r["replay_last_version"]),
        known_at_start=sum(1 for _, r in history if r["replay_at_start"]),
        sources_added=added,
        skipped=skipped,
    )


async def open_exercise(ctx: Context, data: ExerciseCreate) -> ExerciseWithKeys:
    """Open an exercise (:meth:`ExerciseService.open`); with ``replay``, its MSEL generated
    from history in the same transaction."""
    service: ExerciseService = EXERCISE.service  # type: ignore[assignment]
    replay = data.replay
    if replay is None:
        return await service.open(ctx, data)
    _refuse(data, replay)
    ctx.require_dataset(data.source_dataset)
    history = await _history(ctx, data, replay)
    async with ctx.conn.transaction():
        made = await service.open(ctx, data)
        exercise = await exercise_repo.exercise_of_inject(ctx, made.id)
        assert exercise is not None
        report = await _schedule(ctx, exercise, data.source_dataset, replay, history)
    return msgspec.structs.replace(made, replay_report=report)
