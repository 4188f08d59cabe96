"""SQL of scenario sets: the table, its filters, and its scenarios' sum as of the read (and at
its ``known_by``: each scenario's likelihood from the newest forecast created by then)."""

from dataclasses import dataclass

import asyncpg
import msgspec

from watchfloor.persistence.store import BY_DATASET, ListQuery
from watchfloor.resources.scenario_sets.schemas import ScenarioSet, ScenarioSetFilters
from watchfloor.resources.scenarios.repository import (
    ReadAtTable,
    knowledge_at,
    members_sql,
    probability_sql,
    read_at,
)
from watchfloor.wire import marked

__all__ = ("SCENARIO_SETS", "ScenarioSetFilters", "apply_filters", "to_scenario_set")

_AT = read_at("t")
_MEMBERS = members_sql("t", _AT)


def _derived(known_by_param: str | None) -> tuple[str, ...]:
    """Its scenarios as recorded at the read instant, and their sum as known by then."""
    p = probability_sql("s", _AT, knowledge_at("t", known_by_param))
    total = (
        f"(SELECT CASE WHEN count(*) > 0 AND count(x.p) = count(*) THEN sum(x.p) END "  # noqa: S608
        f"FROM (SELECT {p} AS p FROM {_MEMBERS}) x)"
    )
    return (
        f"(SELECT coalesce(array_agg(s.id ORDER BY s.id), '{{}}') FROM {_MEMBERS}) AS scenario_ids",  # noqa: S608
        f"{total} AS sum",
        f"coalesce(abs({total} - 1) <= 0.005, false) AS consistent",
    )


@dataclass(frozen=True)
class _ScenarioSetTable(ReadAtTable):
    """The scenario sets table; every read also brings its scenarios and their sum."""

    @property
    def select_list(self) -> str:
        return ", ".join((super().select_list, *_derived(self.known_by_param)))


SCENARIO_SETS = _ScenarioSetTable(
    name="scenario_sets",
    columns=("name", "description", "question_id", "tags", "complete"),
)

CONDITIONS = {
    "dataset": BY_DATASET,
    "question": "t.question_id = {}",
    "tag": "t.tags @> ARRAY[{}::text]",
    "name": "strpos(lower(t.name), lower({})) > 0",
}
"""Filter → its condition, when given."""


def apply_filters(query: ListQuery, filters: ScenarioSetFilters) -> None:
    query.where_given(filters, CONDITIONS)


@marked
def to_scenario_set(row: asyncpg.Record) -> ScenarioSet:
    return msgspec.convert(dict(row), ScenarioSet, strict=True)
