"""Planning read at a knowledge instant (``known_by``): scenarios (likelihood, signpost counts,
``lit``), scenario sets (``sum``, ``consistent``) and ACH matrices (``unknown``, re-scored,
``retracted``), each on several instants against figures worked by hand, with ``as_of``.

Signposts come as import lines with the worker's state (``steps``), as an export restores
them: their statuses over knowledge time are then the figures worked by hand, whatever the
data. No worker runs here to evaluate them again.
"""

import uuid
from datetime import UTC, datetime
from typing import Any

import asyncpg
import msgspec

from tests.integration.world import Client, Json, event, post, source

OPEN = {"closes_at": "2030-01-01T00:00:00Z", "resolves_at": "2030-02-01T00:00:00Z"}
WINDOW = {"window_start": "2029-12-01", "window_end": "2029-12-31", "over": "events"}
HORIZON = {"window_start": "2027-01-01", "window_end": "2027-12-31"}


def _now() -> str:
    return datetime.now(UTC).isoformat()


async def _get(client: Client, path: str, **params: Any) -> Json:
    response = await client.get(path, params=params)
    assert response.status_code == 200, response.text
    body: Json = response.json()
    return body


async def _signpost(
    client: Client,
    dataset: str,
    scenario_ids: list[str],
    status: str,
    steps: list[tuple[str, str]],
) -> str:
    external_id = f"signpost-{uuid.uuid4().hex}"
    line = {
        "resource": "signpost",
        "external_id": external_id,
        "name": "A signpost",
        "scenario_ids": scenario_ids,
        "condition": {"kind": "events", "window": {"days": 30}, "filters": {"tag": "none"}},
        "status": status,
        "changed_at": steps[-1][0] if steps else None,
        "steps": [{"at": at, "status": s, "explanation": ""} for at, s in steps],
    }
    response = await client.post(
        "/v1/import",
        params={"dataset": dataset},
        content=msgspec.json.encode(line) + b"\n",
        headers={"Content-Type": "application/x-ndjson"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["created"] == 1, response.text
    page = await _get(client, "/v1/signposts", dataset=dataset)
    return next(str(p["id"]) for p in page["data"] if p["external_id"] == external_id)


async def _scenario(client: Client, dataset: str, likelihood: Json, **fields: Any) -> Json:
    body = {"name": "A future", "likelihood": likelihood, "dataset": dataset, **HORIZON, **fields}
    return await post(client, "/v1/scenarios", body)


async def test_signpost_counts_at_each_knowledge_instant(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    scenario = await _scenario(client, dataset, {"source": "analyst", "probability": 0.4})
    other = await _scenario(client, dataset, {"source": "analyst", "probability": 0.6})
    sid = scenario["id"]
    assert scenario["signposts"] == {"total": 0, "seen": 0, "emerging": 0}
    # a: emerging 1 Feb, seen 1 Mar. b: seen 15 Feb, dark again 1 Apr. c: never lit.
    a = await _signpost(
        client,
        dataset,
        [sid],
        "seen",
        [("2024-02-01T00:00:00Z", "emerging"), ("2024-03-01T00:00:00Z", "seen")],
    )
    await _signpost(
        client,
        dataset,
        [sid, other["id"]],
        "not_seen",
        [("2024-02-15T00:00:00Z", "seen"), ("2024-04-01T00:00:00Z", "not_seen")],
    )
    await _signpost(client, dataset, [sid], "not_seen", [])
    gone = await _signpost(client, dataset, [sid], "seen", [("2024-01-01T00:00:00Z", "seen")])
    assert (await client.delete(f"/v1/signposts/{gone}")).status_code == 200
    path = f"/v1/scenarios/{sid}"
    expected = {
        "2024-01-15T00:00:00Z": (0, 0),
        "2024-02-01T00:00:00Z": (0, 1),  # a step at the instant counts
        "2024-02-20T00:00:00Z": (1, 1),
        "2024-03-10T00:00:00Z": (2, 0),
        "2024-05-01T00:00:00Z": (1, 0),
    }
    for known_by, (seen, emerging) in expected.items():
        read = (await _get(client, path, known_by=known_by))["signposts"]
        assert read == {"total": 3, "seen": seen, "emerging": emerging}, known_by
    # Without known_by: each signpost's status as recorded.
    assert (await _get(client, path))["signposts"] == {"total": 3, "seen": 1, "emerging": 0}
    assert (await _get(client, f"/v1/scenarios/{other['id']}"))["signposts"]["total"] == 1

    async def listed(**params: Any) -> list[str]:
        page = await _get(client, "/v1/scenarios", dataset=dataset, **params)
        return [s["id"] for s in page["data"]]

    assert await listed(lit="true") == [sid]
    assert await listed(lit="false") == [other["id"]]
    assert await listed(lit="true", known_by="2024-01-15T00:00:00Z") == []
    assert await listed(lit="true", known_by="2024-02-20T00:00:00Z") == [other["id"], sid]
    assert await listed(lit="true", known_by="2024-05-01T00:00:00Z") == [sid]
    listed_page = await _get(client, "/v1/scenarios", dataset=dataset,
                             known_by="2024-03-10T00:00:00Z")  # fmt: skip
    counts = {s["id"]: s["signposts"] for s in listed_page["data"]}
    assert counts[sid] == {"total": 3, "seen": 2, "emerging": 0}
    assert counts[other["id"]] == {"total": 1, "seen": 1, "emerging": 0}

    # as_of: a stops naming the scenario (a new version of the signpost).
    before = _now()
    changed = await client.patch(f"/v1/signposts/{a}", json={"scenario_ids": []})
    assert changed.status_code == 200, changed.text
    assert (await _get(client, path))["signposts"] == {"total": 2, "seen": 0, "emerging": 0}
    then = await _get(client, path, as_of=before, known_by="2024-03-10T00:00:00Z")
    assert then["signposts"] == {"total": 3, "seen": 2, "emerging": 0}
    now = await _get(client, path, known_by="2024-03-10T00:00:00Z")
    assert now["signposts"] == {"total": 2, "seen": 1, "emerging": 0}


async def test_likelihood_and_set_sum_from_forecasts_created_by_known_by(
    client: Client, dataset: str
) -> None:
    body = {"title": "Test?", "kind": "binary", "criteria": WINDOW, "dataset": dataset, **OPEN}
    question = (await post(client, "/v1/questions", body))["id"]
    the_set = await post(client, "/v1/scenario-sets", {"name": "Two futures", "dataset": dataset})
    stated = await _scenario(client, dataset, {"source": "analyst", "probability": 0.5},
                             set_id=the_set["id"])  # fmt: skip
    taken = await _scenario(client, dataset, {"source": "question", "question_id": question},
                            set_id=the_set["id"])  # fmt: skip
    forecast = {"question_id": question, "dataset": dataset, "forecaster": "alice"}
    t0 = _now()
    first = await post(client, "/v1/forecasts", {**forecast, "probability": 0.3})
    t1 = _now()
    second = await post(client, "/v1/forecasts", {**forecast, "probability": 0.5})
    t2 = _now()
    await client.patch(f"/v1/scenarios/{taken['id']}", json={"name": "Renamed"})
    path, set_path = f"/v1/scenarios/{taken['id']}", f"/v1/scenario-sets/{the_set['id']}"
    # known_by → (probability, forecast, set sum, consistent)
    cases: list[tuple[dict[str, str], float | None, str | None, float | None, bool]] = [
        ({"known_by": t0}, None, None, None, False),
        ({"known_by": t1}, 0.3, first["id"], 0.8, False),
        ({"known_by": t2}, 0.5, second["id"], 1.0, True),
        ({}, 0.5, second["id"], 1.0, True),
        # Both clocks: what was recorded at t1, known by t2, is what was known by t1.
        ({"as_of": t1, "known_by": t2}, 0.3, first["id"], 0.8, False),
        ({"as_of": t2, "known_by": t0}, None, None, None, False),
    ]
    for params, p, forecast_id, total, consistent in cases:
        likelihood = (await _get(client, path, **params))["likelihood"]
        assert likelihood["probability"] == p, params
        assert (likelihood["forecast"] or {}).get("id") == forecast_id, params
        read = await _get(client, set_path, **params)
        assert read["sum"] == total and read["consistent"] is consistent, params
        page = await _get(client, "/v1/scenario-sets", dataset=dataset, **params)
        assert [(s["sum"], s["consistent"]) for s in page["data"]] == [(total, consistent)]
    # The analyst's likelihood is the record's: known at any instant.
    early = await _get(client, f"/v1/scenarios/{stated['id']}", known_by="2000-01-01T00:00:00Z")
    assert early["likelihood"]["probability"] == 0.5
    # List filters read the likelihood at known_by.
    likely = await _get(client, "/v1/scenarios", dataset=dataset, min_probability=0.4,
                        known_by=t1)  # fmt: skip
    assert [s["id"] for s in likely["data"]] == [stated["id"]]
    even = await _get(client, "/v1/scenarios", dataset=dataset,
                      expression="roughly even chance", known_by=t2)  # fmt: skip
    assert [s["id"] for s in even["data"]] == [taken["id"], stated["id"]]
    # History: every version, each read at known_by (and at the last instant it was current).
    versions = (await _get(client, f"{path}/history", known_by=t1))["data"]
    assert [v["version"] for v in versions] == [1, 2]
    assert [v["scenario"]["likelihood"]["probability"] for v in versions] == [0.3, 0.3]
    versions = (await _get(client, f"{path}/history", known_by=t0))["data"]
    assert [v["scenario"]["likelihood"]["probability"] for v in versions] == [None, None]
    versions = (await _get(client, f"{path}/history"))["data"]
    assert [v["scenario"]["likelihood"]["probability"] for v in versions] == [0.5, 0.5]
    assert (await _get(client, f"{set_path}/history", known_by=t1))["data"][0]["scenario_set"][
        "sum"
    ] == 0.8


async def test_bad_known_by_is_a_400_naming_it(client: Client, dataset: str) -> None:
    scenario = await _scenario(client, dataset, {"source": "analyst", "probability": 0.4})
    for path in (f"/v1/scenarios/{scenario['id']}", f"/v1/scenarios/{scenario['id']}/history",
                 "/v1/scenarios", "/v1/scenario-sets", "/v1/ach-matrices"):  # fmt: skip
        params = {"known_by": "2024-01-01"} | ({} if "_" in path else {"dataset": dataset})
        response = await client.get(path, params=params)
        assert response.status_code == 400, (path, response.text)
        assert response.json()["errors"][0]["parameter"] == "known_by"
    missing = await client.get(f"/v1/scenarios/scn_{'0' * 32}", params={"known_by": _now()})
    assert missing.status_code == 404


H = [{"key": "h1", "label": "One"}, {"key": "h2", "label": "Two"}]


async def test_ach_leaves_out_what_was_not_reported_and_retracts_as_recorded(
    client: Client, dataset: str
) -> None:
    src = await source(client, dataset, "A")
    early = await event(client, dataset, src, reported_at="2024-06-27T00:00:00Z")
    late = await event(client, dataset, src, reported_at="2024-09-01T00:00:00Z")
    body = {
        "title": "Known by",
        "hypotheses": H,
        "evidence": [
            {"key": "early", "kind": "event", "record_id": early["id"], "relevance": "high"},
            {"key": "late", "kind": "event", "record_id": late["id"]},
            {"key": "note", "kind": "free", "text": "A note", "source": "Desk",
             "credibility": "B2", "relevance": "low"},
        ],
        "ratings": [
            {"evidence": "early", "hypothesis": "h1", "rating": "I"},  # h1: 1 × 2 = 2
            {"evidence": "early", "hypothesis": "h2", "rating": "C"},
            {"evidence": "late", "hypothesis": "h1", "rating": "C"},
            {"evidence": "late", "hypothesis": "h2", "rating": "II"},  # h2: 2 × 1 = 2
            {"evidence": "note", "hypothesis": "h2", "rating": "I"},  # h2: + 0.5
        ],
        "dataset": dataset,
    }  # fmt: skip
    matrix = await post(client, "/v1/ach-matrices", body)
    path = f"/v1/ach-matrices/{matrix['id']}"

    def scores(m: Json) -> list[tuple[str, float, int]]:
        return [(h["hypothesis"], h["inconsistency"], h["rank"]) for h in m["scores"]["hypotheses"]]

    # All known: h1 2, h2 2.5.
    assert matrix["unknown"] == [] and scores(matrix) == [("h1", 2.0, 1), ("h2", 2.5, 2)]
    # By August, `late` had not been reported: h1 2, h2 0.5 → h2 first.
    august = await _get(client, path, known_by="2024-08-01T00:00:00Z")
    assert august["unknown"] == ["late"]
    assert scores(august) == [("h2", 0.5, 1), ("h1", 2.0, 2)]
    assert [e["evidence"] for e in august["scores"]["evidence"]] == ["early", "note"]
    assert august["evidence"] == matrix["evidence"] and august["version"] == matrix["version"]
    # Before either: only the free item counts.
    june = await _get(client, path, known_by="2024-06-26T00:00:00Z")
    assert june["unknown"] == ["early", "late"] and scores(june) == [("h1", 0.0, 1),
                                                                     ("h2", 0.5, 2)]  # fmt: skip
    later = await _get(client, path, known_by="2024-09-01T00:00:00Z")
    assert later["unknown"] == [] and later["scores"] == matrix["scores"]
    listed = await _get(client, "/v1/ach-matrices", dataset=dataset,
                        known_by="2024-08-01T00:00:00Z")  # fmt: skip
    assert listed["data"] == [august]
    history = (await _get(client, f"{path}/history", known_by="2024-08-01T00:00:00Z"))["data"]
    assert [v["ach_matrix"] for v in history] == [august]
    # A retraction is known when it is recorded.
    before = _now()
    response = await client.patch(
        f"/v1/events/{early['id']}", json={"status": "retracted", "status_reason": "Withdrawn."}
    )
    assert response.status_code == 200, response.text
    after = _now()
    assert (await _get(client, path))["retracted"] == ["early"]
    assert (await _get(client, path, known_by=before))["retracted"] == []
    assert (await _get(client, path, known_by=after))["retracted"] == ["early"]
    # as_of: the matrix as recorded then (`retracted` read now unless known_by says when).
    assert (await _get(client, path, as_of=before))["retracted"] == ["early"]
    both = await _get(client, path, as_of=before, known_by="2024-08-01T00:00:00Z")
    assert both["retracted"] == [] and both["unknown"] == ["late"]
