"""The run: data, traces, servers, interleaved rounds, profiles, report.

For each worker count the product and the bare app are started side by side; every round of a
scenario measures each of its variants once, in an order rotated from round to round, so slow
drifts of a shared machine fall on all of them alike.
"""

import asyncio
import json
import pickle
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import asyncpg

from bench import database, pgbench, wrk
from bench.bare import Plan
from bench.bulk import Bulk
from bench.context import Context
from bench.generate import Scale, write_ndjson
from bench.loader import load_ndjson
from bench.profile import profile_server
from bench.scenarios import SCENARIOS, Scenario
from bench.servers import Server
from bench.trace import Request, Trace, Tracer

__all__ = ("Config", "Measurement", "Prepared", "run")

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Config:
    scale: Scale
    admin_dsn: str
    out_dir: Path
    """Where RESULTS.md and results.json go."""
    work_dir: Path
    """Data file, scripts, logs, profiles."""
    seconds: float
    rounds: int
    workers: tuple[int, ...] = (1, 2)
    only: tuple[str, ...] = ()
    keep_db: bool = False
    reuse_db: bool = False
    """Use the bench database left by an earlier ``keep_db`` run of the same scale, if any."""
    profile: bool = True
    database: str = "watchfloor_bench"
    ingest_rows: int = 50_000


@dataclass
class Measurement:
    rps: float
    rows_per_s: float
    p50_ms: float | None = None
    p99_ms: float | None = None
    errors: int = 0
    rss_mb: float | None = None
    seconds: float = 0.0


@dataclass
class Prepared:
    """A scenario ready to run: per variant its requests, Lua script, pgbench scripts."""

    scenario: Scenario
    variants: list[str]
    skipped: dict[str, str] = field(default_factory=dict)
    lua: dict[str, Path] = field(default_factory=dict)
    rows_per_request: dict[str, float] = field(default_factory=dict)
    pgbench: tuple[list[Path], dict[str, str]] | None = None
    sql: list[str] = field(default_factory=list)
    """The distinct statements the product ran (for the report)."""


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


_META = "bench_meta"
"""A table in the bench database recording what was loaded into it (for ``reuse_db``)."""


async def _loaded_before(config: Config, dsn: str) -> dict[str, Any] | None:
    try:
        conn = await asyncpg.connect(dsn)
    except asyncpg.InvalidCatalogNameError:
        return None
    try:
        if await conn.fetchval("SELECT to_regclass($1)", _META) is None:
            return None
        info = await conn.fetchval(f"SELECT info FROM {_META} WHERE scale = $1", repr(config.scale))
        return None if info is None else dict(json.loads(info), reused=True)
    finally:
        await conn.close()


async def _load(config: Config, dsn: str) -> dict[str, Any]:
    if config.reuse_db and (before := await _loaded_before(config, dsn)) is not None:
        _log("reusing the bench database loaded by an earlier run")
        await database.migrate(dsn, ROOT / "migrations")
        return before
    data = config.work_dir / f"{config.scale.name}.ndjson"
    started = time.perf_counter()
    lines = write_ndjson(config.scale, data)
    generated = time.perf_counter() - started
    _log(f"generated {lines} lines ({data.stat().st_size / 1e6:.0f} MB) in {generated:.0f}s")
    await database.create_database(config.admin_dsn, config.database)
    migrations = await database.migrate(dsn, ROOT / "migrations")
    conn = await asyncpg.connect(dsn)
    started = time.perf_counter()
    try:
        written = await load_ndjson(conn, data, progress=_log)
        loaded = time.perf_counter() - started
        _log(f"loaded in {loaded:.0f}s")
        info = {
            "file": str(data.relative_to(ROOT)) if data.is_relative_to(ROOT) else str(data),
            "lines": lines,
            "bytes": data.stat().st_size,
            "generate_seconds": round(generated, 1),
            "load_seconds": round(loaded, 1),
            "loader": "direct (bench/loader.py: COPY of the same rows; POST /v1/import is not on main)",
            "rows": written,
            "migrations": migrations,
        }
        await conn.execute(f"CREATE TABLE {_META} (scale text PRIMARY KEY, info text NOT NULL)")
        await conn.execute(
            f"INSERT INTO {_META} VALUES ($1, $2)", repr(config.scale), json.dumps(info)
        )
    finally:
        await conn.close()
    return info


