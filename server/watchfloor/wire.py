"""Shared wire types: the annotated scalars every resource's schemas use."""

from datetime import datetime
from typing import Annotated

from msgspec import Meta

__all__ = (
    "TEXT",
    "CountryCode",
    "DatasetName",
    "ExternalId",
    "Timestamp",
)

Timestamp = Annotated[datetime, Meta(tz=True, extra_json_schema={"format": "date-time"})]
"""An RFC 3339 timestamp with its UTC offset."""

CountryCode = Annotated[
    str, Meta(pattern="^[A-Z]{3}$", description="ISO 3166-1 alpha-3 country code", examples=["PRK"])
]
DatasetName = Annotated[
    str,
    Meta(
        pattern="^[a-z0-9][a-z0-9_-]{0,62}$",
        description="`live` (the real world) or an exercise or sandbox dataset",
        examples=["live"],
    ),
]
TEXT = "^[^\\u0000]*$"
"""Pattern of free text: anything but NUL, which PostgreSQL cannot store."""

ExternalId = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=200,
        pattern=TEXT,
        description="The record's id in the system it came from",
    ),
]
