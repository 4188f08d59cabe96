"""Webhook delivery, measured in one run (issue 17, "Performance"; ``docs/prepare.md``).

``python -m bench.webhooks [--quick] [--outage S]`` (or ``python -m bench --only webhooks``).
Everything real: ``watchfloor serve`` for the API, ``watchfloor worker`` as its own process (the
handlers and the delivery loop, as shipped), and a receiver on loopback (``bench/
webhook_receiver.py``, uvicorn) that verifies every signature with the ``standardwebhooks``
reference library and writes down when each delivery arrived. No timed assertion anywhere.

- ``webhooks.latency``: with ``POST /v1/import`` of event batches back to back (the bench's
  import load, as in ``bench/warning.py``), marker events open alerts (a threshold rule ≥ 1 on
  a daily computed indicator of their tag) and an ``alerts`` subscription sends them. Per
  alert: receipt time − the alert's commit, p50/p99. The commit is bracketed: the alert
  version's ``changes.changed_at`` (its transaction's start, ``now()``: PostgreSQL records no
  commit time here, ``track_commit_timestamp`` is off) is before the commit, and the first time
  a 10 ms poller of the bench sees the row is after it.
- ``webhooks.throughput``: N subscriptions × C changes (actors imported while the worker is
  stopped, enqueued by ``watchfloor worker --once``), then one ``watchfloor worker`` sends them
  all: deliveries/s from the first receipt to the last. References in the same run: the
  receiver's own ceiling (an httpx client loop with the delivery loop's concurrency, each
  request signed the same way, before and after the product, averaged) and a bare asyncpg
  ``FOR UPDATE SKIP LOCKED`` claim-and-finish loop over a copy of the same queue rows.
- ``webhooks.outage``: M subscriptions, changes at a steady rate, the receiver stopped for
  ``outage`` seconds, then started again: deliveries owed, made, duplicates (at least once),
  losses (must be 0), order per subscription, the wait for the first delivery after the return
  (the backoff) and the drain time. The retry clock is scaled so that any ``outage`` plays a
  10-minute outage: ``WATCHFLOOR_WEBHOOK_RETRY_BASE`` = 5 s × outage / 600 and changes are
  written at ``rate`` per *simulated* second (the backlog of 10 minutes), so ``--outage 600``
  is the real thing with the shipped retry base (5 s); ``--quick`` plays it in 10 s.
"""

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import threading
import time
import urllib.request
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from watchfloor.persistence.db import connect
from watchfloor.webhooks import repository as repo
from watchfloor.webhooks import signing
from watchfloor.worker.handlers import HANDLERS

from bench.bulk import Bulk
from bench.measure import log
from bench.servers import BIN, ROOT, Server, free_port
from bench.warning import MARKER_TAG, _call, _ImportLoad, _indicator, _key, _pct

__all__ = ("Receiver", "account", "main", "measure_webhooks", "section")

_RUN = time.strftime("%Y%m%d%H%M%S")
LATENCY = f"bench-wh-alerts-{_RUN}"
THROUGHPUT = f"bench-wh-many-{_RUN}"
OUTAGE = f"bench-wh-outage-{_RUN}"
LOOPBACK = "127.0.0.1/32"
CONCURRENCY = 16
"""The delivery loop's concurrency as shipped (``WATCHFLOOR_WEBHOOK_CONCURRENCY``)."""
FULL_OUTAGE = 600.0
SHIPPED_RETRY_BASE = 5.0


# --- the receiver and the worker, each a process of its own -----------------------------------


class Receiver:
    """``bench/webhook_receiver.py`` under uvicorn on a loopback port; ``stop`` closes the port
    (an outage: connections refused), ``start`` opens it again."""

    def __init__(self, secrets: dict[int, str], work: Path, name: str) -> None:
        self.port = free_port()
        folder = work / "webhooks"
        folder.mkdir(parents=True, exist_ok=True)
        self.out = folder / f"{name}.ndjson"
        self.out.write_text("")
        self.secrets_file = folder / f"{name}.secrets.json"
        self.set_secrets(secrets)
        self.log = folder / f"{name}.log"
        self.process: subprocess.Popen[bytes] | None = None

    def set_secrets(self, secrets: dict[int, str]) -> None:
        self.secrets_file.write_text(json.dumps({str(n): s for n, s in secrets.items()}))

    def url(self, n: int) -> str:
        return f"http://127.0.0.1:{self.port}/hook/{n}"

    def start(self) -> "Receiver":
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [str(BIN / "uvicorn"), "bench.webhook_receiver:app", "--host", "127.0.0.1",
                 "--port", str(self.port), "--log-level", "warning", "--no-access-log"],
                env={**os.environ, "BENCH_HOOK_SECRETS": str(self.secrets_file),
                     "BENCH_HOOK_OUT": str(self.out), "PYTHONPATH": str(ROOT)},
                cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the receiver exited; see {self.log}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"the receiver did not listen within 30 s; see {self.log}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def records(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.out.read_text().splitlines() if line]


