"""SQL of indicators: the table, its filters, and rows → wire types."""

import asyncpg
import msgspec

from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.indicators.schemas import Indicator, IndicatorFilters
from watchfloor.wire import marked

__all__ = ("INDICATORS", "IndicatorFilters", "apply_filters", "to_indicator")

INDICATORS = Table(
    name="indicators",
    columns=(
        "name",
        "unit",
        "frequency",
        "description",
        "actor_ids",
        "thresholds",
        "tags",
        "definition",
    ),
)

BY_ACTOR = "t.actor_ids @> ARRAY[{}::text]"
BY_TAG = "t.tags @> ARRAY[{}::text]"
BY_FREQUENCY = "t.frequency = {}"
# A case-insensitive substring: `trade` finds "China–DPRK trade". strpos, not LIKE, so `%` and
# `_` in the query are plain characters.
BY_NAME = "strpos(lower(t.name), lower({})) > 0"


CONDITIONS = {
    "dataset": BY_DATASET,
    "actor": BY_ACTOR,
    "tag": BY_TAG,
    "frequency": BY_FREQUENCY,
    "name": BY_NAME,
}
"""Filter → its condition, when given."""


def apply_filters(query: ListQuery, filters: IndicatorFilters) -> None:
    query.where_given(filters, CONDITIONS)


@marked
def to_indicator(row: asyncpg.Record) -> Indicator:
    return msgspec.convert(dict(row), Indicator, strict=True)
