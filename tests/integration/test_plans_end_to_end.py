"""A plan fired from real data: events posted over HTTP light a signpost through the real
signposts worker, and the plans worker fires the branch that waits on it and raises its alert;
a retraction darkens the signpost, returns the branch to dormant and withdraws the alert; a
decision then latches a branch against later data. Every handler runs for real, in order.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.planning.handler import Signposts
from watchfloor.planning.plans import Plans
from watchfloor.warning.handler import WarningRules
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.worker_probe import settled, start_at_horizon

Client = AsyncTestClient[Litestar]
Json = dict[str, Any]

NOW = datetime(2025, 3, 20, tzinfo=UTC)
HANDLERS = ("computed-indicators", "warning", "signposts", "plans")


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    await start_at_horizon(db, HANDLERS)
    yield db
    # A position holds the feed's retention back: the handlers' must not outlive the test.
    await db.execute("DELETE FROM worker_positions WHERE handler = ANY($1::text[])", HANDLERS)


async def _run(db: asyncpg.Connection, dataset: str) -> None:
    """The worker until what it wrote has been handled too (signposts, then plans)."""
    for _ in range(3):
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


async def _post(client: Client, path: str, body: Json) -> Json:
    response = await client.post(path, json=body)
    assert response.status_code in (200, 201), response.text
    return dict(response.json())


async def _get(client: Client, path: str, **params: str) -> Json:
    response = await client.get(path, params=params)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def _event(client: Client, dataset: str, source: str, day: str) -> str:
    body = {
        "title": f"Artillery fire on {day}",
        "category": "ASSAULT",
        "occurred": {"start": day},
        "citations": [{"source_id": source, "credibility": 2}],
        "dataset": dataset,
    }
    return str((await _post(client, "/v1/events", body))["id"])


async def test_events_light_a_signpost_that_fires_a_branch_and_a_retraction_undoes_it(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    db = worker_db
    source = await factories.source(client, dataset)
    # A problem whose one rule watches a hand-entered indicator with no figures: its own
    # replay gives no episode, so every alert of it here is the plan's.
    indicator = await _post(
        client,
        "/v1/indicators",
        {"name": "Incidents", "unit": "incidents", "frequency": "monthly", "dataset": dataset},
    )
    rule = {"key": "tempo", "kind": "threshold", "level": "watch", "value": 4,
            "indicator_id": indicator["id"], "rationale": "Four a month is a campaign."}  # fmt: skip
    problem = await _post(
        client,
        "/v1/warning-problems",
        {"name": "Border incidents", "dataset": dataset, "rules": [rule]},
    )
    signpost = await _post(
        client,
        "/v1/signposts",
        {"name": "Two exchanges of fire in a month", "dataset": dataset,
         "condition": {"kind": "events", "window": {"days": 30}, "count": 2, "emerging": 1,
                       "filters": {"category": "ASSAULT"}}},
    )  # fmt: skip
    branch = {
        "key": "reinforce", "name": "Reinforce the border posts", "owner": {"role": "Duty officer"},
        "deadline_hours": 12,
        "trigger": {"kind": "signpost", "signpost_id": signpost["id"]},
        "options": [{"key": "alert-units", "name": "Alert the units", "lead_time_hours": 2},
                    {"key": "move-battery", "name": "Move a battery", "lead_time_hours": 24}],
    }  # fmt: skip
    watch = {**branch, "key": "watch", "name": "Raise the watch", "deadline_hours": 48,
             "level": "watch",
             "trigger": {"kind": "signpost", "signpost_id": signpost["id"],
                         "at_least": "emerging"}}  # fmt: skip
    plan = await _post(
        client,
        "/v1/plans",
        {"name": "Border", "problem_id": problem["id"], "dataset": dataset,
         "branches": [branch, watch]},
    )  # fmt: skip
    path = f"/v1/plans/{plan['id']}"

    first = await _event(client, dataset, source, "2025-03-01")
    second = await _event(client, dataset, source, "2025-03-10")
    await _run(db, dataset)
    lit = await _get(client, f"/v1/signposts/{signpost['id']}")
    assert (lit["status"], lit["changed_at"]) == ("seen", "2025-03-11T00:00:00Z")
    branches = {b["key"]: b for b in (await _get(client, path))["branches"]}
    fired = branches["reinforce"]
    # The branch fired when the second report made the signpost seen; the watch branch when
    # the first made it emerging.
    assert (fired["state"], fired["triggered_at"], fired["deadline"]) == (
        "triggered", "2025-03-11T00:00:00Z", "2025-03-11T12:00:00Z"
    )  # fmt: skip
    assert branches["watch"]["triggered_at"] == "2025-03-02T00:00:00Z"
    alert = await _get(client, f"/v1/alerts/{fired['alert_id']}")
    assert (alert["plan_id"], alert["branch_key"], alert["state"], alert["opened_at"]) == (
        plan["id"], "reinforce", "open", "2025-03-11T00:00:00Z"
    )  # fmt: skip
    # At 06:00 on the day it fired, six hours remain: the battery (24 h) is already too late.
    agenda = await _get(client, f"{path}/agenda", at="2025-03-11T06:00:00Z")
    options = {
        o["key"]: o for o in {b["key"]: b for b in agenda["branches"]}["reinforce"]["options"]
    }
    assert options["move-battery"]["too_late"] and not options["alert-units"]["too_late"]

    # The worker again, with nothing new: no version of anything (incremental, idempotent).
    versions = (
        (await _get(client, f"/v1/signposts/{signpost['id']}"))["version"],
        (await _get(client, path))["version"],
    )
    await _run(db, dataset)
    assert versions == (
        (await _get(client, f"/v1/signposts/{signpost['id']}"))["version"],
        (await _get(client, path))["version"],
    )

    # The watch branch is decided; then the second report is retracted.
    decided = await client.post(
        f"{path}/decisions", json={"branch": "watch", "state": "decided", "option": "alert-units"}
    )
    assert decided.status_code in (200, 201), decided.text
    retracted = await client.patch(
        f"/v1/events/{second}", json={"status": "retracted", "status_reason": "A drill."}
    )
    assert retracted.status_code == 200, retracted.text
    await _run(db, dataset)
    dark = await _get(client, f"/v1/signposts/{signpost['id']}")
    assert dark["status"] == "emerging" and dark["retracted"]["events"] == [second]
    assert dark["evidence"]["events"] == [first]
    branches = {b["key"]: b for b in (await _get(client, path))["branches"]}
    # The trigger never held on the data as now reported: back to dormant, its alert withdrawn.
    assert branches["reinforce"]["state"] == "dormant"
    assert branches["reinforce"]["triggered_at"] is None
    assert (await _get(client, f"/v1/alerts/{alert['id']}"))["state"] == "withdrawn"
    # The decided branch stands whatever the data says later.
    assert branches["watch"]["state"] == "decided"
    assert branches["watch"]["decision"] == "alert-units"
