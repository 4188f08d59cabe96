"""Defaults of the client, taken from the Stainless-generated SDKs (see the engineering notes)."""

import httpx

__all__ = (
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "LOG_ENV",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "RAW_RESPONSE_HEADER",
    "STREAM_RESPONSE_HEADER",
)

BASE_URL_ENV = "WATCHFLOOR_BASE_URL"
API_KEY_ENV = "WATCHFLOOR_API_KEY"
LOG_ENV = "WATCHFLOOR_LOG"
"""``debug`` or ``info``: log every request to stderr (like ``OPENAI_LOG``)."""
DEFAULT_BASE_URL = "http://127.0.0.1:8000"
"""Where ``make run`` serves the API."""

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
"""A ``Retry-After`` above this (or ≤ 0) is ignored in favour of our own backoff."""

RAW_RESPONSE_HEADER = "X-Watchfloor-Sdk-Raw-Response"
"""Set by the ``with_raw_response`` wrappers in ``extra_headers``; never sent over the wire."""
STREAM_RESPONSE_HEADER = "X-Watchfloor-Sdk-Stream-Response"
"""Set by the ``with_streaming_response`` wrappers in ``extra_headers``; never sent either."""
