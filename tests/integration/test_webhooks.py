"""Subscriptions and signed webhooks, end to end with real parts: the API, the worker's
``subscriptions`` handler following the feed, the delivery loop sending over HTTP to a real
receiver on loopback that verifies every signature with the ``standardwebhooks`` library, and
the ``watchfloor worker`` process killed mid-delivery.

The receiver can go down (its port closed) and come back, answer 5xx or 410, or be slow.
"""

import asyncio
import contextlib
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from standardwebhooks.webhooks import Webhook, WebhookVerificationError
from watchfloor.access.schemas import ApiKeyWithSecret
from watchfloor.app import create_app
from watchfloor.persistence.db import FairPool, create_pool
from watchfloor.settings import Settings
from watchfloor.webhooks.deliverer import Deliverer, Policy
from watchfloor.webhooks.enqueue import SubscriptionDeliveries
from watchfloor.webhooks.targets import AllowList
from watchfloor.worker.handlers import HANDLERS
from watchfloor.worker.positions import forget
from watchfloor.worker.runner import Worker

from tests.integration.worker_probe import settled

LOOPBACK = ("127.0.0.1/32",)


@dataclass
class Received:
    id: str
    body: dict[str, Any]
    headers: dict[str, str]


@dataclass
class Receiver:
    """An HTTP endpoint on loopback that verifies signatures with the reference library."""

    secrets: list[str] = field(default_factory=list)
    mode: str = "ok"
    """``ok``; ``fail`` (500); ``gone`` (410); ``redirect`` (307); ``slow`` (sleeps 3 s)."""
    fail_first: int = 0
    got: list[Received] = field(default_factory=list)
    tried: int = 0
    bad: list[str] = field(default_factory=list)
    port: int = 0
    server: ThreadingHTTPServer | None = None

    def __post_init__(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers["content-length"]))
                receiver.tried += 1
                if receiver.mode == "slow":
                    time.sleep(3)
                status = {"ok": 200, "fail": 500, "gone": 410, "redirect": 307, "slow": 200}
                code = status[receiver.mode]
                if receiver.fail_first > 0:
                    receiver.fail_first -= 1
                    code = 503
                if code == 200:
                    headers = dict(self.headers.items())
                    try:
                        for secret in receiver.secrets:
                            Webhook(secret).verify(raw, headers)
                    except (WebhookVerificationError, ValueError) as exc:
                        receiver.bad.append(str(exc))
                        code = 400
                    else:
                        receiver.got.append(
                            Received(headers["webhook-id"], json.loads(raw), headers)
                        )
                self.send_response(code)
                if code == 307:
                    self.send_header("Location", "http://127.0.0.1:1/elsewhere")
                self.end_headers()
                self.wfile.write(b'{"ok": true}' if code == 200 else b"no")

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None


@pytest.fixture(scope="module")
async def allowed(
    database_url: str, api_key: ApiKeyWithSecret
) -> AsyncIterator[AsyncTestClient[Litestar]]:
    """A client of an app whose operator allowed loopback targets."""
    app = create_app(Settings(database_url=database_url, pool_max_size=5, webhook_allow=LOOPBACK))
    async with AsyncTestClient(app=app) as client:
        client.headers["Authorization"] = f"Bearer {api_key.secret}"
        yield client


@pytest.fixture(scope="module", autouse=True)
async def _forget_position(db: asyncpg.Connection) -> AsyncIterator[None]:
    """The handlers' positions (``watchfloor worker`` ran them all) would hold the feed's
    retention for the tests that follow."""
    yield
    for handler in HANDLERS:
        await forget(db, handler.name)


