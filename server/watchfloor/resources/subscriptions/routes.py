"""``/v1/subscriptions``: the kit's reads and delete; create and change (which check the URL
against the operator's allow-list, and show the secret once); rotation, the delivery log,
replay and test-send."""

from datetime import timedelta
from typing import Annotated, Any, Literal

from litestar import Request, Response, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody, QueryParameter

from watchfloor.context import Context
from watchfloor.cursors import CursorCodec
from watchfloor.http.headers import IdempotencyKey, IfMatch
from watchfloor.http.idempotency import run_idempotent
from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.params import Cursor, DatasetQuery, Limit
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import expected_versions, json_response, single_response
from watchfloor.resources.subscriptions.resource import SUBSCRIPTION
from watchfloor.resources.subscriptions.schemas import (
    Delivery,
    DeliveryList,
    ReplayRequest,
    ReplayResult,
    SecretRotation,
    Subscription,
    SubscriptionCreate,
    SubscriptionFilters,
    SubscriptionPatch,
    SubscriptionWithSecret,
)
from watchfloor.resources.subscriptions.service import SubscriptionService
from watchfloor.webhooks import service as webhooks
from watchfloor.webhooks.targets import AllowList

__all__ = ("router", "subscription_filters")

_SERVICE: SubscriptionService = SUBSCRIPTION.service  # type: ignore[assignment]
_render = SUBSCRIPTION.render


def subscription_filters(
    dataset: DatasetQuery = "live",
    enabled: Annotated[
        bool | None, QueryParameter(description="Only enabled (or disabled) subscriptions.")
    ] = None,
) -> SubscriptionFilters:
    return SubscriptionFilters(dataset=dataset, enabled=enabled)


def _with_secret(row: Any, secret: str) -> SubscriptionWithSecret:
    shown = _render(row)
    return SubscriptionWithSecret(
        **{f: getattr(shown, f) for f in Subscription.__struct_fields__}, secret=secret
    )


@post(
    "/",
    operation_id="createSubscription",
    summary="Create a subscription",
    status_code=201,
    responses=problem_responses(400, 409, 413, 415, 422),
)
async def create_subscription(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    webhook_allow: NamedDependency[AllowList],
    data: JSONBody[SubscriptionCreate],
    idempotency_key: IdempotencyKey = None,
) -> Response[SubscriptionWithSecret]:
    """Send signed webhooks (Standard Webhooks) of a source to a URL.

    The answer carries the signing `secret` (`whsec_…`): **shown this once**, never in reads, the
    history, the change feed or an export (they show its fingerprint). A URL whose host resolves to
    a private, loopback, link-local, multicast or reserved address, unless the operator allowed it
    (`WATCHFLOOR_WEBHOOK_ALLOW`), is 422 at `/url`; an unknown resource is 422 at
    `/source/resources/N`. See `docs/prepare.md`."""

    async def respond() -> Response[Any]:
        row, secret = await _SERVICE.create_with_secret(ctx, data, webhook_allow)
        where = f"{request.url.path.rstrip('/')}/{row['id']}"
        return single_response(
            _with_secret(row, secret), row["version"], status=201, headers={"Location": where}
        )

    return await run_idempotent(ctx.conn, request, idempotency_key, ctx.who, respond)


@patch(
    "/{subscription_id:str}",
    operation_id="updateSubscription",
    summary="Change a subscription",
    responses=problem_responses(400, 404, 409, 412, 413, 415, 422),
)
async def update_subscription(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    webhook_allow: NamedDependency[AllowList],
    subscription_id: FromPath[str],
    data: JSONBody[SubscriptionPatch],
    if_match: IfMatch = None,
    idempotency_key: IdempotencyKey = None,
) -> Response[Subscription]:
    """Change the fields sent; `source` is replaced whole, a new `url` is checked against the
    allow-list. `{"enabled": true}` on a disabled subscription clears `disabled_reason` and resumes
    its queue where it stopped (what failed stays failed: replay it from its cursor). With
    `If-Match`, only if still at that version."""

    async def respond() -> Response[Any]:
        row = await _SERVICE.update_checked(
            ctx, subscription_id, data, expected_versions(if_match), webhook_allow
        )
        return single_response(_render(row), row["version"])

    return await run_idempotent(ctx.conn, request, idempotency_key, ctx.who, respond)


