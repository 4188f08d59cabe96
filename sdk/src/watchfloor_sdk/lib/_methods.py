"""Hand-written methods of the clients; see the package docstring."""

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from watchfloor_sdk.lib._sync import SyncResult, SyncStore, follow

if TYPE_CHECKING:
    from watchfloor_sdk._client import Client

__all__ = ("AsyncLibMethods", "LibMethods")


class LibMethods:
    """Methods ``Client`` gets from ``lib/``."""

    def sync(
        self,
        store: SyncStore,
        *,
        resources: Sequence[str],
        dataset: str = "live",
        limit: int = 500,
    ) -> SyncResult:
        """Bring a local copy up to date: bootstrap if it has no cursor (or its cursor expired),
        then follow the change feed, saving the cursor only after ``store.apply`` committed.

        Call it on a schedule (or in a loop). See :mod:`watchfloor_sdk.lib._sync` and
        ``sdk/examples/mirror_sqlite.py``.
        """
        return follow(
            cast("Client", self), store, resources=resources, dataset=dataset, limit=limit
        )


class AsyncLibMethods:
    """Methods ``AsyncClient`` gets from ``lib/``."""
