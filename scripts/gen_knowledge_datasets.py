"""Write the data-set series of the built-in knowledge base from the openly licensed files.

    python scripts/gen_knowledge_datasets.py [DATA_DIR] [--check]

``DATA_DIR`` defaults to ``../shared/data`` beside the checkout (each folder there has a
``PROVENANCE.md`` naming its origin and licence). Each series is read by the project's own
format importer, exactly as ``watchfloor import`` reads it, and written as NDJSON in the import
format to ``server/watchfloor/knowledge/datasets/``, so ``make run`` and ``watchfloor seed``
load it through the import pipeline without the shared files. ``--check`` writes nothing and
exits 1 if a committed file differs from what it would write (after an importer changed, say).

Shipped, because their licences allow redistribution with attribution (see ``NOTICE``):

* the nagix/nk-missile-tests tests (``cns_nk_missile_tests/nagix_test.en.json``, Apache-2.0):
  every DPRK missile test from 1984-04-09 to 2026-04-18;
* the six DPRK nuclear tests of Yao et al. 2018 (``nk_nuclear_tests/NKNT.dat``, CC BY-SA 4.0):
  the derived file stays under CC BY-SA 4.0.

Not shipped: the CNS CSV (NTI/CNS terms of use, not verified) and the NRDC tallies (no licence
stated); both remain ``watchfloor import`` on demand.

A series whose importer rejects a line is not written: the knowledge base must load clean.
"""

import argparse
import json
import sys
from pathlib import Path

from watchfloor.formats import read_file

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
TARGET = ROOT / "server" / "watchfloor" / "knowledge" / "datasets"

SERIES = (
    ("nagix-missile-tests.ndjson", "cns", "cns_nk_missile_tests/nagix_test.en.json"),
    ("nknt-nuclear-tests.ndjson", "nk-nuclear", "nk_nuclear_tests/NKNT.dat"),
)
"""Knowledge base file, the format that reads the series, and its file under ``DATA_DIR``."""


def render(data: Path, format_name: str, relative: str) -> str:
    """The NDJSON of one series: one import row per line, in the importer's order."""
    lines = []
    for row in read_file(format_name, data / relative):
        if row.record is None:
            raise SystemExit(f"{relative} line {row.line}: {row.error}")
        lines.append(json.dumps(row.record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for name, format_name, relative in SERIES:
        text = render(args.data, format_name, relative)
        target = TARGET / name
        if args.check:
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                stale.append(name)
            continue
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)} ({text.count(chr(10))} rows)")
    if stale:
        print(
            f"{', '.join(stale)} differ from what the importers make of {args.data}: "
            "run scripts/gen_knowledge_datasets.py and commit the result",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
