"""``/healthz`` (the process answers) and ``/readyz`` (the database answers, schema current)."""

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
    try:
        expected = max((m.version for m in load_migrations(settings.migrations_dir)), default=0)
        async with request.app.state.pool.acquire() as conn:
            applied = await conn.fetchval(_LATEST)
    except MigrationError as exc:
        raise _not_ready(str(exc)) from exc
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
        raise _not_ready(f"database not reachable ({type(exc).__name__})") from exc
    if applied != expected:
        raise _not_ready(f"schema at {applied}, migrations go to {expected}")
    return Health(status="ok", schema_version=applied)


def _not_ready(detail: str) -> ServiceUnavailable:
    return ServiceUnavailable(f"Not ready: {detail}", headers={"Retry-After": "5"})
