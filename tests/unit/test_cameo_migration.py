"""The committed CAMEO migration is what its script makes of the official GDELT lookups."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOOKUPS = ROOT.parent / "shared" / "data" / "gdelt_cameo_lookups"
MIGRATION = ROOT / "migrations" / "0010_cameo_codes.sql"


@pytest.mark.skipif(not LOOKUPS.is_dir(), reason="the GDELT lookups are not beside this checkout")
def test_migration_is_regenerated_from_the_lookups() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_cameo_codes.py"), str(LOOKUPS), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_106_is_split_from_1056_and_044_is_repaired() -> None:
    sql = MIGRATION.read_text(encoding="utf-8")
    assert "    ('106', 'Demand withdrawal', -5.0),\n" in sql
    assert "    ('1056', 'Demand de-escalation of military engagement', -5.0),\n" in sql
    assert """    ('044', 'Meet at a "third" location', 2.5),\n""" in sql
    assert "Ò" not in sql
