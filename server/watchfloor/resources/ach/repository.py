"""SQL of ACH matrices: the table, its filters, and the records its evidence cites.

``retracted`` is derived on every read, in SQL (so ``GET``, the change feed and the export
agree): the keys of evidence items whose record is retracted, withdrawn or deleted now. A read
with ``known_by`` (:class:`~watchfloor.persistence.knowing.KnowingTable`) takes them as recorded
at that instant instead, and lists as ``unknown`` the items whose record had not been reported
by then (empty without ``known_by``).
"""

from dataclasses import dataclass

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence.knowing import KnowingTable
from watchfloor.persistence.store import BY_DATASET, ListQuery
from watchfloor.resources.ach.schemas import AchFilters, AchMatrix
from watchfloor.wire import marked

__all__ = (
    "ACH_MATRICES",
    "AchFilters",
    "apply_filters",
    "cited_records",
    "question_dataset",
    "scenario_set_dataset",
    "scenarios",
    "to_matrix",
)

_RETRACTED = """ARRAY(SELECT e->>'key' FROM jsonb_array_elements(t.evidence) AS e WHERE CASE e->>'kind'
 WHEN 'event' THEN EXISTS (SELECT 1 FROM events r WHERE r.id = e->>'record_id'
  AND (r.status = 'retracted' OR r.deleted_at IS NOT NULL))
 WHEN 'statement' THEN EXISTS (SELECT 1 FROM statements r WHERE r.id = e->>'record_id'
  AND (r.status = 'retracted' OR r.deleted_at IS NOT NULL))
 WHEN 'observation' THEN EXISTS (SELECT 1 FROM observations r WHERE r.id = e->>'record_id'
  AND r.deleted_at IS NOT NULL)
 WHEN 'alert' THEN EXISTS (SELECT 1 FROM alerts r WHERE r.id = e->>'record_id'
  AND (r.withdrawn OR r.deleted_at IS NOT NULL))
 ELSE false END) AS retracted"""


_FLAGS = {
    "event": "(r.status = 'retracted' OR r.deleted_at IS NOT NULL)",
    "statement": "(r.status = 'retracted' OR r.deleted_at IS NOT NULL)",
    "observation": "r.deleted_at IS NOT NULL",
    "alert": "(r.withdrawn OR r.deleted_at IS NOT NULL)",
}
_TABLES = {"event": "events", "statement": "statements", "observation": "observations",
           "alert": "alerts"}  # fmt: skip
_REPORTED = {
    "event": "r.reported_at",
    "statement": "r.reported_at",
    # A figure is known when its vintage day ends (UTC).
    "observation": "((r.vintage + 1)::timestamp AT TIME ZONE 'UTC')",
    "alert": "r.opened_at",
}


def _keys_where(cases: dict[str, str]) -> str:
    """The keys of the evidence items of ``t`` for whose kind the condition holds."""
    whens = " ".join(f"WHEN '{kind}' THEN {sql}" for kind, sql in cases.items())
    return (
        "ARRAY(SELECT e->>'key' FROM jsonb_array_elements(t.evidence) AS e "  # noqa: S608
        f"WHERE CASE e->>'kind' {whens} ELSE false END)"
    )


def _retracted_at(known: str) -> str:
    """Keys of items whose record, as recorded at ``known``, is retracted, withdrawn or
    deleted."""
    return _keys_where(
        {
            kind: (
                f"EXISTS (SELECT 1 FROM (SELECT * FROM {table} WHERE id = e->>'record_id' "  # noqa: S608
                f"UNION ALL SELECT * FROM {table}_history WHERE id = e->>'record_id') r "
                f"WHERE r.sys_period @> {known} AND {_FLAGS[kind]})"
            )
            for kind, table in _TABLES.items()
        }
    )


def _unknown_at(known: str) -> str:
    """Keys of items whose record had not been reported by ``known``."""
    return _keys_where(
        {
            kind: (
                f"EXISTS (SELECT 1 FROM {table} r WHERE r.id = e->>'record_id' "  # noqa: S608
                f"AND {_REPORTED[kind]} > {known})"
            )
            for kind, table in _TABLES.items()
        }
    )


