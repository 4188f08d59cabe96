"""API keys and datasets: the rules, shared by the admin API and the ``watchfloor keys`` CLI.

An admin key administers only its own datasets (``within``): it creates keys for some of
them, sees, lists and revokes only keys whose every dataset it holds, lists only its datasets,
and a dataset it creates is granted to it. The command line (``within=None``) is the operator
and administers everything. ``docs/resources/admin.md`` says why.
"""

import hashlib
import secrets
from typing import Any

import asyncpg
import msgspec

from watchfloor.access import repository as repo
from watchfloor.access.schemas import (
    ApiKey,
    ApiKeyCreate,
    ApiKeyWithSecret,
    Dataset,
    DatasetCreate,
)
from watchfloor.errors import FieldError, Forbidden, NotFound, Unprocessable
from watchfloor.ids import uuid7

__all__ = ("SECRET_PREFIX", "DatasetService", "KeyService", "hash_secret")

SECRET_PREFIX = "wf_"  # noqa: S105 (a marker, not a secret)
"""Every secret starts so, which lets secret scanners (and people) recognise a leaked key."""


def hash_secret(secret: str) -> str:
    """The stored form of a secret: SHA-256, hex."""
    return hashlib.sha256(secret.encode()).hexdigest()


Within = list[str] | None
"""The datasets of the admin asking (``Context.visible_datasets``); ``None``: everything."""


def _refuse_outside(wanted: list[str], within: list[str]) -> None:
    outside = [(i, name) for i, name in enumerate(wanted) if name not in within]
    if outside:
        raise Forbidden(
            "An admin key grants only datasets it holds itself: "
            + ", ".join(repr(name) for _, name in outside)
            + ".",
            errors=[FieldError(f"/datasets/{i}", f"not granted {name!r}") for i, name in outside],
        )


def _key(row: asyncpg.Record) -> ApiKey:
    return msgspec.convert(dict(row), ApiKey)


class KeyService:
    """Create, list and revoke API keys."""

    async def create(
        self, conn: asyncpg.Connection, data: ApiKeyCreate, within: Within = None
    ) -> ApiKeyWithSecret:
        """A new key; its secret is in the answer and nowhere else.

        Raises:
            Forbidden: the admin asking does not hold a dataset the key would be granted
                (whether that dataset exists is not said).
            Unprocessable: a dataset does not exist.
        """
        datasets = sorted(set(data.datasets))
        if within is not None:
            _refuse_outside(data.datasets, within)
        missing = [r["wanted"] for r in await conn.fetch(repo.MISSING_DATASETS, datasets)]
        if missing:
            raise Unprocessable(
                "A granted dataset does not exist; create it first.",
                errors=[
                    FieldError(f"/datasets/{i}", f"no dataset {name!r}")
                    for i, name in enumerate(data.datasets)
                    if name in missing
                ],
            )
        secret = SECRET_PREFIX + secrets.token_urlsafe(32)
        key_id = f"key_{uuid7().hex}"
        scopes = [s for s in ("read", "write", "admin") if s in data.scopes]
        async with conn.transaction():
            row = await conn.fetchrow(
                repo.INSERT_KEY,
                key_id,
                data.name,
                hash_secret(secret),
                scopes,
                datasets,
                data.rate_limit,
            )
            await conn.execute(repo.AUDIT_ADMIN_WRITE, "api_key", key_id, "create")
        assert row is not None
        return ApiKeyWithSecret(key=_key(row), secret=secret)

    async def get(self, conn: asyncpg.Connection, key_id: str, within: Within = None) -> ApiKey:
        """One key; a key with a dataset outside ``within`` is not found, as a missing one."""
        row = await conn.fetchrow(repo.GET_KEY, key_id, within)
        if row is None:
            raise NotFound(f"No API key with id {key_id!r}.")
        return _key(row)

    async def list(
        self, conn: asyncpg.Connection, *, after: str | None, limit: int, within: Within = None
    ) -> tuple[list[ApiKey], str | None]:
        """Keys newest first; the id to continue after, when more follow."""
        rows = await conn.fetch(repo.LIST_KEYS, after, limit + 1, within)
        more = len(rows) > limit
        keys = [_key(r) for r in rows[:limit]]
        return keys, keys[-1].id if more else None

    async def revoke(self, conn: asyncpg.Connection, key_id: str, within: Within = None) -> ApiKey:
        """Revoke a key at once (its next request gets 401); revoking twice changes nothing."""
        async with conn.transaction():
            row = await conn.fetchrow(repo.REVOKE_KEY, key_id, within)
            if row is None:
                raise NotFound(f"No API key with id {key_id!r}.")
            await conn.execute(repo.AUDIT_ADMIN_WRITE, "api_key", key_id, "revoke")
        return _key(row)


class DatasetService:
    """Create and list datasets."""

    async def create(
        self, conn: asyncpg.Connection, data: DatasetCreate, grant_to: str | None = None
    ) -> Dataset:
        """A new dataset, granted to the key ``grant_to`` (the admin making it) if given."""
        async with conn.transaction():
            row = await conn.fetchrow(repo.INSERT_DATASET, data.name, data.kind, data.description)
            await conn.execute(repo.AUDIT_ADMIN_WRITE, "dataset", data.name, "create")
            if grant_to is not None:
                await conn.execute(repo.GRANT_DATASET, grant_to, data.name)
        return _dataset(row)

    async def list(
        self, conn: asyncpg.Connection, *, after: str | None, limit: int, within: Within = None
    ) -> tuple[list[Dataset], str | None]:
        rows = await conn.fetch(repo.LIST_DATASETS, after, limit + 1, within)
        more = len(rows) > limit
        found = [_dataset(r) for r in rows[:limit]]
        return found, found[-1].name if more else None


def _dataset(row: Any) -> Dataset:
    return msgspec.convert(dict(row), Dataset)
