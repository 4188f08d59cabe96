"""JSON a client sends is held to limits: nesting depth, one value per key, its media type.

A deeply nested value once exhausted the decoder's recursion (a 500, and an import that stopped
at the bad line for good); a repeated key was silently resolved to its last value; a JSON body
sent as ``text/plain`` was read anyway. Each is now a 4xx naming the place, or a rejected line.
"""

import json

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.wire import MAX_JSON_DEPTH

from tests.integration.problems import problem

Client = AsyncTestClient[Litestar]
NDJSON = {"content-type": "application/x-ndjson"}


def nested(levels: int) -> str:
    return "[" * levels + "]" * levels


# -- nesting depth ------------------------------------------------------------------------


async def test_a_deeply_nested_body_is_400_naming_where(client: Client) -> None:
    body = '{"kind": "state", "name": "X", "aliases": ' + nested(1000) + "}"
    response = await client.post(
        "/v1/actors", content=body.encode(), headers={"content-type": "application/json"}
    )
    found = problem(response, 400)
    assert found["errors"][0]["pointer"] == "/aliases" + "/0" * (MAX_JSON_DEPTH - 1)
    assert str(MAX_JSON_DEPTH) in found["errors"][0]["detail"]


async def test_nesting_up_to_the_cap_is_read(client: Client) -> None:
    """At the cap the body is decoded as usual (here: a type error, not a depth error)."""
    body = '{"kind": "state", "name": "X", "aliases": ' + nested(MAX_JSON_DEPTH - 1) + "}"
    response = await client.post(
        "/v1/actors", content=body.encode(), headers={"content-type": "application/json"}
    )
    found = problem(response, 400)
    assert "deeper" not in found["detail"]


async def test_a_deeply_nested_import_line_is_one_rejected_line(
    client: Client, dataset: str
) -> None:
    """1,500 lines, the bad one at 1,201: the 1,499 good ones are written, again and again."""
    lines = [
        json.dumps({"resource": "actor", "external_id": f"n:{i}", "kind": "state", "name": f"S{i}"})
        for i in range(1, 1501)
    ]
    lines[1200] = '{"resource": "actor", "external_id": "n:deep", "kind": "state", "name": ' + (
        nested(1000) + "}"
    )
    body = ("\n".join(lines) + "\n").encode()
    for created, unchanged in ((1499, 0), (0, 1499)):
        response = await client.post(
            "/v1/import", params={"dataset": dataset}, content=body, headers=NDJSON
        )
        assert response.status_code == 200, response.text
        report = response.json()
        assert (report["read"], report["created"], report["unchanged"], report["rejected"]) == (
            1500,
            created,
            unchanged,
            1,
        )
        assert report["rejected_lines"][0]["line"] == 1201
        assert "deeper" in report["rejected_lines"][0]["reason"]


# -- duplicate keys -------------------------------------------------------------------------


async def test_duplicate_keys_in_a_body_are_400_with_a_pointer(client: Client) -> None:
    body = b'{"kind": "state", "name": "X", "memberships": [{"organization_id": "a", "organization_id": "b"}]}'
    response = await client.post(
        "/v1/actors", content=body, headers={"content-type": "application/json"}
    )
    found = problem(response, 400)
    assert found["errors"][0]["pointer"] == "/memberships/0/organization_id"


async def test_duplicate_keys_in_an_import_line_reject_the_line(
    client: Client, dataset: str
) -> None:
    body = (
        b'{"resource": "actor", "external_id": "d:1", "kind": "state", "name": "A", "name": "B"}\n'
        b'{"resource": "actor", "external_id": "d:2", "kind": "state", "name": "C"}\n'
    )
    response = await client.post(
        "/v1/import", params={"dataset": dataset}, content=body, headers=NDJSON
    )
    report = response.json()
    assert (report["created"], report["rejected"]) == (1, 1), report
    assert report["rejected_lines"][0]["line"] == 1
    assert "/name" in report["rejected_lines"][0]["reason"]


# -- media types ----------------------------------------------------------------------------


@pytest.mark.parametrize("media_type", ["text/plain", "application/x-www-form-urlencoded", None])
async def test_a_json_body_sent_as_another_media_type_is_415(
    client: Client, media_type: str | None
) -> None:
    headers = {} if media_type is None else {"content-type": media_type}
    response = await client.post(
        "/v1/actors", content=b'{"kind": "state", "name": "X"}', headers=headers
    )
    problem(response, 415)


@pytest.mark.parametrize(
    "media_type",
    ["application/json", "application/json; charset=utf-8", "application/merge-patch+json"],
)
async def test_json_and_plus_json_are_read(client: Client, dataset: str, media_type: str) -> None:
    body = json.dumps({"kind": "state", "name": "X", "dataset": dataset}).encode()
    response = await client.post("/v1/actors", content=body, headers={"content-type": media_type})
    assert response.status_code == 201, response.text
