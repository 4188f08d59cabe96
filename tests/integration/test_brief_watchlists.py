"""A watchlist's brief and its schedule, through the real API and the real worker.

The small world: two warning problems — "border" (four DPRK artillery events in a month, watch)
and "protests" (one ROK protest in a month, watch) — and events of March 2025, each known when
its day ends. In the brief's interval (2025-03-09 12:00, 2025-03-10 12:00] three things are
reported (the 9th's DPRK artillery fire, tagged, the 9th's ROK protest, a DPRK statement) and
both problems move quiet → watch at 10 March 00:00.

The Korea watchlist selects events tagged `artillery` and the alerts of the border problem: its
brief has the one artillery event, not the protest nor the statement, only the border alert and
chart, and — since it names the border problem — only that problem's board move. A watchlist
that names no problem sees the dataset's board.
"""

from collections.abc import AsyncIterator, Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.context import Context
from watchfloor.resources.briefs.schedule import CATCH_UP, ScheduledBriefs
from watchfloor.warning.handler import WarningRules
from watchfloor.worker.runner import Worker

from tests.conftest import grant
from tests.integration import factories
from tests.integration.worker_probe import settled

Client = AsyncTestClient[Litestar]
Json = dict[str, Any]

NOW = datetime(2025, 6, 15, 12, tzinfo=UTC)
FOR = "2025-03-10T12:00:00Z"
HANDLERS = ("computed-indicators", "warning", "briefs")
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    yield db
    await db.execute("DELETE FROM worker_positions WHERE handler = ANY($1::text[])", HANDLERS)


async def _post(client: Client, path: str, body: Json, status: int = 201) -> Json:
    response = await client.post(path, json=body)
    assert response.status_code == status, response.text
    answer: Json = response.json()
    return answer


async def _event(client: Client, dataset: str, source: str, day: str, **fields: Any) -> str:
    country = fields.pop("country", "PRK")
    body = {
        "title": f"{fields.get('category', 'ASSAULT')} in {country} on {day}",
        "category": "ASSAULT",
        "occurred": {"start": day},
        "place": {"name": f"Near {country}", "country": country},
        "citations": [{"source_id": source, "credibility": 2}],
        "dataset": dataset,
        **fields,
    }
    return str((await _post(client, "/v1/events", body))["id"])


async def _problem(client: Client, dataset: str, name: str, filters: Json, value: int) -> Json:
    indicator = await _post(
        client,
        "/v1/indicators",
        {"name": f"{name} per month", "unit": "events", "frequency": "monthly",
         "dataset": dataset, "definition": {"measure": "count", "filters": filters}},
    )  # fmt: skip
    problem = await _post(
        client,
        "/v1/warning-problems",
        {"name": name, "dataset": dataset,
         "rules": [{"key": "many", "kind": "threshold", "level": "watch",
                    "indicator_id": indicator["id"], "value": value,
                    "rationale": f"{value} in a month is a pattern."}]},
    )  # fmt: skip
    return {"indicator": indicator["id"], "problem": problem["id"]}


async def _world(client: Client, db: asyncpg.Connection, dataset: str) -> Json:
    kcna = await factories.source(client, dataset, "B")
    ids: Json = {}
    for day in ("2025-03-03", "2025-03-05", "2025-03-07"):
        await _event(client, dataset, kcna, day, tags=["artillery"])
    ids["artillery"] = await _event(client, dataset, kcna, "2025-03-09", tags=["artillery"])
    ids["protest"] = await _event(
        client, dataset, kcna, "2025-03-09", country="KOR", category="PROTEST"
    )
    dprk = await factories.actor(client, dataset, "DPRK", country="PRK")
    ids["statement"] = (
        await _post(
            client,
            "/v1/statements",
            {"speaker_id": dprk, "text": "The artillery will answer.", "said_on": "2025-03-09",
             "dataset": dataset, "citations": [{"source_id": kcna, "credibility": 3}]},
        )
    )["id"]  # fmt: skip
    ids["border"] = await _problem(
        client, dataset, "Border fire", {"category": "ASSAULT", "country": "PRK"}, 4
    )
    ids["protests"] = await _problem(
        client, dataset, "Protests in the south", {"category": "PROTEST", "country": "KOR"}, 1
    )
    await settled(db, dataset)
    worker = Worker([ComputedIndicators(today=lambda: NOW.date()), WarningRules(clock=lambda: NOW)])
    await worker.catch_up(db)
    return ids


async def _watchlist(client: Client, dataset: str, selections: list[Json], **fields: Any) -> Json:
    body = {"name": "Korea", "dataset": dataset, "selections": selections, **fields}
    return await _post(client, "/v1/watchlists", body)


