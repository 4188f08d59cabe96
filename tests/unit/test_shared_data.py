"""A test that cannot find the shared material says so: a skip counted at the end, or with
``CI=true`` a failure. Run on a tiny test file in a pytest of its own, with the folders pointed
at paths that do not exist."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_NEEDY = """
from tests.shared_data import data_dir, data_file, seeds_dir


def test_reads_a_data_file() -> None:
    data_file("gdelt_v1_events_sample/events.csv")


def test_reads_a_data_folder() -> None:
    data_dir("gdelt_cameo_lookups")


def test_reads_the_seeds() -> None:
    seeds_dir()


def test_needs_nothing() -> None:
    pass
"""


def _run(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_needy.py").write_text(_NEEDY)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "WATCHFLOOR_SHARED_DATA": str(tmp_path / "no-data"),
        "WATCHFLOOR_SHARED_SEEDS": str(tmp_path / "no-seeds"),
    }
    env.pop("CI", None)
    if ci is not None:
        env["CI"] = ci
    # The hook lives in tests/conftest.py, which a file outside tests/ does not see: load it.
    command = [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-p", "no:cacheprovider"]
    return subprocess.run(
        [*command, "-q", "test_needy.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("ci", [None, "false"])
def test_outside_ci_missing_material_skips_and_the_summary_counts_it(
    tmp_path: Path, ci: str | None
) -> None:
    result = _run(tmp_path, ci)
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "1 passed, 3 skipped" in out
    assert f"2 tests skipped: the real data sets in {tmp_path / 'no-data'} are absent (" in out
    assert f"1 test skipped: the seed documents in {tmp_path / 'no-seeds'} are absent (" in out
    assert "set WATCHFLOOR_SHARED_DATA to a copy" in out
    assert "PROVENANCE.md" in out


def test_in_ci_missing_material_fails(tmp_path: Path) -> None:
    result = _run(tmp_path, "true")
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "3 failed, 1 passed" in out
    assert "skipped" not in out
    assert f"[shared material absent: data] {tmp_path / 'no-data'}" in out
    assert f"2 tests failed: the real data sets in {tmp_path / 'no-data'} are absent (" in out
    assert f"1 test failed: the seed documents in {tmp_path / 'no-seeds'} are absent (" in out


def test_the_default_folders_are_beside_the_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.shared_data import DATA, SEEDS

    monkeypatch.delenv(DATA.env, raising=False)
    monkeypatch.delenv(SEEDS.env, raising=False)
    assert DATA.path == ROOT.parent / "shared" / "data"
    assert SEEDS.path == ROOT.parent / "shared" / "seeds"
    assert DATA.shown() == str(Path("..", "shared", "data"))
