"""The envelopes every resource's lists and histories share, generic over the record type.

A resource names its envelopes by subclassing (``class ActorList(Page[Actor])``) so the OpenAPI
schema keeps the resource's own name and description; the fields are declared once, here.
"""

from typing import Generic, TypeVar

import msgspec

from watchfloor.wire import Timestamp

__all__ = ("Page", "Version", "Versions")

T = TypeVar("T")


class Page(msgspec.Struct, Generic[T], kw_only=True):
    """One page of a list."""

    data: list[T]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None
    """On the first page only: a change-feed cursor taken before the listing started."""


class Version(msgspec.Struct, kw_only=True):
    """What every recorded version says besides the record (which a subclass names)."""

    version: int
    recorded_from: Timestamp
    """When this version became the recorded state (transaction time)."""
    recorded_to: Timestamp | None
    """When the next version replaced it; ``null`` for the current version."""
    deleted: bool
    """True for the tombstone written by a DELETE."""


class Versions(msgspec.Struct, Generic[T], kw_only=True):
    """Versions of a record, oldest first."""

    data: list[T]
    has_more: bool
    next_cursor: str | None