async def test_a_watchlists_brief_covers_what_it_selects(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    ids = await _world(client, worker_db, dataset)
    border = ids["border"]["problem"]
    korea = await _watchlist(
        client,
        dataset,
        [{"kind": "events", "filters": {"tag": "artillery"}},
         {"kind": "alerts", "filters": {"problem": border}}],
    )  # fmt: skip
    whole = await _post(client, "/v1/briefs", {"dataset": dataset, "for": FOR})
    w = whole["sections"]
    # The dataset's brief, for comparison: both problems moved, everything new is in.
    assert {m["problem_id"] for m in w["levels"]} == {border, ids["protests"]["problem"]}
    assert {e["id"] for e in w["events"]} == {ids["artillery"], ids["protest"]}
    assert len(w["alerts_opened"]) == 2 and len(w["statements"]) == 1

    brief = await _post(
        client, "/v1/briefs", {"dataset": dataset, "for": FOR, "watchlist_id": korea["id"]}
    )
    assert brief["scope"] == {"dataset": dataset, "region": None, "watchlist_id": korea["id"]}
    assert brief["since"] == "2025-03-09T12:00:00Z" and brief["previous_id"] is None
    s = brief["sections"]
    assert [e["id"] for e in s["events"]] == [ids["artillery"]] and s["events_total"] == 1
    assert s["statements"] == [] and s["statements_total"] == 0
    [opened] = s["alerts_opened"]
    assert opened["problem_id"] == border and opened["opened_at"] == "2025-03-10T00:00:00Z"
    # The watchlist names the border problem: the board is that problem's.
    assert [(m["problem_id"], m["was"], m["level"]) for m in s["levels"]] == [
        (border, "quiet", "watch")
    ]
    assert [m["problem_id"] for m in s["watch"]] == [border]
    assert (s["board_level_was"], s["board_level"]) == ("quiet", "watch")
    assert [c["indicator_id"] for c in s["charts"]] == [ids["border"]["indicator"]]
    assert s["watchlist"] == {"id": korea["id"], "name": "Korea", "timezone": None}
    assert whole["sections"]["watchlist"] is None

    # A watchlist naming no problem: the dataset's board; no alert selection, no alerts.
    south = await _watchlist(client, dataset, [{"kind": "events", "filters": {"country": "KOR"}}])
    other = await _post(
        client, "/v1/briefs", {"dataset": dataset, "for": FOR, "watchlist_id": south["id"]}
    )
    o = other["sections"]
    assert [e["id"] for e in o["events"]] == [ids["protest"]]
    assert len(o["levels"]) == 2 and o["alerts_opened"] == [] and o["charts"] == []

    # Since defaults to the watchlist's previous brief (not the dataset's, not the other's).
    later = await _post(
        client,
        "/v1/briefs",
        {"dataset": dataset, "for": "2025-03-11T06:00:00Z", "watchlist_id": korea["id"]},
    )
    assert later["previous_id"] == brief["id"] and later["since"] == FOR
    assert later["sections"]["events"] == [] and later["sections"]["alerts_opened"] == []
    listed = await client.get("/v1/briefs", params={"dataset": dataset, "watchlist": korea["id"]})
    assert [b["id"] for b in listed.json()["data"]] == [later["id"], brief["id"]]


async def test_a_watchlist_of_another_dataset_or_none_is_422(
    client: Client, db: asyncpg.Connection, api_key: Any, dataset: str
) -> None:
    other = f"t2-{datetime.now(UTC).strftime('%H%M%S%f')}"
    await db.execute(
        "INSERT INTO datasets (name, kind, description) VALUES ($1, 'sandbox', 'test')", other
    )
    await grant(db, api_key.key.id, other)
    theirs = await _watchlist(client, other, [{"kind": "events", "filters": {"tag": "x"}}])
    for watchlist_id in (theirs["id"], "wl_" + "0" * 32, "nonsense"):
        answer = await _post(
            client, "/v1/briefs", {"dataset": dataset, "watchlist_id": watchlist_id}, 422
        )
        assert [e["pointer"] for e in answer["errors"]] == ["/watchlist_id"], answer
    # A deleted watchlist has no brief either.
    mine = await _watchlist(client, dataset, [{"kind": "events", "filters": {"tag": "x"}}])
    assert (await client.delete(f"/v1/watchlists/{mine['id']}")).status_code == 200
    answer = await _post(
        client, "/v1/briefs", {"dataset": dataset, "watchlist_id": mine["id"]}, 422
    )
    assert [e["pointer"] for e in answer["errors"]] == ["/watchlist_id"]


def _local(day: date, at: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def _first_six_after(instant: datetime) -> datetime:
    """06:00 Berlin time, the first after ``instant`` (worked by hand, not by cron)."""
    day = instant.astimezone(BERLIN).date()
    first = _local(day, time(6), BERLIN)
    return first if first > instant else _local(day + timedelta(days=1), time(6), BERLIN)


async def _scheduled(db: asyncpg.Connection, watchlist_id: str) -> list[asyncpg.Record]:
    return list(
        await db.fetch(
            "SELECT id, written_for, since, previous_id FROM briefs "
            "WHERE scope ->> 'watchlist_id' = $1 ORDER BY written_for",
            watchlist_id,
        )
    )


async def _tick(db: asyncpg.Connection, dataset: str, clock: Callable[[], datetime]) -> None:
    handler = ScheduledBriefs(clock=clock, datasets=frozenset({dataset}))
    await Worker([handler]).catch_up(db)


async def test_the_schedule_writes_once_per_due_instant_and_survives_a_restart(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    watchlist = await _watchlist(
        client,
        dataset,
        [{"kind": "events", "filters": {"tag": "artillery"}}],
        brief_cron="0 6 * * *",
        brief_timezone="Europe/Berlin",
    )
    created = datetime.fromisoformat(watchlist["created_at"])
    first = _first_six_after(created)
    second = _first_six_after(first)
    db = worker_db

    await _tick(db, dataset, lambda: first - timedelta(seconds=1))
    assert await _scheduled(db, watchlist["id"]) == []  # not yet due; no backfill before creation
    await _tick(db, dataset, lambda: first)
    await _tick(db, dataset, lambda: first + timedelta(minutes=5))  # again: nothing new
    [one] = await _scheduled(db, watchlist["id"])
    assert one["written_for"] == first and one["since"] == first - timedelta(hours=24)

    # A step that fails after writing rolls back whole: neither the claim nor the brief stays.
    handler = ScheduledBriefs(clock=lambda: second, datasets=frozenset({dataset}))
    with pytest.raises(RuntimeError):
        async with db.transaction():
            assert await handler.settle(Context.unrestricted(db)) is False
            assert len(await _scheduled(db, watchlist["id"])) == 2
            raise RuntimeError("the worker dies before it commits")
    assert len(await _scheduled(db, watchlist["id"])) == 1
    # A restarted worker (a new handler) writes it once, continuing from the first.
    await _tick(db, dataset, lambda: second + timedelta(hours=1))
    await _tick(db, dataset, lambda: second + timedelta(hours=2))
    rows = await _scheduled(db, watchlist["id"])
    assert [r["written_for"] for r in rows] == [first, second]
    assert rows[1]["since"] == first and rows[1]["previous_id"] == one["id"]
    ledger = await db.fetch(
        "SELECT scheduled_for, brief_id, error FROM brief_schedule WHERE watchlist_id = $1 "
        "ORDER BY scheduled_for",
        watchlist["id"],
    )
    assert [(r["scheduled_for"], r["brief_id"], r["error"]) for r in ledger] == [
        (first, one["id"], None),
        (second, rows[1]["id"], None),
    ]
    # The API shows them as the watchlist's briefs.
    listed = await client.get(
        "/v1/briefs", params={"dataset": dataset, "watchlist": watchlist["id"]}
    )
    assert [b["written_for"] for b in listed.json()["data"]] == [
        second.isoformat().replace("+00:00", "Z"),
        first.isoformat().replace("+00:00", "Z"),
    ]
    # Its document gives the day and the instant in the watchlist's time zone too.
    md = (await client.get(f"/v1/briefs/{one['id']}/document", params={"format": "md"})).text
    local = first.astimezone(BERLIN)
    assert md.startswith(f"# Daily brief — {local.day} {local:%B %Y}\n"), md[:80]
    assert f"({local:%Y-%m-%d} 06:00 Europe/Berlin)" in md
    assert f"watchlist Korea (`{watchlist['id']}`)" in md


def _next_dst_change(after: date) -> date:
    """The first day after ``after`` whose noon in Berlin has another UTC offset than the day
    before's."""
    day = after + timedelta(days=1)
    while True:
        before = datetime.combine(day - timedelta(days=1), time(12), tzinfo=BERLIN).utcoffset()
        if datetime.combine(day, time(12), tzinfo=BERLIN).utcoffset() != before:
            return day
        day += timedelta(days=1)


async def test_the_schedule_follows_the_wall_clock_across_a_dst_change_and_catches_up_three(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    watchlist = await _watchlist(
        client,
        dataset,
        [{"kind": "events", "filters": {"tag": "artillery"}}],
        brief_cron="0 6 * * *",
        brief_timezone="Europe/Berlin",
    )
    change = _next_dst_change(datetime.fromisoformat(watchlist["created_at"]).date() + timedelta(2))
    # The worker was down from the watchlist's creation until the day after a DST change: of the
    # many instants due since, it writes the newest three.
    await _tick(worker_db, dataset, lambda: _local(change + timedelta(days=1), time(12), BERLIN))
    written = [r["written_for"] for r in await _scheduled(worker_db, watchlist["id"])]
    days = [change + timedelta(days=n) for n in (-1, 0, 1)]
    assert CATCH_UP == 3
    assert written == [_local(d, time(6), BERLIN) for d in days]
    # 06:00 in Berlin is 05:00 UTC in winter and 04:00 in summer: the change shows in UTC.
    hours = [w.hour for w in written]
    assert hours in ([5, 4, 4], [4, 5, 5]), hours
