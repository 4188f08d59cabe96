"""The servers under load, each in its own process group, started and stopped by the harness."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

__all__ = ("Server", "free_port", "rss_mb")

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    kids = [int(p) for p in text.split()]
    return kids + [g for k in kids for g in _children(k)]


def rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its descendants, in MB."""
    total = 0
    for p in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


class Server:
    """One HTTP server process (the product or the bare app) on a free loopback port."""

    def __init__(self, name: str, command: list[str], env: dict[str, str], log: Path) -> None:
        self.name = name
        self.port = free_port()
        self.command = [part.replace("{port}", str(self.port)) for part in command]
        self.env = {**os.environ, **env}
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @classmethod
    def product(cls, workers: int, dsn: str, log: Path) -> "Server":
        """``watchfloor serve --workers N``, configured as shipped."""
        return cls(
            f"api-{workers}w",
            [str(BIN / "watchfloor"), "serve", "--port", "{port}", "--workers", str(workers)],
            {"DATABASE_URL": dsn},
            log,
        )

    @classmethod
    def bare(cls, workers: int, dsn: str, plan: Path, log: Path) -> "Server":
        """The bare ASGI reference under uvicorn with the same worker count."""
        return cls(
            f"bare-{workers}w",
            [
                str(BIN / "uvicorn"),
                "bench.bare:app",
                "--port",
                "{port}",
                "--workers",
                str(workers),
                "--log-level",
                "warning",
                "--no-access-log",
            ],
            {"DATABASE_URL": dsn, "BENCH_BARE_PLAN": str(plan), "PYTHONPATH": str(ROOT)},
            log,
        )

    def start(self, probe: str = "/healthz", timeout: float = 60) -> "Server":
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                self.command,
                env=self.env,
                cwd=ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited; see {self.log}")
            try:
                with urllib.request.urlopen(self.url + probe, timeout=2):
                    return self
            except urllib.error.HTTPError:
                return self  # it answers: up
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer within {timeout}s; see {self.log}")

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def stop(self) -> None:
        """Stop this server's own process group (the uvicorn supervisor and its workers)."""
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