def _check(traces: list[Trace], name: str) -> None:
    bad = [t for t in traces if t.status >= 400]
    if bad:
        raise RuntimeError(
            f"{name}: {len(bad)} of {len(traces)} requests fail in-process, e.g. "
            f"{bad[0].request.path} → {bad[0].status} {bad[0].body[:300]!r}"
        )


async def _prepare(
    scenario: Scenario, ctx: Context, work: Path, plans: dict[str, Plan]
) -> Prepared:
    prepared = Prepared(scenario, [])
    has_route = ctx.tracer.has_route(scenario.needs)
    for name, variant in scenario.variants.items():
        if variant.kind in ("api", "bare", "pgbench", "import", "export") and not has_route:
            prepared.skipped[name] = f"`{scenario.needs}` is not on main yet"
            continue
        prepared.variants.append(name)
        if variant.kind not in ("api", "bare", "pgbench"):
            continue
        builder = variant.requests or scenario.requests
        assert builder is not None
        requests: list[Request] = await builder(ctx)
        traces = await ctx.tracer.get_all(requests)
        _check(traces, f"{scenario.name}/{name}")
        prepared.rows_per_request[name] = sum(t.rows for t in traces) / len(traces)
        if variant.kind == "pgbench":
            prepared.pgbench = pgbench.write_scripts(
                [t.statements for t in traces], work / "pgbench" / scenario.name
            )
            prepared.sql = list(
                dict.fromkeys(" ".join(s.split()) for t in traces for s, _ in t.statements)
            )
        elif variant.kind == "bare":
            for t in traces:
                plans[t.request.path] = Plan(
                    t.statements, scenario.resource, scenario.shape, scenario.limit
                )
        prepared.lua[name] = wrk.write_lua(requests, work / "lua" / f"{scenario.name}.{name}.lua")
    return prepared


def _dsn_parts(dsn: str) -> dict[str, str]:
    parts = urlsplit(dsn)
    return {
        "host": parts.hostname or "127.0.0.1",
        "port": str(parts.port or 5432),
        "user": parts.username or "postgres",
        "dbname": parts.path.lstrip("/"),
    }


def _measure(
    prepared: Prepared, name: str, servers: dict[str, Server], bulk: Bulk, config: Config, dsn: str
) -> Measurement:
    variant = prepared.scenario.variants[name]
    kind = variant.kind
    if kind in ("api", "bare"):
        result = wrk.run_wrk(servers[kind].url, prepared.lua[name], config.seconds)
        rows = prepared.rows_per_request.get(name, 0.0)
        return Measurement(result.rps, result.rps * rows, result.p50_ms, result.p99_ms,
                           result.errors, seconds=result.seconds)  # fmt: skip
    if kind == "pgbench":
        assert prepared.pgbench is not None
        scripts, variables = prepared.pgbench
        pg = pgbench.run_pgbench(_dsn_parts(dsn), scripts, variables, config.seconds)
        rows = prepared.rows_per_request.get("api", 0.0)
        return Measurement(pg.tps, pg.tps * rows, pg.latency_ms, None, pg.failed,
                           seconds=config.seconds)  # fmt: skip
    if kind == "copy_in":
        rate, secs = asyncio.run(bulk.copy_in())
        return Measurement(rate, rate, seconds=secs)
    if kind == "copy_out":
        rate, secs = asyncio.run(bulk.copy_out())
        return Measurement(rate, rate, seconds=secs)
    api = servers["api"]
    if kind == "import":
        rate, secs, rss = bulk.http_import(api.url, api.pid)
    else:
        rate, secs, rss = bulk.http_export(api.url, api.pid)
    return Measurement(rate, rate, rss_mb=rss, seconds=secs)


