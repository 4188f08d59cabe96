"""The rules of backtests: run by the server, stored once, never edited.

``POST /v1/backtests`` runs the request (:func:`watchfloor.forecasting.backtests.run`) and
stores its numbers as version 1. A later version only changes ``external_id`` (``PATCH``) or
tombstones the run (``DELETE``). An import line restores a backtest exported elsewhere
(:class:`~watchfloor.resources.backtests.schemas.BacktestImport`): its numbers as they are, not
run again, checked for their shape only.
"""

from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.forecasting import backtests
from watchfloor.ids import new_id
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.backtests import repository as repo
from watchfloor.resources.backtests.schemas import (
    BacktestCreate,
    BacktestFilters,
    BacktestImport,
    BacktestPatch,
)
from watchfloor.versioned import VersionedService, sent_fields

__all__ = ("BacktestService", "restore_problems")


def restore_problems(data: BacktestImport) -> list[FieldError]:
    """What makes a restored backtest inconsistent: its origins against its means, each
    forecast against the template's kind and levels."""
    problems = []
    template = data.request.template
    if data.aggregates.origins != len(data.results):
        problems.append(
            FieldError(
                "/aggregates/origins",
                f"{data.aggregates.origins} origins, but {len(data.results)} results",
            )
        )
    levels = len(template.quantile_levels)
    for i, result in enumerate(data.results):
        forecast = result.forecast
        if template.kind == "binary" and (forecast.probability is None or forecast.quantiles):
            problems.append(FieldError(f"/results/{i}/forecast", "a binary run's probability"))
        elif template.kind == "count" and (
            forecast.probability is not None
            or forecast.quantiles is None
            or len(forecast.quantiles) != levels
        ):
            problems.append(
                FieldError(f"/results/{i}/forecast", f"a count run's {levels} quantiles")
            )
        if len(problems) >= 20:
            break
    return problems


class BacktestService(VersionedService[BacktestImport, BacktestPatch, BacktestFilters]):
    """Run backtests and keep them; restore exported ones; never change their numbers."""

    records = Records(repo.BACKTESTS, "backtest")

    async def run(self, ctx: Context, request: BacktestCreate) -> asyncpg.Record:
        """Run ``request`` now and store it as a new backtest."""
        done = await backtests.run(ctx, request)
        values = {
            "id": new_id("backtest"),
            "dataset": request.dataset,
            "request": msgspec.to_builtins(request),
            "results": msgspec.to_builtins(done.results),
            "aggregates": msgspec.to_builtins(done.aggregates),
            "fingerprint": done.fingerprint,
            "elapsed_ms": done.elapsed_ms,
        }
        return await self.records.create(ctx, values)

    async def values(self, ctx: Context, data: BacktestImport) -> dict[str, Any]:
        try:
            backtests.check_template(data.request.template)
        except Unprocessable as exc:
            raise Unprocessable(
                exc.detail,
                errors=[FieldError(f"/request{e.pointer}", e.detail) for e in exc.errors],
            ) from None
        problems = restore_problems(data)
        if problems:
            raise Unprocessable("The backtest's numbers do not fit its request.", errors=problems)
        # Restored into this dataset: its request reproduces it here.
        request = msgspec.structs.replace(data.request, dataset=data.dataset)
        return {
            "dataset": data.dataset,
            "external_id": data.external_id,
            "request": msgspec.to_builtins(request),
            "results": msgspec.to_builtins(data.results),
            "aggregates": msgspec.to_builtins(data.aggregates),
            "fingerprint": data.fingerprint,
            "elapsed_ms": data.elapsed_ms,
        }

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: BacktestPatch
    ) -> dict[str, Any]:
        return sent_fields(data)

    def filter(self, query: ListQuery, filters: BacktestFilters) -> None:
        repo.apply_filters(query, filters)
