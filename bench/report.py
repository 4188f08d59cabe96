"""RESULTS.md and results.json from one run."""

import dataclasses
import json
import os
import platform
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bench import pgbench, wrk
from bench.goals import Judged, evaluate
from bench.stats import Spread, spread

__all__ = ("machine", "refresh_notes", "write_report")


ROOT = Path(__file__).resolve().parents[1]
NOTES = ROOT / "bench" / "NOTES.md"
"""The hand-written analysis RESULTS.md ends with (its first line is the section heading)."""


def _first_line(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError:
        return "not installed"
    return (
        (done.stdout or done.stderr).strip().splitlines()[0] if (done.stdout or done.stderr) else ""
    )


def machine(admin_dsn: str) -> dict[str, str]:
    """What the numbers were measured on."""
    cpu = next(
        (ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
         if ln.startswith("model name")), platform.processor(),
    )  # fmt: skip
    mem = next(
        ln.split(":", 1)[1].strip() for ln in Path("/proc/meminfo").read_text().splitlines()
        if ln.startswith("MemTotal")
    )  # fmt: skip
    return {
        "cpu": f"{cpu} × {os.cpu_count()}",
        "memory": mem,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "postgresql": _first_line(["psql", admin_dsn, "-Atc", "SELECT version()"]),
        "pgbench": _first_line(["pgbench", "--version"]),
        "wrk": _first_line(["wrk", "--version"]),
        "load average at start": " ".join(Path("/proc/loadavg").read_text().split()[:3]),
        "commit": _first_line(["git", "-C", str(ROOT), "describe", "--always", "--dirty"]),
    }


def _fmt_rate(s: Spread | None) -> str:
    if s is None:
        return "–"
    return f"{s.median:,.0f} ({s.low:,.0f}–{s.high:,.0f})"


def _fmt_ratio(s: Spread | None, unit: str = "×") -> str:
    if s is None:
        return "–"
    if unit == " MB":
        return f"{s.median:.0f} MB ({s.low:.0f}–{s.high:.0f})"
    return f"{s.median:.2f}{unit} ({s.low:.2f}–{s.high:.2f})"


def _ms(values: list[float | None]) -> str:
    present = [v for v in values if v is not None]
    return f"{spread(present).median:.1f}" if present else "–"


def _verdict(j: Judged) -> str:
    if j.missing:
        return f"not yet measurable: {j.missing}"
    if j.verdict.met is None:
        return "no data"
    return "**met**" if j.verdict.met else "**missed**"


def _goal_threshold(j: Judged) -> str:
    g = j.goal
    sign = "≤" if g.at_most else "≥"
    unit = " MB" if g.metric == "rss" else "×"
    return f"{sign} {g.threshold:g}{unit}"


def _variant_table(results: Mapping[str, Any], lines: list[str]) -> None:
    for workers, phase in results["phases"].items():
        lines += [
            f"\n### {workers} worker{'s' if workers > 1 else ''}\n",
            "| scenario | variant | req/s median (range) | rows/s median | p50 ms | p99 ms | errors |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for name, variants in phase.items():
            for variant, rounds in variants.items():
                rps = spread([m.rps for m in rounds])
                rows = spread([m.rows_per_s for m in rounds])
                errors = sum(m.errors for m in rounds)
                p99 = _ms([m.p99_ms for m in rounds])
                lines.append(
                    f"| {name} | {variant} | {_fmt_rate(rps)} | {rows.median:,.0f} | "
                    f"{_ms([m.p50_ms for m in rounds])} | {p99} | {errors} |"
                )


def _goal_table(results: Mapping[str, Any], lines: list[str]) -> None:
    phases = results["phases"]
    header = " | ".join(f"{w} worker{'s' if w > 1 else ''}: ratio median (range)" for w in phases)
    lines += [
        f"| scenario | goal | threshold | {header} | verdict |",
        "| --- | --- | --- | " + " | ".join("---" for _ in phases) + " | --- |",
    ]
    for p in results["prepared"]:
        ran = [w for w in phases if w in (p.scenario.workers or (w,))]
        per_phase = [
            evaluate(p.scenario, phases[w].get(p.scenario.name, {}), p.skipped) for w in ran
        ]
        if not per_phase:
            continue
        for i, judged in enumerate(per_phase[0]):
            unit = " MB" if judged.goal.metric == "rss" else "×"
            by_phase = dict(zip(ran, per_phase, strict=True))
            cells = [
                _fmt_ratio(by_phase[w][i].verdict.ratio, unit) if w in by_phase else "not run"
                for w in phases
            ]
            verdicts = [_verdict(js[i]) for js in per_phase]
            verdict = (
                verdicts[0]
                if len(set(verdicts)) == 1
                else ", ".join(f"{w}w {v}" for w, v in zip(ran, verdicts, strict=True))
            )
            lines.append(
                f"| {p.scenario.name} | {judged.goal.text} | {_goal_threshold(judged)} | "
                + " | ".join(cells)
                + f" | {verdict} |"
            )


def _scaling(results: Mapping[str, Any], lines: list[str]) -> None:
    phases = results["phases"]
    if 1 not in phases or 2 not in phases:
        return
    lines += [
        "\n## Scaling: 2 workers / 1 worker (req/s medians)\n",
        "The two phases run one after the other, so this ratio is not interleaved: it carries the "
        "drift of the machine's other load between them. The per-phase goal ratios above do not.\n",
        "| scenario | variant | 1 worker | 2 workers | 2w / 1w |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, variants in phases[1].items():
        for variant, rounds in variants.items():
            other = phases[2].get(name, {}).get(variant)
            if not other or not variant.startswith(("api", "bare")):
                continue
            one, two = spread([m.rps for m in rounds]).median, spread([m.rps for m in other]).median
            lines.append(
                f"| {name} | {variant} | {one:,.0f} | {two:,.0f} | {two / one if one else 0:.2f}× |"
            )


def _profiles(results: Mapping[str, Any], lines: list[str]) -> None:
    profiles = results.get("profiles") or []
    lines.append("\n## Where the time goes (py-spy, 1 worker, on each missed goal)\n")
    if not profiles:
        lines.append(
            "No profile was taken: this run was made without them (`--quick`, `--no-profile`)."
            if not results["config"].profile
            else "No goal of a product variant was missed, so no profile was taken."
        )
        return
    for prof in profiles:
        lines += [
            f"### {prof.scenario} / {prof.variant} — {prof.goal}\n",
            f"{prof.samples} samples (raw stacks: `{Path(prof.raw).name}` in the work folder).\n",
            "By package of the innermost frame: "
            + ", ".join(f"{k} {v:.0%}" for k, v in prof.by_package[:8])
            + ".\n",
            "| frame (`self:` innermost, `in:` Watchfloor code on the stack) | share of samples |",
            "| --- | --- |",
            *(f"| `{k}` | {v:.0%} |" for k, v in prof.top_functions[:12]),
            "",
        ]


def _warning(results: Mapping[str, Any], lines: list[str]) -> None:
    """The warning layer's measurements (``bench/warning.py``)."""
    w = results.get("warning")
    if not w:
        return
    rc, delay, board = w["recompute"], w["alert_delay"], w["board"]["statements"]
    lines += [
        "\n## Warning layer (`bench/warning.py`)\n",
        f"**Recompute vs GROUP BY.** A computed indicator counting `{rc['selection']}` "
        f"({rc['events']['selected']:,} of {rc['events']['total']:,} events): "
        "`computed.service.recompute` of the whole series against the one `GROUP BY` statement "
        f"it sends, executed alone (same SQL, same arguments, same rows); {rc['rounds']} "
        "interleaved rounds after a warm-up, ratios per round, median (range). Goal ≤ 2×.\n",
        "| frequency | periods | GROUP BY ms | recompute, nothing changed | ratio | "
        "recompute writing every figure (rolled back) | ratio |",
        "| --- | ---: | ---: | ---: | --- | ---: | --- |",
    ]
    for frequency in ("monthly", "daily"):
        f = rc[frequency]
        ms = {k: v * 1000 for k, v in f["median_s"].items()}
        lines.append(
            f"| {frequency} | {f['periods']:,} | {ms['group_by']:.1f} | "
            f"{ms['recompute']:.1f} ms | {f['ratio_recompute']:.2f}× "
            f"({f['ratio_recompute_range'][0]:.2f}–{f['ratio_recompute_range'][1]:.2f}) | "
            f"{ms['recompute_writing']:.1f} ms | {f['ratio_writing']:.2f}× "
            f"({f['ratio_writing_range'][0]:.2f}–{f['ratio_writing_range'][1]:.2f}) |"
        )
    lines += [
        "",
        "**Commit → alert delay.** With `POST /v1/import` of event batches back to back and "
        f"{delay['worker']}, {delay['markers']} marker events (their own dataset, a daily "
        "computed indicator of their tag, a threshold rule ≥ 1): from a marker's `POST` answered "
        "to its alert listed by `GET /v1/alerts` (polled every 10 ms). "
        f"p50 **{delay['p50_s']} s**, p99 **{delay['p99_s']} s**, max {delay['max_s']} s; "
        f"{delay['seen']} seen, {delay['missed_after_60s']} not within 60 s; imports meanwhile "
        f"{delay['import_rows_per_s']:,} rows/s ({delay['import_batches']} batches).",
        "",
        "**Board statements.** One `GET /v1/warning-board`, counted on the app's connections: "
        + ", ".join(f"{n} problem(s): {c}" for n, c in board.items())
        + " (authentication with the rate limit, the problems, their open alerts).",
    ]


def _backtests(results: Mapping[str, Any], lines: list[str]) -> None:
    """The backtests' cost against their number of origins (``bench/backtests.py``)."""
    b = results.get("backtests")
    if not b:
        return
    lines += [
        "\n## Backtests: cost against origins (`bench/backtests.py`)\n",
        f"`POST /v1/backtests` in-process (count template, one month ahead) over a monthly "
        f"computed indicator counting `{b['selection']}` ({b['events']['selected']:,} of "
        f"{b['events']['total']:,} events), origins monthly up to {b['last_origin'][:7]}; "
        f"a warm-up run of the smallest size, then {b['rounds']} interleaved rounds, median "
        "(range) of the wall time of each request. Linear fit of time against origins.\n",
        "| model | origins | events in their months | time (range) | per origin "
        "| per origin added (older ones) | statements |",
        "| --- | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for model in ("count-model", "climatology"):
        for r in b[model]["runs"]:
            added = r.get("added_ms_per_origin")
            lines.append(
                f"| {model} | {r['origins']} | {r['events_in_windows']:,} | "
                f"{r['median_s']:.3f} s ({r['range_s'][0]:.3f}–"
                f"{r['range_s'][1]:.3f}) | {r['per_origin_ms']:.2f} ms | "
                + ("–" if added is None else f"{added:.2f} ms")
                + f" | {r['statements']} |"
            )
    lines += [
        "",
        "| model | slope per origin | intercept | R² | per origin, largest / smallest run | "
        "statements per origin | against events in the months: per 1,000, intercept, R² |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for model in ("count-model", "climatology"):
        m = b[model]
        lines.append(
            f"| {model} | {m['slope_ms_per_origin']:.2f} ms | {m['intercept_ms']:.0f} ms | "
            f"{m['r2']:.4f} | {m['per_origin_ratio']:.2f}× | {m['statements_per_origin']:g} | "
            f"{m['by_events']['slope_ms_per_1000']:.2f} ms, {m['by_events']['intercept_ms']:.0f} "
            f"ms, {m['by_events']['r2']:.4f} |"
        )
    lines += [
        "",
        "One origin's history read by a reader without vintages, the statement every origin "
        "sent before `forecasting.reader.Vintages` (`EXPLAIN ANALYZE`):",
        "",
    ]
    for plan in b["plans"]:
        lines.append(f"- origin {plan['origin'][:7]}: {plan['ms']:.1f} ms, "
                     + " → ".join(plan["nodes"]))  # fmt: skip


def _skipped(results: Mapping[str, Any], lines: list[str]) -> None:
    pending = [p for p in results["prepared"] if p.skipped]
    if not pending:
        return
    lines += ["\n## Not yet measurable\n"]
    for p in pending:
        lines.append(
            f"- **{p.scenario.name}** ({p.scenario.title}): "
            + ", ".join(f"`{v}`" for v in p.skipped)
            + f" — {next(iter(p.skipped.values()))}."
        )


def _sql(results: Mapping[str, Any], lines: list[str]) -> None:
    lines.append("\n## The SQL each scenario runs (traced from the product, replayed by pgbench)\n")
    for p in results["prepared"]:
        if p.sql:
            lines.append(f"**{p.scenario.name}**\n\n```sql\n" + ";\n".join(p.sql[:3]) + ";\n```\n")


def _to_json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_to_json(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if callable(value):
        return getattr(value, "__qualname__", repr(value))
    return value


def write_report(results: Mapping[str, Any], command: str) -> tuple[Path, Path]:
    """Write ``RESULTS.md`` and ``results.json`` into the run's output folder."""
    config = results["config"]
    out = Path(config.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = results["data"]
    lines = [
        "# Watchfloor benchmark results",
        "",
        "Every number below is from **one run**; the ratios are what to compare between runs "
        "(absolute numbers on these shared 2-core machines are not). Each scenario ran "
        f"{config.rounds} interleaved rounds of {config.seconds:g} s per variant, the order "
        "rotated each round; ratios are computed within each round, then the median (and range) "
        "of those is shown.",
        "",
        f"Reproduce: `{'make bench-quick' if '--quick' in command else 'make bench'}` (it runs "
        f"`{command}`). This run: started {results['started']}, "
        f"finished {results['finished']}.",
        "",
        "## Machine\n",
        *(f"- {k}: {v}" for k, v in results["machine"].items()),
        "",
        "## Data\n",
        f"- scale `{config.scale.name}`: {config.scale}",
        f"- {data['lines']:,} NDJSON lines ({data['bytes'] / 1e6:,.0f} MB, import format) generated "
        f"in {data['generate_seconds']} s by `bench/generate.py`",
        f"- loaded in {data['load_seconds']} s by the {data['loader']}",
        "- rows: " + ", ".join(f"{t} {n:,}" for t, n in sorted(data["rows"].items())),
        f"- live rows sampled for requests: {results['counts']}; `as_of` = {results['as_of']}",
        "",
        "## Load and references\n",
        f"- Product: `watchfloor serve --workers N` as shipped (INFO request log to a file). "
        f"Load: `wrk -t{wrk.THREADS} -c{wrk.CONNECTIONS} -d{config.seconds:g}s -s <scenario>.lua` "
        "from its own process over loopback; the Lua script walks the scenario's requests "
        "round-robin (64 ids, or the first page and the pages after it by cursor).",
        f"- pgbench: `pgbench -n -M prepared -c {pgbench.CLIENTS} -j 2 -T {config.seconds:g} "
        "-f request000.sql@1 … -D r0s0p1=…` — one script per traced request holding the exact "
        "statements the product sent (asyncpg query logger), arguments bound as parameters.",
        "- bare ASGI: `uvicorn bench.bare:app --workers N` runs the same traced statements on the "
        "service's pool and encodes the same Structs (`watchfloor.registry` render) with msgspec.",
        "- COPY: asyncpg `copy_records_to_table` of an event slice into the same indexed `events` "
        "table (a scratch dataset, emptied after each round); `COPY (live events) TO STDOUT`.",
        "",
        "## Goals\n",
    ]
    _goal_table(results, lines)
    lines.append("\n## All measurements")
    _variant_table(results, lines)
    _scaling(results, lines)
    _profiles(results, lines)
    _warning(results, lines)
    if results.get("webhooks"):
        from bench.webhooks import section

        lines += section(results["webhooks"])
    _backtests(results, lines)
    _skipped(results, lines)
    _sql(results, lines)
    if NOTES.exists():
        # Hand-written: what the profiles say and what would close each gap.
        lines += ["", NOTES.read_text().strip()]
    md = out / "RESULTS.md"
    md.write_text("\n".join(lines) + "\n")
    js = out / "results.json"
    js.write_text(json.dumps(_to_json(dict(results)), indent=1, default=str) + "\n")
    return md, js


def refresh_notes(md: Path) -> None:
    """Replace the analysis at the end of ``md`` with the current ``bench/NOTES.md``.

    The analysis is written after a run, from its profiles; the measured part stays as it was.
    """
    heading = NOTES.read_text().splitlines()[0]
    text = md.read_text()
    measured = text.split("\n" + heading, 1)[0].rstrip()
    md.write_text(measured + "\n\n" + NOTES.read_text().strip() + "\n")