def _warm(prepared: list[Prepared], servers: dict[str, Server]) -> None:
    """A short, unmeasured load on each server: its pool fills before the first round."""
    for kind, server in servers.items():
        lua = next((p.lua[n] for p in prepared for n in p.variants if n in p.lua and
                    p.scenario.variants[n].kind == kind), None)  # fmt: skip
        if lua is not None:
            wrk.run_wrk(server.url, lua, 1)


def _rounds(
    prepared: Prepared, servers: dict[str, Server], bulk: Bulk, config: Config, dsn: str
) -> dict[str, list[Measurement]]:
    out: dict[str, list[Measurement]] = {name: [] for name in prepared.variants}
    for r in range(config.rounds):
        k = r % len(prepared.variants)
        for name in prepared.variants[k:] + prepared.variants[:k]:
            m = _measure(prepared, name, servers, bulk, config, dsn)
            out[name].append(m)
            _log(
                f"  {prepared.scenario.name} round {r + 1} {name}: {m.rps:,.0f}/s"
                + (f" p50 {m.p50_ms:.1f} ms" if m.p50_ms is not None else "")
                + (f" p99 {m.p99_ms:.1f} ms" if m.p99_ms is not None else "")
                + (f" errors {m.errors}" if m.errors else "")
            )
    return out


async def _context(dsn: str, tracer: Tracer) -> Context:
    sample = await database.sample(dsn)
    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch(
            "SELECT id FROM actors WHERE external_id = ANY($1::text[]) ORDER BY external_id",
            [f"bench:act:{n}" for n in range(8)],
        )
    finally:
        await conn.close()
    as_of = (datetime.now(UTC) - timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return Context(tracer, sample, as_of, [r["id"] for r in rows])


def run(config: Config, report: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Run everything; ``report`` gets the results (also returned)."""
    dsn = database.with_database(config.admin_dsn, config.database)
    work = config.work_dir
    results: dict[str, Any] = {"config": config, "started": datetime.now(UTC).isoformat()}
    results["data"] = asyncio.run(_load(config, dsn))
    plans: dict[str, Plan] = {}

    async def prepare_all() -> tuple[list[Prepared], Context]:
        async with Tracer(dsn) as tracer:
            ctx = await _context(dsn, tracer)
            chosen = [s for s in SCENARIOS if not config.only or s.name in config.only]
            return [await _prepare(s, ctx, work, plans) for s in chosen], ctx

    prepared, ctx = asyncio.run(prepare_all())
    results["counts"] = ctx.sample.counts
    results["as_of"] = ctx.as_of
    plan_file = work / "bare-plan.pickle"
    plan_file.write_bytes(pickle.dumps(plans))
    bulk = Bulk(dsn, work / f"{config.scale.name}.ndjson", config.ingest_rows)
    asyncio.run(bulk.prepare())
    results["prepared"] = prepared
    results["phases"] = {}
    try:
        for workers in config.workers:
            _log(f"phase: {workers} worker(s)")
            servers = {
                "api": Server.product(workers, dsn, work / "logs" / f"api-{workers}w.log").start(),
                "bare": Server.bare(
                    workers, dsn, plan_file, work / "logs" / f"bare-{workers}w.log"
                ).start("/"),
            }
            phase: dict[str, dict[str, list[Measurement]]] = {}
            try:
                _warm(prepared, servers)
                for p in prepared:
                    if p.variants:
                        phase[p.scenario.name] = _rounds(p, servers, bulk, config, dsn)
                results["phases"][workers] = phase
                if workers == 1 and config.profile:
                    results["profiles"] = profile_server(prepared, phase, servers["api"], config)
            finally:
                for server in servers.values():
                    server.stop()
    finally:
        results["finished"] = datetime.now(UTC).isoformat()
        if not config.keep_db:
            asyncio.run(database.drop_database(config.admin_dsn, config.database))
    report(results)
    return results
