"""The rules of subscriptions: a target the allow-list admits, a source that names real
resources, a secret made by the server and shown once, rotation with a grace period."""

import base64
import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.ids import new_id
from watchfloor.persistence.records import Expected, Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.subscriptions import repository as repo
from watchfloor.resources.subscriptions.schemas import (
    ChangesSource,
    SubscriptionCreate,
    SubscriptionFilters,
    SubscriptionPatch,
    SubscriptionSource,
    WatchlistSource,
)
from watchfloor.versioned import VersionedService, sent_fields
from watchfloor.webhooks.targets import AllowList, Refused

__all__ = ("SubscriptionService", "fingerprint", "new_secret")

DEFAULT_GRACE = timedelta(hours=24)


def new_secret() -> str:
    """A Standard Webhooks secret: ``whsec_`` and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def fingerprint(secret: str) -> str:
    """What reads show of a secret: 16 hex digits of its SHA-256."""
    return hashlib.sha256(secret.encode()).hexdigest()[:16]


async def _check_url(allow: AllowList, url: str) -> None:
    try:
        await allow.check(url)
    except Refused as exc:
        raise Unprocessable(
            "The subscription's URL is not a target webhooks may reach.",
            errors=[FieldError("/url", str(exc))],
        ) from exc


def _check_source(source: SubscriptionSource) -> None:
    if not isinstance(source, ChangesSource):
        return
    # The registry lists the resources; it imports this module's resource, hence here.
    from watchfloor.registry import RESOURCES

    problems = [
        FieldError(f"/source/resources/{i}", f"unknown resource {name!r}")
        for i, name in enumerate(source.resources)
        if name not in RESOURCES
    ]
    if len(set(source.resources)) != len(source.resources):
        problems.append(FieldError("/source/resources", "a resource is named twice"))
    if problems:
        raise Unprocessable("The subscription's source names unknown resources.", errors=problems)


async def _check_watchlist(ctx: Context, source: SubscriptionSource, dataset: str) -> None:
    if not isinstance(source, WatchlistSource):
        return
    if not await repo.watchlist_exists(ctx.conn, source.watchlist_id, dataset):
        raise Unprocessable(
            "The subscription's source names no watchlist of its dataset.",
            errors=[
                FieldError("/source/watchlist_id", f"no such watchlist: {source.watchlist_id}")
            ],
        )


async def _changes(data: SubscriptionPatch, allow: AllowList | None) -> dict[str, Any]:
    changes = sent_fields(data)
    if "source" in changes:
        _check_source(changes["source"])
        changes["source"] = msgspec.to_builtins(changes["source"])
    if "url" in changes:
        if allow is None:
            raise Unprocessable(
                "A subscription's URL is changed through PATCH /v1/subscriptions/{id}.",
                errors=[FieldError("/url", "not changed here")],
            )
        await _check_url(allow, changes["url"])
    if changes.get("enabled") is True:
        changes.update(disabled_reason=None, disabled_at=None)
    return changes


def _owner(ctx: Context) -> str:
    """The key that creates a subscription: its id (its name when it has none)."""
    if ctx.principal is not None and ctx.principal.key_id is not None:
        return ctx.principal.key_id
    return ctx.who


class SubscriptionService(
    VersionedService[SubscriptionCreate, SubscriptionPatch, SubscriptionFilters]
):
    """Create, read, change, rotate and delete subscriptions."""

    records = Records(repo.SUBSCRIPTIONS, "subscription")

    async def values(self, ctx: Context, data: SubscriptionCreate) -> dict[str, Any]:
        # Only the HTTP create (which knows the allow-list and shows the secret) makes one.
        raise Unprocessable(
            "Subscriptions are created through POST /v1/subscriptions, which shows their "
            "secret once; they cannot be imported.",
            errors=[FieldError(None, "not importable")],
        )

    async def create_with_secret(
        self, ctx: Context, data: SubscriptionCreate, allow: AllowList
    ) -> tuple[asyncpg.Record, str]:
        """A new subscription and its secret (the only time the secret is returned)."""
        ctx.require_dataset(data.dataset)
        _check_source(data.source)
        await _check_watchlist(ctx, data.source, data.dataset)
        await _check_url(allow, data.url)
        secret = new_secret()
        values = msgspec.structs.asdict(data)
        values.update(
            id=new_id("subscription"),
            source=msgspec.to_builtins(data.source),
            owner=_owner(ctx),
            secret_fingerprints=[fingerprint(secret)],
        )
        row = await self.records.create(ctx, values)
        await repo.add_secret(ctx, row["id"], secret)
        return row, secret

    async def update_checked(
        self,
        ctx: Context,
        record_id: str,
        data: SubscriptionPatch,
        expected: Expected,
        allow: AllowList,
    ) -> asyncpg.Record:
        """``PATCH /v1/subscriptions/{id}``: a new URL is checked against ``allow``."""

        async def revise(current: asyncpg.Record) -> dict[str, Any]:
            if not isinstance(data.source, msgspec.UnsetType):
                await _check_watchlist(ctx, data.source, current["dataset"])
            return await _changes(data, allow)

        return await self.records.update(ctx, record_id, expected, revise)

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: SubscriptionPatch
    ) -> dict[str, Any]:
        # Changes made without the allow-list at hand (the kit's path) may not move the URL.
        return await _changes(data, None)

    async def rotate(
        self, ctx: Context, record_id: str, grace: timedelta | None
    ) -> tuple[asyncpg.Record, str]:
        """A new secret; the ones signing now keep signing for ``grace`` (24 h by default)."""
        now = datetime.now(UTC)
        until = now + (DEFAULT_GRACE if grace is None else grace)
        secret = new_secret()

        async def revise(current: asyncpg.Record) -> dict[str, Any]:
            await repo.expire_secrets(ctx, record_id, until)
            await repo.add_secret(ctx, record_id, secret)
            kept = [fingerprint(s) for s in await repo.active_secrets(ctx.conn, record_id, now)]
            return {
                "secret_fingerprints": kept,
                "secret_rotated_at": now,
                "previous_secret_expires_at": until if len(kept) > 1 else None,
            }

        row = await self.records.update(ctx, record_id, None, revise)
        return row, secret

    def filter(self, query: ListQuery, filters: SubscriptionFilters) -> None:
        repo.apply_filters(query, filters)
