"""The rules of exercises: opening one (datasets, starting world, keys), its clock, its MSEL,
its actions log, and who may do what.

Roles come from the caller's key: a participant's key has the role it was issued with; an
admin key holding the control dataset (the exercise's creator) is a controller; another key
holding the control dataset is an evaluator; a key holding only the play dataset is a player.
The play and control datasets themselves do the first confinement (a player's key cannot
read the control dataset anywhere); the roles refine what the exercise's own operations show.
"""

import contextlib
import re
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.access.keys import DatasetService, KeyService
from watchfloor.access.principal import Principal
from watchfloor.access.schemas import ApiKeyCreate, DatasetCreate
from watchfloor.context import Context
from watchfloor.errors import (
    Conflict,
    FieldError,
    Forbidden,
    InvalidCursor,
    NotFound,
    Unprocessable,
    WatchfloorError,
)
from watchfloor.ids import new_id
from watchfloor.persistence.records import Expected, Records
from watchfloor.persistence.store import ListQuery, Page
from watchfloor.resources.events.resource import EVENT
from watchfloor.resources.events.schemas import EventCreate
from watchfloor.resources.exercises import repository as repo
from watchfloor.resources.exercises.clock import Anchors, change, game_time
from watchfloor.resources.exercises.evaluation import action_values, check_action, truth_values
from watchfloor.resources.exercises.schemas import (
    ClockChange,
    ExerciseAction,
    ExerciseActionCreate,
    ExerciseActionFilters,
    ExerciseActionImport,
    ExerciseActionPatch,
    ExerciseClockRead,
    ExerciseCreate,
    ExerciseFilters,
    ExerciseImport,
    ExerciseParticipantIn,
    ExerciseParticipantKey,
    ExercisePatch,
    ExerciseWithKeys,
    Inject,
    InjectCreate,
    InjectFilters,
    InjectImport,
    InjectMessage,
    InjectPatch,
    Role,
)
from watchfloor.resources.indicators.schemas import ObservationImport
from watchfloor.resources.observations.resource import OBSERVATION
from watchfloor.resources.statements.resource import STATEMENT
from watchfloor.resources.statements.schemas import StatementCreate
from watchfloor.versioned import VersionedService, sent_fields
from watchfloor.wire import mark

__all__ = (
    "ActionService",
    "ExerciseService",
    "InjectService",
    "Seat",
    "action_of",
    "clock_read",
    "for_seat",
    "inject_for",
    "release",
    "seat",
)

Row = asyncpg.Record
_SLUG = re.compile(r"[^a-z0-9]+")
_MSGSPEC_PATH = re.compile(r"\s*-\s*at\s+`?\$([^`]*)`?\s*$")


def _now() -> datetime:
    return datetime.now(UTC)


def _write(ctx: Context) -> Context:
    """The caller's context without its dataset confinement, for writes the exercise's own
    rules have already allowed (a controller writing the control dataset it holds, a player
    logging an action there, the creator writing datasets it has just been granted)."""
    return ctx.with_(principal=None)


def _in_play(ctx: Context, play: str) -> Context:
    """A context that sees and writes the play dataset only: an inject's record is checked and
    created as a writer of the exercise world alone (it cannot cite a source of another
    dataset, whoever schedules it and whatever runs the release)."""
    key_id = ctx.principal.key_id if ctx.principal is not None else None
    writer = Principal(
        key_id=key_id, scopes=frozenset({"read", "write"}), datasets=frozenset({play})
    )
    return ctx.with_(principal=writer)


@dataclass(frozen=True)
class Seat:
    """Who the caller is in an exercise."""

    exercise: Row
    role: Role
    name: str
    """The participant's name (an admin's key id when it is not a participant)."""

    def require(self, *roles: Role) -> None:
        if self.role not in roles:
            raise Forbidden(
                f"A {self.role} of this exercise may not do this (only {' or '.join(roles)})."
            )

    @property
    def control(self) -> bool:
        return self.role in ("controller", "evaluator")


async def seat(ctx: Context, exercise_id: str) -> Seat:
    """The exercise (404 when the caller does not hold its play dataset) and the caller's role."""
    row = await ExerciseService.records.get(ctx, exercise_id)
    principal = ctx.principal
    if principal is None:
        return Seat(row, "controller", "operator")
    participants = msgspec.convert(row["participants"], list[dict[str, str]])
    for p in participants:
        if p["key_id"] == principal.key_id:
            role: Role = p["role"]  # type: ignore[assignment]
            return Seat(row, role, p["name"])
    if row["control_dataset"] in principal.datasets:
        role = "controller" if principal.has_scope("admin") else "evaluator"
        return Seat(row, role, principal.name)
    return Seat(row, "player", principal.name)


