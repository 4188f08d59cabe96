"""The committed CAMEO migration is what its script makes of the official GDELT lookups."""

import subprocess
import sys
from pathlib import Path

from tests.shared_data import data_dir

ROOT = Path(__file__).resolve().parents[2]
MIGRATION = ROOT / "migrations" / "0010_cameo_codes.sql"


def test_migration_is_regenerated_from_the_lookups() -> None:
    lookups = data_dir("gdelt_cameo_lookups")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_cameo_codes.py"), str(lookups), "--check"],
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
