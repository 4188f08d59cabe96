"""Helpers of the change-feed tests: write records directly, follow the feed over HTTP."""

import asyncio
import base64
import time
from typing import Any

import asyncpg
import msgspec
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.context import Context
from watchfloor.cursors import FEED
from watchfloor.registry import RESOURCES
from watchfloor.resources.subscriptions.schemas import SubscriptionCreate
from watchfloor.resources.subscriptions.service import SubscriptionService
from watchfloor.webhooks.targets import AllowList

from tests.integration.signpost_rows import signpost

Client = AsyncTestClient[Litestar]


_CREATE: dict[str, dict[str, Any]] = {
    "subscription": {
        "name": "Partner {n}",
        "url": "https://93.184.215.14/hook/{n}",
        "source": {"kind": "changes", "resources": ["event"]},
    },
    "actor": {"kind": "organization", "name": "Actor {n}"},
    "source": {"title": "Report {n}", "publisher": "KCNA", "reliability": "C"},
    "facility": {"name": "Site {n}", "kind": "launch_site"},
    "weapon": {"name": "KN-{n}", "weapon_class": "SRBM"},
    "event": {"title": "Launch {n}", "category": "AGREE", "occurred": {"start": "2024-06-19"}},
    "statement": {"text": "Statement {n}", "said_on": "2024-06-19"},
    "indicator": {"name": "Trade {n}", "unit": "USD bn", "frequency": "monthly"},
    "observation": {"period_start": "2024-01-01", "period_end": "2024-01-31", "value": 1.5},
    "warning_problem": {"name": "Question {n}"},
    "alert": {
        "rule_key": "many",
        "level": "watch",
        "opened_at": "2024-02-01T00:00:00Z",
        "rationale": "Many launches {n}",
    },
    "question": {
        "title": "Launches {n}?",
        "kind": "binary",
        "closes_at": "2030-01-01T00:00:00Z",
        "resolves_at": "2030-02-01T00:00:00Z",
        "criteria": {"window_start": "2029-12-01", "window_end": "2029-12-31", "over": "events"},
    },
    "forecast": {"forecaster": "Analyst {n}", "probability": 0.25},
    "scenario_set": {"name": "Futures {n}"},
    "scenario": {
        "name": "Future {n}",
        "window_start": "2027-01-01",
        "window_end": "2027-12-31",
        "likelihood": {"source": "analyst", "probability": 0.25},
    },
    # An import line's restore: the numbers of a two-origin run, as exported.
    "backtest": {
        "request": {
            "model": "count-model",
            "template": {"over": "events", "filters": {"tag": "missile-test"}, "kind": "binary"},
            "origin_from": "2024-01-01",
            "origin_to": "2024-02-01",
        },
        "results": [
            {
                "origin": f"2024-0{m}-01T00:00:00Z",
                "target_start": f"2024-0{m}-01",
                "target_end": f"2024-0{m}-{end}",
                "forecast": {"probability": 0.25},
                "outcome": {"value": 1.0, "outcome": True},
                "scores": {"brier": 0.5625, "log": 1.3862943611198906},
            }
            for m, end in ((1, 31), (2, 29))
        ],
        "aggregates": {
            "origins": 2,
            "mean": {"brier": 0.5625, "log": 1.3862943611198906},
            "reference": {"brier": 0.25, "log": 0.6931471805599453},
            "skill": {"brier": -1.25},
            "base_rate": 1.0,
            "calibration": None,
            "sharpness": 0.0,
        },
        "fingerprint": "0" * 64,
        "elapsed_ms": 3,
    },
    # An import line's restore: a signpost with the status a worker computed elsewhere.
    "signpost": {
        "name": "Fire {n}",
        "condition": {"kind": "events", "window": {"days": 30}, "filters": {"category": "AGREE"}},
        "status": "seen",
        "changed_at": "2024-06-20T00:00:00Z",
        "explanation": "1 event matching the filters.",
        "value": 1.0,
        "steps": [
            {
                "at": "2024-06-20T00:00:00Z",
                "status": "seen",
                "explanation": "1 event matching the filters.",
                "value": 1.0,
            }
        ],
    },
    "ach_matrix": {
        "title": "Alignment {n}",
        "hypotheses": [{"key": "h1", "label": "Alliance"}, {"key": "h2", "label": "Convenience"}],
        "evidence": [
            {
                "key": "e1",
                "kind": "free",
                "text": "Joint exercise {n}",
                "source": "TASS",
                "credibility": "C3",
                "relevance": "high",
            },
        ],
        "ratings": [
            {"evidence": "e1", "hypothesis": "h1", "rating": "C"},
            {"evidence": "e1", "hypothesis": "h2", "rating": "I"},
        ],
    },
    "plan": {"name": "Plan {n}", "owner": "Crisis cell {n}"},
    "watchlist": {
        "name": "Desk {n}",
        "selections": [{"kind": "events", "filters": {"tag": "missile-test"}}],
        "brief_cron": "0 6 * * *",
        "brief_timezone": "Asia/Seoul",
    },
    "brief": {"for": "2024-06-20T00:00:00Z", "region": {"countries": ["PRK"]}},
    # Exercises as an import line restores them (POST /v1/exercises also makes datasets and
    # keys: tests/integration/test_exercises.py).
    "exercise": {
        "name": "Exercise {n}",
        "start_known_by": "2024-06-20T00:00:00Z",
        "source_dataset": "live",
        "control_dataset": "control-{n}",
        "clock": {
            "state": "not_started",
            "speed": 60.0,
            "wall": None,
            "game": "2024-06-20T00:00:00Z",
            "started_at": None,
            "ended_at": None,
        },
    },
    "inject": {
        "at": "2024-06-20T01:00:00Z",
        "kind": "message",
        "record": {"to": [], "text": "Inject {n}"},
        "expected_actions": [{"text": "Answer {n}", "by_minutes": 30}],
    },
    "exercise_action": {
        "participant": "analyst-{n}",
        "role": "player",
        "kind": "decision",
        "text": "Decision {n}",
        "game_time": "2024-06-20T02:00:00Z",
        "wall_time": "2024-06-20T02:00:00Z",
    },
}
"""A valid create body of every registered resource; references are filled in by :func:`create`."""
_CHANGE: dict[str, dict[str, Any]] = {
    "subscription": {"name": "Revised {n}"},
    "actor": {"name": "Revised {n}"},
    "source": {"title": "Revised {n}"},
    "facility": {"name": "Revised {n}"},
    "weapon": {"name": "Revised {n}"},
    "event": {"title": "Revised {n}"},
    "statement": {"text": "Revised {n}"},
    "indicator": {"name": "Revised {n}"},
    "observation": {"note": "Revised {n}"},
    "warning_problem": {"name": "Revised {n}"},
    "alert": {"acknowledged": True, "note": "Revised {n}"},
    "question": {"title": "Revised {n}"},
    "forecast": {"external_id": "forecast-{n}"},
    "backtest": {"external_id": "backtest-{n}"},
    "scenario_set": {"name": "Revised {n}"},
    "scenario": {"name": "Revised {n}"},
    "signpost": {"name": "Revised {n}"},
    "ach_matrix": {"title": "Revised {n}"},
    "plan": {"name": "Revised {n}"},
    "watchlist": {"name": "Revised {n}"},
    "brief": {"external_id": "brief-{n}"},
    "exercise": {"name": "Revised {n}"},
    "inject": {"title": "Revised {n}"},
    "exercise_action": {"external_id": "action-{n}"},
}


