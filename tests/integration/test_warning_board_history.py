"""The built-in board replayed at dates from 1998 to 2024, against an independent reckoning.

The knowledge base is loaded and the real worker run over it; then the board is read at
``known_by`` dates. The expected level of each rule of "DPRK strategic weapons testing" and
"DPRK nuclear test preparations" is worked out here from the raw lines of the shipped series
(the missile tests' dates, weapons and weapon classes; the nuclear tests' dates), with the
documented rules — a launch is known when its day ends; a rule holds on the month in progress
or the last complete one; the anomaly is a Poisson upper tail against the 24 months before,
its rate floored at half a launch per window — computed with ``math`` alone.
"""

import json
import math
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
from watchfloor.warning.handler import WarningRules
from watchfloor.worker.runner import Worker

from tests.integration.worker_probe import settled, start_at_horizon

Client = AsyncTestClient[Litestar]

DATASETS = Path(__file__).resolve().parents[2] / "server" / "watchfloor" / "knowledge" / "datasets"
NOW = datetime(2026, 12, 1, tzinfo=UTC)
DATES = [
    "1998-09-01", "2006-07-06", "2006-10-10", "2016-03-01", "2016-09-10", "2017-05-01",
    "2017-07-05", "2017-09-04", "2017-12-01", "2018-06-01", "2019-08-01", "2020-06-01",
    "2022-02-01", "2022-04-01", "2022-11-20", "2023-07-13", "2024-06-01",
]  # fmt: skip


def _lines(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATASETS / name).read_text().splitlines()]


def _month(day: date, shift: int = 0) -> date:
    n = day.year * 12 + day.month - 1 + shift
    return date(n // 12, n % 12 + 1, 1)


def _tail(k: int, lam: float) -> float:
    return max(0.0, 1 - sum(math.exp(-lam) * lam**i / math.factorial(i) for i in range(k)))


class Reckoning:
    """The shipped series as the rules see them at a knowledge instant."""

    def __init__(self) -> None:
        lines = _lines("nagix-missile-tests.ndjson")
        classes = {
            "@" + w["external_id"]: w.get("weapon_class")
            for w in lines
            if w["resource"] == "weapon"
        }
        self.launches: list[tuple[date, str | None, set[str | None]]] = []
        for e in (r for r in lines if r["resource"] == "event"):
            start = date.fromisoformat(e["occurred"]["start"])
            weapons = {classes.get(w) for w in e.get("weapon_ids", [])}
            self.launches.append((start, e.get("weapon_class"), weapons))
        self.nuclear = [
            date.fromisoformat(e["occurred"]["start"])
            for e in _lines("nknt-nuclear-tests.ndjson")
            if e["resource"] == "event"
        ]

    @staticmethod
    def _of_class(stated: str | None, weapons: set[str | None], wanted: str) -> bool:
        return stated == wanted or (stated is None and wanted in weapons)

    def counts(self, at: datetime, wanted: str | None = None) -> Counter[date]:
        """Launches per month known at ``at`` (known when their day ends)."""
        return Counter(
            _month(start)
            for start, stated, weapons in self.launches
            if start + timedelta(days=1) <= at.date()
            and (wanted is None or self._of_class(stated, weapons, wanted))
        )

    @staticmethod
    def on_either(counts: Counter[date], at: datetime, holds: Any) -> bool:
        current = _month(at.date())
        return bool(holds(counts, current) or holds(counts, _month(current, -1)))

    @staticmethod
    def surge(counts: Counter[date], period: date, minimum: int = 2) -> bool:
        base = [counts[_month(period, -i)] for i in range(1, 25)]
        lam = max(sum(base) / 24, 0.5 / 24)
        x = counts[period]
        return x >= minimum and _tail(x, lam) <= 0.01

    def strategic(self, at: datetime) -> set[str]:
        every = self.counts(at)
        icbm, slbm = self.counts(at, "ICBM"), self.counts(at, "SLBM")
        held = set()
        if self.on_either(every, at, self.surge):
            held.add("launch-surge")
        if self.on_either(every, at, lambda c, p: c[p] >= 4):
            held.add("launch-tempo")
        if self.on_either(icbm, at, lambda c, p: c[p] >= 1):
            held.add("icbm-launch")
        if self.on_either(slbm, at, lambda c, p: c[p] >= 1):
            held.add("slbm-launch")
        return held

    def nuclear_test(self, at: datetime) -> set[str]:
        tests = Counter(_month(d) for d in self.nuclear if d + timedelta(days=1) <= at.date())
        held = set()
        if self.on_either(tests, at, lambda c, p: c[p] >= 1):
            held.add("nuclear-test")
        if "icbm-launch" in self.strategic(at):
            held.add("icbm-before-test")
        if "launch-surge" in self.strategic(at):
            held.add("launch-surge")
        if {"icbm-before-test", "launch-surge"} <= held:
            held.add("surge-with-icbm")
        return held


@pytest.fixture
async def loaded(db: asyncpg.Connection, dataset: str) -> AsyncIterator[str]:
    handlers = ["computed-indicators", "warning"]
    await start_at_horizon(db, handlers)
    await load_knowledge_base(Context.unrestricted(db), dataset)
    await settled(db, dataset)
    worker = Worker([ComputedIndicators(today=NOW.date), WarningRules(clock=lambda: NOW)])
    await worker.catch_up(db)
    yield dataset
    await db.execute("DELETE FROM worker_positions WHERE handler = ANY($1::text[])", handlers)


async def test_the_built_in_board_at_dates_from_1998_matches_an_independent_reckoning(
    client: Client, loaded: str
) -> None:
    reckoning = Reckoning()
    problems = {
        "DPRK strategic weapons testing": reckoning.strategic,
        "DPRK nuclear test preparations": reckoning.nuclear_test,
    }
    levels = {}
    for day in DATES:
        at = datetime.fromisoformat(day).replace(tzinfo=UTC)
        response = await client.get(
            "/v1/warning-board", params={"dataset": loaded, "known_by": at.isoformat()}
        )
        assert response.status_code == 200, response.text
        board = {p["name"]: p for p in response.json()["problems"]}
        for name, expected in problems.items():
            open_ = {a["rule_key"] for a in board[name]["alerts"]}
            assert open_ == expected(at), (day, name)
            for alert in board[name]["alerts"]:
                assert alert["state"] == "open" and alert["evidence"]["events"], (day, alert)
        levels[day] = board["DPRK strategic weapons testing"]["level"]

    # The reckoning is not vacuous: the campaigns of 2017 and 2022 raise warnings, and
    # quiet years are quiet.
    assert levels["2017-07-05"] == "warning"  # the first Hwasong-14, 4 July 2017
    assert levels["2022-02-01"] == "warning"  # January 2022's surge
    assert levels["2018-06-01"] == "quiet"  # the 2018 moratorium
    assert "nuclear-test" in {
        a["rule_key"]
        for a in (
            await client.get(
                "/v1/alerts",
                params={"dataset": loaded, "known_by": "2017-09-04T00:00:00Z", "state": "open"},
            )
        ).json()["data"]
    }
