"""The same fact told by several data sets (``on_existing: merge_citations``), merged alike in any order.

Each row imported that way is a **claim**: what its source says of the record. Claims are kept
(``import_claims``, one per dataset, resource, external_id and cited source), and the record is
always written as the merge of every claim on it, so it is a function of the set of claims and
never of the order the files came in. The precedence, field by field:

* Claims are ranked by their best citation's Admiralty grade, reliability first, then
  credibility (the CNS CSV, ``B2``/``B3``, before its nagix copy, ``C3``); equal grades by their
  content, so arrival never decides.
* Each field takes the value of the best-ranked claim that *knows* it. A claim does not know a
  field it omits, leaves empty (``null``, ``[]``, ``{}``) or names in its ``unknown`` list (a
  placeholder: a title made without the weapon's name, a place that is only the country); the
  next claim fills that gap. When no claim knows it, the placeholder of the claim with the
  fewest unknowns wins (then the best-ranked).
* An object (``occurred``, ``place``) is merged key by key (a launch time one file lacks comes
  from the other), unless the claim names it unknown. ``magnitudes`` are merged by ``kind``,
  ``tags`` by what comes before ``:`` (``outcome:``, ``landing:``; plain tags are united), and
  ``context`` is united.
* ``reported_at`` (knowledge time) is the earliest any claim gives: the world had the fact
  once the first of its sources reported it. Without one, the rule applies.
* ``citations``: each claim's own, best-ranked first, then those the record had from sources
  that made no claim (an analyst's).
* Where a lower-ranked claim knows a field and says otherwise, its first citation's ``note``
  says so (``Differs: occurred.time 2016-02-07T12:29:00+00:00; …``): the conflict stays visible
  on the record, beside the source that holds the other value.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = ("CLAIM_KEYS", "Claim", "merge", "sources_key")

CLAIM_KEYS = frozenset({"unknown"})
"""Control keys of a claim row that are not fields of the record."""

Record = dict[str, Any]

_NOTE_LIMIT = 1000
_VALUE_LIMIT = 160
_UNITED = frozenset({"context"})


@dataclass(frozen=True)
class Claim:
    """One source's account of the record, with its rank (lower is better)."""

    fields: Record
    rank: tuple[Any, ...]
    unknown: frozenset[str] = field(default_factory=frozenset)

    def knows(self, name: str) -> bool:
        value = self.fields.get(name)
        return name not in self.unknown and value not in (None, [], {}, "")


def sources_key(citations: Iterable[Record]) -> str:
    """The claim's key among others on the same record: its cited sources, sorted."""
    return ",".join(sorted({str(c["source_id"]) for c in citations}))


def _text(value: Any) -> str:
    text = (
        value
        if isinstance(value, str)
        else json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    )
    return text if len(text) <= _VALUE_LIMIT else text[: _VALUE_LIMIT - 1] + "…"


def _tag_key(tag: str) -> str:
    return tag.split(":", 1)[0] + ":" if ":" in tag else tag


def _by_kind(values: list[Record]) -> dict[str, list[Record]]:
    kinds: dict[str, list[Record]] = {}
    for value in values:
        kinds.setdefault(str(value.get("kind")), []).append(value)
    return kinds


def _by_tag_key(tags: list[str]) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for tag in tags:
        keys.setdefault(_tag_key(tag), []).append(tag)
    return keys


def _grouped(name: str, claims: list[Claim]) -> tuple[Any, dict[int, list[str]]]:
    """A list field merged group by group (magnitudes by kind, tags by key)."""
    split = _by_kind if name == "magnitudes" else _by_tag_key
    merged: dict[str, Any] = {}
    for claim in claims:
        if claim.knows(name):
            for key, group in split(claim.fields[name]).items():
                merged.setdefault(key, group)
    differs: dict[int, list[str]] = {}
    for i, claim in enumerate(claims):
        if claim.knows(name):
            for key, group in split(claim.fields[name]).items():
                if merged[key] != group:
                    differs.setdefault(i, []).append(f"{name}.{key.rstrip(':')} {_text(group)}")
    return [v for group in merged.values() for v in group], differs