def _filled(template: dict[str, Any], n: int) -> dict[str, Any]:
    return {k: v.format(n=n) if isinstance(v, str) else v for k, v in template.items()}


def patch_body(resource: str, n: int) -> Any:
    """A change to one field of ``resource`` (a new version)."""
    return msgspec.convert(_filled(_CHANGE[resource], n), RESOURCES[resource].patch_type)


async def create(conn: asyncpg.Connection, resource: str, dataset: str, n: int) -> str:
    """A new record of any registered resource, with the records it refers to."""
    body = {**_filled(_CREATE[resource], n), "dataset": dataset}
    if resource in ("event", "statement", "observation"):
        source_id = await create(conn, "source", dataset, n)
        body["citations"] = [{"source_id": source_id, "credibility": 2}]
    if resource == "statement":
        body["speaker_id"] = await create(conn, "actor", dataset, n)
    if resource == "observation":
        body["indicator_id"] = await create(conn, "indicator", dataset, n)
        body["vintage"] = f"2024-02-{1 + n % 28:02d}"
    if resource == "warning_problem":
        indicator = await create(conn, "indicator", dataset, n)
        body["rules"] = [
            {"key": "many", "kind": "threshold", "level": "watch", "indicator_id": indicator,
             "value": 4, "rationale": "Four a month is a campaign."},
        ]  # fmt: skip
    if resource in ("inject", "exercise_action"):
        body["exercise_id"] = await create(conn, "exercise", dataset, n)
    if resource == "alert":
        body["problem_id"] = await create(conn, "warning_problem", dataset, n)
    if resource == "forecast":
        body["question_id"] = await create(conn, "question", dataset, n)
    if resource == "scenario":
        body["set_id"] = await create(conn, "scenario_set", dataset, n)
    if resource == "plan":
        body["problem_id"] = await create(conn, "warning_problem", dataset, n)
        # A signpost of the dataset for the branch's trigger (tests/integration/signpost_rows).
        trigger = {"kind": "signpost", "signpost_id": await signpost(conn, dataset)}
        body["branches"] = [
            {"key": "strike", "name": "Strike {n}", "trigger": trigger, "owner": {"role": "J3"},
             "deadline_hours": 24, "options": [{"key": "hold", "name": "Hold"}]},
        ]  # fmt: skip
    data = msgspec.convert(body, RESOURCES[resource].create_type)
    if resource == "subscription":
        # Made as POST /v1/subscriptions makes it (its secret shown once): not importable.
        assert isinstance(data, SubscriptionCreate)
        made, _ = await SubscriptionService().create_with_secret(
            Context.unrestricted(conn), data, AllowList()
        )
        return str(made["id"])
    row = await RESOURCES[resource].create(Context.unrestricted(conn), data)
    return str(row["id"])


