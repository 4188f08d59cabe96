"""Soak: slow and stalled clients beside normal traffic, on loopback, bounded in time.

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres .venv/bin/python -m bench.soak

Starts ``watchfloor serve`` as shipped (pool of 10, the default limits of
``docs/operations.md``) on a database of its own, and runs two phases of ``--seconds`` each:

1. **baseline**: ``--clients`` normal clients (lists and reads of actors, one key each) as
   fast as they are answered;
2. **soak**: the same clients, and beside them ``--slow`` of each kind of bad client: imports
   that send one line every two seconds, JSON bodies that send one byte every two seconds, and
   exports (8 MB) whose client never reads.

It prints the normal requests' count, failures and latency percentiles of each phase, and what
the bad clients got. The database is dropped at the end. Nothing leaves 127.0.0.1.
"""

import argparse
import asyncio
import os
import socket
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench.database import create_database, drop_database, migrate, with_database
from bench.servers import ROOT, Server

__all__ = ("main",)

SOURCES = 400
"""Sources of 20,000 characters: an 8 MB export, more than the socket buffers hold."""
DATASET = "soak"


@dataclass
class Phase:
    """What the normal clients saw in one phase."""

    name: str
    latencies: list[float] = field(default_factory=list)
    failures: Counter[str] = field(default_factory=Counter)

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000


async def _keys(dsn: str, count: int, *scopes: str) -> list[str]:
    from watchfloor.access.keys import KeyService
    from watchfloor.access.schemas import ApiKeyCreate
    from watchfloor.persistence.db import connect

    conn = await connect(dsn)
    try:
        await conn.execute(
            "INSERT INTO datasets (name, kind) VALUES ($1, 'sandbox') ON CONFLICT DO NOTHING",
            DATASET,
        )
        made = []
        for _ in range(count):
            request = ApiKeyCreate(
                name="soak",
                scopes=list(scopes),  # type: ignore[arg-type]
                datasets=["live", DATASET],
                rate_limit=1_000_000,
            )
            made.append((await KeyService().create(conn, request)).secret)
        return made
    finally:
        await conn.close()


async def _seed(base: str, secret: str) -> list[str]:
    """The big export's sources, and 50 actors to read; the actors' ids."""
    line = '{"resource": "source", "external_id": "s:%d", "title": "T", "publisher": "P", '
    line += '"reliability": "B", "excerpt": "' + "x" * 20_000 + '"}\n'
    actors = "".join(
        f'{{"resource": "actor", "external_id": "a:{i}", "kind": "state", "name": "Actor {i}"}}\n'
        for i in range(50)
    )
    headers = {"Authorization": f"Bearer {secret}", "Content-Type": "application/x-ndjson"}
    async with httpx.AsyncClient(base_url=base, timeout=120, headers=headers) as http:
        sources = "".join(line % i for i in range(SOURCES)).encode()
        await http.post("/v1/import", params={"dataset": DATASET}, content=sources)
        await http.post("/v1/import", content=actors.encode())
        listed = await http.get("/v1/actors", params={"limit": "50"})
    return [actor["id"] for actor in listed.json()["data"]]


