"""The envelopes every resource's lists and histories share, generic over the record type.

A resource's envelopes are named after it (``ActorList``, ``ActorVersion``,
``ActorVersionList``) so the OpenAPI schemas keep the resource's own names and descriptions;
:func:`envelopes` makes the three from the record type, and the fields are declared once, here.
"""

import types
from typing import Any, Generic, NamedTuple, TypeVar

import msgspec

from watchfloor.wire import Timestamp

__all__ = ("Envelopes", "Page", "Version", "Versions", "envelopes")

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


class Envelopes(NamedTuple):
    """A resource's list page, one version, and a page of versions."""

    page: type[Page[Any]]
    version: type[Version]
    versions: type[Versions[Any]]


def envelopes(
    item: type[msgspec.Struct], field: str, one: str, many: str, *, page_doc: str | None = None
) -> Envelopes:
    """The envelopes of ``item`` (``Actor`` → ``ActorList``, ``ActorVersion`` …).

    Args:
        item: the record's wire type.
        field: the field that holds the record in a version (``actor``).
        one: the record in words, with its article (``an actor``).
        many: records in words (``actors``).
        page_doc: the page's description, if not "One page of <many>."
    """
    name, module = item.__name__, item.__module__

    def named(suffix: str, base: Any, doc: str, fields: dict[str, Any] | None = None) -> Any:
        def body(namespace: dict[str, Any]) -> None:
            namespace.update(__doc__=doc, __module__=module, __annotations__=fields or {})

        return types.new_class(name + suffix, (base,), {"kw_only": True}, body)

    version = named("Version", Version, f"One recorded version of {one}.", {field: item})
    return Envelopes(
        page=named("List", Page[item], page_doc or f"One page of {many}."),  # type: ignore[valid-type]
        version=version,
        versions=named("VersionList", Versions[version], f"Versions of {one}, oldest first."),  # type: ignore[valid-type]
    )
