"""The warning layer, measured in one run on the bench data (``docs/warning.md``).

Three measurements, each a ratio or a figure of this run, never a timed test:

- ``warning.recompute``: a computed indicator over a large share of the events (category
  DISAPPROVE, 18% of them), monthly and daily. ``computed.service.recompute(ctx, indicator,
  None, today)`` of the whole series against the one ``GROUP BY`` statement PostgreSQL needs for
  the same figures (taken from ``computed.service.measure`` by running it with a query logger,
  then executed as is: same SQL, same arguments, same rows). Warm cache, rounds interleaved, medians. Two cases:
  the series already stored (a recomputation that finds nothing changed, the steady state) and
  a series computed for the first time (every figure written, in a transaction rolled back).
- ``warning.alert_delay``: with ``POST /v1/import`` of event batches running in a loop and the
  worker running as its own process (``watchfloor worker``), marker events (a tag only they
  carry) are written to a dataset of their own where a threshold rule ≥ 1 over a daily computed
  indicator of that tag opens an alert for each; the delay from a marker's commit (its ``POST``
  answered) to its alert being readable in ``GET /v1/alerts``, p50 and p99, with the import
  rate achieved meanwhile.
- ``warning.board``: the statements one ``GET /v1/warning-board`` sends, with 1, 10 and 100
  warning problems (an asyncpg query logger on the app's connections, in-process).
"""

import asyncio
import os
import signal
import statistics
import subprocess
import threading
import time
import urllib.request
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import msgspec
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate
from watchfloor.app import create_app
from watchfloor.computed import repository as computed_repo
from watchfloor.computed.periods import UNITS
from watchfloor.computed.service import measure, recompute
from watchfloor.context import Context
from watchfloor.persistence.db import connect
from watchfloor.resources.indicators.schemas import IndicatorDefinition
from watchfloor.settings import Settings

from bench.bulk import SCRATCH, Bulk
from bench.measure import log
from bench.servers import BIN, ROOT, Server

__all__ = ("measure_warning",)

_RUN = time.strftime("%Y%m%d%H%M%S")
MARKERS = f"bench-warning-{_RUN}"
"""The dataset of the marker events, their indicator and their warning problem (one per run,
so a reused bench database never holds an earlier run's markers or alerts)."""
BOARD = f"bench-board-{_RUN}"
"""The dataset of the board's problems (one per run, likewise)."""
MARKER_TAG = "bench-marker"
HANDLERS = ("computed-indicators", "warning")
SHARE = {"category": "DISAPPROVE"}
"""The recomputed indicators' selection: the most common category (18% of the events)."""


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# --- HTTP ------------------------------------------------------------------------------------


