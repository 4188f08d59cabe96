"""One row of the import format → created, updated or unchanged, or a :class:`Rejected` reason.

The row is upserted by ``(resource, dataset, external_id)`` through the resource's own service
(the registry's ``create`` and ``update``), so an import obeys every rule the API does. What to
do with a record that already exists is the row's ``on_existing``:

* ``replace`` (the default): the row is the complete new state. It is written as a patch of
  every field, so omitted optional fields take their defaults, and the service's no-op check
  decides between *updated* (a new version) and *unchanged* (none).
* ``keep``: leave the stored record as it is. A state that format importers generate uses it,
  so a curated record is never reset by an import.
* ``complete``: fill what the stored record lacks and change nothing it has: a field it leaves
  empty takes the row's value, and the row's names it does not know yet join its aliases
  (compared case-insensitively). Weapons and facilities of the format importers use it, so
  every spelling a data set uses ends up an alias, whichever data set created the record.
* ``merge_citations``: the same fact told by several data sets. The row is kept as its
  sources' claim on the record, and the record is written as the merge of every claim on it,
  field by field by the claims' grades (:mod:`watchfloor.imports.claims`): the same record
  whichever data set came first. A row may name fields it gives only as placeholders in
  ``unknown``; another claim fills them.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import asyncpg
import msgspec

from watchfloor.admiralty import Citation, CitationIn
from watchfloor.citations import source_reliability
from watchfloor.context import Context
from watchfloor.errors import WatchfloorError
from watchfloor.imports import repository as repo
from watchfloor.imports.claims import Claim, merge, sources_key
from watchfloor.imports.identity import Match, resolve_actor
from watchfloor.imports.pending import PendingInserts
from watchfloor.imports.prefetch import prefetch
from watchfloor.imports.references import References
from watchfloor.persistence import memo
from watchfloor.persistence.dberrors import database_error, is_data_error
from watchfloor.registry import RESOURCES, Resource

__all__ = ("CONTROL_KEYS", "ON_EXISTING", "Applied", "Rejected", "RowWriter")

CONTROL_KEYS = frozenset({"resource", "on_existing", "unknown"})
"""Keys of a row that steer the import and are not fields of the record."""
MARKS = frozenset({"exercise"})
"""Keys of an exported record the server sets (the EXERCISE marking, ``docs/exercises.md``): an
import line may carry them; they are not the line's to say, and are dropped."""
ON_EXISTING = ("replace", "keep", "complete", "merge_citations")

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
    """``created``, ``updated``, ``unchanged``, or ``matched``: the row named an actor that was
    there under another external id (:mod:`watchfloor.imports.identity`)."""
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


def _rank(body: dict[str, Any], reliability: Mapping[str, str]) -> tuple[Any, ...]:
    """A claim's rank: its best citation's grade, then its content (so no tie is left open)."""
    grades = [
        (reliability.get(str(c["source_id"]), "F"), int(c["credibility"]))
        for c in body.get("citations", [])
    ]
    return (*min(grades, default=("F", 6)), msgspec.json.encode(body, order="sorted"))


@dataclass(frozen=True)
class _Claimed:
    """A ``merge_citations`` row: what its sources say, to merge with the other claims."""

    body: dict[str, Any]
    unknown: frozenset[str]
    sources: str


