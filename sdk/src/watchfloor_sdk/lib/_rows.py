"""What both shipped mirrors write: one row per record, its newest version."""

from typing import Any

import msgspec

from watchfloor_sdk.lib._sync import SyncPage
from watchfloor_sdk.types import ChangeUpsert

__all__ = ("Row", "rows_of")

Row = tuple[str, str, int, bool, str, str | None]
"""(resource, id, version, deleted, dataset, body as JSON text or ``None`` for a tombstone)."""

_encoder = msgspec.json.Encoder()


def rows_of(page: SyncPage) -> list[Row]:
    """The page's changes as rows; a tombstone keeps its version and drops the body."""
    rows: list[Row] = []
    for change in page.changes:
        body: Any = None
        if isinstance(change, ChangeUpsert):
            body = _encoder.encode(change.object).decode()
        deleted = not isinstance(change, ChangeUpsert)
        rows.append((change.resource, change.id, change.version, deleted, change.dataset, body))
    return rows
