"""Query parameters of ``GET /v1/statements``, declared once with their documentation."""

from typing import Annotated

from litestar.params import QueryParameter

from watchfloor.admiralty import GRADE_PATTERN
from watchfloor.lifecycle import Status
from watchfloor.resources.statements.schemas import SEARCHED, Channel, Stance
from watchfloor.wire import TEXT

__all__ = (
    "ActorQuery",
    "ChannelQuery",
    "ContradictsQuery",
    "IncludeRetractedQuery",
    "LanguageQuery",
    "MinGradeQuery",
    "SaidFromQuery",
    "SaidToQuery",
    "SearchQuery",
    "StanceQuery",
    "StatusQuery",
    "SupportsQuery",
    "TargetQuery",
    "TopicQuery",
)

_ACTOR_ID = "^act_[0-9a-f]{32}$"
_EVENT_ID = "^evt_[0-9a-f]{32}$"

ActorQuery = Annotated[
    str | None,
    QueryParameter(description="Only statements by this speaker (an actor id).", pattern=_ACTOR_ID),
]
TargetQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only statements whose stance is toward this actor (an actor id).",
        pattern=_ACTOR_ID,
    ),
]
StanceQuery = Annotated[
    Stance | None, QueryParameter(description="Only statements with this stance toward the target.")
]
TopicQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only statements tagged with this topic, e.g. `sanctions`.",
        pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$",
    ),
]
ChannelQuery = Annotated[
    Channel | None, QueryParameter(description="Only statements made through this channel.")
]
LanguageQuery = Annotated[
    str | None,
    QueryParameter(
        description="Language of the original (BCP 47); `ko` also finds `ko-KP`.",
        pattern="^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
    ),
]
SaidFromQuery = Annotated[
    str | None,
    QueryParameter(format="date", description="Said on or after this day, e.g. `2024-06-19`."),
]
SaidToQuery = Annotated[
    str | None,
    QueryParameter(format="date", description="Said on or before this day, e.g. `2024-06-30`."),
]
SupportsQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only statements that support this event (an event id).", pattern=_EVENT_ID
    ),
]
ContradictsQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only statements that contradict this event (an event id).", pattern=_EVENT_ID
    ),
]
StatusQuery = Annotated[
    Status | None,
    QueryParameter(
        description="Only statements in this lifecycle status (`retracted` shows retracted ones)."
    ),
]
MinGradeQuery = Annotated[
    str | None,
    QueryParameter(
        description=(
            "Only statements with a citation at least this good on both Admiralty axes, "
            "e.g. `B2` admits A1, A2, B1, B2."
        ),
        pattern=GRADE_PATTERN,
    ),
]
IncludeRetractedQuery = Annotated[
    bool, QueryParameter(description="Also list retracted statements (left out by default).")
]
SearchQuery = Annotated[
    str | None,
    QueryParameter(
        description=(
            "Full-text search over the original text and its English translation, in web "
            'search syntax: `missile launch`, `"hostile policy"`, `sanctions or embargo`, '
            "`nuclear -test`. English words match in any inflection (`missiles` finds "
            "`missile`); other languages match whole words as written. Results are ranked, "
            f"best match first, among the {SEARCHED:,} newest matches; narrow the search "
            "(`said_to`, `speaker` …) to reach older ones."
        ),
        min_length=1,
        max_length=500,
        pattern=TEXT,
    ),
]
