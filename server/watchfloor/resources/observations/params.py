"""Query parameters of a series (observations and warnings), and how ``vintage`` reads."""

from datetime import date
from typing import Annotated

from litestar.params import QueryParameter

from watchfloor.errors import FieldError, Unprocessable
from watchfloor.resources.indicators.schemas import WarningLevel

__all__ = (
    "KnownByQuery",
    "MinLevelQuery",
    "PeriodFromQuery",
    "PeriodToQuery",
    "VintageQuery",
    "vintage_choice",
)

PeriodFromQuery = Annotated[
    str | None,
    QueryParameter(
        format="date",
        description="Only periods that end on or after this day, e.g. `2024-01-01`.",
    ),
]
PeriodToQuery = Annotated[
    str | None,
    QueryParameter(
        format="date",
        description="Only periods that start on or before this day, e.g. `2024-12-31`.",
    ),
]
VintageQuery = Annotated[
    str,
    QueryParameter(
        description=(
            "Which figure of each period: `latest` (default) the newest vintage; "
            "`YYYY-MM-DD` the newest vintage published on or before that day (what a reader "
            "could know then); `all` every vintage, oldest first."
        ),
        pattern="^(latest|all|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))$",
    ),
]
KnownByQuery = Annotated[
    str | None,
    QueryParameter(
        format="date-time",
        description=(
            "Knowledge time: only what the world had reported by this instant, e.g. "
            "`2022-02-01T00:00:00Z` (a vintage counts once its day has ended; a computed "
            "figure is recomputed from the events reported by then). Omit for everything."
        ),
    ),
]
MinLevelQuery = Annotated[
    WarningLevel | None,
    QueryParameter(
        description="Only thresholds of this level or more severe (`watch` < `warning` < `alert`)."
    ),
]


def vintage_choice(vintage: str) -> tuple[str, date | None]:
    """``latest``/``all`` as they are; a date → (``date``, that day).

    The pattern has already refused what is not shaped like a date; a day the calendar lacks
    (``2023-02-30``) is well-formed but names no day, hence 422.
    """
    if vintage in ("latest", "all"):
        return vintage, None
    try:
        return "date", date.fromisoformat(vintage)
    except ValueError as exc:
        raise Unprocessable(
            f"vintage {vintage!r} is not a day of the calendar.",
            errors=[FieldError(None, f"no such day: {vintage!r}", "vintage")],
        ) from exc