def _object(name: str, claims: list[Claim]) -> tuple[Any, dict[int, list[str]]]:
    """An object field merged key by key; a claim that names it unknown gives no key."""
    if not any(c.knows(name) for c in claims):
        return _plain(name, claims)
    merged: Record = {}
    for claim in claims:
        if claim.knows(name):
            for key, value in sorted(claim.fields[name].items()):
                if value is not None and key not in merged:
                    merged[key] = value
    differs: dict[int, list[str]] = {}
    for i, claim in enumerate(claims):
        if claim.knows(name):
            for key, value in sorted(claim.fields[name].items()):
                if value is not None and merged.get(key) != value:
                    differs.setdefault(i, []).append(f"{name}.{key} {_text(value)}")
    return merged, differs


def _plain(name: str, claims: list[Claim]) -> tuple[Any, dict[int, list[str]]]:
    knowing = [c for c in claims if c.knows(name)]
    if not knowing:
        # Nobody knows it: the placeholder of the claim that knows the most (a title that
        # names the site beats one that names nothing), then the best-ranked.
        giving = [c for c in claims if name in c.fields]
        return min(giving, key=lambda c: (len(c.unknown), c.rank)).fields[name], {}
    value = knowing[0].fields[name]
    if name in _UNITED:
        value = list(dict.fromkeys(v for c in knowing for v in c.fields[name]))
        return value, {}
    differs = {
        i: [f"{name} {_text(c.fields[name])}"]
        for i, c in enumerate(claims)
        if c.knows(name) and c.fields[name] != value
    }
    return value, differs


def _earliest(name: str, claims: list[Claim]) -> tuple[Any, dict[int, list[str]]]:
    """The earliest instant any claim knows (a claim read back from jsonb holds text)."""
    known = [c.fields[name] for c in claims if c.knows(name)]
    if not known:
        return None, {}
    return min(known, key=_instant), {}


def _instant(value: Any) -> tuple[int, Any]:
    try:
        return 0, datetime.fromisoformat(str(value)).timestamp()
    except ValueError:
        return 1, str(value)  # the record's type refuses it after the merge


def _noted(citation: Record, differs: list[str]) -> Record:
    note = "Differs: " + "; ".join(differs) + "."
    if citation.get("note"):
        note = f"{note} {citation['note']}"
    if len(note) > _NOTE_LIMIT:
        note = note[: _NOTE_LIMIT - 1] + "…"
    return {**citation, "note": note}


def merge(claims: list[Claim], others: list[Record]) -> Record:
    """The record the ``claims`` make together (see the module), citing also ``others``.

    Args:
        claims: at least one; ranked here.
        others: stored citations of sources that made no claim, kept after the claims' own.
    """
    ranked = sorted(claims, key=lambda c: c.rank)
    # Sorted: a claim read back from jsonb has its keys in another order than a fresh row.
    names = sorted({n for c in ranked for n in c.fields if n != "citations"})
    merged: Record = {}
    differs: dict[int, list[str]] = {}
    for name in names:
        if name in ("magnitudes", "tags"):
            value, found = _grouped(name, ranked)
        elif name == "reported_at":
            value, found = _earliest(name, ranked)
        elif any(isinstance(c.fields.get(name), dict) for c in ranked):
            value, found = _object(name, ranked)
        else:
            value, found = _plain(name, ranked)
        merged[name] = value
        for i, notes in found.items():
            differs.setdefault(i, []).extend(notes)
    citations: list[Record] = []
    for i, claim in enumerate(ranked):
        own = list(claim.fields.get("citations", []))
        if i in differs and own:
            own[0] = _noted(own[0], differs[i])
        citations.extend(own)
    merged["citations"] = citations + others
    return merged
