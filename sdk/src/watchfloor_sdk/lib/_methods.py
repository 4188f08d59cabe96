"""Hand-written methods of the clients; see the package docstring."""

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from watchfloor_sdk.lib._sync import AsyncSyncStore, SyncResult, SyncStore, async_follow, follow

if TYPE_CHECKING:
    from watchfloor_sdk._client import AsyncClient, Client

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
        """Bring a local copy of ``resources`` up to date, and return.

        Resources the copy does not cover yet are bootstrapped first (exported into a staging
        copy, swapped in at once); then every resource follows the change feed from its own
        cursor, each page applied with its cursor in one transaction. A cursor past the feed's
        retention (410) bootstraps its resources again. Call it on a schedule (or in a loop);
        a run killed at any point leaves the copy as it was, and the next resumes.

        Args:
            store: Where the copy lives (:class:`~watchfloor_sdk.lib.SyncStore`), e.g.
                :class:`~watchfloor_sdk.lib.SQLiteMirror` or
                :class:`~watchfloor_sdk.lib.PostgresMirror`. One store mirrors one dataset.
            resources: ``actor``, ``source``, ``event`` … (add one later: it is bootstrapped).
            dataset: The dataset to mirror.
            limit: Records per store transaction and per feed page.
        """
        return follow(
            cast("Client", self), store, resources=resources, dataset=dataset, limit=limit
        )


class AsyncLibMethods:
    """Methods ``AsyncClient`` gets from ``lib/``."""

    async def sync(
        self,
        store: SyncStore | AsyncSyncStore,
        *,
        resources: Sequence[str],
        dataset: str = "live",
        limit: int = 500,
    ) -> SyncResult:
        """:meth:`Client.sync <watchfloor_sdk.lib.LibMethods.sync>` for asyncio; ``store`` may
        be blocking (:class:`~watchfloor_sdk.lib.SyncStore`) or have coroutine methods
        (:class:`~watchfloor_sdk.lib.AsyncSyncStore`)."""
        return await async_follow(
            cast("AsyncClient", self), store, resources=resources, dataset=dataset, limit=limit
        )
