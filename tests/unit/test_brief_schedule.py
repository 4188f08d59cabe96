"""The brief's schedule in wall-clock time: cron instants across DST changes, worked by hand.

Europe/Berlin: CET (UTC+1) until 2025-03-30 01:00 UTC (02:00 local jumps to 03:00), CEST (UTC+2)
until 2025-10-26 01:00 UTC (03:00 local falls back to 02:00).
"""

from datetime import UTC, datetime

from watchfloor.resources.briefs.schedule import due_instants


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_six_in_the_morning_in_berlin_moves_an_hour_in_utc_at_each_change() -> None:
    spring = due_instants("0 6 * * *", "Europe/Berlin", utc(2025, 3, 28), utc(2025, 3, 31, 12), 5)
    assert spring == [utc(2025, 3, 28, 5), utc(2025, 3, 29, 5), utc(2025, 3, 30, 4),
                      utc(2025, 3, 31, 4)]  # fmt: skip
    autumn = due_instants("0 6 * * *", "Europe/Berlin", utc(2025, 10, 25), utc(2025, 10, 27, 12))
    assert autumn == [utc(2025, 10, 25, 4), utc(2025, 10, 26, 5), utc(2025, 10, 27, 5)]


def test_a_skipped_local_time_fires_at_the_end_of_the_gap_and_a_repeated_one_once() -> None:
    # 02:30 does not exist on 30 March: it fires at 03:00 CEST (01:00 UTC).
    gap = due_instants("30 2 * * *", "Europe/Berlin", utc(2025, 3, 29, 3), utc(2025, 3, 31, 3))
    assert gap == [utc(2025, 3, 30, 1), utc(2025, 3, 31, 0, 30)]
    # Hourly at :00 that night: 02:00 (skipped) and 03:00 are the same instant, written once.
    hourly = due_instants(
        "0 * * * *", "Europe/Berlin", utc(2025, 3, 29, 23), utc(2025, 3, 30, 3), 9
    )
    assert hourly == [utc(2025, 3, 30, 0), utc(2025, 3, 30, 1), utc(2025, 3, 30, 2),
                      utc(2025, 3, 30, 3)]  # fmt: skip
    # 02:30 happens twice on 26 October: once, the first time (CEST, 00:30 UTC).
    twice = due_instants(
        "30 2 * * *", "Europe/Berlin", utc(2025, 10, 25, 12), utc(2025, 10, 26, 12)
    )
    assert twice == [utc(2025, 10, 26, 0, 30)]


def test_the_interval_is_open_at_after_closed_at_now_and_bounded() -> None:
    seoul = due_instants("0 6 * * *", "Asia/Seoul", utc(2022, 1, 29, 21), utc(2022, 1, 30, 21))
    assert seoul == [utc(2022, 1, 30, 21)]  # 06:00 in Seoul is 21:00 UTC the day before
    assert due_instants("0 6 * * *", None, utc(2022, 1, 1), utc(2022, 1, 31, 5, 59)) == [
        utc(2022, 1, 28, 6), utc(2022, 1, 29, 6), utc(2022, 1, 30, 6)
    ]  # fmt: skip
    assert due_instants("*/10 * * * *", None, utc(2022, 1, 1), utc(2022, 1, 31), 2) == [
        utc(2022, 1, 30, 23, 50), utc(2022, 1, 31)
    ]  # fmt: skip
    assert due_instants("0 0 31 2 *", None, utc(2022, 1, 1), utc(2025, 1, 1)) == []
