"""SQL of the import: records by ``external_id`` within a dataset, the dataset itself, and the
binary ``COPY`` a batch's new records are written with."""

import operator
from collections.abc import Sequence
from typing import Any

import asyncpg
import msgspec

from watchfloor.persistence.store import Table

__all__ = (
    "claims",
    "dataset_exists",
    "find_by_external_ids",
    "insert_many",
    "key_in_force",
    "live_id_by_external_id",
    "live_ids_by_external_ids",
    "save_claim",
)

FIND_BY_EXTERNAL_IDS = (
    "SELECT t.external_id, t.id, t.version, t.deleted_at FROM {table} t "
    "WHERE t.dataset = $1 AND t.external_id = ANY($2::text[])"
)
# Actors are also found by the other external ids imports resolved to them (known_as), and a
# merged actor answers for its survivor (superseded_by, migrations/0067_actor_identity.sql).
# An actor is also named by the external ids it absorbed (``known_ids``: import matches and
# merges); either way the name leads to the record that survives (``superseded_by``). Two
# simple statements, each served by its own index, then the survivors by primary key: one
# statement with both branches and the join was planned once per connection, and once the
# table had grown past that plan's estimates it took seconds a call.
NAMED_BY_EXTERNAL_ID = (
    "SELECT t.external_id AS named, coalesce(t.superseded_by, t.id) AS target FROM {table} t "
    "WHERE t.dataset = $1 AND t.external_id = ANY($2::text[])"
)
NAMED_BY_KNOWN_ID = (
    "SELECT k.named, coalesce(t.superseded_by, t.id) AS target "
    "FROM {table} t, unnest(t.known_ids) AS k (named) "
    "WHERE t.dataset = $1 AND t.known_ids && $2::text[] AND k.named = ANY($2::text[])"
)
TARGETS = "SELECT t.id, t.version, t.deleted_at FROM {table} t WHERE t.id = ANY($1::text[])"
LIVE_ID_BY_EXTERNAL_ID = (
    "SELECT t.id FROM {table} t "
    "WHERE t.dataset = $1 AND t.external_id = $2 AND t.deleted_at IS NULL"
)
LIVE_IDS_BY_EXTERNAL_IDS = (
    "SELECT t.external_id, t.id FROM {table} t "
    "WHERE t.dataset = $1 AND t.external_id = ANY($2::text[]) AND t.deleted_at IS NULL"
)
DATASET_EXISTS = "SELECT EXISTS (SELECT 1 FROM datasets WHERE name = $1)"
# FOR SHARE: a revocation (an UPDATE of the row) waits for the batch holding it to commit, so
# no batch commits once the revocation has.
KEY_IN_FORCE = "SELECT true FROM api_keys WHERE id = $1 AND revoked_at IS NULL FOR SHARE"
CLAIMS = (
    "SELECT sources, claim::text AS claim FROM import_claims "
    "WHERE dataset = $1 AND resource = $2 AND external_id = $3 ORDER BY sources"
)
SAVE_CLAIM = """
INSERT INTO import_claims (dataset, resource, external_id, sources, claim)
VALUES ($1, $2, $3, $4, $5::text::jsonb)
ON CONFLICT (dataset, resource, external_id, sources) DO UPDATE
   SET claim = EXCLUDED.claim, recorded_at = now()
 WHERE import_claims.claim IS DISTINCT FROM EXCLUDED.claim
"""

_encode = msgspec.json.Encoder().encode
_decode = msgspec.json.Decoder().decode


def _known_as(table: Table) -> bool:
    return "known_as" in table.columns


