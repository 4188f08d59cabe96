"""Query parameters of ``GET /v1/events`` and their parsing into :class:`EventFilters`.

The spec describes each parameter as exactly as JSON Schema can (patterns, enums, ranges), so a
request it calls valid is never refused as malformed; what it cannot say (a box whose south
edge is north of its north edge, a window that ends before it starts) is a 422.
"""

import re
from datetime import date
from typing import Annotated, Literal

import msgspec
from litestar.params import QueryParameter

from watchfloor.admiralty import GRADE_PATTERN
from watchfloor.errors import BadRequest, FieldError, Unprocessable
from watchfloor.lifecycle import Status
from watchfloor.resources.events.schemas import Category, EventFilters
from watchfloor.resources.reference.schemas import WeaponClass
from watchfloor.wire import TEXT

__all__ = (
    "ActorQuery",
    "BboxQuery",
    "CameoRootQuery",
    "CategoryQuery",
    "CountryQuery",
    "DateQuery",
    "DyadQuery",
    "ExternalIdQuery",
    "FacilityQuery",
    "MinGradeQuery",
    "MinMentionsQuery",
    "QuadClassQuery",
    "RootEventQuery",
    "Sort",
    "SourceQuery",
    "StatusQuery",
    "TagQuery",
    "WeaponClassQuery",
    "WeaponQuery",
    "event_filters",
)

_ACTOR = "act_[0-9a-f]{32}"
_LAT = r"-?(90(\.0+)?|[1-8]?[0-9](\.[0-9]+)?)"
_LON = r"-?(180(\.0+)?|(1[0-7][0-9]|[1-9]?[0-9])(\.[0-9]+)?)"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Sort = Literal["newest", "occurred"]

ActorQuery = Annotated[
    str | None,
    QueryParameter(
        description="Events with this actor on either side (actor or recipient).",
        pattern=f"^{_ACTOR}$",
    ),
]
DyadQuery = Annotated[
    str | None,
    QueryParameter(
        description="`A,B`: events between two actors, A acting on B or (unless "
        "`directed=true`) B on A.",
        pattern=f"^{_ACTOR},{_ACTOR}$",
    ),
]
DateQuery = Annotated[
    str | None,
    QueryParameter(format="date", description="A calendar date, `YYYY-MM-DD`."),
]
CategoryQuery = Annotated[
    Category | None,
    QueryParameter(
        description="PLOVER category, e.g. `ASSAULT`; `UNCATEGORIZED` for events PLOVER has "
        "no category for (CAMEO 01 public statements and 02 appeals)."
    ),
]
CameoRootQuery = Annotated[
    str | None,
    QueryParameter(
        description="Two-digit CAMEO root code, `01`–`20`, e.g. `19` (fight).",
        pattern="^(0[1-9]|1[0-9]|20)$",
    ),
]
QuadClassQuery = Annotated[
    Literal[1, 2, 3, 4] | None,
    QueryParameter(
        description="CAMEO QuadClass of the event's code: 1 verbal cooperation, 2 material "
        "cooperation, 3 verbal conflict, 4 material conflict."
    ),
]
CountryQuery = Annotated[
    str | None,
    QueryParameter(
        description="ISO 3166-1 alpha-3 country of the place, e.g. `PRK`.", pattern="^[A-Z]{3}$"
    ),
]
BboxQuery = Annotated[
    str | None,
    QueryParameter(
        description="`west,south,east,north` in degrees: events placed inside the box. "
        "A west edge east of the east edge crosses the antimeridian.",
        pattern=f"^{_LON},{_LAT},{_LON},{_LAT}$",
    ),
]
FacilityQuery = Annotated[
    str | None,
    QueryParameter(description="Events at this facility (an id).", pattern="^fac_[0-9a-f]{32}$"),
]
WeaponQuery = Annotated[
    str | None,
    QueryParameter(
        description="Events involving this weapon system: its id, name or any alias, "
        "case-insensitive (`KN-23` finds events filed under `Hwasong-11A`).",
        min_length=1,
        max_length=300,
        pattern=TEXT,
    ),
]
WeaponClassQuery = Annotated[
    WeaponClass | None,
    QueryParameter(
        description="Events with this class of weapon (`ICBM`), stated by the event (also when "
        "it names no weapon) or by a weapon it names."
    ),
]
StatusQuery = Annotated[
    Status | None,
    QueryParameter(description="Only events in this lifecycle status (`retracted` included)."),
]
MinGradeQuery = Annotated[
    str | None,
    QueryParameter(
        description="Admiralty grade some citation must reach on both axes, e.g. `B2`.",
        pattern=GRADE_PATTERN,
    ),
]
MinMentionsQuery = Annotated[
    int | None,
    QueryParameter(
        description="GDELT events mentioned at least this often (`gdelt.num_mentions`); "
        "events GDELT did not code are left out.",
        ge=1,
        le=2_000_000_000,
    ),
]
RootEventQuery = Annotated[
    bool | None,
    QueryParameter(
        description="`true`: only GDELT root events (`gdelt.is_root_event`, coded from a "
        "document's lead paragraph); `false`: only the others. Events GDELT did not code are "
        "left out either way."
    ),
]
TagQuery = Annotated[
    str | None,
    QueryParameter(description="Events with this tag.", pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$"),
]

ExternalIdQuery = Annotated[
    list[str] | None,
    QueryParameter(
        description="Events with any of these external ids, e.g. `missile-test:2017-03-05:3` "
        "(repeat the parameter, up to 100).",
        max_items=100,
    ),
]
SourceQuery = Annotated[
    str | None,
    QueryParameter(
        description="Events citing this source (an id), e.g. every event a data set's import "
        "brought.",
        pattern="^src_[0-9a-f]{32}$",
    ),
]


def _date(value: str | None, parameter: str) -> date | None:
    if value is None:
        return None
    if _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise BadRequest(
        f"{parameter} must be a date, YYYY-MM-DD.",
        errors=[FieldError(None, f"not a date: {value!r}", parameter)],
    )


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    west, south, east, north = (float(v) for v in value.split(","))
    if south > north:
        raise Unprocessable(
            "The box's south edge is north of its north edge.",
            errors=[FieldError(None, f"south {south} > north {north}", "bbox")],
        )
    return west, south, east, north


def _external_ids(values: list[str] | None) -> list[str] | None:
    """The values that can name an event; others (empty, NUL, not UTF-8) name none, so they
    narrow to nothing rather than fail: the contract takes any string."""
    if values is None:
        return None
    return [v for v in values if _utf8(v)]


def _utf8(value: str) -> bool:
    if not value or "\x00" in value:
        return False
    try:
        value.encode()
    except UnicodeEncodeError:
        return False
    return True


def event_filters(
    *,
    occurred_from: str | None,
    occurred_to: str | None,
    dyad: str | None,
    bbox: str | None,
    external_id: list[str] | None = None,
    **plain: object,
) -> EventFilters:
    """Parse the parameters the framework leaves as text; the rest pass through as they are."""
    start, end = _date(occurred_from, "occurred_from"), _date(occurred_to, "occurred_to")
    if start is not None and end is not None and end < start:
        raise Unprocessable(
            "The time window ends before it starts.",
            errors=[FieldError(None, f"{end} is before occurred_from {start}", "occurred_to")],
        )
    return msgspec.convert(
        {
            **plain,
            "occurred_from": start,
            "occurred_to": end,
            "dyad": dyad.split(",") if dyad is not None else None,
            "bbox": _bbox(bbox),
            "external_id": _external_ids(external_id),
        },
        EventFilters,
    )
