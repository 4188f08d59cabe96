"""Reading NDJSON into import rows, and the pure parts of the upsert."""

from collections.abc import AsyncIterator

import pytest
from watchfloor.imports.references import ReferencePath, References, reference_slots
from watchfloor.imports.rows import ImportRow, ndjson_rows, ndjson_rows_from_chunks

BODY = b'\xef\xbb\xbf{"a": 1}\r\n\r\n{"b": 2}\nnot json\n{"c": 3}'


async def _collect(body: bytes, size: int, max_line: int = 1 << 20) -> list[ImportRow]:
    async def chunks() -> AsyncIterator[bytes]:
        for i in range(0, len(body), size):
            yield body[i : i + size]

    return [row async for row in ndjson_rows_from_chunks(chunks(), max_line)]


@pytest.mark.parametrize("size", [1, 2, 5, 1000])
async def test_chunks_split_into_lines_whatever_their_size(size: int) -> None:
    rows = await _collect(BODY, size)
    assert [(r.line, r.record) for r in rows if r.record] == [
        (1, {"a": 1}),
        (3, {"b": 2}),
        (5, {"c": 3}),
    ]
    assert [(r.line, (r.error or "")[:8]) for r in rows if r.error] == [(4, "not JSON")]


def test_lines_of_a_file_read_the_same() -> None:
    sync = list(ndjson_rows(BODY.split(b"\n")))
    assert [(r.line, r.record) for r in sync if r.record] == [
        (1, {"a": 1}),
        (3, {"b": 2}),
        (5, {"c": 3}),
    ]


async def test_an_overlong_line_is_rejected_and_skipped() -> None:
    body = b'{"a": 1}\n' + b'{"x": "' + b"y" * 100 + b'"}\n{"b": 2}\n'
    for size in (3, 64, 1000):
        rows = await _collect(body, size, max_line=50)
        assert [(r.line, r.record) for r in rows if r.record] == [(1, {"a": 1}), (3, {"b": 2})]
        assert [r.line for r in rows if r.error] == [2]


def test_reference_slots_walk_lists_and_objects() -> None:
    record = {
        "citations": [{"source_id": "@a"}, {"source_id": "@b"}],
        "place": {"facility_id": "@f"},
        "weapon_ids": ["@w1", "@w2"],
    }
    found = {
        pointer: container[key]  # type: ignore[index]
        for spec in ("citations[].source_id", "place.facility_id", "weapon_ids[]", "missing[].x")
        for container, key, pointer in reference_slots(record, ReferencePath.parse(spec).steps)
    }
    assert found == {
        "/citations/0/source_id": "@a",
        "/citations/1/source_id": "@b",
        "/place/facility_id": "@f",
        "/weapon_ids/0": "@w1",
        "/weapon_ids/1": "@w2",
    }


async def test_references_remember_a_bounded_number_of_ids() -> None:
    looked_up: list[str] = []

    async def lookup(resource: str, external_id: str) -> str | None:
        looked_up.append(external_id)
        return f"id-{external_id}" if external_id != "missing" else None

    refs = References(lookup, cache_size=2)
    fields = {"speaker_id": "actor"}
    for name in ("a", "b", "a", "c", "b", "missing"):
        record = {"speaker_id": f"@{name}"}
        problems = await refs.resolve(record, fields)
        assert problems == (
            [] if name != "missing" else ["/speaker_id: no actor with external_id 'missing'"]
        )
    # "a" stayed cached (used again before "c" came), "b" was evicted by "c" and looked up again.
    assert looked_up == ["a", "b", "c", "b", "missing"]


async def test_a_reference_may_name_its_resource_in_a_sibling_field() -> None:
    asked: list[tuple[str, str]] = []

    async def lookup(resource: str, external_id: str) -> str | None:
        asked.append((resource, external_id))
        return None if external_id == "gone" else f"{resource}-{external_id}"

    refs = References(lookup)
    record = {
        "evidence": [
            {"kind": "event", "record_id": "@e1"},
            {"kind": "statement", "record_id": "@s1"},
            {"kind": "free", "text": "a diplomat's remark"},
            {"record_id": "@no-kind"},
            {"kind": "alert", "record_id": "@gone"},
        ]
    }
    problems = await refs.resolve(record, {"evidence[].record_id": "{kind}"})
    assert [e.get("record_id") for e in record["evidence"]] == [
        "event-e1", "statement-s1", None, "@no-kind", "@gone",
    ]  # fmt: skip
    assert asked == [("event", "e1"), ("statement", "s1"), ("alert", "gone")]
    assert problems == ["/evidence/4/record_id: no alert with external_id 'gone'"]
