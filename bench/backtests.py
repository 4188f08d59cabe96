"""The built-in models' backtests on the shipped missile-test history, read from the API.

``python -m bench.backtests postgresql://postgres@127.0.0.1:5432/postgres`` makes a scratch
database, loads the knowledge base into it (every file through the import pipeline), and runs
``POST /v1/backtests`` in-process for each model on two templates — "at least one DPRK missile
launch in month m+1" (binary) and "DPRK missile launches in month m+1" (count) — at monthly
origins from 1998-01 to 2026-11. It prints the numbers as a Markdown table (the one in
``docs/forecasting.md``), then the time a run takes against its number of origins.
The scratch database is dropped at the end.
"""

import asyncio
import logging
import sys
import time
import uuid
from datetime import date
from typing import Any

from litestar.testing import AsyncTestClient
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate
from watchfloor.app import create_app
from watchfloor.computed.periods import shift
from watchfloor.context import Context
from watchfloor.knowledge import load_knowledge_base
from watchfloor.persistence.db import connect
from watchfloor.settings import Settings

from bench.database import create_database, drop_database, migrate, with_database
from bench.servers import ROOT

__all__ = ("run_backtests",)

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


if __name__ == "__main__":
    for quiet in ("httpx", "watchfloor.request"):
        logging.getLogger(quiet).setLevel(logging.WARNING)
    print(asyncio.run(run_backtests(sys.argv[1])))
