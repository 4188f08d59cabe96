"""ACH matrices: every 422, Heuer's scores by hand, diagnosticity, flags and ``as_of`` reads."""

import asyncio
from datetime import UTC, datetime
from typing import Any

import asyncpg
import pytest
from watchfloor.access.schemas import ApiKeyWithSecret

from tests.conftest import grant
from tests.integration.world import Client, Json, event, post, source

PATH = "/v1/ach-matrices"
H = [
    {"key": "alliance", "label": "An alliance in all but name"},
    {"key": "convenience", "label": "A partnership of convenience limited by mistrust"},
    {"key": "tactical", "label": "A tactical alignment that ends with the Ukraine war"},
]


def _free(key: str, credibility: str = "B2", relevance: str = "medium") -> Json:
    return {
        "key": key,
        "kind": "free",
        "text": f"Item {key}",
        "source": "Analyst notes",
        "credibility": credibility,
        "relevance": relevance,
    }


def _rate(e: str, *ratings: str) -> list[Json]:
    return [
        {"evidence": e, "hypothesis": h["key"], "rating": r}
        for h, r in zip(H, ratings, strict=True)
    ]


async def _refused(client: Client, body: Json, path: str = PATH, method: str = "post") -> Any:
    response = await getattr(client, method)(path, json=body)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    return {e["pointer"]: e["detail"] for e in response.json()["errors"]}


async def test_scores_computed_by_hand(client: Client, dataset: str) -> None:
    """Heuer: inconsistencies only, weighted by relevance; diagnosticity is the spread."""
    body = {
        "title": "China–Russia alignment",
        "hypotheses": H,
        "evidence": [
            _free("e1", "A1", "high"),  # II for alliance: 2 × 2 = 4
            _free("e2", "C3", "medium"),  # weakly sourced (C), diagnostic
            _free("e3", "B4", "low"),  # weakly sourced (4), same for all: not diagnostic
            _free("e4", "B3", "medium"),  # B3 is not worse than B3
        ],
        "ratings": [
            *_rate("e1", "II", "C", "CC"),
            *_rate("e2", "C", "I", "I"),
            *_rate("e3", "I", "I", "I"),
            *_rate("e4", "N", "C", "I"),
        ],
        "tags": ["china-russia"],
        "dataset": dataset,
    }
    matrix = await post(client, PATH, body)
    assert matrix["id"].startswith("ach_")
    scores = matrix["scores"]
    # alliance: e1 II×2 = 4, e3 I×0.5 = 0.5 → 4.5; convenience: e2 1 + e3 0.5 = 1.5;
    # tactical: e2 1 + e3 0.5 + e4 1 = 2.5.
    assert [(h["hypothesis"], h["inconsistency"], h["inconsistent"], h["rank"])
            for h in scores["hypotheses"]] == [
        ("convenience", 1.5, 2, 1), ("tactical", 2.5, 3, 2), ("alliance", 4.5, 2, 3),
    ]  # fmt: skip
    by_key = {e["evidence"]: e for e in scores["evidence"]}
    assert by_key["e1"]["diagnosticity"] == 4  # CC 2 − II −2
    assert by_key["e2"]["diagnosticity"] == 2 and by_key["e2"]["diagnostic"]
    assert by_key["e3"]["diagnosticity"] == 0 and not by_key["e3"]["diagnostic"]
    assert by_key["e4"]["diagnosticity"] == 2  # N left out: C 1 − I −1
    assert [k for k, e in by_key.items() if e["weakly_sourced"]] == ["e2", "e3"]
    assert [k for k, e in by_key.items() if e["flagged"]] == ["e2"]


async def test_ties_share_a_rank(client: Client, dataset: str) -> None:
    body = {
        "title": "Ties",
        "hypotheses": H,
        "evidence": [_free("e1")],
        "ratings": _rate("e1", "C", "C", "I"),
        "dataset": dataset,
    }
    ranks = [
        (h["hypothesis"], h["rank"])
        for h in (await post(client, PATH, body))["scores"]["hypotheses"]
    ]
    assert ranks == [("alliance", 1), ("convenience", 1), ("tactical", 3)]


