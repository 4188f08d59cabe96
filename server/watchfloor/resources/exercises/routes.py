"""``/v1/exercises``: open an exercise, read it, run its clock, its MSEL and its actions log."""

from typing import Annotated, Any

from litestar import Request, Response, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody, QueryParameter

from watchfloor.context import Context
from watchfloor.cursors import CursorCodec
from watchfloor.errors import BadRequest, FieldError
from watchfloor.http import handlers
from watchfloor.http.headers import IdempotencyKey, IfMatch
from watchfloor.http.idempotency import run_idempotent
from watchfloor.http.kit import Face, Words, page_of, routes, versions_of
from watchfloor.http.params import AsOf, Cursor, Limit, instant
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import expected_versions, json_response, single_response
from watchfloor.resources.exercises.aar.routes import get_exercise_report
from watchfloor.resources.exercises.replay.service import open_exercise
from watchfloor.resources.exercises.resource import EXERCISE, EXERCISE_ACTION, INJECT
from watchfloor.resources.exercises.schemas import (
    ClockChange,
    ExerciseAction,
    ExerciseActionCreate,
    ExerciseActionFilters,
    ExerciseActionList,
    ExerciseClockRead,
    ExerciseCreate,
    ExerciseFilters,
    ExerciseParticipantIn,
    ExerciseParticipantKey,
    ExerciseWithKeys,
    Inject,
    InjectCreate,
    InjectFilters,
    InjectList,
    InjectPatch,
    InjectVersionList,
)
from watchfloor.resources.exercises.service import (
    ActionService,
    ExerciseService,
    InjectService,
    action_of,
    clock_read,
    inject_for,
    seat,
)

__all__ = ("router",)

_exercises: ExerciseService = EXERCISE.service  # type: ignore[assignment]
_injects: InjectService = INJECT.service  # type: ignore[assignment]
_actions: ActionService = EXERCISE_ACTION.service  # type: ignore[assignment]

ExerciseDatasetQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only the exercise played in this dataset; default: every exercise of the "
        "datasets the key holds.",
        pattern="^[a-z0-9][a-z0-9_-]{0,62}$",
    ),
]
ClockStateQuery = Annotated[
    str | None,
    QueryParameter(
        name="state",
        description="Only exercises whose clock is in this state.",
        pattern="^(not_started|running|paused|ended)$",
    ),
]
InjectStateQuery = Annotated[
    str | None,
    QueryParameter(
        name="state",
        description="Only injects in this state.",
        pattern="^(scheduled|released|withdrawn)$",
    ),
]
ExerciseIdPath = FromPath[str]


async def _instants(request: Request[Any, Any, Any], *names: str) -> None:
    """400 for an instant the framework's lenient conversion would take from a number
    (``"at": 0``): an instant is an RFC 3339 string."""
    body = await request.json()
    if not isinstance(body, dict):
        return
    wrong = [n for n in names if body.get(n) is not None and not isinstance(body[n], str)]
    if wrong:
        raise BadRequest(
            f"The request is not valid: /{wrong[0]}: an RFC 3339 timestamp is a string.",
            errors=[FieldError(f"/{n}", "Expected `datetime`, a string") for n in wrong],
        )


async def _truth_types(request: Request[Any, Any, Any]) -> None:
    """400 for a scripted truth whose ``outcome`` is not a boolean or whose ``value`` is not a
    number (the framework's lenient conversion would take ``0`` or ``"true"`` for a boolean and
    ``"1"`` for a number): the answer key is taken as written or not at all."""
    body = await request.json()
    truth = body.get("truth") if isinstance(body, dict) else None
    if not isinstance(truth, list):
        return
    errors = []
    for i, entry in enumerate(truth):
        if not isinstance(entry, dict):
            continue
        outcome, value = entry.get("outcome"), entry.get("value")
        if outcome is not None and not isinstance(outcome, bool):
            errors.append(FieldError(f"/truth/{i}/outcome", "Expected `bool | null`"))
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            errors.append(FieldError(f"/truth/{i}/value", "Expected `number | null`"))
    if errors:
        raise BadRequest(
            f"The request is not valid: {errors[0].pointer}: {errors[0].detail}.", errors=errors
        )


def exercise_filters(
    dataset: ExerciseDatasetQuery = None,
    # `state` is a name the framework keeps for itself: the query parameter is renamed.
    clock_state: ClockStateQuery = None,
) -> ExerciseFilters:
    return ExerciseFilters(dataset=dataset, state=clock_state)


