"""Hand-written methods of the clients; see the package docstring."""

import os
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, cast

from watchfloor_sdk.lib._sync import AsyncSyncStore, SyncResult, SyncStore, async_follow, follow
from watchfloor_sdk.lib._transfer import (
    ExportResult,
    ProgressCallback,
    async_export_file,
    async_import_file,
    export_file,
    import_file,
)
from watchfloor_sdk.types import ImportReport

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

    def import_file(
        self,
        path: str | os.PathLike[str],
        *,
        dataset: str = "live",
        idempotency_key: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> ImportReport:
        """Import an NDJSON file (``POST /v1/import``), streamed from disk, and return the report.

        Args:
            path: The file, in the import format (one record per line).
            dataset: The dataset to write.
            idempotency_key: Your own key (one is made otherwise, and reused by retries).
            progress: Called with a :class:`~watchfloor_sdk.lib.Progress` after each chunk
                sent (lines, bytes, the file's size) and once at the end with the report's
                ``rejected`` and ``done=True``.
        """
        return import_file(
            cast("Client", self),
            path,
            dataset=dataset,
            idempotency_key=idempotency_key,
            progress=progress,
        )

    def export_file(
        self,
        path: str | os.PathLike[str],
        *,
        resource: str,
        dataset: str = "live",
        as_of: datetime | str | None = None,
        progress: ProgressCallback | None = None,
    ) -> ExportResult:
        """Export ``resource`` (``GET /v1/export``) into the NDJSON file ``path``, streamed.

        The file appears whole or not at all (written beside it, renamed on success).

        Args:
            path: The file to write (replaced if it exists).
            resource: ``actor``, ``source``, ``event`` …
            dataset: The dataset to export.
            as_of: The data as recorded at this instant (transaction time).
            progress: Called with a :class:`~watchfloor_sdk.lib.Progress` as chunks arrive
                (lines and bytes written so far) and once at the end with ``done=True``.
        """
        return export_file(
            cast("Client", self),
            path,
            resource=resource,
            dataset=dataset,
            as_of=as_of,
            progress=progress,
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

    async def import_file(
        self,
        path: str | os.PathLike[str],
        *,
        dataset: str = "live",
        idempotency_key: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> ImportReport:
        """:meth:`Client.import_file <watchfloor_sdk.lib.LibMethods.import_file>` for asyncio
        (the file is read from a worker thread; ``progress`` runs on the event loop)."""
        return await async_import_file(
            cast("AsyncClient", self),
            path,
            dataset=dataset,
            idempotency_key=idempotency_key,
            progress=progress,
        )

    async def export_file(
        self,
        path: str | os.PathLike[str],
        *,
        resource: str,
        dataset: str = "live",
        as_of: datetime | str | None = None,
        progress: ProgressCallback | None = None,
    ) -> ExportResult:
        """:meth:`Client.export_file <watchfloor_sdk.lib.LibMethods.export_file>` for asyncio
        (the file is written from a worker thread; ``progress`` runs on the event loop)."""
        return await async_export_file(
            cast("AsyncClient", self),
            path,
            resource=resource,
            dataset=dataset,
            as_of=as_of,
            progress=progress,
        )
