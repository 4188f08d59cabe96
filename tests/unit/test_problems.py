"""The one table of problem types, and what a database error becomes over HTTP and in an import."""

import logging
from typing import Any

import asyncpg
import pytest
from asyncpg import exceptions as pg
from litestar import Litestar, get
from litestar.testing import AsyncTestClient
from watchfloor import errors
from watchfloor.http.problems import exception_handlers
from watchfloor.persistence.dberrors import database_error, is_data_error


async def _served(exc: Exception) -> tuple[int, dict[str, Any]]:
    """The status and problem body an app with our handlers answers when ``exc`` is raised."""

    @get("/boom", sync_to_thread=False)
    def boom() -> None:
        raise exc

    app = Litestar([boom], exception_handlers=exception_handlers)
    async with AsyncTestClient(app=app) as client:
        response = await client.get("/boom")
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    return response.status_code, body


class _OurUniqueViolation(pg.UniqueViolationError):
    """A subclass asyncpg does not know: found by walking the MRO."""


@pytest.mark.parametrize(
    ("exc", "status", "data_error"),
    [
        (pg.UniqueViolationError("x"), 409, True),
        (_OurUniqueViolation("x"), 409, True),
        (pg.ForeignKeyViolationError("x"), 422, True),
        (pg.InvalidTextRepresentationError("x"), 400, True),
        (pg.NumericValueOutOfRangeError("x"), 400, True),
        (pg.SerializationError("x"), 409, False),
        (pg.QueryCanceledError("x"), 503, False),
        (pg.ProgramLimitExceededError("x"), 400, False),
        # Unmapped: the server's fault. Class 22 and 23 are still the row's fault in an import.
        (pg.TooManyColumnsError("x"), 500, False),
        (pg.DivisionByZeroError("x"), 500, True),
        (pg.ExclusionViolationError("x"), 500, True),
        (pg.UndefinedTableError("x"), 500, False),
        (pg.UnknownPostgresError("x"), 500, False),
        (asyncpg.PostgresError("x"), 500, False),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, Exception) else None,
)
async def test_database_errors_map_by_class(
    exc: asyncpg.PostgresError, status: int, data_error: bool, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.CRITICAL, logger="watchfloor.problems"):
        served, body = await _served(exc)
    assert (served, body["status"]) == (status, status)
    assert (database_error(exc) is None) == (status == 500)
    assert is_data_error(exc) is data_error


async def test_a_unique_violation_names_its_constraint() -> None:
    exc = pg.UniqueViolationError("duplicate key")
    exc.constraint_name = "actors_dataset_external_id_key"
    status, body = await _served(exc)
    assert (status, body["type"], body["title"]) == (
        409,
        "https://watchfloor.dev/problems/conflict",
        "Conflict",
    )
    assert body["detail"] == (
        "The record collides with an existing one (a unique key is taken). "
        "(actors_dataset_external_id_key)"
    )


def test_the_driver_refusing_a_value_is_a_data_error() -> None:
    """``asyncpg.DataError`` is PostgreSQL's class 22, not the InterfaceError of the same name."""
    assert asyncpg.DataError is pg.DataError
    assert issubclass(asyncpg.DataError, asyncpg.PostgresError)
    assert not issubclass(asyncpg.DataError, asyncpg.InterfaceError)
    assert is_data_error(asyncpg.DataError("invalid input for query argument $1"))


PROBLEMS = {
    errors.WatchfloorError: (500, "internal-error", "Internal server error"),
    errors.BadRequest: (400, "bad-request", "Bad request"),
    errors.InvalidCursor: (400, "invalid-cursor", "Invalid cursor"),
    errors.Unauthorized: (401, "unauthorized", "Unauthorized"),
    errors.Forbidden: (403, "forbidden", "Forbidden"),
    errors.NotFound: (404, "not-found", "Not found"),
    errors.RequestTimeout: (408, "request-timeout", "Request timeout"),
    errors.Conflict: (409, "conflict", "Conflict"),
    errors.CursorExpired: (410, "cursor-expired", "Cursor expired"),
    errors.PreconditionFailed: (412, "precondition-failed", "Precondition failed"),
    errors.VersionMismatch: (412, "precondition-failed", "Precondition failed"),
    errors.Unprocessable: (422, "unprocessable", "Unprocessable content"),
    errors.IdempotencyKeyReused: (
        422,
        "idempotency-key-reused",
        "Idempotency key reused with another request",
    ),
    errors.RateLimited: (429, "rate-limited", "Too many requests"),
    errors.ServiceUnavailable: (503, "service-unavailable", "Service unavailable"),
}


@pytest.mark.parametrize("error", list(PROBLEMS), ids=lambda e: e.__name__)
async def test_each_error_is_served_as_its_problem_type(
    error: type[errors.WatchfloorError],
) -> None:
    status, slug, title = PROBLEMS[error]
    raised = (
        errors.VersionMismatch(3, '"2"')
        if error is errors.VersionMismatch
        else error("what went wrong")
    )
    served, body = await _served(raised)
    assert (served, body["type"], body["title"]) == (
        status,
        f"https://watchfloor.dev/problems/{slug}",
        title,
    )


def test_every_error_class_is_pinned() -> None:
    everything = {
        value
        for value in vars(errors).values()
        if isinstance(value, type) and issubclass(value, errors.WatchfloorError)
    }
    assert everything == set(PROBLEMS)
