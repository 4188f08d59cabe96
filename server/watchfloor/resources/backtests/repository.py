"""SQL of backtests: the table and its filters.

A run's numbers are stored once (``request``, ``results``, ``aggregates``, ``fingerprint``,
``elapsed_ms``) and never updated; versions only change bookkeeping.
"""

from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.backtests.schemas import BacktestFilters

__all__ = ("BACKTESTS", "apply_filters")

BACKTESTS = Table(
    name="backtests",
    columns=("request", "results", "aggregates", "fingerprint", "elapsed_ms"),
)

CONDITIONS = {
    "dataset": BY_DATASET,
    "model": "t.request ->> 'model' = {}",
    "fingerprint": "t.fingerprint = {}",
}
"""Filter → its condition, when given."""


def apply_filters(query: ListQuery, filters: BacktestFilters) -> None:
    query.where_given(filters, CONDITIONS)
