"""Measuring: one variant at a time, in rounds, and waiting out each server's backlog."""

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg

from bench import pgbench, wrk
from bench.bulk import Bulk
from bench.scenarios import Scenario
from bench.servers import Server

__all__ = ("Measurement", "Prepared", "drain", "log", "measure", "rounds_of", "warm")


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


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def dsn_parts(dsn: str) -> dict[str, str]:
    parts = urlsplit(dsn)
    return {
        "host": parts.hostname or "127.0.0.1",
        "port": str(parts.port or 5432),
        "user": parts.username or "postgres",
        "dbname": parts.path.lstrip("/"),
    }


LONG_WINDOW = 10.0
"""Seconds of a measurement repeated because its scenario's requests take seconds each."""

_ACTIVE = """
SELECT count(*) FROM pg_stat_activity
WHERE datname = current_database() AND backend_type = 'client backend'
  AND state <> 'idle' AND pid <> pg_backend_pid()
"""


async def drain(dsn: str, limit: float = 300) -> float:
    """Wait until no statement runs in the bench database (a server's backlog has drained).

    wrk stops sending when its time is up, but a server under more load than it can carry
    still holds queued requests; they must not run into the next measurement. Returns the
    seconds waited.
    """
    conn = await asyncpg.connect(dsn)
    started = time.monotonic()
    quiet = 0
    try:
        while quiet < 3 and time.monotonic() - started < limit:
            quiet = quiet + 1 if await conn.fetchval(_ACTIVE) == 0 else 0
            await asyncio.sleep(0.05)
    finally:
        await conn.close()
    return time.monotonic() - started


def measure(
    prepared: Prepared, name: str, servers: dict[str, Server], bulk: Bulk, seconds: float, dsn: str
) -> Measurement:
    """One measurement of one variant: wrk, pgbench, a COPY or a bulk request."""
    variant = prepared.scenario.variants[name]
    kind = variant.kind
    if kind in ("api", "bare"):
        result = wrk.run_wrk(servers[kind].url, prepared.lua[name], seconds)
        if result.requests < wrk.CONNECTIONS:
            # Fewer answers than connections: requests queue longer than the window, so the
            # rate would read as zero. Let the queue drain and measure over a longer window.
            asyncio.run(drain(dsn))
            result = wrk.run_wrk(servers[kind].url, prepared.lua[name], LONG_WINDOW)
        rows = prepared.rows_per_request.get(name, 0.0)
        return Measurement(result.rps, result.rps * rows, result.p50_ms, result.p99_ms,
                           result.errors, seconds=result.seconds)  # fmt: skip
    if kind == "pgbench":
        assert prepared.pgbench is not None
        scripts, variables = prepared.pgbench
        pg = pgbench.run_pgbench(dsn_parts(dsn), scripts, variables, seconds)
        rows = prepared.rows_per_request.get("api", 0.0)
        return Measurement(pg.tps, pg.tps * rows, pg.latency_ms, None, pg.failed,
                           seconds=seconds)  # fmt: skip
    if kind == "copy_in":
        rate, secs = asyncio.run(bulk.copy_in())
        return Measurement(rate, rate, seconds=secs)
    if kind == "copy_out":
        live = "export_live" in prepared.scenario.variants
        rate, secs = asyncio.run(bulk.copy_out("live") if live else bulk.copy_out())
        return Measurement(rate, rate, seconds=secs)
    api = servers["api"]
    if kind == "import":
        rate, secs, rss = bulk.http_import(api.url, api.pid)
    elif kind == "import_large":
        rate, secs, rss = bulk.http_import_large(api.url, api.pid)
    elif kind == "export_live":
        rate, secs, rss = bulk.http_export(api.url, api.pid, "live")
    else:
        rate, secs, rss = bulk.http_export(api.url, api.pid)
    return Measurement(rate, rate, rss_mb=rss, seconds=secs)


def warm(prepared: list[Prepared], servers: dict[str, Server]) -> None:
    """A short, unmeasured load on each server: its pool fills before the first round."""
    for kind, server in servers.items():
        lua = next((p.lua[n] for p in prepared for n in p.variants if n in p.lua and
                    p.scenario.variants[n].kind == kind), None)  # fmt: skip
        if lua is not None:
            wrk.run_wrk(server.url, lua, 1)


def rounds_of(
    prepared: Prepared,
    servers: dict[str, Server],
    bulk: Bulk,
    *,
    seconds: float,
    rounds: int,
    dsn: str,
) -> dict[str, list[Measurement]]:
    """Every variant of a scenario once a round, the order rotated from round to round."""
    out: dict[str, list[Measurement]] = {name: [] for name in prepared.variants}
    for r in range(prepared.scenario.rounds or rounds):
        k = r % len(prepared.variants)
        for name in prepared.variants[k:] + prepared.variants[:k]:
            m = measure(prepared, name, servers, bulk, seconds, dsn)
            waited = asyncio.run(drain(dsn))
            if waited > 1:
                log(f"  {prepared.scenario.name} {name}: waited {waited:.0f}s for the backlog")
            out[name].append(m)
            log(
                f"  {prepared.scenario.name} round {r + 1} {name}: {m.rps:,.0f}/s"
                + (f" p50 {m.p50_ms:.1f} ms" if m.p50_ms is not None else "")
                + (f" p99 {m.p99_ms:.1f} ms" if m.p99_ms is not None else "")
                + (f" errors {m.errors}" if m.errors else "")
            )
    return out
