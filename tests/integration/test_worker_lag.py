"""The worker's lag on ``/readyz``, ``/metrics`` and ``watchfloor worker status``.

A real worker (the runner, with a probe handler that records what it handles) is left behind
by writes through the API, then caught up: its lag goes from more than 0 to 0 everywhere.
"""

import asyncio
import re
import uuid
from collections.abc import AsyncIterator

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.app import create_app
from watchfloor.cli import main
from watchfloor.settings import Settings
from watchfloor.worker.handlers import HANDLERS
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.worker_probe import SEEN, Probe, settled

Client = AsyncTestClient[Litestar]


@pytest.fixture
async def seen(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    await db.execute(SEEN)
    yield db
    # A position holds the feed's retention back: the probes' must not outlive their test.
    await db.execute("DELETE FROM worker_positions WHERE handler LIKE 'lag-probe-%'")


async def _readiness(client: Client) -> dict[str, dict[str, object]]:
    response = await client.get("/readyz")
    assert response.status_code == 200, response.text
    return {row["handler"]: row for row in response.json()["worker"]}


async def _scrape(client: Client) -> str:
    request = client.build_request("GET", "/metrics")
    del request.headers["authorization"]  # like /readyz, it needs no key
    response = await client.send(request)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    return response.text


def _sample(text: str, metric: str, handler: str) -> float:
    found = re.search(rf'^{metric}{{handler="{re.escape(handler)}"}} (\S+)$', text, re.MULTILINE)
    assert found is not None, f"no {metric} for {handler}"
    return float(found.group(1))


async def test_a_worker_behind_then_caught_up(
    client: Client,
    seen: asyncpg.Connection,
    dataset: str,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    name = f"lag-probe-{uuid.uuid4().hex[:8]}"
    worker = Worker([Probe(name, frozenset({"actor"}))], page_size=2)
    # Its position: the end of the feed as it stands (not the feed's start: the changes of the
    # tests before this one are none of its business).
    await seen.execute(
        "INSERT INTO worker_positions (handler, xid, seq) SELECT $1, p.xid, p.seq FROM ("
        "SELECT xid, seq FROM changes UNION ALL SELECT xid, seq FROM change_feed_horizon) p "
        "ORDER BY p.xid DESC, p.seq DESC LIMIT 1",
        name,
    )
    for i in range(3):
        await factories.actor(client, dataset, f"Late {i}")
    await settled(seen, dataset)
    await asyncio.sleep(0.05)  # so the oldest unhandled change is measurably old

    behind = (await _readiness(client))[name]
    assert isinstance(behind["behind"], int) and behind["behind"] >= 3
    assert isinstance(behind["lag_seconds"], float) and behind["lag_seconds"] > 0
    assert behind["processed"] == 0
    text = await _scrape(client)
    assert "watchfloor_worker_lag_up 1.0" in text
    assert _sample(text, "watchfloor_worker_lag_entries", name) >= 3
    assert _sample(text, "watchfloor_worker_lag_seconds", name) > 0
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert await asyncio.to_thread(main, ["worker", "status"]) == 0
    assert re.search(
        rf"^{name}: [3-9]\d* change\(s\) behind, the oldest", capsys.readouterr().out, re.M
    )

    await worker.catch_up(seen)

    caught_up = (await _readiness(client))[name]
    assert (caught_up["behind"], caught_up["lag_seconds"]) == (0, 0.0)
    assert caught_up["processed"] == 3 and caught_up["last_step_at"] is not None
    text = await _scrape(client)
    assert _sample(text, "watchfloor_worker_lag_entries", name) == 0
    assert _sample(text, "watchfloor_worker_lag_seconds", name) == 0
    assert _sample(text, "watchfloor_worker_processed_total", name) == 3
    assert await asyncio.to_thread(main, ["worker", "status"]) == 0
    assert f"{name}: 0 change(s) behind, 3 handled" in capsys.readouterr().out


async def test_a_registered_handler_that_never_ran_is_listed_from_the_feeds_start(
    client: Client, db: asyncpg.Connection
) -> None:
    await db.execute(
        "DELETE FROM worker_positions WHERE handler = ANY($1::text[])", [h.name for h in HANDLERS]
    )
    rows = await _readiness(client)
    for handler in HANDLERS:
        assert rows[handler.name]["last_step_at"] is None
        assert rows[handler.name]["processed"] == 0
        assert rows[handler.name]["behind"] == await db.fetchval("SELECT count(*) FROM changes")


async def test_requests_are_counted_by_route_template_and_status(
    client: Client, dataset: str
) -> None:
    actors = [await factories.actor(client, dataset, f"Counted {i}") for i in range(2)]
    for actor in actors:
        assert (await client.get(f"/v1/actors/{actor}")).status_code == 200
    assert (await client.get("/v1/actors/act_" + "0" * 32)).status_code == 404
    assert (await client.get("/no/such/route")).status_code == 404
    anonymous = client.build_request("GET", "/v1/sources")
    del anonymous.headers["authorization"]
    assert (await client.send(anonymous)).status_code == 401

    text = await _scrape(client)

    template = re.compile(r"^watchfloor_http_requests_total\{(.*)\} (\S+)$", re.MULTILINE)
    counted = {labels: float(value) for labels, value in template.findall(text)}
    ok = [v for k, v in counted.items() if 'path="/v1/actors/{' in k and 'status_code="200"' in k]
    missing = [v for k, v in counted.items() if 'path="/v1/actors/{' in k and '"404"' in k]
    assert ok and ok[0] >= 2 and missing and missing[0] >= 1
    refused = [k for k in counted if 'path="/v1/sources"' in k and 'status_code="401"' in k]
    assert refused, "an answer a middleware raised is counted with its own status"
    assert not any(actor in text for actor in actors), "raw paths never become labels"
    assert "/no/such/route" not in text
    assert "watchfloor_http_request_duration_seconds_bucket" in text


async def test_metrics_answer_without_a_database() -> None:
    app = create_app(Settings(database_url="postgresql://postgres@127.0.0.1:1/none"))
    async with AsyncTestClient(app=app) as client:
        response = await client.get("/metrics")
        assert response.status_code == 200
        assert "watchfloor_worker_lag_up 0.0" in response.text
        assert "watchfloor_worker_lag_entries" not in response.text
        ready = await client.get("/readyz")
        assert ready.status_code == 503
