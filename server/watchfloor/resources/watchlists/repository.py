"""SQL of watchlists: the versioned table, the records its selections name, and the items.

Items of ``events``, ``statements``, ``alerts`` and ``signposts`` are read with the list
endpoint's own query (its service's ``list_query`` and ``filter``), ordered here by when each
record entered, in knowledge time (:data:`ENTERED`). Plan branches live inside their plans and
resolutions inside their questions: their SQL is here.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.watchlists.schemas import Watchlist, WatchlistFilters
from watchfloor.wire import marked

__all__ = (
    "ENTERED",
    "WATCHLISTS",
    "apply_filters",
    "branch_rows",
    "enter_order",
    "existing",
    "mark_sent",
    "resolutions",
    "to_watchlist",
)

WATCHLISTS = Table(
    name="watchlists",
    columns=(
        "name",
        "description",
        "owner",
        "tags",
        "selections",
        "brief_cron",
        "brief_timezone",
    ),
)

CONDITIONS = {
    "dataset": BY_DATASET,
    "tag": "t.tags @> ARRAY[{}::text]",
    "owner": "t.owner = {}",
}

_SIGNPOST_CHANGED_AT = (
    "(SELECT max((s ->> 'at')::timestamptz) FROM jsonb_array_elements(t.steps) s "
    "WHERE (s ->> 'at')::timestamptz <= {})"
)
"""When a signpost last changed status by a knowledge instant (``null``: never lit by then)."""

ENTERED = {
    "event": "t.reported_at",
    "statement": "t.reported_at",
    "alert": "t.opened_at",
    "signpost": "t.changed_at",
    "question_resolution": "(t.resolution ->> 'known_by')::timestamptz",
}
"""Item kind → when a record entered (knowledge time), as recorded."""

ORDER = (("entered_at", True), ("t.id", True))


def apply_filters(query: ListQuery, filters: WatchlistFilters) -> None:
    query.where_given(filters, CONDITIONS)


@marked
def to_watchlist(row: asyncpg.Record) -> Watchlist:
    return msgspec.convert(dict(row), Watchlist, strict=True)


def enter_order(query: ListQuery, kind: str, known_by: datetime | None) -> None:
    """Select ``entered_at`` for ``kind`` (at ``known_by``) and keep the records that entered."""
    expr = ENTERED[kind]
    if kind == "signpost" and known_by is not None:
        expr = _SIGNPOST_CHANGED_AT.format(query.param(known_by))
    query.computed["entered_at"] = expr
    query.where(f"{expr} IS NOT NULL")
    if known_by is not None:
        query.where(f"{expr} <= {{}}", known_by)


def resolutions(
    query: ListQuery, question: str | None, tag: str | None, outcome: str | None
) -> None:
    """Resolved questions (``question_resolutions``), narrowed."""
    query.where("t.resolution IS NOT NULL")
    if question is not None:
        query.where("t.id = {}", question)
    if tag is not None:
        query.where("t.tags @> ARRAY[{}::text]", tag)
    if outcome is not None:
        query.where("(t.resolution ->> 'outcome')::boolean = {}", outcome == "yes")


_BRANCHES = """
SELECT * FROM (
    SELECT t.id || '/' || (b ->> 'key') AS item_id, t.id AS plan_id, b ->> 'key' AS branch_key,
        (SELECT max((s ->> 'at')::timestamptz) FROM jsonb_array_elements(b -> 'steps') s
         WHERE s ->> 'state' = 'triggered' AND (s ->> 'at')::timestamptz <= $3) AS entered_at,
        coalesce((SELECT s ->> 'state' FROM jsonb_array_elements(b -> 'steps') s
                  WHERE (s ->> 'at')::timestamptz <= $3
                  ORDER BY (s ->> 'at')::timestamptz DESC LIMIT 1), 'dormant') AS branch_state,
        t.problem_id
    FROM {relation} CROSS JOIN LATERAL jsonb_array_elements(t.branches) b
    WHERE t.deleted_at IS NULL AND t.dataset = $1 AND ($4::text IS NULL OR t.id = $4)
      AND ($5::text IS NULL OR t.problem_id = $5)
      AND ($7::text[] IS NULL OR t.id = ANY($7))
) x
WHERE entered_at IS NOT NULL AND branch_state <> 'dormant'
  AND ($6::text IS NULL OR branch_state = $6)
  AND ($8::timestamptz IS NULL OR (entered_at, item_id) < ($8, $9::text))
ORDER BY entered_at DESC, item_id DESC
LIMIT $10
"""


async def branch_rows(
    ctx: Context,
    plans: Table,
    *,
    dataset: str,
    as_of: datetime | None,
    known_by: datetime | None,
    plan: str | None,
    problem: str | None,
    state: str | None,
    only: Sequence[str] | None,
    after: Sequence[Any] | None,
    limit: int,
) -> list[asyncpg.Record]:
    """Triggered branches of the dataset's plans (at ``known_by``), newest triggered first:
    ``item_id``, ``plan_id``, ``branch_key``, ``entered_at``, ``branch_state``."""
    relation = plans.relation("$2" if as_of is not None else None)
    sql = _BRANCHES.format(relation=relation)
    if as_of is None:
        # $2 is not in the SQL: keep the numbering with a no-op use of it.
        sql = sql.replace("WHERE t.deleted_at IS NULL", "WHERE ($2::timestamptz IS NULL) AND "
                          "t.deleted_at IS NULL")  # fmt: skip
    at, last = (after[0], after[1]) if after is not None else (None, None)
    return list(
        await ctx.conn.fetch(
            sql,
            dataset,
            as_of,
            known_by or _FAR,
            plan,
            problem,
            state,
            list(only) if only is not None else None,
            at,
            last,
            limit + 1,
        )
    )


_FAR = datetime.fromisoformat("9999-12-31T00:00:00+00:00")

_EXISTING = "SELECT id FROM {table} WHERE id = ANY($1::text[]) AND deleted_at IS NULL"


async def existing(conn: asyncpg.Connection, table: str, ids: Sequence[str]) -> set[str]:
    """Those of ``ids`` that name a record (not deleted) of ``table``."""
    rows = await conn.fetch(_EXISTING.format(table=table), list(ids))
    return {r["id"] for r in rows}


_MARK_SENT = """
INSERT INTO watchlist_entries_sent (subscription_id, item_kind, item_id)
SELECT $1, * FROM unnest($2::text[], $3::text[])
ON CONFLICT DO NOTHING
RETURNING item_kind, item_id
"""


async def mark_sent(
    conn: asyncpg.Connection, subscription_id: str, items: Sequence[tuple[str, str]]
) -> set[tuple[str, str]]:
    """Record that ``items`` entered for the subscription; those not recorded before."""
    if not items:
        return set()
    rows = await conn.fetch(
        _MARK_SENT, subscription_id, [k for k, _ in items], [i for _, i in items]
    )
    return {(r["item_kind"], r["item_id"]) for r in rows}
