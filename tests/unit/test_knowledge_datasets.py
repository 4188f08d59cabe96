"""The data-set series of the built-in knowledge base: regenerable, licensed, complete.

The series are what the project's own importers make of the openly licensed files in
``../shared/data`` (``scripts/gen_knowledge_datasets.py``); ``make run`` loads them without
those files. Counts checked by hand (``PROVENANCE.md`` of each folder):

    python3 -c "import json; print(sum(len(b['data']) for b in
        json.load(open('nagix_test.en.json'))['timeBins']))"      → 339 missile tests
    grep -vc '^#' NKNT.dat                                        → 6 nuclear tests
"""

import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import msgspec
from watchfloor.knowledge import dataset_files

from tests.shared_data import DATA, data_dir

ROOT = Path(__file__).resolve().parents[2]
SHIPPABLE = {"Apache-2.0", "CC-BY-SA-4.0"}
"""Licences that allow shipping derived facts with attribution (NOTICE names each series)."""


def _rows(name: str) -> list[dict[str, Any]]:
    file = next(f for f in dataset_files() if f.name == name)
    return [msgspec.json.decode(line) for line in file.read_text(encoding="utf-8").splitlines()]


def test_series_are_what_the_importers_make_of_the_shared_files() -> None:
    data_dir("cns_nk_missile_tests")
    data_dir("nk_nuclear_tests")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "gen_knowledge_datasets.py"),
            str(DATA.path),
            "--check",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_missile_and_nuclear_test_history() -> None:
    missiles = _rows("nagix-missile-tests.ndjson")
    nuclear = _rows("nknt-nuclear-tests.ndjson")
    assert Counter(r["resource"] for r in missiles)["event"] == 339
    assert Counter(r["resource"] for r in nuclear)["event"] == 6
    dates = sorted(r["occurred"]["start"] for r in missiles if r["resource"] == "event")
    assert (dates[0], dates[-1]) == ("1984-04-09", "2026-04-18")
    assert {r["name"] for r in missiles if r["resource"] == "weapon"} >= {"Hwasong-15"}


def test_each_series_names_its_licence_and_the_notice_attributes_it() -> None:
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    for file in dataset_files():
        sources = [r for r in _rows(file.name) if r["resource"] == "source"]
        assert len(sources) == 1, file.name
        assert sources[0]["license"] in SHIPPABLE, file.name
        assert sources[0]["url"] and sources[0]["publisher"], file.name
        assert f"server/watchfloor/knowledge/datasets/{file.name}" in notice, file.name
