"""Query parameters the facility and weapon lists share."""

from typing import Annotated

from litestar.params import QueryParameter

from watchfloor.wire import TEXT

__all__ = ("CountryQuery", "NameQuery")

NameQuery = Annotated[
    str | None,
    QueryParameter(
        description="Name or any alias, case-insensitive: `kn-23` finds `Hwasong-11A`.",
        min_length=1,
        max_length=300,
        pattern=TEXT,
    ),
]
CountryQuery = Annotated[
    str | None,
    QueryParameter(description="ISO 3166-1 alpha-3 country, e.g. `PRK`.", pattern="^[A-Z]{3}$"),
]