def _pointer(path: str) -> str:
    return "".join(
        "/" + (name or index) for name, index in re.findall(r"\.([^.\[]+)|\[(\d+)\]", path)
    )


def _refused_record(exc: Exception) -> Unprocessable:
    """A record's refusal, with its pointers moved under ``/record``."""
    if isinstance(exc, msgspec.ValidationError):
        message = str(exc)
        match = _MSGSPEC_PATH.search(message)
        pointer = "/record" + (_pointer(match[1]) if match else "")
        return Unprocessable(
            "The inject's record is not valid.",
            errors=[FieldError(pointer, _MSGSPEC_PATH.sub("", message))],
        )
    assert isinstance(exc, WatchfloorError)
    errors = [FieldError("/record" + (e.pointer or ""), e.detail) for e in exc.errors] or [
        FieldError("/record", exc.detail)
    ]
    return Unprocessable(f"The inject's record is not valid: {exc.detail}", errors=errors)


def _record_body(kind: str, record: dict[str, Any], play: str, at: datetime) -> dict[str, Any]:
    """The create body released: the play dataset's, known at the game time ``at``."""
    body = {**record, "dataset": play}
    if kind in ("event", "statement"):
        body["reported_at"] = at.isoformat()
    elif kind == "observation":
        body["vintage"] = at.astimezone(UTC).date().isoformat()
    return body


_CREATES: dict[str, tuple[type[msgspec.Struct], Callable[[Context, Any], Awaitable[Row]]]] = {
    "event": (EventCreate, EVENT.create),
    "statement": (StatementCreate, STATEMENT.create),
    "observation": (ObservationImport, OBSERVATION.create),
}


async def _create_record(
    ctx: Context, kind: str, record: dict[str, Any], play: str, at: datetime
) -> Row:
    """The record of an inject, created through its resource's real service."""
    data_type, create = _CREATES[kind]
    data = msgspec.convert(_record_body(kind, record, play, at), data_type)
    return await create(ctx, data)


async def _check_record(
    ctx: Context, kind: str, record: dict[str, Any], play: str, at: datetime
) -> None:
    """422 (pointers under ``/record``) unless the record would be created as released at
    ``at``: the real create runs in a savepoint that is rolled back."""
    if kind == "message":
        try:
            msgspec.convert(record, InjectMessage)
        except msgspec.ValidationError as exc:
            raise _refused_record(exc) from None
        return
    refused: Unprocessable | None
    transaction = ctx.conn.transaction()
    await transaction.start()
    try:
        await _create_record(_in_play(ctx, play), kind, record, play, at)
    except (msgspec.ValidationError, WatchfloorError) as exc:
        refused = _refused_record(exc)
    else:
        refused = None
    finally:
        await transaction.rollback()
    if refused is not None:
        raise refused


async def _issue(
    ctx: Context, exercise: Any, participant: ExerciseParticipantIn
) -> ExerciseParticipantKey:
    """A participant's key: the play dataset, and the control dataset unless a player."""
    play, control = exercise["dataset"], exercise["control_dataset"]
    granted = [play, control] if participant.role != "player" else [play]
    made = await KeyService().create(
        ctx.conn,
        ApiKeyCreate(
            name=f"{play}:{participant.name}"[:100], scopes=["read", "write"], datasets=granted
        ),
    )
    return ExerciseParticipantKey(
        name=participant.name,
        role=participant.role,
        key_id=made.key.id,
        datasets=sorted(granted),
        secret=made.secret,
    )


async def _revoke(ctx: Context, key_id: str) -> None:
    # An imported exercise names keys this instance never issued.
    with contextlib.suppress(NotFound):
        await KeyService().revoke(ctx.conn, key_id)


def _slug(name: str) -> str:
    return _SLUG.sub("-", name.lower()).strip("-")[:40].strip("-") or "exercise"


