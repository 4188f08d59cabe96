"""Backtests, declared once: a model run over a question template at rolling origins, stored."""

from watchfloor.resources.backtests.render import to_backtest
from watchfloor.resources.backtests.schemas import (
    Backtest,
    BacktestImport,
    BacktestList,
    BacktestPatch,
    BacktestVersion,
    BacktestVersionList,
)
from watchfloor.resources.backtests.service import BacktestService
from watchfloor.versioned import Resource

__all__ = ("BACKTEST",)

BACKTEST = Resource(
    name="backtest",
    path="/v1/backtests",
    service=BacktestService(),
    render=to_backtest,
    item=Backtest,
    create_type=BacktestImport,
    patch_type=BacktestPatch,
    page=BacktestList,
    version=BacktestVersion,
    versions=BacktestVersionList,
    references={"request.template.indicator_id": "indicator"},
)
