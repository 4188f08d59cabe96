"""The built-in models' backtests on the shipped missile-test history, read from the API.

``python -m bench.backtests postgresql://postgres@127.0.0.1:5432/postgres`` makes a scratch
database, loads the knowledge base into it (every file through the import pipeline), and runs
``POST /v1/backtests`` in-process for each model on two templates — "at least one DPRK missile
launch in month m+1" (binary) and "DPRK missile launches in month m+1" (count) — at monthly
origins from 1998-01 to 2026-11. It prints the numbers as a Markdown table (the one in
``docs/forecasting.md``), then the time a run takes against its number of origins.
The scratch database is dropped at the end.

:func:`measure_backtests` is the cost curve on the bench data set (``python -m bench --only
backtests``, quick or full): a monthly computed indicator over a large share of the events,
backtests of the count model and climatology with 12 … 336 monthly origins ending at the data's
last month, time against origins with a linear fit. Ratios and fits of one run, never a timed
test.
"""

import asyncio
import itertools
import logging
import math
import statistics
import sys
import time
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import date
from typing import Any

import asyncpg
import msgspec
from litestar.testing import AsyncTestClient
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate
from watchfloor.app import create_app
from watchfloor.computed.periods import shift
from watchfloor.context import Context
from watchfloor.forecasting.backtests import instant
from watchfloor.forecasting.models import DEFAULT_WINDOWS
from watchfloor.forecasting.reader import KnownReader, Source
from watchfloor.knowledge import load_knowledge_base
from watchfloor.persistence.db import connect
from watchfloor.resources.indicators.schemas import IndicatorDefinition
from watchfloor.settings import Settings

from bench.database import create_database, create_key, drop_database, migrate, with_database
from bench.generate import LAST_DAY
from bench.measure import log
from bench.servers import ROOT

__all__ = ("fit", "measure_backtests", "run_backtests")

TEMPLATE = {"over": "events", "filters": {"tag": "missile-test"}}
FIRST, LAST = "1998-01-01", "2026-11-01"
MODELS = ("climatology", "count-model", "persistence")


async def _post(client: Any, body: dict[str, Any]) -> dict[str, Any]:
    response = await client.post("/v1/backtests", json=body)
    if response.status_code != 201:
        raise RuntimeError(response.text)
    created: dict[str, Any] = response.json()
    return created


