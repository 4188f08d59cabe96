"""Keyset pagination with opaque, signed cursors.

A cursor carries the sort key of the last row served and a hash of the filters it was made
under, signed with HMAC so that a forged or edited cursor is refused instead of silently
serving the wrong page. Reusing a cursor with other filters is refused too (Zalando #160), and
the sort key of a cursor that verifies is still checked against the order it resumes
(:func:`sort_key`).

The signing key is ``WATCHFLOOR_CURSOR_SECRET``, or else one the service made and keeps in the
database (``persistence/secrets.py``), shared by every worker; never one written in the code.
"""

import base64
import hashlib
import hmac
import math
from collections.abc import Sequence
from datetime import date
from typing import Any

import msgspec

from watchfloor.errors import InvalidCursor

__all__ = ("FEED", "CursorCodec", "filter_fingerprint", "sort_key")

FEED = "changes"
"""Fingerprint of change-feed cursors: they are valid for any feed filter."""

_SIG_BYTES = 12


def filter_fingerprint(filters: dict[str, Any]) -> str:
    """A short stable hash of the filters a listing runs under."""
    canonical = msgspec.json.encode({k: v for k, v in sorted(filters.items()) if v is not None})
    return hashlib.sha256(canonical).hexdigest()[:16]


_NOT_OURS = "The cursor is not one this server issued."
_INT64 = range(-(2**63), 2**63)


def _typed(value: Any, kind: type) -> Any:
    if kind is str and isinstance(value, str) and "\x00" not in value:
        value.encode()  # a lone surrogate raises UnicodeEncodeError, a ValueError
        return value
    if kind is int and type(value) is int and value in _INT64:
        return value
    if kind is float and type(value) in (int, float) and math.isfinite(value):
        return float(value)
    if kind is date and isinstance(value, str) and len(value) == 10:
        return date.fromisoformat(value)
    raise ValueError(f"not a {kind.__name__}: {value!r}")


def sort_key(key: Sequence[Any], kinds: Sequence[type]) -> list[Any]:
    """A decoded cursor's sort key as the list's order compares it: one value per column of
    ``kinds`` (``str``, ``int``, ``float``; ``date``, which JSON carried as text).

    A signature proves only who made a cursor; what it holds is checked here too, so a key
    that does not fit the order (from a leaked signing key, or an older order) is a 400, never
    a value that reaches SQL.
    """
    if len(key) != len(kinds):
        raise InvalidCursor(_NOT_OURS)
    try:
        return [_typed(value, kind) for value, kind in zip(key, kinds, strict=True)]
    except ValueError as exc:
        raise InvalidCursor(_NOT_OURS) from exc


class _Payload(msgspec.Struct, array_like=True):
    fingerprint: str
    key: list[str | int | float | None]


class CursorCodec:
    """Encodes and checks cursors with one secret."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._secret, payload, hashlib.sha256).digest()[:_SIG_BYTES]

    def encode(self, fingerprint: str, key: Sequence[str | int | float | None]) -> str:
        payload = msgspec.json.encode(_Payload(fingerprint, list(key)))
        token = self._sign(payload) + payload
        return base64.urlsafe_b64encode(token).rstrip(b"=").decode()

    def feed(self, xid: int, seq: int) -> str:
        """A change-feed cursor: the feed resumes after position ``(xid, seq)``."""
        return self.encode(FEED, [xid, seq])

    def decode(self, cursor: str, fingerprint: str) -> list[str | int | float | None]:
        """The sort key inside ``cursor``; raises :class:`InvalidCursor` if it cannot be trusted.

        Its values are as JSON gave them: :func:`sort_key` checks them against the order.
        """
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        except (ValueError, TypeError) as exc:
            raise InvalidCursor(_NOT_OURS) from exc
        signature, payload = raw[:_SIG_BYTES], raw[_SIG_BYTES:]
        if len(signature) < _SIG_BYTES or not hmac.compare_digest(signature, self._sign(payload)):
            raise InvalidCursor(_NOT_OURS)
        try:
            decoded = msgspec.json.decode(payload, type=_Payload)
        except msgspec.DecodeError as exc:
            raise InvalidCursor(_NOT_OURS) from exc
        if decoded.fingerprint != fingerprint:
            raise InvalidCursor(
                "The cursor was issued for other filters; start again without a cursor."
            )
        return decoded.key
