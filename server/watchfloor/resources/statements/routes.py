"""``/v1/statements``: the kit's operations, with the list's filters (``params.py``)."""

from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.params import DatasetQuery, day
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
from watchfloor.resources.statements.schemas import StatementFilters

__all__ = ("router", "statement_filters")


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
    )


router = routes(
    STATEMENT,
    Face(
        tag="statements",
        filters=statement_filters,
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
`?topic=sanctions&said_from=2024-01-01&said_to=2024-12-31`, `?supports=evt_…`.""",
            ),
            "get": Words(
                "Get a statement",
                "One statement (retracted ones too), now or as recorded at `as_of`. "
                "Sends an `ETag`.",
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
