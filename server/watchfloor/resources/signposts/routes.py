"""``/v1/signposts``: the kit's operations, with a create that takes only what an analyst
writes, and reads (list, by id, history) that take ``known_by``."""

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, Literal

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody, QueryParameter

from watchfloor.context import Context
from watchfloor.cursors import CursorCodec
from watchfloor.http import handlers
from watchfloor.http.headers import IdempotencyKey, IfNoneMatch
from watchfloor.http.kit import Face, Words, routes, versions_of
from watchfloor.http.params import AsOf, Cursor, DatasetQuery, Limit, instant
from watchfloor.http.problems import problem_responses
from watchfloor.resources.signposts.render import to_signpost, to_signpost_at
from watchfloor.resources.signposts.resource import SIGNPOST
from watchfloor.resources.signposts.schemas import (
    Signpost,
    SignpostCreate,
    SignpostFilters,
    SignpostVersionList,
)
from watchfloor.versioned import Resource
from watchfloor.wire import TEXT

__all__ = (
    "create_signpost",
    "get_signpost",
    "list_signpost_versions",
    "router",
    "signpost_filters",
)

KnownBy = Annotated[
    str | None,
    QueryParameter(
        format="date-time",
        description=(
            "Read each signpost as it stood at this knowledge instant: its status, "
            "explanation, value and evidence then, and its steps up to then, e.g. "
            "`2017-09-01T00:00:00Z`; combines with `as_of`. See `docs/planning.md`."
        ),
    ),
]


def _by(pattern: str, what: str) -> Any:
    return Annotated[
        str | None, QueryParameter(description=f"Only signposts {what}.", pattern=pattern)
    ]


def signpost_filters(
    dataset: DatasetQuery = "live",
    scenario: _by("^scn_[0-9a-f]{32}$", "of this scenario") = None,  # type: ignore[valid-type]
    status: Annotated[
        Literal["not_seen", "emerging", "seen"] | None,
        QueryParameter(description="Only signposts with this status (at `known_by`, when given)."),
    ] = None,
    kind: Annotated[
        Literal["alert", "indicator", "question", "forecast", "events", "statements"] | None,
        QueryParameter(description="Only signposts whose condition is of this kind."),
    ] = None,
    problem: _by("^wpr_[0-9a-f]{32}$", "watching this warning problem's alerts") = None,  # type: ignore[valid-type]
    indicator: _by("^ind_[0-9a-f]{32}$", "watching this indicator") = None,  # type: ignore[valid-type]
    question: _by("^qst_[0-9a-f]{32}$", "watching this question or its forecasts") = None,  # type: ignore[valid-type]
    tag: _by("^[a-z0-9][a-z0-9:_.-]{0,63}$", "with this tag") = None,  # type: ignore[valid-type]
    name: Annotated[
        str | None,
        QueryParameter(
            description="Part of the name, case-insensitive.",
            min_length=1,
            max_length=300,
            pattern=TEXT,
        ),
    ] = None,
    known_by: KnownBy = None,
) -> SignpostFilters:
    return SignpostFilters(
        dataset=dataset,
        scenario=scenario,
        status=status,
        kind=kind,
        problem=problem,
        indicator=indicator,
        question=question,
        tag=tag,
        name=name,
        known_by=instant(known_by, "known_by"),
    )


def _render_at(known_by: datetime | None) -> Callable[[Any], Any]:
    if known_by is None:
        return to_signpost
    return lambda row: to_signpost_at(row, known_by)


def _render_listed(filters: SignpostFilters) -> Callable[[Any], Any]:
    return _render_at(filters.known_by)


@post(
    "/",
    operation_id="createSignpost",
    summary="Create a signpost",
    status_code=201,
    responses=problem_responses(400, 409, 413, 415, 422),
)
async def create_signpost(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    data: JSONBody[SignpostCreate],
    idempotency_key: IdempotencyKey = None,
) -> Response[Signpost]:
    """What to watch for (`condition`, tagged by `kind`), named, tied to scenarios; the worker
    lights it. Send an `Idempotency-Key` to make retries safe.

    A condition naming an unknown (or another dataset's) scenario, warning problem or rule,
    indicator or question, a forecast on a question that is not binary, a window that is not
    exactly `days` or `start`…`end`, or an `emerging` threshold on the far side is 422 with a
    pointer; see `docs/planning.md`. The status fields start at `not_seen` until the worker
    evaluates it."""
    return await handlers.create(
        request, ctx, idempotency_key, lambda: SIGNPOST.service.create(ctx, data), to_signpost
    )


@get(
    "/{signpost_id:str}",
    operation_id="getSignpost",
    summary="Get a signpost",
    responses=problem_responses(400, 404),
)
async def get_signpost(
    ctx: NamedDependency[Context],
    signpost_id: FromPath[str],
    as_of: AsOf = None,
    known_by: KnownBy = None,
    if_none_match: IfNoneMatch = None,
) -> Response[Signpost]:
    """One signpost, as it is now or as recorded at `as_of`. Sends an `ETag`.

    With `known_by`, as it stood at that knowledge instant (its steps up to then)."""
    return await handlers.read_one(
        ctx,
        SIGNPOST.service.records,
        signpost_id,
        instant(as_of, "as_of"),
        if_none_match,
        _render_at(instant(known_by, "known_by")),
    )


def _versions_at(resource: Resource, known_by: datetime | None) -> Any:
    if known_by is None:
        return versions_of(resource)
    at = known_by
    return versions_of(
        Resource(**{**resource.__dict__, "render": lambda row: to_signpost_at(row, at)})
    )


@get(
    "/{signpost_id:str}/history",
    operation_id="listSignpostVersions",
    summary="List a signpost's versions",
    responses=problem_responses(400, 404),
)
async def list_signpost_versions(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    cursor_codec: NamedDependency[CursorCodec],
    signpost_id: FromPath[str],
    as_of: AsOf = None,
    known_by: KnownBy = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response[SignpostVersionList]:  # type: ignore[valid-type]
    """Every recorded version, oldest first, each with its transaction-time range.

    With `known_by`, each version as it stood at that knowledge instant."""
    return await handlers.history(
        request,
        ctx,
        cursor_codec,
        SIGNPOST.service.records,
        signpost_id,
        as_of=instant(as_of, "as_of"),
        cursor=cursor,
        limit=limit,
        envelope=_versions_at(SIGNPOST, instant(known_by, "known_by")),
    )


router = routes(
    SIGNPOST,
    Face(
        tag="planning",
        filters=signpost_filters,
        operations=("list", "update", "delete"),
        extra=[create_signpost, get_signpost, list_signpost_versions],
        render_listed=_render_listed,
        words={
            "list": Words(
                "List signposts",
                """Signposts, newest first: each an observable condition with the status the worker
computed from the data (`not_seen`, `emerging`, `seen`), its evidence and when it changed.

With `known_by`, each as it stood at that knowledge instant: the status, explanation, value and
evidence of its last step by then, and `status` filters on that
(`?known_by=2017-09-01T00:00:00Z&status=seen`). Examples: `?scenario=scn_…`, `?kind=alert`,
`?problem=wpr_…`, `?status=emerging`.""",
            ),
            "update": Words(
                "Change a signpost",
                """Change the fields sent; `null` clears one. A changed `condition` (replaced whole)
resets the computed status to `not_seen` in the same version and the worker evaluates it anew.
With `If-Match`, only if still at that version.""",
            ),
        },
    ),
)
