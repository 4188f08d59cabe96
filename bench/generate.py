"""A realistic, deterministic data set in the import format (``docs/import-format.md``).

Sources, actors, indicators, events, statements and observations, then revisions: a later line
with the same ``external_id`` is the record's next version (a confirmation, a corrected title,
one more citation), which gives events and statements a history. References between records
use ``"@<external_id>"`` as the import format allows. The same seed gives the same file.
"""

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import msgspec

from bench.vocabulary import (
    CAMEO_OF,
    CATEGORIES,
    CHANNELS,
    COUNTRIES,
    KINDS,
    KOREAN,
    PLACES,
    PUBLISHERS,
    STANCES,
    STATES,
    TOPICS,
    VERBS,
    WORDS,
)

__all__ = ("FULL", "QUICK", "Scale", "generate", "write_ndjson")

Line = dict[str, Any]


@dataclass(frozen=True)
class Scale:
    """How many records of each kind a data set holds."""

    name: str
    actors: int
    sources: int
    events: int
    statements: int
    indicators: int
    observations_per_indicator: int
    revised: float
    """Share of events and statements that get one or two later versions."""


FULL = Scale("full", 3_000, 20_000, 1_000_000, 100_000, 60, 300, 0.2)
QUICK = Scale("quick", 200, 500, 10_000, 1_000, 6, 40, 0.2)

FIRST_DAY = date(1990, 1, 1)
LAST_DAY = date(2025, 12, 31)


def _ext(kind: str, n: int) -> str:
    return f"bench:{kind}:{n}"


def _ref(kind: str, n: int) -> str:
    return "@" + _ext(kind, n)


