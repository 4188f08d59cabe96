"""The built-in planning example lit from the shipped data, against an independent reckoning.

The knowledge base is loaded and the real worker run over it (computed indicators, warning
rules, signposts); then every built-in signpost is read at ``known_by`` dates from 1998 to 2026
and its status checked against what the raw lines of the shipped series say, worked out here
with the documented rules alone: a launch or test is known when its day ends; an indicator
condition sums the last ``periods`` months, the month in progress included; an events
condition counts the records whose day lies in the trailing ``days`` up to the instant's day;
an alert condition is seen while its warning problem is at the level (the board, itself checked
against the same series in ``test_warning_board_history.py``) and emerging while it is lower
but not quiet. The scenarios' lit counts are the sums of their signposts' statuses.
"""

import json
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.context import Context
from watchfloor.knowledge import load_knowledge_base
from watchfloor.planning.handler import Signposts
from watchfloor.planning.plans import Plans
from watchfloor.warning.handler import WarningRules
from watchfloor.worker.runner import Worker

from tests.integration.worker_probe import settled, start_at_horizon

Client = AsyncTestClient[Litestar]
Json = dict[str, Any]

KNOWLEDGE = Path(__file__).resolve().parents[2] / "server" / "watchfloor" / "knowledge"
NOW = datetime(2026, 12, 1, tzinfo=UTC)
DATES = [
    "1998-09-15", "2006-10-10", "2016-03-01", "2017-07-05", "2017-09-01", "2017-09-04",
    "2017-09-20", "2018-06-01", "2019-08-01", "2020-06-01", "2022-03-01", "2022-10-05",
    "2023-12-01", "2024-11-15", "2026-06-01",
]  # fmt: skip


