"""Contingency plans through the real API and the real worker: firing, alerts, decisions, the
agenda at any instant, ``known_by`` reads, retraction, and every refusal with its pointer.

Signposts are real, made through their import path with the steps each test reasons about
(``signpost_rows``); the signposts worker does not run here. ``test_plans_end_to_end.py`` lights
them from real events with it.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import asyncpg
import msgspec
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.access.schemas import ApiKeyWithSecret
from watchfloor.context import Context
from watchfloor.planning.plans import Plans
from watchfloor.warning.handler import evaluate
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.problems import problem
from tests.integration.signpost_rows import set_steps, signpost, step
from tests.integration.worker_probe import settled

Client = AsyncTestClient[Litestar]
Json = dict[str, Any]

LIT = "2017-09-03T06:00:00Z"
"""When the first signpost lit (knowledge time)."""


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    yield db
    # A position holds the feed's retention back: the handler's must not outlive the test.
    await db.execute("DELETE FROM worker_positions WHERE handler = 'plans'")


async def _run(db: asyncpg.Connection, dataset: str) -> None:
    await settled(db, dataset)
    await Worker([Plans()]).catch_up(db)


async def _post(client: Client, path: str, body: Json, status: int = 201) -> Json:
    response = await client.post(path, json=body)
    assert response.status_code == status, response.text
    return dict(response.json())


async def _get(client: Client, path: str, **params: str) -> Json:
    response = await client.get(path, params=params)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def _problem(client: Client, dataset: str) -> str:
    """A warning problem with one rule over a hand-entered indicator that has no figures: its
    own replay gives no episode."""
    indicator = await _post(
        client,
        "/v1/indicators",
        {"name": "Tests", "unit": "tests", "frequency": "monthly", "dataset": dataset},
    )
    rule = {"key": "tempo", "kind": "threshold", "level": "watch", "indicator_id": indicator["id"],
            "value": 4, "rationale": "Four a month is a campaign."}  # fmt: skip
    body = {"name": "DPRK nuclear testing", "dataset": dataset, "rules": [rule]}
    return str((await _post(client, "/v1/warning-problems", body))["id"])


def _sp(signpost_id: str, at_least: str = "seen") -> Json:
    return {"kind": "signpost", "signpost_id": signpost_id, "at_least": at_least}


OPTIONS = [
    {"key": "evacuate", "name": "Evacuate nationals", "lead_time_hours": 36,
     "prerequisites": ["Host-nation consent"], "requires": ["ships"]},
    {"key": "ships", "name": "Charter ships", "lead_time_hours": 12},
    {"key": "hold", "name": "Hold and watch"},
]  # fmt: skip


def _branch(key: str, trigger: Json, **fields: Any) -> Json:
    return {
        "key": key,
        "name": key.replace("-", " ").title(),
        "trigger": trigger,
        "owner": {"role": "J3 duty officer"},
        "deadline_hours": 48,
        "options": OPTIONS,
        **fields,
    }


def _branches(plan: Json) -> dict[str, Json]:
    return {b["key"]: b for b in plan["branches"]}


async def _plan(client: Client, dataset: str, branches: list[Json], **fields: Any) -> Json:
    body = {
        "name": "Korean peninsula NEO",
        "problem_id": await _problem(client, dataset),
        "owner": "Crisis cell",
        "tags": ["dprk"],
        "branches": branches,
        "dataset": dataset,
        **fields,
    }
    return await _post(client, "/v1/plans", body)


async def test_a_branch_fires_raises_an_alert_and_waits_for_its_decision(
    client: Client, dataset: str, worker_db: asyncpg.Connection, api_key: ApiKeyWithSecret
) -> None:
    db = worker_db
    test = await signpost(db, dataset, [step("2017-09-01T00:00:00Z", "emerging"), step(LIT, "seen")])  # fmt: skip
    missile = await signpost(db, dataset)
    plan = await _plan(
        client,
        dataset,
        [
            _branch("nuclear-test", {"kind": "any", "of": [_sp(test), _sp(missile)]}),
            _branch(
                "follow-on",
                {"kind": "all", "of": [{"kind": "branch", "branch": "nuclear-test"},
                                       _sp(missile, "emerging")]},
                level="watch", deadline_hours=24,
            ),
        ],
    )  # fmt: skip
    assert plan["signpost_ids"] == sorted([test, missile])
    assert {b["state"] for b in plan["branches"]} == {"dormant"}
    path = f"/v1/plans/{plan['id']}"

    await _run(db, dataset)
    fired = _branches(await _get(client, path))
    nuclear = fired["nuclear-test"]
    assert (nuclear["state"], nuclear["triggered_at"], nuclear["deadline"]) == (
        "triggered", LIT, "2017-09-05T06:00:00Z"
    )  # fmt: skip
    assert fired["follow-on"]["state"] == "dormant" and fired["follow-on"]["alert_id"] is None
    alert = await _get(client, f"/v1/alerts/{nuclear['alert_id']}")
    assert (alert["plan_id"], alert["branch_key"], alert["rule_key"], alert["level"]) == (
        plan["id"], "nuclear-test", "plan-nuclear-test", "warning"
    )  # fmt: skip
    assert (alert["problem_id"], alert["opened_at"], alert["state"]) == (
        plan["problem_id"], LIT, "open"
    )  # fmt: skip
    assert "J3 duty officer" in alert["rationale"] and "48 h" in alert["rationale"]
    listed = await _get(client, "/v1/alerts", dataset=dataset, plan=plan["id"])
    assert [a["id"] for a in listed["data"]] == [alert["id"]]

    # At any instant: what is due, what is too late to prepare.
    agenda = await _get(client, f"{path}/agenda", at="2017-09-04T00:00:00Z")
    assert agenda["known_by"] == "2017-09-04T00:00:00Z"
    row = {b["key"]: b for b in agenda["branches"]}["nuclear-test"]
    assert (row["due"], row["overdue"], row["hours_left"]) == (True, False, 30)
    options = {o["key"]: o for o in row["options"]}
    # Evacuation needs 36 h after 12 h of chartering: start by 2017-09-03T06Z, already past.
    assert options["evacuate"]["total_lead_time_hours"] == 48
    assert options["evacuate"]["prepare_by"] == LIT and options["evacuate"]["too_late"]
    assert options["ships"]["prepare_by"] == "2017-09-04T18:00:00Z"
    assert not options["ships"]["too_late"]
    before = await _get(client, f"{path}/agenda", at="2017-09-02T00:00:00Z")
    assert {b["state"] for b in before["branches"]} == {"dormant"}
    late = {b["key"]: b for b in (await _get(client, f"{path}/agenda",
                                             at="2017-09-06T00:00:00Z"))["branches"]}  # fmt: skip
    assert (late["nuclear-test"]["due"], late["nuclear-test"]["overdue"]) == (False, True)
    due = await _get(client, "/v1/plans/decisions-due", dataset=dataset, at="2017-09-04T00:00:00Z")
    assert [(d["plan_id"], d["key"]) for d in due["data"]] == [(plan["id"], "nuclear-test")]
    nothing = await _get(client, "/v1/plans/decisions-due", dataset=dataset,
                         at="2017-09-04T00:00:00Z", known_by="2017-09-02T00:00:00Z")  # fmt: skip
    assert nothing["data"] == []

    # Knowledge time on reads and lists.
    then = _branches(await _get(client, path, known_by="2017-09-02T00:00:00Z"))
    assert then["nuclear-test"]["state"] == "dormant" and then["nuclear-test"]["alert_id"] is None
    for params, found in (
        ({"state": "triggered"}, True),
        ({"state": "triggered", "known_by": "2017-09-02T00:00:00Z"}, False),
        ({"state": "dormant", "known_by": "2017-09-02T00:00:00Z"}, True),
        ({"state": "executed"}, False),
        ({"signpost": missile}, True),
        ({"problem": plan["problem_id"]}, True),
        ({"owner": "J3 duty officer"}, True),
        ({"owner": "Crisis cell"}, True),
        ({"owner": "Someone else"}, False),
        ({"tag": "dprk", "name": "peninsula"}, True),
    ):
        listed = await _get(client, "/v1/plans", dataset=dataset, **params)
        assert [p["id"] for p in listed["data"]] == ([plan["id"]] if found else []), params
    known = await _get(client, "/v1/plans", dataset=dataset, known_by="2017-09-02T00:00:00Z")
    assert {b["state"] for b in known["data"][0]["branches"]} == {"dormant"}

    # Decisions, in order only.
    decisions = f"{path}/decisions"
    refused = await client.post(decisions, json={"branch": "follow-on", "state": "decided",
                                                 "option": "hold"})  # fmt: skip
    assert problem(refused, 409)["detail"].startswith("The branch follow-on is dormant")
    problem(await client.post(decisions, json={"branch": "nuclear-test", "state": "executed"}), 409)
    bad = problem(await client.post(decisions, json={"branch": "nuclear-test", "state": "decided",
                                                     "option": "nuke"}), 422)  # fmt: skip
    assert [e["pointer"] for e in bad["errors"]] == ["/option"]
    bad = problem(
        await client.post(decisions, json={"branch": "other", "state": "stood_down"}), 422
    )
    assert [e["pointer"] for e in bad["errors"]] == ["/branch"]
    decided = await _post(
        client, decisions,
        {"branch": "nuclear-test", "state": "decided", "option": "ships", "note": "Charter now."},
        status=200,
    )  # fmt: skip
    assert decided["version"] == 3  # created, fired, decided
    nuclear = _branches(decided)["nuclear-test"]
    assert (nuclear["state"], nuclear["decision"], nuclear["note"]) == (
        "decided", "ships", "Charter now."
    )  # fmt: skip
    assert nuclear["decided_by"] == api_key.key.id  # the name the audit gives the caller
    decided_at = nuclear["decided_at"]
    assert datetime.fromisoformat(decided_at) <= datetime.now(UTC)
    await _run(db, dataset)
    alert = await _get(client, f"/v1/alerts/{nuclear['alert_id']}")
    assert (alert["state"], alert["closed_at"]) == ("closed", decided_at)
    executed = await _post(client, decisions, {"branch": "nuclear-test", "state": "executed"}, 200)
    assert _branches(executed)["nuclear-test"]["decision"] == "ships"
    problem(
        await client.post(decisions, json={"branch": "nuclear-test", "state": "stood_down"}), 409
    )
    await _run(db, dataset)
    versions = await _get(client, f"{path}/history")
    assert [v["version"] for v in versions["data"]] == [1, 2, 3, 4]  # nothing new to write
    old = await _get(client, f"{path}/history", known_by="2017-09-02T00:00:00Z")
    assert {b["state"] for v in old["data"] for b in v["plan"]["branches"]} == {"dormant"}

    # The second signpost emerges: the follow-on branch fires then (the first fired before).
    await set_steps(db, missile, [step("2017-09-10T00:00:00Z", "emerging")])
    await _run(db, dataset)
    follow = _branches(await _get(client, path))["follow-on"]
    assert (follow["state"], follow["triggered_at"]) == ("triggered", "2017-09-10T00:00:00Z")
    follow_alert = await _get(client, f"/v1/alerts/{follow['alert_id']}")
    assert (follow_alert["level"], follow_alert["state"]) == ("watch", "open")

    # Retracted: the emerging step never was. The undecided branch goes dormant, its alert is
    # withdrawn; the decided one stands.
    await set_steps(db, missile, [])
    await _run(db, dataset)
    now = _branches(await _get(client, path))
    assert (now["follow-on"]["state"], now["follow-on"]["alert_id"]) == ("dormant", None)
    assert now["nuclear-test"]["state"] == "executed"
    withdrawn = await _get(client, f"/v1/alerts/{follow['alert_id']}")
    assert withdrawn["state"] == "withdrawn"


async def test_a_warning_reevaluation_leaves_a_branch_alert_alone(
    client: Client, dataset: str, worker_db: asyncpg.Connection
) -> None:
    db = worker_db
    lit = await signpost(db, dataset, [step(LIT, "seen")])
    plan = await _plan(client, dataset, [_branch("strike", _sp(lit))])
    await _run(db, dataset)
    alert_id = _branches(await _get(client, f"/v1/plans/{plan['id']}"))["strike"]["alert_id"]
    # The problem's rule has no figures: its replay gives no episode, and withdraws every
    # alert it did not produce, except a branch's.
    async with db.transaction():
        await evaluate(Context.unrestricted(db), plan["problem_id"], datetime.now(UTC))
    alert = await _get(client, f"/v1/alerts/{alert_id}")
    assert (alert["state"], alert["version"]) == ("open", 1)


async def test_a_dropped_branch_or_deleted_plan_closes_its_alert(
    client: Client, dataset: str, worker_db: asyncpg.Connection
) -> None:
    db = worker_db
    lit = await signpost(db, dataset, [step(LIT, "seen")])
    plan = await _plan(client, dataset, [_branch("strike", _sp(lit)), _branch("other", _sp(lit))])
    await _run(db, dataset)
    fired = _branches(await _get(client, f"/v1/plans/{plan['id']}"))
    kept = [b for k, b in fired.items() if k == "other"]
    patched = await client.patch(
        f"/v1/plans/{plan['id']}",
        json={"branches": [{k: v for k, v in b.items() if k in _INPUT} for b in kept]},
    )
    assert patched.status_code == 200, patched.text
    # The kept branch keeps its state by key.
    assert _branches(patched.json())["other"]["triggered_at"] == LIT
    await _run(db, dataset)
    assert (await _get(client, f"/v1/alerts/{fired['strike']['alert_id']}"))["state"] == "closed"
    assert (await _get(client, f"/v1/alerts/{fired['other']['alert_id']}"))["state"] == "open"
    assert (await client.delete(f"/v1/plans/{plan['id']}")).status_code == 200
    await _run(db, dataset)
    assert (await _get(client, f"/v1/alerts/{fired['other']['alert_id']}"))["state"] == "closed"


_INPUT = ("key", "name", "description", "trigger", "owner", "deadline_hours", "level", "options")


async def test_every_refusal_has_its_pointer(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    known = await signpost(db, dataset)
    elsewhere = await signpost(db, "live")
    actor = await factories.actor(client, dataset, "Ministry of Defence")
    problem_id = await _problem(client, dataset)
    unknown = "sgp_" + "0" * 32
    deep: Json = _sp(known)
    for _ in range(5):
        deep = {"kind": "all", "of": [deep]}
    ok = _branch("a", _sp(known))
    cases: list[tuple[list[Json], list[str]]] = [
        ([_branch("a", {"kind": "any", "of": [_sp(known), _sp(unknown)]})],
         ["/branches/0/trigger/of/1/signpost_id"]),
        ([_branch("a", _sp(elsewhere))], ["/branches/0/trigger/signpost_id"]),
        ([ok, _branch("b", {"kind": "branch", "branch": "zzz"})], ["/branches/1/trigger/branch"]),
        ([_branch("a", {"kind": "branch", "branch": "b"}),
          _branch("b", {"kind": "all", "of": [_sp(known), {"kind": "branch", "branch": "a"}]})],
         ["/branches/0/trigger"]),
        ([_branch("a", {"kind": "branch", "branch": "a"})], ["/branches/0/trigger"]),
        ([ok, ok], ["/branches/1/key"]),
        ([_branch("a", deep)], ["/branches/0/trigger"]),
        ([_branch("a", _sp(known), owner={})], ["/branches/0/owner"]),
        ([_branch("a", _sp(known), owner={"role": "J3", "actor_id": actor})], ["/branches/0/owner"]),
        ([_branch("a", _sp(known), owner={"actor_id": "act_" + "0" * 32})],
         ["/branches/0/owner/actor_id"]),
        ([_branch("a", _sp(known), options=[*OPTIONS, OPTIONS[0]])], ["/branches/0/options/3/key"]),
        ([_branch("a", _sp(known), options=[{"key": "x", "name": "X", "requires": ["y"]}])],
         ["/branches/0/options/0/requires/0"]),
        ([_branch("a", _sp(known), options=[{"key": "x", "name": "X", "requires": ["y"]},
                                            {"key": "y", "name": "Y", "requires": ["x"]}])],
         ["/branches/0/options/0/requires"]),
    ]  # fmt: skip
    base = {"name": "Plan", "problem_id": problem_id, "dataset": dataset}
    for branches, pointers in cases:
        response = await client.post("/v1/plans", json={**base, "branches": branches})
        body = problem(response, 422)
        assert [e["pointer"] for e in body["errors"]] == pointers, branches
    body = problem(
        await client.post("/v1/plans", json={**base, "problem_id": "wpr_" + "0" * 32,
                                             "branches": [ok]}), 422)  # fmt: skip
    assert [e["pointer"] for e in body["errors"]] == ["/problem_id"]
    created = await _post(client, "/v1/plans", {**base, "branches": [
        _branch("a", _sp(known), owner={"actor_id": actor})]})  # fmt: skip
    body = problem(
        await client.patch(f"/v1/plans/{created['id']}",
                           json={"branches": [_branch("a", _sp(unknown))]}), 422)  # fmt: skip
    assert [e["pointer"] for e in body["errors"]] == ["/branches/0/trigger/signpost_id"]
    # Malformed triggers are refused by the wire types themselves.
    for trigger in ({"kind": "all", "of": []}, {"kind": "signpost"}, {"kind": "maybe"}):
        response = await client.post("/v1/plans", json={**base, "branches": [
            _branch("a", trigger)]})  # fmt: skip
        assert response.status_code in (400, 422), response.text
        assert response.headers["content-type"].startswith("application/problem+json")


class _Crashing(Plans):
    """Plans, dying at the end of the step in which it raised an alert for ``watched``."""

    def __init__(self, watched: list[str]) -> None:
        super().__init__(batch=1)
        self.watched = watched

    async def settle(self, ctx: Context) -> bool:
        more = await super().settle(ctx)
        raised = await ctx.conn.fetchval(
            "SELECT count(*) FROM alerts WHERE plan_id = ANY($1::text[])", self.watched
        )
        if raised:
            raise RuntimeError("killed mid-step")
        return more


async def test_a_worker_killed_mid_step_and_restarted_loses_and_repeats_nothing(
    client: Client, dataset: str, worker_db: asyncpg.Connection
) -> None:
    db = worker_db
    # The handler caught up first: the feed is cluster-wide, and a full run leaves a backlog
    # of other tests' changes that small pages would take thousands of steps to cross.
    await _run(db, dataset)
    lit = await signpost(db, dataset, [step(LIT, "seen")])
    plans = [(await _plan(client, dataset, [_branch("strike", _sp(lit))]))["id"] for _ in range(3)]
    await settled(db, dataset)
    crashing = Worker([_Crashing(plans)], page_size=3)
    with pytest.raises(RuntimeError, match="killed mid-step"):
        for _ in range(10_000):
            await crashing.step(db, crashing.handlers[0])
    # The step died after writing an alert and a plan version: both were rolled back with it.
    assert await db.fetchval("SELECT count(*) FROM alerts WHERE plan_id = ANY($1)", plans) == 0
    assert await db.fetchval("SELECT max(version) FROM plans WHERE id = ANY($1)", plans) == 1
    # Restarted: stopped again after one step, then run to the end by a third worker.
    first = Worker([Plans(batch=1)], page_size=3)
    await first.step(db, first.handlers[0])
    await Worker([Plans(batch=1)]).catch_up(db)
    for plan_id in plans:
        history = await _get(client, f"/v1/plans/{plan_id}/history")
        assert [v["version"] for v in history["data"]] == [1, 2]  # fired once
        alerts = await db.fetch("SELECT id, version FROM alerts WHERE plan_id = $1", plan_id)
        assert [a["version"] for a in alerts] == [1]
        assert _branches(history["data"][-1]["plan"])["strike"]["alert_id"] == alerts[0]["id"]


async def test_an_exported_plan_is_restored_by_its_import_line(
    client: Client, dataset: str, worker_db: asyncpg.Connection
) -> None:
    """The export line of a plan, decisions and all, is an import line that restores it."""
    db = worker_db
    lit = await signpost(db, dataset, [step(LIT, "seen")])
    plan = await _plan(client, dataset, [_branch("nuclear-test", _sp(lit))], external_id="neo")
    await _run(db, dataset)
    decided = await client.post(
        f"/v1/plans/{plan['id']}/decisions",
        json={"branch": "nuclear-test", "state": "decided", "option": "ships", "note": "Go."},
    )
    assert decided.status_code == 200, decided.text
    exported = await client.get("/v1/export", params={"resource": "plan", "dataset": dataset})
    (line,) = [msgspec.json.decode(x) for x in exported.content.splitlines()]
    assert line["id"] == plan["id"]
    restored = {"resource": "plan", **{k: v for k, v in line.items() if k not in (
        "id", "dataset", "version", "created_at", "updated_at")}, "external_id": "neo-restored"}  # fmt: skip
    imported = await client.post(
        "/v1/import",
        params={"dataset": dataset},
        content=msgspec.json.encode(restored) + b"\n",
        headers={"Content-Type": "application/x-ndjson"},
    )
    assert imported.status_code == 200, imported.text
    assert imported.json()["created"] == 1, imported.text
    page = await _get(client, "/v1/plans", dataset=dataset, limit="10")
    copy = next(p for p in page["data"] if p["external_id"] == "neo-restored")
    original = _branches(await _get(client, f"/v1/plans/{plan['id']}"))["nuclear-test"]
    branch = _branches(copy)["nuclear-test"]
    assert (branch["state"], branch["decision"], branch["decided_by"], branch["steps"]) == (
        "decided", "ships", original["decided_by"], original["steps"]
    )  # fmt: skip
    assert copy["signpost_ids"] == [lit]
    # A create body still may not carry state: POST takes a PlanCreate.
    body = {k: v for k, v in restored.items() if k != "resource"}
    refused = await client.post("/v1/plans", json={**body, "external_id": "again"})
    assert refused.status_code == 400, refused.text
