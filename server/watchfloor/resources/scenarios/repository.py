"""SQL of scenarios: the table, its filters, the likelihood and signposts resolved on every read.

A ``question`` or ``baseline`` likelihood is not stored: the select list takes the newest
forecast recorded by the row's **read instant** (:func:`read_at`), so a GET, a list, the change
feed and the export agree, and an ``as_of`` read sees the forecast that was newest then. The
signpost counts are those of the signposts naming the scenario as recorded at the read instant.

A read with ``known_by`` (:class:`~watchfloor.persistence.knowing.KnowingTable`) takes the
newest forecast *created* by that knowledge instant too (:func:`knowledge_at`), and each
signpost's status at it (the last of its ``steps`` at or before it, ``not_seen`` before the
first).
"""

from collections.abc import Sequence
from dataclasses import dataclass

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence.knowing import KnowingTable
from watchfloor.persistence.store import BOOKKEEPING, BY_DATASET, ListQuery
from watchfloor.resources.scenarios.schemas import Scenario, ScenarioFilters
from watchfloor.wire import marked

__all__ = (
    "SCENARIOS",
    "ReadAtTable",
    "ScenarioFilters",
    "apply_filters",
    "knowledge_at",
    "lit_sql",
    "members_sql",
    "probability_sql",
    "question_kind",
    "read_at",
    "scenario_set",
    "set_probabilities",
    "signposts_sql",
    "to_scenario",
)

BASELINE = "count-model"
"""The forecaster of a ``baseline`` likelihood (docs/forecasting.md, the baselines)."""

_TIMESTAMP = (
    'replace(to_char(({}) AT TIME ZONE \'UTC\', \'YYYY-MM-DD"T"HH24":"MI":"SS.US"Z"\'), '
    "'.000000Z', 'Z')"
)
"""A timestamp as msgspec writes it (as ``sync.representation`` does)."""


def read_at(alias: str) -> str:
    """The instant a row of ``alias`` is read at: now for the current version, the ``as_of``
    of an ``as_of`` read (:meth:`ReadAtTable.relation`), and the last instant an older
    version was current (the change feed's and the history's older versions)."""
    return (
        f"(CASE WHEN upper_inf({alias}.sys_period) THEN now() "
        f"ELSE upper({alias}.sys_period) - interval '1 microsecond' END)"
    )


def knowledge_at(alias: str, known_by_param: str | None) -> str:
    """The knowledge instant a row of ``alias`` is read at: its read instant, or ``known_by``
    when earlier (what had not been recorded by the read instant cannot have been known)."""
    at = read_at(alias)
    if known_by_param is None:
        return at
    return f"least({at}, {known_by_param}::timestamptz)"


@dataclass(frozen=True)
class ReadAtTable(KnowingTable):
    """A table whose derived fields depend on when it is read: an ``as_of`` read's rows carry
    the instant as ``sys_period`` (``[as_of, as_of + 1 µs)``), so :func:`read_at` gives it."""

    def relation(self, as_of_param: str | None, alias: str = "t") -> str:
        if as_of_param is None:
            return super().relation(None, alias)
        columns = ", ".join(f"v.{c}" for c in (*BOOKKEEPING, *self.columns))
        return (
            f"(SELECT {columns}, tstzrange({as_of_param}::timestamptz, "  # noqa: S608
            f"{as_of_param}::timestamptz + interval '1 microsecond', '[)') AS sys_period "
            f"FROM {super().relation(as_of_param, 'v')}) {alias}"
        )


def _forecast_sql(alias: str, at: str, columns: str, known: str | None = None) -> str:
    """The forecast a likelihood of ``alias`` takes, newest recorded by ``at`` and created by
    ``known`` (default ``at``), not deleted at ``at`` (no row for an analyst's likelihood, or
    while there is none)."""
    return (
        f"SELECT {columns} FROM forecasts f "  # noqa: S608
        f"WHERE {alias}.likelihood_source <> 'analyst' "
        f"AND f.question_id = {alias}.likelihood_question_id AND f.probability IS NOT NULL "
        f"AND f.forecaster = coalesce({alias}.likelihood_forecaster, f.forecaster) "
        f"AND ({alias}.likelihood_source <> 'baseline' OR f.forecaster_kind = 'model') "
        f"AND f.created_at <= {known or at} AND (f.deleted_at IS NULL OR f.deleted_at > {at}) "
        "ORDER BY f.created_at DESC, f.id DESC LIMIT 1"
    )


