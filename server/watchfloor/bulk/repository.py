"""SQL of the import: records by ``external_id`` within a dataset, and the dataset itself."""

import asyncpg

from watchfloor.store import Table

__all__ = ("dataset_exists", "find_by_external_id", "live_id_by_external_id")

FIND_BY_EXTERNAL_ID = (
    "SELECT t.id, t.version, t.deleted_at FROM {table} t "
    "WHERE t.dataset = $1 AND t.external_id = $2"
)
LIVE_ID_BY_EXTERNAL_ID = (
    "SELECT t.id FROM {table} t "
    "WHERE t.dataset = $1 AND t.external_id = $2 AND t.deleted_at IS NULL"
)
DATASET_EXISTS = "SELECT EXISTS (SELECT 1 FROM datasets WHERE name = $1)"


async def find_by_external_id(
    conn: asyncpg.Connection, table: Table, dataset: str, external_id: str
) -> asyncpg.Record | None:
    """Id, version and tombstone of the record with this ``external_id``, deleted or not."""
    return await conn.fetchrow(FIND_BY_EXTERNAL_ID.format(table=table.name), dataset, external_id)


async def live_id_by_external_id(
    conn: asyncpg.Connection, table: Table, dataset: str, external_id: str
) -> str | None:
    """The id of the live (not deleted) record with this ``external_id``, if any."""
    found: str | None = await conn.fetchval(
        LIVE_ID_BY_EXTERNAL_ID.format(table=table.name), dataset, external_id
    )
    return found


async def dataset_exists(conn: asyncpg.Connection, name: str) -> bool:
    exists: bool = await conn.fetchval(DATASET_EXISTS, name)
    return exists