@pytest.fixture
async def running(database_url: str) -> AsyncIterator[None]:
    """The real worker loop (the subscriptions handler) and the delivery loop, fast retries."""
    pool = await create_pool(database_url, min_size=1, max_size=4)
    worker = Worker([SubscriptionDeliveries()], idle_seconds=0.05)
    deliverer = Deliverer(
        allow=AllowList.parse(LOOPBACK),
        # A lease well past the timeout: a loaded machine must not see an attempt's lease expire
        # and a second claim of it (the killed-worker test covers expiry on its own).
        policy=Policy(timeout=1.0, retry_base=0.02, retry_window=600, lease=10.0, concurrency=4),
        idle_seconds=0.05,
    )
    tasks = [
        asyncio.create_task(worker.run(FairPool(pool, 2))),
        asyncio.create_task(deliverer.run(FairPool(pool, 2))),
    ]
    yield
    worker.stopping.set()
    deliverer.stopping.set()
    await asyncio.gather(*tasks)
    await pool.close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    r.start()
    yield r
    r.stop()


async def _subscribe(
    client: AsyncTestClient[Litestar], dataset: str, url: str, source: dict[str, Any] | None = None
) -> dict[str, Any]:
    answer = await client.post(
        "/v1/subscriptions",
        json={
            "name": "partner",
            "url": url,
            "dataset": dataset,
            "source": source or {"kind": "changes", "resources": ["actor"]},
        },
    )
    assert answer.status_code == 201, answer.text
    return dict(answer.json())


async def _actors(client: AsyncTestClient[Litestar], dataset: str, names: list[str]) -> None:
    for name in names:
        answer = await client.post(
            "/v1/actors", json={"kind": "organization", "name": name, "dataset": dataset}
        )
        assert answer.status_code == 201, answer.text


