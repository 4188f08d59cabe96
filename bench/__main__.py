"""``python -m bench [--quick]``: run the benchmarks and write the report.

make bench         full data set (1,000,000 events), 1 and 2 workers → bench/RESULTS.md
make bench-quick   small data, short rounds (a smoke run) → bench/data/quick/RESULTS.md
"""

import argparse
import hashlib
import os
import shlex
import shutil
import sys
from pathlib import Path

from bench.generate import FULL, QUICK
from bench.report import machine, write_report
from bench.run import Config, run

HERE = Path(__file__).resolve().parent


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="small data, short rounds")
    p.add_argument("--seconds", type=float, help="length of one measurement")
    p.add_argument("--rounds", type=int, help="interleaved rounds per scenario")
    p.add_argument("--workers", default="1,2", help="worker counts, e.g. 1,2")
    p.add_argument("--only", default="", help="comma-separated scenario names")
    p.add_argument("--events", type=int, help="override the number of events")
    p.add_argument("--out", type=Path, help="folder for RESULTS.md and results.json")
    p.add_argument("--keep-db", action="store_true", help="leave the bench database in place")
    p.add_argument(
        "--refresh-notes", action="store_true", help="only re-append bench/NOTES.md to RESULTS.md"
    )
    p.add_argument("--reuse-db", action="store_true", help="reuse a kept bench database")
    p.add_argument(
        "--outage", type=float, help="webhooks: seconds the receiver is down (600: real time)"
    )
    p.add_argument("--no-profile", action="store_true", help="skip py-spy (--quick never profiles)")
    return p


def _database_name(quick: bool) -> str:
    """One bench database per checkout and mode: two runs from two checkouts never collide."""
    checkout = hashlib.sha256(str(HERE).encode()).hexdigest()[:8]
    return f"watchfloor_bench_{'quick' if quick else 'full'}_{checkout}"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.refresh_notes:
        from bench.report import refresh_notes

        refresh_notes((args.out or HERE) / "RESULTS.md")
        return 0
    for tool in ("wrk", "pgbench", "psql"):
        if shutil.which(tool) is None:
            print(f"bench: `{tool}` is missing; `make bench` installs it", file=sys.stderr)
            return 2
    scale = QUICK if args.quick else FULL
    if args.events:
        from dataclasses import replace

        scale = replace(scale, name=f"{scale.name}-{args.events}", events=args.events)
    work = HERE / "data" / ("quick" if args.quick else "full")
    admin = os.environ.get("DATABASE_URL") or "postgresql://postgres@127.0.0.1:5432/postgres"
    config = Config(
        scale=scale,
        admin_dsn=admin,
        out_dir=args.out or (work if args.quick else HERE),
        work_dir=work,
        seconds=args.seconds or (1.0 if args.quick else 3.0),
        rounds=args.rounds or (1 if args.quick else 3),
        workers=tuple(int(w) for w in args.workers.split(",")),
        only=tuple(s for s in args.only.split(",") if s),
        keep_db=args.keep_db,
        reuse_db=args.reuse_db,
        profile=not (args.no_profile or args.quick),
        ingest_rows=2_000 if args.quick else 20_000,
        large_bytes=(16 << 20) if args.quick else (1 << 30),
        mix=16 if args.quick else 64,
        database=_database_name(args.quick),
        webhook_outage=args.outage,
    )
    command = ".venv/bin/python -m bench " + shlex.join(argv if argv is not None else sys.argv[1:])
    facts = machine(admin)

    def report(results: dict[str, object]) -> None:
        results["machine"] = facts
        md, js = write_report(results, command.strip())
        print(f"wrote {md} and {js}")

    run(config, report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
