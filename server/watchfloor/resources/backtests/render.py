"""Rows of ``backtests`` → the wire types: the whole run, or the summary a list shows."""

from typing import Any

import asyncpg
import msgspec

from watchfloor.resources.backtests.schemas import Backtest, BacktestSummary
from watchfloor.wire import marked

__all__ = ("to_backtest", "to_summary")


def _fields(row: asyncpg.Record, names: tuple[str, ...]) -> dict[str, Any]:
    return {k: row[k] for k in names if k in row}  # ``exercise`` is the kit's (versioned.marked)


@marked
def to_backtest(row: asyncpg.Record) -> Backtest:
    """A row (current or history) → the backtest, every origin included."""
    return msgspec.convert(_fields(row, Backtest.__struct_fields__), Backtest)


@marked
def to_summary(row: asyncpg.Record) -> BacktestSummary:
    """A row → the backtest as a list shows it: its means, not its origins."""
    return msgspec.convert(_fields(row, BacktestSummary.__struct_fields__), BacktestSummary)
