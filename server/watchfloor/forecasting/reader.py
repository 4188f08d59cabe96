"""The only way a model sees data: a reader bounded by ``known_by``.

A :class:`KnownReader` answers with what had been reported by its instant and nothing later
(knowledge time, ``docs/knowledge-time.md``): a measure over events or statements counts only
those with ``reported_at <= known_by`` (the worker's own measure, one ``GROUP BY`` per read);
a hand-entered indicator gives each period's newest vintage published by then (a vintage is
known once its day has ended). Models get the reader, never a connection or a table; the
bound is applied here, in the data access, so no model can look ahead.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from watchfloor.computed import periods as p
from watchfloor.computed.service import _NO_EVENTS as NO_EVENTS
from watchfloor.computed.service import measure
from watchfloor.context import Context
from watchfloor.resources.indicators.schemas import IndicatorDefinition
from watchfloor.resources.observations.figures import figures

__all__ = ("KnownReader", "Source")


@dataclass(frozen=True, slots=True)
class Source:
    """A series a model may read: a measure over events or statements (a computed indicator's
    definition, or a question's filters), or a hand-entered indicator's figures."""

    unit: str
    """The calendar period (``day``, ``week``, ``month``, ``quarter``, ``year``)."""
    definition: IndicatorDefinition | None = None
    indicator_id: str | None = None
    """A hand-entered indicator (when ``definition`` is ``None``)."""


class KnownReader:
    """What had been reported in ``dataset`` by ``known_by``, per period."""

    __slots__ = ("__ctx", "_dataset", "_known_by")

    def __init__(self, ctx: Context, dataset: str, known_by: datetime) -> None:
        self.__ctx = ctx
        self._dataset = dataset
        self._known_by = known_by.astimezone(UTC)

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
        figure published by ``known_by``. One statement.
        """
        starts = []
        day = p.period_start(start, source.unit)
        while day <= end:
            starts.append(day)
            day = p.shift(day, source.unit, 1)
        if not starts:
            return {}
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
