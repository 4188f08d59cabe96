"""The rules of indicators: related actors must exist; deleting one retires its figures.

An indicator with a ``definition`` is computed (``watchfloor.computed``): the definition must
name what exists, and an indicator with figures entered by hand cannot become computed.
"""

from typing import Any

import asyncpg
import msgspec

from watchfloor.computed.service import checked_selection, definition_problems
from watchfloor.context import Context
from watchfloor.errors import Conflict, FieldError, Unprocessable
from watchfloor.persistence.records import Expected, Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.actors.repository import missing_actor_ids
from watchfloor.resources.indicators import repository as repo
from watchfloor.resources.indicators.schemas import (
    IndicatorCreate,
    IndicatorDefinition,
    IndicatorPatch,
    Threshold,
)
from watchfloor.resources.observations.repository import has_hand_figures, tombstone_series
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


async def _check_definition(
    ctx: Context, dataset: str, frequency: str, definition: IndicatorDefinition | None
) -> dict[str, Any] | None:
    """The definition as stored (jsonb), checked: 422 with a pointer for each problem."""
    if definition is None:
        return None
    selection = checked_selection(definition)
    problems = await definition_problems(ctx, dataset, frequency, definition, selection)
    if problems:
        raise Unprocessable("The indicator's definition cannot be computed.", errors=problems)
    # The filters as the selection has them: every filter, defaults included, as for events.
    stored: dict[str, Any] = msgspec.to_builtins(definition)
    stored["filters"] = msgspec.to_builtins(selection)
    return stored


def _thresholds_json(thresholds: list[Threshold]) -> list[dict[str, object]]:
    return [msgspec.to_builtins(t) for t in thresholds]


class IndicatorService(VersionedService[IndicatorCreate, IndicatorPatch, repo.IndicatorFilters]):
    """Create, read, change and delete indicators."""

    records = Records(repo.INDICATORS, "indicator")

    async def values(self, ctx: Context, data: IndicatorCreate) -> dict[str, Any]:
        if data.definition is not None:
            checked_selection(data.definition)  # a body that does not match is 400 first
        await _check_actors(ctx, data.actor_ids)
        values = msgspec.structs.asdict(data)
        values["thresholds"] = _thresholds_json(data.thresholds)
        values["definition"] = await _check_definition(
            ctx, data.dataset, data.frequency, data.definition
        )
        return values

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: IndicatorPatch
    ) -> dict[str, Any]:
        changes = sent_fields(data)
        if isinstance(data.definition, IndicatorDefinition):
            checked_selection(data.definition)  # a body that does not match is 400 first
        if isinstance(data.actor_ids, list):
            await _check_actors(ctx, data.actor_ids)
        if isinstance(data.thresholds, list):
            changes["thresholds"] = _thresholds_json(data.thresholds)
        if "definition" in changes or "frequency" in changes:
            await self._redefine(ctx, current, data, changes)
        return changes

    async def _redefine(
        self, ctx: Context, current: asyncpg.Record, data: IndicatorPatch, changes: dict[str, Any]
    ) -> None:
        """Check the definition and frequency the patch leaves; the worker recomputes."""
        frequency = changes.get("frequency", current["frequency"])
        if isinstance(data.definition, IndicatorDefinition):
            definition: IndicatorDefinition | None = data.definition
        elif "definition" in changes:
            definition = None
        elif current["definition"] is not None:
            definition = msgspec.convert(current["definition"], IndicatorDefinition)
        else:
            definition = None
        stored = await _check_definition(ctx, current["dataset"], frequency, definition)
        if "definition" in changes:
            changes["definition"] = stored
        if (
            stored is not None
            and current["definition"] is None
            and await has_hand_figures(ctx, current["id"])
        ):
            raise Conflict(
                "The indicator has figures entered by hand; a computed series cannot continue "
                "them. Create a new indicator with this definition."
            )

    async def delete(self, ctx: Context, indicator_id: str, expected: Expected) -> asyncpg.Record:
        """Tombstone the indicator and every figure of it, so partners see them all go."""
        row = await self.records.delete(ctx, indicator_id, expected)
        await tombstone_series(ctx, indicator_id)
        return row

    def filter(self, query: ListQuery, filters: repo.IndicatorFilters) -> None:
        repo.apply_filters(query, filters)
