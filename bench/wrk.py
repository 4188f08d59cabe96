"""Load over loopback HTTP from its own process: wrk, 64 connections, a Lua list of requests.

The Lua script walks the scenario's requests round-robin (varied ids, cursors, headers) and
prints one JSON line at the end with the counts and latency percentiles wrk measured.
"""

import json
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.trace import Request

__all__ = ("CONNECTIONS", "WrkResult", "run_wrk", "write_lua")

CONNECTIONS = 64
THREADS = 2

_DONE = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, '
    .. '"write": %d, "status": %d, "timeout": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, '
    .. '"mean_us": %.1f}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.mean))
end
"""


def _lua_string(text: str) -> str:
    return json.dumps(text)  # a JSON string literal is a valid Lua string literal for ASCII


def write_lua(requests: Sequence[Request], path: Path) -> Path:
    """A wrk script that sends ``requests`` round-robin, each thread from its own offset."""
    entries = []
    for r in requests:
        headers = ", ".join(f"[{_lua_string(k)}] = {_lua_string(v)}" for k, v in r.headers.items())
        entries.append(f"  {{{_lua_string(r.path)}, {{{headers}}}}},")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "local reqs = {\n" + "\n".join(entries) + "\n}\n"
        "local counter = 0\n"
        "local i = 0\n"
        "setup = function(thread)\n  counter = counter + 1\n  thread:set('offset', counter * 7)\nend\n"
        "init = function(args)\n  i = (offset or 0) % #reqs\nend\n"
        "request = function()\n  i = i % #reqs + 1\n  local r = reqs[i]\n"
        "  return wrk.format('GET', r[1], r[2])\nend\n" + _DONE
    )
    return path


@dataclass(frozen=True)
class WrkResult:
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    errors: int
    """Connect, read, write and timeout errors and 4xx/5xx answers."""


def run_wrk(url: str, script: Path, seconds: float) -> WrkResult:
    """Load ``url`` with ``script`` for ``seconds`` from 64 connections."""
    command = [
        "wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{max(1, round(seconds))}s",
        "--timeout", "10s", "-s", str(script), url,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("WRKJSON ")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr[-2000:]}")
    d = json.loads(line.removeprefix("WRKJSON "))
    secs = d["duration_us"] / 1e6
    errors = d["connect"] + d["read"] + d["write"] + d["status"] + d["timeout"]
    return WrkResult(
        d["requests"], secs, d["requests"] / secs if secs else 0.0,
        d["p50_us"] / 1000, d["p90_us"] / 1000, d["p99_us"] / 1000, errors,
    )  # fmt: skip
