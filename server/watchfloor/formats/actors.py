"""Actors of machine-coded event data: CAMEO actor codes (GDELT, PLOVER) and ICEWS names.

A CAMEO code that is a bare country (``PRK``) is the state, ``seed:act:prk``, shared with every
other importer. Any other code (``PRKGOV``, ``IGOUNO``) is an actor of its own,
``cameo:<code>``, named from the code (``North Korea government``) when every part of it is a
known country, region or role, else by the name the data set gives it. These rows use
``on_existing: keep``: the first import names the actor, later ones leave it alone.
"""

from typing import Any

from watchfloor.formats.places import country_name, iso3_of_cameo, iso3_of_name
from watchfloor.formats.reference import state_ref, state_row

__all__ = ("cameo_actor", "icews_actor")

Record = dict[str, Any]

ROLES = {
    "COP": "police", "GOV": "government", "INS": "insurgents", "JUD": "judiciary",
    "MIL": "military", "OPP": "opposition", "REB": "rebels", "SEP": "separatists",
    "SPY": "intelligence services", "UAF": "armed forces", "AGR": "agriculture",
    "BUS": "business", "CRM": "criminals", "CVL": "civilians", "DEV": "development",
    "EDU": "education", "ELI": "elites", "ENV": "environmental groups", "HLH": "health",
    "HRI": "human rights groups", "LAB": "labour", "LEG": "legislature", "MED": "media",
    "REF": "refugees", "MOD": "moderates", "RAD": "radicals", "IGO": "intergovernmental organisation",
    "IMG": "international militarised group", "INT": "international actors",
    "MNC": "multinational corporation", "NGM": "non-governmental movement",
    "NGO": "non-governmental organisation", "UIS": "unidentified state actor",
}  # fmt: skip
"""CAMEO actor role and type codes (CAMEO manual 1.1b3, chapter 3)."""

REGIONS = {
    "AFR": "Africa", "ASA": "Asia", "BLK": "Balkans", "CRB": "Caribbean", "CAU": "Caucasus",
    "CFR": "Central Africa", "CAS": "Central Asia", "CEU": "Central Europe",
    "EIN": "East Indies", "EAF": "Eastern Africa", "EEU": "Eastern Europe", "EUR": "Europe",
    "LAM": "Latin America", "MEA": "Middle East", "MDT": "Mediterranean", "NAF": "North Africa",
    "NMR": "North America", "PGS": "Persian Gulf", "SCN": "Scandinavia", "SAM": "South America",
    "SAS": "South Asia", "SEA": "Southeast Asia", "SAF": "Southern Africa", "WAF": "West Africa",
    "WST": "the West",
}  # fmt: skip

_KINDS = (
    ({"IGO"}, "igo"),
    ({"MIL", "UAF"}, "military_unit"),
    ({"GOV", "LEG", "JUD", "COP", "SPY"}, "government_body"),
    ({"REB", "INS", "SEP", "IMG"}, "armed_group"),
    ({"BUS", "MNC"}, "company"),
    ({"MED"}, "media"),
)


_MILITARY = frozenset({"Military", "Army", "Navy", "Air Force", "Marines"})
_ARMED = frozenset({"Insurgents", "International Insurgents", "Organized Violent", "Rebels"})
_ORGANISATION_SECTORS = frozenset({"News", "Print News", "Television News", "Business"})
"""Sectors only an organisation has: a person in the news is not in the sector ``News``."""
_ORGANISATION_WORDS = frozenset(
    [
        "agency",
        "army",
        "assembly",
        "association",
        "bank",
        "bureau",
        "chamber",
        "church",
        "commission",
        "committee",
        "company",
        "conference",
        "congress",
        "corporation",
        "council",
        "court",
        "department",
        "federation",
        "force",
        "forces",
        "front",
        "fund",
        "government",
        "group",
        "institute",
        "jihad",
        "league",
        "media",
        "ministry",
        "movement",
        "nations",
        "navy",
        "network",
        "news",
        "office",
        "organization",
        "organisation",
        "organizations",
        "parliament",
        "party",
        "police",
        "press",
        "qaeda",
        "sabha",
        "service",
        "services",
        "shimbun",
        "state",
        "states",
        "times",
        "treaty",
        "union",
        "university",
        "actor",
    ]
)
_PARTICLES = frozenset(
    {"al", "bin", "da", "de", "del", "der", "di", "el", "la", "le", "van", "von"}
)


