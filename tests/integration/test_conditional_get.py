"""``If-None-Match`` on ``GET /v1/<resource>/{id}``: the version is checked in the statement
that would read the record, so the answer must be exactly what a plain GET implies."""

import asyncio
import uuid
from datetime import UTC, datetime

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate

from tests.integration import world

Client = AsyncTestClient[Litestar]


async def _get(
    client: Client, path: str, tag: str | None = None, auth: str | None = None, **params: str
) -> tuple[int, str]:
    headers = {"If-None-Match": tag} if tag is not None else {}
    if auth is not None:
        headers["Authorization"] = f"Bearer {auth}"
    response = await client.get(path, headers=headers, params=params)
    return response.status_code, response.text


async def test_current_tags_give_304_and_stale_ones_the_full_record(
    client: Client, dataset: str
) -> None:
    source = await world.source(client, dataset)
    event = await world.event(client, dataset, source, cameo_code="190")
    path = f"/v1/events/{event['id']}"
    patched = await client.patch(path, json={"title": "Revised title"})
    assert patched.status_code == 200, patched.text
    plain = await client.get(path)
    assert plain.headers["etag"] == '"2"'

    for current in ('"2"', 'W/"2"', '"1", "2"', "*", ' "9" ,W/"2" '):
        response = await client.get(path, headers={"If-None-Match": current})
        assert response.status_code == 304, current
        assert response.content == b""
        assert response.headers["etag"] == '"2"'

    for stale in ('"1"', '"12"', '"abc"', "garbage", '""'):
        response = await client.get(path, headers={"If-None-Match": stale})
        assert response.status_code == 200, stale
        assert response.headers["etag"] == '"2"'
        assert response.json() == plain.json(), "a stale tag gets what a plain GET gets"
        assert response.json()["cameo"]["code"] == "190"


async def test_as_of_compares_with_the_version_valid_then(client: Client, dataset: str) -> None:
    actor = await world.actor(client, dataset, "Korean People's Army")
    path = f"/v1/actors/{actor}"
    await asyncio.sleep(0.01)
    then = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    await asyncio.sleep(0.01)
    assert (await client.patch(path, json={"name": "KPA"})).status_code == 200

    assert (await _get(client, path, '"1"', as_of=then))[0] == 304
    status, body = await _get(client, path, '"2"', as_of=then)
    assert status == 200
    assert "Korean People's Army" in body
    assert (await _get(client, path, '"2"'))[0] == 304


async def test_gone_or_foreign_records_are_404_whatever_the_tag(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    actor = await world.actor(client, dataset, "Ministry of State Security")
    path = f"/v1/actors/{actor}"
    other = f"c-{uuid.uuid4().hex[:12]}"
    await db.execute("INSERT INTO datasets (name, kind) VALUES ($1, 'sandbox')", other)
    request = ApiKeyCreate(name="outsider", scopes=["read"], datasets=[other], rate_limit=1000)
    outsider = (await KeyService().create(db, request)).secret
    assert (await _get(client, path, "*", auth=outsider))[0] == 404
    assert (await _get(client, path, '"1"', auth=outsider))[0] == 404
    assert (await client.delete(path)).status_code == 200
    for tag in ("*", '"1"', '"2"', '"3"'):
        assert (await _get(client, path, tag))[0] == 404, tag
    assert (await _get(client, "/v1/actors/act_does_not_exist", "*"))[0] == 404
