"""Hand-written helpers built on the generated client; the generator never writes here.

The generated ``Client`` and ``AsyncClient`` inherit :class:`LibMethods` and
:class:`AsyncLibMethods`, so a method added to them here becomes ``client.<method>(...)``
without touching generated code. ``client.sync(store, resources=[...])`` keeps a local copy
current from the change feed; ``store`` implements :class:`SyncStore`.
"""

from watchfloor_sdk.lib._methods import AsyncLibMethods, LibMethods
from watchfloor_sdk.lib._sync import SyncPage, SyncResult, SyncStore

__all__ = ("AsyncLibMethods", "LibMethods", "SyncPage", "SyncResult", "SyncStore")
