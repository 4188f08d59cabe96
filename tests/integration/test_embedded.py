"""The newcomer's path: no DATABASE_URL, `watchfloor serve` brings up an embedded PostgreSQL.

Start, migrate, serve, write, stop with SIGINT (the database stops too), start again and find
the data. This is what `make run` does.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.scratch_postgres import free_port

pytestmark = pytest.mark.slow


def _env(data_dir: Path, port: int) -> dict[str, str]:
    # As `make run` does: a developer server with anonymous reads of live turned on.
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        WATCHFLOOR_DATA_DIR=str(data_dir),
        WATCHFLOOR_PORT=str(port),
        WATCHFLOOR_LOG_LEVEL="WARNING",
        WATCHFLOOR_ANONYMOUS_READS="true",
    )
    return env


def _writer_key(data_dir: Path, port: int) -> str:
    """A key made with the CLI, which joins the running embedded server."""
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "watchfloor.cli",
            "keys",
            "create",
            "--name",
            "t",
            "--scope",
            "write",
        ],
        env=_env(data_dir, port),
        capture_output=True,
        text=True,
        check=True,
    )
    return next(line.split()[1] for line in made.stdout.splitlines() if line.startswith("secret:"))


def _start(data_dir: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = _env(data_dir, port)
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "watchfloor.cli", "serve"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def _wait_ready(base: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited early ({proc.returncode}):\n{log.read_text()}")
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise AssertionError("server did not become ready")


def _stop(proc: subprocess.Popen[bytes]) -> int:
    proc.send_signal(signal.SIGINT)
    return proc.wait(timeout=60)


def _postmaster_running(pgdata: Path) -> bool:
    pid_file = pgdata / "postmaster.pid"
    if not pid_file.exists():
        return False
    pid = int(pid_file.read_text().split()[0])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _the_knowledge_base_is_there(base: str) -> None:
    """An empty database got the built-in knowledge base: the analysts' quotes, the trade series."""
    query = {"q": '"changing dynamics of international relations"'}
    found = httpx.get(f"{base}/v1/statements", params=query).json()["data"]
    assert len(found) == 1, "the analysts' quotes are searchable"
    speaker = httpx.get(f"{base}/v1/actors/{found[0]['speaker_id']}").json()
    assert speaker["name"] == "Richard Weitz"
    assert found[0]["citations"] and found[0]["grade"]
    trade = httpx.get(f"{base}/v1/indicators", params={"name": "bilateral trade"}).json()["data"]
    series = next(i for i in trade if i["name"] == "China–Russia bilateral trade")
    observations = httpx.get(f"{base}/v1/indicators/{series['id']}/observations").json()["data"]
    figure = next(o for o in observations if o["period_start"].startswith("2024"))
    assert figure["citations"][0]["source_id"].startswith("src_")
    assert figure["grade"]


def test_serve_on_embedded_postgres_then_restart_keeps_data(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    data_dir = tmp_path / "wf"
    log = tmp_path / "serve.log"

    first = _start(data_dir, port, log)
    try:
        _wait_ready(base, first, log)
        listed = httpx.get(f"{base}/v1/actors").json()
        assert set(listed) >= {"data", "has_more", "next_cursor"}
        _the_knowledge_base_is_there(base)
        secret = _writer_key(data_dir, port)
        created = httpx.post(
            f"{base}/v1/actors",
            json={"kind": "state", "name": "Republic of Korea"},
            headers={"Authorization": f"Bearer {secret}"},
        )
        assert created.status_code == 201
        actor_id = created.json()["id"]
    finally:
        code = _stop(first)
    assert code == 0
    assert not _postmaster_running(data_dir / "pgdata"), "Ctrl-C stops the embedded database too"

    second = _start(data_dir, port, log)
    try:
        _wait_ready(base, second, log)
        again = httpx.get(f"{base}/v1/actors/{actor_id}")
        assert again.status_code == 200
        assert again.json()["name"] == "Republic of Korea"
    finally:
        assert _stop(second) == 0
