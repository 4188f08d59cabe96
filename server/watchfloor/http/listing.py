"""Cursor plumbing shared by every list endpoint."""

from typing import Any

import msgspec

from watchfloor.cursors import CursorCodec, filter_fingerprint
from watchfloor.persistence.store import Page

__all__ = ("Listing",)


class Listing:
    """The cursor state of one list request: its filter fingerprint and where it resumes."""

    def __init__(self, codec: CursorCodec, filters: msgspec.Struct | None, **extra: Any) -> None:
        self._codec = codec
        base = msgspec.structs.asdict(filters) if filters is not None else {}
        self.fingerprint = filter_fingerprint({**base, **extra})

    def after(self, cursor: str | None) -> list[Any] | None:
        """The sort key to resume after, or ``None`` for the first page."""
        return None if cursor is None else self._codec.decode(cursor, self.fingerprint)

    def next_cursor(self, page: Page) -> str | None:
        return (
            None if page.next_key is None else self._codec.encode(self.fingerprint, page.next_key)
        )
