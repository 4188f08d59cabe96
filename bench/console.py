"""``python -m bench.console``: the console's first view, timed in a real browser over the bench
data (1,000,000 events by default).

The bench's data set (``generate.py``, loaded by ``loader.py`` as ``make bench`` loads it, into
the same database, so one load serves both) plus the knowledge base's files in ``live`` (its
warning problems, indicators, scenarios and ACH matrix, so the board and the planning views
have something to draw; the worker is not run), served by ``watchfloor serve`` (one worker,
anonymous reads as ``make run``, no in-process worker). Debian's Chromium, driven by
Playwright, opens ``/console#<view>`` in a fresh context (empty cache) for each view, with the
time machine at now and at a date, and records:

- **ready**: navigation start → ``body[data-ready]``, which the console sets once the first
  view's loader has finished: its requests answered and the view drawn with its controls
  live (``main.js``);
- DOMContentLoaded and load (the page's own files);
- each ``/v1`` request's duration (Resource Timing), to say which call the wait is.

A measurement, not a test: nothing asserts on time. ``--events`` sets a smaller data set
(its own database); ``--reuse-db`` keeps the loaded database from an earlier run.
"""

import argparse
import asyncio
import hashlib
import json
import os
import statistics
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import asyncpg

from bench import database
from bench.generate import FULL
from bench.measure import log
from bench.run import Config, _load
from bench.servers import BIN, Server