def _lines(path: Path) -> list[Json]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _month(day: date, shift: int = 0) -> date:
    n = day.year * 12 + day.month - 1 + shift
    return date(n // 12, n % 12 + 1, 1)


class Series:
    """The shipped launches and tests: (day, stated weapon class, its weapons' classes, tags)."""

    def __init__(self) -> None:
        missiles = _lines(KNOWLEDGE / "datasets" / "nagix-missile-tests.ndjson")
        classes = {
            "@" + w["external_id"]: w.get("weapon_class")
            for w in missiles
            if w["resource"] == "weapon"
        }
        self.events = [
            (
                date.fromisoformat(e["occurred"]["start"]),
                e.get("weapon_class"),
                {classes.get(w) for w in e.get("weapon_ids", [])},
                set(e.get("tags", [])),
            )
            for e in missiles + _lines(KNOWLEDGE / "datasets" / "nknt-nuclear-tests.ndjson")
            if e["resource"] == "event"
        ]

    def known(self, at: datetime, tag: str, weapon_class: str | None = None) -> list[date]:
        """The days of the events with ``tag`` (and of the class) known at ``at``."""
        return [
            day
            for day, stated, weapons, tags in self.events
            if tag in tags
            and day + timedelta(days=1) <= at.date()
            and (
                weapon_class is None
                or stated == weapon_class
                or (stated is None and weapon_class in weapons)
            )
        ]

    def months(self, at: datetime, days: list[date], periods: int) -> int:
        """How many of ``days`` fall in the last ``periods`` months, the one of ``at`` included."""
        counts = Counter(_month(d) for d in days)
        return sum(counts[_month(at.date(), -i)] for i in range(periods))

    def trailing(self, at: datetime, days: list[date], window: int) -> int:
        last = at.date()
        return sum(1 for d in days if last - timedelta(days=window) < d <= last)


def _by_threshold(n: int, seen: float, comparator: str, emerging: float | None = None) -> str:
    def holds(limit: float) -> bool:
        return {">=": n >= limit, ">": n > limit, "<": n < limit, "<=": n <= limit}[comparator]

    if holds(seen):
        return "seen"
    return "emerging" if emerging is not None and holds(emerging) else "not_seen"


def expected(series: Series, at: datetime, board: dict[str, str]) -> dict[str, str]:
    """Each built-in signpost's status at the knowledge instant ``at``."""
    nuclear = series.known(at, "nuclear-test")
    icbm = series.known(at, "missile-test", "ICBM")
    pacific = series.known(at, "landing:pacific-ocean")
    pacific_icbm = series.known(at, "landing:pacific-ocean", "ICBM")
    levels = {"warning": "seen", "watch": "emerging", "quiet": "not_seen"}
    return {
        "seed:sgp:nuclear-test-warning": levels[board["DPRK nuclear test preparations"]],
        "seed:sgp:nuclear-test-12-months": _by_threshold(series.months(at, nuclear, 12), 1, ">="),
        "seed:sgp:nuclear-test-this-month": _by_threshold(series.months(at, nuclear, 1), 1, ">="),
        "seed:sgp:icbm-launches-12-months": _by_threshold(
            series.months(at, icbm, 12), 2, ">=", emerging=1
        ),
        "seed:sgp:overflight-of-japan": _by_threshold(series.trailing(at, pacific, 365), 1, ">="),
        "seed:sgp:icbm-over-japan": _by_threshold(series.trailing(at, pacific_icbm, 365), 1, ">="),
        "seed:sgp:testing-campaign": levels[board["DPRK strategic weapons testing"]],
        "seed:sgp:no-icbm-24-months": _by_threshold(series.months(at, icbm, 24), 1, "<"),
        "seed:sgp:no-nuclear-test-24-months": _by_threshold(series.months(at, nuclear, 24), 1, "<"),
    }


@pytest.fixture
async def loaded(db: asyncpg.Connection, dataset: str) -> AsyncIterator[str]:
    handlers = ["computed-indicators", "warning", "signposts", "plans"]
    await start_at_horizon(db, handlers)
    await load_knowledge_base(Context.unrestricted(db), dataset)
    await settled(db, dataset)
    worker = Worker(
        [
            ComputedIndicators(today=NOW.date),
            WarningRules(clock=lambda: NOW),
            Signposts(clock=lambda: NOW),
            Plans(clock=lambda: NOW),
        ]
    )
    await worker.catch_up(db)
    # The signposts' own versions are changes too: evaluated once more, they stay as they are.
    await settled(db, dataset)
    await worker.catch_up(db)
    yield dataset
    await db.execute("DELETE FROM worker_positions WHERE handler = ANY($1::text[])", handlers)


async def _get(client: Client, path: str, **params: str) -> Json:
    response = await client.get(path, params=params)
    assert response.status_code == 200, response.text
    body: Json = response.json()
    return body


async def test_the_built_in_signposts_light_from_the_shipped_series(
    client: Client, loaded: str
) -> None:
    series = Series()
    statuses: dict[str, dict[str, str]] = {}
    for day in DATES:
        at = datetime.fromisoformat(day).replace(tzinfo=UTC)
        known_by = at.isoformat()
        board = await _get(client, "/v1/warning-board", dataset=loaded, known_by=known_by)
        levels = {p["name"]: p["level"] for p in board["problems"]}
        page = await _get(client, "/v1/signposts", dataset=loaded, known_by=known_by, limit="50")
        read = {s["external_id"]: s for s in page["data"]}
        want = expected(series, at, levels)
        assert {k: s["status"] for k, s in read.items()} == want, day
        statuses[day] = want
        for signpost in read.values():
            absence = signpost["condition"].get("comparator") == "<"  # lit by no records
            if signpost["status"] != "not_seen" and not absence:
                # Lit on evidence known by then, and changed no later than the instant.
                assert signpost["changed_at"] <= known_by.replace("+00:00", "Z"), signpost
                evidence = signpost["evidence"]
                assert any(evidence[k] for k in ("events", "alerts", "observations")), signpost

        # A scenario's lit counts are its signposts' statuses then.
        scenarios = await _get(client, "/v1/scenarios", dataset=loaded, known_by=known_by)
        for scenario in scenarios["data"]:
            mine = [s for s in read.values() if scenario["id"] in s["scenario_ids"]]
            assert scenario["signposts"] == {
                "total": len(mine),
                "seen": sum(s["status"] == "seen" for s in mine),
                "emerging": sum(s["status"] == "emerging" for s in mine),
            }, (day, scenario["name"])

    # Not vacuous: the two dates of the walk-through in docs/planning.md.
    assert statuses["2017-09-01"] == {
        "seed:sgp:nuclear-test-warning": "not_seen",
        "seed:sgp:nuclear-test-12-months": "not_seen",
        "seed:sgp:nuclear-test-this-month": "not_seen",
        "seed:sgp:icbm-launches-12-months": "seen",
        "seed:sgp:overflight-of-japan": "seen",
        "seed:sgp:icbm-over-japan": "not_seen",
        "seed:sgp:testing-campaign": "emerging",
        "seed:sgp:no-icbm-24-months": "not_seen",
        "seed:sgp:no-nuclear-test-24-months": "not_seen",
    }
    assert statuses["2022-03-01"]["seed:sgp:no-nuclear-test-24-months"] == "seen"
    assert statuses["2017-09-04"]["seed:sgp:nuclear-test-12-months"] == "seen"
    assert statuses["2017-09-04"]["seed:sgp:nuclear-test-warning"] == "seen"
    assert statuses["2017-09-04"]["seed:sgp:nuclear-test-this-month"] == "seen"
    assert {k for k, v in statuses["2022-03-01"].items() if v != "not_seen"} == {
        "seed:sgp:no-icbm-24-months",
        "seed:sgp:no-nuclear-test-24-months",
    }


async def test_the_built_in_matrix_ranks_convenience_first_and_flags_weak_sources(
    client: Client, loaded: str
) -> None:
    page = await _get(client, "/v1/ach-matrices", dataset=loaded, tag="china-russia")
    (matrix,) = page["data"]
    ranked = [(h["hypothesis"], h["inconsistency"]) for h in matrix["scores"]["hypotheses"]]
    assert ranked == [("convenience", 0.5), ("hedging", 8.0), ("alliance", 10.0)]
    flagged = {e["evidence"] for e in matrix["scores"]["evidence"] if e["flagged"]}
    assert flagged == {
        "backs-dialogue", "dual-use", "no-conflict-eu", "not-opportunistic", "un-backing-blog",
    }  # fmt: skip
    # Every record item resolved from its @external_id to a record of the dataset.
    assert all(e["record_id"] for e in matrix["evidence"] if e["kind"] != "free")

    # Known by the end of 2024: the 2014 and 2022 records and the free item only.
    then = await _get(client, f"/v1/ach-matrices/{matrix['id']}", known_by="2024-12-31T00:00:00Z")
    known = {e["key"] for e in then["evidence"]} - set(then["unknown"])
    assert known == {"no-limits", "arms-sales", "pipeline", "no-lethal-aid"}
    assert then["scores"]["hypotheses"][0]["hypothesis"] == "convenience"


async def test_the_built_in_plan_waits_for_2027_and_replays_september_2017(
    client: Client, loaded: str, db: asyncpg.Connection
) -> None:
    page = await _get(client, "/v1/plans", dataset=loaded)
    (plan,) = page["data"]
    assert plan["armed_from"] == "2027-01-01T00:00:00Z"
    # Armed for 2027: the shipped tests of 2006-2017 fire nothing, and no alert is raised.
    assert {b["key"]: b["state"] for b in plan["branches"]} == {
        "test-conducted": "dormant",
        "campaign-follow-on": "dormant",
    }
    alerts = await _get(client, "/v1/alerts", dataset=loaded, plan=plan["id"])
    assert alerts["data"] == []

    # Armed from August 2017 instead (as an exercise would), the plan replays September 2017.
    path = f"/v1/plans/{plan['id']}"
    armed = await client.patch(path, json={"armed_from": "2017-08-01T00:00:00Z"})
    assert armed.status_code == 200, armed.text
    await settled(db, loaded)
    await Worker([Plans(clock=lambda: NOW)]).catch_up(db)
    branches = {b["key"]: b for b in (await _get(client, path))["branches"]}
    # The sixth test (3 September) is known when its day ends; the campaign was at watch then.
    assert {k: (b["state"], b["triggered_at"], b["deadline"]) for k, b in branches.items()} == {
        "test-conducted": ("triggered", "2017-09-04T00:00:00Z", "2017-09-04T06:00:00Z"),
        "campaign-follow-on": ("triggered", "2017-09-04T00:00:00Z", "2017-09-06T00:00:00Z"),
    }
    alert = await _get(client, f"/v1/alerts/{branches['test-conducted']['alert_id']}")
    assert (alert["level"], alert["opened_at"], alert["rule_key"]) == (
        "warning", "2017-09-04T00:00:00Z", "plan-test-conducted"
    )  # fmt: skip

    # Three hours after: which decisions are due, which options are already too late.
    agenda = await _get(client, f"{path}/agenda", at="2017-09-04T03:00:00Z")
    rows = {b["key"]: b for b in agenda["branches"]}
    assert (rows["test-conducted"]["due"], rows["test-conducted"]["hours_left"]) == (True, 3)
    late = {k: {o["key"]: o["too_late"] for o in b["options"]} for k, b in rows.items()}
    assert late == {
        "test-conducted": {
            "convene-crisis-cell": False,  # prepare by 05:00
            "consult-allies": False,  # 1 h + 2 h: prepare by 03:00, just in time
            "request-unsc-session": True,  # 15 h in all: should have started the day before
        },
        "campaign-follow-on": {
            "raise-watch-posture": False,
            "reposition-isr": False,
            "review-evacuation-plan": True,  # 72 h against a 48 h deadline
        },
    }
    assert rows["campaign-follow-on"]["hours_left"] == 45
    before = await _get(client, f"{path}/agenda", at="2017-09-02T00:00:00Z")
    assert {b["state"] for b in before["branches"]} == {"dormant"}

    # Armed for 2027 again: the branches not decided go back to dormant, their alerts withdrawn.
    decided = await client.post(
        f"{path}/decisions",
        json={"branch": "campaign-follow-on", "state": "decided", "option": "raise-watch-posture"},
    )
    assert decided.status_code == 200, decided.text
    rearmed = await client.patch(path, json={"armed_from": "2027-01-01T00:00:00Z"})
    assert rearmed.status_code == 200, rearmed.text
    await settled(db, loaded)
    await Worker([Plans(clock=lambda: NOW)]).catch_up(db)
    again = {b["key"]: b for b in (await _get(client, path))["branches"]}
    assert again["test-conducted"]["state"] == "dormant"
    assert (await _get(client, f"/v1/alerts/{alert['id']}"))["state"] == "withdrawn"
    assert again["campaign-follow-on"]["state"] == "decided"