class ExerciseService(VersionedService[ExerciseImport, ExercisePatch, ExerciseFilters]):
    """Open exercises, read and rename them, move their clocks."""

    records = Records(repo.EXERCISES, "exercise")

    async def values(self, ctx: Context, data: ExerciseImport) -> dict[str, Any]:
        values = msgspec.structs.asdict(data)
        clock = values.pop("clock")
        values["participants"] = msgspec.to_builtins(data.participants)
        for name in ("state", "speed", "wall", "game", "started_at", "ended_at"):
            values[f"clock_{name}"] = getattr(clock, name)
        return values

    async def revise(self, ctx: Context, current: Row, data: ExercisePatch) -> dict[str, Any]:
        (await seat(ctx, current["id"])).require("controller")
        changes = sent_fields(data)
        if "truth" in changes:
            changes["truth"] = truth_values(changes["truth"])
        return changes

    def filter(self, query: ListQuery, filters: ExerciseFilters) -> None:
        repo.apply_exercise_filters(query, filters)

    async def open(self, ctx: Context, data: ExerciseCreate) -> ExerciseWithKeys:
        """Create the play and control datasets, copy the starting world into the play
        dataset, issue the participants' keys, and record the exercise: one transaction."""
        ctx.require_dataset(data.source_dataset)
        play = data.dataset or f"exr-{_slug(data.name)}-{secrets.token_hex(3)}"
        control = f"{play}-control"
        problems = []
        if len(control) > 63:
            problems.append(FieldError("/dataset", "at most 55 characters (`-control` is added)"))
        names = [p.name for p in data.participants]
        problems += [
            FieldError(f"/participants/{i}/name", f"{name!r} is named twice")
            for i, name in enumerate(names)
            if name in names[:i]
        ]
        if problems:
            raise Unprocessable("The exercise cannot be opened as sent.", errors=problems)
        truth = truth_values(data.truth)
        taken = await repo.dataset_kinds(ctx.conn, [play, control])
        if taken:
            raise Conflict(f"A dataset named {sorted(taken)[0]!r} exists already.")
        creator = ctx.principal.key_id if ctx.principal is not None else None
        writer = _write(ctx)
        async with ctx.conn.transaction():
            datasets = DatasetService()
            for name, what in ((play, "play"), (control, "control")):
                await datasets.create(
                    ctx.conn,
                    DatasetCreate(
                        name=name, kind="exercise", description=f"Exercise {data.name!r}: {what}"
                    ),
                    grant_to=creator,
                )
            await repo.copy_world(ctx.conn, data.source_dataset, play, data.start_known_by)
            both = {"dataset": play, "control_dataset": control}
            keys = [await _issue(ctx, both, p) for p in data.participants]
            row = await self.records.create(
                writer,
                {
                    "id": new_id("exercise"),
                    "dataset": play,
                    "external_id": data.external_id,
                    "name": data.name,
                    "description": data.description,
                    "source_dataset": data.source_dataset,
                    "control_dataset": control,
                    "start_known_by": data.start_known_by,
                    "participants": [
                        {"name": k.name, "role": k.role, "key_id": k.key_id} for k in keys
                    ],
                    "clock_speed": data.speed,
                    "clock_game": data.start_known_by,
                    "truth": truth,
                },
            )
        exercise = repo.to_exercise(row)
        return ExerciseWithKeys(**msgspec.structs.asdict(exercise), keys=keys)

    async def delete(self, ctx: Context, record_id: str, expected: Expected) -> Row:
        """Close an exercise (controllers only): its participants' keys are revoked and every
        record of its play and control datasets is tombstoned with it, each a new version (the
        history, the feed and ``as_of`` reads keep the whole exercise for its after-action
        review). Only datasets of kind ``exercise`` are emptied so: an exercise record restored
        by an import into another dataset is tombstoned alone."""
        # The registry lists every resource, this one included: imported here.
        from watchfloor.registry import RESOURCES

        (await seat(ctx, record_id)).require("controller")
        writer = _write(ctx)
        async with ctx.conn.transaction():
            current = await self.records.locked(writer, record_id, expected)
            datasets = [current["dataset"], current["control_dataset"]]
            kinds = await repo.dataset_kinds(ctx.conn, datasets)
            tables = sorted({r.table.name for r in RESOURCES.values()})
            for dataset in datasets:
                if kinds.get(dataset) == "exercise":
                    await repo.tombstone_dataset(ctx.conn, tables, dataset, record_id)
            for participant in current["participants"]:
                await _revoke(ctx, participant["key_id"])
            return await self.records.delete(writer, record_id, None)

    async def add_participant(
        self, ctx: Context, where: Seat, data: ExerciseParticipantIn
    ) -> ExerciseParticipantKey:
        """A participant joining after the start (controllers only): its key, and a new version
        of the exercise naming it. A name already taken is 409."""
        where.require("controller")
        made: list[ExerciseParticipantKey] = []

        async def revise(current: Row) -> dict[str, Any]:
            participants = list(current["participants"])
            if any(p["name"] == data.name for p in participants):
                raise Conflict(f"The exercise has a participant named {data.name!r} already.")
            made.append(await _issue(ctx, current, data))
            key = made[0]
            return {
                "participants": [
                    *participants,
                    {"name": key.name, "role": key.role, "key_id": key.key_id},
                ]
            }

        async with ctx.conn.transaction():
            await self.records.update(_write(ctx), where.exercise["id"], None, revise)
        return made[0]

    async def move_clock(self, ctx: Context, exercise_id: str, data: ClockChange) -> Row:
        """A start, pause, resume or end: a new version of the exercise (none for a no-op)."""
        (await seat(ctx, exercise_id)).require("controller")
        now = _now()

        async def revise(current: Row) -> dict[str, Any]:
            return change(current, data, now)

        return await self.records.update(_write(ctx), exercise_id, None, revise)


