"""Checks of an event that need no database: its time, knowledge time, place and magnitudes.

Each returns the problems it finds as :class:`FieldError` with a JSON pointer, so the service
can report every bad field of a request at once.
"""

import calendar
import itertools
from datetime import UTC, date, datetime, time, timedelta, timezone

from watchfloor.errors import FieldError
from watchfloor.resources.events.schemas import Magnitude, Occurrence, Place

__all__ = (
    "day_end",
    "magnitude_problems",
    "occurred_columns",
    "period_end",
    "place_problems",
    "reported_column",
)


def period_end(start: date, precision: str) -> date:
    """The last day of the precision period that starts the interval.

    ``1984-09-01`` at month precision ends on ``1984-09-30``; at year precision on ``1984-12-31``.
    """
    if precision == "year":
        return date(start.year, 12, 31)
    if precision == "month":
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return start


def occurred_columns(
    occurred: Occurrence, pointer: str = "/occurred"
) -> tuple[dict[str, object], list[FieldError]]:
    """The ``occurred_*`` columns of an occurrence, with ``end`` defaulted to its period's end."""
    end = (
        occurred.end if occurred.end is not None else period_end(occurred.start, occurred.precision)
    )
    problems = []
    if end < occurred.start:
        problems.append(FieldError(f"{pointer}/end", f"{end} is before start {occurred.start}"))
    columns: dict[str, object] = {
        "occurred_start": occurred.start,
        "occurred_end": end,
        "occurred_precision": occurred.precision,
        "occurred_time": occurred.time,
    }
    return columns, problems


def place_problems(place: Place | None, pointer: str = "/place") -> list[FieldError]:
    """A position needs both coordinates."""
    if place is None or (place.lat is None) == (place.lon is None):
        return []
    missing = "lon" if place.lon is None else "lat"
    return [FieldError(f"{pointer}/{missing}", "lat and lon go together: give both or neither")]


def magnitude_problems(
    magnitudes: list[Magnitude], pointer: str = "/magnitudes"
) -> list[FieldError]:
    """Each range must be ordered: low ≤ best ≤ high, where given."""
    problems = []
    for i, m in enumerate(magnitudes):
        given = [
            (name, v)
            for name, v in (("low", m.low), ("best", m.best), ("high", m.high))
            if v is not None
        ]
        for (lower_name, lower), (name, value) in itertools.pairwise(given):
            if value < lower:
                problems.append(
                    FieldError(f"{pointer}/{i}/{name}", f"{name} is below {lower_name}")
                )
    return problems


_EARLIEST_ZONE = timezone(timedelta(hours=14))
"""Where a day begins first (Kiribati's Line Islands)."""


def day_end(day: date) -> datetime | None:
    """The end of ``day`` in UTC (midnight after it); ``None`` for 9999-12-31, whose end no
    timestamp can hold.

    Knowledge time's rule where nothing better is known (``migrations/0071_reported_at.sql``
    applies the same one to a row written with none).
    """
    if day == date.max:
        return None
    return datetime.combine(day + timedelta(days=1), time(), UTC)


def reported_column(
    stated: datetime | None,
    rule_day: date,
    first_day: date,
    *,
    rule: datetime | None = None,
    pointer: str = "/reported_at",
    first: str = "occurred.start",
) -> tuple[dict[str, object], list[FieldError]]:
    """The ``reported_at`` column: ``stated``, else ``rule`` if given, else the end of
    ``rule_day``; never before ``first_day``, the day the fact began, began anywhere.

    Days are local dates (a statement said on 28 May in Seoul at 06:00 was said at 21:00 UTC on
    the 27th), so the bound is the day's first instant in the earliest time zone, UTC+14.
    """
    value = stated if stated is not None else rule if rule is not None else day_end(rule_day)
    if value is None:
        problem = f"{rule_day} has no end a timestamp can hold; state reported_at"
        return {}, [FieldError(pointer, problem)]
    start = datetime.combine(first_day, time(), _EARLIEST_ZONE)
    if value < start:
        problem = (
            f"{value.isoformat()} is before {first} {first_day} began anywhere (UTC+14): "
            "nothing is reported before it happens"
        )
        return {}, [FieldError(pointer, problem)]
    return {"reported_at": value}, []