async def run_backtests(admin_dsn: str, now_origin: str = LAST) -> str:
    """The Markdown report of one run."""
    name = f"bench_backtests_{uuid.uuid4().hex[:8]}"
    await create_database(admin_dsn, name)
    dsn = with_database(admin_dsn, name)
    lines: list[str] = []
    try:
        await migrate(dsn, ROOT / "migrations")
        conn = await connect(dsn)
        try:
            started = time.perf_counter()
            await load_knowledge_base(Context.unrestricted(conn), "live")
            loaded = time.perf_counter() - started
            key = await KeyService().create(
                conn, ApiKeyCreate(name="bench", scopes=["read", "write"], rate_limit=1_000_000)
            )
        finally:
            await conn.close()
        app = create_app(Settings(database_url=dsn, pool_max_size=2))
        async with AsyncTestClient(app=app) as client:
            client.headers["Authorization"] = f"Bearer {key.secret}"
            lines += [
                f"Knowledge base loaded in {loaded:.1f} s. Origins {FIRST[:7]} to "
                f"{now_origin[:7]}, monthly.",
                "",
                "| template | model | origins | Brier | log | CRPS | quantile | covered "
                "| skill (Brier / CRPS) vs climatology | run |",
                "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
            ]
            calibration: list[dict[str, Any]] = []
            base_rate = 0.0
            for kind in ("binary", "count"):
                for model in MODELS:
                    body = {
                        "model": model,
                        "template": {**TEMPLATE, "kind": kind},
                        "origin_from": FIRST,
                        "origin_to": now_origin,
                    }
                    run = await _post(client, body)
                    mean, skill = run["aggregates"]["mean"], run["aggregates"]["skill"]
                    main = "brier" if kind == "binary" else "crps"
                    cells = [
                        "≥ 1 launch in m+1" if kind == "binary" else "launches in m+1",
                        model,
                        str(run["aggregates"]["origins"]),
                        *(
                            f"{mean[s]:.4f}" if s in mean else "–"
                            for s in ("brier", "log", "crps", "quantile", "covered")
                        ),
                        f"{skill[main]:+.3f}",
                        f"{run['elapsed_ms'] / 1000:.2f} s",
                    ]
                    lines.append("| " + " | ".join(cells) + " |")
                    if kind == "binary" and model == "count-model":
                        calibration = run["aggregates"]["calibration"]
                        base_rate = run["aggregates"]["base_rate"]
            lines += [
                "",
                f"Base rate (months with a launch): {base_rate:.3f}. Calibration of count-model "
                "(binary):",
                "",
                "| stated | forecasts | mean stated | observed |",
                "| --- | --- | --- | --- |",
            ]
            for b in calibration:
                if b["count"]:
                    lines.append(
                        f"| {b['low']:.1f}–{b['high']:.1f} | {b['count']} | "
                        f"{b['mean_probability']:.3f} | {b['observed_frequency']:.3f} |"
                    )
            lines += ["", "| origins | count-model run (count template) |", "| --- | --- |"]
            for years in (1, 5, 10, 20, 28):
                first = shift(date.fromisoformat(now_origin), "month", 1 - 12 * years)
                body = {
                    "model": "count-model",
                    "template": {**TEMPLATE, "kind": "count"},
                    "origin_from": first.isoformat(),
                    "origin_to": now_origin,
                }
                run = await _post(client, body)
                lines.append(f"| {run['aggregates']['origins']} | {run['elapsed_ms']} ms |")
    finally:
        await drop_database(admin_dsn, name)
    return "\n".join(lines)


# --- the cost curve on the bench data set ----------------------------------------------------

SHARE = {"category": "DISAPPROVE"}
"""The indicator's selection: the most common category (18% of the events), as the warning
layer's recomputation measures (``bench/warning.py``)."""
CURVE_MODELS = ("count-model", "climatology")
ORIGINS = (12, 24, 48, 96, 192, 336)
"""Monthly origins per run; each run ends at the data's last month, so a longer run adds older
origins (336 reach 1998-01; the generator's events start in 1990-01, and climatology reads the
120 months before each origin)."""


def fit(xs: Sequence[float], ys: Sequence[float]) -> dict[str, float]:
    """Least-squares line ``y = slope·x + intercept`` and its R²."""
    n = len(xs)
    mx, my = math.fsum(xs) / n, math.fsum(ys) / n
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    slope = sxy / sxx
    intercept = my - slope * mx
    total = math.fsum((y - my) ** 2 for y in ys)
    residual = math.fsum((y - slope * x - intercept) ** 2 for x, y in zip(xs, ys, strict=True))
    return {
        "slope": slope,
        "intercept": intercept,
        "r2": 1.0 - residual / total if total else 1.0,
    }


class _Counted:
    """The app's pool, with a query logger on every connection it lends (statements sent)."""

    def __init__(self, pool: Any) -> None:
        self.pool = pool
        self.statements = 0

    def _log(self, query: Any) -> None:
        self.statements += 1

    @asynccontextmanager
    async def acquire(self, **options: Any) -> AsyncIterator[asyncpg.Connection]:
        async with self.pool.acquire(**options) as conn:
            conn.add_query_logger(self._log)
            try:
                yield conn
            finally:
                conn.remove_query_logger(self._log)