@dataclass(frozen=True)
class _AchTable(KnowingTable):
    """The matrices table; every read also brings the keys of items retracted since cited
    (and, at a ``known_by``, of those not reported by then)."""

    @property
    def select_list(self) -> str:
        if self.known_by_param is None:
            return f"{super().select_list}, {_RETRACTED}, '{{}}'::text[] AS unknown"
        known = f"{self.known_by_param}::timestamptz"
        return (
            f"{super().select_list}, {_retracted_at(known)} AS retracted, "
            f"{_unknown_at(known)} AS unknown"
        )


ACH_MATRICES = _AchTable(
    name="ach_matrices",
    columns=(
        "title",
        "question",
        "question_id",
        "scenario_set_id",
        "tags",
        "hypotheses",
        "evidence",
        "ratings",
        "scores",
        "record_ids",
        "scenario_ids",
    ),
)

CONDITIONS = {
    "dataset": BY_DATASET,
    "tag": "t.tags @> ARRAY[{}::text]",
    "question": "t.question_id = {}",
    "scenario_set": "t.scenario_set_id = {}",
    "scenario": "t.scenario_ids @> ARRAY[{}::text]",
    "record": "t.record_ids @> ARRAY[{}::text]",
    # strpos, not LIKE: `%` and `_` are plain characters.
    "title": "strpos(lower(t.title), lower({})) > 0",
    "hypothesis": "EXISTS (SELECT 1 FROM jsonb_array_elements(t.hypotheses) AS h "
    "WHERE strpos(lower(h->>'label'), lower({})) > 0)",
}
"""Filter → its condition, when given."""

_CITED = """
SELECT id, dataset, grade, status FROM events WHERE id = ANY($1::text[]) AND deleted_at IS NULL
UNION ALL
SELECT id, dataset, grade, status FROM statements
WHERE id = ANY($1::text[]) AND deleted_at IS NULL
UNION ALL
SELECT id, dataset, grade, NULL FROM observations WHERE id = ANY($1::text[]) AND deleted_at IS NULL
UNION ALL
SELECT id, dataset, NULL, CASE WHEN withdrawn THEN 'withdrawn' END FROM alerts
WHERE id = ANY($1::text[]) AND deleted_at IS NULL
"""
_QUESTION = "SELECT dataset FROM questions WHERE id = $1 AND deleted_at IS NULL"
_SET = "SELECT dataset FROM scenario_sets WHERE id = $1 AND deleted_at IS NULL"
_SCENARIOS = """
SELECT id, dataset, set_id FROM scenarios WHERE id = ANY($1::text[]) AND deleted_at IS NULL
"""


def apply_filters(query: ListQuery, filters: AchFilters) -> None:
    query.where_given(filters, CONDITIONS)


@marked
def to_matrix(row: asyncpg.Record) -> AchMatrix:
    return msgspec.convert(dict(row), AchMatrix, strict=True)


async def cited_records(ctx: Context, ids: list[str]) -> dict[str, asyncpg.Record]:
    """Record id → (dataset, grade, status) for the live records among ``ids``."""
    return {r["id"]: r for r in await ctx.conn.fetch(_CITED, ids)}


async def question_dataset(ctx: Context, question_id: str) -> str | None:
    """The dataset of a live question, or ``None``."""
    value = await ctx.conn.fetchval(_QUESTION, question_id)
    return None if value is None else str(value)


async def scenario_set_dataset(ctx: Context, set_id: str) -> str | None:
    """The dataset of a live scenario set, or ``None``."""
    value = await ctx.conn.fetchval(_SET, set_id)
    return None if value is None else str(value)


async def scenarios(ctx: Context, ids: list[str]) -> dict[str, asyncpg.Record]:
    """Scenario id → (dataset, set_id) for the live scenarios among ``ids``."""
    return {r["id"]: r for r in await ctx.conn.fetch(_SCENARIOS, ids)}
