"""Wire types of ``/v1/subscriptions``: where to send signed webhooks, of what, and the log.

A subscription's ``source`` is a tagged union on ``kind``: ``changes`` (any change of the named
resources), ``alerts`` (alerts at or above a level) or ``watchlist`` (what enters one). Later kinds (a watchlist, signposts …)
are new members of the union, an additive change. The signing secret (``whsec_…``) is shown
once, in the answer of the create and of a rotation; every other read shows fingerprints.
"""

from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import envelopes
from watchfloor.wire import TEXT, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "AlertsSource",
    "ChangesSource",
    "Delivery",
    "DeliveryAttempt",
    "DeliveryList",
    "ReplayRequest",
    "ReplayResult",
    "SecretRotation",
    "Subscription",
    "SubscriptionCreate",
    "SubscriptionFilters",
    "SubscriptionList",
    "SubscriptionPatch",
    "SubscriptionSource",
    "SubscriptionVersion",
    "SubscriptionVersionList",
    "SubscriptionWithSecret",
    "WatchlistSource",
)

Name = Annotated[str, Meta(min_length=1, max_length=200, pattern=TEXT)]
Url = Annotated[
    str,
    Meta(
        min_length=8,
        max_length=2000,
        pattern="^[Hh][Tt][Tt][Pp][Ss]?://[!-~]+$",
        description="An `http` or `https` URL the operator's allow-list admits: printable ASCII, "
        "no spaces (an international domain name in its punycode form).",
        examples=["https://partner.example/hooks/watchfloor"],
    ),
]
ResourceName = Annotated[str, Meta(pattern="^[a-z][a-z_]{0,62}$")]
Level = Literal["watch", "warning"]


class ChangesSource(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind", tag="changes"
):
    """Every change (created, updated, deleted) of the named resources of the subscription's
    dataset; an empty list: of every resource. Types: ``<resource>.created``,
    ``<resource>.updated``, ``<resource>.deleted``."""

    resources: Annotated[list[ResourceName], Meta(max_length=40)] = msgspec.field(
        default_factory=list
    )
    """Names as in the change feed (`event`, `alert` …)."""


class AlertsSource(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind", tag="alerts"
):
    """Alerts of the subscription's dataset raising ``min_level`` or higher (``watch`` <
    ``warning``). Types: ``alert.opened`` (a new alert), ``alert.updated``, ``alert.closed``,
    ``alert.withdrawn`` (the state of the version sent)."""

    min_level: Level = "watch"


class WatchlistSource(
    msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind", tag="watchlist"
):
    """What newly enters a watchlist of the subscription's dataset: a record its selections
    select for the first time (one of its feed entries makes it match). Type:
    ``watchlist.entered``, ``data`` ``{"watchlist_id", "items": [{kind, id, entered_at,
    object}]}``, the items as ``GET /v1/watchlists/{id}/items`` gives them."""

    watchlist_id: Annotated[str, Meta(pattern="^wl_[0-9a-f]{32}$")]


SubscriptionSource = ChangesSource | AlertsSource | WatchlistSource
"""What the subscription sends, by ``kind``."""


class Subscription(msgspec.Struct, kw_only=True):
    """Where Watchfloor sends signed webhooks (Standard Webhooks), and of what."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    name: str
    url: str
    source: SubscriptionSource
    enabled: bool
    """Deliveries are made while true. The worker sets it false (with ``disabled_reason``) when
    the endpoint answers 410 or a delivery still fails after three days of retries."""
    owner: str
    """The API key that created it."""
    secret_fingerprints: list[str]
    """The first 16 hex digits of SHA-256 of each secret that signs now (two during a
    rotation's grace period): compare with ``sha256(secret)`` to tell which you hold."""
    secret_rotated_at: Timestamp | None
    previous_secret_expires_at: Timestamp | None
    """After a rotation, when the previous secret stops signing (``null``: one secret)."""
    disabled_reason: str | None
    disabled_at: Timestamp | None
    exercise: ExerciseMark = UNSET


class SubscriptionWithSecret(Subscription, kw_only=True):
    """A subscription with its new signing secret: shown this once, never again."""

    secret: str
    """``whsec_`` and 32 random bytes in base64: the key that signs deliveries (HMAC-SHA256).
    Keep it; reads show only its fingerprint."""


class SubscriptionCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new subscription. A URL outside the allow-list, or an unknown resource, is 422."""

    name: Name
    url: Url
    source: SubscriptionSource
    enabled: bool = True
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class SubscriptionPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to a subscription; ``source`` is replaced whole. ``enabled: true`` on a disabled
    subscription clears ``disabled_reason`` and resumes its queue where it stopped."""

    name: Name | UnsetType = UNSET
    url: Url | UnsetType = UNSET
    source: SubscriptionSource | UnsetType = UNSET
    enabled: bool | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


SubscriptionList, SubscriptionVersion, SubscriptionVersionList = envelopes(
    Subscription, "subscription", "a subscription", "subscriptions"
)


class SubscriptionFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/subscriptions``."""

    dataset: str
    enabled: bool | None = None


class SecretRotation(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """How long the previous secret keeps signing beside the new one."""

    grace_seconds: Annotated[int, Meta(ge=0, le=604_800)] | None = None
    """Default 86400 (24 h); 0 retires it at once; at most 7 days."""


DeliveryState = Literal["pending", "delivered", "failed"]


class DeliveryAttempt(msgspec.Struct, kw_only=True):
    """One try to deliver."""

    number: int
    started_at: Timestamp
    latency_ms: int
    status_code: int | None
    """The HTTP status answered; ``null`` when none was (timeout, refused, TLS …)."""
    response_excerpt: str | None
    """The first 1 KiB of the answer's body."""
    error: str | None


class Delivery(msgspec.Struct, kw_only=True):
    """One message owed to a subscription, and every attempt to deliver it."""

    id: str
    subscription_id: str
    message_id: str
    """The ``webhook-id`` header: the same on every attempt and on a replay of the same
    change, so a receiver can deduplicate."""
    type: str
    origin: Literal["feed", "replay", "test"]
    cursor: str | None
    """The change-feed cursor of the change sent (``null`` for a test ping)."""
    state: DeliveryState
    """``pending`` (owed), ``delivered`` (a 2xx was answered), ``failed`` (given up: 410, or
    three days of failures; the subscription is then disabled)."""
    created_at: Timestamp
    next_attempt_at: Timestamp | None
    finished_at: Timestamp | None
    attempts: list[DeliveryAttempt]


class DeliveryList(msgspec.Struct, kw_only=True):
    """One page of a subscription's deliveries, newest first."""

    data: list[Delivery]
    has_more: bool
    next_cursor: str | None


class ReplayRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Where to replay from: a change-feed cursor (a delivery's ``cursor`` or a feed page's
    ``next_cursor``). Every matching change after it is enqueued again, in order."""

    cursor: Annotated[str, Meta(min_length=1, max_length=2048)]


class ReplayResult(msgspec.Struct, kw_only=True):
    """What a replay enqueued."""

    enqueued: int
    has_more: bool
    """More changes follow than one replay enqueues (10 000): replay again from ``next_cursor``."""
    next_cursor: str
    """Where the replay stopped: the feed cursor to replay from next."""
