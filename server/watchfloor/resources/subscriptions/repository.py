"""SQL of subscriptions: the versioned table, its filters, and the signing secrets kept beside
it (never in the versioned row, so never in a read, the history, the feed or an export)."""

from collections.abc import Sequence
from datetime import datetime

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.subscriptions.schemas import Subscription, SubscriptionFilters
from watchfloor.wire import marked

__all__ = (
    "SUBSCRIPTIONS",
    "active_secrets",
    "add_secret",
    "apply_filters",
    "expire_secrets",
    "to_subscription",
    "watchlist_exists",
)

SUBSCRIPTIONS = Table(
    name="subscriptions",
    columns=(
        "name",
        "url",
        "source",
        "enabled",
        "owner",
        "secret_fingerprints",
        "secret_rotated_at",
        "previous_secret_expires_at",
        "disabled_reason",
        "disabled_at",
    ),
)

CONDITIONS = {"dataset": BY_DATASET, "enabled": "t.enabled = {}"}

_INSERT_KEY = """
INSERT INTO subscription_secrets (subscription_id, secret) VALUES ($1, $2)
"""
_EXPIRE = """
UPDATE subscription_secrets SET expires_at = $2
WHERE subscription_id = $1 AND (expires_at IS NULL OR expires_at > $2)
"""
_ACTIVE = """
SELECT secret FROM subscription_secrets
WHERE subscription_id = $1 AND (expires_at IS NULL OR expires_at > $2)
ORDER BY id DESC
"""


def apply_filters(query: ListQuery, filters: SubscriptionFilters) -> None:
    query.where_given(filters, CONDITIONS)


@marked
def to_subscription(row: asyncpg.Record) -> Subscription:
    return msgspec.convert(dict(row), Subscription, strict=True)


async def add_secret(ctx: Context, subscription_id: str, secret: str) -> None:
    await ctx.conn.execute(_INSERT_KEY, subscription_id, secret)


async def expire_secrets(ctx: Context, subscription_id: str, at: datetime) -> None:
    """Every secret of the subscription still signing after ``at`` stops signing then."""
    await ctx.conn.execute(_EXPIRE, subscription_id, at)


async def active_secrets(
    conn: asyncpg.Connection, subscription_id: str, at: datetime
) -> Sequence[str]:
    """The secrets that sign at ``at``, newest first."""
    return [r["secret"] for r in await conn.fetch(_ACTIVE, subscription_id, at)]


_WATCHLIST = """
SELECT EXISTS (SELECT 1 FROM watchlists WHERE id = $1 AND dataset = $2 AND deleted_at IS NULL)
"""


async def watchlist_exists(conn: asyncpg.Connection, watchlist_id: str, dataset: str) -> bool:
    """Whether the watchlist is one of ``dataset``'s (and not deleted)."""
    return bool(await conn.fetchval(_WATCHLIST, watchlist_id, dataset))