def clock_read(
    where: Seat, row: Row | None = None, now: datetime | None = None
) -> ExerciseClockRead:
    """The clock of the exercise (``row``, default the seat's) at wall instant ``now``, as the
    caller seated at ``where`` reads it (its role and participant name)."""
    at = now or _now()
    row = where.exercise if row is None else row
    return ExerciseClockRead(
        exercise_id=row["id"],
        dataset=row["dataset"],
        state=row["clock_state"],
        game_time=game_time(Anchors.of(row), at),
        wall_time=at,
        speed=row["clock_speed"],
        started_at=row["clock_started_at"],
        ended_at=row["clock_ended_at"],
        anchor_wall=row["clock_wall"],
        anchor_game=row["clock_game"],
        version=row["version"],
        role=where.role,
        participant=where.name,
    )


class InjectService(VersionedService[InjectImport, InjectPatch, InjectFilters]):
    """The MSEL: add, move, withdraw, fire and release injects."""

    records = Records(repo.INJECTS, "inject")
    order = (("t.at", False), ("t.id", False))

    async def values(self, ctx: Context, data: InjectImport) -> dict[str, Any]:
        values = msgspec.structs.asdict(data)
        values["expected_actions"] = msgspec.to_builtins(data.expected_actions)
        return values

    def filter(self, query: ListQuery, filters: InjectFilters) -> None:
        repo.apply_inject_filters(query, filters)

    def resume(self, order: Any, after: list[Any]) -> list[Any]:
        if len(after) != 2 or not all(isinstance(a, str) for a in after):
            raise InvalidCursor("The cursor does not fit this list.")
        return [datetime.fromisoformat(after[0]), after[1]]

    async def add(self, ctx: Context, where: Seat, data: InjectCreate) -> Row:
        where.require("controller")
        exercise = where.exercise
        if data.at < exercise["start_known_by"]:
            raise Unprocessable(
                "An inject cannot come before the exercise starts.",
                errors=[FieldError("/at", f"before start_known_by {exercise['start_known_by']}")],
            )
        await _check_record(ctx, data.kind, data.record, exercise["dataset"], data.at)
        values = msgspec.structs.asdict(data)
        values["expected_actions"] = msgspec.to_builtins(data.expected_actions)
        values.update(
            id=new_id("inject"), dataset=exercise["control_dataset"], exercise_id=exercise["id"]
        )
        return await self.records.create(_write(ctx), values)

    async def one(
        self, ctx: Context, where: Seat, inject_id: str, as_of: datetime | None = None
    ) -> Row:
        """An inject of the exercise as the caller may see it (404 otherwise)."""
        row = await self.records.table.get(_write(ctx), inject_id, as_of)
        if row is None or row["exercise_id"] != where.exercise["id"] or not _shown(where, row):
            raise self.records.missing(inject_id)
        return row

    async def listed(
        self, ctx: Context, where: Seat, state: str | None, after: list[Any] | None, limit: int
    ) -> Page:
        filters = InjectFilters(
            exercise=where.exercise["id"],
            state=state,
            released_only=not where.control,
            to=None if where.control else where.name,
        )
        return await self.list(_write(ctx), filters, as_of=None, after=after, limit=limit)

    async def change(
        self, ctx: Context, where: Seat, inject_id: str, data: InjectPatch, expected: Expected
    ) -> Row:
        where.require("controller")
        await self.one(ctx, where, inject_id)
        exercise = where.exercise

        async def revise(current: Row) -> dict[str, Any]:
            changes = sent_fields(data)
            if current["state"] != "scheduled":
                raise Conflict(f"The inject is {current['state']}: it can no longer change.")
            if "expected_actions" in changes:
                changes["expected_actions"] = msgspec.to_builtins(changes["expected_actions"])
            at = changes.get("at", current["at"])
            if at < exercise["start_known_by"]:
                raise Unprocessable(
                    "An inject cannot come before the exercise starts.",
                    errors=[
                        FieldError("/at", f"before start_known_by {exercise['start_known_by']}")
                    ],
                )
            if "at" in changes:
                await _check_record(
                    ctx, current["kind"], current["record"], exercise["dataset"], at
                )
            return changes

        return await self.records.update(_write(ctx), inject_id, expected, revise)

    async def fire(self, ctx: Context, where: Seat, inject_id: str) -> Row:
        """Release a scheduled inject now, at the current game time."""
        where.require("controller")
        await self.one(ctx, where, inject_id)
        exercise = where.exercise
        if exercise["clock_state"] == "ended":
            raise Conflict("The exercise has ended.")
        now = _now()
        writer = _write(ctx)
        current = await self.records.locked(writer, inject_id, None)
        if current["state"] != "scheduled":
            raise Conflict(f"The inject is {current['state']}: it can be fired only once.")
        at = game_time(Anchors.of(exercise), now)
        try:
            return await release(writer, current, exercise, at, now)
        except (msgspec.ValidationError, WatchfloorError) as exc:
            raise _refused_record(exc) from None


