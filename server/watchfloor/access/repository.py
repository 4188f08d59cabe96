"""SQL of API keys, datasets, rate-limit buckets and the audit tags of a write."""

import asyncpg

__all__ = (
    "AUDIT_ADMIN_WRITE",
    "FIND_KEY",
    "GET_KEY",
    "GRANT_DATASET",
    "HEARTBEAT",
    "INSERT_DATASET",
    "INSERT_KEY",
    "KEYS_CHANNEL",
    "LIST_DATASETS",
    "LIST_KEYS",
    "MISSING_DATASETS",
    "RATE_GIVE",
    "RATE_TAKE",
    "REVOKE_KEY",
    "TAG_WRITE",
    "tag_write",
)

KEY_COLUMNS = "id, name, scopes, datasets, rate_limit, created_at, revoked_at"

KEYS_CHANNEL = "watchfloor_keys"
"""Notified with a key's id by every change to it (``migrations/0090_request_cost.sql``)."""

HEARTBEAT = "SELECT 1"
"""The key listener's check that its connection still answers."""

FIND_KEY = """
SELECT id, scopes, datasets, rate_limit FROM api_keys WHERE secret_hash = $1 AND revoked_at IS NULL
"""
"""The key whose secret has the SHA-256 ``$1``, if it is in force."""

RATE_TAKE = "SELECT granted, tat, now_at FROM wf_rate_take($1, $2, $3, $4)"
"""Lease up to ``$4`` tokens of bucket ``$1`` (``$2`` seconds a token, ``$3`` seconds of burst)."""

RATE_GIVE = """
UPDATE rate_buckets r SET tat = greatest(r.tat - g.tokens * g.per_token,
                                         extract(epoch FROM clock_timestamp()))
FROM unnest($1::text[], $2::float8[], $3::int[]) AS g(bucket, per_token, tokens)
WHERE r.bucket = g.bucket
"""
"""Give leased tokens that were not spent back to their buckets."""

TAG_WRITE = """
SELECT set_config('watchfloor.key_id', $1, true), set_config('watchfloor.request_id', $2, true)
"""
"""Tag the current transaction with the writing key and request for the audit trail.

Transaction-local: the change-log trigger (and :data:`AUDIT_ADMIN_WRITE`) read them for the
writes of this transaction only, and nothing is left on the pooled connection.
"""


async def tag_write(conn: asyncpg.Connection, key_id: str | None, request_id: str | None) -> None:
    """Run :data:`TAG_WRITE` on ``conn`` (inside the write's transaction)."""
    await conn.execute(TAG_WRITE, key_id or "", request_id or "")


# The statements below splice only the column lists above (constants of this module);
# values always travel as $n parameters. Reviewed for S608.
INSERT_KEY = f"""
INSERT INTO api_keys (id, name, secret_hash, scopes, datasets, rate_limit)
VALUES ($1, $2, $3, $4, $5, $6) RETURNING {KEY_COLUMNS}
"""  # noqa: S608
# `$n::text[]` "within": the datasets of the admin asking; NULL for the operator's command line.
# An admin sees and manages only keys whose every dataset it holds itself.
GET_KEY = f"""
SELECT {KEY_COLUMNS} FROM api_keys WHERE id = $1 AND ($2::text[] IS NULL OR datasets <@ $2)
"""  # noqa: S608
LIST_KEYS = f"""
SELECT {KEY_COLUMNS} FROM api_keys
WHERE ($1::text IS NULL OR id < $1) AND ($3::text[] IS NULL OR datasets <@ $3)
ORDER BY id DESC LIMIT $2
"""  # noqa: S608
REVOKE_KEY = f"""
UPDATE api_keys SET revoked_at = coalesce(revoked_at, now())
WHERE id = $1 AND ($2::text[] IS NULL OR datasets <@ $2) RETURNING {KEY_COLUMNS}
"""  # noqa: S608
GRANT_DATASET = """
UPDATE api_keys SET datasets = array_append(datasets, $2)
WHERE id = $1 AND NOT ($2 = ANY(datasets))
"""
MISSING_DATASETS = """
SELECT wanted FROM unnest($1::text[]) AS wanted
WHERE NOT EXISTS (SELECT 1 FROM datasets d WHERE d.name = wanted)
"""
DATASET_COLUMNS = "name, kind, description, created_at"
INSERT_DATASET = f"""
INSERT INTO datasets (name, kind, description) VALUES ($1, $2, $3) RETURNING {DATASET_COLUMNS}
"""  # noqa: S608
LIST_DATASETS = f"""
SELECT {DATASET_COLUMNS} FROM datasets
WHERE ($1::text IS NULL OR name > $1) AND ($3::text[] IS NULL OR name = ANY($3))
ORDER BY name LIMIT $2
"""  # noqa: S608
AUDIT_ADMIN_WRITE = """
INSERT INTO audit_log (key_id, request_id, resource, record_id, op)
VALUES (nullif(current_setting('watchfloor.key_id', true), ''),
        nullif(current_setting('watchfloor.request_id', true), ''), $1, $2, $3)
"""
"""Admin writes (keys, datasets) are audited like data writes, from the same session settings."""