async def _named(
    conn: asyncpg.Connection, table: Table, dataset: str, external_ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """``external_id`` → id, version and tombstone of the record it names (a ``known_as``
    table: by its own external id first, else by one it absorbed)."""
    wanted = list(external_ids)
    target_of: dict[str, str] = {}
    for sql in (NAMED_BY_EXTERNAL_ID, NAMED_BY_KNOWN_ID):
        for row in await conn.fetch(sql.format(table=table.name), dataset, wanted):
            target_of.setdefault(row["named"], row["target"])
    if not target_of:
        return {}
    rows = await conn.fetch(TARGETS.format(table=table.name), list(set(target_of.values())))
    found = {r["id"]: dict(r) for r in rows}
    return {named: found[t] for named, t in target_of.items() if t in found}


async def find_by_external_ids(
    conn: asyncpg.Connection, table: Table, dataset: str, external_ids: Sequence[str]
) -> dict[str, Any]:
    """``external_id`` → id, version and tombstone of each record found, deleted or not."""
    if _known_as(table):
        return await _named(conn, table, dataset, external_ids)
    sql = FIND_BY_EXTERNAL_IDS.format(table=table.name)
    return {r["external_id"]: r for r in await conn.fetch(sql, dataset, list(external_ids))}


async def live_id_by_external_id(
    conn: asyncpg.Connection, table: Table, dataset: str, external_id: str
) -> str | None:
    """The id of the live (not deleted) record with this ``external_id``, if any."""
    if _known_as(table):
        return (await live_ids_by_external_ids(conn, table, dataset, [external_id])).get(
            external_id
        )
    found: str | None = await conn.fetchval(
        LIVE_ID_BY_EXTERNAL_ID.format(table=table.name), dataset, external_id
    )
    return found


async def live_ids_by_external_ids(
    conn: asyncpg.Connection, table: Table, dataset: str, external_ids: Sequence[str]
) -> dict[str, str]:
    """``external_id`` → id of each live (not deleted) record found."""
    if _known_as(table):
        named = await _named(conn, table, dataset, external_ids)
        return {e: r["id"] for e, r in named.items() if r["deleted_at"] is None}
    sql = LIVE_IDS_BY_EXTERNAL_IDS.format(table=table.name)
    return {r["external_id"]: r["id"] for r in await conn.fetch(sql, dataset, list(external_ids))}


async def insert_many(
    conn: asyncpg.Connection, table: Table, columns: Sequence[str], rows: list[dict[str, Any]]
) -> None:
    """Insert ``rows`` (each the values of ``columns``) with one binary ``COPY``.

    ``COPY`` checks every constraint and fires the table's row triggers for each row as a
    single insert does: each new record gets its change-feed entry and audit row (in the order
    of ``rows``, in this transaction, so under the feed's horizon as any write), and a column
    left out takes its default. The values are those a single insert binds as parameters,
    encoded by the same codecs (jsonb's binary one: ``persistence/db.py``).
    """
    names = list(table.checked(columns))
    values = operator.itemgetter(*names)
    records = [values(row) for row in rows] if len(names) > 1 else [(values(r),) for r in rows]
    await conn.copy_records_to_table(table.name, records=records, columns=names)


async def dataset_exists(conn: asyncpg.Connection, name: str) -> bool:
    exists: bool = await conn.fetchval(DATASET_EXISTS, name)
    return exists


async def key_in_force(conn: asyncpg.Connection, key_id: str) -> bool:
    """The API key is not revoked, and stays so until the current transaction ends."""
    return bool(await conn.fetchval(KEY_IN_FORCE, key_id))


async def claims(
    conn: asyncpg.Connection, dataset: str, resource: str, external_id: str
) -> dict[str, dict[str, Any]]:
    """The claims made on a record so far: cited sources → the claim."""
    rows = await conn.fetch(CLAIMS, dataset, resource, external_id)
    return {r["sources"]: _decode(r["claim"]) for r in rows}


async def save_claim(
    conn: asyncpg.Connection,
    dataset: str,
    resource: str,
    external_id: str,
    sources: str,
    claim: dict[str, Any],
) -> None:
    """Keep what ``sources`` say of the record, in place of what they said before."""
    await conn.execute(SAVE_CLAIM, dataset, resource, external_id, sources, _encode(claim).decode())
