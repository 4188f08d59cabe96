"""SQL of alerts: the table, its filters and the worker's reads.

An alert's state is stored as facts of transaction time (``closed_at``, ``withdrawn``); a read
with ``known_by`` derives the state the alert had at that knowledge instant from the same row
(:mod:`watchfloor.resources.alerts.render`).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import asyncpg

from watchfloor.context import Context
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.alerts.schemas import AlertFilters

__all__ = (
    "ALERTS",
    "AlertFilters",
    "apply_filters",
    "open_alerts",
    "problem_alerts",
)

_LATEST = "t.steps -> -1"
_DERIVED = (
    "CASE WHEN t.withdrawn THEN 'withdrawn' WHEN t.closed_at IS NOT NULL THEN 'closed' "
    "ELSE 'open' END AS state",
    f"coalesce({_LATEST} ->> 'explanation', '') AS explanation",
    f"({_LATEST} ->> 'value')::float8 AS value",
    f"({_LATEST} ->> 'baseline')::float8 AS baseline",
    f"({_LATEST} ->> 'probability')::float8 AS probability",
    f"coalesce({_LATEST} -> 'evidence', "
    """'{"observations": [], "events": [], "statements": [], "more": 0}'::jsonb) AS evidence""",
)
"""The wire fields an alert derives from its stored facts, as the Python rendering derives them
(``render.to_alert``): the change feed and the export render alerts in SQL from these."""


@dataclass(frozen=True)
class _AlertTable(Table):
    """The alerts table; every read also brings the fields derived from the newest step."""

    @property
    def select_list(self) -> str:
        return ", ".join((super().select_list, *_DERIVED))


ALERTS = _AlertTable(
    name="alerts",
    columns=(
        "problem_id",
        "rule_key",
        "level",
        "indicator_ids",
        "actor_ids",
        "opened_at",
        "closed_at",
        "withdrawn",
        "rationale",
        "steps",
        "acknowledged_at",
        "acknowledged_by",
        "acknowledgement",
        "plan_id",
        "branch_key",
    ),
)

CONDITIONS = {
    "dataset": BY_DATASET,
    "level": "t.level = {}",
    "indicator": "t.indicator_ids @> ARRAY[{}::text]",
    "problem": "t.problem_id = {}",
    "actor": "t.actor_ids @> ARRAY[{}::text]",
    "opened_from": "t.opened_at >= {}",
    "opened_to": "t.opened_at <= {}",
    "acknowledged": "(t.acknowledged_at IS NOT NULL) = {}",
    "known_by": "t.opened_at <= {} AND NOT t.withdrawn",
    "plan": "t.plan_id = {}",
}
"""Filter → its condition, when given (``state`` depends on ``known_by``: below)."""

_PROBLEM_ALERTS = """
SELECT * FROM alerts WHERE problem_id = $1 AND deleted_at IS NULL ORDER BY opened_at, id
"""


def apply_filters(query: ListQuery, filters: AlertFilters) -> None:
    query.where_given(filters, CONDITIONS)
    if filters.state is None:
        return
    if filters.state == "withdrawn":
        query.where("t.withdrawn")
        return
    query.where("NOT t.withdrawn")
    if filters.known_by is None:
        query.where("t.closed_at IS NULL" if filters.state == "open" else "t.closed_at IS NOT NULL")
    elif filters.state == "open":
        query.where("(t.closed_at IS NULL OR t.closed_at > {})", filters.known_by)
    else:
        query.where("t.closed_at <= {}", filters.known_by)


async def problem_alerts(ctx: Context, problem_id: str) -> list[asyncpg.Record]:
    """Every alert of a problem (withdrawn ones too), oldest opened first."""
    return list(await ctx.conn.fetch(_PROBLEM_ALERTS, problem_id))


def open_alerts(rows: Sequence[asyncpg.Record], known_by: datetime) -> list[asyncpg.Record]:
    """Those of ``rows`` open at ``known_by``."""
    return [
        r
        for r in rows
        if not r["withdrawn"]
        and r["opened_at"] <= known_by
        and (r["closed_at"] is None or r["closed_at"] > known_by)
    ]