class WorkerProcess:
    """``watchfloor worker`` as shipped, with the allow-list opened to loopback."""

    def __init__(self, dsn: str, log: Path, **env: str) -> None:
        self.env = {**os.environ, "DATABASE_URL": dsn, "WATCHFLOOR_WEBHOOK_ALLOW": LOOPBACK, **env}
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def once(self) -> None:
        """``watchfloor worker --once``: the handlers to the end of the feed (enqueue)."""
        with self.log.open("ab") as out:
            subprocess.run(
                [str(BIN / "watchfloor"), "worker", "--once"],
                env=self.env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, check=True,
            )  # fmt: skip

    def start(self) -> "WorkerProcess":
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [str(BIN / "watchfloor"), "worker"],
                env=self.env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        return self

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


# --- helpers --------------------------------------------------------------------------------


async def _sql(dsn: str, query: str, *args: Any) -> list[asyncpg.Record]:
    conn = await connect(dsn)
    try:
        return list(await conn.fetch(query, *args))
    finally:
        await conn.close()


def _analyze(dsn: str) -> None:
    """``ANALYZE webhook_deliveries``: what autovacuum does after a table changed by 10 % (it is
    off on the bench's server: ``autovacuum`` in the results). Without it the claim's plan
    is made for an empty queue (``claim_cost``)."""
    asyncio.run(_sql(dsn, "ANALYZE webhook_deliveries"))


def _feed_end(dsn: str) -> None:
    """Every handler starts at the end of the feed: the loaded data is not theirs to catch up."""
    asyncio.run(_sql(dsn,
        "INSERT INTO worker_positions (handler, xid, seq) "
        "SELECT h, e.xid, e.seq FROM unnest($1::text[]) h, "
        "(SELECT xid, seq FROM changes ORDER BY xid DESC, seq DESC LIMIT 1) e "
        "ON CONFLICT (handler) DO UPDATE SET xid = excluded.xid, seq = excluded.seq",
        [h.name for h in HANDLERS]))  # fmt: skip


def _subscribe(url: str, auth: dict[str, str], dataset: str, target: str,
               source: dict[str, Any]) -> tuple[str, str]:  # fmt: skip
    body = {"name": "bench", "url": target, "dataset": dataset, "source": source}
    answer = _call(url, "POST", "/v1/subscriptions", auth, body)
    return str(answer["id"]), str(answer["secret"])


def _disable(url: str, auth: dict[str, str], ids: list[str]) -> None:
    for sid in ids:
        _call(url, "PATCH", f"/v1/subscriptions/{sid}", auth, {"enabled": False})


def _import_actors(url: str, auth: dict[str, str], dataset: str, keys: Iterator[str]) -> int:
    body = b"".join(
        json.dumps({"resource": "actor", "external_id": k, "kind": "organization",
                    "name": f"bench actor {k}"}).encode() + b"\n"
        for k in keys
    )  # fmt: skip
    request = urllib.request.Request(
        f"{url}/v1/import?dataset={dataset}", data=body, method="POST",
        headers={"Content-Type": "application/x-ndjson", **auth},
    )  # fmt: skip
    with urllib.request.urlopen(request, timeout=600) as response:
        report = json.loads(response.read())
    return int(report.get("created", 0)) + int(report.get("updated", 0))


def _wait(check: Any, seconds: float, every: float = 0.05) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(every)
    return False


def _stats(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"p50_s": None, "p99_s": None, "max_s": None}
    return {"p50_s": round(_pct(values, 0.5), 3), "p99_s": round(_pct(values, 0.99), 3),
            "max_s": round(max(values), 3)}  # fmt: skip


# --- a. alert commit → webhook received, under import load -------------------------------------


