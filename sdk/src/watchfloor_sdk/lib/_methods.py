"""Hand-written methods of the clients (none yet); see the package docstring."""

__all__ = ("AsyncLibMethods", "LibMethods")


class LibMethods:
    """Methods ``Client`` gets from ``lib/``."""


class AsyncLibMethods:
    """Methods ``AsyncClient`` gets from ``lib/``."""
