"""Knowledge time: ``reported_at`` on events and statements, and ``known_by`` reads, over HTTP.

``as_of`` reads what Watchfloor had recorded at an instant; ``known_by`` what the world had
reported by one (docs/knowledge-time.md). They combine.
"""

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
from watchfloor.context import Context
from watchfloor.formats import read_file
from watchfloor.imports.service import import_rows

from tests.integration import world
from tests.integration.world import Client
from tests.shared_data import data_file

GDELT2 = "gdelt_v2_events_sample/20191024143000.export.CSV"


async def _statement(client: Client, dataset: str, **fields: Any) -> dict[str, Any]:
    src = await world.source(client, dataset)
    speaker = await world.actor(client, dataset, "KCNA", kind="organization")
    body = {
        "speaker_id": speaker,
        "text": "We will respond.",
        "said_on": "2017-08-08",
        "citations": [{"source_id": src, "credibility": 2}],
        "dataset": dataset,
        **fields,
    }
    return await world.post(client, "/v1/statements", body)


async def _ids(client: Client, path: str, dataset: str, **params: Any) -> list[str]:
    response = await client.get(path, params={"dataset": dataset, "limit": 100, **params})
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["data"]]


async def test_the_rule_when_nothing_is_stated(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    day = await world.event(client, dataset, src, occurred={"start": "2017-07-04"})
    month = await world.event(
        client, dataset, src, occurred={"start": "1984-09-01", "precision": "month"}
    )
    assert day["reported_at"] == "2017-07-05T00:00:00Z"
    assert month["reported_at"] == "1984-10-01T00:00:00Z"
    at = await _statement(client, dataset, said_at="2017-08-08T06:30:00+09:00")
    on = await _statement(client, dataset)
    assert at["reported_at"] == "2017-08-07T21:30:00Z"
    assert on["reported_at"] == "2017-08-09T00:00:00Z"
    stated = await world.event(
        client, dataset, src, occurred={"start": "2017-07-04"}, reported_at="2017-07-04T01:00:00Z"
    )
    assert stated["reported_at"] == "2017-07-04T01:00:00Z"
    got = await client.get(f"/v1/events/{stated['id']}")
    assert got.json()["reported_at"] == "2017-07-04T01:00:00Z"


async def test_a_fact_is_not_reported_before_it_happens(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    early = await client.post(
        "/v1/events",
        json={
            "title": "Launch",
            "category": "MOBILIZE",
            "occurred": {"start": "2017-07-04"},
            "reported_at": "2017-07-02T00:00:00Z",
            "citations": [{"source_id": src, "credibility": 2}],
            "dataset": dataset,
        },
    )
    assert early.status_code == 422, early.text
    assert [e["pointer"] for e in early.json()["errors"]] == ["/reported_at"]
    # A local day begins before midnight UTC: 2017-07-04 has begun in Kiribati at 10:00 UTC.
    local = await world.event(
        client, dataset, src, occurred={"start": "2017-07-04"}, reported_at="2017-07-03T20:00:00Z"
    )
    moved = await client.patch(
        f"/v1/events/{local['id']}", json={"occurred": {"start": "2017-08-01"}}
    )
    assert moved.status_code == 422, moved.text
    assert moved.json()["errors"][0]["pointer"] == "/reported_at"
    said = await _statement(client, dataset)
    before = await client.patch(
        f"/v1/statements/{said['id']}", json={"reported_at": "2017-08-01T00:00:00Z"}
    )
    assert before.status_code == 422, before.text
    assert before.json()["errors"][0]["pointer"] == "/reported_at"
    last_day = await client.post(
        "/v1/events",
        json={
            "title": "Launch",
            "category": "MOBILIZE",
            "occurred": {"start": "9999-12-31"},
            "citations": [{"source_id": src, "credibility": 2}],
            "dataset": dataset,
        },
    )
    assert last_day.status_code == 422, last_day.text  # no timestamp holds the end of that day
    assert last_day.json()["errors"][0]["pointer"] == "/reported_at"
    naive = await client.get("/v1/events", params={"dataset": dataset, "known_by": "2018-01-01"})
    assert naive.status_code == 400, naive.text
    naive = await client.get(f"/v1/events/{local['id']}", params={"known_by": "2018-01-01T00:00"})
    assert naive.status_code == 400, naive.text


async def test_known_by_on_lists_and_reads_by_id(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    old = await world.event(client, dataset, src, occurred={"start": "2016-02-07"})
    new = await world.event(client, dataset, src, occurred={"start": "2017-07-04"})
    assert await _ids(client, "/v1/events", dataset, known_by="2017-01-01T00:00:00Z") == [old["id"]]
    assert set(await _ids(client, "/v1/events", dataset, known_by="2018-01-01T00:00:00+09:00")) == {
        old["id"],
        new["id"],
    }
    assert await _ids(client, "/v1/events", dataset, known_by="2016-02-08T00:00:00Z") == [old["id"]]
    assert await _ids(client, "/v1/events", dataset, known_by="2016-02-07T23:59:59Z") == []
    hidden = await client.get(
        f"/v1/events/{new['id']}", params={"known_by": "2017-01-01T00:00:00Z"}
    )
    assert hidden.status_code == 404
    assert "had not been reported by 2017-01-01T00:00:00Z" in hidden.json()["detail"]
    assert "2017-07-05T00:00:00Z" in hidden.json()["detail"]
    shown = await client.get(f"/v1/events/{new['id']}", params={"known_by": "2017-07-05T00:00:00Z"})
    assert shown.status_code == 200
    assert shown.headers["etag"] == '"1"'
    cached = await client.get(
        f"/v1/events/{new['id']}",
        params={"known_by": "2017-07-05T00:00:00Z"},
        headers={"If-None-Match": '"1"'},
    )
    assert cached.status_code == 304
    versions = await client.get(
        f"/v1/events/{new['id']}/history", params={"known_by": "2017-01-01T00:00:00Z"}
    )
    assert versions.status_code == 404
    said = await _statement(client, dataset)
    assert await _ids(client, "/v1/statements", dataset, known_by="2017-08-08T23:00:00Z") == []
    assert await _ids(client, "/v1/statements", dataset, known_by="2017-08-09T00:00:00Z") == [
        said["id"]
    ]
    gone = await client.get(
        f"/v1/statements/{said['id']}", params={"known_by": "2017-08-08T00:00:00Z"}
    )
    assert gone.status_code == 404
    there = await client.get(
        f"/v1/statements/{said['id']}/history", params={"known_by": "2017-08-09T00:00:00Z"}
    )
    assert there.status_code == 200
    assert [v["version"] for v in there.json()["data"]] == [1]


async def test_a_gdelt_row_imported_now_was_known_in_2019(
    client: Client, db: asyncpg.Connection, dataset: str, tmp_path: Path
) -> None:
    """Imported today, reported on 24 October 2019: visible with known_by in 2019, invisible
    with as_of before its import; the two combine."""
    rows = data_file(GDELT2).read_bytes().splitlines()
    first = rows[0].split(b"\t")
    late = list(rows[1].split(b"\t"))
    late[59] = b"20180101000000"  # DATEADDED before SQLDATE: dirty, the rule instead
    path = tmp_path / "export.CSV"
    path.write_bytes(rows[0] + b"\n" + b"\t".join(late) + b"\n")
    before_import = datetime.now(UTC)
    await asyncio.sleep(0.01)
    report = await import_rows(Context.unrestricted(db), read_file("gdelt2", path), dataset)
    assert report.resources["event"].created == 2
    assert [(w.field, w.external_id) for w in report.warnings] == [
        ("DATEADDED", f"gdelt2:{late[0].decode()}")
    ]
    assert "before SQLDATE" in report.warnings[0].detail
    added = datetime.strptime(first[59].decode(), "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    stored = await db.fetch(
        "SELECT id, external_id, reported_at, occurred_end FROM events WHERE dataset = $1 "
        "ORDER BY external_id",
        dataset,
    )
    by_id = {r["external_id"]: r for r in stored}
    event = by_id[f"gdelt2:{first[0].decode()}"]
    assert event["reported_at"] == added
    dirty = by_id[f"gdelt2:{late[0].decode()}"]
    assert dirty["reported_at"].date() > dirty["occurred_end"]  # the rule: the day after

    known = added.isoformat()
    listed = await _ids(client, "/v1/events", dataset, known_by=known)
    assert set(listed) == {event["id"], dirty["id"]}
    # The dirty row was known at the end of its day (SQLDATE 2018-10-24), the other at DATEADDED.
    rule = "2018-10-25T00:00:00Z"
    assert await _ids(client, "/v1/events", dataset, known_by=rule) == [dirty["id"]]
    assert await _ids(client, "/v1/events", dataset, known_by="2018-10-24T23:59:59Z") == []
    # as_of before the import: Watchfloor had nothing, whatever the world knew.
    assert (
        await _ids(client, "/v1/events", dataset, as_of=before_import.isoformat(), known_by=known)
        == []
    )
    now = datetime.now(UTC).isoformat()
    assert await _ids(client, "/v1/events", dataset, as_of=now, known_by=rule) == [dirty["id"]]
    hidden = await client.get(
        f"/v1/events/{event['id']}", params={"as_of": before_import.isoformat(), "known_by": known}
    )
    assert hidden.status_code == 404
    shown = await client.get(f"/v1/events/{event['id']}", params={"as_of": now, "known_by": known})
    assert shown.json()["reported_at"] == known.replace("+00:00", "Z")
    # Importing the same file again changes nothing: the rule and DATEADDED are stable.
    again = await import_rows(Context.unrestricted(db), read_file("gdelt2", path), dataset)
    assert again.unchanged == report.created + report.updated + report.unchanged


async def test_a_patch_of_reported_at_is_a_new_version(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    event = await world.event(client, dataset, src, occurred={"start": "2017-07-04"})
    assert event["reported_at"] == "2017-07-05T00:00:00Z"
    # A reported_at the rule gave follows the event's dates.
    moved = await client.patch(
        f"/v1/events/{event['id']}", json={"occurred": {"start": "2017-07-10"}}
    )
    assert moved.status_code == 200, moved.text
    assert (moved.json()["version"], moved.json()["reported_at"]) == (2, "2017-07-11T00:00:00Z")
    stated = await client.patch(
        f"/v1/events/{event['id']}",
        json={"reported_at": "2017-07-10T03:00:00Z"},
        headers={"If-Match": '"2"'},
    )
    assert stated.status_code == 200, stated.text
    assert (stated.json()["version"], stated.json()["reported_at"]) == (3, "2017-07-10T03:00:00Z")
    same = await client.patch(
        f"/v1/events/{event['id']}", json={"reported_at": "2017-07-10T03:00:00+00:00"}
    )
    assert same.json()["version"] == 3
    # A stated one stays when the dates change (and is checked against them).
    kept = await client.patch(
        f"/v1/events/{event['id']}", json={"occurred": {"start": "2017-07-09"}}
    )
    assert (kept.json()["version"], kept.json()["reported_at"]) == (4, "2017-07-10T03:00:00Z")
    ruled = await client.patch(f"/v1/events/{event['id']}", json={"reported_at": None})
    assert (ruled.json()["version"], ruled.json()["reported_at"]) == (5, "2017-07-10T00:00:00Z")
    history = await client.get(f"/v1/events/{event['id']}/history")
    assert [v["event"]["reported_at"] for v in history.json()["data"]] == [
        "2017-07-05T00:00:00Z",
        "2017-07-11T00:00:00Z",
        "2017-07-10T03:00:00Z",
        "2017-07-10T03:00:00Z",
        "2017-07-10T00:00:00Z",
    ]
    known = await client.get(
        f"/v1/events/{event['id']}/history", params={"known_by": "2017-07-10T12:00:00Z"}
    )
    assert [v["version"] for v in known.json()["data"]] == [1, 3, 4, 5]
    said = await _statement(client, dataset, said_at="2017-08-08T06:30:00+09:00")
    cleared = await client.patch(f"/v1/statements/{said['id']}", json={"said_at": None})
    assert (cleared.json()["version"], cleared.json()["reported_at"]) == (2, "2017-08-09T00:00:00Z")
