"""``/v1/plans``: the kit's operations, reads with ``known_by``, decisions and the agenda."""

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody, QueryParameter

from watchfloor.context import Context
from watchfloor.cursors import CursorCodec
from watchfloor.http import handlers
from watchfloor.http.headers import IdempotencyKey, IfNoneMatch
from watchfloor.http.idempotency import run_idempotent
from watchfloor.http.kit import Face, Words, routes, versions_of
from watchfloor.http.params import AsOf, Cursor, DatasetQuery, Limit, instant
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import json_response, single_response
from watchfloor.resources.alerts.routes import KnownBy
from watchfloor.resources.plans.render import to_plan, to_plan_at
from watchfloor.resources.plans.resource import PLAN
from watchfloor.resources.plans.schemas import (
    Decision,
    DecisionsDue,
    Plan,
    PlanAgenda,
    PlanFilters,
    PlanVersionList,
)
from watchfloor.resources.plans.service import PlanService, agenda_of, dataset_agenda
from watchfloor.wire import TEXT

__all__ = ("plan_filters", "router")

_SERVICE = PLAN.service
assert isinstance(_SERVICE, PlanService)
SERVICE: PlanService = _SERVICE

At = Annotated[
    str | None,
    QueryParameter(
        format="date-time",
        description="The instant asked about, e.g. `2017-09-05T00:00:00Z`; default now.",
    ),
]
AgendaKnownBy = Annotated[
    str | None,
    QueryParameter(
        format="date-time",
        description=(
            "Branch states as of this knowledge instant (what had been reported by then); "
            "default `at`."
        ),
    ),
]


def _render(known_by: datetime | None) -> Callable[[Any], Plan]:
    if known_by is None:
        return to_plan
    return lambda row: to_plan_at(row, known_by)


def plan_filters(
    dataset: DatasetQuery = "live",
    problem: Annotated[
        str | None,
        QueryParameter(
            description="Only plans for this warning problem.", pattern="^wpr_[0-9a-f]{32}$"
        ),
    ] = None,
    # `state` is a name the framework keeps for itself: the query parameter is renamed.
    branch_state: Annotated[
        Literal["dormant", "triggered", "decided", "executed", "stood_down"] | None,
        QueryParameter(
            name="state",
            description="Only plans with a branch in this state (at `known_by`, when given).",
        ),
    ] = None,
    signpost: Annotated[
        str | None,
        QueryParameter(
            description="Only plans with a trigger reading this signpost.",
            pattern="^sgp_[0-9a-f]{32}$",
        ),
    ] = None,
    tag: Annotated[
        str | None,
        QueryParameter(
            description="Only plans with this tag, e.g. `dprk`.",
            pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$",
        ),
    ] = None,
    name: Annotated[
        str | None,
        QueryParameter(
            description="Part of the name, case-insensitive.",
            min_length=1,
            max_length=300,
            pattern=TEXT,
        ),
    ] = None,
    owner: Annotated[
        str | None,
        QueryParameter(
            description="Only plans owned by this desk, or with a branch owned by this role or "
            "actor id (exact).",
            min_length=1,
            max_length=200,
            pattern=TEXT,
        ),
    ] = None,
    known_by: KnownBy = None,
) -> PlanFilters:
    return PlanFilters(
        dataset=dataset,
        problem=problem,
        state=branch_state,
        signpost=signpost,
        tag=tag,
        name=name,
        owner=owner,
        known_by=instant(known_by, "known_by"),
    )


@get(
    "/{plan_id:str}",
    operation_id="getPlan",
    summary="Get a plan",
    responses=problem_responses(400, 404),
)
async def get_plan(
    ctx: NamedDependency[Context],
    plan_id: FromPath[str],
    as_of: AsOf = None,
    known_by: KnownBy = None,
    if_none_match: IfNoneMatch = None,
) -> Response[Plan]:
    """One plan, as it is now or as recorded at `as_of`. Sends an `ETag`.

    With `known_by`, each branch as it stood at that knowledge instant: its steps by then and the
    state, trigger instant and decision they give (`?known_by=2017-09-04T00:00:00Z`)."""
    return await handlers.read_one(
        ctx,
        SERVICE.records,
        plan_id,
        instant(as_of, "as_of"),
        if_none_match,
        _render(instant(known_by, "known_by")),
    )