class _Maker:
    """Builds lines from one random stream, so the whole file follows from the seed."""

    def __init__(self, scale: Scale, seed: int) -> None:
        self.s = scale
        self.r = random.Random(seed)
        self._categories = list(CATEGORIES)
        self._weights = list(CATEGORIES.values())
        self._span = (LAST_DAY - FIRST_DAY).days

    def day(self) -> date:
        # Recent years are reported far more densely than the 1990s.
        return FIRST_DAY + timedelta(days=int(self._span * self.r.random() ** 0.35))

    def actor_index(self) -> int:
        # A few actors (the states, their leaders) take part in most events, as in real data.
        return int(self.s.actors * self.r.random() ** 4)

    def sentence(self, n: int, vocabulary: tuple[str, ...] | list[str] = WORDS) -> str:
        return " ".join(self.r.choice(vocabulary) for _ in range(n))

    def citations(self, k: int) -> list[Line]:
        return [
            {
                "source_id": _ref("src", self.r.randrange(self.s.sources)),
                "credibility": self.r.randint(1, 6),
                "quote": self.sentence(self.r.randint(6, 20)).capitalize() + ".",
            }
            for _ in range(k)
        ]

    def source(self, n: int) -> Line:
        publisher = self.r.choice(PUBLISHERS)
        return {
            "resource": "source",
            "external_id": _ext("src", n),
            "title": f"{publisher}: {self.sentence(8)}",
            "publisher": publisher,
            "reliability": self.r.choice("ABBCCCDDEF"),
            "url": f"https://example.org/{publisher.lower().replace(' ', '-')}/{n}",
            "published_at": f"{self.day().isoformat()}T09:00:00Z",
            "language": self.r.choice(("en", "en", "ko")),
            "excerpt": self.sentence(40),
        }

    def actor(self, n: int) -> Line:
        if n < len(STATES):
            code, name, aliases = STATES[n]
            return {
                "resource": "actor",
                "external_id": _ext("act", n),
                "kind": "state",
                "name": name,
                "aliases": aliases,
                "country": code,
            }
        kind = self.r.choice(KINDS)
        line: Line = {
            "resource": "actor",
            "external_id": _ext("act", n),
            "kind": kind,
            "name": f"{kind.replace('_', ' ').title()} {n}",
            "aliases": [f"A{n}", f"{self.r.choice(KOREAN)} {n}"],
            "country": self.r.choice(COUNTRIES),
            "description": self.sentence(25),
        }
        if kind == "person":
            line["memberships"] = [
                {"organization_id": _ref("act", self.r.randrange(len(STATES))), "role": "citizen"}
            ]
        return line

    def indicator(self, n: int) -> Line:
        return {
            "resource": "indicator",
            "external_id": _ext("ind", n),
            "name": f"{self.r.choice(('Missile launches', 'Trade volume', 'Rice price', 'Exchange rate', 'Defector arrivals'))} #{n}",
            "unit": self.r.choice(("count", "USD", "KPW", "people")),
            "frequency": "monthly",
            "description": self.sentence(20),
            "actor_ids": [_ref("act", self.r.randrange(len(STATES)))],
            "thresholds": [{"level": "warning", "direction": "above", "value": 100.0}],
            "tags": [self.r.choice(TOPICS)],
        }

    def event(self, n: int) -> Line:
        r = self.r
        category = r.choices(self._categories, self._weights)[0]
        actor, recipient = self.actor_index(), self.actor_index()
        place_name, country, lat, lon = r.choice(PLACES)
        start = self.day()
        precision = r.choices(("day", "month", "year"), (90, 8, 2))[0]
        line: Line = {
            "resource": "event",
            "external_id": _ext("evt", n),
            "title": f"Actor {actor} {VERBS[category]} actor {recipient}",
            "category": category,
            "occurred": {"start": start.isoformat(), "precision": precision},
            "citations": self.citations(r.choice((1, 1, 2, 3))),
            "summary": self.sentence(r.randint(15, 60)).capitalize() + ".",
            "cameo_code": CAMEO_OF[category],
            "actors": [{"actor_id": _ref("act", actor), "role": "initiator"}],
            "recipients": [{"actor_id": _ref("act", recipient), "role": "target"}],
            "place": {
                "name": place_name,
                "country": country,
                "lat": round(lat + r.uniform(-0.2, 0.2), 4),
                "lon": round(lon + r.uniform(-0.2, 0.2), 4),
                "precision": "city",
            },
            "tags": [r.choice(TOPICS)],
        }
        if precision != "day":
            line["occurred"]["start"] = start.replace(day=1).isoformat()
            if precision == "year":
                line["occurred"]["start"] = start.replace(month=1, day=1).isoformat()
        if category in ("ASSAULT", "MOBILIZE"):
            best = r.randint(0, 50)
            line["magnitudes"] = [
                {
                    "kind": "fatalities",
                    "unit": "people",
                    "best": best,
                    "low": best,
                    "high": best * 2,
                }
            ]
        return line

    def statement(self, n: int) -> Line:
        r = self.r
        korean = r.random() < 0.3
        text = self.sentence(r.randint(15, 80), KOREAN if korean else WORDS)
        line: Line = {
            "resource": "statement",
            "external_id": _ext("stm", n),
            "speaker_id": _ref("act", self.actor_index()),
            "text": text.capitalize() + ".",
            "said_on": self.day().isoformat(),
            "citations": self.citations(1),
            "language": "ko" if korean else "en",
            "channel": r.choice(CHANNELS),
            "target_id": _ref("act", self.actor_index()),
            "stance": r.choice(STANCES),
            "topics": [r.choice(TOPICS)],
        }
        if korean:
            line["translation"] = self.sentence(r.randint(15, 60)).capitalize() + "."
        if self.s.events:
            line["supports"] = [_ref("evt", r.randrange(self.s.events))]
        return line

    def observations(self, indicator: int) -> Iterator[Line]:
        month = date(2000, 1, 1)
        for k in range(self.s.observations_per_indicator):
            start = date(
                month.year + (month.month - 1 + k) // 12, (month.month - 1 + k) % 12 + 1, 1
            )
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            value = round(self.r.uniform(0, 200), 2)
            yield {
                "resource": "observation",
                "external_id": _ext("obs", indicator * 100_000 + k),
                "indicator_id": _ref("ind", indicator),
                "period_start": start.isoformat(),
                "period_end": end.isoformat(),
                "period_label": start.strftime("%Y-%m"),
                "vintage": (end + timedelta(days=15)).isoformat(),
                "value": value,
                "low": round(value * 0.9, 2),
                "high": round(value * 1.1, 2),
                "citations": self.citations(1),
            }

    def revise(self, line: Line, step: int) -> Line:
        """The next version: confirmed, then (sometimes) a corrected text and one more citation."""
        new = dict(line)
        new["status"] = "preliminary" if step == 1 else "confirmed"
        new["citations"] = [*line["citations"], *self.citations(1)][:50]
        if "title" in new:
            new["title"] = line["title"] + " (updated)"
        return new


def generate(scale: Scale, seed: int = 7) -> Iterator[Line]:
    """Every line of the data set, in an order the import can follow (references point back)."""
    make = _Maker(scale, seed)
    yield from (make.source(n) for n in range(scale.sources))
    yield from (make.actor(n) for n in range(scale.actors))
    yield from (make.indicator(n) for n in range(scale.indicators))
    revised: list[Line] = []
    for n in range(scale.events):
        line = make.event(n)
        if make.r.random() < scale.revised:
            revised.append(line)
        yield line
    for n in range(scale.statements):
        line = make.statement(n)
        if make.r.random() < scale.revised:
            revised.append(line)
        yield line
    for i in range(scale.indicators):
        yield from make.observations(i)
    for step in (1, 2):
        for k, line in enumerate(revised):
            if step == 1 or k % 2 == 0:
                revised[k] = make.revise(line, step)
                yield revised[k]


def write_ndjson(scale: Scale, path: Path, seed: int = 7) -> int:
    """Write the data set to ``path``; returns the number of lines."""
    encoder = msgspec.json.Encoder()
    count = 0
    buffer = bytearray()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        for line in generate(scale, seed):
            encoder.encode_into(line, buffer, len(buffer))
            buffer += b"\n"
            count += 1
            if len(buffer) > 1 << 20:
                out.write(buffer)
                buffer.clear()
        out.write(buffer)
    return count
