"""The request context: who is asking, on which connection, and how, passed down explicitly.

The access middleware creates one :class:`Context` per ``/v1`` request once the caller is
known; handlers receive it as the ``ctx`` dependency and hand it to the services, which hand it
to the repositories and the store. Nothing below the edge reads the caller from anywhere else.

Code outside a request (the CLI, migrations, the knowledge loader, tests talking to the
database) makes one with :meth:`Context.unrestricted`: no caller, so every dataset is visible.

What it holds:

* ``conn``: the request's one pooled connection (taken by the access middleware);
* ``principal``: the API key (its scopes and datasets), or the anonymous reader, or ``None``
  when unrestricted. The store confines every read by id (404), list and insert (403) with it;
* ``request_id``: the ``X-Request-Id``, for logs and the audit trail (a write's transaction is
  tagged with it and the key: ``access/tags.py``);
* ``horizon``: a first list page also reads the change-feed horizon in its own statement;
* ``versions``: the process's version cache (``persistence/versioncache.py``), for a
  conditional read by id answered from memory; ``None`` outside a request and with replicas;
* ``memo`` and ``sink``: set by the import for one batch only. The memo remembers positive
  existence checks; the sink takes the services' creates to write them one statement per table.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import asyncpg

from watchfloor.access.principal import Principal
from watchfloor.errors import Forbidden

if TYPE_CHECKING:
    from watchfloor.persistence.memo import Memo
    from watchfloor.persistence.store import Table
    from watchfloor.persistence.versioncache import VersionCache

__all__ = ("Context", "InsertSink")

InsertSink = Callable[["Table", dict[str, Any]], asyncpg.Record]
"""Takes the values of a new record to write later; returns them as the record's row."""


class Context:
    """One caller's view of the database for one request (or one import batch).

    A plain class, not a dataclass: the framework validates a dataclass dependency field by
    field on every request, and this one is made by our own middleware.
    """

    __slots__ = ("conn", "horizon", "memo", "principal", "request_id", "sink", "versions")

    def __init__(
        self,
        conn: asyncpg.Connection,
        principal: Principal | None = None,
        request_id: str | None = None,
        *,
        horizon: bool = False,
        memo: "Memo | None" = None,
        sink: InsertSink | None = None,
        versions: "VersionCache | None" = None,
    ) -> None:
        self.conn = conn
        self.principal = principal
        """The caller; ``None`` outside a request (unrestricted)."""
        self.request_id = request_id
        self.horizon = horizon
        """List pages select the change-feed horizon too (a first page's ``sync_cursor``)."""
        self.memo = memo
        """Positive lookups remembered for one import batch; ``None``: every lookup asks."""
        self.sink = sink
        """Where creates go instead of an ``INSERT`` (an import batch's held-back rows)."""
        self.versions = versions
        """Record versions this process read (a 304 without a round trip); ``None``: ask."""

    @classmethod
    def unrestricted(cls, conn: asyncpg.Connection) -> "Context":
        """A context with no caller: the CLI, migrations and tests see every dataset."""
        return cls(conn)

    def with_(self, **changes: Any) -> "Context":
        """A copy with ``changes`` (``horizon``, ``memo``, ``sink`` …)."""
        fields: dict[str, Any] = {name: getattr(self, name) for name in self.__slots__}
        fields.update(changes)
        return Context(**fields)

    @property
    def who(self) -> str:
        """The caller as the audit and idempotency records name it."""
        return self.principal.name if self.principal is not None else "anonymous"

    @property
    def visible_datasets(self) -> list[str] | None:
        """The datasets the caller may see, sorted; ``None`` when unrestricted."""
        return None if self.principal is None else sorted(self.principal.datasets)

    def may_see(self, dataset: str) -> bool:
        return self.principal is None or dataset in self.principal.datasets

    def require_dataset(self, dataset: str) -> None:
        """Refuse (403) a request for a dataset the caller was not granted.

        Used where the caller names the dataset itself (a list filter, a create body), so saying
        no reveals nothing the caller did not already know. Reads by id answer 404 instead.
        """
        if not self.may_see(dataset):
            raise Forbidden(
                f"This API key is not granted the dataset {dataset!r}; ask an admin to grant it."
            )