class _Seen(threading.Thread):
    """Polls the feed every 10 ms for the alerts' first versions: when each became visible."""

    def __init__(self, dsn: str) -> None:
        super().__init__(daemon=True)
        self.dsn = dsn
        self.stop = threading.Event()
        self.at: dict[str, float] = {}

    def run(self) -> None:
        asyncio.run(self._poll())

    async def _poll(self) -> None:
        conn = await connect(self.dsn)
        try:
            while not self.stop.is_set():
                for r in await conn.fetch(
                    "SELECT record_id FROM changes WHERE dataset = $1 AND resource = 'alert' "
                    "AND version = 1", LATENCY):  # fmt: skip
                    self.at.setdefault(r["record_id"], time.time())
                await asyncio.sleep(0.01)
        finally:
            await conn.close()


def _latency(dsn: str, url: str, auth: dict[str, str], bulk: Bulk, markers: int,
             work: Path) -> dict[str, Any]:  # fmt: skip
    source = _call(url, "POST", "/v1/sources", auth,
                   {"title": "bench markers", "publisher": "bench", "reliability": "B",
                    "dataset": LATENCY})["id"]  # fmt: skip
    indicator = _indicator(url, auth, LATENCY, "daily", {"tag": MARKER_TAG})
    _call(url, "POST", "/v1/warning-problems", auth, {
        "name": "bench webhook markers", "dataset": LATENCY,
        "rules": [{"key": "marker", "kind": "threshold", "level": "watch", "value": 1,
                   "indicator_id": indicator, "rationale": "A marker was written."}],
    })  # fmt: skip
    receiver = Receiver({}, work, "latency")
    sid, secret = _subscribe(url, auth, LATENCY, receiver.url(0),
                             {"kind": "alerts", "min_level": "watch"})  # fmt: skip
    receiver.set_secrets({0: secret})
    receiver.start()
    _feed_end(dsn)
    worker = WorkerProcess(dsn, work / "logs" / "worker-webhooks.log").start()
    load = _ImportLoad(bulk, url, auth, 500 if markers < 50 else 2_000)
    seen = _Seen(dsn)
    misses = 0

    def alerts() -> int:
        return len({r["obj"] for r in receiver.records() if r["ok"]})

    try:
        seen.start()
        load.start()
        time.sleep(2)  # the load at full speed before the first marker
        first = date(2000, 1, 3)
        for n in range(markers):
            day = first + timedelta(days=3 * n)  # each marker an episode of its own
            _call(url, "POST", "/v1/events", auth, {
                "title": f"bench marker {n}", "category": "CONSULT", "dataset": LATENCY,
                "occurred": {"start": day.isoformat(), "precision": "day"},
                "tags": [MARKER_TAG], "citations": [{"source_id": source, "credibility": 2}],
            })  # fmt: skip
            if not _wait(lambda n=n: alerts() > n, 60, every=0.01):
                misses += 1
            time.sleep(0.2)
    finally:
        load.stop.set()
        load.join()
        worker.stop()
        seen.stop.set()
        seen.join()
        receiver.stop()
        asyncio.run(bulk._clear_once())
    _disable(url, auth, [sid])
    committed = {
        r["record_id"]: r["at"]
        for r in asyncio.run(_sql(dsn,
            "SELECT record_id, extract(epoch FROM changed_at)::float8 AS at FROM changes "
            "WHERE dataset = $1 AND resource = 'alert' AND version = 1", LATENCY))
    }  # fmt: skip
    # The first delivery of each alert: its first version, sent as ``alert.opened`` or, for an
    # episode already over when the alert was written (a marker's day is in the past), as
    # ``alert.closed`` (the type is the state of the version sent).
    records = list({r["obj"]: r for r in reversed(receiver.records()) if r["ok"]}.values())
    from_tx = [r["t"] - committed[r["obj"]] for r in records if r["obj"] in committed]
    from_seen = [r["t"] - seen.at[r["obj"]] for r in records if r["obj"] in seen.at]
    result: dict[str, Any] = {
        "markers": markers,
        "received": len(records),
        "bad_signatures": sum(1 for r in receiver.records() if not r["ok"]),
        "missed_after_60s": misses,
        "from_transaction": _stats(from_tx),
        "from_visible": _stats(from_seen),
        "import_rows_per_s": round(load.rows / load.seconds) if load.seconds else 0,
        "import_batches": load.batches,
    }
    log(f"  webhooks.latency: p50 {result['from_transaction']['p50_s']} s, p99 "
        f"{result['from_transaction']['p99_s']} s (from the alert's transaction) over "
        f"{len(records)} alerts; imports {result['import_rows_per_s']} rows/s meanwhile")  # fmt: skip
    return result


# --- b. sustained deliveries per second, against the receiver's and the queue's ceilings ------


