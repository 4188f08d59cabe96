"""One row of the import format → created, updated or unchanged, or a :class:`Rejected` reason.

The row is upserted by ``(resource, dataset, external_id)`` through the resource's own service
(the registry's ``create`` and ``update``), so an import obeys every rule the API does. What to
do with a record that already exists is the row's ``on_existing``:

* ``replace`` (the default): the row is the complete new state. It is written as a patch of
  every field, so omitted optional fields take their defaults, and the service's no-op check
  decides between *updated* (a new version) and *unchanged* (none).
* ``keep``: leave the stored record as it is. Reference data that format importers generate
  (a state, a weapon, a facility) uses it, so a curated record is never reset by an import.
* ``merge_citations``: the same fact told by several data sets. The row's citations replace
  those of the same sources and the others are kept; the row's other fields are written only
  if the record's first citation is one of the row's sources (the data set that created the
  record owns its fields; the others corroborate).
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import asyncpg
import msgspec

from watchfloor.admiralty import Citation, CitationIn
from watchfloor.context import Context
from watchfloor.errors import WatchfloorError
from watchfloor.imports import repository as repo
from watchfloor.imports.pending import PendingInserts
from watchfloor.imports.prefetch import prefetch
from watchfloor.imports.references import References
from watchfloor.persistence import memo
from watchfloor.persistence.dberrors import database_error, is_data_error
from watchfloor.registry import RESOURCES, Resource

__all__ = ("CONTROL_KEYS", "ON_EXISTING", "Applied", "Rejected", "RowWriter")

CONTROL_KEYS = frozenset({"resource", "on_existing"})
"""Keys of a row that steer the import and are not fields of the record."""
ON_EXISTING = ("replace", "keep", "merge_citations")

_MSGSPEC_PATH = re.compile(r"\s*-\s*at\s+`\$([^`]*)`\s*$")


class Rejected(Exception):
    """A row that cannot be imported; ``reason`` says why."""

    def __init__(self, reason: str, resource: str | None = None, external_id: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.resource = resource
        self.external_id = external_id


@dataclass(frozen=True, slots=True)
class Applied:
    """What became of an imported row."""

    resource: str
    external_id: str
    outcome: str
    """``created``, ``updated`` or ``unchanged``."""
    record_id: str


def _validation_reason(exc: msgspec.ValidationError) -> str:
    """``Expected `str`, got `int` - at `$.memberships[0].role``` → ``/memberships/0/role: …``."""
    message = str(exc)
    match = _MSGSPEC_PATH.search(message)
    if not match:
        return message
    pointer = "".join(
        "/" + (name or index) for name, index in re.findall(r"\.([^.\[]+)|\[(\d+)\]", match[1])
    )
    return f"{pointer or '/'}: {_MSGSPEC_PATH.sub('', message)}"


def _service_reason(exc: WatchfloorError) -> str:
    fields = "; ".join(f"{e.pointer or e.parameter}: {e.detail}" for e in exc.errors)
    return f"{exc.detail} ({fields})" if fields else exc.detail


def _database_reason(exc: asyncpg.PostgresError) -> str:
    mapped = database_error(exc)
    detail = mapped[1] if mapped else f"The database refused the row ({exc.sqlstate or ''})."
    constraint = getattr(exc, "constraint_name", None)
    return f"{detail} ({constraint})" if constraint else detail


def _as_written(citation: Citation) -> CitationIn:
    """A stored citation back in the form it is written (without the computed grade)."""
    fields = msgspec.structs.asdict(citation)
    del fields["reliability"], fields["grade"]
    return CitationIn(**fields)


def merged_citations(stored: list[Citation], incoming: list[CitationIn]) -> list[CitationIn]:
    """The row's citations in place of those of the same sources; the others stay, in order."""
    by_source: dict[str, list[CitationIn]] = {}
    for new in incoming:
        by_source.setdefault(new.source_id, []).append(new)
    merged: list[CitationIn] = []
    placed: set[str] = set()
    for old in stored:
        if old.source_id not in by_source:
            merged.append(_as_written(old))
        elif old.source_id not in placed:
            merged.extend(by_source[old.source_id])
            placed.add(old.source_id)
    for source_id, citations in by_source.items():
        if source_id not in placed:
            merged.extend(citations)
    return merged


Stored = dict[tuple[str, str], Any]
"""(resource, external_id) → the stored record's ``id`` and ``deleted_at``."""


