"""SQL of API keys, datasets and rate-limit counters."""

__all__ = (
    "AUDIT_ADMIN_WRITE",
    "AUTHENTICATE",
    "GET_KEY",
    "GRANT_DATASET",
    "INSERT_DATASET",
    "INSERT_KEY",
    "LIST_DATASETS",
    "LIST_KEYS",
    "MISSING_DATASETS",
    "REVOKE_KEY",
)

KEY_COLUMNS = "id, name, scopes, datasets, rate_limit, created_at, revoked_at"

AUTHENTICATE = """
WITH key AS (
    SELECT id, scopes, datasets, rate_limit FROM api_keys
    WHERE secret_hash = $1 AND revoked_at IS NULL
), bucket AS (
    SELECT coalesce((SELECT id FROM key), $2) AS name,
           coalesce((SELECT rate_limit FROM key), $3) AS rate_limit
), hit AS (
    INSERT INTO rate_limits AS r (bucket, window_start, used)
    SELECT name, date_trunc('minute', now()), 1 FROM bucket
    ON CONFLICT (bucket) DO UPDATE
        SET used = CASE WHEN r.window_start = EXCLUDED.window_start THEN r.used + 1 ELSE 1 END,
            window_start = EXCLUDED.window_start
    RETURNING used, window_start
)
SELECT key.id, key.scopes, key.datasets, bucket.rate_limit, hit.used,
       extract(epoch FROM hit.window_start + interval '1 minute' - clock_timestamp()) AS reset_in,
       set_config('watchfloor.key_id', coalesce(key.id, ''), false) AS key_setting,
       set_config('watchfloor.request_id', $4, false) AS request_setting
FROM bucket CROSS JOIN hit LEFT JOIN key ON true
"""
"""Authenticate, count the request and tag the connection for the audit: one round trip.

``$1`` is the SHA-256 of the presented secret (or NULL), ``$2`` the bucket of a caller without a
valid key (its client address), ``$3`` that bucket's limit, ``$4`` the request id. The settings
stay on the connection until the pool hands it back (``RESET ALL``), so every write the request
makes is audited with its key and request id by the change-log trigger.
"""

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
