"""How a batch of the import runs: looked up together, written optimistically, redone if refused.

Each test puts the lines that matter into ONE batch, where the fast path (no savepoint, creates
held back and written per table) and its fallback (a savepoint per line) must both keep the
import's semantics.
"""

import json
import re
import uuid
from typing import Any

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.context import Context
from watchfloor.imports.batch import BatchWriter
from watchfloor.imports.rows import ImportRow
from watchfloor.imports.service import import_rows

Client = AsyncTestClient[Litestar]

SOURCE = {
    "resource": "source",
    "external_id": "b:src",
    "title": "Batch feed",
    "publisher": "Test",
    "reliability": "C",
}
BLOC = {"resource": "actor", "external_id": "b:bloc", "kind": "igo", "name": "Bloc"}
MEMBER = {
    "resource": "actor",
    "external_id": "b:member",
    "kind": "state",
    "name": "Member",
    "memberships": [{"organization_id": "@b:bloc"}],
}
INDICATOR = {
    "resource": "indicator",
    "external_id": "b:ind",
    "name": "Trade",
    "unit": "USD bn",
    "frequency": "annual",
}


def event(n: int, **fields: Any) -> dict[str, Any]:
    return {
        "resource": "event",
        "external_id": f"b:evt:{n}",
        "title": f"Event {n}",
        "category": "CONSULT",
        "occurred": {"start": "2024-06-19"},
        "actors": [{"actor_id": "@b:member"}],
        "citations": [{"source_id": "@b:src", "credibility": 2}],
        **fields,
    }


def figure(n: int, vintage: str) -> dict[str, Any]:
    return {
        "resource": "observation",
        "external_id": f"b:obs:{n}",
        "indicator_id": "@b:ind",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
        "value": 100 + n,
        "vintage": vintage,
        "citations": [{"source_id": "@b:src", "credibility": 2}],
    }


def rows(*records: dict[str, Any]) -> list[ImportRow]:
    """Import rows of fresh copies (the import resolves references in place)."""
    return [ImportRow(i, json.loads(json.dumps(r))) for i, r in enumerate(records, start=1)]


async def ids_by_external_id(db: asyncpg.Connection, table: str, dataset: str) -> dict[str, str]:
    found = await db.fetch(f"SELECT external_id, id FROM {table} WHERE dataset = $1", dataset)
    return {r["external_id"]: r["id"] for r in found}


async def test_a_bad_line_mid_batch_is_rejected_alone(db: asyncpg.Connection, dataset: str) -> None:
    lines = rows(
        SOURCE,
        BLOC,
        MEMBER,
        event(1),
        event(2, actors=[{"actor_id": "act_" + "0" * 32}]),  # the service refuses it
        event(3, occurred={"start": "2024-06-19", "end": "2024-06-01"}),  # so it does this one
        event(4),
    )
    writer = BatchWriter(Context.unrestricted(db), dataset)
    outcomes = await writer.write(lines)
    assert writer.redone == 0  # refused before anything was written: no rollback needed
    rejected = {row.line: result.reason for row, result in outcomes if hasattr(result, "reason")}
    assert sorted(rejected) == [5, 6]
    assert "no actor act_" in rejected[5]
    assert "/occurred/end" in rejected[6]
    assert set(await ids_by_external_id(db, "events", dataset)) == {"b:evt:1", "b:evt:4"}


async def test_references_to_records_created_earlier_in_the_batch_resolve(
    db: asyncpg.Connection, dataset: str
) -> None:
    report = await import_rows(
        Context.unrestricted(db), rows(SOURCE, BLOC, MEMBER, event(1), event(2)), dataset
    )
    assert (report.created, report.rejected) == (5, 0), report.rejected_lines
    actors = await ids_by_external_id(db, "actors", dataset)
    sources = await ids_by_external_id(db, "sources", dataset)
    member = await db.fetchrow("SELECT memberships FROM actors WHERE id = $1", actors["b:member"])
    assert member is not None
    assert member["memberships"][0]["organization_id"] == actors["b:bloc"]
    stored = await db.fetch(
        "SELECT actor_ids, citations, grade FROM events WHERE dataset = $1", dataset
    )
    for row in stored:
        assert row["actor_ids"] == [actors["b:member"]]
        assert row["citations"][0]["source_id"] == sources["b:src"]
        assert row["grade"] == "C2"