class RowWriter:
    """Applies rows to one dataset through the registry, resolving references as it goes.

    ``stored`` holds the records of the batch's rows as looked up before the batch runs
    (:meth:`prepare`); rows that create a record add to it.
    """

    def __init__(
        self,
        ctx: Context,
        dataset: str,
        resources: dict[str, Resource] | None = None,
    ) -> None:
        self.conn = ctx.conn
        self.dataset = dataset
        self.resources = RESOURCES if resources is None else resources
        self.references = References(self._lookup)
        self.stored: Stored = {}

    async def prepare(self, ctx: Context, records: Sequence[dict[str, Any]]) -> None:
        """Look up what the batch's ``records`` name, together, before they run."""
        found = await prefetch(ctx, self.dataset, self.resources, self.references, records)
        self.stored = found.stored
        self.references.prefetch(found.wanted, found.references)

    async def _lookup(self, resource: str, external_id: str) -> str | None:
        target = self.resources.get(resource)
        if target is None:
            return None
        return await repo.live_id_by_external_id(self.conn, target.table, self.dataset, external_id)

    def _header(self, record: dict[str, Any]) -> tuple[Resource, str, str]:
        """The row's resource, external_id and on_existing, checked."""
        name = record.get("resource")
        if not isinstance(name, str) or name not in self.resources:
            known = ", ".join(sorted(self.resources))
            raise Rejected(f"/resource: {name!r} is not a resource; one of {known}")
        external_id = record.get("external_id")
        if not isinstance(external_id, str) or not external_id:
            raise Rejected("/external_id: required, a non-empty string", name)
        dataset = record.get("dataset", self.dataset)
        if dataset != self.dataset:
            raise Rejected(
                f"/dataset: {dataset!r} differs from the import's dataset {self.dataset!r}; "
                "one import writes one dataset",
                name,
                external_id,
            )
        on_existing = record.get("on_existing", "replace")
        if on_existing not in ON_EXISTING:
            raise Rejected(f"/on_existing: one of {', '.join(ON_EXISTING)}", name, external_id)
        resource = self.resources[name]
        if (
            on_existing == "merge_citations"
            and "citations" not in resource.create_type.__struct_fields__
        ):
            raise Rejected(f"/on_existing: a {name} has no citations to merge", name, external_id)
        return resource, external_id, on_existing

    async def apply(
        self, ctx: Context, record: dict[str, Any], pending: PendingInserts | None = None
    ) -> Applied:
        """Import one row: inside a savepoint, or with its create held in ``pending``.

        Without ``pending`` a database error caused by the row's values rejects it alone. With
        ``pending`` (the optimistic run of a batch) no savepoint is taken and such an error
        propagates: the batch is rolled back and run again row by row.

        Raises:
            Rejected: the row is not imported; nothing it did is kept.
        """
        resource, external_id, on_existing = self._header(record)
        name = resource.name
        dangling = await self.references.resolve(record, resource.references)
        if dangling:
            raise Rejected("dangling reference: " + "; ".join(dangling), name, external_id)
        body = {k: v for k, v in record.items() if k not in CONTROL_KEYS}
        body["dataset"] = self.dataset
        try:
            data = msgspec.convert(body, resource.create_type)
        except msgspec.ValidationError as exc:
            raise Rejected(_validation_reason(exc), name, external_id) from None
        existing = self.stored.get((name, external_id))
        if existing is not None and existing["deleted_at"] is not None:
            raise Rejected(
                f"the {name} with this external_id ({existing['id']}) was deleted; "
                "an import does not bring a deleted record back",
                name,
                external_id,
            )
        if existing is not None and on_existing == "keep":
            return Applied(name, external_id, "unchanged", existing["id"])
        try:
            row, outcome = await self._write(ctx, resource, existing, data, on_existing, pending)
        except WatchfloorError as exc:
            raise Rejected(_service_reason(exc), name, external_id) from None
        except asyncpg.PostgresError as exc:
            if pending is not None or not is_data_error(exc):
                raise
            raise Rejected(_database_reason(exc), name, external_id) from None
        except UnicodeEncodeError:
            if pending is not None:
                raise
            raise Rejected("text must be valid Unicode", name, external_id) from None
        if outcome == "created":
            self.stored[(name, external_id)] = {"id": row["id"], "deleted_at": None}
        else:
            memo.forget(ctx, resource.table.name, row["id"])
        self.references.remember(name, external_id, row["id"])
        return Applied(name, external_id, outcome, row["id"])

    async def _write(
        self,
        ctx: Context,
        resource: Resource,
        existing: Any,
        data: Any,
        on_existing: str,
        pending: PendingInserts | None,
    ) -> tuple[asyncpg.Record, str]:
        if pending is None:
            async with self.conn.transaction():
                return await self._create_or_update(ctx, resource, existing, data, on_existing)
        # What the checks or the update read must be in the database: the held-back records
        # of other tables, and all of them before an update (it reads the stored record).
        await pending.flush(self.conn, keep=resource.table if existing is None else None)
        return await self._create_or_update(ctx, resource, existing, data, on_existing)

    async def _create_or_update(
        self, ctx: Context, resource: Resource, existing: Any, data: Any, on_existing: str
    ) -> tuple[asyncpg.Record, str]:
        if existing is None:
            return await resource.create(ctx, data), "created"
        return await self._update(ctx, resource, existing["id"], data, on_existing)

    async def _update(
        self, ctx: Context, resource: Resource, record_id: str, data: Any, on_existing: str
    ) -> tuple[asyncpg.Record, str]:
        """The row as a patch of every field, through the one update path (one lock)."""
        before: list[int] = []

        async def revise(current: asyncpg.Record) -> Mapping[str, Any]:
            before.append(current["version"])
            stored = resource.render(current)
            fields = self._replacement(resource, data, stored)
            if on_existing == "merge_citations":
                citations = merged_citations(stored.citations, data.citations)  # type: ignore[attr-defined]
                owner = stored.citations[0].source_id if stored.citations else None  # type: ignore[attr-defined]
                if owner not in {c.source_id for c in data.citations}:
                    fields = {}
                fields["citations"] = citations
            patch = resource.patch_type(**fields)
            return await resource.service.revise(ctx, current, patch)

        row = await resource.service.records.update(ctx, record_id, None, revise)
        return row, "updated" if row["version"] != before[0] else "unchanged"

    @staticmethod
    def _replacement(resource: Resource, data: Any, stored: Any) -> dict[str, Any]:
        """Every patchable field of the row; a field the patch cannot change must not differ."""
        create_fields = resource.create_type.__struct_fields__
        patch_fields = set(resource.patch_type.__struct_fields__)
        for field in create_fields:
            if field in patch_fields or field == "dataset":
                continue
            if getattr(stored, field, None) != getattr(data, field):
                raise Rejected(
                    f"/{field}: cannot change from {getattr(stored, field, None)!r} to "
                    f"{getattr(data, field)!r}; import it under another external_id",
                    resource.name,
                    getattr(data, "external_id", None),
                )
        return {f: getattr(data, f) for f in create_fields if f in patch_fields}