@post(
    "/{subscription_id:str}/rotate-secret",
    operation_id="rotateSubscriptionSecret",
    summary="Rotate a subscription's secret",
    status_code=200,
    responses=problem_responses(400, 404, 413, 415, 422),
)
async def rotate_secret(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    subscription_id: FromPath[str],
    data: JSONBody[SecretRotation | None] = None,
    idempotency_key: IdempotencyKey = None,
) -> Response[SubscriptionWithSecret]:
    """A new signing secret, shown this once. The previous one keeps signing beside it for the
    grace period (`grace_seconds`, default 24 h): each delivery then carries two signatures in
    `webhook-signature`, so receivers switch secrets with no downtime."""
    seconds = data.grace_seconds if data is not None else None
    grace = None if seconds is None else timedelta(seconds=seconds)

    async def respond() -> Response[Any]:
        row, secret = await _SERVICE.rotate(ctx, subscription_id, grace)
        return single_response(_with_secret(row, secret), row["version"])

    return await run_idempotent(ctx.conn, request, idempotency_key, ctx.who, respond)


@get(
    "/{subscription_id:str}/deliveries",
    operation_id="listSubscriptionDeliveries",
    summary="List a subscription's deliveries",
    responses=problem_responses(400, 404),
)
async def list_deliveries(
    ctx: NamedDependency[Context],
    cursor_codec: NamedDependency[CursorCodec],
    subscription_id: FromPath[str],
    delivery_state: Annotated[
        Literal["pending", "delivered", "failed"] | None,
        QueryParameter(name="state", description="Only deliveries in this state."),
    ] = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response[DeliveryList]:
    """The delivery log, newest first: each message owed or sent, its type, its change-feed
    `cursor`, its state, and every attempt (status, latency, the first 1 KiB of the answer,
    error)."""
    page = await webhooks.delivery_log(
        ctx, cursor_codec, subscription_id, cursor=cursor, state=delivery_state, limit=limit
    )
    return json_response(page, headers={"Cache-Control": "no-store"})


@post(
    "/{subscription_id:str}/replay",
    operation_id="replaySubscription",
    summary="Replay a subscription from a cursor",
    status_code=202,
    responses=problem_responses(400, 404, 410, 413, 415, 422),
)
async def replay(
    ctx: NamedDependency[Context],
    cursor_codec: NamedDependency[CursorCodec],
    subscription_id: FromPath[str],
    data: JSONBody[ReplayRequest],
) -> Response[ReplayResult]:
    """Enqueue again, in order, every change after `cursor` (a delivery's `cursor`, or any
    change-feed cursor) that the subscription's source matches, at most 10 000 per call (then
    `has_more` and `next_cursor`). Each keeps the `webhook-id` it was first sent with, so a
    receiver that has it already drops it. A cursor older than the feed's retention is 410."""
    result = await webhooks.replay_from(ctx, cursor_codec, subscription_id, data.cursor)
    return json_response(result, status=202)


@post(
    "/{subscription_id:str}/test",
    operation_id="testSubscription",
    summary="Send a test delivery",
    status_code=202,
    responses=problem_responses(400, 404),
)
async def send_test(
    ctx: NamedDependency[Context],
    cursor_codec: NamedDependency[CursorCodec],
    subscription_id: FromPath[str],
) -> Response[Delivery]:
    """Enqueue a `ping` (`{"type": "ping", "data": {"subscription_id", "message"}}`) at the end
    of the subscription's queue; follow it in the delivery log."""
    found = await webhooks.send_test(ctx, cursor_codec, subscription_id)
    return json_response(found, status=202)


router = routes(
    SUBSCRIPTION,
    Face(
        tag="prepare",
        filters=subscription_filters,
        operations=("list", "get", "delete", "history"),
        extra=[
            create_subscription,
            update_subscription,
            rotate_secret,
            list_deliveries,
            replay,
            send_test,
        ],
        words={
            "list": Words(
                "List subscriptions",
                "List the dataset's subscriptions, newest first. `?enabled=false` lists "
                "those the worker disabled (see `disabled_reason`).",
            ),
            "delete": Words(
                "Delete a subscription",
                "Tombstone the subscription: nothing more is sent. History, the change feed "
                "and its delivery log keep it.",
            ),
        },
    ),
)
