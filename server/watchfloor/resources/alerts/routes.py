"""``/v1/alerts``: read, acknowledge, history; no create (the worker opens alerts)."""

from collections.abc import Callable
from typing import Annotated, Any, Literal

from litestar.params import QueryParameter

from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.params import DatasetQuery, instant
from watchfloor.resources.alerts.render import to_alert, to_alert_at
from watchfloor.resources.alerts.resource import ALERT
from watchfloor.resources.alerts.schemas import AlertFilters

__all__ = ("KnownBy", "alert_filters", "router")

KnownBy = Annotated[
    str | None,
    QueryParameter(
        format="date-time",
        description=(
            "Answer with what had been reported by this instant (knowledge time), e.g. "
            "`2022-02-01T00:00:00Z`; combines with `as_of`. See `docs/knowledge-time.md`."
        ),
    ),
]
_ID = {
    "indicator": "^ind_[0-9a-f]{32}$",
    "problem": "^wpr_[0-9a-f]{32}$",
    "actor": "^act_[0-9a-f]{32}$",
    "plan": "^pln_[0-9a-f]{32}$",
}


def _by(name: str, what: str) -> Any:
    return Annotated[
        str | None, QueryParameter(description=f"Only alerts {what}.", pattern=_ID[name])
    ]


Instant = Annotated[str | None, QueryParameter(format="date-time")]


def alert_filters(
    dataset: DatasetQuery = "live",
    level: Annotated[
        Literal["watch", "warning"] | None,
        QueryParameter(description="Only alerts raising this level."),
    ] = None,
    # `state` is a name the framework keeps for itself: the query parameter is renamed.
    alert_state: Annotated[
        Literal["open", "closed", "withdrawn"] | None,
        QueryParameter(
            name="state", description="Only alerts in this state (at `known_by`, when given)."
        ),
    ] = None,
    indicator: _by("indicator", "over this indicator") = None,  # type: ignore[valid-type]
    problem: _by("problem", "of this warning problem") = None,  # type: ignore[valid-type]
    actor: _by("actor", "of problems about this actor") = None,  # type: ignore[valid-type]
    opened_from: Annotated[
        str | None,
        QueryParameter(
            format="date-time", description="Only alerts opened at or after this instant."
        ),
    ] = None,
    opened_to: Annotated[
        str | None,
        QueryParameter(
            format="date-time", description="Only alerts opened at or before this instant."
        ),
    ] = None,
    acknowledged: Annotated[
        bool | None, QueryParameter(description="Only alerts (not) acknowledged by an analyst.")
    ] = None,
    plan: _by("plan", "raised by this contingency plan's branches") = None,  # type: ignore[valid-type]
    known_by: KnownBy = None,
) -> AlertFilters:
    return AlertFilters(
        dataset=dataset,
        level=level,
        state=alert_state,
        indicator=indicator,
        problem=problem,
        actor=actor,
        opened_from=instant(opened_from, "opened_from"),
        opened_to=instant(opened_to, "opened_to"),
        acknowledged=acknowledged,
        plan=plan,
        known_by=instant(known_by, "known_by"),
    )


def _render_listed(filters: AlertFilters) -> Callable[[Any], Any]:
    known_by = filters.known_by
    if known_by is None:
        return to_alert
    return lambda row: to_alert_at(row, known_by)


router = routes(
    ALERT,
    Face(
        tag="warning",
        filters=alert_filters,
        article="an",
        operations=("list", "get", "update", "history"),
        render_listed=_render_listed,
        words={
            "list": Words(
                "List alerts",
                """Alerts, newest first: each an episode of one warning rule holding, with its level,
its explanation in numbers and its evidence.

With `known_by`, the alerts as they stood at that knowledge instant: opened by then, open unless
closed by then, their steps and evidence as of then (`?known_by=2022-02-01T00:00:00Z&state=open`
is what the board of 1 February 2022 showed). Examples: `?state=open&level=warning`,
`?problem=wpr_…`, `?indicator=ind_…`, `?acknowledged=false`.""",
            ),
            "update": Words(
                "Acknowledge an alert",
                """An analyst acknowledges the alert (`{"acknowledged": true, "note": "…"}`), or withdraws
an acknowledgement (`false`). Each is a new version; the worker keeps it when it revises the
alert.""",
            ),
        },
    ),
)
