"""Hand-written helpers built on the generated client; the generator never writes here.

The generated ``Client`` and ``AsyncClient`` inherit :class:`LibMethods` and
:class:`AsyncLibMethods`, so a method added to them here becomes ``client.<method>(...)``
without touching generated code. ``client.sync(store, resources=[...])`` keeps a local copy
current from the change feed; ``store`` implements :class:`SyncStore` (or, for
``AsyncClient``, :class:`AsyncSyncStore`). Two stores ship: :class:`SQLiteMirror` (a file) and
:class:`PostgresMirror` (your own database; ``pip install 'watchfloor-sdk[postgres]'``).
``client.import_file(path)`` and ``client.export_file(path, resource=...)`` move NDJSON files in
and out, streamed, telling an optional ``progress`` callback (a :class:`Progress`) as they go.
:func:`verify_webhook` checks a webhook's Standard Webhooks signature on the receiving side.
"""

from watchfloor_sdk.lib._methods import AsyncLibMethods, LibMethods
from watchfloor_sdk.lib._postgres import PostgresMirror
from watchfloor_sdk.lib._sqlite import SQLiteMirror
from watchfloor_sdk.lib._sync import AsyncSyncStore, SyncPage, SyncResult, SyncStore
from watchfloor_sdk.lib._transfer import ExportResult, Progress, ProgressCallback
from watchfloor_sdk.lib._webhooks import WebhookVerificationError, verify_webhook

__all__ = (
    "AsyncLibMethods",
    "AsyncSyncStore",
    "ExportResult",
    "LibMethods",
    "PostgresMirror",
    "Progress",
    "ProgressCallback",
    "SQLiteMirror",
    "SyncPage",
    "SyncResult",
    "SyncStore",
    "WebhookVerificationError",
    "verify_webhook",
)
