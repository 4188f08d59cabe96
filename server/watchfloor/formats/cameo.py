"""CAMEO event codes: their descriptions, and their PLOVER category through the crosswalk.

The crosswalk is the OEDA's ``CAMEO2PLOVER-2021.txt`` (PLOVER manual draft 0.8), shipped
unchanged in ``data/``. Its category names are those of PLOVER 0.8; Watchfloor's categories are
the eighteen of the PLOVER README, so two are renamed: ``REQUEST`` → ``DEMAND`` and ``ACCUSE`` →
``INVESTIGATE`` (mode ``investigate``, CAMEO 09) or ``DISAPPROVE`` (CAMEO 11). PLOVER dropped
CAMEO 01 (public statements) and 02 (appeals): those codes have no category.
"""

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

__all__ = ("PloverCoding", "cameo_description", "plover_of")

_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?")


@dataclass(frozen=True)
class PloverCoding:
    """A PLOVER category with its mode and contexts."""

    category: str
    mode: str | None
    context: tuple[str, ...]


def _data(name: str) -> str:
    return files("watchfloor.formats").joinpath("data", name).read_text(encoding="utf-8")


def _rename(category: str, mode: str | None) -> tuple[str, str | None]:
    if category == "REQUEST":
        return "DEMAND", mode
    if category == "ACCUSE":
        return ("INVESTIGATE", None) if mode == "investigate" else ("DISAPPROVE", mode)
    return category, mode


@cache
def _crosswalk() -> dict[str, PloverCoding]:
    table: dict[str, PloverCoding] = {}
    for line in _data("cameo2plover-2021.txt").splitlines():
        match = _LINE.match(line.strip())
        if match is None:
            continue
        code, category, mode_text, context_text = match.groups()
        mode = (mode_text or "").strip() or None
        context = tuple(c.strip() for c in (context_text or "").split(";") if c.strip())
        category, mode = _rename(category, mode)
        table.setdefault(code, PloverCoding(category, mode, context))
    return table


@cache
def _descriptions() -> dict[str, str]:
    rows = (line.split("\t", 1) for line in _data("cameo-eventcodes.tsv").splitlines())
    return {row[0]: row[1].strip() for row in rows if len(row) == 2 and not row[0].startswith("#")}


def plover_of(code: str) -> PloverCoding | None:
    """The PLOVER coding of a CAMEO event code, from its most specific entry in the crosswalk.

    ``0874`` falls back to ``087``, then ``08``. ``None`` for CAMEO 01 and 02 and for codes that
    are not CAMEO at all.
    """
    if not code.isdigit():
        return None
    table = _crosswalk()
    for length in range(len(code), 1, -1):
        coding = table.get(code[:length])
        if coding is not None:
            return coding
    return None


def cameo_description(code: str) -> str | None:
    """The official description of a CAMEO event code, e.g. ``042`` → ``Make a visit``."""
    return _descriptions().get(code)
