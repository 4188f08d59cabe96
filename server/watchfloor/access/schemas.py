"""Wire types of ``/v1/admin``: API keys and datasets."""

from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from watchfloor.wire import TEXT, DatasetName, Timestamp

__all__ = (
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyList",
    "ApiKeyWithSecret",
    "Dataset",
    "DatasetCreate",
    "DatasetKind",
    "DatasetList",
    "Scope",
)

Scope = Literal["read", "write", "admin"]
DatasetKind = Literal["live", "exercise", "sandbox"]
KeyName = Annotated[str, Meta(min_length=1, max_length=100, pattern=TEXT)]
RatePerMinute = Annotated[
    int, Meta(ge=1, le=1_000_000, description="Requests per minute this key may make.")
]


class ApiKey(msgspec.Struct, kw_only=True):
    """An API key, without its secret (shown only in the answer to its creation)."""

    id: str
    name: str
    """Who or what holds the key, e.g. `partner-ops-sync`."""
    scopes: list[Scope]
    """`read` (GET), `write` (POST, PATCH, DELETE), `admin` (keys, datasets, audit; implies both)."""
    datasets: list[str]
    """Datasets the key may read and write; records elsewhere do not exist for it."""
    rate_limit: int
    """Requests per minute."""
    created_at: Timestamp
    revoked_at: Timestamp | None
    """When the key was revoked; a revoked key gets 401."""


class ApiKeyCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new API key."""

    name: KeyName
    scopes: Annotated[list[Scope], Meta(min_length=1, max_length=3)]
    datasets: Annotated[list[DatasetName], Meta(max_length=100)] = msgspec.field(
        default_factory=lambda: ["live"]
    )
    rate_limit: RatePerMinute = 600


class ApiKeyWithSecret(msgspec.Struct, kw_only=True):
    """A key just created: the only answer that shows its secret (a retry with the same
    `Idempotency-Key` by the same caller within 24 hours gets this answer again)."""

    key: ApiKey
    secret: str
    """Send as `Authorization: Bearer <secret>`. Store it now: the key itself keeps only a hash
    (a create sent with an `Idempotency-Key` keeps its answer for replays for 24 hours)."""


class ApiKeyList(msgspec.Struct, kw_only=True):
    """One page of API keys, newest first."""

    data: list[ApiKey]
    has_more: bool
    next_cursor: str | None


class Dataset(msgspec.Struct, kw_only=True):
    """A dataset: `live` (the real world) or an exercise or sandbox world of its own."""

    name: str
    kind: DatasetKind
    description: str
    created_at: Timestamp


class DatasetCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new exercise or sandbox dataset (there is one `live`)."""

    name: DatasetName
    kind: Literal["exercise", "sandbox"]
    description: Annotated[str, Meta(max_length=2000, pattern=TEXT)] = ""


class DatasetList(msgspec.Struct, kw_only=True):
    """One page of datasets, by name."""

    data: list[Dataset]
    has_more: bool
    next_cursor: str | None
