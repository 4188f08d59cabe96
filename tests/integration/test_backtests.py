"""Rolling-origin backtests over HTTP: stored, reproducible, and blind to what came later.

A small launch history is made through the API (events tagged ``missile-test``, each reported
when its day ends, some reported late). The no-look-ahead test corrupts every fact reported
after an origin — moves and retags them, and adds fake launches in the past reported later —
and shows that no forecast at or before that origin moves. A backtest is a versioned resource:
only its bookkeeping changes, it is in the change feed, and an exported one is restored by an
import as it was, not run again.
"""

import uuid
from datetime import UTC, datetime
from typing import Any

import asyncpg
import msgspec
import pytest
from watchfloor.access.schemas import ApiKeyWithSecret

from tests.conftest import grant
from tests.integration import world
from tests.integration.worker_probe import settled
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


async def test_a_backtest_is_versioned_bookkeeping_only_and_in_the_change_feed(
    client: Client, db: asyncpg.Connection, history: str
) -> None:
    body = _body(history, "count-model", "binary")
    key = {"Idempotency-Key": "bt-once"}
    first = await client.post("/v1/backtests", json=body, headers=key)
    again = await client.post("/v1/backtests", json=body, headers=key)
    assert first.status_code == again.status_code == 201, again.text
    run: Json = first.json()
    assert again.json()["id"] == run["id"] and run["version"] == 1
    assert first.headers["location"].endswith(f"/v1/backtests/{run['id']}")
    # Only bookkeeping changes: the numbers are the run's for good.
    refused = await client.patch(f"/v1/backtests/{run['id']}", json={"results": []})
    assert refused.status_code == 400, refused.text
    named = await client.patch(f"/v1/backtests/{run['id']}", json={"external_id": "bt-1"})
    assert named.status_code == 200, named.text
    assert named.json() == {**run, "version": 2, "external_id": "bt-1",
                            "updated_at": named.json()["updated_at"]}  # fmt: skip
    versions = (await client.get(f"/v1/backtests/{run['id']}/history")).json()["data"]
    assert [v["version"] for v in versions] == [1, 2]
    assert versions[0]["backtest"] == run
    gone = await client.delete(f"/v1/backtests/{run['id']}")
    assert gone.status_code == 200, gone.text
    assert (await client.get(f"/v1/backtests/{run['id']}")).status_code == 404
    await settled(db, history)
    changes = (await client.get("/v1/changes", params={"dataset": history, "limit": 100})).json()
    mine = [(c["op"], c["version"]) for c in changes["data"] if c["id"] == run["id"]]
    assert mine == [("upsert", 1), ("upsert", 2), ("delete", 3)]


async def test_an_exported_backtest_is_restored_by_an_import_not_run_again(
    client: Client, db: asyncpg.Connection, history: str, api_key: ApiKeyWithSecret
) -> None:
    run = await _run(client, _body(history, "persistence", "count"))
    exported = await client.get("/v1/export", params={"resource": "backtest", "dataset": history})
    [line] = [msgspec.json.decode(x) for x in exported.content.splitlines()]
    assert line == run
    elsewhere = f"t-{uuid.uuid4().hex[:12]}"
    await db.execute("INSERT INTO datasets (name, kind) VALUES ($1, 'sandbox')", elsewhere)
    await grant(db, api_key.key.id, elsewhere)
    bookkeeping = ("id", "dataset", "version", "created_at", "updated_at")
    restored = {k: v for k, v in line.items() if k not in bookkeeping}
    broken = {**restored, "aggregates": {**restored["aggregates"], "origins": 3}}
    lines = [
        {"resource": "backtest", **restored, "external_id": "bt-restored"},
        {"resource": "backtest", **broken, "external_id": "bt-broken"},
    ]
    imported = await client.post(
        "/v1/import",
        params={"dataset": elsewhere},
        content=b"".join(msgspec.json.encode(x) + b"\n" for x in lines),
        headers={"Content-Type": "application/x-ndjson"},
    )
    assert imported.status_code == 200, imported.text
    report = imported.json()
    assert report["created"] == 1 and report["rejected"] == 1, report
    assert "/aggregates/origins" in report["rejected_lines"][0]["reason"]
    [copy] = (await client.get("/v1/backtests", params={"dataset": elsewhere})).json()["data"]
    got = (await client.get(f"/v1/backtests/{copy['id']}")).json()
    # The same numbers, not computed again (the other dataset has no launches at all) …
    for name in ("results", "aggregates", "fingerprint", "elapsed_ms"):
        assert got[name] == run[name], name
    # … and a request that reproduces it where it now lives.
    assert got["request"] == {**run["request"], "dataset": elsewhere}
    assert got["external_id"] == "bt-restored"