async def test_records_bring_their_grade_and_retraction_shows(client: Client, dataset: str) -> None:
    """A record's credibility is its grade; retracted since cited shows on every read."""
    weak = await source(client, dataset, "D")
    cited = await event(client, dataset, weak)
    good = await event(client, dataset, await source(client, dataset, "A"))
    body = {
        "title": "Records",
        "hypotheses": H[:2],
        "evidence": [
            {"key": "weak", "kind": "event", "record_id": cited["id"]},
            {"key": "good", "kind": "event", "record_id": good["id"]},
        ],
        "ratings": [
            {"evidence": "weak", "hypothesis": "alliance", "rating": "CC"},
            {"evidence": "weak", "hypothesis": "convenience", "rating": "II"},
            {"evidence": "good", "hypothesis": "alliance", "rating": "C"},
            {"evidence": "good", "hypothesis": "convenience", "rating": "I"},
        ],
        "dataset": dataset,
    }
    matrix = await post(client, PATH, body)
    assert [e["credibility"] for e in matrix["evidence"]] == ["D2", "A2"]
    assert [e["cited_status"] for e in matrix["evidence"]] == ["reported", "reported"]
    assert [e["flagged"] for e in matrix["scores"]["evidence"]] == [True, False]
    assert matrix["retracted"] == [] and matrix["record_ids"] == [cited["id"], good["id"]]
    response = await client.patch(
        f"/v1/events/{cited['id']}",
        json={"status": "retracted", "status_reason": "The report was withdrawn."},
    )
    assert response.status_code == 200, response.text
    now = (await client.get(f"{PATH}/{matrix['id']}")).json()
    assert now["retracted"] == ["weak"] and now["version"] == matrix["version"]
    listed = (await client.get(PATH, params={"dataset": dataset, "record": cited["id"]})).json()
    assert [m["id"] for m in listed["data"]] == [matrix["id"]]


@pytest.mark.parametrize(
    ("change", "pointer"),
    [
        ({"ratings": [{"evidence": "nope", "hypothesis": "alliance", "rating": "C"}]},
         "/ratings/0/evidence"),
        ({"ratings": [{"evidence": "e1", "hypothesis": "nope", "rating": "C"}]},
         "/ratings/0/hypothesis"),
        ({"ratings": [{"evidence": "e1", "hypothesis": "alliance", "rating": "III"}]},
         "/ratings/0/rating"),
        ({"ratings": [{"evidence": "e1", "hypothesis": "alliance", "rating": "c"}]},
         "/ratings/0/rating"),
        ({"ratings": [{"evidence": "e1", "hypothesis": "alliance", "rating": "C"},
                      {"evidence": "e1", "hypothesis": "alliance", "rating": "I"}]},
         "/ratings/1"),
        ({"hypotheses": [H[0], H[1], {**H[2], "key": "alliance"}]}, "/hypotheses/2/key"),
        ({"evidence": [_free("e1"), _free("e1")]}, "/evidence/1/key"),
        ({"evidence": [{"key": "e1", "kind": "free", "text": "x", "source": "y"}]},
         "/evidence/0/credibility"),
        ({"evidence": [{**_free("e1"), "record_id": "evt_" + "0" * 32}]},
         "/evidence/0/record_id"),
        ({"evidence": [{"key": "e1", "kind": "event"}]}, "/evidence/0/record_id"),
        ({"evidence": [{"key": "e1", "kind": "event", "record_id": "evt_" + "0" * 32}]},
         "/evidence/0/record_id"),
        ({"evidence": [{"key": "e1", "kind": "statement", "record_id": "evt_" + "0" * 32}]},
         "/evidence/0/record_id"),
        ({"evidence": [{"key": "e1", "kind": "alert", "record_id": "alr_" + "0" * 32,
                        "credibility": "A1"}]},
         "/evidence/0/credibility"),
        ({"question_id": "qst_" + "0" * 32}, "/question_id"),
    ],
)  # fmt: skip
async def test_bad_input_is_422_with_a_pointer(
    client: Client, dataset: str, change: Json, pointer: str
) -> None:
    body = {
        "title": "Bad",
        "hypotheses": H,
        "evidence": [_free("e1")],
        "ratings": [],
        "dataset": dataset,
        **change,
    }
    assert pointer in await _refused(client, body)


async def test_a_record_of_another_dataset_is_refused(
    client: Client, dataset: str, db: asyncpg.Connection, api_key: ApiKeyWithSecret
) -> None:
    other = f"{dataset}-b"
    await db.execute(
        "INSERT INTO datasets (name, kind, description) VALUES ($1, 'sandbox', 'test')", other
    )
    await grant(db, api_key.key.id, other)
    elsewhere = await event(client, other, await source(client, other))
    body = {
        "title": "Elsewhere",
        "hypotheses": H,
        "evidence": [{"key": "e1", "kind": "event", "record_id": elsewhere["id"]}],
        "dataset": dataset,
    }
    errors = await _refused(client, body)
    assert "is in dataset" in errors["/evidence/0/record_id"]


async def test_a_patch_is_checked_whole_and_scored_again(client: Client, dataset: str) -> None:
    body = {"title": "Patch", "hypotheses": H, "evidence": [_free("e1")], "dataset": dataset}
    matrix = await post(client, PATH, body)
    path = f"{PATH}/{matrix['id']}"
    errors = await _refused(
        client, {"ratings": [{"evidence": "e1", "hypothesis": "x", "rating": "C"}]}, path, "patch"
    )
    assert list(errors) == ["/ratings/0/hypothesis"]
    response = await client.patch(path, json={"ratings": _rate("e1", "I", "C", "C")})
    assert response.status_code == 200, response.text
    assert response.json()["scores"]["hypotheses"][-1] == {
        "hypothesis": "alliance", "inconsistency": 1.0, "inconsistent": 1, "rank": 3
    }  # fmt: skip
    # Removing the evidence a kept rating names is refused at the rating.
    errors = await _refused(client, {"evidence": [_free("e2")]}, path, "patch")
    assert "/ratings/0/evidence" in errors


