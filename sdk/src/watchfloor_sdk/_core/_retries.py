"""When to retry, and how long to wait first: pure functions, no I/O.

Retried: only what can succeed when sent again. The server says so on every problem it answers
(``X-Should-Retry: true`` or ``false``, the header Stainless-generated SDKs honour): a 409 from
two transactions colliding is worth another attempt, a 409 on a taken unique key is not.
Without the header (a proxy's answer, an older server): 408, 429 and every 5xx, plus connection
errors and timeouts (decided by the transport). The wait is the
server's ``Retry-After`` when it asks for more than 0 and at most 60 s, else an exponential
backoff from 0.5 s doubling to at most 8 s, less a random quarter so that many clients do not
retry in step.
"""

import email.utils
import random
from datetime import UTC, datetime

import httpx

from watchfloor_sdk._core._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY

__all__ = ("RETRY_HINT_HEADER", "parse_retry_after", "retry_delay", "should_retry")

_RETRYABLE_STATUSES = frozenset({408, 429})
RETRY_HINT_HEADER = "x-should-retry"


def parse_retry_after(headers: httpx.Headers | None) -> float | None:
    """Seconds the server asks us to wait: ``Retry-After-Ms``, or ``Retry-After`` as seconds or an
    HTTP date. ``None`` when there is no usable value."""
    if headers is None:
        return None
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return float(milliseconds) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return (when - datetime.now(UTC)).total_seconds()


def retry_delay(retries_taken: int, headers: httpx.Headers | None) -> float:
    """How long to wait before retry number ``retries_taken + 1``."""
    asked = parse_retry_after(headers)
    if asked is not None and 0 < asked <= MAX_RETRY_AFTER:
        return asked
    delay = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
    # Jitter spreads the retries of many clients; it is no secret, so `random` is right here.
    return delay * (1 - 0.25 * random.random())  # noqa: S311


def should_retry(response: httpx.Response) -> bool:
    """Whether this answer is worth another attempt: as the server says, else by its status."""
    hint = str(response.headers.get(RETRY_HINT_HEADER, "")).strip().lower()
    if hint in ("true", "false"):
        return hint == "true"
    return response.status_code in _RETRYABLE_STATUSES or response.status_code >= 500