def probability_sql(alias: str, at: str, known: str | None = None) -> str:
    """P(the scenario ``alias``) as of ``at`` (known by ``known``): stated, or its forecast's."""
    return (
        f"(CASE WHEN {alias}.likelihood_source = 'analyst' THEN {alias}.likelihood_probability "
        f"ELSE ({_forecast_sql(alias, at, 'f.probability', known)}) END)"
    )


_FORECAST = "f.id, f.forecaster, f.probability, f.created_at"


def _likelihood_sql(alias: str, known_by_param: str | None) -> str:
    at = read_at(alias)
    known = knowledge_at(alias, known_by_param)
    probability = (
        f"CASE WHEN {alias}.likelihood_source = 'analyst' "
        f"THEN {alias}.likelihood_probability ELSE f.probability END"
    )
    forecast = (
        "CASE WHEN f.id IS NULL THEN NULL ELSE jsonb_build_object('id', f.id, "
        f"'forecaster', f.forecaster, 'created_at', {_TIMESTAMP.format('f.created_at')}) END"
    )
    return (
        "(SELECT jsonb_build_object("  # noqa: S608
        f"'source', {alias}.likelihood_source, 'probability', {probability}, "
        f"'expression', wf_icd203({probability}), "
        f"'question_id', {alias}.likelihood_question_id, "
        f"'forecaster', {alias}.likelihood_forecaster, "
        f"'rationale', {alias}.likelihood_rationale, 'forecast', {forecast}) "
        f"FROM (SELECT 1) one LEFT JOIN LATERAL ({_forecast_sql(alias, at, _FORECAST, known)}) f "
        "ON true)"
    )


def members_sql(set_alias: str, at: str) -> str:
    """The scenarios of the set ``set_alias`` as recorded at ``at`` (alias ``s``)."""
    return (
        "(SELECT * FROM (SELECT * FROM scenarios "  # noqa: S608
        f"WHERE set_id = {set_alias}.id UNION ALL SELECT * FROM scenarios_history "
        f"WHERE set_id = {set_alias}.id) m WHERE m.sys_period @> {at} "
        "AND m.deleted_at IS NULL) s"
    )


def _signpost_status_sql(known: str | None) -> str:
    """The status of the signpost ``sg``: as recorded, or at the knowledge instant ``known``
    (the last of its steps at or before it; ``not_seen`` before the first)."""
    if known is None:
        return "sg.status"
    return (
        "coalesce((SELECT x.step ->> 'status' FROM jsonb_array_elements(sg.steps) "  # noqa: S608
        f"WITH ORDINALITY AS x (step, n) WHERE (x.step ->> 'at')::timestamptz <= {known} "
        "ORDER BY x.n DESC LIMIT 1), 'not_seen')"
    )


def _signposts_of(alias: str) -> str:
    """The live signposts naming the scenario ``alias``, as recorded at its read instant
    (alias ``sg``)."""
    return (
        f"(SELECT * FROM signposts WHERE scenario_ids @> ARRAY[{alias}.id] UNION ALL "  # noqa: S608
        f"SELECT * FROM signposts_history WHERE scenario_ids @> ARRAY[{alias}.id]) sg "
        f"WHERE sg.sys_period @> {read_at(alias)} AND sg.deleted_at IS NULL"
    )


def signposts_sql(alias: str, known_by_param: str | None) -> str:
    """``{total, seen, emerging}``: the scenario's live signposts, and how many are lit."""
    known = None if known_by_param is None else knowledge_at(alias, known_by_param)
    return (
        "(SELECT jsonb_build_object('total', count(*), "  # noqa: S608
        "'seen', count(*) FILTER (WHERE x.status = 'seen'), "
        "'emerging', count(*) FILTER (WHERE x.status = 'emerging')) "
        f"FROM (SELECT {_signpost_status_sql(known)} AS status FROM {_signposts_of(alias)}) x)"
    )


