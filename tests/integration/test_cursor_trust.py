"""A cursor the server cannot trust is a 400, and no key it trusts is written in the code.

Cursors are HMAC-signed; without ``WATCHFLOOR_CURSOR_SECRET`` they used to be signed with a
key in the source, so anyone could forge one, and a forged sort key of the wrong shape reached
SQL (500). The key is now made per database, and a sort key is checked against its order.
"""

import base64
import hashlib
import hmac
import json
from typing import Any

import asyncpg
import msgspec
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.access.schemas import ApiKeyWithSecret
from watchfloor.app import create_app
from watchfloor.settings import Settings

from tests.integration.problems import problem

Client = AsyncTestClient[Litestar]


def _signed(secret: bytes, payload: Any) -> str:
    raw = json.dumps(payload, separators=(",", ":")).encode()
    token = hmac.new(secret, raw, hashlib.sha256).digest()[:12] + raw
    return base64.urlsafe_b64encode(token).rstrip(b"=").decode()


def _fingerprint(filters: dict[str, Any]) -> str:
    canonical = json.dumps(
        {k: v for k, v in sorted(filters.items()) if v is not None}, separators=(",", ":")
    ).encode()
    return hashlib.sha256(canonical).hexdigest()[:16]


def _actor_cursor(secret: bytes, key: list[Any]) -> str:
    """A cursor of ``GET /v1/actors`` (the list's default filters) signed with ``secret``."""
    filters = {"dataset": "live", "kind": None, "country": None, "name": None}
    return _signed(secret, [_fingerprint({**filters, "member_of": None, "ids": None}), key])


@pytest.mark.parametrize(
    "key",
    [[], [1], [None], [1.5], ["a", "b"], [True], [{"x": 1}], [2**70], ["a\u0000b"]],
    ids=repr,
)
async def test_a_signed_cursor_with_a_key_of_the_wrong_shape_is_400(
    client: Client, db: asyncpg.Connection, key: list[Any]
) -> None:
    """Even a cursor signed with the server's own key never reaches SQL with a wrong sort key."""
    await client.get("/v1/actors")  # the server has made its key by now
    secret = await db.fetchval("SELECT secret FROM server_secrets WHERE name = 'cursor'")
    cursor = _actor_cursor(secret, key)
    found = problem(await client.get("/v1/actors", params={"cursor": cursor}), 400)
    assert found["type"].endswith("/invalid-cursor")


async def test_the_key_once_in_the_source_code_signs_nothing(client: Client) -> None:
    """Without ``WATCHFLOOR_CURSOR_SECRET`` the server does not fall back to a published key."""
    known = b"watchfloor-cursor-v1"
    for path, cursor in (
        ("/v1/actors", _actor_cursor(known, ["act_" + "f" * 32])),
        ("/v1/changes", _signed(known, ["changes", [0, 0]])),
    ):
        name = "after" if path == "/v1/changes" else "cursor"
        found = problem(await client.get(path, params={name: cursor}), 400)
        assert found["type"].endswith("/invalid-cursor")


async def test_every_worker_on_a_database_signs_with_its_one_key(
    client: Client, settings: Settings, api_key: ApiKeyWithSecret, dataset: str
) -> None:
    """Another process without ``WATCHFLOOR_CURSOR_SECRET`` continues the first one's list."""
    for name in ("A", "B"):
        await client.post("/v1/actors", json={"kind": "state", "name": name, "dataset": dataset})
    first = (await client.get("/v1/actors", params={"dataset": dataset, "limit": 1})).json()
    async with AsyncTestClient(app=create_app(settings)) as other:
        other.headers["Authorization"] = f"Bearer {api_key.secret}"
        params = {"dataset": dataset, "limit": 1, "cursor": first["next_cursor"]}
        second = await other.get("/v1/actors", params=params)
    assert second.status_code == 200, second.text
    assert [a["name"] for a in first["data"] + second.json()["data"]] == ["B", "A"]


async def test_a_configured_secret_signs_instead(
    client: Client, settings: Settings, api_key: ApiKeyWithSecret
) -> None:
    configured = msgspec.structs.replace(settings, cursor_secret=b"k" * 32)
    async with AsyncTestClient(app=create_app(configured)) as other:
        other.headers["Authorization"] = f"Bearer {api_key.secret}"
        mine = _signed(b"k" * 32, ["changes", [2**62, 0]])  # after everything: not pruned
        assert (await other.get("/v1/changes", params={"after": mine})).status_code == 200
        stored = (await client.get("/v1/changes")).json()["next_cursor"]
        problem(await other.get("/v1/changes", params={"after": stored}), 400)