async def _plan(dsn: str, indicator: dict[str, Any], origin: date) -> dict[str, Any]:
    """How PostgreSQL runs one origin's history read (the reader's ``GROUP BY``), taken from
    the code with a query logger and explained with its own arguments."""
    conn = await connect(dsn)
    try:
        sent: list[tuple[str, tuple[Any, ...]]] = []

        def logger(query: Any) -> None:
            sent.append((query.query, tuple(query.args or ())))

        source = Source(unit="month", definition=msgspec.convert(indicator["definition"],
                                                                 IndicatorDefinition))  # fmt: skip
        conn.add_query_logger(logger)
        await KnownReader(Context.unrestricted(conn), "live", instant(origin)).history(
            source, max(DEFAULT_WINDOWS.values())
        )
        await asyncio.sleep(0)  # asyncpg calls its query loggers with call_soon
        conn.remove_query_logger(logger)
        sql, args = next(s for s in reversed(sent) if "GROUP BY" in s[0])
        plan = await conn.fetchval("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, *args)
        top = (msgspec.json.decode(plan) if isinstance(plan, str | bytes) else plan)[0]

        def nodes(node: dict[str, Any]) -> list[str]:
            here = [f"{node['Node Type']}" + (f" on {node['Relation Name']}"
                                              if "Relation Name" in node else "")
                    + (f" using {node['Index Name']}" if "Index Name" in node else "")]  # fmt: skip
            return here + [n for child in node.get("Plans", []) for n in nodes(child)]

        return {
            "origin": origin.isoformat(),
            "ms": round(top["Execution Time"], 2),
            "nodes": nodes(top["Plan"]),
        }
    finally:
        await conn.close()


async def _curve(dsn: str, *, rounds: int, sizes: Sequence[int]) -> dict[str, Any]:
    secret = await create_key(dsn)
    conn = await connect(dsn)
    try:
        selected = await conn.fetchval(
            "SELECT count(*) FROM events WHERE dataset = 'live' AND deleted_at IS NULL "
            "AND category = $1",
            SHARE["category"],
        )
        total = await conn.fetchval(
            "SELECT count(*) FROM events WHERE dataset = 'live' AND deleted_at IS NULL"
        )
        # Events per month (every category): what an origin's answer reads, by the index on
        # occurred_start, before the category filter. The generator's recent years are dense.
        monthly = {
            r[0]: r[1]
            for r in await conn.fetch(
                "SELECT date_trunc('month', occurred_start)::date, count(*) FROM events "
                "WHERE dataset = 'live' AND deleted_at IS NULL GROUP BY 1"
            )
        }
    finally:
        await conn.close()
    last = LAST_DAY.replace(day=1)
    out: dict[str, Any] = {
        "selection": SHARE,
        "events": {"selected": selected, "total": total},
        "rounds": rounds,
        "last_origin": last.isoformat(),
    }
    app = create_app(Settings(database_url=dsn, pool_max_size=2))
    async with AsyncTestClient(app=app, timeout=3600) as client:
        client.headers["Authorization"] = f"Bearer {secret}"
        response = await client.post("/v1/indicators", json={
            "name": f"bench backtests {SHARE}", "unit": "events", "frequency": "monthly",
            "dataset": "live", "definition": {"measure": "count", "filters": SHARE},
        })  # fmt: skip
        if response.status_code != 201:
            raise RuntimeError(response.text)
        indicator = response.json()
        try:
            runs = [(n, model) for n in sizes for model in CURVE_MODELS]
            seconds: dict[tuple[int, str], list[float]] = {run: [] for run in runs}
            server_ms: dict[tuple[int, str], list[int]] = {run: [] for run in runs}
            statements: dict[tuple[int, str], int] = {}
            warm_up = [(min(sizes), model) for model in CURVE_MODELS]
            for r in range(-1, rounds):  # round -1 warms the cache with the smallest runs
                chosen = warm_up if r < 0 else runs[r % len(runs) :] + runs[: r % len(runs)]
                for n, model in chosen:
                    body = {
                        "model": model,
                        "template": {"kind": "count", "indicator_id": indicator["id"]},
                        "origin_from": shift(last, "month", 1 - n).isoformat(),
                        "origin_to": last.isoformat(),
                    }
                    counted = _Counted(app.state.pool)
                    real, app.state.pool = app.state.pool, counted
                    try:
                        started = time.perf_counter()
                        run = await _post(client, body)
                        elapsed = time.perf_counter() - started
                    finally:
                        app.state.pool = real
                    assert run["aggregates"]["origins"] == n, run["aggregates"]
                    if r < 0:
                        continue
                    statements[n, model] = counted.statements
                    seconds[n, model].append(elapsed)
                    server_ms[n, model].append(run["elapsed_ms"])
                    log(f"  backtests {model}, {n} origins: {elapsed:.2f} s")
                log(f"  backtests: round {r + 1} of {rounds} done")
        finally:
            conn = await connect(dsn)
            try:  # Leave no computed indicator behind for the worker of another measurement.
                await conn.execute(
                    "UPDATE indicators SET deleted_at = now() WHERE id = $1", indicator["id"]
                )
            finally:
                await conn.close()
    out["plans"] = [await _plan(dsn, indicator, shift(last, "month", 1 - n))
                    for n in (min(sizes), max(sizes))]  # fmt: skip
    for model in CURVE_MODELS:
        rows: list[dict[str, Any]] = []
        for n in sizes:
            median = statistics.median(seconds[n, model])
            rows.append({
                "origins": n,
                "median_s": round(median, 4),
                "range_s": [round(min(seconds[n, model]), 4), round(max(seconds[n, model]), 4)],
                "server_ms": statistics.median(server_ms[n, model]),
                "per_origin_ms": round(median / n * 1000, 3),
                "statements": statements[n, model],
                "events_in_windows": sum(
                    monthly.get(shift(last, "month", -k), 0) for k in range(n)
                ),
            })  # fmt: skip
        line = fit([row["origins"] for row in rows], [row["median_s"] for row in rows])
        by_events = fit(
            [row["events_in_windows"] for row in rows], [row["median_s"] for row in rows]
        )
        ratio = rows[-1]["per_origin_ms"] / rows[0]["per_origin_ms"]
        for before, after in itertools.pairwise(rows):  # what each origin a run adds costs
            after["added_ms_per_origin"] = round(
                (after["median_s"] - before["median_s"])
                / (after["origins"] - before["origins"]) * 1000, 3,
            )  # fmt: skip
        out[model] = {
            "runs": rows,
            "slope_ms_per_origin": round(line["slope"] * 1000, 3),
            "intercept_ms": round(line["intercept"] * 1000, 1),
            "r2": round(line["r2"], 5),
            "by_events": {
                "slope_ms_per_1000": round(by_events["slope"] * 1e6, 3),
                "intercept_ms": round(by_events["intercept"] * 1000, 1),
                "r2": round(by_events["r2"], 5),
            },
            "per_origin_ratio": round(ratio, 3),
            "statements_per_origin": round(
                (rows[-1]["statements"] - rows[0]["statements"])
                / (rows[-1]["origins"] - rows[0]["origins"]), 2
            ),
        }  # fmt: skip
        log(
            f"  backtests {model}: {line['slope'] * 1000:.1f} ms/origin + "
            f"{line['intercept'] * 1000:.0f} ms, R² {line['r2']:.4f}; time per origin at "
            f"{rows[-1]['origins']} vs {rows[0]['origins']} origins {ratio:.2f}×"
        )
    return out


def measure_backtests(
    dsn: str, *, quick: bool, rounds: int, sizes: Sequence[int] = ORIGINS
) -> dict[str, Any]:
    """The backtests' cost curve on the bench data set (``results["backtests"]``)."""
    log("backtests: cost against the number of origins")
    return asyncio.run(_curve(dsn, rounds=max(rounds, 3) if quick else rounds, sizes=sizes))


if __name__ == "__main__":
    for quiet in ("httpx", "watchfloor.request"):
        logging.getLogger(quiet).setLevel(logging.WARNING)
    print(asyncio.run(run_backtests(sys.argv[1])))