async def test_a_line_the_database_refuses_falls_back_and_is_rejected_alone(
    db: asyncpg.Connection, dataset: str
) -> None:
    """Two figures for one period and vintage: the services cannot see the first (it is held
    back), the unique index refuses the second, the batch runs again a line at a time."""
    lines = rows(
        SOURCE,
        INDICATOR,
        figure(1, "2025-01-01"),
        figure(2, "2025-01-01"),  # same period and vintage as line 3
        figure(3, "2025-06-01"),
        BLOC,
        MEMBER,
    )
    writer = BatchWriter(Context.unrestricted(db), dataset)
    outcomes = await writer.write(lines)
    assert writer.redone == 1
    results = [(row.line, getattr(result, "outcome", "rejected")) for row, result in outcomes]
    assert results == [
        (1, "created"),
        (2, "created"),
        (3, "created"),
        (4, "rejected"),
        (5, "created"),
        (6, "created"),
        (7, "created"),
    ]
    assert "already has a figure of vintage 2025-01-01" in outcomes[3][1].reason  # type: ignore[union-attr]
    figures = await ids_by_external_id(db, "observations", dataset)
    assert set(figures) == {"b:obs:1", "b:obs:3"}
    # The reference resolved in the failed attempt names the record the second one wrote.
    actors = await ids_by_external_id(db, "actors", dataset)
    member = await db.fetchrow("SELECT memberships FROM actors WHERE id = $1", actors["b:member"])
    assert member is not None
    assert member["memberships"][0]["organization_id"] == actors["b:bloc"]
    # Each line that was written has one feed entry, none from the rolled-back attempt.
    feed = await db.fetch(
        "SELECT record_id FROM changes WHERE dataset = $1 ORDER BY xid, seq", dataset
    )
    assert len(feed) == 6


async def test_a_record_twice_in_a_batch_is_created_then_updated(
    db: asyncpg.Connection, dataset: str
) -> None:
    regraded = {**SOURCE, "reliability": "A"}
    lines = rows(SOURCE, BLOC, MEMBER, event(1), event(1, title="Event 1, revised"), regraded)
    lines += rows(event(2))  # numbered 1: line numbers only label the report
    report = await import_rows(Context.unrestricted(db), lines, dataset)
    assert (report.created, report.updated, report.rejected) == (5, 2, 0), report.rejected_lines
    first = await db.fetchrow(
        "SELECT id, version, title, grade FROM events WHERE dataset = $1 AND external_id = $2",
        dataset,
        "b:evt:1",
    )
    assert first is not None
    assert (first["version"], first["title"], first["grade"]) == (2, "Event 1, revised", "C2")
    history = await db.fetchval(
        "SELECT title FROM events_history WHERE id = $1 AND version = 1", first["id"]
    )
    assert history == "Event 1"
    # Written after the source was regraded in the same batch: graded with the new letter.
    second = await db.fetchval(
        "SELECT grade FROM events WHERE dataset = $1 AND external_id = 'b:evt:2'", dataset
    )
    assert second == "A2"
    # The feed has the writes in the order of the lines.
    events = await ids_by_external_id(db, "events", dataset)
    feed = await db.fetch(
        "SELECT resource, record_id, version FROM changes WHERE dataset = $1 ORDER BY xid, seq",
        dataset,
    )
    assert [(r["resource"], r["version"]) for r in feed] == [
        ("source", 1),
        ("actor", 1),
        ("actor", 1),
        ("event", 1),
        ("event", 2),
        ("source", 2),
        ("event", 1),
    ]
    assert feed[3]["record_id"] == feed[4]["record_id"] == events["b:evt:1"]


