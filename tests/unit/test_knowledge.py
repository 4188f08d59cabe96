"""The built-in knowledge base, line by line, without a server or a database.

Every line, curated or of a data-set series, must be a row the import pipeline accepts: it
decodes into its resource's create type (``@`` references replaced by well-formed ids) and its
references name records defined earlier. The curated lines also keep the curation's rules:
one resource per file, ``seed:`` ids, PLOVER vocabulary, and quotes verbatim in the seed
document their source was curated from (``../shared/seeds``; see ``tests/shared_data.py`` for
what happens when it is absent). ``test_knowledge_datasets.py`` checks the series.
"""

import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from typing import Any

import msgspec
import pytest
from watchfloor.ids import PREFIXES
from watchfloor.imports.references import ReferencePath, reference_slots
from watchfloor.imports.upsert import CONTROL_KEYS
from watchfloor.knowledge import curated_files, knowledge_files
from watchfloor.registry import RESOURCES

from tests.shared_data import seeds_dir

LOAD_ORDER = [
    "source",
    "actor",
    "weapon",
    "event",
    "statement",
    "indicator",
    "observation",
    "indicator",  # the computed indicators of the built-in warning problems
    "warning_problem",
    "question",
    "scenario_set",  # the built-in DPRK set, created before the scenarios that name it
    "scenario",
    "signpost",
    "ach_matrix",
    "plan",
]
"""What each file holds, in file-name order: a reference may only point backwards."""

KINDS = {
    "source": "src",
    "actor": "act",
    "facility": "fac",
    "weapon": "wpn",
    "event": "evt",
    "statement": "stm",
    "indicator": "ind",
    "observation": "obs",
    "warning_problem": "wpr",
    "question": "qst",
    "scenario_set": "sst",
    "scenario": "scn",
    "ach_matrix": "ach",
    "signpost": "sgp",
    "plan": "pln",
}
EXTERNAL_ID = re.compile(r"^seed:(?P<kind>[a-z]+):[a-z0-9][a-z0-9.-]*$")

PLOVER_CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
}  # fmt: skip
"""The general contexts of the PLOVER manual (draft 0.8, table "General contexts")."""

PLOVER_MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "DEMAND": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "DISAPPROVE": {"disapprove", "allege"},
    "INVESTIGATE": {"investigate"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
        "misinformation", "cyber",
    },
    "ASSAULT": {
        "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
        "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
        "unconventional",
    },
}  # fmt: skip
"""Modes of the PLOVER manual's mode tables; a category without a table takes no mode.
REQUEST and ACCUSE of the manual are DEMAND and DISAPPROVE/INVESTIGATE here."""

MAX_QUOTE = 400
"""Quotes stay short: facts with attribution, not copies of the articles."""


@dataclass(frozen=True)
class Line:
    """One row of the knowledge base and where it is."""

    where: str
    row: dict[str, Any]

    @property
    def resource(self) -> str:
        return str(self.row["resource"])


def _read(files: list[Traversable]) -> list[Line]:
    lines: list[Line] = []
    for file in files:
        for number, text in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            lines.append(Line(f"{file.name}:{number}", msgspec.json.decode(text)))
    return lines


LINES = _read(curated_files())
"""The curated lines."""
EVERY_LINE = _read(knowledge_files())
"""The curated lines, then those of the data-set series, as the loader reads them."""
RESOURCE_OF = {line.row["external_id"]: line.resource for line in EVERY_LINE}


def _references(value: Any) -> Iterator[str]:
    """Every ``"@external_id"`` in a row, however deeply nested, wherever it is."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _references(item)
    elif isinstance(value, list):
        for item in value:
            yield from _references(item)
    elif isinstance(value, str) and value.startswith("@"):
        yield value


def _resolved(line: Line) -> Iterator[tuple[str, str]]:
    """``(resource, "@external_id")`` of every reference the import pipeline resolves in a row:
    those at the paths the registry names for the row's resource."""
    for path, resource in RESOURCES[line.resource].references.items():
        for container, key, _ in reference_slots(line.row, ReferencePath.parse(path).steps):
            value = container[key]  # type: ignore[index]
            target = resource
            if target.startswith("{"):  # the resource is named by a sibling field
                sibling = container.get(target[1:-1]) if isinstance(container, dict) else None
                target = sibling if isinstance(sibling, str) else target
            if isinstance(value, str) and value.startswith("@"):
                yield target, value


def _placeholder(reference: str) -> str:
    target = reference[1:]
    return f"{PREFIXES[RESOURCE_OF[target]]}_{hashlib.sha256(target.encode()).hexdigest()[:32]}"