async def _receiver_ceiling(receiver: Receiver, secrets: dict[int, str], data: str,
                            seconds: float) -> float:  # fmt: skip
    """Requests/s an httpx client loop gets from the receiver, ``CONCURRENCY`` at once, each
    signed and shaped as a delivery (same body, the subscription's secret)."""
    done = 0
    deadline = time.perf_counter() + seconds
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=CONCURRENCY * 2)) as http:

        async def loop(lane: int) -> None:
            nonlocal done
            n = 0
            while time.perf_counter() < deadline:
                hook = (lane + n * CONCURRENCY) % len(secrets)
                message = f"msg_ref{lane:02d}{n:08d}"
                now = datetime.now(UTC)
                payload = signing.body("actor.created", now, data, "ref", THROUGHPUT, False)
                headers = signing.headers(message, payload, [secrets[hook]], now, THROUGHPUT,
                                          False)  # fmt: skip
                response = await http.post(receiver.url(hook), content=payload, headers=headers)
                if response.status_code == 200:
                    done += 1
                n += 1

        started = time.perf_counter()
        await asyncio.gather(*(loop(lane) for lane in range(CONCURRENCY)))
        return done / (time.perf_counter() - started)


_COPY_QUEUE = """
CREATE TABLE bench_wh_queue AS
SELECT id, seq, subscription_id, data, 'pending'::text AS state, NULL::timestamptz AS done_at
FROM webhook_deliveries WHERE subscription_id = ANY($1::text[]);
CREATE INDEX ON bench_wh_queue (seq) WHERE state = 'pending';
"""

_BARE_CLAIM = """
UPDATE bench_wh_queue q SET state = 'leased'
WHERE q.id IN (SELECT id FROM bench_wh_queue WHERE state = 'pending' ORDER BY seq
               LIMIT $1 FOR UPDATE SKIP LOCKED)
RETURNING q.id, q.data
"""


async def _bare_queue(dsn: str, subscriptions: list[str]) -> dict[str, Any]:
    """A bare asyncpg ``SKIP LOCKED`` queue over a copy of the same rows: claim 16, then finish
    each in its own statement (the product's claim, then one write per delivery)."""
    conn = await connect(dsn)
    try:
        await conn.execute("DROP TABLE IF EXISTS bench_wh_queue")
        await conn.execute(_COPY_QUEUE.replace("$1::text[]", "'{" + ",".join(subscriptions) + "}'"))
        rows = 0
        started = time.perf_counter()
        while batch := await conn.fetch(_BARE_CLAIM, CONCURRENCY):
            for r in batch:
                await conn.execute(
                    "UPDATE bench_wh_queue SET state = 'delivered', done_at = clock_timestamp() "
                    "WHERE id = $1", r["id"])  # fmt: skip
            rows += len(batch)
        elapsed = time.perf_counter() - started
        await conn.execute("DROP TABLE bench_wh_queue")
    finally:
        await conn.close()
    return {"rows": rows, "per_s": round(rows / elapsed, 1) if elapsed else None}


