"""``/v1/actors``: HTTP in, HTTP out. The rules live in the service, the SQL in the repository."""

from typing import Annotated, Any

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody, QueryParameter

from watchfloor import crud
from watchfloor.db import Connection
from watchfloor.http_params import IdempotencyKey, IfMatch, IfNoneMatch
from watchfloor.pagination import CursorCodec
from watchfloor.problems import problem_responses
from watchfloor.resources.actors.repository import ActorFilters, to_actor
from watchfloor.resources.actors.schemas import (
    Actor,
    ActorCreate,
    ActorKind,
    ActorList,
    ActorPatch,
    ActorVersion,
    ActorVersionList,
)
from watchfloor.resources.actors.service import ActorService
from watchfloor.responses import single_response
from watchfloor.wire import TEXT, AsOf, Cursor, DatasetQuery, Limit, instant

__all__ = ("ActorController",)

_service = ActorService()

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


def _page(rows: list[Any], next_cursor: str | None, sync_cursor: str | None) -> ActorList:
    return ActorList(
        data=[to_actor(r) for r in rows],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
        sync_cursor=sync_cursor,
    )


def _versions(rows: list[Any], next_cursor: str | None) -> ActorVersionList:
    return ActorVersionList(
        data=[
            ActorVersion(
                version=r["version"],
                recorded_from=r["recorded_from"],
                recorded_to=r["recorded_to"],
                deleted=r["deleted_at"] is not None,
                actor=to_actor(r),
            )
            for r in rows
        ],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
    )


class ActorController(Controller):
    path = "/v1/actors"
    tags = ["actors"]

    @post(
        "/",
        operation_id="createActor",
        summary="Create an actor",
        status_code=201,
        responses=problem_responses(400, 409, 413, 422),
    )
    async def create_actor(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        data: JSONBody[ActorCreate],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[Actor]:
        """Create an actor. Send an `Idempotency-Key` to make retries safe."""
        return await crud.create(
            request, conn, idempotency_key, lambda: _service.create(conn, data), to_actor
        )

    @get("/", operation_id="listActors", summary="List actors", responses=problem_responses(400))
    async def list_actors(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        dataset: DatasetQuery = "live",
        kind: KindQuery = None,
        country: CountryQuery = None,
        name: NameQuery = None,
        member_of: MemberOfQuery = None,
        ids: IdsQuery = None,
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[ActorList]:
        """List actors, newest first. Every filter narrows the list; all are optional.

        Examples: `?kind=state&country=PRK`, `?name=DPRK` (any alias),
        `?member_of=act_…` (members of BRICS), `?as_of=2026-01-01T00:00:00Z`.
        """
        at = instant(as_of, "as_of")
        filters = ActorFilters(
            dataset=dataset, kind=kind, country=country, name=name, member_of=member_of, ids=ids
        )
        return await crud.listing(
            request,
            conn,
            cursor_codec,
            filters,
            as_of=at,
            cursor=cursor,
            fetch=lambda after: _service.list(conn, filters, as_of=at, after=after, limit=limit),
            envelope=_page,
        )

    @get(
        "/{actor_id:str}",
        operation_id="getActor",
        summary="Get an actor",
        responses=problem_responses(400, 404),
    )
    async def get_actor(
        self,
        conn: NamedDependency[Connection],
        actor_id: FromPath[str],
        as_of: AsOf = None,
        if_none_match: IfNoneMatch = None,
    ) -> Response[Actor]:
        """One actor, as it is now or as recorded at `as_of`. Sends an `ETag`."""
        return await crud.read_one(
            conn, _service.records, actor_id, instant(as_of, "as_of"), if_none_match, to_actor
        )

    @patch(
        "/{actor_id:str}",
        operation_id="updateActor",
        summary="Change an actor",
        responses=problem_responses(400, 404, 409, 412, 413, 422),
    )
    async def update_actor(
        self,
        conn: NamedDependency[Connection],
        actor_id: FromPath[str],
        data: JSONBody[ActorPatch],
        if_match: IfMatch = None,
    ) -> Response[Actor]:
        """Change the fields sent; `null` clears one. With `If-Match`, only if still at that version."""
        async with conn.transaction():
            row = await _service.update(conn, actor_id, data, if_match)
        return single_response(to_actor(row), row["version"])

    @delete(
        "/{actor_id:str}",
        operation_id="deleteActor",
        summary="Delete an actor",
        status_code=200,
        responses=problem_responses(400, 404, 412),
    )
    async def delete_actor(
        self,
        conn: NamedDependency[Connection],
        actor_id: FromPath[str],
        if_match: IfMatch = None,
    ) -> Response[Actor]:
        """Tombstone the actor: reads answer 404, history and the change feed keep it."""
        async with conn.transaction():
            row = await _service.records.delete(conn, actor_id, if_match)
        return single_response(to_actor(row), row["version"])

    @get(
        "/{actor_id:str}/history",
        operation_id="listActorVersions",
        summary="List an actor's versions",
        responses=problem_responses(400, 404),
    )
    async def list_actor_versions(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        actor_id: FromPath[str],
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[ActorVersionList]:
        """Every recorded version, oldest first, each with its transaction-time range."""
        return await crud.history(
            request,
            conn,
            cursor_codec,
            _service.records,
            actor_id,
            as_of=instant(as_of, "as_of"),
            cursor=cursor,
            limit=limit,
            envelope=_versions,
        )
