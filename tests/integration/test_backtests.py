"""Rolling-origin backtests over HTTP: stored, reproducible, and blind to what came later.

A small launch history is made through the API (events tagged ``missile-test``, each reported
when its day ends, some reported late). The no-look-ahead test corrupts every fact reported
after an origin — moves and retags them, and adds fake launches in the past reported later —
and shows that no forecast at or before that origin moves.
"""

from datetime import UTC, datetime
from typing import Any

import asyncpg
import pytest

from tests.integration import world
from tests.integration.world import Client

Json = dict[str, Any]

# Launch days, 2019-01 to 2021-12: a quiet stretch, a busy one, then quiet again.
LAUNCHES = [
    "2019-02-03", "2019-05-04", "2019-05-09", "2019-07-25", "2019-07-31", "2019-08-02",
    "2019-08-06", "2019-08-10", "2019-08-16", "2019-08-24", "2019-09-10", "2019-10-02",
    "2019-10-31", "2019-11-28", "2020-03-02", "2020-03-09", "2020-03-21", "2020-03-29",
    "2020-04-14", "2021-01-14", "2021-03-25", "2021-09-15", "2021-09-28", "2021-10-19",
]  # fmt: skip
# Reported well after the fact: known only from 2021-06-01.
LATE = {"2020-11-05": "2021-06-01T00:00:00Z"}


