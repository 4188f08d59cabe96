"""The rules of observations: one figure per period and vintage, bounds that hold, a live series.

A publisher's revision is a new observation with a later vintage; both stay readable and the
reader chooses with ``vintage``. A PATCH is for our own data-entry errors, and is itself
versioned: ``as_of`` before a correction shows the figure as it was recorded then.

The figures of a computed indicator are the worker's alone: adding, correcting or deleting one
by hand is 409 (``docs/warning.md``).
"""

from datetime import date, datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.admiralty import CitationIn, best_grade
from watchfloor.citations import regraded, resolve_citations
from watchfloor.context import Context
from watchfloor.cursors import sort_key
from watchfloor.errors import Conflict, FieldError, Unprocessable
from watchfloor.ids import new_id
from watchfloor.persistence.records import Expected, Records
from watchfloor.persistence.store import ListQuery, Page
from watchfloor.resources.indicators.repository import INDICATORS
from watchfloor.resources.indicators.schemas import (
    ObservationCreate,
    ObservationImport,
    ObservationPatch,
)
from watchfloor.resources.observations import repository as repo
from watchfloor.versioned import Order, VersionedService, sent_fields

__all__ = ("ObservationService", "check_bounds")


_COMPUTED_SERIES = (
    "The indicator is computed from its definition: the worker writes its figures. "
    "Change the definition, or record the figures on an indicator without one."
)
_COMPUTED_FIGURE = (
    "This figure was computed from the indicator's definition and is never changed by hand: "
    "a later computation that differs is a new vintage."
)


def check_bounds(value: float | None, low: float | None, high: float | None) -> None:
    """422 unless there is a figure and ``low ≤ value ≤ high`` for those given."""
    problems: list[FieldError] = []
    if value is None and low is None and high is None:
        problems.append(FieldError("/value", "give a value, or a low/high range"))
    if low is not None and high is not None and low > high:
        problems.append(FieldError("/low", f"low {low} is above high {high}"))
    if value is not None and low is not None and value < low:
        problems.append(FieldError("/value", f"value {value} is below low {low}"))
    if value is not None and high is not None and value > high:
        problems.append(FieldError("/value", f"value {value} is above high {high}"))
    if problems:
        raise Unprocessable("The figure's bounds do not hold.", errors=problems)


async def _cited(ctx: Context, citations: list[CitationIn]) -> dict[str, Any]:
    resolved = await resolve_citations(ctx, citations)
    return {"citations": resolved, "grade": best_grade(resolved)}


def _resume_key(after: list[Any]) -> list[Any]:
    """The cursor's sort key: period start and end, vintage, id."""
    return sort_key(after, (date, date, date, str))


class ObservationService(
    VersionedService[ObservationCreate, ObservationPatch, repo.ObservationFilters]
):
    """Create, read, correct and delete observations; list a series by vintage."""

    records = Records(repo.OBSERVATIONS, "observation", refresh=regraded)
    order = repo.BY_PERIOD
    indicators = Records(INDICATORS, "indicator")

    async def create_in(
        self, ctx: Context, indicator_id: str, data: ObservationCreate
    ) -> asyncpg.Record:
        """A figure for the indicator named in the path (404 if there is none)."""
        indicator = await self.indicators.get(ctx, indicator_id)
        return await self._insert(ctx, indicator, data)

    async def create_flat(self, ctx: Context, data: ObservationImport) -> asyncpg.Record:
        """A figure whose indicator is named in the body (an import line): 422 if there is none."""
        indicator = await INDICATORS.get(ctx, data.indicator_id)
        if indicator is None:
            raise Unprocessable(
                "The observation names an indicator that does not exist.",
                errors=[FieldError("/indicator_id", f"no indicator {data.indicator_id}")],
            )
        fields = msgspec.structs.asdict(data)
        del fields["indicator_id"]
        return await self._insert(ctx, indicator, ObservationCreate(**fields))

    async def _insert(
        self, ctx: Context, indicator: asyncpg.Record, data: ObservationCreate
    ) -> asyncpg.Record:
        if indicator["definition"] is not None:
            raise Conflict(_COMPUTED_SERIES)
        if data.dataset != indicator["dataset"]:
            # A figure lives in its series' dataset: exercise data never leaks into live.
            raise Unprocessable(
                "An observation belongs to its indicator's dataset.",
                errors=[FieldError("/dataset", f"must be {indicator['dataset']!r}")],
            )
        if data.period_end < data.period_start:
            raise Unprocessable(
                "The period ends before it starts.",
                errors=[FieldError("/period_end", "before period_start")],
            )
        check_bounds(data.value, data.low, data.high)
        existing = await repo.find_figure(
            ctx, indicator["id"], data.period_start, data.period_end, data.vintage
        )
        if existing is not None:
            raise Conflict(
                f"This period already has a figure of vintage {data.vintage} ({existing}). "
                "Publish a revision with a later vintage, or correct that observation."
            )
        values = msgspec.structs.asdict(data)
        values.update(await _cited(ctx, data.citations))
        values["indicator_id"] = indicator["id"]
        values["id"] = new_id("observation")
        return await self.records.create(ctx, values)

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: ObservationPatch
    ) -> dict[str, Any]:
        """Correct a recorded figure; the bounds must hold for the result."""
        if current["computed"]:
            raise Conflict(_COMPUTED_FIGURE)
        changes = sent_fields(data)
        merged = {k: changes.get(k, current[k]) for k in ("value", "low", "high")}
        check_bounds(merged["value"], merged["low"], merged["high"])
        if isinstance(data.citations, list):
            changes.update(await _cited(ctx, data.citations))
        return changes

    async def delete(self, ctx: Context, record_id: str, expected: Expected) -> asyncpg.Record:
        """Tombstone a figure entered by hand; a computed one is the worker's (409)."""
        current = await self.records.locked(ctx, record_id, expected)
        if current["computed"]:
            raise Conflict(_COMPUTED_FIGURE)
        return await self.records.table.tombstone(ctx, record_id)

    def filter(self, query: ListQuery, filters: repo.ObservationFilters) -> None:
        repo.apply_filters(query, filters, query.as_of)

    def resume(self, order: Order, after: list[Any]) -> list[Any]:
        return _resume_key(after)

    async def list(
        self,
        ctx: Context,
        filters: repo.ObservationFilters,
        *,
        as_of: datetime | None,
        after: list[Any] | None,
        limit: int,
        thresholds: list[Any] | None = None,
    ) -> Page:
        """One page of a series; with ``thresholds``, only figures that reach one of them."""
        query = ListQuery(repo.OBSERVATIONS, as_of=as_of)
        self.filter(query, filters)
        if thresholds is not None:
            repo.watch_thresholds(query, thresholds, filters.min_level)
        resumed = None if after is None else _resume_key(after)
        return await query.page(ctx, order=repo.BY_PERIOD, after=resumed, limit=limit)