def _with_placeholders(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _with_placeholders(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_with_placeholders(item) for item in value]
    if isinstance(value, str) and value.startswith("@"):
        return _placeholder(value)
    return value


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _citations(row: dict[str, Any]) -> list[dict[str, Any]]:
    return list(row.get("citations", []))


def test_files_hold_one_resource_each_in_dependency_order() -> None:
    held = []
    for file in curated_files():
        resources = {line.resource for line in LINES if line.where.startswith(file.name + ":")}
        assert len(resources) == 1, f"{file.name} mixes {sorted(resources)}"
        held.append(resources.pop())
    assert held == LOAD_ORDER


def test_external_ids_are_stable_unique_and_name_their_kind() -> None:
    counts = Counter(line.row["external_id"] for line in LINES)
    assert [eid for eid, n in counts.items() if n > 1] == []
    for line in LINES:
        match = EXTERNAL_ID.match(line.row["external_id"])
        assert match, (
            f"{line.where}: external_id {line.row['external_id']!r} is not seed:<kind>:<slug>"
        )
        assert match["kind"] == KINDS[line.resource], line.where
        # The dataset is the loader's choice; a line that names one would escape it.
        assert "dataset" not in line.row, line.where


def test_references_name_earlier_records_of_the_right_resource() -> None:
    defined: set[str] = set()
    for line in EVERY_LINE:
        resolved = list(_resolved(line))
        assert sorted(ref for _, ref in resolved) == sorted(_references(line.row)), (
            f"{line.where}: an @reference in a field that cannot hold one"
        )
        for resource, reference in resolved:
            target = reference[1:]
            assert target in defined, f"{line.where}: {reference} is not defined earlier"
            assert RESOURCE_OF[target] == resource, (
                f"{line.where}: {reference} names a {RESOURCE_OF[target]}, not a {resource}"
            )
        defined.add(line.row["external_id"])


@pytest.mark.parametrize("line", EVERY_LINE, ids=[line.where for line in EVERY_LINE])
def test_line_decodes_into_its_create_type(line: Line) -> None:
    """As the import pipeline converts a row once its references are resolved
    (``RowWriter.apply``): control keys off, the dataset on, into the registry's create type."""
    row = _with_placeholders(line.row)
    body = {key: value for key, value in row.items() if key not in CONTROL_KEYS}
    body["dataset"] = "live"
    msgspec.convert(body, RESOURCES[line.resource].line_type)


def test_events_use_the_plover_vocabulary() -> None:
    for line in LINES:
        if line.resource == "event":
            category, mode = line.row["category"], line.row.get("mode")
            assert mode is None or mode in PLOVER_MODES.get(category, set()), (
                f"{line.where}: {category} has no mode {mode!r}"
            )
            assert set(line.row.get("context", [])) <= PLOVER_CONTEXTS, line.where


def test_values_keep_the_rules_the_services_enforce() -> None:
    figures: Counter[tuple[str, str, str, str]] = Counter()
    for line in LINES:
        row = line.row
        if row.get("status") in ("disputed", "retracted"):
            assert row.get("status_reason"), f"{line.where}: say why it is {row['status']}"
        occurred = row.get("occurred")
        if occurred and "end" in occurred:
            assert occurred["end"] >= occurred["start"], line.where
        for amount in [row, *row.get("magnitudes", [])]:
            bounds = [amount.get(k) for k in ("low", "value", "best", "high")]
            present = [b for b in bounds if b is not None]
            assert present == sorted(present), f"{line.where}: low ≤ value ≤ high"
        if line.resource == "observation":
            assert row["period_start"] <= row["period_end"] <= row["vintage"], line.where
            assert any(row.get(k) is not None for k in ("value", "low", "high")), line.where
            figures[
                (row["indicator_id"], row["period_start"], row["period_end"], row["vintage"])
            ] += 1
    assert [key for key, n in figures.items() if n > 1] == [], "one figure per period and vintage"


def test_quotes_are_short() -> None:
    for line in LINES:
        for citation in _citations(line.row):
            assert len(citation.get("quote", "")) <= MAX_QUOTE, line.where
        assert len(line.row.get("text", "")) <= MAX_QUOTE, line.where


def test_facts_cite_a_quote() -> None:
    for line in LINES:
        for citation in _citations(line.row):
            assert citation.get("quote"), (
                f"{line.where}: a citation without the sentence it relies on"
            )


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    """``sha256:…`` of each seed document → its text with whitespace normalised."""
    seeds = seeds_dir()
    return {
        "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest(): _normalise(
            path.read_text(encoding="utf-8")
        )
        for path in sorted(seeds.glob("*.txt"))
    }


def _document_of(seed_texts: dict[str, str]) -> dict[str, str]:
    """Source ``@external_id`` → normalised text of the seed document it was curated from."""
    return {
        "@" + line.row["external_id"]: seed_texts[line.row["content_hash"]]
        for line in LINES
        if line.resource == "source"
    }


def test_every_seed_document_is_a_source(seed_texts: dict[str, str]) -> None:
    hashes = {line.row.get("content_hash") for line in LINES if line.resource == "source"}
    assert hashes == set(seed_texts), "each source names its seed document by content_hash"


def test_citation_quotes_are_verbatim_in_their_source(seed_texts: dict[str, str]) -> None:
    documents = _document_of(seed_texts)
    for line in LINES:
        for citation in _citations(line.row):
            quote = _normalise(citation["quote"])
            assert quote in documents[citation["source_id"]], f"{line.where}: {quote!r}"


def test_statement_text_is_verbatim_in_a_cited_source(seed_texts: dict[str, str]) -> None:
    documents = _document_of(seed_texts)
    for line in LINES:
        if line.resource == "statement":
            text = _normalise(line.row["text"])
            cited = [documents[c["source_id"]] for c in _citations(line.row)]
            assert any(text in document for document in cited), f"{line.where}: {text!r}"


def test_scenario_sets_sum_to_one() -> None:
    """A built-in set's scenarios are mutually exclusive futures: their stated likelihoods sum
    to one (the service's tolerance, ± 0.005), so the set reads ``consistent`` once loaded and
    can be marked ``complete``. Every built-in likelihood is an analyst's: one taken from a
    question would be ``null`` until someone forecasts, and the set's sum with it."""
    sums: dict[str, float] = {}
    for line in LINES:
        if line.resource == "scenario_set":
            sums["@" + line.row["external_id"]] = 0.0
    for line in LINES:
        if line.resource == "scenario":
            likelihood = line.row["likelihood"]
            assert likelihood["source"] == "analyst", line.where
            assert likelihood.get("rationale"), f"{line.where}: say why"
            sums[line.row["set_id"]] += likelihood["probability"]
    assert sums, "the knowledge base ships a scenario set"
    assert all(abs(total - 1) <= 0.005 for total in sums.values()), sums
