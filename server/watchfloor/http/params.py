"""Query parameters every list and read shares, and their strict parsing (400 naming them)."""

import re
from datetime import date, datetime
from typing import Annotated

from litestar.params import QueryParameter

from watchfloor.errors import BadRequest, FieldError
from watchfloor.wire import instant_error

__all__ = ("AsOf", "Cursor", "DatasetQuery", "KnownByQuery", "Limit", "day", "instant")

Limit = Annotated[
    int,
    QueryParameter(ge=1, le=100, description="Page size, 1 to 100."),
]
Cursor = Annotated[
    str | None,
    QueryParameter(
        description="Opaque cursor from `next_cursor` of the previous page.", max_length=2048
    ),
]
AsOf = Annotated[
    str | None,
    QueryParameter(
        format="date-time",
        description=(
            "Answer with the data as recorded at this instant (transaction time), "
            "e.g. `2026-11-01T00:00:00Z`. Omit for the current state."
        ),
    ),
]
KnownByQuery = Annotated[
    str | None,
    QueryParameter(
        format="date-time",
        description=(
            "Keep only what had been reported by this instant (knowledge time, "
            "`reported_at <= known_by`), e.g. `2018-01-01T00:00:00Z`. Combines with `as_of`: "
            "`as_of` picks the versions recorded then, `known_by` keeps those reported by its "
            "instant. Omit for everything."
        ),
    ),
]
DatasetQuery = Annotated[
    str,
    QueryParameter(
        description="Dataset to read: `live` (default) or an exercise or sandbox dataset.",
        pattern="^[a-z0-9][a-z0-9_-]{0,62}$",
    ),
]


_RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$"
)


def instant(value: str | None, parameter: str) -> datetime | None:
    """Parse an RFC 3339 timestamp with its offset; anything else is a 400 naming ``parameter``,
    as is an instant the service cannot store (:func:`watchfloor.wire.instant_error`).

    Query strings are parsed by hand because the framework's lenient conversion would also take
    ``0.5`` as a Unix time, which the contract does not allow.
    """
    if value is None:
        return None
    if _RFC3339.match(value):
        try:
            parsed = datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
        except ValueError:
            pass
        else:
            error = instant_error(parsed)
            if error is None:
                return parsed
            raise BadRequest(f"{parameter}: {error}.", errors=[FieldError(None, error, parameter)])
    raise BadRequest(
        f"{parameter} must be an RFC 3339 timestamp with an offset, e.g. 2026-11-01T00:00:00Z.",
        errors=[FieldError(None, f"not an RFC 3339 timestamp: {value!r}", parameter)],
    )


_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def day(value: str | None, parameter: str) -> date | None:
    """Parse a calendar date ``YYYY-MM-DD``; anything else is a 400 naming ``parameter``.

    Like :func:`instant`, by hand: the framework's lenient conversion accepts more than the
    contract's ``format: date``.
    """
    if value is None:
        return None
    if _DAY.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise BadRequest(
        f"{parameter} must be a date, e.g. 2024-06-19.",
        errors=[FieldError(None, f"not a date (YYYY-MM-DD): {value!r}", parameter)],
    )
