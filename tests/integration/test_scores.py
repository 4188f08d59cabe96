"""Scores, leaderboard and calibration over HTTP, against a small case worked out by hand.

Questions and forecasts are inserted directly (the table kit, as the services will), with
their ``created_at`` set; the endpoints are read over real HTTP. Each insert is its own
transaction, so ``as_of`` between two of them sees the first only.
"""

import math
from datetime import UTC, datetime
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.context import Context
from watchfloor.ids import new_id
from watchfloor.persistence.records import Records
from watchfloor.resources.forecasts.repository import FORECASTS
from watchfloor.resources.questions.repository import QUESTIONS

Client = AsyncTestClient[Litestar]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


async def question(db: asyncpg.Connection, dataset: str, **values: Any) -> str:
    record = {
        "id": new_id("question"),
        "dataset": dataset,
        "title": "A question",
        "kind": "binary",
        "tags": ["dprk"],
        "opens_at": at("2026-01-01T00:00"),
        "closes_at": at("2026-01-05T00:00"),
        "resolves_at": at("2026-01-05T00:00"),
        "state": "resolved",
        "resolution": {
            "value": 1.0,
            "outcome": True,
            "resolved_at": "2026-01-05T00:00:00Z",
            "known_by": "2026-01-05T00:00:00Z",
            "resolved_by": "worker",
        },
        **values,
    }
    await Records(QUESTIONS, "question").create(Context.unrestricted(db), record)
    return str(record["id"])


async def forecast(
    db: asyncpg.Connection, dataset: str, question_id: str, who: str, made: str, **what: Any
) -> None:
    record = {
        "id": new_id("forecast"),
        "dataset": dataset,
        "question_id": question_id,
        "forecaster": who,
        "forecaster_kind": "model" if who == "climatology" else "person",
        "key_name": "worker" if who == "climatology" else "test",
        "created_at": at(made),
        **what,
    }
    await Records(FORECASTS, "forecast").create(Context.unrestricted(db), record)


async def binary_case(db: asyncpg.Connection, dataset: str) -> tuple[str, datetime]:
    """Open 1–4 January 2026 (4 days), resolved yes. Returns the question and an instant
    between alice's second and third forecasts (transaction time)."""
    q = await question(db, dataset)
    await forecast(db, dataset, q, "climatology", "2025-12-31T12:00", probability=0.2)
    await forecast(db, dataset, q, "alice", "2026-01-02T10:00", probability=0.6)
    await forecast(db, dataset, q, "alice", "2026-01-03T08:00", probability=0.9)
    between = await db.fetchval("SELECT clock_timestamp()")
    await forecast(db, dataset, q, "alice", "2026-01-03T20:00", probability=0.7)
    await forecast(db, dataset, q, "bob", "2026-01-04T23:00", probability=1.0)
    await forecast(db, dataset, q, "carol", "2026-01-05T01:00", probability=0.5)  # after close
    return q, between


def by_name(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["forecaster"]: f for f in body["forecasters"]}


async def test_a_binary_question_scored_day_by_day_by_hand(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    q, _ = await binary_case(db, dataset)
    response = await client.get(f"/v1/questions/{q}/scores")
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["status"], body["outcome"], body["days_open"]) == ("scored", 1.0, 4)
    scores = by_name(body)
    assert [f["forecaster"] for f in body["forecasters"]] == ["alice", "bob", "climatology"]
    # climatology: 0.2 every day → (0.2 − 1)² = 0.64.
    clim = scores["climatology"]
    assert clim["scores"]["brier"] == pytest.approx(0.64, rel=1e-12)
    assert clim["skill"] == 0
    # alice: 1 Jan filled with climatology's 0.2; 2 Jan 0.6; 3 Jan 0.7 (0.9 superseded the
    # same day); 4 Jan 0.7 → (0.64 + 0.16 + 0.09 + 0.09) / 4 = 0.245.
    alice = scores["alice"]
    assert alice["scores"]["brier"] == pytest.approx(0.245, rel=1e-12)
    assert alice["scores"]["log"] == pytest.approx(
        -(math.log(0.2) + math.log(0.6) + 2 * math.log(0.7)) / 4, rel=1e-12
    )
    assert alice["skill"] == pytest.approx(1 - 0.245 / 0.64, rel=1e-12)
    assert (alice["days_scored"], alice["days_filled"], alice["forecasts"]) == (4, 1, 3)
    assert alice["latest_forecast"]["probability"] == 0.7
    assert alice["scores"]["crps"] is None
    # bob: three days filled (0.64 each), then 1.0 on the last → 0.48; log clips 1 to 0.999.
    bob = scores["bob"]
    assert bob["scores"]["brier"] == pytest.approx(0.48, rel=1e-12)
    assert bob["scores"]["log"] == pytest.approx(
        -(3 * math.log(0.2) + math.log(0.999)) / 4, rel=1e-12
    )
    assert bob["skill"] == pytest.approx(0.25, rel=1e-12)
    assert "carol" not in scores  # forecast after the question closed: no day stood on