async def _until(check: Any, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if await check() if asyncio.iscoroutinefunction(check) else check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("not reached in time")


def _names(r: Receiver) -> list[str]:
    return [g.body["data"]["name"] for g in r.got]


async def test_a_loopback_target_is_refused_unless_the_operator_allows_it(
    client: AsyncTestClient[Litestar],
    allowed: AsyncTestClient[Litestar],
    dataset: str,
) -> None:
    body = {"name": "x", "url": "http://127.0.0.1:9/hook", "dataset": dataset,
            "source": {"kind": "changes"}}  # fmt: skip
    refused = await client.post("/v1/subscriptions", json=body)
    assert refused.status_code == 422, refused.text
    assert refused.json()["errors"][0]["pointer"] == "/url"
    for url in ("http://10.1.2.3/x", "http://169.254.169.254/latest", "http://[::1]:80/",
                "http://localhost/x", "ftp://example.org/x", "http://user:pw@127.0.0.1/"):  # fmt: skip
        answer = await allowed.post("/v1/subscriptions", json=body | {"url": url})
        if url.startswith(("http://user", "ftp")):
            assert answer.status_code in (400, 422), (url, answer.text)
            continue
        if url == "http://localhost/x":
            # localhost resolves to 127.0.0.1 (allowed) and maybe ::1 (not): every address counts.
            continue
        assert answer.status_code == 422, (url, answer.text)
        assert answer.json()["errors"][0]["pointer"] == "/url"
    # An IPv6 literal left open does not parse: a 422 with its reason, never a 500.
    unparsed = await allowed.post("/v1/subscriptions", json=body | {"url": "https://1e0*z[/x"})
    assert unparsed.status_code == 422, unparsed.text
    assert unparsed.json()["errors"][0]["pointer"] == "/url"
    assert "does not parse" in unparsed.json()["errors"][0]["detail"]
    unknown = await allowed.post(
        "/v1/subscriptions", json=body | {"source": {"kind": "changes", "resources": ["nope"]}}
    )
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["pointer"] == "/source/resources/0"
    made = await allowed.post("/v1/subscriptions", json=body)
    assert made.status_code == 201, made.text
    assert made.json()["secret"].startswith("whsec_")


async def test_the_secret_is_shown_once_and_never_read_again(
    allowed: AsyncTestClient[Litestar], dataset: str, db: asyncpg.Connection
) -> None:
    made = await _subscribe(allowed, dataset, "http://127.0.0.1:9/hook")
    secret = made["secret"]
    rotated = await allowed.post(f"/v1/subscriptions/{made['id']}/rotate-secret", json={})
    assert rotated.status_code == 200, rotated.text
    new_secret = rotated.json()["secret"]
    assert len(rotated.json()["secret_fingerprints"]) == 2
    await settled(db, dataset)
    for path in (
        f"/v1/subscriptions/{made['id']}",
        f"/v1/subscriptions?dataset={dataset}",
        f"/v1/subscriptions/{made['id']}/history",
        f"/v1/changes?dataset={dataset}",
        f"/v1/export?resource=subscription&dataset={dataset}",
    ):
        answer = await allowed.get(path)
        assert answer.status_code == 200, (path, answer.text)
        assert "subscription" in answer.text or made["id"] in answer.text
        assert secret not in answer.text and new_secret not in answer.text, path
        assert "whsec_" not in answer.text, path


async def test_every_delivery_arrives_in_order_signed_with_its_cursor_across_an_outage(
    allowed: AsyncTestClient[Litestar], dataset: str, running: None, receiver: Receiver
) -> None:
    made = await _subscribe(allowed, dataset, receiver.url)
    receiver.secrets = [made["secret"]]
    first = [f"Before {i}" for i in range(5)]
    await _actors(allowed, dataset, first)
    await _until(lambda: len(receiver.got) >= 5)
    receiver.stop()
    during = [f"During {i}" for i in range(5)]
    await _actors(allowed, dataset, during)

    async def failing() -> bool:
        log = await allowed.get(f"/v1/subscriptions/{made['id']}/deliveries?state=pending")
        pending = log.json()["data"]
        return any(len(d["attempts"]) >= 2 for d in pending)

    await _until(failing)  # the endpoint is down: attempts fail and are retried
    receiver.start()
    # The head's next retry is due 7.2 s (±20 %) after its second attempt, or 28.8 s after a
    # third if the machine is slow to restart the receiver: wait past both.
    await _until(lambda: len(set(_names(receiver))) >= 10, 60)
    assert receiver.bad == []
    names = _names(receiver)
    unique = list(dict.fromkeys(names))
    assert unique == first + during  # every one, in commit order
    duplicates = len(names) - len(unique)
    assert duplicates <= 1, names  # at least once: at most the one in flight again
    for got in receiver.got:
        assert got.body["type"] == "actor.created"
        assert got.body["dataset"] == dataset and got.body["exercise"] is False
        assert got.id.startswith("msg_")
    # Each cursor resumes the change feed right after its change.
    for before, after in zip(receiver.got[:4], receiver.got[1:5], strict=True):
        page = await allowed.get(
            "/v1/changes",
            params={"after": before.body["cursor"], "dataset": dataset, "resource": "actor"},
        )
        assert page.json()["data"][0]["object"]["name"] == after.body["data"]["name"]

    async def all_delivered() -> bool:
        # The receiver may hold a request whose outcome the deliverer has yet to record.
        log = await allowed.get(f"/v1/subscriptions/{made['id']}/deliveries?limit=100")
        rows = log.json()["data"]
        return len(rows) == 10 and all(d["state"] == "delivered" for d in rows)

    await _until(all_delivered)
    log = await allowed.get(f"/v1/subscriptions/{made['id']}/deliveries?limit=100")
    rows = log.json()["data"]
    failed = [a for d in rows for a in d["attempts"] if a["status_code"] is None]
    assert failed and all(a["error"] for a in failed)


async def test_5xx_is_retried_with_backoff_and_410_disables(
    allowed: AsyncTestClient[Litestar], dataset: str, running: None, receiver: Receiver
) -> None:
    made = await _subscribe(allowed, dataset, receiver.url)
    receiver.secrets = [made["secret"]]
    receiver.fail_first = 2
    await _actors(allowed, dataset, ["Retried"])
    await _until(lambda: len(receiver.got) == 1)
    log = (await allowed.get(f"/v1/subscriptions/{made['id']}/deliveries")).json()["data"]
    attempts = log[0]["attempts"]
    assert [a["status_code"] for a in attempts] == [503, 503, 200]
    assert attempts[0]["response_excerpt"] == "no"
    starts = [a["started_at"] for a in attempts]
    gaps = [
        (time.mktime(time.strptime(b[:19], "%Y-%m-%dT%H:%M:%S")) + float("0" + b[19:].rstrip("Z")))
        - (time.mktime(time.strptime(a[:19], "%Y-%m-%dT%H:%M:%S")) + float("0" + a[19:].rstrip("Z")))
        for a, b in itertools.pairwise(starts)
    ]  # fmt: skip
    # 0.02 s, then 60 times that (1.2 s), each ±20 %.
    assert gaps[0] >= 0.015 and gaps[1] >= 0.95 and gaps[1] > gaps[0]

    receiver.mode = "gone"
    await _actors(allowed, dataset, ["Gone"])

    async def disabled() -> bool:
        sub = (await allowed.get(f"/v1/subscriptions/{made['id']}")).json()
        return sub["enabled"] is False

    await _until(disabled)
    sub = (await allowed.get(f"/v1/subscriptions/{made['id']}")).json()
    assert "410" in sub["disabled_reason"] and sub["disabled_at"]
    log = (await allowed.get(f"/v1/subscriptions/{made['id']}/deliveries")).json()["data"]
    assert log[0]["state"] == "failed" and log[0]["attempts"][-1]["status_code"] == 410


async def test_a_redirect_is_a_failure_not_followed(
    allowed: AsyncTestClient[Litestar], dataset: str, running: None, receiver: Receiver
) -> None:
    made = await _subscribe(allowed, dataset, receiver.url)
    receiver.secrets = [made["secret"]]
    receiver.mode = "redirect"
    await _actors(allowed, dataset, ["Redirected"])

    async def tried_twice() -> bool:
        log = (await allowed.get(f"/v1/subscriptions/{made['id']}/deliveries")).json()["data"]
        return bool(log) and len(log[0]["attempts"]) >= 2

    await _until(tried_twice)
    log = (await allowed.get(f"/v1/subscriptions/{made['id']}/deliveries")).json()["data"]
    assert log[0]["attempts"][0]["status_code"] == 307
    assert "not followed" in log[0]["attempts"][0]["error"]
    assert receiver.got == []
    await allowed.delete(f"/v1/subscriptions/{made['id']}")


async def test_a_slow_endpoint_does_not_hold_up_another_subscription(
    allowed: AsyncTestClient[Litestar], dataset: str, running: None, receiver: Receiver
) -> None:
    slow = Receiver(mode="slow")
    slow.start()
    try:
        stuck = await _subscribe(allowed, dataset, slow.url)
        fast = await _subscribe(allowed, dataset, receiver.url)
        receiver.secrets = [fast["secret"]]
        slow.secrets = [stuck["secret"]]
        started = time.monotonic()
        await _actors(allowed, dataset, [f"Busy {i}" for i in range(3)])
        await _until(lambda: len(receiver.got) >= 3)
        assert time.monotonic() - started < 3
        assert slow.got == []  # every try of the slow one timed out (1 s)
        await allowed.delete(f"/v1/subscriptions/{stuck['id']}")
    finally:
        slow.stop()


async def test_both_secrets_sign_during_a_rotation_and_ping(
    allowed: AsyncTestClient[Litestar], dataset: str, running: None, receiver: Receiver
) -> None:
    made = await _subscribe(allowed, dataset, receiver.url)
    rotated = (await allowed.post(f"/v1/subscriptions/{made['id']}/rotate-secret")).json()
    receiver.secrets = [made["secret"], rotated["secret"]]  # each verifies on its own
    test = await allowed.post(f"/v1/subscriptions/{made['id']}/test")
    assert test.status_code == 202, test.text
    assert test.json()["type"] == "ping"
    await _until(lambda: len(receiver.got) == 1)
    assert receiver.bad == []
    assert receiver.got[0].body["type"] == "ping" and receiver.got[0].body["cursor"] is None
    assert len(receiver.got[0].headers["webhook-signature"].split(" ")) == 2
    # A retired secret no longer verifies.
    short = await allowed.post(
        f"/v1/subscriptions/{made['id']}/rotate-secret", json={"grace_seconds": 0}
    )
    receiver.secrets = [made["secret"]]
    await allowed.post(f"/v1/subscriptions/{made['id']}/test")
    await _until(lambda: len(receiver.bad) >= 1)
    receiver.secrets = [short.json()["secret"]]
    await _until(lambda: len(receiver.got) == 2)


async def test_replay_from_a_cursor_resends_in_order_with_the_same_ids(
    allowed: AsyncTestClient[Litestar], dataset: str, running: None, receiver: Receiver
) -> None:
    made = await _subscribe(allowed, dataset, receiver.url)
    receiver.secrets = [made["secret"]]
    await _actors(allowed, dataset, ["R1", "R2", "R3"])
    await _until(lambda: len(receiver.got) == 3)
    first = receiver.got[0]
    answer = await allowed.post(
        f"/v1/subscriptions/{made['id']}/replay", json={"cursor": first.body["cursor"]}
    )
    assert answer.status_code == 202, answer.text
    assert answer.json()["enqueued"] == 2 and answer.json()["has_more"] is False
    await _until(lambda: len(receiver.got) == 5)
    assert _names(receiver) == ["R1", "R2", "R3", "R2", "R3"]
    assert [g.id for g in receiver.got[3:]] == [g.id for g in receiver.got[1:3]]
    bad = await allowed.post(f"/v1/subscriptions/{made['id']}/replay", json={"cursor": "forged"})
    assert bad.status_code == 400


async def test_a_worker_killed_mid_delivery_loses_nothing(
    allowed: AsyncTestClient[Litestar], dataset: str, database_url: str, db: asyncpg.Connection
) -> None:
    """``watchfloor worker`` as a process; SIGKILLed while the receiver holds a request."""
    receiver = Receiver(mode="slow")
    receiver.start()
    env = os.environ | {
        "DATABASE_URL": database_url,
        "WATCHFLOOR_WEBHOOK_ALLOW": "127.0.0.1/32",
        "WATCHFLOOR_WEBHOOK_TIMEOUT": "5",
        "WATCHFLOOR_WEBHOOK_LEASE": "1",
        "WATCHFLOOR_WEBHOOK_RETRY_BASE": "0.1",
    }

    async def worker() -> asyncio.subprocess.Process:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "watchfloor.cli", "worker", env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip

    try:
        made = await _subscribe(allowed, dataset, receiver.url)
        receiver.secrets = [made["secret"]]
        await _actors(allowed, dataset, ["K1", "K2"])
        process = await worker()
        await _until(lambda: receiver.tried >= 1, 30)  # the request is in flight
        process.send_signal(signal.SIGKILL)
        await process.wait()
        receiver.mode = "ok"
        process = await worker()
        try:
            await _until(lambda: {"K1", "K2"} <= set(_names(receiver)), 40)
        finally:
            process.send_signal(signal.SIGTERM)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(process.wait(), 10)
        unique = list(dict.fromkeys(_names(receiver)))
        assert unique == ["K1", "K2"]
    finally:
        receiver.stop()


async def _event(client: AsyncTestClient[Litestar], dataset: str, source: str, tag: str) -> str:
    answer = await client.post(
        "/v1/events",
        json={"title": f"A {tag}", "category": "ASSAULT", "occurred": {"start": "2022-01-30"},
              "citations": [{"source_id": source, "credibility": 2}], "tags": [tag],
              "dataset": dataset},
    )  # fmt: skip
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


async def test_what_enters_a_watchlist_is_delivered_once_signed_with_its_cursor(
    allowed: AsyncTestClient[Litestar], dataset: str, receiver: Receiver, running: None
) -> None:
    source = await allowed.post(
        "/v1/sources",
        json={"title": "KCNA", "publisher": "KCNA", "reliability": "C", "dataset": dataset},
    )
    watchlist = await allowed.post(
        "/v1/watchlists",
        json={"name": "Launches", "dataset": dataset,
              "selections": [{"kind": "events", "filters": {"tag": "missile-test"}}]},
    )  # fmt: skip
    assert watchlist.status_code == 201, watchlist.text
    wl = watchlist.json()["id"]
    nowhere = await allowed.post(
        "/v1/subscriptions",
        json={"name": "x", "url": receiver.url, "dataset": dataset,
              "source": {"kind": "watchlist", "watchlist_id": "wl_" + "0" * 32}},
    )  # fmt: skip
    assert nowhere.status_code == 422, nowhere.text
    assert nowhere.json()["errors"][0]["pointer"] == "/source/watchlist_id"
    made = await _subscribe(
        allowed, dataset, receiver.url, {"kind": "watchlist", "watchlist_id": wl}
    )
    receiver.secrets = [made["secret"]]
    src = source.json()["id"]
    first = await _event(allowed, dataset, src, "missile-test")
    await _event(allowed, dataset, src, "parade")  # not selected
    revised = await allowed.patch(f"/v1/events/{first}", json={"title": "Hwasong-18"})
    assert revised.status_code == 200  # matches again, but entered already: not sent again
    second = await _event(allowed, dataset, src, "missile-test")
    await _until(lambda: len(receiver.got) >= 2)
    assert receiver.bad == []
    assert [g.body["type"] for g in receiver.got] == ["watchlist.entered"] * 2
    assert [[i["id"] for i in g.body["data"]["items"]] for g in receiver.got] == [
        [first], [second]
    ]  # fmt: skip
    item = receiver.got[0].body["data"]["items"][0]
    assert receiver.got[0].body["data"]["watchlist_id"] == wl
    assert item["kind"] == "event" and item["object"]["tags"] == ["missile-test"]
    # The cursor resumes the feed right after the change that made it enter.
    after = await allowed.get(
        "/v1/changes", params={"dataset": dataset, "after": receiver.got[0].body["cursor"]}
    )
    assert after.status_code == 200, after.text
    assert after.json()["data"][0]["id"] != first or after.json()["data"][0]["version"] > 1
    log = await allowed.get(f"/v1/subscriptions/{made['id']}/deliveries")
    assert [d["type"] for d in log.json()["data"]] == ["watchlist.entered"] * 2


async def test_prune_drops_finished_deliveries_past_retention_and_keeps_what_is_owed(
    allowed: AsyncTestClient[Litestar], db: asyncpg.Connection, database_url: str, dataset: str
) -> None:
    subscription = await _subscribe(allowed, dataset, "http://127.0.0.1:9/hook")
    rows = {  # name: (state, finished how many days ago)
        "old-delivered": ("delivered", 40),
        "old-failed": ("failed", 31),
        "recent": ("delivered", 2),
        "owed": ("pending", None),
    }
    ids = {}
    for n, (name, (state, days)) in enumerate(rows.items()):
        ids[name] = f"dlv_{n:032x}"
        await db.execute(
            """
            INSERT INTO webhook_deliveries (id, subscription_id, dataset, message_id, origin,
                event_type, occurred_at, data, state, attempts, created_at, finished_at)
            VALUES ($1, $2, $3, $4, 'test', 'ping', now() - interval '50 days', '{}', $5, 1,
                    now() - interval '50 days', now() - make_interval(days => $6))
            """,
            ids[name], subscription["id"], dataset, f"msg_{n:032x}", state, days,
        )  # fmt: skip
        await db.execute(
            "INSERT INTO webhook_attempts (delivery_id, number, started_at, latency_ms, error) "
            "VALUES ($1, 1, now() - interval '50 days', 5, 'refused')",
            ids[name],
        )
    env = {**os.environ, "DATABASE_URL": database_url}
    command = [sys.executable, "-m", "watchfloor.cli", "webhooks", "prune", "--days", "30"]
    done = await asyncio.to_thread(
        subprocess.run, command, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "pruned 2 finished deliveries older than 30 days" in done.stdout
    left = await db.fetch(
        "SELECT d.id, count(a.*) AS attempts FROM webhook_deliveries d "
        "LEFT JOIN webhook_attempts a ON a.delivery_id = d.id "
        "WHERE d.id = ANY($1::text[]) GROUP BY d.id",
        list(ids.values()),
    )
    assert {r["id"]: r["attempts"] for r in left} == {ids["recent"]: 1, ids["owed"]: 1}
    assert (
        await db.fetchval(
            "SELECT count(*) FROM webhook_attempts WHERE delivery_id = ANY($1::text[])",
            [ids["old-delivered"], ids["old-failed"]],
        )
        == 0
    )
