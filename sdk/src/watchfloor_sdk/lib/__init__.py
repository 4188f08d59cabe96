"""Hand-written helpers built on the generated client; the generator never writes here.

The generated ``Client`` and ``AsyncClient`` inherit :class:`LibMethods` and
:class:`AsyncLibMethods`, so a method added to them here (a change-feed follower, say) becomes
``client.<method>(...)`` without touching generated code.
"""

from watchfloor_sdk.lib._methods import AsyncLibMethods, LibMethods

__all__ = ("AsyncLibMethods", "LibMethods")