@post(
    "/",
    operation_id="createExercise",
    summary="Open an exercise",
    status_code=201,
    responses=problem_responses(400, 403, 409, 413, 415, 422),
    opt={"scope": "admin"},
)
async def create_exercise(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    data: JSONBody[ExerciseCreate],
    idempotency_key: IdempotencyKey = None,
) -> Response[ExerciseWithKeys]:
    """Open an exercise (admin scope): its play and control datasets (kind `exercise`) are
    created and granted to the caller, the starting world is copied from `source_dataset` as
    known by `start_known_by` (events and statements reported by then, observations published
    by then, actors, sources, facilities, weapons, indicators and warning problems; the source
    is only read), and each participant gets an API key scoped to the exercise only: the play
    dataset, and the control dataset (the MSEL) for controllers and evaluators. The keys'
    secrets are in this answer only. With `replay`, the MSEL is generated from history: every
    event, statement and observation the source came to know after `start_known_by` (by
    `until`) becomes an inject at its knowledge time, as first known, its references pointing
    at the play dataset's copies; `replay_report` counts them and lists each record left out,
    with why. See `docs/exercises.md`."""
    await _instants(request, "start_known_by")
    await _truth_types(request)

    async def respond() -> Response[Any]:
        made = await open_exercise(ctx, data)
        return json_response(
            made,
            status=201,
            headers={"Location": f"/v1/exercises/{made.id}", "Cache-Control": "no-store"},
        )

    return await run_idempotent(ctx.conn, request, idempotency_key, ctx.who, respond)


@post(
    "/{exercise_id:str}/participants",
    operation_id="addExerciseParticipant",
    summary="Add a participant to an exercise",
    status_code=201,
    responses=problem_responses(400, 403, 404, 409, 413, 415, 422),
)
async def add_exercise_participant(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    exercise_id: ExerciseIdPath,
    data: JSONBody[ExerciseParticipantIn],
    idempotency_key: IdempotencyKey = None,
) -> Response[ExerciseParticipantKey]:
    """Controllers only: a participant joining later gets its key (the secret is in this
    answer only, or its replay under the same `Idempotency-Key`), scoped to the exercise as at
    the creation; the exercise gets a new version naming it. A name taken is 409."""
    where = await seat(ctx, exercise_id)

    async def respond() -> Response[Any]:
        key = await _exercises.add_participant(ctx, where, data)
        return json_response(key, status=201, headers={"Cache-Control": "no-store"})

    return await run_idempotent(ctx.conn, request, idempotency_key, ctx.who, respond)


@get(
    "/{exercise_id:str}/clock",
    operation_id="getExerciseClock",
    summary="Read an exercise's clock",
    responses=problem_responses(400, 404),
)
async def get_exercise_clock(
    ctx: NamedDependency[Context], exercise_id: ExerciseIdPath
) -> Response[ExerciseClockRead]:
    """The game time now, the clock's state, speed and anchors, and the caller's `role` and
    `participant` name in the exercise. Game time is
    `anchor_game + (wall_time − anchor_wall) × speed` while running, `anchor_game` otherwise."""
    where = await seat(ctx, exercise_id)
    return json_response(clock_read(where))


@post(
    "/{exercise_id:str}/clock",
    operation_id="changeExerciseClock",
    summary="Start, pause, resume or end an exercise's clock",
    status_code=200,
    responses=problem_responses(400, 403, 404, 409, 413, 415, 422),
)
async def change_exercise_clock(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    exercise_id: ExerciseIdPath,
    data: JSONBody[ClockChange],
) -> Response[ExerciseClockRead]:
    """Controllers only. Each change is a new version of the exercise; one that changes nothing
    (pausing a paused clock) answers 200 with the clock as it is. A start takes `game_time`
    (default `start_known_by`, not before it) and `speed`; a resume may change the speed.
    A change the state does not allow (resuming an ended exercise) is 409."""
    await _instants(request, "game_time")
    where = await seat(ctx, exercise_id)
    row = await _exercises.move_clock(ctx, exercise_id, data)
    return json_response(clock_read(where, row))


