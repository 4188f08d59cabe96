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

import asyncpg
from asyncpg import exceptions as pg

__all__ = ("DATABASE_ERRORS", "DatabaseError", "database_error", "is_data_error")

DatabaseError = tuple[int, str]
"""(HTTP status, detail)."""

_ENCODING = "Text must be valid UTF-8 without NUL characters."
_COLLISION = "A concurrent change collided with this one; retry it."

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
    pg.SerializationError: (409, _COLLISION),
    pg.DeadlockDetectedError: (409, _COLLISION),
}
"""asyncpg exception class → (HTTP status, detail); ``None`` stops the walk up the MRO.

Any other database error is a 500."""

_CAUSED_BY_VALUES = (pg.DataError, pg.IntegrityConstraintViolationError)


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
