"""When the SDK retries and how long it waits (the pure half of the transport)."""

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from watchfloor_sdk._core._retries import parse_retry_after, retry_delay, should_retry


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": "0.5"}, 0.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers)) == expected


def test_retry_after_as_an_http_date() -> None:
    when = datetime.now(UTC) + timedelta(seconds=30)
    seconds = parse_retry_after(httpx.Headers({"retry-after": format_datetime(when, usegmt=True)}))
    assert seconds is not None and 28 <= seconds <= 30


@pytest.mark.parametrize("retry_after", ["3", "60"])
def test_the_server_is_obeyed_up_to_a_minute(retry_after: str) -> None:
    assert retry_delay(0, httpx.Headers({"retry-after": retry_after})) == float(retry_after)


@pytest.mark.parametrize("retry_after", ["0", "-1", "61", "3600"])
def test_unreasonable_retry_after_falls_back_to_backoff(retry_after: str) -> None:
    assert 0.375 <= retry_delay(0, httpx.Headers({"retry-after": retry_after})) <= 0.5


@pytest.mark.parametrize(
    ("retries_taken", "ceiling"), [(0, 0.5), (1, 1.0), (2, 2.0), (4, 8.0), (9, 8.0)]
)
def test_backoff_doubles_with_jitter_up_to_8_seconds(retries_taken: int, ceiling: float) -> None:
    delays = {retry_delay(retries_taken, None) for _ in range(50)}
    assert all(0.75 * ceiling <= d <= ceiling for d in delays)
    assert len(delays) > 1, "jittered"


@pytest.mark.parametrize(
    ("status", "retried"),
    [
        (200, False),
        (400, False),
        (404, False),
        (408, True),
        (409, False),
        (412, False),
        (422, False),
        (429, True),
        (500, True),
        (503, True),
    ],
)
def test_which_statuses_are_retried(status: int, retried: bool) -> None:
    assert should_retry(httpx.Response(status)) is retried


@pytest.mark.parametrize(
    ("status", "hint", "retried"),
    [
        (409, "true", True),  # two transactions collided: the next attempt can pass
        (409, "false", False),
        (503, "false", False),  # the server knows better than the status
        (503, "TRUE", True),
        (400, "maybe", False),  # not a hint: the status decides
    ],
)
def test_the_servers_retry_hint_wins(status: int, hint: str, retried: bool) -> None:
    assert should_retry(httpx.Response(status, headers={"X-Should-Retry": hint})) is retried