@get(
    "/{plan_id:str}/history",
    operation_id="listPlanVersions",
    summary="List a plan's versions",
    responses=problem_responses(400, 404),
)
async def list_plan_versions(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    cursor_codec: NamedDependency[CursorCodec],
    plan_id: FromPath[str],
    as_of: AsOf = None,
    known_by: KnownBy = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response[PlanVersionList]:  # type: ignore[valid-type]
    """Every recorded version, oldest first, each with its transaction-time range; with
    `known_by`, each version's branches as they stood at that knowledge instant."""
    render = _render(instant(known_by, "known_by"))
    return await handlers.history(
        request,
        ctx,
        cursor_codec,
        SERVICE.records,
        plan_id,
        as_of=instant(as_of, "as_of"),
        cursor=cursor,
        limit=limit,
        envelope=versions_of(dataclasses.replace(PLAN, render=render)),
    )


@post(
    "/{plan_id:str}/decisions",
    operation_id="decidePlanBranch",
    summary="Record a decision on a branch",
    status_code=200,
    responses=problem_responses(400, 404, 409, 413, 415, 422),
)
async def decide_plan_branch(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    plan_id: FromPath[str],
    data: JSONBody[Decision],
    idempotency_key: IdempotencyKey = None,
) -> Response[Plan]:
    """Record what the owner decided on a branch: `decided` (with the `option` chosen),
    `executed` (the option decided was carried out) or `stood_down` (the branch will not be
    acted on). A new version of the plan, stamped with the key's name and now; the worker then
    closes the branch's alert. Send an `Idempotency-Key` to make retries safe.

    A transition the branch's state does not allow is 409: a dormant branch cannot be decided
    (its trigger has not fired) or executed; only a decided branch can be executed; `executed`
    and `stood_down` are final. A branch or option the plan does not have is 422 with its
    pointer. Example: `{"branch": "nuclear-test", "state": "decided", "option": "evacuate",
    "note": "Seen at Punggye-ri."}`."""

    async def respond() -> Response[Any]:
        row = await SERVICE.decide(ctx, plan_id, data)
        return single_response(to_plan(row), row["version"])

    return await run_idempotent(ctx.conn, request, idempotency_key, ctx.who, respond)


def _instants(
    at: str | None, known_by: str | None, as_of: str | None
) -> tuple[datetime, datetime, datetime | None]:
    when = instant(at, "at") or datetime.now(UTC)
    return when, instant(known_by, "known_by") or when, instant(as_of, "as_of")


@get(
    "/{plan_id:str}/agenda",
    operation_id="getPlanAgenda",
    summary="Read a plan's agenda at an instant",
    responses=problem_responses(400, 404),
)
async def get_plan_agenda(
    ctx: NamedDependency[Context],
    plan_id: FromPath[str],
    at: At = None,
    known_by: AgendaKnownBy = None,
    as_of: AsOf = None,
) -> Response[PlanAgenda]:
    """Which decisions are due at `at`, and which options are already too late to prepare.

    Each branch with its state (as of `known_by`, default `at`), when it triggered, its decision
    deadline (`triggered_at` + `deadline_hours`), whether the decision is `due` (triggered, not
    decided, deadline not passed) or `overdue`, and per option `prepare_by` (the deadline less
    its lead time and that of the options it requires) and `too_late` (`at` past
    `prepare_by`). `as_of` reads the plan as recorded then. See `docs/planning.md`."""
    when, knowledge, recorded = _instants(at, known_by, as_of)
    row = await SERVICE.records.get(ctx, plan_id, recorded)
    body = PlanAgenda(
        plan_id=plan_id,
        at=when,
        known_by=knowledge,
        as_of=recorded,
        branches=agenda_of(row, when, knowledge),
    )
    response: Any = json_response(body)
    return response  # type: ignore[no-any-return]


@get(
    "/decisions-due",
    operation_id="listDecisionsDue",
    summary="List the decisions due at an instant",
    responses=problem_responses(400, 403),
)
async def list_decisions_due(
    ctx: NamedDependency[Context],
    dataset: DatasetQuery = "live",
    at: At = None,
    known_by: AgendaKnownBy = None,
    as_of: AsOf = None,
) -> Response[DecisionsDue]:
    """Every branch of the dataset's plans whose decision is due or overdue at `at` (states as
    of `known_by`, default `at`; plans as recorded at `as_of`), soonest deadline first, with
    its options' `prepare_by` and `too_late`. Reads at most 1000 plans."""
    ctx.require_dataset(dataset)
    when, knowledge, recorded = _instants(at, known_by, as_of)
    body = DecisionsDue(
        dataset=dataset,
        at=when,
        known_by=knowledge,
        as_of=recorded,
        data=await dataset_agenda(ctx, dataset, when, knowledge, recorded),
    )
    response: Any = json_response(body)
    return response  # type: ignore[no-any-return]


def _render_listed(filters: PlanFilters) -> Callable[[Any], Plan]:
    return _render(filters.known_by)


router = routes(
    PLAN,
    Face(
        tag="planning",
        filters=plan_filters,
        operations=("create", "list", "update", "delete"),
        render_listed=_render_listed,
        extra=[
            list_decisions_due,
            get_plan,
            list_plan_versions,
            decide_plan_branch,
            get_plan_agenda,
        ],
        words={
            "create": Words(
                "Create a plan",
                """A contingency plan for a warning problem: branches, each with a trigger (signposts
combined with `all`/`any`, or another branch), a decision owner (an actor or a role), a decision
deadline in hours after the trigger, the alert level it raises, and options with their lead
times and prerequisites. Every branch starts `dormant`; the worker fires it when its trigger
holds and raises an alert for its owner.

An unknown problem, signpost (or one of another dataset), branch key, owner actor or required
option, duplicate keys, a trigger nested deeper than five levels, or circular triggers are 422
with a pointer (`/branches/0/trigger/of/1/signpost_id`). See `docs/planning.md`.""",
            ),
            "list": Words(
                "List plans",
                "List plans, newest first. With `known_by`, each branch's state at that knowledge "
                "instant. Examples: `?state=triggered`, `?problem=wpr_…`, `?signpost=sgp_…`.",
            ),
            "update": Words(
                "Change a plan",
                "Change the fields sent. `branches` is replaced whole: a branch keeps its state "
                "by key; the worker re-evaluates the triggers.",
            ),
            "delete": Words(
                "Delete a plan",
                "Tombstone the plan: reads answer 404, history and the change feed keep it; the "
                "worker closes its open alerts.",
            ),
        },
    ),
)