async def _normal(base: str, secret: str, ids: list[str], until: float, phase: Phase) -> None:
    headers = {"Authorization": f"Bearer {secret}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as http:
        n = 0
        while time.monotonic() < until:
            n += 1
            path = "/v1/actors" if n % 2 else f"/v1/actors/{ids[n % len(ids)]}"
            started = time.perf_counter()
            try:
                response = await http.get(path)
            except httpx.HTTPError as exc:
                phase.failures[type(exc).__name__] += 1
                continue
            if response.status_code == 200:
                phase.latencies.append(time.perf_counter() - started)
            else:
                phase.failures[str(response.status_code)] += 1


async def _open(
    port: int, *, small_window: bool = False
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    sock = socket.socket()
    if small_window:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.setblocking(False)
    await asyncio.get_running_loop().sock_connect(sock, ("127.0.0.1", port))
    return await asyncio.open_connection(sock=sock, limit=4096)


def _head(method: str, target: str, headers: dict[str, str]) -> bytes:
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def _status(reader: asyncio.StreamReader, wait: float) -> str:
    try:
        line = await asyncio.wait_for(reader.readline(), wait)
    except (TimeoutError, ConnectionError):
        return "no answer"
    return line.split()[1].decode() if line.startswith(b"HTTP/1.1 ") else "dropped"


async def _slow_import(port: int, secret: str, until: float) -> str:
    reader, writer = await _open(port)
    headers = {
        "Authorization": f"Bearer {secret}",
        "Content-Type": "application/x-ndjson",
        "Transfer-Encoding": "chunked",
    }
    writer.write(_head("POST", f"/v1/import?dataset={DATASET}", headers))
    try:
        number = 0
        while time.monotonic() < until and not reader.at_eof():
            number += 1
            chunk = (
                b'{"resource": "actor", "external_id": "slow:%s", "kind": "state", "name": "S"}\n'
                % uuid.uuid4().hex.encode()
            )
            writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            await writer.drain()
            await asyncio.sleep(2)
        writer.write(b"0\r\n\r\n")
        await writer.drain()
    except ConnectionError:
        pass
    status = await _status(reader, 30)
    writer.close()
    return f"import {status}"


async def _slow_json(port: int, secret: str, until: float) -> str:
    reader, writer = await _open(port)
    headers = {
        "Authorization": f"Bearer {secret}",
        "Content-Type": "application/json",
        "Content-Length": "100000",
    }
    writer.write(_head("POST", "/v1/actors", headers))
    answer = asyncio.ensure_future(_status(reader, until - time.monotonic() + 30))
    try:
        while time.monotonic() < until and not answer.done():
            writer.write(b" ")
            await writer.drain()
            await asyncio.sleep(2)
    except ConnectionError:
        pass
    if not answer.done():
        answer.cancel()
        writer.close()
        return "json body still trickling"
    writer.close()
    return f"json body {await answer}"


async def _stalled_export(port: int, secret: str, until: float) -> str:
    _, writer = await _open(port, small_window=True)
    target = f"/v1/export?resource=source&dataset={DATASET}"
    writer.write(_head("GET", target, {"Authorization": f"Bearer {secret}"}))
    await writer.drain()
    await asyncio.sleep(max(0.0, until - time.monotonic()))
    writer.close()
    return "export never read"


async def _phase(
    name: str, server: Server, normal_keys: list[str], ids: list[str], seconds: float
) -> Phase:
    phase = Phase(name)
    until = time.monotonic() + seconds
    await asyncio.gather(*(_normal(server.url, key, ids, until, phase) for key in normal_keys))
    return phase


async def _run(args: argparse.Namespace, admin_dsn: str) -> None:
    name = f"watchfloor_soak_{os.getpid()}"
    await create_database(admin_dsn, name)
    dsn = with_database(admin_dsn, name)
    log = Path(tempfile.gettempdir()) / f"{name}.log"
    server = Server.product(1, dsn, log)
    try:
        await migrate(dsn, ROOT / "migrations")
        server.start()
        writer, *normal_keys = await _keys(dsn, 1 + args.clients, "read", "write")
        bad_keys = await _keys(dsn, 3 * args.slow, "read", "write")
        ids = await _seed(server.url, writer)
        baseline = await _phase("baseline", server, normal_keys, ids, args.seconds)
        until = time.monotonic() + args.seconds
        kinds = (_slow_import, _slow_json, _stalled_export)
        bad = [
            asyncio.ensure_future(kinds[i % 3](server.port, key, until))
            for i, key in enumerate(bad_keys)
        ]
        await asyncio.sleep(1)
        soak = await _phase("soak", server, normal_keys, ids, args.seconds - 1)
        outcomes = Counter(await asyncio.gather(*bad))
        _report([baseline, soak], outcomes, args)
    finally:
        server.stop()
        await drop_database(admin_dsn, name)


def _report(phases: list[Phase], outcomes: Counter[str], args: argparse.Namespace) -> None:
    print(
        f"\n{args.clients} normal clients, {args.seconds:g} s per phase; "
        f"soak adds {args.slow} slow imports, {args.slow} slow JSON bodies, "
        f"{args.slow} stalled exports\n"
    )
    print("| phase | normal requests | failed | p50 ms | p99 ms | max ms |")
    print("| --- | --- | --- | --- | --- | --- |")
    for phase in phases:
        failed = ", ".join(f"{k}: {v}" for k, v in sorted(phase.failures.items())) or "0"
        top = max(phase.latencies, default=float("nan")) * 1000
        print(
            f"| {phase.name} | {len(phase.latencies)} | {failed} | "
            f"{phase.percentile(50):.1f} | {phase.percentile(99):.1f} | {top:.1f} |"
        )
    print(
        "\nslow and stalled clients: " + ", ".join(f"{k}: {v}" for k, v in sorted(outcomes.items()))
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.soak", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--seconds", type=float, default=20, help="length of each phase")
    parser.add_argument("--clients", type=int, default=8, help="normal clients")
    parser.add_argument("--slow", type=int, default=10, help="bad clients of each kind")
    args = parser.parse_args(argv)
    admin_dsn = os.environ.get("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    asyncio.run(_run(args, admin_dsn))
    return 0


if __name__ == "__main__":
    sys.exit(main())