def _throughput(dsn: str, url: str, auth: dict[str, str], subs: int, changes: int,
                work: Path) -> dict[str, Any]:  # fmt: skip
    receiver = Receiver({}, work, "throughput")
    made = [_subscribe(url, auth, THROUGHPUT, receiver.url(n),
                       {"kind": "changes", "resources": ["actor"]}) for n in range(subs)]  # fmt: skip
    ids = [sid for sid, _ in made]
    secrets = {n: secret for n, (_, secret) in enumerate(made)}
    receiver.set_secrets(secrets)
    worker = WorkerProcess(dsn, work / "logs" / "worker-webhooks.log")
    _feed_end(dsn)
    written = _import_actors(url, auth, THROUGHPUT, (f"bench-wh:t:{k}" for k in range(changes)))
    worker.once()  # every delivery enqueued before the clock starts
    _analyze(dsn)
    owed = {r["message_id"] for r in asyncio.run(_sql(dsn,
        "SELECT message_id FROM webhook_deliveries WHERE subscription_id = ANY($1::text[])",
        ids))}  # fmt: skip
    data = asyncio.run(_sql(dsn, "SELECT data FROM webhook_deliveries WHERE subscription_id = "
                                 "$1 LIMIT 1", ids[0]))[0]["data"]  # fmt: skip
    receiver.start()
    seconds = 3.0 if changes * subs < 5_000 else 8.0
    ceilings: list[float] = []
    try:
        ceilings.append(asyncio.run(_receiver_ceiling(receiver, secrets, data, seconds)))
        started = time.time()
        worker.start()

        def delivered() -> bool:
            return len({r["id"] for r in receiver.records() if r["id"] in owed}) >= len(owed)

        finished = _wait(delivered, 900, every=0.25)
        worker.stop()
        ceilings.append(asyncio.run(_receiver_ceiling(receiver, secrets, data, seconds)))
    finally:
        worker.stop()
        receiver.stop()
    _disable(url, auth, ids)
    got = [r for r in receiver.records() if r["id"] in owed]
    first, last = min(r["t"] for r in got), max(r["t"] for r in got)
    rate = len(got) / (last - first) if last > first else 0.0
    bare = asyncio.run(_bare_queue(dsn, ids))
    ceiling = statistics.mean(ceilings)
    result = {
        "subscriptions": subs,
        "changes": written,
        "owed": len(owed),
        "received": len({r["id"] for r in got}),
        "all_delivered": finished,
        "bad_signatures": sum(1 for r in receiver.records() if not r["ok"]),
        "seconds_first_to_last": round(last - first, 2),
        "seconds_from_worker_start": round(last - started, 2),
        "deliveries_per_s": round(rate, 1),
        "receiver_ceiling_per_s": [round(c, 1) for c in ceilings],
        "ratio_to_receiver": round(rate / ceiling, 2) if ceiling else None,
        "bare_queue": bare,
        "ratio_to_bare_queue": round(rate / bare["per_s"], 3) if bare["per_s"] else None,
        "subscription_ids": ids,
    }
    log(f"  webhooks.throughput: {result['deliveries_per_s']} deliveries/s with one worker; "
        f"receiver ceiling {result['receiver_ceiling_per_s']} req/s "
        f"({result['ratio_to_receiver']}×); bare SKIP LOCKED queue {bare['per_s']} rows/s")  # fmt: skip
    return result


# --- the claim's cost against the backlog, the queue's statistics stale or fresh ----------------


async def _claim_cost(dsn: str, subscriptions: list[str], sizes: list[int]) -> list[dict[str, Any]]:
    """The shipped claim (``webhooks.repository.claim``, 16 heads) with ``size`` pending rows
    spread over ``subscriptions``: ms per claim with the statistics of the queue drained and
    vacuumed (as left by an ``ANALYZE`` before a backlog built up), then after ``ANALYZE``. All in a
    transaction rolled back; each claim in a savepoint rolled back; 60 s at most per claim."""
    conn = await connect(dsn)
    out: list[dict[str, Any]] = []
    await conn.execute("VACUUM ANALYZE webhook_deliveries")  # the phases' queues are drained

    async def timed() -> float | None:
        times: list[float] = []
        for _ in range(3):
            savepoint = conn.transaction()
            await savepoint.start()
            started = time.perf_counter()
            try:
                await repo.claim(conn, CONCURRENCY, [], 60.0, uuid.uuid4())
            except asyncpg.QueryCanceledError:
                return None
            finally:
                await savepoint.rollback()
            times.append((time.perf_counter() - started) * 1000)
        return round(statistics.median(times), 1)

    try:
        for size in sizes:
            tx = conn.transaction()
            await tx.start()
            try:
                await conn.execute("SET LOCAL statement_timeout = '60s'")
                await conn.execute("UPDATE subscriptions SET enabled = true "
                                   "WHERE id = ANY($1::text[])", subscriptions)  # fmt: skip
                await conn.execute("ANALYZE webhook_deliveries")
                await conn.execute(
                    "INSERT INTO webhook_deliveries (id, subscription_id, dataset, message_id, "
                    "origin, event_type, occurred_at, data, exercise) "
                    "SELECT 'dlv_e' || lpad(to_hex(g), 31, '0'), ($2::text[])[1 + g % cardinality($2::text[])], "
                    "'live', 'msg_e' || lpad(to_hex(g), 31, '0'), 'test', 'ping', now(), '{}', false "
                    "FROM generate_series(1, $1) g", size, subscriptions)  # fmt: skip
                stale = await timed()
                await conn.execute("ANALYZE webhook_deliveries")
                fresh = await timed()
            finally:
                await tx.rollback()
            out.append({"pending": size, "stale_ms": stale, "analyzed_ms": fresh})
            log(f"  webhooks.claim_cost: {size} pending: {stale} ms stale, {fresh} ms analyzed")
    finally:
        await conn.close()
    return out


# --- c. an outage of the receiver ---------------------------------------------------------------


