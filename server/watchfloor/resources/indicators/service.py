"""The rules of indicators: related actors must exist; deleting one retires its figures."""

from datetime import datetime

import asyncpg
import msgspec

from watchfloor.errors import FieldError, Unprocessable
from watchfloor.ids import new_id
from watchfloor.records import Records
from watchfloor.resources.actors.repository import missing_actor_ids
from watchfloor.resources.indicators import repository as repo
from watchfloor.resources.indicators.schemas import IndicatorCreate, IndicatorPatch, Threshold
from watchfloor.resources.observations.repository import tombstone_series
from watchfloor.store import ListQuery, Page

__all__ = ("IndicatorService",)

ORDER = (("t.id", True),)


async def _check_actors(conn: asyncpg.Connection, actor_ids: list[str]) -> None:
    missing = set(await missing_actor_ids(conn, actor_ids))
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


class IndicatorService:
    """Create, read, change and delete indicators."""

    records = Records(repo.INDICATORS, "indicator")

    async def create(self, conn: asyncpg.Connection, data: IndicatorCreate) -> asyncpg.Record:
        await _check_actors(conn, data.actor_ids)
        values = msgspec.structs.asdict(data)
        values["thresholds"] = _thresholds_json(data.thresholds)
        values["id"] = new_id("indicator")
        return await self.records.create(conn, values)

    async def update(
        self,
        conn: asyncpg.Connection,
        indicator_id: str,
        data: IndicatorPatch,
        if_match: str | None,
    ) -> asyncpg.Record:
        changes = {k: v for k, v in msgspec.structs.asdict(data).items() if v is not msgspec.UNSET}
        if isinstance(data.actor_ids, list):
            await _check_actors(conn, data.actor_ids)
        if isinstance(data.thresholds, list):
            changes["thresholds"] = _thresholds_json(data.thresholds)
        return await self.records.update(conn, indicator_id, changes, if_match)

    async def delete(
        self, conn: asyncpg.Connection, indicator_id: str, if_match: str | None
    ) -> asyncpg.Record:
        """Tombstone the indicator and every figure of it, so partners see them all go."""
        row = await self.records.delete(conn, indicator_id, if_match)
        await tombstone_series(conn, indicator_id)
        return row

    async def list(
        self,
        conn: asyncpg.Connection,
        filters: repo.IndicatorFilters,
        *,
        as_of: datetime | None,
        after: list[object] | None,
        limit: int,
    ) -> Page:
        query = ListQuery(repo.INDICATORS, as_of=as_of)
        repo.apply_filters(query, filters)
        return await query.page(conn, order=ORDER, after=after, limit=limit)
