"""SQL of backtests: the table, its filters, and rows → wire types.

A run's numbers are stored once (``request``, ``results``, ``aggregates``, ``fingerprint``,
``elapsed_ms``) and never updated; versions only change bookkeeping.
"""

from typing import Any

import asyncpg
import msgspec

from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.backtests.schemas import Backtest, BacktestFilters, BacktestSummary

__all__ = ("BACKTESTS", "apply_filters", "to_backtest", "to_summary")

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


def _fields(row: asyncpg.Record, names: tuple[str, ...]) -> dict[str, Any]:
    return {k: row[k] for k in names}


def to_backtest(row: asyncpg.Record) -> Backtest:
    """A row (current or history) → the backtest, every origin included."""
    return msgspec.convert(_fields(row, Backtest.__struct_fields__), Backtest)


def to_summary(row: asyncpg.Record) -> BacktestSummary:
    """A row → the backtest as a list shows it: its means, not its origins."""
    return msgspec.convert(_fields(row, BacktestSummary.__struct_fields__), BacktestSummary)
