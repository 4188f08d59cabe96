"""What the database said, in words: PostgreSQL errors a request or an import row can cause.

One table below both the HTTP layer (``problems.py`` answers with the status and detail) and
the import (``imports/upsert.py`` reports the detail as a row's reason). Entries are asyncpg's
exception classes, one per SQLSTATE; an error is looked up along its class's MRO, so a subclass
takes its base's entry.

asyncpg has two classes named ``DataError``: ``asyncpg.DataError`` is
:class:`asyncpg.exceptions.DataError`, PostgreSQL's class 22 (a :class:`asyncpg.PostgresError`,
``sqlstate`` 22000), which the driver also raises itself for an argument it cannot encode (a
wrong type, a lone surrogate). The other, ``asyncpg.exceptions._base.DataError``, is an
``InterfaceError`` that asyncpg 0.32 does not raise.
"""

from collections.abc import Iterator

import asyncpg
from asyncpg import exceptions as pg

__all__ = (
    "DATABASE_ERRORS",
    "DatabaseError",
    "breaks_connection",
    "causes",
    "database_error",
    "is_data_error",
)

DatabaseError = tuple[int, str]
"""(HTTP status, detail)."""

_ENCODING = "Text must be valid UTF-8 without NUL characters."
_COLLISION = "A concurrent change collided with this one; retry it."
_RESTARTING = "The database is restarting or out of reach; retry shortly."

DATABASE_ERRORS: dict[type[asyncpg.PostgresError], DatabaseError | None] = {
    pg.UniqueViolationError: (
        409,
        "The record collides with an existing one (a unique key is taken).",
    ),
    pg.ForeignKeyViolationError: (422, "The request refers to a record that does not exist."),
    pg.CheckViolationError: (422, "A value breaks a rule of the data model."),
    pg.NotNullViolationError: (422, "A required value is missing."),
    pg.InvalidTextRepresentationError: (400, "A value has the wrong form."),
    pg.InvalidDatetimeFormatError: (400, "A date or time has the wrong form."),
    pg.DatetimeFieldOverflowError: (400, "A date or time is out of range."),
    pg.NumericValueOutOfRangeError: (400, "A number is out of range."),
    pg.StringDataRightTruncationError: (400, "A value is too long."),
    pg.CharacterNotInRepertoireError: (400, _ENCODING),
    pg.UntranslatableCharacterError: (400, _ENCODING),
    pg.InvalidRegularExpressionError: (400, "A regular expression is invalid."),
    pg.ProgramLimitExceededError: (400, "A value is too large to process."),
    # Its subclasses are the server's own statements going too far, not a value: a 500.
    pg.StatementTooComplexError: None,
    pg.TooManyColumnsError: None,
    pg.TooManyArgumentsError: None,
    pg.QueryCanceledError: (503, "The query took too long and was cancelled."),
    # Class 57 besides a cancel: the server shutting down (57P01, 57P02), starting up or
    # in recovery (57P03), the database dropped; class 08: the connection lost or refused;
    # class 53: out of connections, memory or disk. All pass, so the client should retry.
    pg.OperatorInterventionError: (503, _RESTARTING),
    pg.PostgresConnectionError: (503, _RESTARTING),
    pg.InsufficientResourcesError: (503, "The database is out of resources; retry shortly."),
    pg.SerializationError: (409, _COLLISION),
    pg.DeadlockDetectedError: (409, _COLLISION),
}
"""asyncpg exception class → (HTTP status, detail); ``None`` stops the walk up the MRO.

Any other database error is a 500."""

_CAUSED_BY_VALUES = (pg.DataError, pg.IntegrityConstraintViolationError)
_FATAL = (
    pg.AdminShutdownError,
    pg.CrashShutdownError,
    pg.CannotConnectNowError,
    pg.DatabaseDroppedError,
    pg.IdleSessionTimeoutError,
    pg.PostgresConnectionError,
    asyncpg.InterfaceError,
    OSError,
)
_UNREAD_ERROR = "another operation (2) is in progress"
"""asyncpg's words for a statement sent on a connection whose last message from the server
was an error nobody read: the FATAL a server sends every session as it shuts down, arrived
between two statements of a request. Any other ``InternalClientError`` is a fault of ours."""


def database_error(exc: asyncpg.PostgresError) -> DatabaseError | None:
    """The entry of ``exc``'s class or of its nearest base that has one; ``None``: no entry."""
    for cls in type(exc).__mro__:
        if cls in DATABASE_ERRORS:
            return DATABASE_ERRORS[cls]
    return None


def is_data_error(exc: asyncpg.PostgresError) -> bool:
    """Caused by the values written (SQLSTATE classes 22 and 23), not by the database's state.

    A SQLSTATE asyncpg has no class for arrives as :class:`asyncpg.UnknownPostgresError`, which
    is neither.
    """
    return isinstance(exc, _CAUSED_BY_VALUES)


def breaks_connection(exc: BaseException | None) -> bool:
    """After ``exc`` the connection it came from must not serve another request.

    The server ends the session after a FATAL error (a shutdown, 57P01), but the socket may not
    be seen closed yet: asyncpg's pool would take such a connection back as healthy, and the
    next request to get it fails in the driver ("another operation is in progress").
    """
    return any(
        isinstance(found, _FATAL)
        or (isinstance(found, asyncpg.InternalClientError) and _UNREAD_ERROR in str(found))
        for found in causes(exc)
    )


def causes(exc: BaseException | None) -> Iterator[BaseException]:
    """``exc``, what it was raised from, and the members of exception groups among them.

    A streamed answer fails inside a task group (an ``ExceptionGroup``), which the framework
    re-raises, once the answer has begun, as another exception ``from`` it.
    """
    seen: set[int] = set()
    pending = [exc]
    while pending:
        found = pending.pop()
        if found is None or id(found) in seen:
            continue
        seen.add(id(found))
        yield found
        pending.append(found.__cause__)
        if isinstance(found, BaseExceptionGroup):
            pending.extend(found.exceptions)