async def xid_mark(conn: asyncpg.Connection) -> int:
    """A transaction id newer than every transaction that has committed so far."""
    async with conn.transaction():
        return int(await conn.fetchval("SELECT pg_current_xact_id()::text::bigint"))


_HORIZON = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"


async def wait_past(db: asyncpg.Connection, mark: int) -> None:
    """Wait until every transaction older than ``mark`` has ended (the horizon passed it)."""
    deadline = time.monotonic() + 60
    while await db.fetchval(_HORIZON) <= mark:
        assert time.monotonic() < deadline, "an older transaction stayed open for a minute"
        await asyncio.sleep(0.01)


def cursor_xid(cursor: str) -> int:
    """The transaction a feed cursor resumes after, read from its payload (the server that
    issued it checks its signature; the test only looks inside)."""
    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    fingerprint, (xid, _) = msgspec.json.decode(raw[12:])
    assert fingerprint == FEED and isinstance(xid, int)
    return xid


class Mirror:
    """What a partner holds: the newest version of each record, tombstones remembered.

    The feed is in commit-safe order, not per-record version order (two transactions may reach
    one record in the other order of their ids), so a version is applied only when newer.
    """

    def __init__(self) -> None:
        self.versions: dict[tuple[str, str], tuple[int, bool]] = {}
        self.cursor: str | None = None
        self.seen: list[dict[str, Any]] = []

    def apply(self, item: dict[str, Any]) -> None:
        self.seen.append(item)
        key = (item["resource"], item["id"])
        held = self.versions.get(key)
        if held is None or item["version"] > held[0]:
            self.versions[key] = (item["version"], item["op"] == "delete")
        if item["op"] == "upsert":
            assert item["object"]["id"] == item["id"]
            assert item["object"]["version"] == item["version"]

    def live(self) -> dict[tuple[str, str], int]:
        return {k: v for k, (v, deleted) in self.versions.items() if not deleted}

    async def pull(self, client: Client, dataset: str) -> dict[str, Any]:
        """Apply one page and keep its cursor."""
        params = {"dataset": dataset, "limit": "50"}
        if self.cursor is not None:
            params["after"] = self.cursor
        response = await client.get("/v1/changes", params=params)
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        for item in page["data"]:
            self.apply(item)
        self.cursor = page["next_cursor"]
        return page

    async def catch_up(
        self, client: Client, dataset: str, db: asyncpg.Connection, mark: int
    ) -> None:
        """Wait until every transaction before ``mark`` has ended, then drain the feed.

        The horizon waits for every older transaction on the server, other sessions' too, so
        this polls the server (not the feed, whose cursors are what is under test); it fails
        rather than hangs.
        """
        await wait_past(db, mark)
        while (await self.pull(client, dataset))["has_more"]:
            pass


async def listing(client: Client, dataset: str) -> dict[tuple[str, str], int]:
    """Every current record of ``dataset``, through the list endpoints.

    A resource without a flat list (observations live under their indicator, injects and
    actions under their exercise) is read from its export instead.
    """
    found: dict[tuple[str, str], int] = {}
    for name, resource in RESOURCES.items():
        params: dict[str, str] = {"dataset": dataset, "limit": "100"}
        while True:
            nested = "{" in resource.path
            response = None if nested else await client.get(resource.path, params=params)
            if response is None or response.status_code == 404:
                exported = await client.get(
                    "/v1/export", params={"resource": name, "dataset": dataset}
                )
                rows = [msgspec.json.decode(line) for line in exported.content.splitlines()]
                found.update({(name, r["id"]): r["version"] for r in rows})
                break
            assert response.status_code == 200, response.text
            page = response.json()
            found.update({(name, r["id"]): r["version"] for r in page["data"]})
            if not page["has_more"]:
                break
            params["cursor"] = page["next_cursor"]
    return found