def account(records: list[dict[str, Any]], owed: list[tuple[str, int, int]]) -> dict[str, Any]:
    """What arrived against what was owed: ``owed`` is (message id, hook number, queue seq).

    Duplicates are receipts of a message id already received (at least once); a loss is an
    owed id never received; order is checked per hook on first receipts, by queue seq."""
    seq = {m: s for m, _, s in owed}
    first: dict[str, dict[str, Any]] = {}
    duplicates = 0
    for r in sorted((r for r in records if r["ok"] and r["id"] in seq), key=lambda r: r["t"]):
        if r["id"] in first:
            duplicates += 1
        else:
            first[r["id"]] = r
    out_of_order = 0
    last: dict[str, int] = {}
    for r in sorted(first.values(), key=lambda r: r["t"]):
        if seq[r["id"]] < last.get(r["n"], -1):
            out_of_order += 1
        last[r["n"]] = seq[r["id"]]
    return {
        "owed": len(seq),
        "received": len(first),
        "duplicates": duplicates,
        "lost": len(seq) - len(first),
        "out_of_order": out_of_order,
        "bad_signatures": sum(1 for r in records if not r["ok"]),
    }


def _outage(dsn: str, url: str, auth: dict[str, str], subs: int, outage: float,
            per_sim_second: float, work: Path) -> dict[str, Any]:  # fmt: skip
    speedup = FULL_OUTAGE / outage
    base = SHIPPED_RETRY_BASE / speedup
    receiver = Receiver({}, work, "outage")
    made = [_subscribe(url, auth, OUTAGE, receiver.url(n),
                       {"kind": "changes", "resources": ["actor"]}) for n in range(subs)]  # fmt: skip
    ids = [sid for sid, _ in made]
    receiver.set_secrets({n: secret for n, (_, secret) in enumerate(made)})
    _feed_end(dsn)
    worker = WorkerProcess(dsn, work / "logs" / "worker-webhooks.log",
                           WATCHFLOOR_WEBHOOK_RETRY_BASE=f"{base:g}").start()  # fmt: skip
    batch = max(1, round(per_sim_second * speedup))
    written = 0
    keys = (f"bench-wh:o:{k}" for k in range(10**9))

    def take(n: int) -> Iterator[str]:
        return (next(keys) for _ in range(n))

    receiver.start()
    try:
        written += _import_actors(url, auth, OUTAGE, take(batch))
        _wait(lambda: len(receiver.records()) >= batch * subs, 60)
        receiver.stop()
        down = time.time()
        ticks = 0
        while time.time() - down < outage:
            ticks += 1
            written += _import_actors(url, auth, OUTAGE, take(batch))
            time.sleep(max(0.0, down + ticks - time.time()))
        _analyze(dsn)  # as autovacuum would have, some time in ten minutes
        receiver.start()
        up = time.time()
        owed_rows = asyncio.run(_sql(dsn,
            "SELECT d.message_id, d.subscription_id, d.seq FROM webhook_deliveries d "
            "WHERE d.subscription_id = ANY($1::text[])", ids))  # fmt: skip
        hook = {sid: n for n, sid in enumerate(ids)}
        owed = [(r["message_id"], hook[r["subscription_id"]], r["seq"]) for r in owed_rows]
        owed_ids = {m for m, _, _ in owed}

        def drained() -> bool:
            got = {r["id"] for r in receiver.records() if r["ok"]}
            return owed_ids <= got

        timeout = 4 * outage + 300
        finished = _wait(drained, timeout, every=0.25)
        time.sleep(1)  # anything still in flight lands before the count
    finally:
        worker.stop()
        receiver.stop()
    _disable(url, auth, ids)
    records = receiver.records()
    counted = account(records, owed)
    after = [r["t"] for r in records if r["t"] >= up and r["id"] in owed_ids]
    attempts = asyncio.run(_sql(dsn,
        "SELECT count(*) AS attempts, count(*) FILTER (WHERE a.status_code BETWEEN 200 AND 299) "
        "AS ok FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id "
        "WHERE d.subscription_id = ANY($1::text[])", ids))[0]  # fmt: skip
    result = {
        "subscriptions": subs,
        "outage_s": outage,
        "speedup": round(speedup, 2),
        "retry_base_s": round(base, 4),
        "changes_written": written,
        "expected": written * subs,
        **counted,
        "drained": finished,
        "backlog_at_return": len([1 for _ in owed]) - sum(1 for r in records if r["t"] < up),
        "first_after_return_s": round(min(after) - up, 2) if after else None,
        "drain_s": round(max(after) - up, 2) if after else None,
        "drain_after_first_s": round(max(after) - min(after), 2) if after else None,
        "attempts": attempts["attempts"],
        "attempts_ok": attempts["ok"],
    }
    log(f"  webhooks.outage: {outage:g} s down (×{speedup:g}): {counted['received']} of "
        f"{counted['owed']} owed received, {counted['duplicates']} duplicates, "
        f"{counted['lost']} lost; drained {result['drain_s']} s after the return")  # fmt: skip
    return result


