"""The rules of indicators: related actors must exist; deleting one retires its figures."""

from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.persistence.records import Expected, Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.actors.repository import missing_actor_ids
from watchfloor.resources.indicators import repository as repo
from watchfloor.resources.indicators.schemas import IndicatorCreate, IndicatorPatch, Threshold
from watchfloor.resources.observations.repository import tombstone_series
from watchfloor.versioned import VersionedService, sent_fields

__all__ = ("IndicatorService",)


async def _check_actors(ctx: Context, actor_ids: list[str]) -> None:
    missing = set(await missing_actor_ids(ctx, actor_ids))
    if missing:
        raise Unprocessable(
            "The indicator names an actor that does not exist.",
            errors=[
                FieldError(f"/actor_ids/{i}", f"no actor {a}")
                for i, a in enumerate(actor_ids)
                if a in missing
            ],
        )


def _thresholds_json(thresholds: list[Threshold]) -> list[dict[str, object]]:
    return [msgspec.to_builtins(t) for t in thresholds]


class IndicatorService(VersionedService[IndicatorCreate, IndicatorPatch, repo.IndicatorFilters]):
    """Create, read, change and delete indicators."""

    records = Records(repo.INDICATORS, "indicator")

    async def values(self, ctx: Context, data: IndicatorCreate) -> dict[str, Any]:
        await _check_actors(ctx, data.actor_ids)
        values = msgspec.structs.asdict(data)
        values["thresholds"] = _thresholds_json(data.thresholds)
        return values

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: IndicatorPatch
    ) -> dict[str, Any]:
        changes = sent_fields(data)
        if isinstance(data.actor_ids, list):
            await _check_actors(ctx, data.actor_ids)
        if isinstance(data.thresholds, list):
            changes["thresholds"] = _thresholds_json(data.thresholds)
        return changes

    async def delete(self, ctx: Context, indicator_id: str, expected: Expected) -> asyncpg.Record:
        """Tombstone the indicator and every figure of it, so partners see them all go."""
        row = await self.records.delete(ctx, indicator_id, expected)
        await tombstone_series(ctx, indicator_id)
        return row

    def filter(self, query: ListQuery, filters: repo.IndicatorFilters) -> None:
        repo.apply_filters(query, filters)
