"""The version of the ``watchfloor-sdk`` distribution."""

__version__ = "0.1.0"
