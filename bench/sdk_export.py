"""The SDK's memory on a large export: streamed, against a plain streamed read in the same run.

    .venv/bin/python -m bench.sdk_export [--events 200000] [--keep-db]

Loads a data set (``generate.py``, ``loader.py``) into a database of its own, serves it with
``watchfloor serve``, and reads the export of every live event in four ways, each in a fresh
process whose peak RSS (``VmHWM``) is reported:

* ``httpx streamed`` — the reference: ``httpx.stream``, bytes counted and dropped;
* ``sdk streamed`` — ``with_streaming_response`` and ``iter_records()``, records decoded;
* ``sdk sync bootstrap`` — ``client.sync()`` into a SQLite mirror: the whole path;
* ``sdk whole body`` — ``export_records()`` (the body in memory, as bootstraps used to), for
  scale.

Writes ``bench/data/sdk_export/RESULTS.md``. Nothing here is asserted: memory is a ratio to
the reference measured in the same run.
"""

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.database import create_database, create_key, drop_database, migrate, with_database
from bench.generate import Scale, write_ndjson
from bench.loader import load_ndjson
from bench.servers import ROOT, Server

OUT = ROOT / "bench" / "data" / "sdk_export"

READERS = {
    "httpx streamed": """
import httpx, os
total = 0
headers = {"Authorization": "Bearer " + os.environ["WATCHFLOOR_API_KEY"]}
url = os.environ["WATCHFLOOR_BASE_URL"] + "/v1/export?resource=event"
with httpx.stream("GET", url, headers=headers, timeout=600) as response:
    for chunk in response.iter_bytes():
        total += len(chunk)
print(total)
""",
    "sdk streamed": """
from watchfloor_sdk import Client
with Client(timeout=600) as client, client.export.with_streaming_response.export_records(
    resource="event"
) as response:
    print(sum(1 for _ in response.iter_records()))
""",
    "sdk sync bootstrap": """
import sys
from watchfloor_sdk import Client
from watchfloor_sdk.lib import SQLiteMirror
with Client(timeout=600) as client:
    result = client.sync(SQLiteMirror(sys.argv[1]), resources=["event"])
print(result.bootstrapped)
""",
    "sdk whole body": """
from watchfloor_sdk import Client
with Client(timeout=600) as client:
    print(len(client.export.export_records(resource="event").splitlines()))
""",
}

# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a reader started from this
# process (which holds the loaded data) would report this process's peak instead of its own.
_PEAK = """
from pathlib import Path
hwm = [l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM:")]
print("peak_kb", hwm[0].split()[1])
"""


def _measure(code: str, env: dict[str, str], scratch: Path) -> tuple[float, float, str]:
    """(peak RSS in MB, seconds, what the reader printed) of ``code`` in a fresh process."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code + _PEAK, str(scratch / f"{time.monotonic_ns()}.db")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    seconds = time.monotonic() - started
    lines = done.stdout.split()
    peak = int(lines[lines.index("peak_kb") + 1]) / 1024
    return peak, seconds, lines[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--keep-db", action="store_true")
    args = parser.parse_args()
    admin = os.environ.get("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    name = f"watchfloor_bench_sdk_export_{args.events}"
    dsn = with_database(admin, name)
    scale = Scale("sdk-export", 200, 500, args.events, 0, 0, 0, 0.0)
    OUT.mkdir(parents=True, exist_ok=True)
    asyncio.run(create_database(admin, name))
    server: Server | None = None
    try:
        asyncio.run(migrate(dsn, ROOT / "migrations"))
        data = OUT / f"events-{args.events}.ndjson"
        if not data.exists():
            write_ndjson(scale, data)
        asyncio.run(_load(dsn, data))
        key = asyncio.run(create_key(dsn))
        server = Server.product(1, dsn, OUT / "server.log").start()
        env = {**os.environ, "WATCHFLOOR_BASE_URL": server.url, "WATCHFLOOR_API_KEY": key}
        rows = []
        with tempfile.TemporaryDirectory() as scratch:
            for label, code in READERS.items():
                peak, seconds, printed = _measure(code, env, Path(scratch))
                rows.append((label, peak, seconds, printed))
                print(f"{label:20} {peak:8.1f} MB  {seconds:6.1f} s  {printed}", flush=True)
        _report(rows, args.events)
    finally:
        if server is not None:
            server.stop()
        if not args.keep_db:
            asyncio.run(drop_database(admin, name))


async def _load(dsn: str, data: Path) -> None:
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        await load_ndjson(conn, data, progress=lambda _: None)
    finally:
        await conn.close()


def _report(rows: list[tuple[str, float, float, str]], events: int) -> None:
    reference = rows[0][1]
    lines = [
        "# The SDK's memory on a large export",
        "",
        f"`python -m bench.sdk_export --events {events}`: every live event exported once per "
        "reader, each reader a fresh process; peak RSS (`VmHWM`) and its ratio to a plain "
        "`httpx.stream` read in the same run.",
        "",
        "| reader | peak RSS | × httpx streamed | seconds |",
        "| --- | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {label} | {peak:.1f} MB | {peak / reference:.2f} | {seconds:.1f} |"
        for label, peak, seconds, _ in rows
    ]
    (OUT / "RESULTS.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
