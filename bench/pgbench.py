"""The database's own limit: pgbench replaying the statements an endpoint sent.

One pgbench script per traced request (pgbench picks one at random per transaction), each
holding that request's statements in order. Arguments stay parameters: ``$n`` becomes a pgbench
variable set with ``-D`` and ``-M prepared`` binds it, as asyncpg's prepared statements do.
"""

import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bench.trace import Statement

__all__ = ("CLIENTS", "PgbenchResult", "pg_text", "run_pgbench", "write_scripts")

CLIENTS = 10
"""pgbench clients: the service's pool size per worker, enough to saturate two cores."""
MAX_SCRIPTS = 100
"""pgbench accepts at most 128 scripts."""

_PLACEHOLDER = re.compile(r"\$(\d+)")
_LITERAL = re.compile(r"'(?:[^']|'')*'")
_COLON_WORD = re.compile(r":(?=[A-Za-z_])")


def _colons_kept(sql: str) -> str:
    """``sql`` with every ``:word`` inside a string literal out of pgbench's reach.

    pgbench reads ``:name`` anywhere as a variable, string literals included: the exercise
    mark's ``',"exercise":true}'`` became a parameter ``$1`` PostgreSQL could not type. Each
    such colon is concatenated in on its own (``'…"exercise"' || ':' || 'true}'``), which is
    the same text to PostgreSQL.
    """

    def split(match: re.Match[str]) -> str:
        literal = match.group(0)
        if not _COLON_WORD.search(literal):
            return literal
        return "(" + _COLON_WORD.sub("' || ':' || '", literal) + ")"

    return _LITERAL.sub(split, sql)


def _element(value: Any) -> str:
    text = pg_text(value)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def pg_text(value: Any) -> str:
    """``value`` in PostgreSQL's text input format (how pgbench passes a variable)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "{" + ",".join("NULL" if v is None else _element(v) for v in value) + "}"
    return str(value)


def write_scripts(
    traces: Sequence[Sequence[Statement]], folder: Path
) -> tuple[list[Path], dict[str, str]]:
    """pgbench scripts for the traced requests, and the ``-D`` variables they use."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    variables: dict[str, str] = {}
    for r, statements in enumerate(traces[:MAX_SCRIPTS]):
        lines = []
        for s, (sql, args) in enumerate(statements):

            def variable(match: re.Match[str], r: int = r, s: int = s, args: Any = args) -> str:
                value = args[int(match.group(1)) - 1]
                if value is None:
                    return "NULL"
                name = f"r{r}s{s}p{match.group(1)}"
                variables[name] = pg_text(value)
                return f":{name}"

            lines.append(_PLACEHOLDER.sub(variable, _colons_kept(" ".join(sql.split()))) + ";")
        path = folder / f"request{r:03d}.sql"
        path.write_text("\n".join(lines) + "\n")
        paths.append(path)
    # The -D arguments, one a line, so a run can be repeated by hand: pgbench $(cat defines).
    (folder / "defines").write_text("".join(f"-D{k}={v}\n" for k, v in variables.items()))
    return paths, variables


@dataclass(frozen=True)
class PgbenchResult:
    tps: float
    latency_ms: float
    failed: int


_TPS = re.compile(r"^tps = ([0-9.]+)", re.M)
_LATENCY = re.compile(r"^latency average = ([0-9.]+) ms", re.M)
_FAILED = re.compile(r"^number of failed transactions: (\d+)", re.M)


def run_pgbench(
    dsn_parts: dict[str, str],
    scripts: Sequence[Path],
    variables: dict[str, str],
    seconds: float,
    clients: int = CLIENTS,
) -> PgbenchResult:
    """Run the scripts for ``seconds``; raises if pgbench fails or reports failed transactions."""
    command = [
        "pgbench", "-n", "-M", "prepared", "-c", str(clients), "-j", "2",
        "-T", str(max(1, round(seconds))),
        "-h", dsn_parts["host"], "-p", dsn_parts["port"], "-U", dsn_parts["user"],
    ]  # fmt: skip
    command += [f"-f{path}@1" for path in scripts]
    command += [f"-D{name}={value}" for name, value in variables.items()]
    command.append(dsn_parts["dbname"])
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    tps, latency = _TPS.search(done.stdout), _LATENCY.search(done.stdout)
    if done.returncode != 0 or tps is None or latency is None:
        raise RuntimeError(f"pgbench failed ({done.returncode}): {done.stderr[-2000:]}")
    failed = _FAILED.search(done.stdout)
    return PgbenchResult(
        float(tps.group(1)), float(latency.group(1)), int(failed.group(1)) if failed else 0
    )