def _call(url: str, method: str, path: str, auth: dict[str, str], body: Any = None) -> Any:
    data = None if body is None else msgspec.json.encode(body)
    request = urllib.request.Request(
        url + path,
        data=data,
        method=method,
        headers={"Content-Type": "application/json", **auth},
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        return msgspec.json.decode(response.read())


async def _key(dsn: str, datasets: list[str]) -> dict[str, str]:
    conn = await connect(dsn)
    try:
        for name in datasets:
            await conn.execute(
                "INSERT INTO datasets (name, kind) VALUES ($1, 'sandbox') ON CONFLICT DO NOTHING",
                name,
            )
        created = await KeyService().create(
            conn,
            ApiKeyCreate(
                name="bench-warning",
                scopes=["read", "write"],
                datasets=["live", SCRATCH, *datasets],
                rate_limit=1_000_000,
            ),
        )
    finally:
        await conn.close()
    return {"Authorization": f"Bearer {created.secret}"}


def _indicator(url: str, auth: dict[str, str], dataset: str, frequency: str, filters: Any) -> str:
    body = {
        "name": f"bench {frequency} {filters}",
        "unit": "events",
        "frequency": frequency,
        "dataset": dataset,
        "definition": {"measure": "count", "filters": filters},
    }
    return str(_call(url, "POST", "/v1/indicators", auth, body)["id"])


# --- a. recompute vs GROUP BY ----------------------------------------------------------------


async def _timed(coro: Any) -> float:
    started = time.perf_counter()
    await coro
    return time.perf_counter() - started


async def _recompute(dsn: str, url: str, auth: dict[str, str], rounds: int) -> dict[str, Any]:
    today = datetime.now(UTC).date()
    out: dict[str, Any] = {"selection": SHARE, "rounds": rounds}
    conn = await connect(dsn)
    try:
        ctx = Context.unrestricted(conn)
        selected = await conn.fetchval(
            "SELECT count(*) FROM events WHERE dataset = 'live' AND deleted_at IS NULL "
            "AND category = $1",
            SHARE["category"],
        )
        total = await conn.fetchval("SELECT count(*) FROM events WHERE dataset = 'live'")
        out["events"] = {"selected": selected, "total": total}
        for frequency in ("monthly", "daily"):
            # Two indicators of the same definition: one whose series is stored (the steady
            # state), one never computed (each round writes its whole series, rolled back).
            stored_id = _indicator(url, auth, "live", frequency, SHARE)
            fresh_id = _indicator(url, auth, "live", frequency, SHARE)
            rows_by_id = {
                r["id"]: r
                for r in await computed_repo.computed_indicators_by_id(ctx, [stored_id, fresh_id])
            }
            stored, fresh = rows_by_id[stored_id], rows_by_id[fresh_id]
            started = time.perf_counter()
            async with conn.transaction():
                figures = await recompute(ctx, stored, None, today)
            first = time.perf_counter() - started
            # The GROUP BY alone, taken from the code that reads the definition's figures
            # (``computed.service.measure``, whose statement the recomputation embeds since it
            # is one statement): same SQL, same arguments.
            sent: list[tuple[str, tuple[Any, ...]]] = []

            def logger(query: Any, sent: list[tuple[str, tuple[Any, ...]]] = sent) -> None:
                sent.append((query.query, tuple(query.args or ())))

            definition = msgspec.convert(stored["definition"], IndicatorDefinition)
            conn.add_query_logger(logger)
            await measure(ctx, "live", definition, UNITS[frequency], None)
            await asyncio.sleep(0)  # asyncpg calls the loggers soon after, not at once
            conn.remove_query_logger(logger)
            sql, args = next(s for s in sent if "GROUP BY" in s[0])
            rows = len(await conn.fetch(sql, *args))

            async def rolled_back(indicator: Any = fresh) -> None:
                tx = conn.transaction()
                await tx.start()
                try:
                    await recompute(ctx, indicator, None, today)
                finally:
                    await tx.rollback()

            async def steady(indicator: Any = stored) -> None:
                async with conn.transaction():
                    assert await recompute(ctx, indicator, None, today) == 0

            async def group_by(sql: str = sql, args: tuple[Any, ...] = args) -> None:
                await conn.fetch(sql, *args)

            variants: dict[str, Callable[[], Awaitable[None]]] = {
                "group_by": group_by,
                "recompute": steady,
                "recompute_writing": rolled_back,
            }
            # Warm the cache and the prepared statements: six times each, past the five custom
            # plans after which PostgreSQL may keep a generic one (plan_cache_mode auto), so
            # every variant is timed in the plan mode it settles in.
            for make in variants.values():
                for _ in range(6):
                    await make()
            times: dict[str, list[float]] = {name: [] for name in variants}
            names = list(variants)
            for r in range(rounds):
                for name in names[r % 3 :] + names[: r % 3]:
                    times[name].append(await _timed(variants[name]()))
            per_round = [
                (times["recompute"][i] / times["group_by"][i],
                 times["recompute_writing"][i] / times["group_by"][i])
                for i in range(rounds)
            ]  # fmt: skip
            out[frequency] = {
                "periods": rows,
                "figures_written_first": figures,
                "first_computation_s": round(first, 3),
                "median_s": {k: round(statistics.median(v), 4) for k, v in times.items()},
                "ratio_recompute": round(statistics.median(r[0] for r in per_round), 2),
                "ratio_recompute_range": [round(min(r[0] for r in per_round), 2),
                                          round(max(r[0] for r in per_round), 2)],
                "ratio_writing": round(statistics.median(r[1] for r in per_round), 2),
                "ratio_writing_range": [round(min(r[1] for r in per_round), 2),
                                        round(max(r[1] for r in per_round), 2)],
            }  # fmt: skip
            log(
                f"  warning.recompute {frequency}: {rows} periods; GROUP BY "
                f"{out[frequency]['median_s']['group_by'] * 1000:.1f} ms, recompute "
                f"{out[frequency]['ratio_recompute']}×, writing every figure "
                f"{out[frequency]['ratio_writing']}×"
            )
            # Leave no computed indicator behind for the worker of the next measurement.
            await conn.execute(
                "UPDATE indicators SET deleted_at = now() WHERE id = ANY($1::text[])",
                [stored_id, fresh_id],
            )
    finally:
        await conn.close()
    return out


# --- b. commit → alert delay ------------------------------------------------------------------


class _ImportLoad(threading.Thread):
    """``POST /v1/import`` of event batches, back to back, each with ids of its own."""

    def __init__(self, bulk: Bulk, url: str, auth: dict[str, str], rows: int) -> None:
        super().__init__(daemon=True)
        self.lines = list(bulk.slice_lines(rows))
        self.url, self.auth = url, auth
        self.stop = threading.Event()
        self.rows = 0
        self.seconds = 0.0
        self.batches = 0

    def run(self) -> None:
        started = time.perf_counter()
        while not self.stop.is_set():
            tag = f":w{self.batches}".encode()
            body = b"".join(
                line.replace(b'"external_id":"', b'"external_id":"w' + tag + b":", 1)
                for line in self.lines
            )
            request = urllib.request.Request(
                f"{self.url}/v1/import?dataset={SCRATCH}",
                data=body,
                method="POST",
                headers={"Content-Type": "application/x-ndjson", **self.auth},
            )
            with urllib.request.urlopen(request, timeout=600) as response:
                report = msgspec.json.decode(response.read())
            self.rows += int(report.get("created", 0)) + int(report.get("updated", 0))
            self.batches += 1
        self.seconds = time.perf_counter() - started


async def _feed_end(dsn: str) -> None:
    """Both handlers start at the end of the feed: the loaded data is not theirs to catch up."""
    conn = await connect(dsn)
    try:
        await conn.execute(
            "INSERT INTO worker_positions (handler, xid, seq) "
            "SELECT h, e.xid, e.seq FROM unnest($1::text[]) h, "
            "(SELECT xid, seq FROM changes ORDER BY xid DESC, seq DESC LIMIT 1) e "
            "ON CONFLICT (handler) DO UPDATE SET xid = excluded.xid, seq = excluded.seq",
            list(HANDLERS),
        )
    finally:
        await conn.close()


async def _forget(dsn: str) -> None:
    conn = await connect(dsn)
    try:
        await conn.execute("DELETE FROM worker_positions WHERE handler = ANY($1::text[])",
                           list(HANDLERS))  # fmt: skip
    finally:
        await conn.close()


def _alert_delay(
    dsn: str, url: str, auth: dict[str, str], bulk: Bulk, markers: int, work: Path
) -> dict[str, Any]:
    source = _call(url, "POST", "/v1/sources", auth,
                   {"title": "bench markers", "publisher": "bench", "reliability": "B", "dataset": MARKERS})["id"]  # fmt: skip
    indicator = _indicator(url, auth, MARKERS, "daily", {"tag": MARKER_TAG})
    _call(url, "POST", "/v1/warning-problems", auth, {
        "name": "bench markers", "dataset": MARKERS,
        "rules": [{"key": "marker", "kind": "threshold", "level": "watch", "value": 1,
                   "indicator_id": indicator, "rationale": "A marker was written."}],
    })  # fmt: skip
    asyncio.run(_feed_end(dsn))
    log_file = work / "logs" / "worker.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as out:
        worker = subprocess.Popen(
            [str(BIN / "watchfloor"), "worker"],
            env={**os.environ, "DATABASE_URL": dsn},
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    load = _ImportLoad(bulk, url, auth, 500 if markers < 50 else 2_000)
    delays: list[float] = []
    misses = 0
    try:
        load.start()
        time.sleep(2)  # the load at full speed before the first marker
        first = date(2000, 1, 3)
        for n in range(markers):
            # Days three apart: each marker's alert is an episode of its own (it holds on its
            # day and, as the last complete period, the day after).
            day = first + timedelta(days=3 * n)
            body = {
                "title": f"bench marker {n}", "category": "CONSULT", "dataset": MARKERS,
                "occurred": {"start": day.isoformat(), "precision": "day"},
                "tags": [MARKER_TAG],
                "citations": [{"source_id": source, "credibility": 2}],
            }  # fmt: skip
            _call(url, "POST", "/v1/events", auth, body)
            committed = time.perf_counter()
            opened = (day + timedelta(days=1)).isoformat() + "T00:00:00Z"
            path = f"/v1/alerts?dataset={MARKERS}&opened_from={opened}&opened_to={opened}&limit=5"
            while True:
                if _call(url, "GET", path, auth)["data"]:
                    delays.append(time.perf_counter() - committed)
                    break
                if time.perf_counter() - committed > 60:
                    misses += 1
                    break
                time.sleep(0.01)
            time.sleep(0.2)
    finally:
        load.stop.set()
        load.join()
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()
        asyncio.run(_forget(dsn))
        asyncio.run(bulk._clear_once())
    result = {
        "markers": markers,
        "seen": len(delays),
        "missed_after_60s": misses,
        "p50_s": round(_pct(delays, 0.5), 3) if delays else None,
        "p99_s": round(_pct(delays, 0.99), 3) if delays else None,
        "max_s": round(max(delays), 3) if delays else None,
        "import_rows_per_s": round(load.rows / load.seconds) if load.seconds else 0,
        "import_batches": load.batches,
        "worker": "`watchfloor worker`, its own process, real clock",
    }
    log(
        f"  warning.alert_delay: p50 {result['p50_s']} s, p99 {result['p99_s']} s over "
        f"{len(delays)} markers; imports {result['import_rows_per_s']} rows/s meanwhile"
    )
    return result


# --- c. the board's statements ----------------------------------------------------------------


class _Counted:
    def __init__(self, pool: Any) -> None:
        self.pool = pool
        self.statements: list[str] = []

    def _log(self, query: Any) -> None:
        self.statements.append(query.query)

    @asynccontextmanager
    async def acquire(self, **options: Any) -> AsyncIterator[asyncpg.Connection]:
        async with self.pool.acquire(**options) as conn:
            conn.add_query_logger(self._log)
            try:
                yield conn
            finally:
                conn.remove_query_logger(self._log)


async def _board(dsn: str, auth: dict[str, str]) -> dict[str, Any]:
    app: Litestar = create_app(Settings.from_env({**os.environ, "DATABASE_URL": dsn}))
    counts: dict[int, int] = {}
    async with AsyncTestClient(app=app) as client:
        client.headers.update(auth)
        indicator = (await client.post("/v1/indicators", json={
            "name": "bench board", "unit": "events", "frequency": "monthly", "dataset": BOARD,
            "definition": {"measure": "count", "filters": {"category": "ASSAULT"}}})).json()["id"]  # fmt: skip
        made = 0
        for total in (1, 10, 100):
            for i in range(made, total):
                response = await client.post("/v1/warning-problems", json={
                    "name": f"bench problem {i:03d}", "dataset": BOARD,
                    "rules": [{"key": "any", "kind": "threshold", "level": "watch", "value": 1,
                               "indicator_id": indicator, "rationale": "bench"}]})  # fmt: skip
                assert response.status_code == 201, response.text
            made = total
            counted = _Counted(app.state.pool)
            real, app.state.pool = app.state.pool, counted
            try:
                await client.get(f"/v1/warning-board?dataset={BOARD}")
                counted.statements.clear()
                response = await client.get(f"/v1/warning-board?dataset={BOARD}")
            finally:
                app.state.pool = real
            assert response.status_code == 200 and len(response.json()["problems"]) == total
            counts[total] = len(counted.statements)
    log(f"  warning.board: statements per GET /v1/warning-board by problems: {counts}")
    return {"statements": counts}


def measure_warning(
    dsn: str, bulk: Bulk, work: Path, *, quick: bool, rounds: int
) -> dict[str, Any]:
    """Every warning measurement of the run (``results["warning"]``)."""
    log("warning layer")
    auth = asyncio.run(_key(dsn, [MARKERS, BOARD]))
    server = Server.product(1, dsn, work / "logs" / "api-warning.log").start()
    try:
        out = {"recompute": asyncio.run(_recompute(dsn, server.url, auth, max(rounds, 3)))}
        out["alert_delay"] = _alert_delay(dsn, server.url, auth, bulk, 10 if quick else 50, work)
    finally:
        server.stop()
    out["board"] = asyncio.run(_board(dsn, auth))
    return out
