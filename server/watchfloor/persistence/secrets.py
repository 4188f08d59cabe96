"""Keys the service makes for itself once and keeps in the database (``server_secrets``)."""

import secrets

import asyncpg

__all__ = ("stored_secret",)

_READ = "SELECT secret FROM server_secrets WHERE name = $1"
_MAKE_OR_READ = """
WITH made AS (
    INSERT INTO server_secrets (name, secret) VALUES ($1, $2)
    ON CONFLICT (name) DO NOTHING RETURNING secret
)
SELECT secret FROM made UNION ALL SELECT secret FROM server_secrets WHERE name = $1 LIMIT 1
"""


async def stored_secret(conn: asyncpg.Connection, name: str) -> bytes:
    """The secret called ``name``: 32 random bytes made by the first process that asks.

    Every worker and replica on the database reads the same one, and a restart keeps it. It is
    read first with a plain ``SELECT``, so that a read replica (read-only) can serve it once made.
    """
    found = await conn.fetchval(_READ, name)
    if found is not None:
        return bytes(found)
    for _ in range(2):
        found = await conn.fetchval(_MAKE_OR_READ, name, secrets.token_bytes(32))
        if found is not None:
            return bytes(found)
        # Another process inserted it after this statement's snapshot was taken: read again.
    raise RuntimeError(f"the server secret {name!r} could neither be made nor read")
