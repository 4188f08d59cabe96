"""SQL of the audit trail."""

from datetime import datetime

import asyncpg
import msgspec

from watchfloor.audit.schemas import AuditEntry
from watchfloor.persistence.store import Page

__all__ = ("AuditFilters", "page", "to_entry")

PAGE = """
SELECT id, at, key_id, request_id, resource, record_id, version, op, dataset FROM audit_log
WHERE ($1::text IS NULL OR key_id = $1)
  AND ($2::text IS NULL OR resource = $2)
  AND ($3::text IS NULL OR record_id = $3)
  AND ($4::timestamptz IS NULL OR at >= $4)
  AND ($5::timestamptz IS NULL OR at < $5)
  AND ($6::bigint IS NULL OR id < $6)
  AND ($8::text[] IS NULL
       OR dataset = ANY($8)
       OR (resource = 'dataset' AND record_id = ANY($8))
       OR (resource = 'api_key'
           AND EXISTS (SELECT 1 FROM api_keys k WHERE k.id = record_id AND k.datasets <@ $8)))
ORDER BY id DESC
LIMIT $7
"""
"""``$8``: the datasets of the admin asking (NULL: everything). It sees writes to records of
its datasets, its datasets' creation, and keys it may manage (all of whose datasets it holds)."""


class AuditFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/audit``."""

    key_id: str | None = None
    resource: str | None = None
    record_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None


async def page(
    conn: asyncpg.Connection,
    filters: AuditFilters,
    *,
    after: int | None,
    limit: int,
    within: list[str] | None = None,
) -> Page:
    rows = await conn.fetch(
        PAGE,
        filters.key_id,
        filters.resource,
        filters.record_id,
        filters.since,
        filters.until,
        after,
        limit + 1,
        within,
    )
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(list(rows), [rows[-1]["id"]] if more else None)


def to_entry(row: asyncpg.Record) -> AuditEntry:
    return msgspec.convert(dict(row), AuditEntry)
