"""``WATCHFLOOR_LOG=debug`` (or ``info``): the SDK's log to stderr, switched on from outside.

The logger is ``watchfloor_sdk``; an application that configures logging itself needs no
variable. ``info`` logs each retry and why; ``debug`` also each answer (method, URL, status,
request id). Headers are never logged, so neither is the API key.
"""

import logging
import os

from watchfloor_sdk._core._constants import LOG_ENV

__all__ = ("log", "setup_logging")

log = logging.getLogger("watchfloor_sdk")
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_configured: list[bool] = []


def setup_logging() -> None:
    """Send the SDK's log to stderr at the level ``WATCHFLOOR_LOG`` names (once per process)."""
    level = _LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None or _configured:
        return
    _configured.append(True)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s - %(levelname)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
