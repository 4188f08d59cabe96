"""Wire types of ``/v1/changes``: a tagged union on ``op`` (``upsert`` | ``delete``)."""

from typing import Annotated, Any, get_type_hints

import msgspec
from msgspec import Meta

from watchfloor.registry import RESOURCES
from watchfloor.wire import Timestamp

__all__ = ("Change", "ChangeDelete", "ChangeList", "ChangeUpsert")

_RECORD_SCHEMA = {
    "anyOf": [
        {"$ref": f"#/components/schemas/{get_type_hints(r.render)['return'].__name__}"}
        for r in RESOURCES.values()
    ]
}
"""``object`` is one of the registered resources' wire types (``Actor``, ``Source`` …)."""


class ChangeUpsert(msgspec.Struct, kw_only=True, tag_field="op", tag="upsert"):
    """A record was created or changed; ``object`` is the record as of ``version``."""

    cursor: str
    """Resume after this item: `/v1/changes?after=<cursor>`."""
    resource: str
    """`actor`, `source`, `event` …"""
    id: str
    version: int
    """Apply only if newer than the version you hold: replays are then harmless."""
    dataset: str
    changed_at: Timestamp
    object: Annotated[
        Any,
        Meta(
            description="The record as of `version`, in its resource's representation.",
            extra_json_schema=_RECORD_SCHEMA,
        ),
    ]


class ChangeDelete(msgspec.Struct, kw_only=True, tag_field="op", tag="delete"):
    """A tombstone: the record was deleted at ``version``; drop it (reads by id now answer 404)."""

    cursor: str
    """Resume after this item: `/v1/changes?after=<cursor>`."""
    resource: str
    id: str
    version: int
    dataset: str
    deleted_at: Timestamp


Change = ChangeUpsert | ChangeDelete


class ChangeList(msgspec.Struct, kw_only=True):
    """One page of the change feed, in commit-safe order."""

    data: list[Change]
    has_more: bool
    """`false`: you are caught up; come back later with `next_cursor`."""
    next_cursor: str
    """Always present, also on an empty page: save it after you have applied the page."""
