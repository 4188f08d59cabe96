"""The merge of claims: the precedence ``docs/import-format.md`` documents, rule by rule."""

from itertools import permutations
from typing import Any

from watchfloor.imports.claims import Claim, merge


def _claim(grade: str, unknown: tuple[str, ...] = (), **fields: Any) -> Claim:
    citation = {"source_id": f"src_{grade}", "credibility": int(grade[1])}
    return Claim({**fields, "citations": [citation]}, (grade[0], int(grade[1])), frozenset(unknown))


CNS = _claim(
    "B2",
    ("title", "place"),
    title="Scud launch from an unknown site",
    place={"country": "PRK", "precision": "country"},
    occurred={"start": "2016-02-07", "time": "2016-02-07T00:29:00Z"},
    status="confirmed",
    magnitudes=[{"kind": "apogee", "unit": "km", "best": 500.0}],
    tags=["missile-test", "outcome:success"],
    context=["military"],
)
NAGIX = _claim(
    "C3",
    title="Scud launch from Sohae",
    place={"name": "Sohae", "country": "PRK", "precision": "facility"},
    occurred={"start": "2016-02-07", "time": "2016-02-07T12:29:00Z"},
    magnitudes=[
        {"kind": "apogee", "unit": "km", "best": 510.0},
        {"kind": "bearing", "unit": "deg", "best": 90.0},
    ],
    tags=["missile-test", "outcome:failure", "landing:sea-of-japan"],
    context=["technology"],
)


def test_best_grade_wins_what_it_knows_and_the_other_fills_the_gaps() -> None:
    merged = merge([NAGIX, CNS], [])
    assert merged["title"] == "Scud launch from Sohae"
    assert merged["place"] == {"name": "Sohae", "country": "PRK", "precision": "facility"}
    assert merged["occurred"]["time"] == "2016-02-07T00:29:00Z"
    assert merged["status"] == "confirmed"
    assert [m["best"] for m in merged["magnitudes"]] == [500.0, 90.0]
    assert merged["tags"] == ["missile-test", "outcome:success", "landing:sea-of-japan"]
    assert merged["context"] == ["military", "technology"]


def test_the_loser_keeps_what_it_said_in_its_citation() -> None:
    cns, nagix = merge([CNS, NAGIX], [])["citations"]
    assert "note" not in cns
    assert nagix["note"].startswith("Differs: magnitudes.apogee ")
    assert "occurred.time 2016-02-07T12:29:00Z" in nagix["note"]
    assert "tags.outcome" in nagix["note"]


def test_the_order_claims_come_in_never_matters() -> None:
    others = [{"source_id": "src_analyst", "credibility": 1}]
    results = [merge(list(order), others) for order in permutations([CNS, NAGIX])]
    assert results[0] == results[1]
    assert results[0]["citations"][-1] == others[0]


def test_a_placeholder_nobody_replaces_is_the_one_that_knows_most() -> None:
    vague = _claim("B2", ("title", "place"), title="Missile launch from an unknown site")
    less_vague = _claim("C3", ("title",), title="Missile launch from Sohae")
    assert merge([vague, less_vague], [])["title"] == "Missile launch from Sohae"