@get(
    "/{exercise_id:str}/injects",
    operation_id="listInjects",
    summary="List an exercise's injects (the MSEL)",
    responses=problem_responses(400, 404),
)
async def list_injects(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    cursor_codec: NamedDependency[CursorCodec],
    exercise_id: ExerciseIdPath,
    inject_state: InjectStateQuery = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response[InjectList]:  # type: ignore[valid-type]
    """The MSEL by game time. Controllers and evaluators see every inject; a player sees only
    released ones (of messages, those sent to it or to every player), without their expected
    actions and capability."""
    where = await seat(ctx, exercise_id)
    state = inject_state
    filters = InjectFilters(exercise=exercise_id, state=state, released_only=not where.control)
    envelope = page_of(INJECT, lambda row: inject_for(where, row))

    async def fetch(c: Context, after: list[Any] | None) -> Any:
        return await _injects.listed(c, where, state, after, limit)

    return await handlers.listing(
        request, ctx, cursor_codec, filters, as_of=None, cursor=cursor, fetch=fetch,
        envelope=envelope,
    )  # fmt: skip


@post(
    "/{exercise_id:str}/injects",
    operation_id="createInject",
    summary="Add an inject to the MSEL",
    status_code=201,
    responses=problem_responses(400, 403, 404, 409, 413, 415, 422),
)
async def create_inject(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    exercise_id: ExerciseIdPath,
    data: JSONBody[InjectCreate],
    idempotency_key: IdempotencyKey = None,
) -> Response[Inject]:
    """Controllers only. `record` is checked as the real create of its kind checks it (an
    event's, a statement's, an observation's with `indicator_id`), released at `at`: a refusal
    is 422 with its pointer under `/record` (e.g. `/record/occurred/start`). An inject before
    the exercise's `start_known_by` is 422 `/at`. The worker releases it when the game time
    reaches `at`."""
    await _instants(request, "at")
    where = await seat(ctx, exercise_id)
    return await handlers.create(
        request, ctx, idempotency_key, lambda: _injects.add(ctx, where, data), INJECT.render
    )


@get(
    "/{exercise_id:str}/injects/{inject_id:str}",
    operation_id="getInject",
    summary="Get an inject",
    responses=problem_responses(400, 404),
)
async def get_inject(
    ctx: NamedDependency[Context],
    exercise_id: ExerciseIdPath,
    inject_id: FromPath[str],
    as_of: AsOf = None,
) -> Response[Inject]:
    """One inject, now or as recorded at `as_of`; for a player, 404 unless released to it."""
    at = instant(as_of, "as_of")
    where = await seat(ctx, exercise_id)
    row = await _injects.one(ctx, where, inject_id, at)
    return single_response(inject_for(where, row), row["version"])


@get(
    "/{exercise_id:str}/injects/{inject_id:str}/history",
    operation_id="listInjectVersions",
    summary="List an inject's versions",
    responses=problem_responses(400, 404),
)
async def list_inject_versions(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    cursor_codec: NamedDependency[CursorCodec],
    exercise_id: ExerciseIdPath,
    inject_id: FromPath[str],
    as_of: AsOf = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response[InjectVersionList]:  # type: ignore[valid-type]
    """Every version of an inject, oldest first (moves, rewordings, its release or withdrawal).
    Controllers and evaluators (the control dataset's); 404 for a player."""
    at = instant(as_of, "as_of")
    where = await seat(ctx, exercise_id)
    await _injects.one(ctx, where, inject_id)
    if not where.control:
        # Its versions hold what a player never sees (the script before the release).
        raise INJECT.service.records.missing(inject_id)
    return await handlers.history(
        request, ctx, cursor_codec, INJECT.service.records, inject_id,
        as_of=at, cursor=cursor, limit=limit,
        envelope=versions_of(INJECT),
    )  # fmt: skip


@patch(
    "/{exercise_id:str}/injects/{inject_id:str}",
    operation_id="updateInject",
    summary="Move, change or withdraw an inject",
    responses=problem_responses(400, 403, 404, 409, 412, 413, 415, 422),
)
async def update_inject(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    exercise_id: ExerciseIdPath,
    inject_id: FromPath[str],
    data: JSONBody[InjectPatch],
    if_match: IfMatch = None,
    idempotency_key: IdempotencyKey = None,
) -> Response[Inject]:
    """Controllers only, while the inject is scheduled (409 after): move it (`at`, checked
    again), reword it, or withdraw it (`state: withdrawn`). Each change is a new version."""
    await _instants(request, "at")
    where = await seat(ctx, exercise_id)

    async def respond() -> Response[Any]:
        row = await _injects.change(ctx, where, inject_id, data, expected_versions(if_match))
        return single_response(INJECT.render(row), row["version"])

    return await run_idempotent(ctx.conn, request, idempotency_key, ctx.who, respond)


@post(
    "/{exercise_id:str}/injects/{inject_id:str}/fire",
    operation_id="fireInject",
    summary="Release an inject now",
    status_code=200,
    responses=problem_responses(400, 403, 404, 409, 422),
)
async def fire_inject(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    exercise_id: ExerciseIdPath,
    inject_id: FromPath[str],
    idempotency_key: IdempotencyKey = None,
) -> Response[Inject]:
    """Controllers only: release a scheduled inject at once, at the current game time (its
    record's knowledge time). A released or withdrawn inject is 409."""
    where = await seat(ctx, exercise_id)

    async def respond() -> Response[Any]:
        row = await _injects.fire(ctx, where, inject_id)
        return single_response(INJECT.render(row), row["version"])

    return await run_idempotent(ctx.conn, request, idempotency_key, ctx.who, respond)


@post(
    "/{exercise_id:str}/actions",
    operation_id="createExerciseAction",
    summary="Log a decision, request for information or message",
    status_code=201,
    responses=problem_responses(400, 403, 404, 409, 413, 415, 422),
)
async def create_exercise_action(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    exercise_id: ExerciseIdPath,
    data: JSONBody[ExerciseActionCreate],
    idempotency_key: IdempotencyKey = None,
) -> Response[ExerciseAction]:
    """Any participant, while the exercise is in play (409 before the start and after the
    end): stamped with the game time and wall time and the participant. `inject_id`, if given,
    names an inject the caller has been given (422 otherwise). Controllers and evaluators also
    log the after-action report's `observation`s (`assessment`, `capability`, `analysis`) and
    `improvement`s (`capability`, `improvement`: the Improvement Plan row), after the end too;
    a player's is 403."""
    where = await seat(ctx, exercise_id)
    return await handlers.create(
        request, ctx, idempotency_key, lambda: _actions.log(ctx, where, data),
        EXERCISE_ACTION.render,
    )  # fmt: skip


@get(
    "/{exercise_id:str}/actions/{exercise_action_id:str}",
    operation_id="getExerciseAction",
    summary="Get an exercise action",
    responses=problem_responses(400, 404),
)
async def get_exercise_action(
    ctx: NamedDependency[Context],
    exercise_id: ExerciseIdPath,
    exercise_action_id: FromPath[str],
    as_of: AsOf = None,
) -> Response[ExerciseAction]:
    """One action, now or as recorded at `as_of`: a player reads only its own (404 else)."""
    at = instant(as_of, "as_of")
    where = await seat(ctx, exercise_id)
    row = await _actions.one(ctx, where, exercise_action_id, at)
    return single_response(action_of(row), row["version"])


@get(
    "/{exercise_id:str}/actions",
    operation_id="listExerciseActions",
    summary="List an exercise's actions",
    responses=problem_responses(400, 404),
)
async def list_exercise_actions(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    cursor_codec: NamedDependency[CursorCodec],
    exercise_id: ExerciseIdPath,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response[ExerciseActionList]:  # type: ignore[valid-type]
    """Newest first. Controllers and evaluators see every participant's; a player its own."""
    where = await seat(ctx, exercise_id)
    filters = ExerciseActionFilters(
        exercise=exercise_id, participant=None if where.control else where.name
    )

    async def fetch(c: Context, after: list[Any] | None) -> Any:
        return await _actions.listed(c, where, after, limit)

    return await handlers.listing(
        request, ctx, cursor_codec, filters, as_of=None, cursor=cursor, fetch=fetch,
        envelope=page_of(EXERCISE_ACTION),
    )  # fmt: skip


router = routes(
    EXERCISE,
    Face(
        tag="train",
        filters=exercise_filters,
        plural="Exercises",
        article="an",
        operations=("list", "get", "update", "delete", "history"),
        words={
            "list": Words(
                "List exercises",
                "The exercises of the datasets the key holds (a participant: its own), newest "
                "first.",
            ),
            "delete": Words(
                "Close an exercise",
                "Controllers only: revoke the participants' keys and tombstone every record of "
                "the exercise's play and control datasets, the exercise last. Each is a new "
                "version: history, the change feed and `as_of` reads keep the whole exercise.",
            ),
            "update": Words(
                "Rename an exercise",
                "Controllers only: change the name, description or external id. The clock "
                "changes through `POST /v1/exercises/{exercise_id}/clock`.",
            ),
        },
        extra=[
            create_exercise,
            add_exercise_participant,
            get_exercise_clock,
            change_exercise_clock,
            list_injects,
            create_inject,
            get_inject,
            list_inject_versions,
            update_inject,
            fire_inject,
            create_exercise_action,
            get_exercise_action,
            list_exercise_actions,
            get_exercise_report,
        ],
    ),
)


async def _strict_truth_on_change(request: Request[Any, Any, Any]) -> None:
    """The resource kit's `PATCH /v1/exercises/{id}` holds the truth to its types too
    (:func:`_truth_types`): run before the body is converted, for that operation alone."""
    if request.method == "PATCH" and request.url.path.rstrip("/").count("/") == 3:
        await _truth_types(request)


# The kit builds the change operation; a hook of the exercises' router checks its body first.
router.before_request = _strict_truth_on_change
