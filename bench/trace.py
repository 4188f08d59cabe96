"""The SQL an endpoint runs, taken from the code by running it.

The real app answers each request in-process over one connection with an asyncpg query logger
attached; every statement it sends, with its arguments, is recorded. The pgbench reference and
the bare ASGI app replay exactly these statements, so "the same SQL" is never retyped.
"""

import logging
import os
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import msgspec
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.app import create_app
from watchfloor.settings import Settings

__all__ = ("Request", "Statement", "Trace", "Tracer")

Statement = tuple[str, tuple[Any, ...]]


@dataclass(frozen=True)
class Request:
    """One HTTP request of a scenario's mix."""

    path: str
    """Path and query string, e.g. ``/v1/actors?limit=50``."""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Trace:
    """What one request did: its answer and the statements it sent to PostgreSQL."""

    request: Request
    status: int
    body: bytes
    statements: list[Statement]

    def json(self) -> Any:
        return msgspec.json.decode(self.body) if self.body else None

    @property
    def rows(self) -> int:
        """Records in the answer: the length of a list's ``data``, else 1 (0 for no body)."""
        body = self.json()
        if isinstance(body, dict) and isinstance(body.get("data"), list):
            return len(body["data"])
        return 1 if body else 0


class _TracedPool:
    """Stands in for the app's pool: hands out its connections with the query logger on."""

    def __init__(self, pool: asyncpg.Pool, logger: Callable[[Any], None]) -> None:
        self._pool = pool
        self._logger = logger

    @asynccontextmanager
    async def acquire(self, **options: Any) -> AsyncIterator[asyncpg.Connection]:
        async with self._pool.acquire(**options) as conn:
            conn.add_query_logger(self._logger)
            try:
                yield conn  # type: ignore[misc]
            finally:
                conn.remove_query_logger(self._logger)


class Tracer:
    """The app in-process, with its statements recorded per request."""

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self._log: list[Statement] = []
        env = {**os.environ, "DATABASE_URL": dsn, "WATCHFLOOR_POOL_MAX": "1"}
        self.app: Litestar = create_app(Settings.from_env(env))
        self._client: AsyncTestClient[Litestar] | None = None
        for name in ("httpx", "watchfloor"):
            logging.getLogger(name).setLevel(logging.WARNING)

    async def __aenter__(self) -> "Tracer":
        self._client = AsyncTestClient(app=self.app)
        await self._client.__aenter__()
        self._real_pool = self.app.state.pool
        self.app.state.pool = _TracedPool(self._real_pool, self._record)
        return self

    def _record(self, query: Any) -> None:
        self._log.append((query.query, tuple(query.args or ())))

    async def __aexit__(self, *exc: object) -> None:
        self.app.state.pool = self._real_pool
        if self._client is not None:
            await self._client.__aexit__(None, None, None)

    def has_route(self, prefix: str) -> bool:
        """Whether the app serves a path starting with ``prefix`` (the endpoint has landed)."""
        return any(route.path.startswith(prefix) for route in self.app.routes)

    async def get(self, request: Request, warm: bool = True) -> Trace:
        """Answer ``request``; with ``warm`` once before, so no type introspection is traced."""
        assert self._client is not None
        if warm:
            await self._client.get(request.path, headers=request.headers)
        self._log.clear()
        response = await self._client.get(request.path, headers=request.headers)
        return Trace(request, response.status_code, response.content, list(self._log))

    async def get_all(self, requests: Sequence[Request]) -> list[Trace]:
        """Every request traced once, after one warm-up with the first (same statements)."""
        return [await self.get(r, warm=i == 0) for i, r in enumerate(requests)]
