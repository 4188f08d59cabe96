"""The only way a model sees data: a reader bounded by ``known_by``.

A :class:`KnownReader` answers with what had been reported by its instant and nothing later
(knowledge time, ``docs/knowledge-time.md``): a measure over events or statements counts only
those with ``reported_at <= known_by`` (the worker's own measure, one ``GROUP BY`` per read);
a hand-entered indicator gives each period's newest vintage published by then (a vintage is
known once its day has ended). Models get the reader, never a connection or a table; the
bound is applied here, in the data access, so no model can look ahead.

A backtest asks one series at many origins. For a count, :class:`Vintages` reads the series
once for the whole run, by period and by the first origin each event was known at
(``reported_at`` rounded up to a period start); a reader given it answers at such an origin
from the counts known by then, with no statement (the same numbers as its ``GROUP BY``, without
reading every event again per origin).
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from datetime import time as clock

from watchfloor.computed import periods as p
from watchfloor.computed.service import _NO_EVENTS as NO_EVENTS
from watchfloor.computed.service import event_filters, measure, statement_filters
from watchfloor.context import Context
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.events.repository import EVENTS
from watchfloor.resources.events.repository import apply_filters as apply_event_filters
from watchfloor.resources.indicators.schemas import (
    IndicatorDefinition,
    StatementSelection,
    selection_of,
)
from watchfloor.resources.observations.figures import figures
from watchfloor.resources.statements.repository import STATEMENTS
from watchfloor.resources.statements.repository import apply_filters as apply_statement_filters

__all__ = ("KnownReader", "Source", "Vintages")


@dataclass(frozen=True, slots=True)
class Source:
    """A series a model may read: a measure over events or statements (a computed indicator's
    definition, or a question's filters), or a hand-entered indicator's figures."""

    unit: str
    """The calendar period (``day``, ``week``, ``month``, ``quarter``, ``year``)."""
    definition: IndicatorDefinition | None = None
    indicator_id: str | None = None
    """A hand-entered indicator (when ``definition`` is ``None``)."""


_LENGTH = {"day": "1 day", "week": "7 days", "month": "1 month", "quarter": "3 months",
           "year": "1 year"}  # fmt: skip
"""Period unit (``date_trunc``'s field) → its length."""


def _instant(day: date) -> datetime:
    return datetime.combine(day, clock.min, tzinfo=UTC)


class Vintages:
    """A count series over ``[first, last]`` by period and by the start of the first period at
    whose 00:00 UTC each counted record had been reported (``reported_at`` rounded up): read in
    one statement, then summed for any such instant (:meth:`known`)."""

    __slots__ = ("_counts", "dataset", "first", "last", "source")

    def __init__(
        self,
        dataset: str,
        source: Source,
        first: date,
        last: date,
        rows: list[tuple[date, date, float]],
    ) -> None:
        self.dataset, self.source, self.first, self.last = dataset, source, first, last
        self._counts: dict[date, list[tuple[date, float]]] = defaultdict(list)
        for period, known_from, value in rows:
            self._counts[period].append((known_from, value))

    @classmethod
    async def read(
        cls, ctx: Context, dataset: str, source: Source, first: date, last: date
    ) -> "Vintages | None":
        """The vintages of the periods starting in ``[first, last]``; ``None`` when the source is
        not a count over events or statements (its value is not a sum of its records' parts)."""
        definition = source.definition
        if definition is None or definition.measure != "count":
            return None
        selection = selection_of(definition)
        if isinstance(selection, StatementSelection):
            query, day = ListQuery(STATEMENTS), "said_on"
            apply_statement_filters(query, statement_filters(dataset, selection))
            conditions = [*query.conditions, *query.refine]
        else:
            query, day = ListQuery(EVENTS), "occurred_start"
            apply_event_filters(query, event_filters(dataset, selection))
            conditions = list(query.conditions)
        first, last = p.period_start(first, source.unit), p.period_start(last, source.unit)
        unit, length = source.unit, _LENGTH[source.unit]
        conditions.append(
            f"t.{day} >= {query.param(first)} "
            f"AND t.{day} < {query.param(last)}::date + interval '{length}'"
        )
        where = " AND ".join(f"({c})" for c in conditions)
        # unit and length come from the closed map above, values travel as $n: reviewed (S608).
        sql = (
            f"SELECT date_trunc('{unit}', t.{day}::timestamp)::date AS period_start, "  # noqa: S608
            f"(date_trunc('{unit}', (t.reported_at AT TIME ZONE 'UTC') - interval '1 microsecond')"
            f" + interval '{length}')::date AS known_from, count(*)::float8 AS value "
            f"FROM {query.table.relation(None)} WHERE {where} GROUP BY 1, 2"
        )
        rows = await ctx.conn.fetch(sql, *query.args)
        return cls(dataset, source, first, last, [(r[0], r[1], r[2]) for r in rows])

    def covers(self, dataset: str, source: Source, known_by: datetime, starts: list[date]) -> bool:
        """Whether :meth:`known` answers this read exactly: the same series, an instant that is
        a period start at 00:00 UTC, periods inside the vintages' range."""
        return (
            dataset == self.dataset
            and source == self.source
            and _instant(p.period_start(known_by.date(), source.unit)) == known_by
            and self.first <= starts[0]
            and starts[-1] <= self.last
        )

    def known(self, known_by: datetime, starts: list[date]) -> dict[date, float | None]:
        """Period start → the count of the records reported by ``known_by`` (see
        :meth:`covers`)."""
        bound = known_by.date()
        out: dict[date, float | None] = {}
        for start in starts:
            parts = [v for known_from, v in self._counts.get(start, ()) if known_from <= bound]
            out[start] = float(sum(parts)) if parts else NO_EVENTS["count"]
        return out


class KnownReader:
    """What had been reported in ``dataset`` by ``known_by``, per period."""

    __slots__ = ("__ctx", "_dataset", "_known_by", "_vintages")

    def __init__(
        self, ctx: Context, dataset: str, known_by: datetime, vintages: Vintages | None = None
    ) -> None:
        """``vintages``: a series read once for many bounds (a backtest), used where it covers
        a read; it is cut at ``known_by`` like any other read."""
        self.__ctx = ctx
        self._dataset = dataset
        self._known_by = known_by.astimezone(UTC)
        self._vintages = vintages

    @property
    def known_by(self) -> datetime:
        """The reader's bound: nothing reported after it is ever read."""
        return self._known_by

    @property
    def dataset(self) -> str:
        return self._dataset

    def current_period(self, unit: str) -> date:
        """The start of the period holding ``known_by`` (not complete yet)."""
        return p.period_start(self._known_by.date(), unit)

    async def series(self, source: Source, start: date, end: date) -> dict[date, float | None]:
        """Period start → value for the periods of ``source.unit`` starting in ``[start, end]``.

        A measure gives every period (0 for a count where nothing was reported; a mean of
        nothing has no value: ``None``); a hand-entered indicator gives the periods with a
        figure published by ``known_by``. One statement (none from vintages that cover it).
        """
        starts = []
        day = p.period_start(start, source.unit)
        while day <= end:
            starts.append(day)
            day = p.shift(day, source.unit, 1)
        if not starts:
            return {}
        if self._vintages is not None and self._vintages.covers(
            self._dataset, source, self._known_by, starts
        ):
            return self._vintages.known(self._known_by, starts)
        if source.definition is not None:
            found = await measure(
                self.__ctx, self._dataset, source.definition, source.unit, starts,
                known_by=self._known_by,
            )  # fmt: skip
            empty = NO_EVENTS[source.definition.measure]
            return {s: found.get(s, empty) for s in starts}
        assert source.indicator_id is not None
        listed = await figures(
            self.__ctx, source.indicator_id, as_of=None, known_by=self._known_by,
            period_from=starts[0], period_to=starts[-1],
        )  # fmt: skip
        return {f.period_start: f.value for f in listed.figures if f.period_start in set(starts)}

    async def count(self, source: Source, start: date, end: date) -> float:
        """The measure over the periods starting in ``[start, end]``, summed (a window's count)."""
        values = await self.series(source, start, end)
        return sum(v for v in values.values() if v is not None)

    async def history(self, source: Source, n: int) -> list[float | None]:
        """The ``n`` complete periods before the one holding ``known_by``, oldest first
        (``None`` where a hand-entered series has no figure)."""
        current = self.current_period(source.unit)
        first = p.shift(current, source.unit, -n)
        last = p.shift(current, source.unit, -1)
        values = await self.series(source, first, last)
        out: list[float | None] = []
        day = first
        while day <= last:
            out.append(values.get(day))
            day = p.shift(day, source.unit, 1)
        return out