async def _history(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    for day in LAUNCHES:
        await world.event(client, dataset, src, occurred={"start": day}, tags=["missile-test"])
    for day, reported in LATE.items():
        await world.event(
            client, dataset, src, occurred={"start": day}, tags=["missile-test"],
            reported_at=reported,
        )  # fmt: skip
    # Not a launch: never counted.
    await world.event(client, dataset, src, occurred={"start": "2020-06-01"}, tags=["parade"])


def _body(dataset: str, model: str, kind: str, **template: Any) -> Json:
    return {
        "model": model,
        "template": {
            "over": "events",
            "filters": {"tag": "missile-test"},
            "kind": kind,
            **template,
        },
        "origin_from": "2019-06-01",
        "origin_to": "2021-11-01",
        "dataset": dataset,
    }


async def _run(client: Client, body: Json) -> Json:
    response = await client.post("/v1/backtests", json=body)
    assert response.status_code == 201, response.text
    created: Json = response.json()
    return created


@pytest.fixture
async def history(client: Client, dataset: str) -> str:
    await _history(client, dataset)
    return dataset


@pytest.mark.parametrize(
    ("model", "kind"),
    [
        ("climatology", "binary"),
        ("count-model", "binary"),
        ("persistence", "binary"),
        ("climatology", "count"),
        ("count-model", "count"),
        ("persistence", "count"),
    ],
)
async def test_the_same_data_model_and_template_give_identical_numbers(
    client: Client, history: str, model: str, kind: str
) -> None:
    first = await _run(client, _body(history, model, kind))
    second = await _run(client, _body(history, model, kind))
    assert first["id"] != second["id"]
    assert first["results"] == second["results"]
    assert first["aggregates"] == second["aggregates"]
    assert first["fingerprint"] == second["fingerprint"]
    assert first["aggregates"]["origins"] == 30
    stored = await client.get(f"/v1/backtests/{first['id']}")
    assert stored.status_code == 200, stored.text
    assert stored.json() == first


async def test_outcomes_are_the_launches_of_the_next_month_as_known_at_its_end(
    client: Client, history: str
) -> None:
    run = await _run(client, _body(history, "persistence", "count"))
    by_month = {r["target_start"]: r for r in run["results"]}
    assert by_month["2019-08-01"]["outcome"]["value"] == 5
    assert by_month["2019-08-01"]["target_end"] == "2019-08-31"
    # Reported in June 2021: not known at the end of November 2020.
    assert by_month["2020-11-01"]["outcome"]["value"] == 0
    # Persistence: July 2019 had two launches, so August's median is 2.
    assert by_month["2019-08-01"]["forecast"]["quantiles"][2] == 2
    binary = await _run(client, _body(history, "persistence", "binary"))
    row = {r["target_start"]: r for r in binary["results"]}["2019-08-01"]
    assert row["forecast"]["probability"] == 0.9
    assert row["outcome"] == {"value": 1.0, "outcome": True}
    assert row["scores"]["brier"] == pytest.approx(0.01)


async def test_no_forecast_moves_when_every_fact_reported_after_its_origin_is_corrupted(
    client: Client, db: asyncpg.Connection, history: str
) -> None:
    cut = datetime(2020, 4, 1, tzinfo=UTC)
    before = {
        (model, kind): await _run(client, _body(history, model, kind))
        for model in ("climatology", "count-model", "persistence")
        for kind in ("binary", "count")
    }
    # Everything reported after the cut: moved into the past, and more launches in the past
    # that were "reported" later.
    moved = await db.execute(
        "UPDATE events SET occurred_start = occurred_start - 400, "
        "tags = array_append(tags, 'missile-test') "
        "WHERE dataset = $1 AND reported_at > $2",
        history, cut,
    )  # fmt: skip
    assert moved != "UPDATE 0"
    src = await world.source(client, history)
    for day in ("2019-03-10", "2019-12-01", "2020-02-15", "2020-03-31"):
        await world.event(
            client, history, src, occurred={"start": day}, tags=["missile-test"],
            reported_at="2020-04-01T00:00:01Z",
        )  # fmt: skip
    for (model, kind), earlier in before.items():
        later = await _run(client, _body(history, model, kind))
        moved_origins = []
        for a, b in zip(earlier["results"], later["results"], strict=True):
            assert a["origin"] == b["origin"]
            if datetime.fromisoformat(a["origin"]) <= cut:
                assert a["forecast"] == b["forecast"], (model, kind, a["origin"])
            elif a["forecast"] != b["forecast"]:
                moved_origins.append(a["origin"])
        # The corruption is real: forecasts after the cut see it.
        assert moved_origins, (model, kind)
        assert earlier["fingerprint"] != later["fingerprint"]


async def test_an_indicator_template_reads_its_figures_as_known(
    client: Client, history: str
) -> None:
    indicator = await world.post(
        client,
        "/v1/indicators",
        {
            "name": "Launches per month",
            "unit": "launches",
            "frequency": "monthly",
            "dataset": history,
            "definition": {"measure": "count", "filters": {"tag": "missile-test"}},
        },
    )
    over = await _run(client, _body(history, "count-model", "count"))
    body = _body(history, "count-model", "count")
    body["template"] = {"indicator_id": indicator["id"], "kind": "count"}
    via = await _run(client, body)
    assert via["results"] == over["results"]


@pytest.mark.parametrize(
    ("change", "pointer"),
    [
        ({"origin_to": "2019-01-01"}, "/origin_to"),
        ({"origin_from": "1960-01-01"}, "/origin_to"),
        ({"origin_to": "2099-01-01"}, "/origin_to"),
        ({"template": {"kind": "binary"}}, "/template/indicator_id"),
        (
            {"template": {"kind": "binary", "over": "events", "filters": {"nonsense": 1}}},
            "/template/filters",
        ),
        (
            {"template": {"kind": "count", "over": "events", "comparison": {"value": 2}}},
            "/template/comparison",
        ),
        (
            {"template": {"kind": "count", "over": "events", "quantile_levels": [0.5, 0.25]}},
            "/template/quantile_levels",
        ),
        (
            {"template": {"kind": "count", "indicator_id": "ind_" + "0" * 32}},
            "/template/indicator_id",
        ),
    ],
)
async def test_a_template_or_range_that_cannot_run_is_422_with_its_pointer(
    client: Client, dataset: str, change: Json, pointer: str
) -> None:
    body = {**_body(dataset, "climatology", "binary"), **change}
    response = await client.post("/v1/backtests", json=body)
    assert response.status_code == 422, response.text
    assert pointer in [e.get("pointer") for e in response.json()["errors"]]


async def test_backtests_are_listed_newest_first_by_pages(client: Client, history: str) -> None:
    ids = [(await _run(client, _body(history, "climatology", "binary")))["id"] for _ in range(3)]
    first = await client.get("/v1/backtests", params={"dataset": history, "limit": 2})
    assert first.status_code == 200, first.text
    page = first.json()
    assert [b["id"] for b in page["data"]] == ids[::-1][:2]
    assert "results" not in page["data"][0]
    second = await client.get(
        "/v1/backtests", params={"dataset": history, "limit": 2, "cursor": page["next_cursor"]}
    )
    assert [b["id"] for b in second.json()["data"]] == ids[:1]
    assert second.json()["next_cursor"] is None
    missing = await client.get("/v1/backtests/bkt_" + "0" * 32)
    assert missing.status_code == 404
