"""Bad input of every kind gets a 4xx problem+json, never a 500."""

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

Client = AsyncTestClient[Litestar]


def _is_problem(response: object, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    assert response.headers["content-type"].startswith(  # type: ignore[attr-defined]
        "application/problem+json"
    )
    body: dict[str, object] = response.json()  # type: ignore[attr-defined]
    assert body["status"] == status
    assert body["request_id"] == response.headers["x-request-id"]  # type: ignore[attr-defined]
    return body


async def test_wrong_type_names_the_field(client: Client) -> None:
    response = await client.post("/v1/actors", json={"kind": "state", "name": 42})
    body = _is_problem(response, 400)
    assert body["errors"] == [
        {"detail": "Expected `str`, got `int`", "pointer": "/name", "parameter": None}
    ]


async def test_unknown_field_is_refused(client: Client) -> None:
    response = await client.post("/v1/actors", json={"kind": "state", "name": "X", "colour": 1})
    body = _is_problem(response, 400)
    assert "colour" in str(body["errors"])


async def test_malformed_json(client: Client) -> None:
    response = await client.post(
        "/v1/actors",
        content=b'{"kind": "state", "name": ',
        headers={"content-type": "application/json"},
    )
    _is_problem(response, 400)


async def test_forged_cursor(client: Client) -> None:
    _is_problem(await client.get("/v1/actors", params={"cursor": "bm90LWEtY3Vyc29y"}), 400)
    _is_problem(await client.get("/v1/actors", params={"cursor": "!!!"}), 400)


async def test_cursor_with_other_filters_is_refused(client: Client, dataset: str) -> None:
    for i in range(3):
        await client.post("/v1/actors", json={"kind": "state", "name": f"S{i}", "dataset": dataset})
    first = await client.get("/v1/actors", params={"dataset": dataset, "limit": 1})
    cursor = first.json()["next_cursor"]
    body = _is_problem(
        await client.get(
            "/v1/actors", params={"dataset": dataset, "kind": "igo", "cursor": cursor}
        ),
        400,
    )
    assert str(body["type"]).endswith("/invalid-cursor")


@pytest.mark.parametrize("limit", ["100000", "0", "-1", "abc"])
async def test_limit_out_of_range(client: Client, limit: str) -> None:
    _is_problem(await client.get("/v1/actors", params={"limit": limit}), 400)


async def test_body_over_the_limit(client: Client, app: Litestar) -> None:
    size = app.state.settings.max_body_bytes + 1
    response = await client.post(
        "/v1/actors",
        content=b"{" + b" " * size + b"}",
        headers={"content-type": "application/json"},
    )
    _is_problem(response, 413)


async def test_unknown_path_and_method(client: Client) -> None:
    _is_problem(await client.get("/v1/nothing-here"), 404)
    response = await client.put("/v1/actors")
    _is_problem(response, 405)


async def test_nul_in_text_is_400(client: Client) -> None:
    _is_problem(await client.post("/v1/actors", json={"kind": "state", "name": "a\u0000b"}), 400)


async def test_bad_as_of(client: Client) -> None:
    _is_problem(await client.get("/v1/actors", params={"as_of": "yesterday"}), 400)


@pytest.mark.parametrize(
    ("path", "unknown"),
    [
        ("/v1/actors?contry=PRK", ["contry"]),
        ("/v1/events?limit=5&categry=MOBILIZE&window=2024", ["categry", "window"]),
        ("/v1/weapons?=", [""]),
        ("/v1/actors/act_00000000000000000000000000000000?limit=5", ["limit"]),
    ],
)
async def test_unknown_query_parameters_are_refused_not_ignored(
    client: Client, path: str, unknown: list[str]
) -> None:
    """A misspelt filter must not silently widen a list to every record."""
    response = await client.get(path)
    body = _is_problem(response, 400)
    assert [e["parameter"] for e in body["errors"]] == unknown  # type: ignore[attr-defined]
    assert "ratelimit-remaining" in response.headers, "a /v1 answer carries its rate limit"
    assert "this operation takes" in str(body["detail"])


@pytest.mark.parametrize(
    ("path", "repeated"),
    [
        ("/v1/events?tag=a&tag=b", ["tag"]),
        ("/v1/actors?dataset=live&kind=state&dataset=other", ["dataset"]),
        ("/v1/events?limit=5&limit=6&country=PRK&country=KOR", ["country", "limit"]),
        ("/v1/export?dataset=live&dataset=live", ["dataset"]),
    ],
)
async def test_a_single_valued_parameter_given_twice_is_refused(
    client: Client, path: str, repeated: list[str]
) -> None:
    """Keeping the last value would answer another question than the one asked."""
    response = await client.get(path)
    body = _is_problem(response, 400)
    assert [e["parameter"] for e in body["errors"]] == repeated  # type: ignore[attr-defined]
    assert "more than once" in str(body["detail"])


async def test_declared_query_parameters_pass_the_check(client: Client) -> None:
    for path in (
        "/v1/actors?country=PRK&kind=state&limit=5",
        "/v1/actors?ids=a&ids=b",
        "/v1/sources?reliability=A&reliability=B",
        "/v1/changes?resource=actor&resource=event&limit=1",
        "/v1/statements?q=sanctions&limit=1",
        "/v1/changes?limit=1",
    ):
        response = await client.get(path)
        assert response.status_code == 200, (path, response.text)
