"""SQL of backtests: one row per run, never updated."""

from collections.abc import Sequence
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.resources.backtests.schemas import Backtest, BacktestSummary

__all__ = ("get_backtest", "insert_backtest", "list_backtests")

_INSERT = """
INSERT INTO backtests (id, dataset, request, results, aggregates, fingerprint, elapsed_ms)
VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb, $6, $7)
RETURNING created_at
"""
_GET = """
SELECT id, dataset, created_at, request, results, aggregates, fingerprint, elapsed_ms
FROM backtests WHERE id = $1
"""
_LIST = """
SELECT id, dataset, created_at, request, aggregates, fingerprint, elapsed_ms
FROM backtests
WHERE dataset = $1 AND ($2::text IS NULL OR id < $2)
ORDER BY id DESC
LIMIT $3
"""


async def insert_backtest(
    ctx: Context,
    backtest_id: str,
    dataset: str,
    request: Any,
    results: Any,
    aggregates: Any,
    fingerprint: str,
    elapsed_ms: int,
) -> asyncpg.Record:
    """Store a run (the jsonb values are encoded by the connection's codec); returns its
    ``created_at``."""
    row = await ctx.conn.fetchrow(
        _INSERT, backtest_id, dataset, request, results, aggregates,
        fingerprint, elapsed_ms,
    )  # fmt: skip
    assert row is not None
    return row


def _decoded(row: asyncpg.Record) -> dict[str, Any]:
    out = dict(row)
    for name in ("request", "results", "aggregates"):
        if name in out and isinstance(out[name], str):
            out[name] = msgspec.json.decode(out[name])
    return out


async def get_backtest(ctx: Context, backtest_id: str) -> Backtest | None:
    """The stored run, if the caller may see its dataset."""
    row = await ctx.conn.fetchrow(_GET, backtest_id)
    if row is None or not ctx.may_see(row["dataset"]):
        return None
    return msgspec.convert(_decoded(row), Backtest)


async def list_backtests(
    ctx: Context, dataset: str, before: str | None, limit: int
) -> Sequence[BacktestSummary]:
    """The dataset's runs, newest first, ids below ``before``; ``limit`` of them."""
    rows = await ctx.conn.fetch(_LIST, dataset, before, limit)
    return [msgspec.convert(_decoded(r), BacktestSummary) for r in rows]
