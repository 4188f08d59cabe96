"""``/healthz`` (the process answers) and ``/readyz`` (the database answers, schema current).

Neither waits in the pool's queue: ``/healthz`` never touches the database, and ``/readyz``
answers 503 at once when every connection is held (the worker could not serve a request now),
so a load balancer sends traffic elsewhere while it is saturated.
"""

from typing import Any

import asyncpg
import msgspec
from litestar import Request, get

from watchfloor.errors import ServiceUnavailable
from watchfloor.http.problems import problem_responses
from watchfloor.migrate import MigrationError, load_migrations

__all__ = ("Health", "healthz", "readyz")


class Health(msgspec.Struct, kw_only=True):
    """Liveness or readiness."""

    status: str
    """``ok`` or ``unavailable``."""
    detail: str | None = None
    schema_version: int | None = None


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
    """The database answers and every migration is applied: safe to send traffic here."""
    settings = request.app.state.settings
    pool = request.app.state.pool
    if pool.exhausted:
        raise _not_ready(f"all {pool.size} database connections are in use", retry_after=1)
    try:
        expected = max((m.version for m in load_migrations(settings.migrations_dir)), default=0)
        async with pool.acquire(wait=_READY_WAIT) as conn:
            applied = await conn.fetchval(_LATEST)
    except MigrationError as exc:
        raise _not_ready(str(exc)) from exc
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
        raise _not_ready(f"database not reachable ({type(exc).__name__})") from exc
    if applied != expected:
        raise _not_ready(f"schema at {applied}, migrations go to {expected}")
    return Health(status="ok", schema_version=applied)


def _not_ready(detail: str, retry_after: int = 5) -> ServiceUnavailable:
    return ServiceUnavailable(f"Not ready: {detail}", headers={"Retry-After": str(retry_after)})