__all__ = ("main", "measure_console")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
DATE = "2020-06-30"
"""The time machine's date for the ``known_by`` runs (inside the data's 1990–2025)."""
CASES = [
    ("board", None),
    ("board", DATE),
    ("timeline", None),
    ("timeline", DATE),
    ("map", None),
    ("map", DATE),
    ("charts", None),
    ("charts", DATE),
    ("forecasts", None),
    ("planning", None),
    ("plans", None),
    ("ach", None),
]
TIMINGS = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const api = performance.getEntriesByType("resource")
    .filter((r) => new URL(r.name).pathname.startsWith("/v1/"))
    .map((r) => ({ url: r.name, start: r.startTime, ms: r.duration }));
  return { ready: window.consoleReady, start: window.consoleStart ?? null,
           dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, api };
}"""


async def _with_knowledge_base(dsn: str) -> None:
    """The knowledge base in ``live`` beside the bench data, once (it upserts anyway)."""
    from watchfloor.context import Context
    from watchfloor.knowledge import load_knowledge_base
    from watchfloor.persistence.db import connect

    conn = await connect(dsn)
    try:
        if await conn.fetchval("SELECT count(*) FROM warning_problems") == 0:
            log("loading the knowledge base into live")
            await load_knowledge_base(Context.unrestricted(conn), "live")
        await conn.execute("VACUUM ANALYZE")
    finally:
        await conn.close()


async def _counts(dsn: str) -> dict[str, int]:
    conn = await asyncpg.connect(dsn)
    try:
        return {
            t: await conn.fetchval(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL")
            for t in ("events", "statements", "actors", "facilities", "indicators")
        }
    finally:
        await conn.close()


def _path(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path
    for prefix in ("/v1/indicators/", "/v1/plans/"):
        if path.startswith(prefix) and path.count("/") > 3:
            path = prefix + "{id}/" + path.rsplit("/", 1)[1]
    return path


def measure_console(base: str, runs: int) -> list[dict[str, Any]]:
    """Each case: one warm-up load, then ``runs`` loads, each in a fresh browser context."""
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for view, date in CASES:
                query = f"?date={date}" if date else ""
                loads = []
                for n in range(runs + 1):
                    context = browser.new_context(viewport={"width": 1280, "height": 900})
                    page = context.new_page()
                    page.set_default_timeout(120_000)
                    page.goto(f"{base}/console{query}#{view}")
                    page.wait_for_selector("body[data-ready]")
                    timing = page.evaluate(TIMINGS)
                    context.close()
                    if n:
                        loads.append(timing)
                ready = [t["ready"] for t in loads]
                calls: dict[str, list[float]] = {}
                for t in loads:
                    for call in t["api"]:
                        calls.setdefault(_path(call["url"]), []).append(call["ms"])
                slowest = sorted(
                    ((path, statistics.median(ms)) for path, ms in calls.items()),
                    key=lambda c: -c[1],
                )
                case = {
                    "view": view,
                    "date": date,
                    "ready_ms": [round(r) for r in ready],
                    "ready_median_ms": round(statistics.median(ready)),
                    "dcl_median_ms": round(statistics.median(t["dcl"] for t in loads)),
                    "start_median_ms": round(statistics.median(t["start"] or 0 for t in loads)),
                    "api_calls": round(statistics.mean(len(t["api"]) for t in loads), 1),
                    "slowest_calls": [
                        {"path": path, "median_ms": round(ms)} for path, ms in slowest[:3]
                    ],
                }
                log(
                    f"{view}{' at ' + date if date else ''}: ready in "
                    f"{case['ready_median_ms']} ms (median of {runs}; {min(ready):.0f}–"
                    f"{max(ready):.0f}), slowest call {slowest[0][0] if slowest else '-'} "
                    f"{slowest[0][1] if slowest else 0:.0f} ms"
                )
                results.append(case)
        finally:
            browser.close()
    return results


def _report(info: dict[str, Any], cases: list[dict[str, Any]]) -> str:
    lines = [
        "# The console's first view over the bench data",
        "",
        f"{info['counts']['events']:,} events, {info['counts']['statements']:,} statements, "
        f"{info['counts']['actors']:,} actors; `watchfloor serve`, 1 worker; Debian's Chromium "
        f"headless, a fresh context per load; median of {info['runs']} loads after a warm-up.",
        "",
        "Columns: *ready*, navigation start → the first view drawn and live (`body[data-ready]`);"
        " *page*, navigation start → the console's module running (its own files loaded);"
        " *view*, ready − page: the view's /v1 calls and drawing.",
        "",
        "| first view | time machine | ready (median) | range | page | view | /v1 calls "
        "| slowest calls (median) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for c in cases:
        slow = ", ".join(f"`{s['path']}` {s['median_ms']} ms" for s in c["slowest_calls"])
        lines.append(
            f"| {c['view']} | {c['date'] or 'now'} | {c['ready_median_ms']} ms "
            f"| {min(c['ready_ms'])}–{max(c['ready_ms'])} ms | {c['start_median_ms']} ms "
            f"| {c['ready_median_ms'] - c['start_median_ms']} ms | {c['api_calls']} | {slow} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.console", description=__doc__)
    parser.add_argument("--events", type=int, help="events in the data set (default 1,000,000)")
    parser.add_argument("--runs", type=int, default=5, help="measured loads per case")
    parser.add_argument("--reuse-db", action="store_true", help="reuse a loaded bench database")
    parser.add_argument("--out", type=Path, default=HERE / "data" / "console")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print("bench.console: Debian's chromium is missing; `make browser`", file=sys.stderr)
        return 2
    scale = (
        FULL if not args.events else replace(FULL, name=f"full-{args.events}", events=args.events)
    )
    admin = os.environ.get("DATABASE_URL") or "postgresql://postgres@127.0.0.1:5432/postgres"
    checkout = hashlib.sha256(str(HERE).encode()).hexdigest()[:8]
    # The name `python -m bench` gives the full data set of this checkout: one load serves both.
    name = (
        f"watchfloor_bench_full_{checkout}"
        if not args.events
        else f"watchfloor_bench_console_{checkout}"
    )
    config = Config(
        scale=scale, admin_dsn=admin, out_dir=args.out, work_dir=HERE / "data" / "full",
        seconds=1, rounds=1, database=name, reuse_db=args.reuse_db, keep_db=True,
    )  # fmt: skip
    dsn = database.with_database(admin, name)
    loaded = asyncio.run(_load(config, dsn))
    asyncio.run(_with_knowledge_base(dsn))
    counts = asyncio.run(_counts(dsn))
    args.out.mkdir(parents=True, exist_ok=True)
    env = {
        "DATABASE_URL": dsn,
        "WATCHFLOOR_ANONYMOUS_READS": "true",
        "WATCHFLOOR_ANONYMOUS_RATE_LIMIT": "1000000",
        "WATCHFLOOR_WORKER_IN_PROCESS": "false",
        "WATCHFLOOR_LOG_LEVEL": "WARNING",
    }
    server = Server(
        "console", [str(BIN / "watchfloor"), "serve", "--port", "{port}", "--workers", "1"],
        env, args.out / "server.log",
    )  # fmt: skip
    server.start()
    try:
        cases = measure_console(server.url, args.runs)
    finally:
        server.stop()
    info = {"counts": counts, "runs": args.runs, "load_seconds": loaded.get("load_seconds")}
    (args.out / "results.json").write_text(json.dumps({"info": info, "cases": cases}, indent=2))
    report = _report(info, cases)
    (args.out / "RESULTS.md").write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
