"""Forecasts through the real API: the shape each question asks for, open questions only, the
server's clock, and the supersede chain (also under two concurrent requests)."""

import asyncio
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

Client = AsyncTestClient[Litestar]
Json = dict[str, Any]

OPEN = {"closes_at": "2030-01-01T00:00:00Z", "resolves_at": "2030-02-01T00:00:00Z"}
WINDOW = {"window_start": "2029-12-01", "window_end": "2029-12-31", "over": "events"}


async def _question(client: Client, dataset: str, kind: str = "binary", **fields: Any) -> Json:
    body: Json = {
        "title": f"A {kind} question",
        "kind": kind,
        "criteria": WINDOW,
        "dataset": dataset,
        **OPEN,
        **fields,
    }
    response = await client.post("/v1/questions", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _forecast(client: Client, body: Json) -> Json:
    response = await client.post("/v1/forecasts", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _refused(client: Client, body: Json) -> list[str]:
    response = await client.post("/v1/forecasts", json=body)
    assert response.status_code == 422, response.text
    return [e["pointer"] for e in response.json()["errors"]]


def _levels(
    values: list[float], levels: tuple[float, ...] = (0.05, 0.25, 0.5, 0.75, 0.95)
) -> list[Json]:
    return [{"level": lv, "value": v} for lv, v in zip(levels, values, strict=True)]


async def test_forecasts_chain_and_every_one_stays_readable(client: Client, dataset: str) -> None:
    question = await _question(client, dataset)
    base = {"question_id": question["id"], "forecaster": "alice", "dataset": dataset}
    first = await _forecast(client, {**base, "probability": 0.2, "rationale": "base rate"})
    assert first["supersedes"] is None
    assert first["key_name"].startswith("key_")
    assert first["forecaster_kind"] == "person"
    second = await _forecast(client, {**base, "probability": 0.35})
    assert second["supersedes"] == first["id"]
    other = await _forecast(client, {**base, "forecaster": "bob", "probability": 0.5})
    assert other["supersedes"] is None
    current = await client.get(
        "/v1/forecasts", params={"dataset": dataset, "question": question["id"], "current": "true"}
    )
    assert {f["id"] for f in current.json()["data"]} == {second["id"], other["id"]}
    old = await client.get("/v1/forecasts", params={"dataset": dataset, "current": "false"})
    assert [f["id"] for f in old.json()["data"]] == [first["id"]]
    by_alice = await client.get("/v1/forecasts", params={"dataset": dataset, "forecaster": "alice"})
    assert [f["id"] for f in by_alice.json()["data"]] == [second["id"], first["id"]]
    assert (await client.get(f"/v1/forecasts/{first['id']}")).json()["probability"] == 0.2
    # Only the external id changes; there is no delete.
    tagged = await client.patch(f"/v1/forecasts/{first['id']}", json={"external_id": "x:1"})
    assert tagged.status_code == 200, tagged.text
    assert tagged.json()["probability"] == 0.2 and tagged.json()["version"] == 2
    edited = await client.patch(f"/v1/forecasts/{first['id']}", json={"probability": 0.9})
    assert edited.status_code == 400
    gone = await client.delete(f"/v1/forecasts/{first['id']}")
    assert gone.status_code == 405
    history = await client.get(f"/v1/forecasts/{first['id']}/history")
    assert [v["forecast"]["version"] for v in history.json()["data"]] == [1, 2]


async def test_two_concurrent_forecasts_by_one_forecaster_chain(
    client: Client, dataset: str
) -> None:
    question = await _question(client, dataset)
    base = {"question_id": question["id"], "forecaster": "carol", "dataset": dataset}
    responses = await asyncio.gather(
        *(client.post("/v1/forecasts", json={**base, "probability": p / 10}) for p in range(6))
    )
    assert [r.status_code for r in responses] == [201] * 6
    made = [r.json() for r in responses]
    heads = [f for f in made if f["supersedes"] is None]
    assert len(heads) == 1
    # One chain: each forecast superseded at most once, all six linked.
    by_prior = {f["supersedes"]: f for f in made if f["supersedes"] is not None}
    chain = [heads[0]]
    while chain[-1]["id"] in by_prior:
        chain.append(by_prior[chain[-1]["id"]])
    assert len(chain) == 6
    assert [f["created_at"] for f in chain] == sorted(f["created_at"] for f in chain)


async def test_a_forecast_cannot_be_back_dated_or_signed_by_another_key(
    client: Client, dataset: str
) -> None:
    question = await _question(client, dataset)
    base = {"question_id": question["id"], "forecaster": "dave", "dataset": dataset}
    for field, value in (
        ("created_at", "2020-01-01T00:00:00Z"),
        ("key_name", "someone"),
        ("supersedes", "fct_" + "0" * 32),
    ):
        response = await client.post(
            "/v1/forecasts", json={**base, "probability": 0.5, field: value}
        )
        assert response.status_code == 400, field


async def test_the_shape_of_a_forecast_is_the_questions(client: Client, dataset: str) -> None:
    binary = await _question(client, dataset)
    count = await _question(
        client, dataset, "count", bins=[0, 1, 3], criteria={**WINDOW, "comparison": None}
    )
    plain = await _question(client, dataset, "quantity", criteria={**WINDOW, "comparison": None})
    b = {"question_id": binary["id"], "forecaster": "eve", "dataset": dataset}
    c = {"question_id": count["id"], "forecaster": "eve", "dataset": dataset}
    q = {"question_id": plain["id"], "forecaster": "eve", "dataset": dataset}
    assert await _refused(client, b) == ["/probability"]
    assert await _refused(client, {**b, "probability": 0.5, "bins": [0.5, 0.5]}) == ["/bins"]
    assert await _refused(client, {**b, "probability": 1.5}) == ["/probability"]
    assert await _refused(client, {**b, "probability": -0.1}) == ["/probability"]
    assert await _refused(client, {**c, "bins": [1.5, -0.5, 0, 0]}) == ["/bins/0", "/bins/1"]
    at_two = {**c, "quantiles": _levels([0, 1, 2, 3, 4], (0.05, 0.25, 0.5, 0.75, 2.0))}
    assert await _refused(client, at_two) == ["/quantiles/4/level"]
    assert await _refused(client, {**c, "probability": 0.5}) == ["/probability", "/quantiles"]
    assert await _refused(client, c) == ["/quantiles"]
    both = {**c, "quantiles": _levels([0, 1, 2, 3, 4]), "bins": [0.1, 0.2, 0.3, 0.4]}
    assert await _refused(client, both) == ["/bins"]
    wrong_levels = {**c, "quantiles": _levels([0, 1, 2], (0.1, 0.5, 0.9))}
    assert await _refused(client, wrong_levels) == ["/quantiles"]
    disorder = {**c, "quantiles": _levels([0, 2, 1, 3, 4])}
    assert await _refused(client, disorder) == ["/quantiles/2/value"]
    assert await _refused(client, {**c, "bins": [0.5, 0.5]}) == ["/bins"]
    assert await _refused(client, {**c, "bins": [0.1, 0.2, 0.3, 0.3]}) == ["/bins"]
    assert await _refused(client, {**q, "bins": [0.5, 0.5]}) == ["/bins"]
    await _forecast(client, {**c, "quantiles": _levels([0, 1, 1, 2, 5])})
    await _forecast(client, {**c, "bins": [0.1, 0.2, 0.3, 0.4]})
    await _forecast(client, {**q, "quantiles": _levels([0, 1, 1, 2, 5])})
    await _forecast(client, {**b, "probability": 0.0})


async def test_only_an_open_question_takes_forecasts(client: Client, dataset: str, db: Any) -> None:
    base = {"forecaster": "fay", "probability": 0.5, "dataset": dataset}
    missing = {**base, "question_id": "qst_" + "0" * 32}
    assert await _refused(client, missing) == ["/question_id"]
    not_yet = await _question(client, dataset, opens_at="2029-01-01T00:00:00Z")
    assert await _refused(client, {**base, "question_id": not_yet["id"]}) == ["/question_id"]
    closed = await _question(
        client,
        dataset,
        opens_at="2024-12-01T00:00:00Z",
        closes_at="2025-01-01T00:00:00Z",
        resolves_at="2025-02-01T00:00:00Z",
        criteria={**WINDOW, "window_start": "2025-01-01", "window_end": "2025-01-31"},
    )
    assert await _refused(client, {**base, "question_id": closed["id"]}) == ["/question_id"]
    annulled = await _question(client, dataset)
    response = await client.patch(f"/v1/questions/{annulled['id']}", json={"annul": "moot"})
    assert response.status_code == 200
    assert await _refused(client, {**base, "question_id": annulled["id"]}) == ["/question_id"]
    other = f"{dataset}-b"
    await db.execute(
        "INSERT INTO datasets (name, kind, description) VALUES ($1, 'sandbox', 'test')", other
    )
    elsewhere = await _question(client, dataset)
    wrong = {**base, "question_id": elsewhere["id"], "dataset": other}
    response = await client.post("/v1/forecasts", json=wrong)
    assert response.status_code in (403, 422)
