"""Scenarios and scenario sets through the real API: every refusal, the ICD 203 words at the
band edges, a likelihood that follows its question's forecasts, ``as_of`` reads, a set's sum."""

from datetime import UTC, datetime
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

Client = AsyncTestClient[Litestar]
Json = dict[str, Any]

OPEN = {"closes_at": "2030-01-01T00:00:00Z", "resolves_at": "2030-02-01T00:00:00Z"}
WINDOW = {"window_start": "2029-12-01", "window_end": "2029-12-31", "over": "events"}
HORIZON = {"window_start": "2027-01-01", "window_end": "2027-12-31"}


async def _post(client: Client, path: str, body: Json) -> Json:
    response = await client.post(path, json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _refused(client: Client, method: str, path: str, body: Json) -> list[str]:
    response = await client.request(method, path, json=body)
    assert response.status_code == 422, response.text
    return [e["pointer"] for e in response.json()["errors"]]


async def _question(client: Client, dataset: str, kind: str = "binary") -> str:
    body = {"title": "Test?", "kind": kind, "criteria": WINDOW, "dataset": dataset, **OPEN}
    return str((await _post(client, "/v1/questions", body))["id"])


def _analyst(p: float) -> Json:
    return {"source": "analyst", "probability": p}


async def _scenario(client: Client, dataset: str, likelihood: Json, **fields: Any) -> Json:
    body = {"name": "A future", "likelihood": likelihood, "dataset": dataset, **HORIZON, **fields}
    return await _post(client, "/v1/scenarios", body)


async def test_every_refusal_has_its_pointer(client: Client, dataset: str) -> None:
    count = await _question(client, dataset, "count")
    base = {"name": "A future", "dataset": dataset, **HORIZON}
    cases: list[tuple[Json, str]] = [
        ({"actor_ids": ["act_" + "0" * 32]}, "/actor_ids/0"),
        ({"set_id": "sst_" + "0" * 32}, "/set_id"),
        ({"likelihood": _analyst(1.2)}, "/likelihood/probability"),
        ({"likelihood": _analyst(-0.1)}, "/likelihood/probability"),
        ({"likelihood": {"source": "analyst"}}, "/likelihood/probability"),
        ({"window_end": "2026-12-31"}, "/window_end"),
        ({"likelihood": {"source": "question", "question_id": "qst_" + "0" * 32}},
         "/likelihood/question_id"),
        ({"likelihood": {"source": "question", "question_id": count}}, "/likelihood/question_id"),
        ({"likelihood": {"source": "baseline"}}, "/likelihood/question_id"),
    ]  # fmt: skip
    for change, pointer in cases:
        body = {**base, "likelihood": _analyst(0.5), **change}
        assert await _refused(client, "POST", "/v1/scenarios", body) == [pointer], change
    refused = await _refused(
        client, "POST", "/v1/scenario-sets",
        {"name": "S", "dataset": dataset, "question_id": "qst_" + "0" * 32},
    )  # fmt: skip
    assert refused == ["/question_id"]
    scenario = await _scenario(client, dataset, _analyst(0.5))
    path = f"/v1/scenarios/{scenario['id']}"
    assert await _refused(client, "PATCH", path, {"window_start": "2028-01-01"}) == ["/window_end"]
    assert await _refused(client, "PATCH", path, {"likelihood": _analyst(2)}) == [
        "/likelihood/probability"
    ]


async def test_icd203_words_at_the_band_edges(client: Client, dataset: str) -> None:
    expected = {
        0.0: "almost no chance",
        0.0499: "almost no chance",
        0.05: "very unlikely",
        0.2: "unlikely",
        0.45: "roughly even chance",
        0.5: "roughly even chance",
        0.55: "likely",
        0.8: "very likely",
        0.95: "almost certain",
        1.0: "almost certain",
    }
    for p, words in expected.items():
        scenario = await _scenario(client, dataset, _analyst(p), tags=["edge"])
        assert scenario["likelihood"]["probability"] == p
        assert scenario["likelihood"]["expression"] == words, p
    listed = await client.get(
        "/v1/scenarios", params={"dataset": dataset, "expression": "likely", "limit": 50}
    )
    assert [s["likelihood"]["probability"] for s in listed.json()["data"]] == [0.55]
    listed = await client.get(
        "/v1/scenarios", params={"dataset": dataset, "min_probability": 0.8, "limit": 50}
    )
    assert sorted(s["likelihood"]["probability"] for s in listed.json()["data"]) == [
        0.8, 0.95, 1.0,
    ]  # fmt: skip


async def test_question_likelihood_follows_forecasts_and_as_of(
    client: Client, dataset: str
) -> None:
    question = await _question(client, dataset)
    forecast = {"question_id": question, "dataset": dataset}
    scenario = await _scenario(client, dataset, {"source": "question", "question_id": question})
    assert scenario["likelihood"]["probability"] is None
    assert scenario["likelihood"]["forecast"] is None
    first = await _post(client, "/v1/forecasts", {**forecast, "forecaster": "alice",
                                                  "probability": 0.3})  # fmt: skip
    between = datetime.now(UTC)
    path = f"/v1/scenarios/{scenario['id']}"
    read = (await client.get(path)).json()["likelihood"]
    assert read["probability"] == 0.3 and read["expression"] == "unlikely"
    assert read["forecast"]["id"] == first["id"]
    second = await _post(client, "/v1/forecasts", {**forecast, "forecaster": "bob",
                                                   "probability": 0.85})  # fmt: skip
    read = (await client.get(path)).json()["likelihood"]
    assert read["probability"] == 0.85 and read["forecast"]["id"] == second["id"]
    # As of before bob's forecast: alice's, the newest recorded then.
    then = (await client.get(path, params={"as_of": between.isoformat()})).json()["likelihood"]
    assert then["probability"] == 0.3 and then["forecast"]["id"] == first["id"]
    # Alice's only.
    alice = await _scenario(
        client, dataset, {"source": "question", "question_id": question, "forecaster": "alice"}
    )
    assert alice["likelihood"]["probability"] == 0.3


async def test_a_set_sums_to_one_once_complete(client: Client, dataset: str) -> None:
    question = await _question(client, dataset)
    the_set = await _post(client, "/v1/scenario-sets", {"name": "DPRK, 2027", "dataset": dataset})
    set_path = f"/v1/scenario-sets/{the_set['id']}"
    a = await _scenario(client, dataset, _analyst(0.5), set_id=the_set["id"])
    read = (await client.get(set_path)).json()
    assert read["scenario_ids"] == [a["id"]] and read["sum"] == 0.5 and not read["consistent"]
    assert await _refused(client, "PATCH", set_path, {"complete": True}) == ["/complete"]
    b = await _scenario(
        client, dataset, {"source": "question", "question_id": question}, set_id=the_set["id"]
    )
    read = (await client.get(set_path)).json()
    assert read["sum"] is None and not read["consistent"]
    await _post(client, "/v1/forecasts", {"question_id": question, "dataset": dataset,
                                          "forecaster": "alice", "probability": 0.498})  # fmt: skip
    before = datetime.now(UTC)
    read = (await client.get(set_path)).json()
    assert abs(read["sum"] - 0.998) < 1e-9 and read["consistent"]
    response = await client.patch(set_path, json={"complete": True})
    assert response.status_code == 200, response.text
    assert response.json()["complete"] is True
    # A complete set refuses a write that would break its sum, but takes one that keeps it.
    refused = await _refused(
        client, "PATCH", f"/v1/scenarios/{a['id']}", {"likelihood": _analyst(0.6)}
    )
    assert refused == ["/likelihood/probability"]
    refused = await _refused(
        client, "POST", "/v1/scenarios",
        {"name": "Third", "likelihood": _analyst(0.1), "set_id": the_set["id"],
         "dataset": dataset, **HORIZON},
    )  # fmt: skip
    assert refused == ["/likelihood/probability"]
    gone = await client.delete(f"/v1/scenarios/{b['id']}")
    assert gone.status_code == 422, gone.text
    response = await client.patch(f"/v1/scenarios/{a['id']}", json={"likelihood": _analyst(0.5)})
    assert response.status_code == 200, response.text
    # The forecast moves: the set reads inconsistent, and said so as of then.
    await _post(client, "/v1/forecasts", {"question_id": question, "dataset": dataset,
                                          "forecaster": "alice", "probability": 0.7})  # fmt: skip
    read = (await client.get(set_path)).json()
    assert abs(read["sum"] - 1.2) < 1e-9 and not read["consistent"]
    then = (await client.get(set_path, params={"as_of": before.isoformat()})).json()
    assert abs(then["sum"] - 0.998) < 1e-9 and then["consistent"]
    listed = await client.get("/v1/scenarios", params={"dataset": dataset, "set": the_set["id"]})
    assert {s["id"] for s in listed.json()["data"]} == {a["id"], b["id"]}
