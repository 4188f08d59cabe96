"""``X-Should-Retry``: whether the same request may succeed if sent again, by what went wrong."""

import logging

import pytest
from asyncpg import exceptions as pg
from litestar import Litestar, get
from litestar.testing import AsyncTestClient
from watchfloor import errors
from watchfloor.app import create_app
from watchfloor.http.openapi import spec_of
from watchfloor.http.problems import RETRY_HINT_HEADER, exception_handlers
from watchfloor.settings import Settings


async def _hint(exc: Exception) -> str | None:
    @get("/boom", sync_to_thread=False)
    def boom() -> None:
        raise exc

    app = Litestar([boom], exception_handlers=exception_handlers)
    async with AsyncTestClient(app=app) as client:
        response = await client.get("/boom")
    hint: str | None = response.headers.get(RETRY_HINT_HEADER)
    return hint


@pytest.mark.parametrize(
    ("exc", "hint"),
    [
        (pg.SerializationError("x"), "true"),  # 409: the other transaction ends, this one passes
        (pg.DeadlockDetectedError("x"), "true"),
        (pg.UniqueViolationError("x"), "false"),  # 409 too, but the key stays taken
        (errors.Conflict("an import with this key is running"), "false"),
        (errors.RateLimited("slow down", headers={"Retry-After": "3"}), "true"),
        (errors.NotFound("no such record"), "false"),
        (errors.VersionMismatch(3, '"2"'), "false"),
        (pg.QueryCanceledError("x"), "true"),  # 503
        (ConnectionRefusedError(), "true"),  # the database out of reach: 503
        (RuntimeError("a bug"), None),  # an unexpected 500: the server cannot tell
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, Exception) else None,
)
async def test_the_hint_follows_the_cause(
    exc: Exception, hint: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.CRITICAL):
        assert await _hint(exc) == hint


def test_every_problem_answer_documents_the_hint() -> None:
    spec = spec_of(create_app(Settings(database_url="postgresql://unused/none")))
    problems = [
        response
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        for response in operation.get("responses", {}).values()
        if "application/problem+json" in response.get("content", {})
    ]
    assert len(problems) > 100
    assert all(RETRY_HINT_HEADER in r["headers"] for r in problems)