def measure_webhooks(
    dsn: str, bulk: Bulk, work: Path, *, quick: bool, outage: float | None = None
) -> dict[str, Any]:
    """Every webhook measurement of the run (``results["webhooks"]``)."""
    log("webhooks")
    auth = asyncio.run(_key(dsn, [LATENCY, THROUGHPUT, OUTAGE]))
    server = Server.product(1, dsn, work / "logs" / "api-webhooks.log")
    server.env["WATCHFLOOR_WEBHOOK_ALLOW"] = LOOPBACK
    server.start()
    try:
        out: dict[str, Any] = {
            "latency": _latency(dsn, server.url, auth, bulk, 10 if quick else 50, work)
        }
        out["throughput"] = _throughput(
            dsn, server.url, auth, 10 if quick else 40, 50 if quick else 100, work
        )
        seconds = outage or (10.0 if quick else FULL_OUTAGE)
        rate = 0.25 if quick else 0.5
        out["outage"] = _outage(dsn, server.url, auth, 4 if quick else 10, seconds, rate, work)
        sizes = [250, 1_000, 2_000] if quick else [500, 1_000, 2_000, 4_000, 16_000]
        ids = out["throughput"].pop("subscription_ids")[:10]
        out["claim_cost"] = asyncio.run(_claim_cost(dsn, ids, sizes))
        out["autovacuum"] = asyncio.run(_sql(dsn, "SHOW autovacuum"))[0][0]
    finally:
        server.stop()
    return out


# --- the report ---------------------------------------------------------------------------------


def section(w: dict[str, Any]) -> list[str]:
    """The Markdown section of RESULTS.md."""
    lat, thr, out = w["latency"], w["throughput"], w["outage"]
    tx, seen = lat["from_transaction"], lat["from_visible"]
    bare = thr["bare_queue"]
    return [
        "\n## Webhooks (`bench/webhooks.py`)\n",
        "One `watchfloor worker` process as shipped (handlers and delivery loop, concurrency "
        f"{CONCURRENCY}), `watchfloor serve` for the API, a uvicorn receiver on loopback that "
        "verifies every signature with the `standardwebhooks` reference library.\n",
        f"**Alert commit → webhook received**, under `POST /v1/import` back to back "
        f"({lat['import_rows_per_s']:,} rows/s, {lat['import_batches']} batches): "
        f"{lat['received']} of {lat['markers']} alerts (an `alerts` subscription; each alert's "
        "first delivery), "
        f"{lat['missed_after_60s']} not within 60 s, {lat['bad_signatures']} bad signatures.\n",
        "| measured from | p50 | p99 | max |",
        "| --- | ---: | ---: | ---: |",
        f"| the alert's transaction (`changes.changed_at`, before its commit) | {tx['p50_s']} s "
        f"| {tx['p99_s']} s | {tx['max_s']} s |",
        f"| the alert first visible to a 10 ms poller (after its commit) | {seen['p50_s']} s | "
        f"{seen['p99_s']} s | {seen['max_s']} s |",
        "",
        f"**Sustained deliveries per worker.** {thr['subscriptions']} subscriptions × "
        f"{thr['changes']} actor changes = {thr['owed']:,} deliveries, enqueued before the clock "
        f"starts; {thr['received']:,} received ({thr['bad_signatures']} bad signatures) in "
        f"{thr['seconds_first_to_last']} s from first to last "
        f"({thr['seconds_from_worker_start']} s from the worker's start).\n",
        "| | per s | delivery loop as a ratio |",
        "| --- | ---: | ---: |",
        f"| `watchfloor worker`, one process | **{thr['deliveries_per_s']}** | 1 |",
        f"| the receiver's ceiling: httpx loop, {CONCURRENCY} at once, signed as a delivery "
        f"(before, after) | {' / '.join(str(c) for c in thr['receiver_ceiling_per_s'])} | "
        f"**{thr['ratio_to_receiver']}×** of the mean |",
        f"| bare asyncpg `FOR UPDATE SKIP LOCKED` claim 16 + finish each, same rows, no HTTP | "
        f"{bare['per_s']} | {thr['ratio_to_bare_queue']}× |",
        "",
        f"**Receiver outage.** {out['subscriptions']} subscriptions; the receiver down "
        f"{out['outage_s']:g} s, a 10-minute outage played ×{out['speedup']:g} "
        f"(`WATCHFLOOR_WEBHOOK_RETRY_BASE` {out['retry_base_s']:g} s = 5 s / "
        f"{out['speedup']:g}, changes written at the same rate per simulated second; "
        "`--outage 600` is the real thing). "
        f"{out['changes_written']} changes → {out['owed']:,} deliveries owed "
        f"({out['expected']:,} expected), {out['backlog_at_return']:,} of them not yet "
        "received when the receiver returned.\n",
        "| received | duplicates | lost | out of order | bad signatures | attempts (2xx) | "
        "first delivery after the return | drained after the return |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {out['received']:,} | {out['duplicates']} | **{out['lost']}** | "
        f"{out['out_of_order']} | {out['bad_signatures']} | {out['attempts']:,} "
        f"({out['attempts_ok']:,}) | {out['first_after_return_s']} s | {out['drain_s']} s "
        f"({out['drain_after_first_s']} s after the first) |",
        "",
        "**The claim against the backlog.** The shipped claim (16 heads, `FOR UPDATE SKIP "
        "LOCKED`) with N pending deliveries over 10 subscriptions, in a transaction rolled "
        "back: with the statistics of a queue without pending rows (a backlog that built up "
        "since the last `ANALYZE`), then after `ANALYZE webhook_deliveries`; median of 3, "
        f"`—` = over 60 s. (`autovacuum` on this server: {w['autovacuum']}; the throughput and "
        "outage phases above run `ANALYZE` after the enqueue and at the receiver's return.)\n",
        "| pending | claim, stale statistics | claim, analyzed |",
        "| ---: | ---: | ---: |",
        *(
            f"| {c['pending']:,} | {_ms(c['stale_ms'])} | {_ms(c['analyzed_ms'])} |"
            for c in w["claim_cost"]
        ),
    ]


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f} ms"


