"""Command line of the generator; see the package docstring."""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sdk.codegen.breaking import breaking_changes
from sdk.codegen.render import PACKAGE, ROOT, differences, generate, write

SPEC = ROOT / "openapi" / "openapi.json"
FLOOR = ROOT / "openapi" / "baseline.json"


def _load(path: Path) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(path.read_text())
    return spec


def _breaking(old: Path, new: Path) -> int:
    changes = breaking_changes(_load(old), _load(new))
    if not changes:
        print(f"no breaking change from {old} to {new}")
        return 0
    print(f"Breaking changes to /v1 from {old} to {new}:")
    print("\n".join(f"  {c}" for c in changes))
    print(
        "Within /v1 only additive changes are allowed: restore what clients rely on. If the "
        "break is deliberate and agreed, run 'make spec-baseline' and commit openapi/baseline.json."
    )
    return 1


def main(argv: list[str] | None = None) -> int:
    """Run one command; the exit status says whether it passed."""
    parser = argparse.ArgumentParser(prog="python -m sdk.codegen")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("generate", "write the generated modules of watchfloor_sdk"),
        ("check", "fail if the committed SDK differs from a fresh generation"),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("--spec", type=Path, default=SPEC)
        command.add_argument(
            "--floor", type=Path, default=FLOOR, help="the oldest spec the SDK must still read"
        )
        command.add_argument("--package", type=Path, default=PACKAGE)
    breaking = commands.add_parser("breaking", help="fail on a breaking change of /v1")
    breaking.add_argument("old", type=Path)
    breaking.add_argument("new", type=Path)
    args = parser.parse_args(argv)

    if args.command == "breaking":
        return _breaking(args.old, args.new)
    files = generate(_load(args.spec), _load(args.floor) if args.floor.exists() else None)
    if args.command == "generate":
        changed = write(files, args.package)
        print("\n".join(changed) if changed else "the SDK was already up to date")
        return 0
    problems = differences(files, args.package)
    if problems:
        print(f"The SDK differs from {args.spec.name}: run 'make sdk' and commit the result.")
        print("\n".join(f"  {p}" for p in problems))
        return 1
    print(f"the SDK matches {args.spec.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
