"""The rules of computed indicators: what a definition may say, and how figures are rewritten.

A recomputation never overwrites a figure: where a period's value changed, it writes a new
observation whose ``vintage`` is the day of the computation, so ``vintage=<date>`` keeps
showing what was computed by then. A period computed again on the same day gets a new version
of that day's figure instead (``as_of`` still shows each).
"""

from collections.abc import Iterable
from datetime import date, timedelta

import asyncpg
import msgspec

from watchfloor.computed import periods as p
from watchfloor.computed import repository as repo
from watchfloor.context import Context
from watchfloor.errors import FieldError
from watchfloor.ids import new_id
from watchfloor.resources.actors.repository import missing_actor_ids
from watchfloor.resources.events.schemas import EventFilters
from watchfloor.resources.indicators.schemas import EventSelection, IndicatorDefinition
from watchfloor.resources.reference.repository import missing_facility_ids

__all__ = ("MAGNITUDE_KINDS", "definition_problems", "event_filters", "recompute")

MAGNITUDE_KINDS = frozenset(
    {
        "fatalities", "injured", "size", "apogee", "range", "distance", "bearing", "depth",
        "yield", "flight_time", "magnitude_mb", "count", "value",
    }
)  # fmt: skip
"""Magnitude kinds a definition may name before any event records them (the documented ones);
any other must be recorded by some event of the indicator's dataset, so a misspelt kind is
refused instead of summing to 0 for ever."""

_NO_EVENTS: dict[str, float | None] = {
    "count": 0.0,
    "distinct_days": 0.0,
    "goldstein_sum": 0.0,
    "magnitude_sum": 0.0,
    "goldstein_mean": None,
}
"""A period without a matching event: 0 for counts and sums; a mean has no value."""

_FILTERS = "/definition/filters"


def event_filters(dataset: str, selection: EventSelection) -> EventFilters:
    """The events list's filters for a definition's selection, in the indicator's dataset."""
    fields = msgspec.structs.asdict(selection)
    dyad, bbox = fields.pop("dyad"), fields.pop("bbox")
    return msgspec.convert(
        {
            **fields,
            "dataset": dataset,
            "dyad": dyad.split(",") if dyad is not None else None,
            "bbox": [float(v) for v in bbox.split(",")] if bbox is not None else None,
        },
        EventFilters,
    )


async def definition_problems(
    ctx: Context, dataset: str, frequency: str, definition: IndicatorDefinition
) -> list[FieldError]:
    """What is wrong with ``definition`` for an indicator of ``dataset`` and ``frequency``."""
    problems: list[FieldError] = []
    if frequency not in p.UNITS:
        problems.append(
            FieldError(
                "/frequency",
                f"a computed indicator needs a calendar frequency ({', '.join(p.UNITS)}), "
                f"not {frequency}",
            )
        )
    kind = definition.magnitude
    if definition.measure == "magnitude_sum":
        if kind is None:
            problems.append(FieldError("/definition/magnitude", "magnitude_sum names a magnitude"))
        elif kind not in MAGNITUDE_KINDS and not await repo.magnitude_recorded(ctx, dataset, kind):
            problems.append(
                FieldError(
                    "/definition/magnitude",
                    f"no magnitude {kind!r}: no event of dataset {dataset} records one",
                )
            )
    elif kind is not None:
        problems.append(
            FieldError("/definition/magnitude", "only the measure magnitude_sum takes a magnitude")
        )
    problems += await _selection_problems(ctx, definition.filters)
    return problems


async def _selection_problems(ctx: Context, selection: EventSelection) -> list[FieldError]:
    problems: list[FieldError] = []
    if selection.actor is not None and await missing_actor_ids(ctx, [selection.actor]):
        problems.append(FieldError(f"{_FILTERS}/actor", f"no actor {selection.actor}"))
    if selection.dyad is not None:
        missing = await missing_actor_ids(ctx, selection.dyad.split(","))
        problems += [FieldError(f"{_FILTERS}/dyad", f"no actor {a}") for a in missing]
    if selection.facility is not None and await missing_facility_ids(ctx, [selection.facility]):
        problems.append(FieldError(f"{_FILTERS}/facility", f"no facility {selection.facility}"))
    start, end = selection.occurred_from, selection.occurred_to
    if start is not None and end is not None and end < start:
        problems.append(FieldError(f"{_FILTERS}/occurred_to", f"{end} is before {start}"))
    if selection.bbox is not None:
        _, south, _, north = (float(v) for v in selection.bbox.split(","))
        if south > north:
            problems.append(
                FieldError(f"{_FILTERS}/bbox", f"south {south} is north of north {north}")
            )
    return problems


async def recompute(
    ctx: Context, indicator: asyncpg.Record, days: Iterable[date] | None, today: date
) -> int:
    """Bring the indicator's figures up to date for the periods of ``days`` (``None``: all).

    Returns how many figures it wrote. A period whose value is the same as its newest vintage
    gets nothing; one that never had a figure and has no event gets nothing either (the series
    is sparse: no figure is 0 for a count).
    """
    unit = p.UNITS.get(indicator["frequency"])
    if unit is None or indicator["definition"] is None:
        return 0
    definition = msgspec.convert(indicator["definition"], IndicatorDefinition)
    starts = None if days is None else sorted({p.period_start(d, unit) for d in days})
    if starts == []:
        return 0
    figures = await repo.measure(
        ctx,
        event_filters(indicator["dataset"], definition.filters),
        definition.measure,
        definition.magnitude,
        unit,
        starts,
    )
    latest = await repo.latest_figures(ctx, indicator["id"], starts)
    keys = set(latest) | {(start, p.period_end(start, unit)) for start in figures}
    written = 0
    for start, end in sorted(keys):
        if not p.is_period(start, end, unit):
            # A period of an earlier frequency: under the definition now it has no value.
            value = None
        elif start in figures:
            value = figures[start]
        else:
            value = _NO_EVENTS[definition.measure]
        newest = latest.get((start, end))
        if newest is None and start not in figures:
            continue
        if newest is not None and newest.value == value:
            continue
        if newest is not None and newest.vintage >= today and newest.computed:
            await repo.revise_figure(ctx, newest.id, value)
        else:
            vintage = today if newest is None else max(today, newest.vintage + timedelta(days=1))
            await repo.insert_figure(
                ctx,
                {
                    "id": new_id("observation"),
                    "dataset": indicator["dataset"],
                    "indicator_id": indicator["id"],
                    "period_start": start,
                    "period_end": end,
                    "period_label": p.label(start, unit) if p.is_period(start, end, unit) else None,
                    "value": value,
                    "vintage": vintage,
                    "computed": True,
                    "citations": [],
                    "grade": None,
                },
            )
        written += 1
    return written
