"""Calendar periods of an indicator's frequency, in UTC, as PostgreSQL's ``date_trunc`` has them.

A week is the ISO week (Monday to Sunday), a quarter starts in January, April, July or October.
"""

from datetime import date, timedelta

__all__ = ("UNITS", "is_period", "label", "period_end", "period_start", "shift")

UNITS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "quarterly": "quarter",
    "annual": "year",
}
"""An indicator's frequency → its calendar period; ``irregular`` has none and is not computed."""


def period_start(day: date, unit: str) -> date:
    """The first day of the period ``day`` falls in."""
    if unit == "day":
        return day
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return date(day.year, 1, 1)


def _months_later(start: date, months: int) -> date:
    n = start.year * 12 + start.month - 1 + months
    return date(n // 12, n % 12 + 1, 1)


def period_end(start: date, unit: str) -> date:
    """The last day of the period that starts on ``start``."""
    if unit == "day":
        return start
    if unit == "week":
        return start + timedelta(days=6)
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    return _months_later(start, months) - timedelta(days=1)


def shift(start: date, unit: str, k: int) -> date:
    """The start of the period ``k`` periods after the one ``start`` falls in (``k < 0``: before).

    ``shift(date(2022, 1, 1), "month", -24)`` is 2020-01-01; ``shift(date(2024, 5, 29),
    "week", 1)`` is 2024-06-03, the Monday of the next ISO week.

    Raises:
        ValueError: ``unit`` is not a period unit, or the period is outside the calendar
            (before year 1 or after year 9999).
    """
    if unit not in _STEPS:
        raise ValueError(f"unknown period unit {unit!r}")
    start = period_start(start, unit)
    try:
        if unit == "day":
            return start + timedelta(days=k)
        if unit == "week":
            return start + timedelta(weeks=k)
        return _months_later(start, _STEPS[unit] * k)
    except (OverflowError, ValueError):
        raise ValueError(f"{k} {unit}s from {start} is outside the calendar") from None


_STEPS = {"day": 0, "week": 0, "month": 1, "quarter": 3, "year": 12}
"""Each period unit, with its length in months (days and weeks step in days)."""


def is_period(start: date, end: date, unit: str) -> bool:
    """Whether ``[start, end]`` is exactly one period of ``unit``."""
    return period_start(start, unit) == start and period_end(start, unit) == end


def label(start: date, unit: str) -> str:
    """``2024-05-27``, ``2024-W22``, ``2024-05``, ``2024-Q2``, ``2024``."""
    if unit == "day":
        return start.isoformat()
    if unit == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        return f"{start.year}-{start.month:02d}"
    if unit == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return str(start.year)
