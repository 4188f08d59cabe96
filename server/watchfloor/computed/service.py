"""The rules of computed indicators: what a definition may say, and how figures are rewritten.

A recomputation never overwrites a figure: where a period's value changed, it writes a new
observation whose ``vintage`` is the day of the computation, so ``vintage=<date>`` keeps
showing what was computed by then. A period computed again on the same day gets a new version
of that day's figure instead (``as_of`` still shows each).
"""

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

import asyncpg
import msgspec

from watchfloor.computed import periods as p
from watchfloor.computed import repository as repo
from watchfloor.context import Context
from watchfloor.errors import BadRequest, FieldError, Unprocessable
from watchfloor.ids import new_id
from watchfloor.resources.actors.repository import missing_actor_ids
from watchfloor.resources.events.schemas import EventFilters
from watchfloor.resources.indicators.schemas import (
    EventSelection,
    IndicatorDefinition,
    StatementSelection,
    selection_of,
)
from watchfloor.resources.reference.repository import missing_facility_ids
from watchfloor.resources.statements.repository import missing_event_ids
from watchfloor.resources.statements.schemas import StatementFilters

__all__ = (
    "MAGNITUDE_KINDS",
    "STATEMENT_MEASURES",
    "checked_selection",
    "definition_problems",
    "event_filters",
    "measure",
    "recompute",
    "statement_filters",
)

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

STATEMENT_MEASURES = frozenset({"count", "distinct_days"})
"""The measures a definition over statements may take: a statement has no CAMEO code and no
magnitudes."""

_FILTERS = "/definition/filters"
_AT = re.compile(r"\s*-\s*at\s+`\$([^`]*)`\s*$")


def checked_selection(definition: IndicatorDefinition) -> EventSelection | StatementSelection:
    """The definition's ``filters`` as the selection its ``over`` names.

    Filters that are neither selection do not match the schema: 400, with the pointer msgspec
    gives (``/definition/filters/<name>``, or ``/definition/filters`` for an unknown filter).
    Filters that are the *other* selection (``speaker`` over events, ``category`` over
    statements) match it, since the schema cannot tie ``filters`` to ``over``: 422, pointing at
    the first filter the named list does not have.
    """
    try:
        return selection_of(definition)
    except msgspec.ValidationError as exc:
        message = str(exc)
    named, other = (
        (StatementSelection, EventSelection)
        if definition.over == "statements"
        else (EventSelection, StatementSelection)
    )
    try:
        msgspec.convert(definition.filters, other)
    except msgspec.ValidationError:
        match = _AT.search(message)
        path = match.group(1) if match else ""
        parts = re.findall(r"\.([^.\[]+)|\[(\d+)\]", path)
        pointer = _FILTERS + "".join("/" + (name or index) for name, index in parts)
        detail = _AT.sub("", message)
        raise BadRequest(
            f"The request is not valid: {pointer}: {detail} "
            f"(the filters of a definition over {definition.over})",
            errors=[FieldError(pointer, detail)],
        ) from None
    foreign = sorted(set(definition.filters) - set(named.__struct_fields__))
    lists = {"events": "GET /v1/events", "statements": "GET /v1/statements"}
    raise Unprocessable(
        f"The filters are those of the other list: a definition over {definition.over} takes "
        f"the filters of {lists[definition.over]}.",
        errors=[
            FieldError(f"{_FILTERS}/{name}", f"not a filter of {lists[definition.over]}")
            for name in foreign
        ],
    )


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


def statement_filters(dataset: str, selection: StatementSelection) -> StatementFilters:
    """The statements list's filters for a definition's selection, in the indicator's dataset."""
    return msgspec.convert(
        {**msgspec.structs.asdict(selection), "dataset": dataset}, StatementFilters
    )


async def definition_problems(
    ctx: Context,
    dataset: str,
    frequency: str,
    definition: IndicatorDefinition,
    selection: EventSelection | StatementSelection,
) -> list[FieldError]:
    """What is wrong with ``definition`` (whose filters are ``selection``) for an indicator of
    ``dataset`` and ``frequency``."""
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
    if isinstance(selection, StatementSelection):
        if definition.measure not in STATEMENT_MEASURES:
            problems.append(
                FieldError(
                    "/definition/measure",
                    f"{definition.measure} is a measure of events; over statements the "
                    f"measure is {' or '.join(sorted(STATEMENT_MEASURES))}",
                )
            )
        elif kind is not None:
            problems.append(
                FieldError("/definition/magnitude", "a measure over statements takes no magnitude")
            )
        return problems + await _statement_problems(ctx, selection)
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
    problems += await _selection_problems(ctx, selection)
    return problems


async def _statement_problems(ctx: Context, selection: StatementSelection) -> list[FieldError]:
    problems: list[FieldError] = []
    for name in ("speaker", "target"):
        actor = getattr(selection, name)
        if actor is not None and await missing_actor_ids(ctx, [actor]):
            problems.append(FieldError(f"{_FILTERS}/{name}", f"no actor {actor}"))
    for name in ("supports", "contradicts"):
        event = getattr(selection, name)
        if event is not None and await missing_event_ids(ctx, [event]):
            problems.append(FieldError(f"{_FILTERS}/{name}", f"no event {event}"))
    start, end = selection.said_from, selection.said_to
    if start is not None and end is not None and end < start:
        problems.append(FieldError(f"{_FILTERS}/said_to", f"{end} is before {start}"))
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


async def measure(
    ctx: Context,
    dataset: str,
    definition: IndicatorDefinition,
    unit: str,
    periods: Iterable[date] | None,
    *,
    known_by: datetime | None = None,
    as_of: datetime | None = None,
) -> dict[date, float | None]:
    """Period start → the definition's measure over the events or statements it selects in
    ``dataset``, for the periods that have some (``None``: every period); with ``known_by``
    only those reported by then, as recorded at ``as_of``. One ``GROUP BY`` statement."""
    starts = None if periods is None else sorted(periods)
    filters = _filters(dataset, definition)
    if isinstance(filters, StatementFilters):
        return await repo.statement_measure(
            ctx, filters, definition.measure, unit, starts, known_by=known_by, as_of=as_of
        )
    return await repo.measure(
        ctx, filters, definition.measure, definition.magnitude, unit, starts,
        known_by=known_by, as_of=as_of,
    )  # fmt: skip


def _filters(dataset: str, definition: IndicatorDefinition) -> EventFilters | StatementFilters:
    selection = selection_of(definition)
    if isinstance(selection, StatementSelection):
        return statement_filters(dataset, selection)
    return event_filters(dataset, selection)


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
    # One statement: the GROUP BY joined to the newest vintages, only the periods that differ.
    stale = await repo.stale_figures(
        ctx, indicator["id"], _filters(indicator["dataset"], definition), definition.measure,
        definition.magnitude, unit, starts, _NO_EVENTS[definition.measure],
    )  # fmt: skip
    written = 0
    for figure in stale:
        start, end = figure.period_start, figure.period_end
        if not p.is_period(start, end, unit):
            # A period of an earlier frequency: under the definition now it has no value.
            value = None
        elif figure.measured:
            value = figure.measured_value
        else:
            value = _NO_EVENTS[definition.measure]
        newest = figure.newest
        if newest is None and not figure.measured:
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
