"""The ``watchfloor`` command line against a real database."""

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import MIGRATIONS, ROOT


def _run(
    *args: str, database_url: str, migrations: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url}
    if migrations is not None:
        env["WATCHFLOOR_MIGRATIONS_DIR"] = str(migrations)
    return subprocess.run(
        [sys.executable, "-m", "watchfloor.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_db_status_and_upgrade(database_url: str) -> None:
    status = _run("db", "status", database_url=database_url)
    assert status.returncode == 0, status.stderr
    assert "pending: none" in status.stdout
    upgrade = _run("db", "upgrade", database_url=database_url)
    assert upgrade.returncode == 0
    assert "up to date" in upgrade.stdout


def test_db_status_reports_pending_and_edited(database_url: str, tmp_path: Path) -> None:
    for migration in sorted(MIGRATIONS.glob("*.sql")):
        (tmp_path / migration.name).write_text(migration.read_text())
    (tmp_path / "9999_next.sql").write_text("SELECT 1;")
    pending = _run("db", "status", database_url=database_url, migrations=tmp_path)
    assert pending.returncode == 1
    assert "9999_next" in pending.stdout
    (tmp_path / "9999_next.sql").unlink()
    first = sorted(tmp_path.glob("0001_*.sql"))[0]
    first.write_text(first.read_text() + "\n-- edited\n")
    edited = _run("db", "status", database_url=database_url, migrations=tmp_path)
    assert edited.returncode == 2
    assert "changed after it was applied" in edited.stderr


def test_openapi_command_writes_the_committed_document(tmp_path: Path) -> None:
    target = tmp_path / "spec.json"
    result = _run("openapi", str(target), database_url="postgresql://unused/")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == (ROOT / "openapi" / "openapi.json").read_bytes()
