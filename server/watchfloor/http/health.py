"""``/healthz`` (the process answers) and ``/readyz`` (the database answers, schema current).

Neither waits in the pool's queue: ``/healthz`` never touches the database, and ``/readyz``
answers 503 at once when every connection is held (the worker could not serve a request now),
so a load balancer sends traffic elsewhere while it is saturated.

``/readyz`` also reports the lag of every worker handler (``docs/worker.md``), read in the same
round trip. Lag never makes it fail: readiness says whether this server can answer requests,
and it can however far behind the worker is (the worker is another process; its figures are
older, never wrong). Alerting on lag is for ``/metrics``. With read replicas it lists each
one's state (``in``/``out``) and lag as the last check found them (no statement of its own);
a replica out never makes it fail.
"""

from typing import Any

import asyncpg
import msgspec
from litestar import Request, get

from watchfloor.errors import ServiceUnavailable
from watchfloor.http.problems import problem_responses
from watchfloor.migrate import MigrationError, load_migrations
from watchfloor.persistence.replicas import Replicas, format_lsn
from watchfloor.wire import Timestamp
from watchfloor.worker.handlers import HANDLERS
from watchfloor.worker.positions import Lag, lag

__all__ = ("Health", "ReplicaHealth", "WorkerLag", "healthz", "readyz")


class WorkerLag(msgspec.Struct, kw_only=True):
    """How far one worker handler is from the end of the change feed."""

    handler: str
    behind: int
    """Changes in the feed after its position; 0 when it has handled everything."""
    lag_seconds: float
    """Age of the oldest change it has not handled yet, in seconds; 0 when none."""
    processed: int
    """Changes it has handled since its position was created."""
    last_step_at: Timestamp | None
    """Its last step that moved it; ``null`` for a registered handler that has not run yet."""


class ReplicaHealth(msgspec.Struct, kw_only=True):
    """One read replica as this server's last check found it (``docs/operations.md``)."""

    name: str
    """``replica-<n>``: its place in ``WATCHFLOOR_REPLICA_URLS``, as ``Watchfloor-Served-By`` says."""
    state: str
    """``in`` (it serves reads) or ``out`` (the primary serves them instead)."""
    detail: str | None
    """Why it is out; ``null`` while in."""
    replay_lsn: str | None
    """The WAL position it had replayed at the last check."""
    lag_bytes: int | None
    """WAL bytes it trails the primary by; ``null`` when unknown."""
    lag_seconds: float | None
    """Age of the last transaction it replayed while WAL waits to be replayed (0: caught up)."""


def replica_health(replicas: Replicas | None) -> list[ReplicaHealth] | None:
    if replicas is None:
        return None
    return [
        ReplicaHealth(
            name=r.name,
            state="in" if r.up else "out",
            detail=r.detail,
            replay_lsn=None if r.replay_lsn is None else format_lsn(r.replay_lsn),
            lag_bytes=r.lag_bytes,
            lag_seconds=r.lag_seconds,
        )
        for r in replicas.replicas
    ]


class Health(msgspec.Struct, kw_only=True):
    """Liveness or readiness."""

    status: str
    """``ok`` or ``unavailable``."""
    detail: str | None = None
    schema_version: int | None = None
    worker: list[WorkerLag] | None = None
    """Readiness only: every worker handler's lag (the registered ones and any other that
    has a position). Informative: lag never makes readiness fail."""
    replicas: list[ReplicaHealth] | None = None
    """Readiness only, with read replicas: each one's state and lag. A replica out never makes
    readiness fail: the primary serves its reads."""


def worker_lag(rows: list[Lag]) -> list[WorkerLag]:
    return [
        WorkerLag(
            handler=r.handler,
            behind=r.behind,
            lag_seconds=r.seconds,
            processed=r.processed,
            last_step_at=r.updated_at,
        )
        for r in rows
    ]


_LATEST = "SELECT coalesce(max(version), 0) FROM schema_migrations"
_READY_WAIT = 1.0
"""Seconds readiness waits for a connection: longer, and a probe times out instead."""


@get("/healthz", operation_id="getHealth", tags=["operations"], summary="Liveness")
async def healthz() -> Health:
    """The process is up. Says nothing about the database."""
    return Health(status="ok")


@get(
    "/readyz",
    operation_id="getReadiness",
    tags=["operations"],
    summary="Readiness",
    responses=problem_responses(503),
)
async def readyz(request: Request[Any, Any, Any]) -> Health:
    """The database answers and every migration is applied: safe to send traffic here.

    The body also lists each worker handler's lag (`worker`): how many changes of the feed it
    has not handled and the age of the oldest. Lag never makes this fail: the API answers
    correctly however far behind the worker is.
    """
    settings = request.app.state.settings
    pool = request.app.state.pool
    if pool.exhausted:
        raise _not_ready(f"all {pool.size} database connections are in use", retry_after=1)
    try:
        expected = max((m.version for m in load_migrations(settings.migrations_dir)), default=0)
        async with pool.acquire(wait=_READY_WAIT) as conn:
            applied = await conn.fetchval(_LATEST)
            behind = await lag(conn, [h.name for h in HANDLERS]) if applied == expected else []
    except MigrationError as exc:
        raise _not_ready(str(exc)) from exc
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
        raise _not_ready(f"database not reachable ({type(exc).__name__})") from exc
    if applied != expected:
        raise _not_ready(f"schema at {applied}, migrations go to {expected}")
    return Health(
        status="ok",
        schema_version=applied,
        worker=worker_lag(behind),
        replicas=replica_health(request.app.state.replicas),
    )


def _not_ready(detail: str, retry_after: int = 5) -> ServiceUnavailable:
    return ServiceUnavailable(f"Not ready: {detail}", headers={"Retry-After": str(retry_after)})
