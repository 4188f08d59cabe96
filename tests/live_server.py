"""``watchfloor serve`` as a process of the test's own, on a free loopback port.

For what only real sockets show: a client that sends its body slowly or stops reading, a
database restarted under the server. The server migrates its database itself, as in
production; the test gives the environment (``WATCHFLOOR_*`` settings).
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

import httpx

from tests.scratch_postgres import free_port

__all__ = ("LiveServer",)


class LiveServer:
    """A ``watchfloor serve`` process on ``127.0.0.1:<free port>``, stopped on exit."""

    def __init__(self, database_url: str, *args: str, **settings: str) -> None:
        """``args``: more of ``watchfloor serve``'s options (``--workers``, ``2``)."""
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self._log = Path(tempfile.mkstemp(prefix="wf-serve-", suffix=".log")[1])
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "WATCHFLOOR_PORT": str(self.port),
            "WATCHFLOOR_LOG_LEVEL": "WARNING",
            **settings,
        }
        self.args = args
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60) -> "LiveServer":
        with self._log.open("ab") as out:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "watchfloor.cli", "serve", "--no-seed", *self.args],
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise AssertionError(f"server exited ({self._proc.returncode}):\n{self.log()}")
            try:
                if httpx.get(f"{self.base}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        # Not started in time: stopped here, since no ``with`` block will stop it.
        self.stop()
        raise AssertionError(f"server did not start:\n{self.log()}")

    def log(self) -> str:
        return self._log.read_text(errors="replace")

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()

    def __enter__(self) -> "LiveServer":
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
        self._log.unlink(missing_ok=True)
