"""Keyset pagination with opaque, signed cursors.

A cursor carries the sort key of the last row served and a hash of the filters it was made
under, signed with HMAC so that a forged or edited cursor is refused instead of silently
serving the wrong page. Reusing a cursor with other filters is refused too (Zalando #160).
"""

import base64
import hashlib
import hmac
from collections.abc import Sequence
from typing import Any

import msgspec

from watchfloor.errors import InvalidCursor

__all__ = ("FEED", "CursorCodec", "filter_fingerprint")

FEED = "changes"
"""Fingerprint of change-feed cursors: they are valid for any feed filter."""

_SIG_BYTES = 12


def filter_fingerprint(filters: dict[str, Any]) -> str:
    """A short stable hash of the filters a listing runs under."""
    canonical = msgspec.json.encode({k: v for k, v in sorted(filters.items()) if v is not None})
    return hashlib.sha256(canonical).hexdigest()[:16]


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
        """The sort key inside ``cursor``; raises :class:`InvalidCursor` if it cannot be trusted."""
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        except (ValueError, TypeError) as exc:
            raise InvalidCursor("The cursor is not one this server issued.") from exc
        signature, payload = raw[:_SIG_BYTES], raw[_SIG_BYTES:]
        if len(signature) < _SIG_BYTES or not hmac.compare_digest(signature, self._sign(payload)):
            raise InvalidCursor("The cursor is not one this server issued.")
        try:
            decoded = msgspec.json.decode(payload, type=_Payload)
        except msgspec.DecodeError as exc:
            raise InvalidCursor("The cursor is not one this server issued.") from exc
        if decoded.fingerprint != fingerprint:
            raise InvalidCursor(
                "The cursor was issued for other filters; start again without a cursor."
            )
        return decoded.key