# --- python -m bench.webhooks -------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.webhooks",
                                description=(__doc__ or "").split("\n\n")[0])  # fmt: skip
    p.add_argument("--quick", action="store_true", help="fewer markers, changes, a 10 s outage")
    p.add_argument("--outage", type=float, help="seconds the receiver is down (600: real time)")
    p.add_argument("--out", type=Path, help="folder for RESULTS.md and results.json")
    p.add_argument("--keep-db", action="store_true", help="leave the bench database in place")
    p.add_argument("--reuse-db", action="store_true", help="reuse a kept bench database")
    return p


def main(argv: list[str] | None = None) -> int:
    """The bench's runner with ``--only webhooks`` on the quick data set (the figures do not
    depend on the data set's size; its event slice is the import load)."""
    from bench.__main__ import _database_name
    from bench.generate import QUICK
    from bench.report import machine
    from bench.run import Config, run

    args = _parser().parse_args(argv)
    here = Path(__file__).resolve().parent
    admin = os.environ.get("DATABASE_URL") or "postgresql://postgres@127.0.0.1:5432/postgres"
    config = Config(
        scale=QUICK, admin_dsn=admin, out_dir=args.out or here / "data" / "webhooks",
        work_dir=here / "data" / "quick", seconds=1.0, rounds=1, only=("webhooks",),
        keep_db=args.keep_db, reuse_db=args.reuse_db, profile=False, ingest_rows=2_000,
        database=_database_name(True), webhook_quick=args.quick, webhook_outage=args.outage,
    )  # fmt: skip

    def report(results: dict[str, Any]) -> None:
        out = Path(config.out_dir)
        out.mkdir(parents=True, exist_ok=True)
        facts = machine(admin)
        lines = ["# Watchfloor webhook benchmark", "",
                 f"`.venv/bin/python -m bench.webhooks {' '.join(argv or [])}`".replace(" `", "`"),
                 f"started {results['started']}, finished {results['finished']}; "
                 + ", ".join(f"{k}: {v}" for k, v in facts.items()),
                 *section(results["webhooks"])]  # fmt: skip
        (out / "RESULTS.md").write_text("\n".join(lines) + "\n")
        (out / "results.json").write_text(
            json.dumps({"machine": facts, "webhooks": results["webhooks"]}, indent=1,
                       default=str) + "\n")  # fmt: skip
        print(f"wrote {out / 'RESULTS.md'}")

    run(config, report)
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
