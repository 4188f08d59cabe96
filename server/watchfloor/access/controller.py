"""``/v1/admin/keys`` and ``/v1/admin/datasets`` (admin scope): HTTP in, HTTP out."""

from typing import Any

from litestar import Controller, Request, Response, delete, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody

from watchfloor.access.keycache import KeyCache
from watchfloor.access.keys import DatasetService, KeyService
from watchfloor.access.schemas import (
    ApiKey,
    ApiKeyCreate,
    ApiKeyList,
    ApiKeyWithSecret,
    Dataset,
    DatasetCreate,
    DatasetList,
)
from watchfloor.access.tags import write_transaction
from watchfloor.context import Context
from watchfloor.cursors import CursorCodec, sort_key
from watchfloor.http.headers import IdempotencyKey
from watchfloor.http.idempotency import run_idempotent
from watchfloor.http.listing import Listing
from watchfloor.http.params import Cursor, Limit
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import json_response, page_response
from watchfloor.persistence.store import Page

__all__ = ("DatasetController", "KeyController")


def _key_cache(request: Request[Any, Any, Any]) -> KeyCache:
    cache: KeyCache = request.app.state.key_cache
    return cache


_keys = KeyService()
_datasets = DatasetService()


class KeyController(Controller):
    path = "/v1/admin/keys"
    tags = ["admin"]
    opt = {"scope": "admin"}

    @post(
        "/",
        operation_id="createApiKey",
        summary="Create an API key",
        status_code=201,
        responses=problem_responses(400, 409, 413, 415, 422),
    )
    async def create_api_key(
        self,
        request: Request[Any, Any, Any],
        ctx: NamedDependency[Context],
        data: JSONBody[ApiKeyCreate],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ApiKeyWithSecret]:
        """Create a key with scopes, datasets and a rate limit. The secret is shown only here.

        An admin key grants only datasets it holds itself (403 otherwise). With an
        `Idempotency-Key`, a retry by the same caller within 24 hours creates no second key: it
        answers the first answer again, secret included (kept with the key's stored answer until
        then), so a create whose answer was lost on the way is not a lost key.
        """

        async def respond() -> Response[Any]:
            created = await _keys.create(ctx.conn, data, ctx.visible_datasets)
            return json_response(
                created,
                status=201,
                headers={
                    "Location": f"{self.path}/{created.key.id}",
                    "Cache-Control": "no-store",
                },
            )

        return await run_idempotent(ctx.conn, request, idempotency_key, ctx.who, respond)

    @get("/", operation_id="listApiKeys", summary="List API keys", responses=problem_responses(400))
    async def list_api_keys(
        self,
        request: Request[Any, Any, Any],
        ctx: NamedDependency[Context],
        cursor_codec: NamedDependency[CursorCodec],
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[ApiKeyList]:
        """Every key this admin may manage (all of whose datasets it holds), revoked ones
        included, newest first. Secrets are never shown again."""
        state = Listing(cursor_codec, None, list="api_keys")
        after = state.after(cursor)
        keys, last = await _keys.list(
            ctx.conn,
            after=sort_key(after, (str,))[0] if after is not None else None,
            limit=limit,
            within=ctx.visible_datasets,
        )
        next_cursor = state.next_cursor(Page([], [last] if last else None))
        body = ApiKeyList(data=keys, has_more=next_cursor is not None, next_cursor=next_cursor)
        return page_response(request, body, next_cursor)

    @get(
        "/{key_id:str}",
        operation_id="getApiKey",
        summary="Get an API key",
        responses=problem_responses(400, 404),
    )
    async def get_api_key(
        self, ctx: NamedDependency[Context], key_id: FromPath[str]
    ) -> Response[ApiKey]:
        """One key, without its secret; a key with a dataset this admin lacks is 404."""
        return json_response(await _keys.get(ctx.conn, key_id, ctx.visible_datasets))

    @delete(
        "/{key_id:str}",
        operation_id="revokeApiKey",
        summary="Revoke an API key",
        status_code=200,
        responses=problem_responses(400, 404),
    )
    async def revoke_api_key(
        self, request: Request[Any, Any, Any], ctx: NamedDependency[Context], key_id: FromPath[str]
    ) -> Response[ApiKey]:
        """Revoke the key: its next request gets 401. The key stays listed, with `revoked_at`."""
        async with write_transaction(ctx):
            revoked = await _keys.revoke(ctx.conn, key_id, ctx.visible_datasets)
        # Committed: this process refuses the key from its next request on; the others do when
        # the revocation's NOTIFY reaches them (docs/resources/admin.md).
        _key_cache(request).forget(key_id)
        return json_response(revoked)


class DatasetController(Controller):
    path = "/v1/admin/datasets"
    tags = ["admin"]
    opt = {"scope": "admin"}

    @post(
        "/",
        operation_id="createDataset",
        summary="Create a dataset",
        status_code=201,
        responses=problem_responses(400, 409, 413, 415, 422),
    )
    async def create_dataset(
        self,
        request: Request[Any, Any, Any],
        ctx: NamedDependency[Context],
        data: JSONBody[DatasetCreate],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[Dataset]:
        """Create an exercise or sandbox dataset; the admin key creating it is granted it.
        Grant it to other keys to let them use it."""
        granted = ctx.principal.key_id if ctx.principal is not None else None

        async def respond() -> Response[Any]:
            created = await _datasets.create(ctx.conn, data, grant_to=granted)
            return json_response(
                created, status=201, headers={"Location": f"{self.path}?name={created.name}"}
            )

        response = await run_idempotent(ctx.conn, request, idempotency_key, ctx.who, respond)
        if granted is not None:
            # Committed: this process sees the grant at once (the others on its NOTIFY).
            _key_cache(request).forget(granted)
        return response

    @get(
        "/", operation_id="listDatasets", summary="List datasets", responses=problem_responses(400)
    )
    async def list_datasets(
        self,
        request: Request[Any, Any, Any],
        ctx: NamedDependency[Context],
        cursor_codec: NamedDependency[CursorCodec],
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[DatasetList]:
        """The datasets this admin key holds, by name."""
        state = Listing(cursor_codec, None, list="datasets")
        after = state.after(cursor)
        found, last = await _datasets.list(
            ctx.conn,
            after=sort_key(after, (str,))[0] if after is not None else None,
            limit=limit,
            within=ctx.visible_datasets,
        )
        next_cursor = state.next_cursor(Page([], [last] if last else None))
        body = DatasetList(data=found, has_more=next_cursor is not None, next_cursor=next_cursor)
        return page_response(request, body, next_cursor)
