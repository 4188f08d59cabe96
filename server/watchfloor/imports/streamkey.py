"""``Idempotency-Key`` for a streamed import.

The general rule (``watchfloor.http.idempotency``) claims the key in the write's own transaction and
hashes the body first; an import can do neither: its body is streamed, never held, and it
commits batch by batch. So here:

1. The key is claimed up front, in a transaction of its own, as *pending*.
2. The import runs and hashes the body as it streams past.
3. The report is stored under the key with that hash, in one statement.

A retry with the same key and a finished import streams its body through the hash only (no
writes) and replays the stored report, or answers 422 if the body differs. While the first
import is still running, or if it died before storing its report, the key answers 409: imports
are idempotent by ``external_id``, so sending the file again under a new key is always safe.
An import that fails with an error releases its claim, so the same key may be retried.
Keys expire after 24 hours, like every other.
"""

import hashlib
from collections.abc import AsyncIterable, AsyncIterator

import asyncpg

from watchfloor.errors import Conflict, IdempotencyKeyReused

__all__ = ("BodyHash", "StreamKey")

_CLAIM = """
INSERT INTO idempotency_keys AS k (principal, key, method, path, request_hash)
VALUES ($1, $2, 'POST', $3, '')
ON CONFLICT (principal, key) DO UPDATE
    SET method = EXCLUDED.method, path = EXCLUDED.path, request_hash = '',
        status = NULL, headers = NULL, body = NULL, created_at = now()
    WHERE k.created_at < now() - interval '24 hours'
RETURNING true
"""
_STORED = """
SELECT request_hash, status, body FROM idempotency_keys WHERE principal = $1 AND key = $2
"""
_STORE = """
UPDATE idempotency_keys SET request_hash = $3, status = $4, headers = '{}', body = $5
WHERE principal = $1 AND key = $2
"""
_RELEASE = """
DELETE FROM idempotency_keys WHERE principal = $1 AND key = $2 AND status IS NULL
"""


class BodyHash:
    """SHA-256 of what identifies the request: method, path, query and the body as it streams."""

    def __init__(self, target: str) -> None:
        self._digest = hashlib.sha256(f"POST {target}\n".encode())

    async def tee(self, chunks: AsyncIterable[bytes]) -> AsyncIterator[bytes]:
        async for chunk in chunks:
            self._digest.update(chunk)
            yield chunk

    async def consume(self, chunks: AsyncIterable[bytes]) -> None:
        async for chunk in chunks:
            self._digest.update(chunk)

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


class StreamKey:
    """One ``Idempotency-Key`` of one principal on one path."""

    def __init__(self, conn: asyncpg.Connection, principal: str, key: str, path: str) -> None:
        self.conn = conn
        self.principal = principal
        self.key = key
        self.path = path

    async def claim(self) -> bool:
        """True if this request owns the key now; False if an earlier request does."""
        claimed = await self.conn.fetchval(_CLAIM, self.principal, self.key, self.path)
        return bool(claimed)

    async def stored_answer(self) -> tuple[str, int, bytes]:
        """(request hash, status, body) stored by the earlier request that holds the key.

        Raises:
            Conflict: the earlier import has not stored its answer (running, or died).
        """
        stored = await self.conn.fetchrow(_STORED, self.principal, self.key)
        if stored is None or stored["status"] is None:
            raise Conflict(
                "An import with this Idempotency-Key is still running or did not finish. "
                "Imports are idempotent: send the data again under a new key."
            )
        return stored["request_hash"], stored["status"], bytes(stored["body"])

    @staticmethod
    def check_same_request(stored_hash: str, request_hash: str) -> None:
        """Raises:
        IdempotencyKeyReused: the earlier request had another body, path or dataset.
        """
        if stored_hash != request_hash:
            raise IdempotencyKeyReused(
                "This Idempotency-Key was used with another request; "
                "use a new key for a new request."
            )

    async def store(self, request_hash: str, status: int, body: bytes) -> None:
        await self.conn.execute(_STORE, self.principal, self.key, request_hash, status, body)

    async def release(self) -> None:
        await self.conn.execute(_RELEASE, self.principal, self.key)
