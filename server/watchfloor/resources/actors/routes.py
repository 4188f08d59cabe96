"""``/v1/actors``: the kit's operations, with the list's filters; merge and likely duplicates."""

from typing import Annotated, Any

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody, QueryParameter

from watchfloor.access.tags import write_transaction
from watchfloor.context import Context
from watchfloor.cursors import CursorCodec
from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.listing import Listing
from watchfloor.http.params import Cursor, DatasetQuery, Limit
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import page_response, single_response
from watchfloor.persistence.store import Page
from watchfloor.resources.actors.merge import duplicates, merge_actors
from watchfloor.resources.actors.resource import ACTOR
from watchfloor.resources.actors.schemas import (
    ActorDuplicateFilters,
    ActorDuplicateList,
    ActorFilters,
    ActorKind,
    ActorMerge,
    ActorMerged,
)
from watchfloor.wire import TEXT

__all__ = ("actor_filters", "router")

KindQuery = Annotated[ActorKind | None, QueryParameter(description="Only actors of this kind.")]
CountryQuery = Annotated[
    str | None,
    QueryParameter(description="ISO 3166-1 alpha-3 country, e.g. `PRK`.", pattern="^[A-Z]{3}$"),
]
NameQuery = Annotated[
    str | None,
    QueryParameter(
        description="Name or any alias, case-insensitive: `Kim Jong-un` and `김정은` find the same actor.",
        min_length=1,
        max_length=300,
        pattern=TEXT,
    ),
]
MemberOfQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only members of this organisation or bloc (an actor id).",
        pattern="^act_[0-9a-f]{32}$",
    ),
]
IdsQuery = Annotated[
    list[str] | None,
    QueryParameter(
        description="Batch read: up to 100 actor ids (repeat the parameter).", max_items=100
    ),
]


def actor_filters(
    dataset: DatasetQuery = "live",
    kind: KindQuery = None,
    country: CountryQuery = None,
    name: NameQuery = None,
    member_of: MemberOfQuery = None,
    ids: IdsQuery = None,
) -> ActorFilters:
    return ActorFilters(
        dataset=dataset, kind=kind, country=country, name=name, member_of=member_of, ids=ids
    )


@post(
    "/{actor_id:str}/merge",
    operation_id="mergeActor",
    summary="Merge an actor into another",
    status_code=200,
    responses=problem_responses(400, 404, 409, 413, 422),
    opt={"scope": "admin"},
)
async def merge_actor(
    ctx: NamedDependency[Context], actor_id: FromPath[str], data: JSONBody[ActorMerge]
) -> Response[ActorMerged]:
    """Merge this actor into `into`: the same real actor, recorded twice. Needs `admin`.

    Every live record of the dataset that pointed at this actor (events' actors and recipients,
    statements' speaker and target, indicators' actors, memberships) gets a new version
    pointing at `into`. This actor stays readable by id, with its history, and answers with
    `superseded_by`: `into`; lists leave it out. `into` takes its names as aliases, its
    external ids in `known_as` (later imports of either id find `into`) and any field it
    lacked. 409 if either was merged away already.
    """
    async with write_transaction(ctx):
        result = await merge_actors(ctx, actor_id, data.into)
    return single_response(result, result.actor.version)


@get(
    "/duplicates",
    operation_id="listActorDuplicates",
    summary="List likely duplicate actors",
    responses=problem_responses(400, 403),
    opt={"scope": "write"},
)
async def list_actor_duplicates(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    cursor_codec: NamedDependency[CursorCodec],
    dataset: DatasetQuery = "live",
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response[ActorDuplicateList]:
    """Pairs of actors that may be one real actor, to review and merge. Needs `write`.

    Two live actors pair up when they share a name or alias once case, accents, spaces and
    hyphens are set aside, and their kinds agree (equal, or one the generic `organization`):
    what an import could not resolve alone, because more than one actor fitted or a CAMEO code
    or Wikidata QID disagrees. Merge a pair with `POST /v1/actors/{id}/merge`, or leave it.
    """
    ctx.require_dataset(dataset)
    # A review list, not a copy to sync from: no sync_cursor, so no feed horizon to read.
    state = Listing(cursor_codec, ActorDuplicateFilters(dataset=dataset), as_of=None)
    found, last = await duplicates(ctx, dataset, state.after(cursor), limit)
    next_cursor = state.next_cursor(Page([], last))
    body = ActorDuplicateList(
        data=found, has_more=next_cursor is not None, next_cursor=next_cursor, sync_cursor=None
    )
    return page_response(request, body, next_cursor)


router = routes(
    ACTOR,
    Face(
        tag="actors",
        filters=actor_filters,
        article="an",
        extra=[list_actor_duplicates, merge_actor],
        words={
            "list": Words(
                "List actors",
                """List actors, newest first. Every filter narrows the list; all are optional.

Examples: `?kind=state&country=PRK`, `?name=DPRK` (any alias),
`?member_of=act_…` (members of BRICS), `?as_of=2026-01-01T00:00:00Z`.""",
            )
        },
    ),
)
