"""``@external_id`` references: a field that holds the id of another record may name it instead.

The registry says which fields hold ids, as paths: ``speaker_id``, ``weapon_ids[]``,
``place.facility_id``, ``citations[].source_id``. A string value ``"@<external_id>"`` at such a
path is replaced by the id of the record of that resource with that ``external_id`` in the
import's dataset. The most recently used ids are remembered (a bounded cache, so memory stays
flat however long the import): the few records every line cites hit it.

A reference to one of several resources names its resource in a sibling field: the target
``{kind}`` (braces) reads the resource from the field ``kind`` beside the reference, so
``evidence[].record_id: {kind}`` resolves ``{"kind": "event", "record_id": "@seed:evt:…"}`` among
events. A sibling naming no resource leaves the value to the record's own validation.

A batch's references are looked up before its lines run, one query per resource
(:meth:`References.prefetch`); the ones not found then are known absent for the rest of the
batch, unless a line of the batch creates the record (:meth:`References.remember`).
"""

from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ("ReferencePath", "References", "reference_slots", "sendable")

Lookup = Callable[[str, str], Awaitable[str | None]]
"""(resource, external_id) → id of the live record, or ``None``."""

CACHE_SIZE = 10_000
"""Ids remembered at most."""


def sendable(text: str) -> bool:
    """Whether PostgreSQL can take ``text`` as a parameter (no NUL, no lone surrogate).

    Looking up a value it cannot take would fail the batch's transaction; such a value names
    no record.
    """
    if "\x00" in text:
        return False
    if text.isascii():
        return True
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True)
class ReferencePath:
    """A path such as ``memberships[].organization_id``: each step a field, maybe a list."""

    steps: tuple[tuple[str, bool], ...]

    @classmethod
    def parse(cls, spec: str) -> "ReferencePath":
        steps = []
        for part in spec.split("."):
            is_list = part.endswith("[]")
            steps.append((part.removesuffix("[]"), is_list))
        return cls(tuple(steps))


def reference_slots(
    node: Any, steps: tuple[tuple[str, bool], ...], pointer: str = ""
) -> Iterator[tuple[dict[str, Any] | list[Any], str | int, str]]:
    """Every place a value at ``steps`` sits in ``node``: (container, key, JSON pointer).

    Parts of the path that are missing or of the wrong shape are skipped: validation of the
    whole record reports those with a better message.
    """
    if not steps or not isinstance(node, dict):
        return
    (name, is_list), rest = steps[0], steps[1:]
    if name not in node:
        return
    here = f"{pointer}/{name}"
    if is_list:
        items = node[name]
        if not isinstance(items, list):
            return
        for i, item in enumerate(items):
            if rest:
                yield from reference_slots(item, rest, f"{here}/{i}")
            else:
                yield items, i, f"{here}/{i}"
    elif rest:
        yield from reference_slots(node[name], rest, here)
    else:
        yield node, name, here


class References:
    """Resolves ``@external_id`` values in place, remembering what it found."""

    def __init__(self, lookup: Lookup, cache_size: int = CACHE_SIZE) -> None:
        self._lookup = lookup
        self._known: OrderedDict[tuple[str, str], str] = OrderedDict()
        self._cache_size = cache_size
        self._paths: dict[str, ReferencePath] = {}
        self._absent: set[tuple[str, str]] = set()
        """Looked up for this batch and not found (emptied by :meth:`prefetch`)."""
        self._journal: list[tuple[Any, str | int, str]] | None = None

    def remember(self, resource: str, external_id: str, record_id: str) -> None:
        self._known[(resource, external_id)] = record_id
        self._known.move_to_end((resource, external_id))
        self._absent.discard((resource, external_id))
        if len(self._known) > self._cache_size:
            self._known.popitem(last=False)

    def keep_journal(self) -> None:
        """From now on, note every substitution so that :meth:`roll_back` can undo it."""
        self._journal = []

    def roll_back(self) -> None:
        """Put the ``@external_id`` values back and forget every id.

        The batch that resolved them was rolled back: some ids may name records it created,
        and its rows are run again from the lines as they were read.
        """
        for container, key, value in reversed(self._journal or []):
            container[key] = value
        self._journal = None
        self._known.clear()
        self._absent.clear()

    def values(
        self, record: dict[str, Any], fields: Mapping[str, str]
    ) -> Iterator[tuple[str, str]]:
        """(resource, value) of every string where ``record`` names a record: id or reference."""
        for target, container, key, _ in self._slots(record, fields):
            value = container[key]  # type: ignore[index]
            if isinstance(value, str):
                yield target, value

    def _slots(
        self, record: dict[str, Any], fields: Mapping[str, str]
    ) -> Iterator[tuple[str, dict[str, Any] | list[Any], str | int, str]]:
        """(resource, container, key, JSON pointer) of every place ``record`` names a record."""
        for spec, target in fields.items():
            steps = self._path(spec).steps
            if steps[0][0] not in record:
                continue
            for container, key, pointer in reference_slots(record, steps):
                if target.startswith("{") and target.endswith("}"):
                    sibling = container.get(target[1:-1]) if isinstance(container, dict) else None
                    if not isinstance(sibling, str):
                        continue
                    yield sibling, container, key, pointer
                else:
                    yield target, container, key, pointer

    def known(self, resource: str, external_id: str) -> str | None:
        """The id remembered for a reference, without a lookup."""
        return self._known.get((resource, external_id))

    def prefetch(
        self, looked_up: Iterable[tuple[str, str]], found: Mapping[tuple[str, str], str]
    ) -> None:
        """Start a batch with what one query per resource found for its references."""
        self._absent.clear()
        for key in looked_up:
            if key in found:
                self.remember(*key, found[key])
            else:
                self._absent.add(key)

    async def _find(self, resource: str, external_id: str) -> str | None:
        found = self._known.get((resource, external_id))
        if found is not None:
            self._known.move_to_end((resource, external_id))
            return found
        if (resource, external_id) in self._absent or not sendable(external_id):
            return None
        found = await self._lookup(resource, external_id)
        if found is not None:
            self.remember(resource, external_id, found)
        return found

    def _path(self, spec: str) -> ReferencePath:
        path = self._paths.get(spec)
        if path is None:
            path = self._paths[spec] = ReferencePath.parse(spec)
        return path

    async def resolve(self, record: dict[str, Any], fields: Mapping[str, str]) -> list[str]:
        """Replace every reference in ``record``; returns one message per dangling reference.

        Args:
            record: the row, changed in place.
            fields: path → resource, from the registry entry of the row's resource.
        """
        problems: list[str] = []
        for target, container, key, pointer in self._slots(record, fields):
            value = container[key]  # type: ignore[index]
            if not (isinstance(value, str) and value.startswith("@") and len(value) > 1):
                continue
            external_id = value[1:]
            found = await self._find(target, external_id)
            if found is None:
                problems.append(f"{pointer}: no {target} with external_id {external_id!r}")
            else:
                if self._journal is not None:
                    self._journal.append((container, key, value))
                container[key] = found  # type: ignore[index]
        return problems
