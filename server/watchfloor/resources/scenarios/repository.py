"""SQL of scenarios: the table, its filters, the likelihood resolved on every read.

A ``question`` or ``baseline`` likelihood is not stored: the select list takes the newest
forecast recorded by the row's **read instant** (:func:`read_at`), so a GET, a list, the change
feed and the export agree, and an ``as_of`` read sees the forecast that was newest then.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence.store import BOOKKEEPING, BY_DATASET, ListQuery, Table
from watchfloor.resources.scenarios.schemas import Scenario, ScenarioFilters

__all__ = (
    "SCENARIOS",
    "ReadAtTable",
    "ScenarioFilters",
    "apply_filters",
    "members_sql",
    "probability_sql",
    "question_kind",
    "read_at",
    "scenario_set",
    "set_probabilities",
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


@dataclass(frozen=True)
class ReadAtTable(Table):
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


def _forecast_sql(alias: str, at: str, columns: str) -> str:
    """The forecast a likelihood of ``alias`` takes, newest recorded by ``at`` (no row for an
    analyst's likelihood, or while there is none)."""
    return (
        f"SELECT {columns} FROM forecasts f "  # noqa: S608
        f"WHERE {alias}.likelihood_source <> 'analyst' "
        f"AND f.question_id = {alias}.likelihood_question_id AND f.probability IS NOT NULL "
        f"AND f.forecaster = coalesce({alias}.likelihood_forecaster, f.forecaster) "
        f"AND ({alias}.likelihood_source <> 'baseline' OR f.forecaster_kind = 'model') "
        f"AND f.created_at <= {at} AND (f.deleted_at IS NULL OR f.deleted_at > {at}) "
        "ORDER BY f.created_at DESC, f.id DESC LIMIT 1"
    )


def probability_sql(alias: str, at: str) -> str:
    """P(the scenario ``alias``) as of ``at``: stated, or its forecast's."""
    return (
        f"(CASE WHEN {alias}.likelihood_source = 'analyst' THEN {alias}.likelihood_probability "
        f"ELSE ({_forecast_sql(alias, at, 'f.probability')}) END)"
    )


_FORECAST = "f.id, f.forecaster, f.probability, f.created_at"


def _likelihood_sql(alias: str) -> str:
    at = read_at(alias)
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
        f"FROM (SELECT 1) one LEFT JOIN LATERAL ({_forecast_sql(alias, at, _FORECAST)}) f ON true)"
    )


def members_sql(set_alias: str, at: str) -> str:
    """The scenarios of the set ``set_alias`` as recorded at ``at`` (alias ``s``)."""
    return (
        "(SELECT * FROM (SELECT * FROM scenarios "  # noqa: S608
        f"WHERE set_id = {set_alias}.id UNION ALL SELECT * FROM scenarios_history "
        f"WHERE set_id = {set_alias}.id) m WHERE m.sys_period @> {at} "
        "AND m.deleted_at IS NULL) s"
    )


@dataclass(frozen=True)
class _ScenarioTable(ReadAtTable):
    """The scenarios table; every read also brings the likelihood resolved as of the read."""

    @property
    def select_list(self) -> str:
        return f"{super().select_list}, {_likelihood_sql('t')} AS likelihood"


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

_PROBABILITY = probability_sql("t", read_at("t"))

CONDITIONS = {
    "dataset": BY_DATASET,
    "set": "t.set_id = {}",
    "actor": "t.actor_ids @> ARRAY[{}::text]",
    "tag": "t.tags @> ARRAY[{}::text]",
    # strpos, not LIKE: `%` and `_` are plain characters.
    "name": "strpos(lower(t.name), lower({})) > 0",
    "expression": f"wf_icd203({_PROBABILITY}) = {{}}",
    "min_probability": f"{_PROBABILITY} >= {{}}",
}
"""Filter → its condition, when given."""

_QUESTION = "SELECT dataset, kind FROM questions WHERE id = $1 AND deleted_at IS NULL"
_SET = "SELECT dataset, complete FROM scenario_sets WHERE id = $1 AND deleted_at IS NULL"
_OTHERS = (
    f"SELECT {probability_sql('s', 'now()')} AS p FROM scenarios s "  # noqa: S608
    "WHERE s.set_id = $1 AND s.deleted_at IS NULL AND s.id <> ALL($2::text[])"
)


def apply_filters(query: ListQuery, filters: ScenarioFilters) -> None:
    query.where_given(filters, CONDITIONS)


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
