"""The asyncio client: the same surface, awaited."""

import asyncio

import asyncpg
import pytest
from watchfloor_sdk import AsyncClient, AsyncCursorPage, NotFoundError, PreconditionFailedError
from watchfloor_sdk.types import Actor

from tests.sdk.proxy import Fault, FaultyProxy


async def test_crud_and_history(async_sdk: AsyncClient, dataset: str) -> None:
    actor = await async_sdk.actors.create(kind="state", name="Republic of Korea", dataset=dataset)
    assert await async_sdk.actors.retrieve(actor.id) == actor
    updated = await async_sdk.actors.update(actor.id, country="KOR", if_match='"1"')
    assert updated.version == 2
    with pytest.raises(PreconditionFailedError):
        await async_sdk.actors.update(actor.id, country="PRK", if_match='"1"')
    await async_sdk.actors.delete(actor.id)
    with pytest.raises(NotFoundError) as caught:
        await async_sdk.actors.retrieve(actor.id)
    assert caught.value.request_id is not None
    assert [v.version async for v in async_sdk.actors.history(actor.id)] == [1, 2, 3]


async def test_pagination(async_sdk: AsyncClient, dataset: str) -> None:
    created = [
        await async_sdk.sources.create(
            title=f"KCNA report {i}", publisher="KCNA", reliability="C", dataset=dataset
        )
        for i in range(5)
    ]
    expected = [s.id for s in reversed(created)]
    assert [s.id async for s in async_sdk.sources.list(dataset=dataset, limit=2)] == expected

    first = await async_sdk.sources.list(dataset=dataset, limit=2)
    assert isinstance(first, AsyncCursorPage)
    assert first.has_more and first.sync_cursor is not None
    sizes = [len(page.data) async for page in first.iter_pages()]
    assert sizes == [2, 2, 1]
    pages = [p async for p in async_sdk.sources.list(dataset=dataset, limit=4).iter_pages()]
    assert [len(p.data) for p in pages] == [4, 1]
    second = await first.get_next_page()
    assert [s.id for s in second.data] == expected[2:4]


async def test_raw_responses(async_sdk: AsyncClient, dataset: str) -> None:
    raw = await async_sdk.actors.with_raw_response.create(kind="igo", name="UN", dataset=dataset)
    assert raw.status_code == 201 and raw.etag == '"1"'
    actor = raw.parse()
    assert isinstance(actor, Actor)
    unchanged = await async_sdk.actors.with_raw_response.retrieve(actor.id, if_none_match='"1"')
    assert unchanged.not_modified
    raw_page = await async_sdk.actors.with_raw_response.list(dataset=dataset)
    assert [a.id for a in raw_page.parse().data] == [actor.id]


async def test_concurrent_requests(async_sdk: AsyncClient, dataset: str) -> None:
    names = [f"Unit {i}" for i in range(10)]
    await asyncio.gather(
        *(async_sdk.actors.create(kind="military_unit", name=n, dataset=dataset) for n in names)
    )
    assert sorted([a.name async for a in async_sdk.actors.list(dataset=dataset)]) == sorted(names)


async def test_retried_create_writes_once(
    proxy: FaultyProxy, dataset: str, db: asyncpg.Connection
) -> None:
    proxy.fail(Fault.lost(502), Fault.drop())
    async with AsyncClient(base_url=proxy.url) as client:
        actor = await client.actors.create(kind="igo", name="EAS", dataset=dataset)
    assert len({r.headers["Idempotency-Key"] for r in proxy.received}) == 1
    assert await db.fetchval("SELECT count(*) FROM actors WHERE dataset = $1", dataset) == 1
    assert await db.fetchval("SELECT name FROM actors WHERE id = $1", actor.id) == "EAS"
