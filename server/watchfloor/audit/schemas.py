"""Wire types of ``/v1/audit``."""

import msgspec

from watchfloor.wire import Timestamp

__all__ = ("AuditEntry", "AuditList")


class AuditEntry(msgspec.Struct, kw_only=True):
    """One write: a record version, an API key or a dataset created, a key revoked."""

    id: int
    at: Timestamp
    """When the write was made (its transaction's time)."""
    key_id: str | None
    """The API key that made it; `null` for the operator's command line."""
    request_id: str | None
    """The `X-Request-Id` of the request that made it."""
    resource: str
    """`actor`, `source` … or `api_key`, `dataset`."""
    record_id: str
    version: int | None
    """The version written; `null` for keys and datasets."""
    op: str
    """`create`, `update`, `delete` or `revoke`."""
    dataset: str | None


class AuditList(msgspec.Struct, kw_only=True):
    """One page of the audit trail, newest first."""

    data: list[AuditEntry]
    has_more: bool
    next_cursor: str | None