async def test_as_of_reads_the_forecasts_and_resolution_recorded_then(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    q, between = await binary_case(db, dataset)
    response = await client.get(f"/v1/questions/{q}/scores", params={"as_of": between.isoformat()})
    assert response.status_code == 200, response.text
    alice = by_name(response.json())["alice"]
    # Then, 0.9 still stood on 3 and 4 January: (0.64 + 0.16 + 0.01 + 0.01) / 4.
    assert alice["scores"]["brier"] == pytest.approx(0.205, rel=1e-12)
    assert "bob" not in by_name(response.json())

    open_q = await question(db, dataset, state="open", resolution=None)
    before = await db.fetchval("SELECT clock_timestamp()")
    await db.execute(
        "UPDATE questions SET state = 'resolved', resolution = $2 WHERE id = $1",
        open_q,
        {
            "value": 0.0,
            "outcome": False,
            "resolved_at": "2026-01-05T00:00:00Z",
            "known_by": "2026-01-05T00:00:00Z",
            "resolved_by": "worker",
        },
    )
    await forecast(db, dataset, open_q, "alice", "2026-01-01T10:00", probability=0.25)
    earlier = await client.get(
        f"/v1/questions/{open_q}/scores", params={"as_of": before.isoformat()}
    )
    assert earlier.json()["status"] == "unresolved"
    assert earlier.json()["forecasters"] == []
    assert "open" in earlier.json()["reason"]
    now = by_name((await client.get(f"/v1/questions/{open_q}/scores")).json())
    assert now["alice"]["scores"]["brier"] == pytest.approx(0.0625, rel=1e-12)


async def test_a_count_question_with_quantiles_and_bins(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    q = await question(
        db,
        dataset,
        kind="count",
        opens_at=at("2026-02-01T00:00"),
        closes_at=at("2026-02-03T00:00"),
        resolves_at=at("2026-02-03T00:00"),
        bins=[0.0, 1.0, 3.0, 6.0],
        resolution={
            "value": 3.0,
            "resolved_at": "2026-02-03T00:00:00Z",
            "known_by": "2026-02-03T00:00:00Z",
            "resolved_by": "worker",
        },
    )
    levels = [0.05, 0.25, 0.5, 0.75, 0.95]
    quantiles = [{"level": a, "value": v} for a, v in zip(levels, [0, 1, 2, 3, 5], strict=True)]
    await forecast(db, dataset, q, "climatology", "2026-01-31T00:00", quantiles=quantiles)
    await forecast(db, dataset, q, "dan", "2026-02-01T12:00", bins=[0, 0.1, 0.2, 0.5, 0.2])
    body = (await client.get(f"/v1/questions/{q}/scores")).json()
    scores = by_name(body)
    # Pinball at y = 3: .05·3 + .25·2 + .5·1 + .75·0 + .05·2 = 1.25 → mean .25, CRPS .5.
    clim = scores["climatology"]["scores"]
    assert clim["quantile_score"] == pytest.approx(0.25, rel=1e-12)
    assert clim["crps"] == pytest.approx(0.5, rel=1e-12)
    assert (clim["coverage_50"], clim["coverage_90"]) == (1.0, 1.0)
    # RPS at y = 3 over edges 0, 1, 3, 6: 0² + .1² + .3² + (.8 − 1)² = .14.
    dan = scores["dan"]
    assert dan["scores"]["crps"] == pytest.approx(0.14, rel=1e-12)
    assert dan["scores"]["quantile_score"] is None
    assert dan["skill"] == pytest.approx(1 - 0.14 / 0.5, rel=1e-12)
    assert body["forecasters"][0]["forecaster"] == "dan"

    board = (
        await client.get("/v1/leaderboard", params={"dataset": dataset, "kind": "count"})
    ).json()
    assert [e["forecaster"] for e in board["entries"]] == ["dan", "climatology"]
    assert board["questions"] == 1


async def test_leaderboard_and_calibration_leave_annulled_questions_out(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    await binary_case(db, dataset)
    annulled = await question(db, dataset, state="annulled", annulled_reason="criteria broken")
    await forecast(db, dataset, annulled, "alice", "2026-01-01T01:00", probability=0.0)
    await question(db, dataset, state="open", resolution=None, tags=["other"])

    board = (await client.get("/v1/leaderboard", params={"dataset": dataset})).json()
    assert board["questions"] == 1
    entries = {e["forecaster"]: e for e in board["entries"]}
    assert entries["alice"]["questions"] == 1
    assert entries["alice"]["scores"]["brier"] == pytest.approx(0.245, rel=1e-12)
    assert entries["alice"]["skill"] == pytest.approx(1 - 0.245 / 0.64, rel=1e-12)
    assert [e["forecaster"] for e in board["entries"]] == ["alice", "bob", "climatology"]
    tagged = await client.get("/v1/leaderboard", params={"dataset": dataset, "tag": "other"})
    assert tagged.json()["entries"] == []

    scored = await client.get(f"/v1/questions/{annulled}/scores")
    assert scored.json()["status"] == "annulled"
    assert scored.json()["forecasters"] == []

    report = (
        await client.get("/v1/calibration", params={"dataset": dataset, "forecaster": "alice"})
    ).json()
    (alice,) = report["forecasters"]
    assert alice["questions"] == 1
    bins = {round(b["lower"], 1): b for b in alice["bins"]}
    # 0.6 stood 1 of 4 days, 0.7 stood 2 (0.9 none): weights 1/4 and 2/4, both came true.
    assert (bins[0.6]["count"], bins[0.6]["weight"]) == (1, 0.25)
    assert (bins[0.7]["count"], bins[0.7]["weight"]) == (1, 0.5)
    assert bins[0.9]["count"] == 0
    assert bins[0.7]["observed_frequency"] == 1.0
    assert alice["brier"] == pytest.approx((0.25 * 0.16 + 0.5 * 0.09) / 0.75, rel=1e-12)
    assert alice["uncertainty"] == 0.0


async def test_unknown_question_and_bad_parameters(client: Client, dataset: str) -> None:
    missing = await client.get(f"/v1/questions/qst_{'0' * 32}/scores")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
    assert (await client.get("/v1/leaderboard", params={"kind": "yes"})).status_code == 400
    bad = await client.get("/v1/calibration", params={"dataset": dataset, "as_of": "soon"})
    assert bad.status_code == 400
