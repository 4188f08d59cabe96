"""``/v1/statements``: the kit's operations, with the list's filters (``params.py``)."""

from typing import Any

from litestar import Request, Response, get
from litestar.di import NamedDependency
from litestar.params import FromPath

from watchfloor.context import Context
from watchfloor.cursors import CursorCodec
from watchfloor.http import known_by as knowledge
from watchfloor.http.headers import IfNoneMatch
from watchfloor.http.kit import Face, Words, routes, versions_of
from watchfloor.http.params import AsOf, Cursor, DatasetQuery, KnownByQuery, Limit, day, instant
from watchfloor.http.problems import problem_responses
from watchfloor.persistence.versioncache import remembered_read
from watchfloor.resources.statements.params import (
    ActorQuery,
    ChannelQuery,
    ContradictsQuery,
    IncludeRetractedQuery,
    LanguageQuery,
    MinGradeQuery,
    SaidFromQuery,
    SaidToQuery,
    SearchQuery,
    StanceQuery,
    StatusQuery,
    SupportsQuery,
    TargetQuery,
    TopicQuery,
)
from watchfloor.resources.statements.resource import STATEMENT
from watchfloor.resources.statements.schemas import (
    Statement,
    StatementFilters,
    StatementVersionList,
)

__all__ = ("get_statement", "list_statement_versions", "router", "statement_filters")


def statement_filters(
    dataset: DatasetQuery = "live",
    q: SearchQuery = None,
    speaker: ActorQuery = None,
    target: TargetQuery = None,
    stance: StanceQuery = None,
    topic: TopicQuery = None,
    channel: ChannelQuery = None,
    language: LanguageQuery = None,
    said_from: SaidFromQuery = None,
    said_to: SaidToQuery = None,
    supports: SupportsQuery = None,
    contradicts: ContradictsQuery = None,
    status: StatusQuery = None,
    min_grade: MinGradeQuery = None,
    include_retracted: IncludeRetractedQuery = False,
    known_by: KnownByQuery = None,
) -> StatementFilters:
    return StatementFilters(
        dataset=dataset,
        speaker=speaker,
        target=target,
        stance=stance,
        topic=topic,
        channel=channel,
        language=language,
        said_from=day(said_from, "said_from"),
        said_to=day(said_to, "said_to"),
        supports=supports,
        contradicts=contradicts,
        status=status,
        min_grade=min_grade,
        include_retracted=include_retracted,
        q=q,
        known_by=instant(known_by, "known_by"),
    )


@get(
    "/{statement_id:str}",
    operation_id="getStatement",
    summary="Get a statement",
    responses=problem_responses(400, 404),
    opt=remembered_read(STATEMENT.service.records.table.name, "statement_id"),
)
async def get_statement(
    ctx: NamedDependency[Context],
    statement_id: FromPath[str],
    as_of: AsOf = None,
    known_by: KnownByQuery = None,
    if_none_match: IfNoneMatch = None,
) -> Response[Statement]:
    """One statement (retracted ones too), now or as recorded at `as_of`. Sends an `ETag`.

    With `known_by`, 404 unless it had been reported by then (`reported_at`)."""
    return await knowledge.read_one(
        ctx,
        STATEMENT.service.records,
        statement_id,
        as_of=instant(as_of, "as_of"),
        known_by=instant(known_by, "known_by"),
        if_none_match=if_none_match,
        render=STATEMENT.render,
    )


_versions = versions_of(STATEMENT)


@get(
    "/{statement_id:str}/history",
    operation_id="listStatementVersions",
    summary="List a statement's versions",
    responses=problem_responses(400, 404),
)
async def list_statement_versions(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    cursor_codec: NamedDependency[CursorCodec],
    statement_id: FromPath[str],
    as_of: AsOf = None,
    known_by: KnownByQuery = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response[StatementVersionList]:  # type: ignore[valid-type]
    """Every recorded version, oldest first, each with its transaction-time range.

    With `as_of`, those recorded by then; with `known_by`, those reported by then
    (`reported_at`), 404 if none was."""
    return await knowledge.history(
        request,
        ctx,
        cursor_codec,
        STATEMENT.service.records,
        statement_id,
        as_of=instant(as_of, "as_of"),
        known_by=instant(known_by, "known_by"),
        cursor=cursor,
        limit=limit,
        envelope=_versions,
    )


router = routes(
    STATEMENT,
    Face(
        tag="statements",
        filters=statement_filters,
        # Reads by id take `known_by` (knowledge time) beside `as_of`: the handlers above.
        operations=("create", "list", "update", "delete"),
        extra=[get_statement, list_statement_versions],
        words={
            "create": Words(
                "Create a statement",
                """Record what an actor said, verbatim, citing at least one source.

The speaker and target must be actors, `supports`/`contradicts` existing events.
The grade is the best citation's. Send an `Idempotency-Key` to make retries safe.""",
            ),
            "list": Words(
                "List statements",
                """List statements, latest said first; with `q`, best match first.

`said_from` and `said_to` bound the day it was said (both inclusive). Retracted
statements are left out unless `include_retracted=true` or `status=retracted`.
Examples: `?q=hostile policy&speaker=act_…`, `?stance=threatening&target=act_…`,
`?topic=sanctions&said_from=2024-01-01&said_to=2024-12-31`, `?supports=evt_…`,
`?known_by=2018-01-01T00:00:00Z` (what had been reported by then).""",
            ),
            "update": Words(
                "Change a statement",
                """Change the fields sent; `null` clears one. With `If-Match`, only if still at that version.

Status moves follow the lifecycle (`reported → preliminary → confirmed`, any →
`disputed` or `retracted`; retracted is final). Disputing or retracting needs a
`status_reason`; a merge retracts with `superseded_by` naming the surviving statement.""",
            ),
            "delete": Words(
                "Delete a statement",
                """Tombstone the statement: reads answer 404, history and the change feed keep it.

To withdraw a statement that was wrongly reported, retract it instead (PATCH
`status=retracted`): it then stays readable with its reason.""",
            ),
        },
    ),
)
