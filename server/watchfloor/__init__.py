"""Watchfloor: structured geopolitical event data for the Korean peninsula.

The public entry point is :func:`watchfloor.app.create_app`; importing this package has no side
effects (no pool, no database, no logging configuration).
"""

__all__ = ("__version__",)

__version__ = "0.1.0"