def lit_sql(alias: str, known_by_param: str | None) -> str:
    """Whether a live signpost of the scenario ``alias`` is ``seen`` (at ``known_by``)."""
    known = None if known_by_param is None else knowledge_at(alias, known_by_param)
    return (
        f"EXISTS (SELECT 1 FROM {_signposts_of(alias)} "  # noqa: S608
        f"AND {_signpost_status_sql(known)} = 'seen')"
    )


@dataclass(frozen=True)
class _ScenarioTable(ReadAtTable):
    """The scenarios table; every read also brings the likelihood and the signpost counts
    resolved as of the read (and at its ``known_by``)."""

    @property
    def select_list(self) -> str:
        known_by = self.known_by_param
        return (
            f"{super().select_list}, {_likelihood_sql('t', known_by)} AS likelihood, "
            f"{signposts_sql('t', known_by)} AS signposts"
        )


SCENARIOS = _ScenarioTable(
    name="scenarios",
    columns=(
        "name",
        "narrative",
        "window_start",
        "window_end",
        "assumptions",
        "drivers",
        "actor_ids",
        "tags",
        "set_id",
        "likelihood_source",
        "likelihood_probability",
        "likelihood_question_id",
        "likelihood_forecaster",
        "likelihood_rationale",
    ),
)

CONDITIONS = {
    "dataset": BY_DATASET,
    "set": "t.set_id = {}",
    "actor": "t.actor_ids @> ARRAY[{}::text]",
    "tag": "t.tags @> ARRAY[{}::text]",
    # strpos, not LIKE: `%` and `_` are plain characters.
    "name": "strpos(lower(t.name), lower({})) > 0",
}
"""Filter → its condition, when given (those that read the likelihood or the signposts, as of
the read and its ``known_by``: :func:`apply_filters`)."""

_QUESTION = "SELECT dataset, kind FROM questions WHERE id = $1 AND deleted_at IS NULL"
_SET = "SELECT dataset, complete FROM scenario_sets WHERE id = $1 AND deleted_at IS NULL"
_OTHERS = (
    f"SELECT {probability_sql('s', 'now()')} AS p FROM scenarios s "  # noqa: S608
    "WHERE s.set_id = $1 AND s.deleted_at IS NULL AND s.id <> ALL($2::text[])"
)


def apply_filters(query: ListQuery, filters: ScenarioFilters) -> None:
    query.where_given(filters, CONDITIONS)
    table = query.table
    known_by = table.known_by_param if isinstance(table, KnowingTable) else None
    probability = probability_sql("t", read_at("t"), knowledge_at("t", known_by))
    if filters.expression is not None:
        query.where(f"wf_icd203({probability}) = {{}}", filters.expression)
    if filters.min_probability is not None:
        query.where(f"{probability} >= {{}}", filters.min_probability)
    if filters.lit is not None:
        lit = lit_sql("t", known_by)
        query.where(lit if filters.lit else f"NOT {lit}")


@marked
def to_scenario(row: asyncpg.Record) -> Scenario:
    return msgspec.convert(dict(row), Scenario, strict=True)


async def question_kind(ctx: Context, question_id: str) -> tuple[str, str] | None:
    """A live question's dataset and kind."""
    row = await ctx.conn.fetchrow(_QUESTION, question_id)
    return None if row is None else (row["dataset"], row["kind"])


async def scenario_set(ctx: Context, set_id: str) -> tuple[str, bool] | None:
    """A live scenario set's dataset and whether it is complete."""
    row = await ctx.conn.fetchrow(_SET, set_id)
    return None if row is None else (row["dataset"], row["complete"])


async def set_probabilities(
    ctx: Context, set_id: str, excluding: Sequence[str] = ()
) -> list[float | None]:
    """The likelihoods, as of now, of a set's live scenarios other than ``excluding``."""
    return [r["p"] for r in await ctx.conn.fetch(_OTHERS, set_id, list(excluding))]