def _shown(where: Seat, row: Row) -> bool:
    if where.control:
        return True
    if row["state"] != "released":
        return False
    if row["kind"] != "message":
        return True
    to = row["record"].get("to") or []
    return not to or where.name in to


def for_seat(where: Seat, row: Row) -> dict[str, Any]:
    """The inject's fields as the caller may read them: a player does not see what is expected
    of it, nor the capability tested."""
    fields = dict(row)
    if not where.control:
        fields.update(expected_actions=[], capability=None)
    return fields


def action_of(row: Row) -> ExerciseAction:
    """An action's row, rendered."""
    return repo.to_action(row)


def inject_for(where: Seat, row: Row) -> Inject:
    """The inject as the caller may read it (:func:`for_seat`)."""
    return mark(row, msgspec.convert(for_seat(where, row), Inject, strict=False))


async def release(ctx: Context, inject: Row, exercise: Row, at: datetime, now: datetime) -> Row:
    """Create the inject's record in the play dataset (known at game time ``at``) and mark the
    inject released: a new version of it, in the caller's transaction."""
    record_id = None
    if inject["kind"] != "message":
        play = exercise["dataset"]
        made = await _create_record(_in_play(ctx, play), inject["kind"], inject["record"], play, at)
        record_id = made["id"]
    return await repo.INJECTS.update(
        ctx,
        inject["id"],
        {
            "state": "released",
            "released_at": now,
            "released_game_time": at,
            "released_record_id": record_id,
        },
    )


class ActionService(
    VersionedService[ExerciseActionImport, ExerciseActionPatch, ExerciseActionFilters]
):
    """The actions log: what participants decided, asked and said."""

    records = Records(repo.ACTIONS, "exercise action")

    async def values(self, ctx: Context, data: ExerciseActionImport) -> dict[str, Any]:
        return {**msgspec.structs.asdict(data), **action_values(data)}

    def filter(self, query: ListQuery, filters: ExerciseActionFilters) -> None:
        repo.apply_action_filters(query, filters)

    async def log(self, ctx: Context, where: Seat, data: ExerciseActionCreate) -> Row:
        exercise = where.exercise
        check_action(where.role, exercise["clock_state"], data)
        if data.inject_id is not None:
            try:
                await InjectService().one(ctx, where, data.inject_id)
            except NotFound:
                raise Unprocessable(
                    "The action answers an inject the caller has not been given.",
                    errors=[FieldError("/inject_id", f"no released inject {data.inject_id}")],
                ) from None
        now = _now()
        return await self.records.create(
            _write(ctx),
            {
                "id": new_id("exercise_action"),
                "dataset": exercise["control_dataset"],
                "external_id": data.external_id,
                "exercise_id": exercise["id"],
                "participant": where.name,
                "role": where.role,
                "kind": data.kind,
                "text": data.text,
                "inject_id": data.inject_id,
                "game_time": game_time(Anchors.of(exercise), now),
                "wall_time": now,
                **action_values(data),
            },
        )

    async def one(
        self, ctx: Context, where: Seat, action_id: str, as_of: datetime | None = None
    ) -> Row:
        """An action of the exercise: any for controllers and evaluators, a player's own."""
        row = await self.records.table.get(_write(ctx), action_id, as_of)
        if (
            row is None
            or row["exercise_id"] != where.exercise["id"]
            or not (where.control or row["participant"] == where.name)
        ):
            raise self.records.missing(action_id)
        return row

    async def listed(self, ctx: Context, where: Seat, after: list[Any] | None, limit: int) -> Page:
        filters = ExerciseActionFilters(
            exercise=where.exercise["id"], participant=None if where.control else where.name
        )
        return await self.list(_write(ctx), filters, as_of=None, after=after, limit=limit)