def _claimed(record: dict[str, Any], body: dict[str, Any]) -> _Claimed:
    unknown = frozenset(record.get("unknown", []))
    return _Claimed(body, unknown, sources_key(body["citations"]))


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
            and "citations" not in resource.line_type.__struct_fields__
        ):
            raise Rejected(f"/on_existing: a {name} has no citations to merge", name, external_id)
        unknown = record.get("unknown", [])
        if not isinstance(unknown, list) or not all(
            isinstance(f, str) and f in resource.line_type.__struct_fields__ for f in unknown
        ):
            raise Rejected("/unknown: a list of the record's field names", name, external_id)
        if unknown and on_existing != "merge_citations":
            raise Rejected("/unknown: only with on_existing merge_citations", name, external_id)
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
        body = {k: v for k, v in record.items() if k not in CONTROL_KEYS and k not in MARKS}
        body["dataset"] = self.dataset
        try:
            data = msgspec.convert(body, resource.line_type)
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
        claimed = _claimed(record, body) if on_existing == "merge_citations" else None
        try:
            row, outcome = await self._write(
                ctx, resource, existing, data, claimed, pending, on_existing
            )
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
        if outcome != "created":
            memo.forget(ctx, resource.table.name, row["id"])
        if outcome in ("created", "matched"):
            self.stored[(name, external_id)] = {"id": row["id"], "deleted_at": None}
        self.references.remember(name, external_id, row["id"])
        return Applied(name, external_id, outcome, row["id"])

    async def _write(
        self,
        ctx: Context,
        resource: Resource,
        existing: Any,
        data: Any,
        claimed: _Claimed | None,
        pending: PendingInserts | None,
        on_existing: str,
    ) -> tuple[asyncpg.Record, str]:
        if pending is None:
            async with self.conn.transaction():
                return await self._create_or_update(
                    ctx, resource, existing, data, claimed, on_existing
                )
        # What the checks or the update read must be in the database: the held-back records
        # of other tables, and all of them before an update (it reads the stored record) or
        # before an actor is looked for among those there (it may be one held back).
        keep = resource.table if existing is None and resource.name != "actor" else None
        await pending.flush(self.conn, keep=keep)
        return await self._create_or_update(ctx, resource, existing, data, claimed, on_existing)

    async def _create_or_update(
        self,
        ctx: Context,
        resource: Resource,
        existing: Any,
        data: Any,
        claimed: _Claimed | None,
        on_existing: str,
    ) -> tuple[asyncpg.Record, str]:
        if existing is not None and on_existing == "complete":
            return await self._complete(ctx, resource, existing["id"], data)
        if existing is None and resource.name == "actor":
            match = await resolve_actor(ctx, self.dataset, data)
            if match is not None:
                return await self._matched(ctx, resource, match, data, on_existing)
        if existing is None:
            if claimed is not None:
                data = await self._merged(ctx, resource, claimed, None)
            written = await resource.create(ctx, data), "created"
        else:
            written = await self._update(ctx, resource, existing["id"], data, claimed)
        if claimed is not None:
            # Kept once the record took it: a refused row leaves no claim behind.
            external_id = claimed.body["external_id"]
            claim = {**claimed.body, "unknown": sorted(claimed.unknown)}
            await repo.save_claim(
                self.conn, self.dataset, resource.name, external_id, claimed.sources, claim
            )
        return written

    async def _merged(
        self, ctx: Context, resource: Resource, claimed: _Claimed, stored: Any
    ) -> Any:
        """The record every claim on it makes, with ``claimed`` in place of its sources' last.

        Citations the stored record has from sources that made no claim (an analyst's, or a
        record merged before claims were kept) make one more claim: the stored fields, ranked
        by those citations' grade.
        """
        external_id = claimed.body["external_id"]
        found = await repo.claims(self.conn, self.dataset, resource.name, external_id)
        found.pop(claimed.sources, None)
        claims: list[tuple[dict[str, Any], frozenset[str]]] = []
        for kept_claim in found.values():
            body = {k: v for k, v in kept_claim.items() if k != "unknown"}
            claims.append((body, frozenset(kept_claim.get("unknown", []))))
        claims.append((claimed.body, claimed.unknown))
        if stored is not None:
            claimed_sources = {s for key in [*found, claimed.sources] for s in key.split(",")}
            rest = [c for c in stored.citations if c.source_id not in claimed_sources]
            if rest:
                fields = msgspec.to_builtins(stored)
                kept = {f: fields[f] for f in resource.line_type.__struct_fields__ if f in fields}
                kept["citations"] = [msgspec.to_builtins(_as_written(c)) for c in rest]
                claims.append((kept, frozenset()))
        cited = [str(c["source_id"]) for body, _ in claims for c in body.get("citations", [])]
        reliability = await source_reliability(ctx, cited)
        ranked = [Claim(body, _rank(body, reliability), unknown) for body, unknown in claims]
        try:
            return msgspec.convert(merge(ranked, []), resource.line_type)
        except msgspec.ValidationError as exc:
            raise Rejected(
                "the claims on this record do not merge: " + _validation_reason(exc),
                resource.name,
                external_id,
            ) from None

    async def _matched(
        self, ctx: Context, resource: Resource, match: Match, data: Any, on_existing: str
    ) -> tuple[asyncpg.Record, str]:
        """Record on the actor found that the row names it, and apply the row as ``on_existing``
        says (``keep``: the names only; ``complete``: also the gaps; ``replace``: every field
        but the external id). See :mod:`watchfloor.imports.identity`."""
        record = {"external_id": data.external_id, "rule": match.rule, "value": match.value}

        async def revise(current: asyncpg.Record) -> Mapping[str, Any]:
            stored = resource.render(current)
            if on_existing == "replace":
                fields = self._replacement(resource, data, stored)
                fields.pop("external_id", None)
                changes = dict(
                    await resource.service.revise(ctx, current, resource.patch_type(**fields))
                )
            else:
                changes = dict(await self._completion(ctx, resource, current, data, on_existing))
                if stored.kind == "organization" and data.kind != "organization":  # type: ignore[attr-defined]
                    # One data set could not tell what the organisation is; this one can.
                    changes["kind"] = data.kind
            known = [msgspec.to_builtins(k) for k in stored.known_as]  # type: ignore[attr-defined]
            if record not in known:
                changes["known_as"] = [*known, record]
            return changes

        row = await resource.service.records.update(ctx, match.actor_id, None, revise)
        return row, "matched"

    async def _complete(
        self, ctx: Context, resource: Resource, record_id: str, data: Any
    ) -> tuple[asyncpg.Record, str]:
        """Fill the stored record's gaps from the row and add the names it lacks as aliases."""
        before: list[int] = []

        async def revise(current: asyncpg.Record) -> Mapping[str, Any]:
            before.append(current["version"])
            return await self._completion(ctx, resource, current, data, "complete")

        row = await resource.service.records.update(ctx, record_id, None, revise)
        return row, "updated" if row["version"] != before[0] else "unchanged"

    async def _completion(
        self, ctx: Context, resource: Resource, current: asyncpg.Record, data: Any, mode: str
    ) -> Mapping[str, Any]:
        """What ``complete`` changes: the names the record lacks; for ``complete``, its gaps."""
        stored = resource.render(current)
        patchable = set(resource.patch_type.__struct_fields__) - {"external_id"}
        fields: dict[str, Any] = {}
        for name in resource.line_type.__struct_fields__:
            if name not in patchable:
                continue
            ours: Any = getattr(stored, name, None)
            theirs: Any = getattr(data, name)
            if name == "aliases":
                known = {n.casefold() for n in [stored.name, *ours]}  # type: ignore[attr-defined]
                names = [data.name, *theirs] if data.name != stored.name else theirs  # type: ignore[attr-defined]
                new = [n for n in dict.fromkeys(names) if n.casefold() not in known]
                if new:
                    # The field holds 50 names: the first ones kept are the curated ones.
                    fields[name] = [*ours, *new][:50]
            elif mode == "complete" and ours in (None, [], "") and theirs not in (None, [], ""):
                fields[name] = theirs
        patch = resource.patch_type(**fields)
        return await resource.service.revise(ctx, current, patch)

    async def _update(
        self, ctx: Context, resource: Resource, record_id: str, data: Any, claimed: _Claimed | None
    ) -> tuple[asyncpg.Record, str]:
        """The row as a patch of every field, through the one update path (one lock)."""
        before: list[int] = []

        async def revise(current: asyncpg.Record) -> Mapping[str, Any]:
            before.append(current["version"])
            stored = resource.render(current)
            merged = data if claimed is None else await self._merged(ctx, resource, claimed, stored)
            fields = self._replacement(resource, merged, stored)
            if getattr(stored, "external_id", None) != fields.get("external_id"):
                # Reached by another name (an actor's known_as, or one merged into it): the
                # record keeps its own.
                fields.pop("external_id", None)
            patch = resource.patch_type(**fields)
            return await resource.service.revise(ctx, current, patch)

        row = await resource.service.records.update(ctx, record_id, None, revise)
        return row, "updated" if row["version"] != before[0] else "unchanged"

    @staticmethod
    def _replacement(resource: Resource, data: Any, stored: Any) -> dict[str, Any]:
        """Every patchable field of the row; a field the patch cannot change must not differ."""
        create_fields = resource.line_type.__struct_fields__
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
