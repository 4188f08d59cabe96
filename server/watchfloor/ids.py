"""Public identifiers: a type prefix and a UUIDv7 (``act_0192f5…``).

UUIDv7 starts with a millisecond timestamp, so the text form sorts by creation time; keyset
pagination "newest first" is then an index scan on the primary key.
"""

import os
import time
import uuid

__all__ = ("PREFIXES", "new_id", "uuid7")

PREFIXES = {
    "actor": "act",
    "source": "src",
    "event": "evt",
    "statement": "stm",
    "indicator": "ind",
    "observation": "obs",
    "citation": "cit",
    "facility": "fac",
    "weapon": "wpn",
    "warning_problem": "wpr",
    "alert": "alr",
    "question": "qst",
    "forecast": "fct",
    "backtest": "bkt",
    "scenario_set": "sst",
    "scenario": "scn",
    "ach_matrix": "ach",
    "signpost": "sgp",
    "plan": "pln",
    "subscription": "sub",
    "brief": "brf",
    "delivery": "dlv",
    "message": "msg",
    "watchlist": "wl",
    "exercise": "exr",
    "inject": "inj",
    "exercise_action": "xac",
}
"""Resource name → id prefix."""

_last_ms = 0
_counter = 0


def uuid7() -> uuid.UUID:
    """A UUIDv7 (RFC 9562) that is monotonic within this process.

    Within one millisecond a 12-bit counter in ``rand_a`` keeps ids increasing, so two ids made in
    a row by one process never sort backwards.
    """
    global _last_ms, _counter
    ms = time.time_ns() // 1_000_000
    if ms <= _last_ms:
        _counter += 1
        if _counter > 0xFFF:
            _last_ms += 1
            _counter = 0
        ms = _last_ms
    else:
        _last_ms = ms
        _counter = 0
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | _counter << 64 | 0b10 << 62 | rand_b
    return uuid.UUID(int=value)


def new_id(resource: str) -> str:
    """A fresh public id for ``resource`` (a key of :data:`PREFIXES`)."""
    return f"{PREFIXES[resource]}_{uuid7().hex}"
