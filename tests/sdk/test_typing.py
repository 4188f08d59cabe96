"""Code that uses the SDK the way partners do; ``make typecheck`` runs mypy --strict over it.

``assert_type`` is checked by mypy and does nothing at run time, so this file proves the types
and, run by pytest against the live server, that they describe what really comes back.
"""

from datetime import datetime
from typing import Any, assert_type

from watchfloor_sdk import (
    APIResponse,
    AsyncClient,
    AsyncCursorPage,
    AsyncPaginator,
    Client,
    NotFoundError,
    StreamedAPIResponse,
    SyncCursorPage,
)
from watchfloor_sdk.types import Actor, ActorVersion, Health, Problem, Source


def test_blocking_client_types(sdk: Client, dataset: str) -> None:
    actor = sdk.actors.create(kind="state", name="Mongolia", dataset=dataset)
    assert_type(actor, Actor)
    assert_type(actor.created_at, datetime)
    assert_type(actor.country, str | None)
    page = sdk.actors.list(dataset=dataset, kind="state", limit=10)
    assert_type(page, SyncCursorPage[Actor])
    assert_type(page.data, list[Actor])
    assert_type(page.next_cursor, str | None)
    for each in page:
        assert_type(each, Actor)
    for versions in sdk.actors.history(actor.id).iter_pages():
        assert_type(versions, SyncCursorPage[ActorVersion])
    raw = sdk.actors.with_raw_response.retrieve(actor.id)
    assert_type(raw, APIResponse[Actor])
    assert_type(raw.etag, str | None)
    assert_type(raw.parse(), Actor)
    assert_type(sdk.sources.list(reliability=["A", "B"]), SyncCursorPage[Source])
    assert_type(sdk.operations.get_health(), Health)
    assert_type(sdk.with_options(max_retries=5), Client)
    assert_type(actor.to_dict(), dict[str, Any])
    member = sdk.actors.create(
        kind="state",
        name="Kazakhstan",
        dataset=dataset,
        memberships=[{"organization_id": actor.id, "role": "member"}],  # a MembershipParam
    )
    assert_type(member.memberships[0].organization_id, str)
    with sdk.export.with_streaming_response.export_records(
        resource="actor", dataset=dataset
    ) as streamed:
        assert_type(streamed, StreamedAPIResponse[bytes])
        for record in streamed.iter_records(Actor):
            assert_type(record, Actor)
    try:
        sdk.actors.retrieve("act_00000000000000000000000000000000")
    except NotFoundError as error:
        assert_type(error.problem, Problem)
        assert_type(error.request_id, str | None)
        assert_type(error.status_code, int)


async def test_async_client_types(async_sdk: AsyncClient, dataset: str) -> None:
    actor = await async_sdk.actors.create(kind="igo", name="ASEAN", dataset=dataset)
    assert_type(actor, Actor)
    paginator = async_sdk.actors.list(dataset=dataset)
    assert_type(paginator, AsyncPaginator[Actor])
    first = await paginator
    assert_type(first, AsyncCursorPage[Actor])
    async for each in async_sdk.actors.list(dataset=dataset):
        assert_type(each, Actor)
    raw = await async_sdk.actors.with_raw_response.list(dataset=dataset)
    assert_type(raw, APIResponse[AsyncCursorPage[Actor]])
    assert_type(await async_sdk.actors.delete(actor.id, if_match=raw.headers.get("etag")), Actor)