def _person_name(name: str) -> bool:
    """Whether a bare ICEWS name reads as a person's: two to five capitalised words
    (``Marine Le Pen``, ``Albert II``, ``C.P. Verma``), none of them a word organisations are
    named with (``European Union``, ``Korean Central News Agency``)."""
    words = name.replace("-", " ").split()
    if not 2 <= len(words) <= 5 or any(c.isdigit() or c in "&/" for c in name):
        return False
    for word in words:
        bare = word.strip(".,'").casefold()
        if bare in _ORGANISATION_WORDS:
            return False
        if not (word[:1].isupper() or bare in _PARTICLES):
            return False
    return True


def _parts(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def _name_of(parts: list[str]) -> str | None:
    words = []
    for i, part in enumerate(parts):
        iso3 = iso3_of_cameo(part) if i == 0 else None
        label = (country_name(iso3) if iso3 else None) or (REGIONS.get(part) if i == 0 else None)
        label = label or ROLES.get(part)
        if label is None:
            return None
        words.append(label)
    name = " ".join(words)
    return name[:1].upper() + name[1:] if name else None


def cameo_actor(code: str, given_name: str, country_code: str = "") -> tuple[str, Record]:
    """(external id, actor row) of a CAMEO-coded actor; the row is written with ``keep``."""
    code = code.strip().upper()
    iso3 = iso3_of_cameo(code) if len(code) == 3 else None
    if iso3 is not None:
        return state_ref(iso3), state_row(iso3)
    parts = _parts(code)
    kind = next((k for roles, k in _KINDS if roles & set(parts)), "organization")
    row: Record = {
        "resource": "actor",
        "external_id": f"cameo:{code}",
        "on_existing": "keep",
        "kind": kind,
        "name": _name_of(parts) or given_name.strip() or code,
        "cameo_code": code,
    }
    country = iso3_of_cameo(country_code.strip()) if country_code.strip() else None
    if country is not None:
        row["country"] = country
    return row["external_id"], row


def _icews_kind(name: str, sectors: set[str]) -> str:
    """The kind of an ICEWS actor, which ICEWS does not give.

    Its sectors say what an actor is affiliated with, not what it is (Kim Jong-Il is in
    ``Parties``, Nazarbayev in ``International Government Organization``), so a bare name is
    a person when it reads as a person's name and no sector is one only organisations have;
    only then do sectors choose among the organisations' kinds.
    """
    military = bool(sectors & _MILITARY)
    if "(" in name:  # ICEWS names agents of a country "Police (India)", people bare
        if any("International Government Organization" in s for s in sectors):
            return "igo"
        if military:
            return "military_unit"
        return "government_body" if "Government" in sectors else "organization"
    if _person_name(name) and not sectors & _ORGANISATION_SECTORS:
        return "person"
    if any("International Government Organization" in s for s in sectors):
        return "igo"
    if military:
        return "military_unit"
    if sectors & _ARMED:
        return "armed_group"
    if sectors & {"News", "Print News", "Television News"}:
        return "media"
    if "Business" in sectors:
        return "company"
    return "organization"


def icews_actor(name: str, sectors: str, country: str) -> tuple[str, Record]:
    """(external id, actor row) of an ICEWS actor.

    A country-level actor (no sectors, named after a country) is the state. ICEWS does not say
    whether an actor is a person, so the kind is inferred (:func:`_icews_kind`): a name with a
    country in parentheses (``Police (India)``) is an agency or group; a bare name that reads
    as a person's (``Kim Jong-Il``, ``Marine Le Pen``, ``Pope Francis``) is a person, whatever
    parties or IGOs its sectors list. The sectors are kept in the description, so the inference
    can be checked.
    """
    name = name.strip()
    iso3 = iso3_of_name(name)
    if iso3 is not None and sectors.strip() in ("", "NA"):
        return state_ref(iso3), state_row(iso3)
    sector_set = {s.strip() for s in sectors.split(",") if s.strip() and s.strip() != "NA"}
    row: Record = {
        "resource": "actor",
        "external_id": f"icews:{name}",
        "on_existing": "keep",
        "kind": _icews_kind(name, sector_set),
        "name": name,
    }
    if sector_set:
        row["description"] = f"ICEWS sectors: {sectors.strip()}"[:5000]
    home = iso3_of_name(country) if country.strip() not in ("", "NA") else None
    if home is not None:
        row["country"] = home
    return row["external_id"], row
