"""Subscriptions, declared once: signed webhooks of changes and alerts (docs/prepare.md)."""

from typing import Any

import asyncpg

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.resources.subscriptions.repository import to_subscription
from watchfloor.resources.subscriptions.schemas import (
    Subscription,
    SubscriptionCreate,
    SubscriptionList,
    SubscriptionPatch,
    SubscriptionVersion,
    SubscriptionVersionList,
)
from watchfloor.resources.subscriptions.service import SubscriptionService
from watchfloor.versioned import Resource

__all__ = ("SUBSCRIPTION",)


async def _not_importable(ctx: Context, data: Any) -> asyncpg.Record:
    raise Unprocessable(
        "Subscriptions cannot be imported: create them with POST /v1/subscriptions, which "
        "shows their secret once.",
        errors=[FieldError(None, "subscriptions are not importable")],
    )


SUBSCRIPTION = Resource(
    name="subscription",
    path="/v1/subscriptions",
    service=SubscriptionService(),
    render=to_subscription,
    item=Subscription,
    create_type=SubscriptionCreate,
    patch_type=SubscriptionPatch,
    page=SubscriptionList,
    version=SubscriptionVersion,
    versions=SubscriptionVersionList,
    importer=_not_importable,
)