async def test_as_of_reads_an_earlier_version(client: Client, dataset: str) -> None:
    body = {
        "title": "Versions",
        "hypotheses": H,
        "evidence": [_free("e1")],
        "ratings": _rate("e1", "I", "C", "C"),
        "dataset": dataset,
        "tags": ["v"],
    }
    matrix = await post(client, PATH, body)
    path = f"{PATH}/{matrix['id']}"
    await asyncio.sleep(0.01)
    before = datetime.now(UTC).isoformat()
    await asyncio.sleep(0.01)
    response = await client.patch(path, json={"ratings": _rate("e1", "C", "I", "II")})
    assert response.status_code == 200, response.text
    assert response.json()["scores"]["hypotheses"][0]["hypothesis"] == "alliance"
    then = (await client.get(path, params={"as_of": before})).json()
    assert then["version"] == 1 and then["scores"] == matrix["scores"]
    assert then["scores"]["hypotheses"][0]["hypothesis"] == "convenience"
    history = (await client.get(f"{path}/history")).json()
    assert [v["version"] for v in history["data"]] == [1, 2]
    listed = await client.get(PATH, params={"dataset": dataset, "hypothesis": "CONVENIENCE"})
    assert matrix["id"] in [m["id"] for m in listed.json()["data"]]
    listed = await client.get(PATH, params={"dataset": dataset, "title": "nothing like it"})
    assert listed.json()["data"] == []


async def test_too_few_hypotheses_is_a_schema_mismatch(client: Client, dataset: str) -> None:
    response = await client.post(
        PATH, json={"title": "One", "hypotheses": H[:1], "dataset": dataset}
    )
    assert response.status_code == 400, response.text


async def test_a_matrix_weighs_a_scenario_sets_futures(client: Client, dataset: str) -> None:
    """A matrix per scenario set: its hypotheses may be the set's scenarios, each once."""
    window = {"window_start": "2027-01-01", "window_end": "2027-12-31"}
    analyst = {"source": "analyst", "probability": 0.5}
    sets = [
        await post(client, "/v1/scenario-sets", {"name": f"Set {n}", "dataset": dataset})
        for n in (1, 2)
    ]
    first = {**window, "likelihood": analyst, "set_id": sets[0]["id"], "dataset": dataset}
    ours = [await post(client, "/v1/scenarios", {"name": f"Future {n}", **first}) for n in (1, 2)]
    theirs = await post(
        client,
        "/v1/scenarios",
        {"name": "Elsewhere", **window, "likelihood": analyst, "set_id": sets[1]["id"],
         "dataset": dataset},
    )  # fmt: skip
    hypotheses = [
        {"key": "a", "label": "Future 1", "scenario_id": ours[0]["id"]},
        {"key": "b", "label": "Future 2", "scenario_id": ours[1]["id"]},
    ]
    body = {"title": "Which future?", "scenario_set_id": sets[0]["id"], "hypotheses": hypotheses,
            "dataset": dataset}  # fmt: skip
    matrix = await post(client, PATH, body)
    assert matrix["scenario_set_id"] == sets[0]["id"]
    assert [h["scenario_id"] for h in matrix["hypotheses"]] == [s["id"] for s in ours]

    listed = await client.get(PATH, params={"dataset": dataset, "scenario_set": sets[0]["id"]})
    assert [m["id"] for m in listed.json()["data"]] == [matrix["id"]]
    listed = await client.get(PATH, params={"dataset": dataset, "scenario": ours[1]["id"]})
    assert [m["id"] for m in listed.json()["data"]] == [matrix["id"]]
    listed = await client.get(PATH, params={"dataset": dataset, "scenario": theirs["id"]})
    assert listed.json()["data"] == []

    missing_set = "sst_" + "0" * 32
    assert await _refused(client, {**body, "scenario_set_id": missing_set}) == {
        "/scenario_set_id": f"no scenario set {missing_set}"
    }
    other = [hypotheses[0], {"key": "c", "label": "Elsewhere", "scenario_id": theirs["id"]}]
    assert await _refused(client, {**body, "hypotheses": other}) == {
        "/hypotheses/1/scenario_id": f"scenario {theirs['id']} is not in set {sets[0]['id']}"
    }
    twice = [hypotheses[0], {**hypotheses[0], "key": "again"}]
    assert await _refused(client, {**body, "hypotheses": twice}) == {
        "/hypotheses/1/scenario_id": f"scenario {ours[0]['id']} is named twice"
    }
    # A patch is checked against the set it keeps.
    assert await _refused(client, {"hypotheses": other}, f"{PATH}/{matrix['id']}", "patch") == {
        "/hypotheses/1/scenario_id": f"scenario {theirs['id']} is not in set {sets[0]['id']}"
    }
    # Without a set, any scenario of the dataset will do.
    loose = await post(client, PATH, {**body, "scenario_set_id": None, "hypotheses": other})
    assert loose["scenario_set_id"] is None
