"""``Idempotency-Key`` on POST, PATCH and DELETE: the same key and request replay the first
answer, once stored.

A retry after a lost answer is what the key is for: without it a PATCH that landed would be
refused on retry (412, its ``If-Match`` is now stale) or write a second version, and a DELETE
that landed would answer 404. The request is its method, path, ``If-Match`` and body.

The key is claimed in the same transaction as the write it guards, so a write and its stored
answer commit together or not at all. A concurrent request with the same key waits on the
claim's row lock, then replays what the first stored. A request that fails rolls back its claim,
so the client may retry it (Stripe's rule: nothing is stored when the request was refused).
Keys expire after 24 hours.
"""

import hashlib
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
from litestar import Request, Response

from watchfloor.access.middleware import CONTEXT_KEY
from watchfloor.access.tags import tag
from watchfloor.context import Context
from watchfloor.errors import IdempotencyKeyReused

__all__ = ("run_idempotent",)

_CLAIM = """
INSERT INTO idempotency_keys AS k (principal, key, method, path, request_hash)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (principal, key) DO UPDATE
    SET method = EXCLUDED.method, path = EXCLUDED.path, request_hash = EXCLUDED.request_hash,
        status = NULL, headers = NULL, body = NULL, created_at = now()
    WHERE k.created_at < now() - interval '24 hours'
RETURNING true
"""
_STORED = """
SELECT request_hash, status, headers, body FROM idempotency_keys WHERE principal = $1 AND key = $2
"""
_STORE = """
UPDATE idempotency_keys SET status = $3, headers = $4, body = $5 WHERE principal = $1 AND key = $2
"""
_REPLAYED_HEADERS = ("etag", "location", "cache-control")


def _request_hash(request: Request[Any, Any, Any], body: bytes) -> str:
    digest = hashlib.sha256()
    digest.update(f"{request.method} {request.url.path}\n".encode())
    if_match = request.headers.get("if-match")
    if if_match is not None:
        # Only when sent, so the hashes of keys stored before PATCH and DELETE took keys hold.
        digest.update(f"If-Match: {if_match}\n".encode())
    digest.update(body)
    return digest.hexdigest()


async def run_idempotent(
    conn: asyncpg.Connection,
    request: Request[Any, Any, Any],
    key: str | None,
    principal: str,
    write: Callable[[], Awaitable[Response[Any]]],
) -> Response[Any]:
    """Run ``write`` in a transaction, guarded by ``key`` when the client sent one.

    The transaction is tagged first with the request's key and id, for the audit trail.
    """
    ctx = request.scope.get("state", {}).get(CONTEXT_KEY)
    if key is None:
        async with conn.transaction():
            if isinstance(ctx, Context):
                await tag(ctx)
            return await write()
    request_hash = _request_hash(request, await request.body())
    async with conn.transaction():
        if isinstance(ctx, Context):
            await tag(ctx)
        claimed = await conn.fetchval(
            _CLAIM, principal, key, request.method, request.url.path, request_hash
        )
        if not claimed:
            stored = await conn.fetchrow(_STORED, principal, key)
            assert stored is not None
            if stored["request_hash"] != request_hash:
                raise IdempotencyKeyReused(
                    "This Idempotency-Key was used with another request; "
                    "use a new key for a new request."
                )
            headers = dict(stored["headers"] or {})
            headers["Idempotent-Replayed"] = "true"
            return Response(
                content=bytes(stored["body"]),
                status_code=stored["status"],
                media_type="application/json",
                headers=headers,
            )
        response = await write()
        assert isinstance(response.content, bytes)
        kept = {k: v for k, v in response.headers.items() if k.lower() in _REPLAYED_HEADERS}
        await conn.execute(_STORE, principal, key, response.status_code, kept, response.content)
        return response
