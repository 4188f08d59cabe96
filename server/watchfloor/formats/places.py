"""Countries: ISO 3166-1 alpha-3 codes from names, CAMEO country codes and FIPS 10-4 codes.

The tables are in ``data/countries.tsv`` and ``data/fips.tsv`` (derived from the GDELT lookups;
their headers say how).
"""

from functools import cache
from importlib.resources import files

__all__ = ("country_name", "iso3_of_cameo", "iso3_of_fips", "iso3_of_name")

_CAMEO_NOT_ISO = {"ROM": "ROU", "MTN": "MNE", "TMP": "TLS"}
"""CAMEO country codes that differ from ISO 3166-1 alpha-3."""


def _table(name: str) -> list[list[str]]:
    text = files("watchfloor.formats").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    lookup: dict[str, str] = {}
    for iso3, name, others in _table("countries.tsv"):
        names[iso3] = name
        for spelling in (name, *others.split("|")):
            if spelling:
                lookup.setdefault(spelling.casefold(), iso3)
    return names, lookup


@cache
def _fips() -> dict[str, str]:
    return {fips: iso3 for fips, iso3 in _table("fips.tsv")}


def country_name(iso3: str) -> str | None:
    """English short name of a country, e.g. ``PRK`` → ``North Korea``."""
    return _countries()[0].get(iso3)


def iso3_of_name(name: str) -> str | None:
    """``Russian Federation`` → ``RUS``; ``None`` for a name that is not a country."""
    return _countries()[1].get(name.strip().casefold())


def iso3_of_cameo(code: str) -> str | None:
    """A CAMEO country code (``PRK``, ``ROM``) → ISO alpha-3; ``None`` for regions (``EUR``)."""
    iso3 = _CAMEO_NOT_ISO.get(code, code)
    return iso3 if iso3 in _countries()[0] else None


def iso3_of_fips(code: str) -> str | None:
    """A FIPS 10-4 code (GDELT geography: ``KN``, ``KS``) → ISO alpha-3."""
    return _fips().get(code)
