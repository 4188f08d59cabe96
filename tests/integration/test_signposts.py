"""Signposts through the real API: create, read, change, delete, every refusal with its
pointer, the list's filters, and a changed condition resetting the worker's status."""

from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

Client = AsyncTestClient[Litestar]
Json = dict[str, Any]

NONE = "0" * 32
OPEN = {"closes_at": "2030-01-01T00:00:00Z", "resolves_at": "2030-02-01T00:00:00Z"}
CRITERIA = {"window_start": "2029-12-01", "window_end": "2029-12-31", "over": "events"}
EVENTS = {"kind": "events", "window": {"days": 30}, "filters": {"category": "ASSAULT"}}


@pytest.fixture(autouse=True)
async def _not_left_due(db: asyncpg.Connection, dataset: str) -> AsyncIterator[None]:
    """No worker runs here: the test's signposts are not left for another test's worker (a
    worker that reads the feed from its start would evaluate them)."""
    yield
    await db.execute(
        "UPDATE signposts SET deleted_at = now() WHERE dataset = $1 AND deleted_at IS NULL",
        dataset,
    )
    await db.execute(
        "DELETE FROM signpost_due WHERE signpost_id IN "
        "(SELECT id FROM signposts WHERE dataset = $1)",
        dataset,
    )


async def _post(client: Client, path: str, body: Json) -> Json:
    response = await client.post(path, json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _refused(client: Client, method: str, path: str, body: Json) -> list[str]:
    response = await client.request(method, path, json=body)
    assert response.status_code == 422, response.text
    return [e["pointer"] for e in response.json()["errors"]]


async def _question(client: Client, dataset: str, kind: str = "binary") -> str:
    body: Json = {"title": "Test?", "kind": kind, "criteria": CRITERIA, "dataset": dataset, **OPEN}
    if kind == "count":
        body["bins"] = [0, 1, 3]
    return str((await _post(client, "/v1/questions", body))["id"])


async def _problem(client: Client, dataset: str) -> str:
    indicator = await _post(
        client,
        "/v1/indicators",
        {"name": "Fire a month", "unit": "events", "frequency": "monthly", "dataset": dataset,
         "definition": {"measure": "count", "filters": {"category": "ASSAULT"}}},
    )  # fmt: skip
    problem = await _post(
        client,
        "/v1/warning-problems",
        {"name": "Border", "dataset": dataset, "rules": [
            {"key": "many", "kind": "threshold", "level": "watch",
             "indicator_id": indicator["id"], "value": 4, "rationale": "A pattern."}]},
    )  # fmt: skip
    return str(problem["id"])


async def _scenario(client: Client, dataset: str) -> str:
    body = {"name": "A future", "window_start": "2027-01-01", "window_end": "2027-12-31",
            "likelihood": {"source": "analyst", "probability": 0.3}, "dataset": dataset}  # fmt: skip
    return str((await _post(client, "/v1/scenarios", body))["id"])


async def test_a_signpost_is_created_read_changed_and_deleted(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    scenario = await _scenario(client, dataset)
    problem = await _problem(client, dataset)
    created = await _post(
        client,
        "/v1/signposts",
        {"name": "Border fire", "description": "Shelling across the line.",
         "scenario_ids": [scenario], "tags": ["dprk"], "dataset": dataset,
         "condition": {"kind": "alert", "problem_id": problem, "rule_key": "many"}},
    )  # fmt: skip
    assert created["id"].startswith("sgp_") and created["version"] == 1
    assert created["condition"] == {
        "kind": "alert", "problem_id": problem, "rule_key": "many", "level": "watch",
    }  # fmt: skip
    # The worker's fields start empty; it is due for the worker.
    assert created["status"] == "not_seen" and created["steps"] == []
    assert created["changed_at"] is None and created["evaluated_at"] is None
    assert created["evidence"]["alerts"] == [] and created["retracted"]["events"] == []
    assert await db.fetchval("SELECT 1 FROM signpost_due WHERE signpost_id = $1", created["id"])
    path = f"/v1/signposts/{created['id']}"
    assert (await client.get(path)).json() == created

    # Status fields are not the analyst's to write.
    bad = await client.post(
        "/v1/signposts",
        json={"name": "x", "dataset": dataset, "status": "seen", "condition": EVENTS},
    )
    assert bad.status_code in (400, 422), bad.text

    renamed = await client.patch(path, json={"name": "Fire on the border", "tags": []})
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["version"] == 2 and renamed.json()["tags"] == []

    # A worker's status, then a changed condition: reset in the same version, due again.
    await db.execute(
        "UPDATE signposts SET status = 'seen', changed_at = now(), value = 1, "
        "steps = jsonb_build_array(jsonb_build_object('at', now(), 'status', 'seen', "
        "'explanation', 'x', 'value', 1, 'evidence', '{}'::jsonb)) WHERE id = $1",
        created["id"],
    )
    await db.execute("DELETE FROM signpost_due WHERE signpost_id = $1", created["id"])
    changed = await client.patch(path, json={"condition": EVENTS})
    assert changed.status_code == 200, changed.text
    body = changed.json()
    assert body["version"] == 4 and body["condition"]["kind"] == "events"
    assert body["status"] == "not_seen" and body["steps"] == [] and body["value"] is None
    assert await db.fetchval("SELECT 1 FROM signpost_due WHERE signpost_id = $1", created["id"])
    assert (
        await db.fetchval("SELECT problem_id FROM signposts WHERE id = $1", created["id"]) is None
    )
    # The same condition sent again is no change.
    same = await client.patch(path, json={"condition": EVENTS})
    assert same.json()["version"] == 4

    history = (await client.get(f"{path}/history")).json()["data"]
    assert [v["version"] for v in history] == [1, 2, 3, 4]
    assert history[2]["signpost"]["status"] == "seen"

    deleted = await client.delete(path)
    assert deleted.status_code == 200, deleted.text
    assert (await client.get(path)).status_code == 404


async def test_every_refusal_has_its_pointer(client: Client, dataset: str) -> None:
    problem = await _problem(client, dataset)
    binary = await _question(client, dataset)
    count = await _question(client, dataset, "count")
    indicator = await _post(
        client,
        "/v1/indicators",
        {"name": "Trade", "unit": "USD bn", "frequency": "monthly", "dataset": dataset},
    )
    cases: list[tuple[Json, str]] = [
        ({"scenario_ids": ["scn_" + NONE]}, "/scenario_ids/0"),
        ({"condition": {"kind": "alert", "problem_id": "wpr_" + NONE}}, "/condition/problem_id"),
        ({"condition": {"kind": "alert", "problem_id": problem, "rule_key": "nope"}},
         "/condition/rule_key"),
        ({"condition": {"kind": "indicator", "indicator_id": "ind_" + NONE, "value": 3}},
         "/condition/indicator_id"),
        ({"condition": {"kind": "indicator", "indicator_id": indicator["id"], "value": 3,
                        "emerging": 4}}, "/condition/emerging"),
        ({"condition": {"kind": "indicator", "indicator_id": indicator["id"], "value": 3,
                        "comparator": "<=", "emerging": 2}}, "/condition/emerging"),
        ({"condition": {"kind": "question", "question_id": "qst_" + NONE}},
         "/condition/question_id"),
        ({"condition": {"kind": "question", "question_id": count, "comparator": ">="}},
         "/condition/value"),
        ({"condition": {"kind": "question", "question_id": binary, "comparator": ">=",
                        "value": 2}}, "/condition/question_id"),
        ({"condition": {"kind": "question", "question_id": count}}, "/condition/comparator"),
        ({"condition": {"kind": "forecast", "question_id": count, "probability": 0.5}},
         "/condition/question_id"),
        ({"condition": {"kind": "forecast", "question_id": binary, "probability": 0.5,
                        "emerging": 0.6}}, "/condition/emerging"),
        ({"condition": {"kind": "forecast", "question_id": binary, "probability": 0.2,
                        "direction": "below", "emerging": 0.1}}, "/condition/emerging"),
        ({"condition": {**EVENTS, "window": {}}}, "/condition/window"),
        ({"condition": {**EVENTS, "window": {"days": 3, "start": "2024-01-01",
                                             "end": "2024-02-01"}}}, "/condition/window"),
        ({"condition": {**EVENTS, "window": {"start": "2024-01-01"}}}, "/condition/window"),
        ({"condition": {**EVENTS, "window": {"start": "2024-02-01", "end": "2024-01-01"}}},
         "/condition/window"),
        ({"condition": {**EVENTS, "count": 3, "emerging": 3}}, "/condition/emerging"),
        ({"condition": {**EVENTS, "filters": {"actor": "act_" + NONE}}},
         "/condition/filters/actor"),
        ({"condition": {"kind": "statements", "window": {"days": 7},
                        "filters": {"speaker": "act_" + NONE}}}, "/condition/filters/speaker"),
    ]  # fmt: skip
    base = {"name": "A signpost", "dataset": dataset, "condition": EVENTS}
    for change, pointer in cases:
        assert await _refused(client, "POST", "/v1/signposts", {**base, **change}) == [pointer], (
            change
        )
    # An unknown filter is refused by the wire type, with its pointer.
    response = await client.post(
        "/v1/signposts", json={**base, "condition": {**EVENTS, "filters": {"colour": "red"}}}
    )
    assert response.status_code in (400, 422), response.text
    assert "colour" in response.text and "condition" in response.text
    # A change is checked as a create is.
    created = await _post(client, "/v1/signposts", base)
    path = f"/v1/signposts/{created['id']}"
    for change, pointer in cases[:4]:
        assert await _refused(client, "PATCH", path, change) == [pointer], change
    assert (await client.get(path)).json()["version"] == 1


async def test_the_list_filters(client: Client, dataset: str, db: asyncpg.Connection) -> None:
    scenario = await _scenario(client, dataset)
    problem = await _problem(client, dataset)
    question = await _question(client, dataset)
    alert = await _post(
        client,
        "/v1/signposts",
        {"name": "Alert on the border", "dataset": dataset, "scenario_ids": [scenario],
         "tags": ["korea"], "condition": {"kind": "alert", "problem_id": problem}},
    )  # fmt: skip
    forecast = await _post(
        client,
        "/v1/signposts",
        {"name": "Forecast crossing", "dataset": dataset,
         "condition": {"kind": "forecast", "question_id": question, "probability": 0.7}},
    )  # fmt: skip
    events = await _post(
        client, "/v1/signposts", {"name": "Fire", "dataset": dataset, "condition": EVENTS}
    )
    await db.execute("UPDATE signposts SET status = 'seen' WHERE id = $1", events["id"])

    async def listed(**params: str) -> set[str]:
        response = await client.get("/v1/signposts", params={"dataset": dataset, **params})
        assert response.status_code == 200, response.text
        return {s["id"] for s in response.json()["data"]}

    assert await listed() == {alert["id"], forecast["id"], events["id"]}
    assert await listed(scenario=scenario) == {alert["id"]}
    assert await listed(kind="forecast") == {forecast["id"]}
    assert await listed(problem=problem) == {alert["id"]}
    assert await listed(question=question) == {forecast["id"]}
    assert await listed(tag="korea") == {alert["id"]}
    assert await listed(name="BORDER") == {alert["id"]}
    assert await listed(status="seen") == {events["id"]}
    assert await listed(status="not_seen") == {alert["id"], forecast["id"]}
    bad = await client.get("/v1/signposts", params={"dataset": dataset, "status": "lit"})
    assert bad.status_code == 400, bad.text