async def test_an_imported_event_is_stored_as_the_api_stores_it(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    """The batched insert (one statement per table) writes what a single create writes."""
    report = await import_rows(Context.unrestricted(db), rows(SOURCE, BLOC, MEMBER), dataset)
    assert report.created == 3
    actors = await ids_by_external_id(db, "actors", dataset)
    sources = await ids_by_external_id(db, "sources", dataset)
    fields: dict[str, Any] = {
        "title": "Talks at the border",
        "category": "CONSULT",
        "summary": "Ümlauts, “quotes” and a 🚀",
        "mode": "talks",
        "context": ["diplomatic"],
        "cameo_code": "036",
        "occurred": {"start": "2024-06-01", "precision": "month", "time": "2024-06-03T10:15:00Z"},
        "actors": [{"actor_id": actors["b:member"], "role": "host"}],
        "recipients": [{"actor_id": actors["b:bloc"]}],
        "place": {"name": "Panmunjom", "country": "KOR", "lat": 37.956, "lon": 126.677},
        "magnitudes": [{"kind": "count", "unit": "delegates", "low": 3, "best": 4.5}],
        "tags": ["talks", "border"],
        "status": "disputed",
        "status_reason": "one side denies it",
        "citations": [{"source_id": sources["b:src"], "credibility": 3, "quote": "they met"}],
    }
    posted = await client.post(
        "/v1/events", json={**fields, "dataset": dataset, "external_id": "b:api"}
    )
    assert posted.status_code == 201, posted.text
    report = await import_rows(
        Context.unrestricted(db),
        rows({"resource": "event", "external_id": "b:imported", **fields}),
        dataset,
    )
    assert report.created == 1, report.rejected_lines
    events = await ids_by_external_id(db, "events", dataset)
    imported = (await client.get(f"/v1/events/{events['b:imported']}")).json()
    from_api = posted.json()
    for volatile in ("id", "external_id", "created_at", "updated_at"):
        imported.pop(volatile)
        from_api.pop(volatile)
    assert imported == from_api


async def _sandbox(db: asyncpg.Connection) -> str:
    name = f"t-{uuid.uuid4().hex[:12]}"
    await db.execute(
        "INSERT INTO datasets (name, kind, description) VALUES ($1, 'sandbox', 'test')", name
    )
    return name


_VOLATILE = frozenset(
    {"id", "dataset", "created_at", "updated_at", "sys_period", "at", "xid", "seq", "changed_at"}
)
"""Columns that differ between two datasets written at two moments (ids are named by their
external ids instead)."""


async def _written(db: asyncpg.Connection, dataset: str) -> dict[str, list[str]]:
    """Everything ``dataset`` holds, ids replaced by external ids, volatile columns left out:
    the records and their history by table, the change feed and the audit trail in order."""
    tables = ["sources", "actors", "events", "indicators", "observations"]
    names: dict[str, str] = {}
    for table in tables:
        for r in await db.fetch(f"SELECT id, external_id FROM {table} WHERE dataset = $1", dataset):
            names[r["id"]] = f"<{r['external_id']}>"
    pattern = re.compile("|".join(map(re.escape, names)))

    def shown(row: asyncpg.Record) -> str:
        fields = {k: v for k, v in dict(row).items() if k not in _VOLATILE}
        text = json.dumps(fields, default=str, sort_keys=True)
        return pattern.sub(lambda m: names[m[0]], text)

    found: dict[str, list[str]] = {}
    for table in [*tables, *(f"{t}_history" for t in tables)]:
        rows = await db.fetch(f"SELECT * FROM {table} WHERE dataset = $1", dataset)
        found[table] = sorted(shown(r) for r in rows)
    for table, order in (("changes", "xid, seq"), ("audit_log", "id")):
        rows = await db.fetch(f"SELECT * FROM {table} WHERE dataset = $1 ORDER BY {order}", dataset)
        found[table] = [shown(r) for r in rows]
    return found


async def test_the_fast_path_writes_what_the_line_by_line_path_writes(
    db: asyncpg.Connection,
) -> None:
    """The same lines into two datasets: one batch on the fast path (creates by binary COPY,
    records locked together), the other made to fall back to a savepoint and single writes per
    line by one line the database refuses. Records, history, change feed and audit trail agree."""
    first: list[dict[str, Any]] = [
        SOURCE,
        BLOC,
        MEMBER,
        INDICATOR,
        event(1),
        event(2),
        figure(1, "2025-01-01"),
    ]
    second: list[dict[str, Any]] = [
        event(1, title="Event 1, revised"),  # an update of a stored record
        event(2),  # unchanged
        {**MEMBER, "name": "Member state"},  # another table's update
        event(3),
        event(3, summary="created, then revised in the same batch"),
        figure(2, "2025-06-01"),
        {**SOURCE, "reliability": "B"},  # regrades what cites it when next written
        event(4),
        event(5),
        event(6),  # three creates in one COPY
        figure(1, "2025-01-01"),  # the same line, its source regraded since: a new version
        event(1),  # back as it was: written over the revision above, not the stored version
        figure(3, "2026-01-01"),
    ]
    # Period and vintage of figure 3, held back when the service checks: the unique index says no.
    refused = figure(4, "2026-01-01")
    written = {}
    paths: list[tuple[str, list[dict[str, Any]]]] = [("fast", []), ("line by line", [refused])]
    for path, extra in paths:
        dataset = await _sandbox(db)
        await import_rows(Context.unrestricted(db), rows(*first), dataset)
        writer = BatchWriter(Context.unrestricted(db), dataset)
        outcomes = await writer.write(rows(*second, *extra))
        assert writer.redone == (1 if extra else 0), path
        results = [getattr(result, "outcome", "rejected") for _, result in outcomes]
        assert results == [
            "updated", "unchanged", "updated", "created", "updated", "created", "updated",
            "created", "created", "created", "updated", "updated", "created", *(["rejected"] if extra else []),
        ], path  # fmt: skip
        written[path] = await _written(db, dataset)
    assert written["fast"]["changes"], "the feed has the batch's writes"
    assert len(written["fast"]["events_history"]) == 3
    for table, fast in written["fast"].items():
        assert fast == written["line by line"][table], table
