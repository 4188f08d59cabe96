"""The ``watchfloor`` command line against a real database."""

import json
import os
import pty
import re
import select
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


def _sources(path: Path, count: int) -> Path:
    """``count`` sources and one line that is not JSON (rejected) as NDJSON."""
    lines = [
        json.dumps(
            {
                "resource": "source",
                "external_id": f"{path.stem}:{n}",
                "title": f"Feed {n}",
                "publisher": "CLI test",
                "reliability": "C",
            }
        )
        for n in range(count)
    ]
    lines.insert(count // 2, "{not json")
    path.write_text("\n".join(lines) + "\n")
    return path


def test_import_without_a_terminal_prints_the_report_alone(
    database_url: str, tmp_path: Path
) -> None:
    """Piped (no TTY): no progress line, nothing on stderr; ``--json`` is one JSON document."""
    source = _sources(tmp_path / "sources.ndjson", 20)
    plain = _run("import", "ndjson", str(source), database_url=database_url)
    assert plain.returncode == 0, plain.stderr
    assert plain.stderr == ""
    assert "\x1b" not in plain.stdout
    assert plain.stdout.splitlines()[1].startswith("read 21: created 20,")
    as_json = _run("import", "ndjson", str(source), "--json", database_url=database_url)
    assert as_json.returncode == 0, as_json.stderr
    assert as_json.stderr == ""
    report = json.loads(as_json.stdout)
    assert (report["unchanged"], report["rejected"]) == (20, 1)


def _on_a_terminal(*args: str, database_url: str) -> tuple[int, str]:
    """Run the command with a pseudo-terminal as its stdin, stdout and stderr: what it shows."""
    leader, follower = pty.openpty()
    env = {**os.environ, "DATABASE_URL": database_url, "COLUMNS": "160", "TERM": "xterm"}
    process = subprocess.Popen(
        [sys.executable, "-m", "watchfloor.cli", *args],
        env=env,
        stdin=follower,
        stdout=follower,
        stderr=follower,
        close_fds=True,
    )
    os.close(follower)
    shown = bytearray()
    while True:
        ready, _, _ = select.select([leader], [], [], 120)
        if not ready:
            process.kill()
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the command ended and closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return process.wait(timeout=60), shown.decode(errors="replace")


def test_import_on_a_terminal_shows_a_progress_line(database_url: str, tmp_path: Path) -> None:
    source = _sources(tmp_path / "feeds.ndjson", 1200)  # three batches
    code, shown = _on_a_terminal("import", "ndjson", str(source), database_url=database_url)
    assert code == 0, shown
    size = source.stat().st_size
    progress = [line for line in re.split(r"[\r\n]", shown) if "feeds.ndjson" in line]
    # The last state drawn: the whole file, every line, the one rejected, nothing left to wait.
    last = progress[-2] if "dataset" in progress[-1] else progress[-1]
    assert "1,201 lines" in last, shown
    assert "1 rejected" in last, shown
    assert f"{size / 1000:.1f}/{size / 1000:.1f} kB" in last, shown
    assert "0:00:00" in last, shown
    # The report follows, as without a terminal.
    assert "read 1201: created 1200, updated 0, unchanged 0, matched 0, rejected 1" in shown
