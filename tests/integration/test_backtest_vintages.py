"""A backtest's series read once (``forecasting.reader.Vintages``) gives, at every origin, the
numbers of the reader's own ``GROUP BY`` bounded by that origin.

Events are made through the API with reports on both sides of period boundaries (exactly at
00:00 UTC of a period start, one second after it, years late, never counted); both readers
answer at every monthly and weekly origin of the range and must agree to the last digit.
"""

from datetime import date

import asyncpg
from watchfloor.computed import periods as p
from watchfloor.context import Context
from watchfloor.forecasting.backtests import instant
from watchfloor.forecasting.reader import KnownReader, Source, Vintages
from watchfloor.resources.indicators.schemas import IndicatorDefinition

from tests.integration import world
from tests.integration.world import Client

FILTERS = {"tag": "missile-test"}
REPORTED = [
    # (occurred, precision, reported_at or None for the default: the day after it ended)
    ("2020-01-15", "day", None),
    ("2020-01-31", "day", None),  # known from 2020-02-01T00:00:00Z: at that origin
    ("2020-02-10", "day", "2020-03-01T00:00:00Z"),  # exactly at an origin
    ("2020-02-11", "day", "2020-03-01T00:00:01Z"),  # one second after it
    ("2020-02-01", "month", None),  # known when February has ended
    ("2019-06-01", "day", "2021-06-01T12:00:00Z"),  # years late
    ("2020-03-02", "day", "2020-03-02T00:00:00Z"),  # a Monday: a weekly origin
    ("2020-05-05", "day", None),
]


async def _events(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    for day, precision, reported in REPORTED:
        extra = {} if reported is None else {"reported_at": reported}
        await world.event(
            client, dataset, src, occurred={"start": day, "precision": precision},
            tags=["missile-test"], **extra,
        )  # fmt: skip
    await world.event(client, dataset, src, occurred={"start": "2020-02-12"}, tags=["parade"])


async def test_vintages_answer_every_origin_as_the_bounded_group_by_does(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    await _events(client, dataset)
    ctx = Context.unrestricted(db)
    for unit, n, first, last in (
        ("month", 24, date(2019, 1, 1), date(2021, 12, 1)),
        ("week", 30, date(2019, 12, 2), date(2020, 6, 1)),
    ):
        source = Source(unit=unit, definition=IndicatorDefinition(measure="count", filters=FILTERS))
        vintages = await Vintages.read(
            ctx, dataset, source, p.shift(first, unit, -n), p.shift(last, unit, -1)
        )
        assert vintages is not None
        origin, checked, nonzero = first, 0, 0
        while origin <= last:
            bound = instant(origin)
            fast = await KnownReader(ctx, dataset, bound, vintages).history(source, n)
            slow = await KnownReader(ctx, dataset, bound).history(source, n)
            assert fast == slow, (unit, origin)
            checked += 1
            nonzero += any(fast)
            origin = p.shift(origin, unit, 1)
        assert checked > 20 and nonzero > 10


async def test_a_measure_that_is_not_a_count_is_read_per_origin(
    db: asyncpg.Connection, dataset: str
) -> None:
    ctx = Context.unrestricted(db)
    days = Source(
        unit="month", definition=IndicatorDefinition(measure="distinct_days", filters=FILTERS)
    )
    assert await Vintages.read(ctx, dataset, days, date(2019, 1, 1), date(2020, 1, 1)) is None
    hand_entered = Source(unit="month", indicator_id="ind_" + "0" * 32)
    assert (
        await Vintages.read(ctx, dataset, hand_entered, date(2019, 1, 1), date(2020, 1, 1)) is None
    )
