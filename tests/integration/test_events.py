"""``/v1/events`` through HTTP against real PostgreSQL: versions, lifecycle, references."""

import asyncio
from datetime import UTC, datetime

import asyncpg

from tests.integration import world
from tests.integration.world import Client


async def test_launch_reported_revised_confirmed(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    prk = await world.actor(client, dataset, "DPRK")
    kn23 = await world.weapon(client, dataset, "Hwasong-11A", "KN-23")
    hs11 = await world.weapon(client, dataset, "Hwasong-11", "KN-02")
    reported = await world.event(
        client,
        dataset,
        src,
        title="Ballistic missile launch into the East Sea",
        actors=[{"actor_id": prk, "role": "launcher"}],
        occurred={"start": "2024-06-26", "time": "2024-06-26T05:30:00+09:00"},
        magnitudes=[{"kind": "apogee", "unit": "km", "best": 50}],
        weapon_ids=[hs11],
        tags=["missile-test"],
    )
    assert (reported["version"], reported["status"]) == (1, "reported")
    after_report = datetime.now(UTC)
    await asyncio.sleep(0.01)
    revised = await client.patch(
        f"/v1/events/{reported['id']}",
        json={
            "magnitudes": [{"kind": "apogee", "unit": "km", "low": 60, "best": 70, "high": 80}],
            "weapon_ids": [kn23],
            "status": "preliminary",
        },
        headers={"If-Match": '"1"'},
    )
    assert revised.status_code == 200, revised.text
    assert revised.headers["etag"] == '"2"'
    after_revision = datetime.now(UTC)
    await asyncio.sleep(0.01)
    confirmed = await client.patch(f"/v1/events/{reported['id']}", json={"status": "confirmed"})
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["version"] == 3

    async def at(instant: datetime) -> dict[str, object]:
        response = await client.get(
            f"/v1/events/{reported['id']}", params={"as_of": instant.isoformat()}
        )
        assert response.status_code == 200, response.text
        body: dict[str, object] = response.json()
        return body

    first = await at(after_report)
    assert (first["version"], first["status"], first["weapon_ids"]) == (1, "reported", [hs11])
    assert first["magnitudes"] == [
        {"kind": "apogee", "unit": "km", "best": 50.0, "low": None, "high": None}
    ]
    second = await at(after_revision)
    assert (second["version"], second["status"], second["weapon_ids"]) == (2, "preliminary", [kn23])
    now = await client.get(f"/v1/events/{reported['id']}")
    assert (now.json()["version"], now.json()["status"]) == (3, "confirmed")
    listed = await client.get(
        "/v1/events", params={"dataset": dataset, "as_of": after_report.isoformat()}
    )
    assert [e["version"] for e in listed.json()["data"]] == [1]
    history = await client.get(f"/v1/events/{reported['id']}/history")
    versions = history.json()["data"]
    assert [v["version"] for v in versions] == [1, 2, 3]
    assert [v["event"]["status"] for v in versions] == ["reported", "preliminary", "confirmed"]
    assert versions[0]["recorded_to"] == versions[1]["recorded_from"]
    assert versions[2]["recorded_to"] is None


async def test_retraction_keeps_the_record_and_its_reason(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    await world.event(client, dataset, src, title="Artillery drill")
    gone = await world.event(client, dataset, src, title="Reported submarine launch")
    no_reason = await client.patch(f"/v1/events/{gone['id']}", json={"status": "retracted"})
    assert no_reason.status_code == 422
    assert no_reason.json()["errors"][0]["pointer"] == "/status_reason"
    retracted = await client.patch(
        f"/v1/events/{gone['id']}",
        json={"status": "retracted", "status_reason": "JCS corrected: no launch took place"},
    )
    assert retracted.status_code == 200, retracted.text
    read = await client.get(f"/v1/events/{gone['id']}")
    assert read.status_code == 200
    assert (read.json()["status"], read.json()["status_reason"]) == (
        "retracted",
        "JCS corrected: no launch took place",
    )
    assert await world.titles(client, dataset) == ["Artillery drill"]
    assert await world.titles(client, dataset, include_retracted="true") == [
        "Reported submarine launch",
        "Artillery drill",
    ]
    assert await world.titles(client, dataset, status="retracted") == ["Reported submarine launch"]
    final = await client.patch(f"/v1/events/{gone['id']}", json={"status": "confirmed"})
    assert final.status_code == 422
    assert final.json()["errors"][0]["pointer"] == "/status"
    clear = await client.patch(f"/v1/events/{gone['id']}", json={"status_reason": None})
    assert clear.status_code == 422


async def test_new_status_drops_the_old_reason(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    evt = await world.event(client, dataset, src)
    disputed = await client.patch(
        f"/v1/events/{evt['id']}", json={"status": "disputed", "status_reason": "KCNA denies it"}
    )
    assert disputed.json()["status_reason"] == "KCNA denies it"
    confirmed = await client.patch(f"/v1/events/{evt['id']}", json={"status": "confirmed"})
    assert (confirmed.json()["status"], confirmed.json()["status_reason"]) == ("confirmed", None)


async def test_merge_names_an_existing_live_event(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    keep = await world.event(client, dataset, src, title="Launch (JCS)")
    dup = await world.event(client, dataset, src, title="Launch (NHK)")

    async def merge(target: str, **extra: str) -> tuple[int, list[str]]:
        response = await client.patch(
            f"/v1/events/{dup['id']}",
            json={
                "superseded_by": target,
                "status": "retracted",
                "status_reason": "duplicate",
                **extra,
            },
        )
        pointers = [e["pointer"] for e in response.json().get("errors", [])]
        return response.status_code, pointers

    assert await merge("evt_" + "0" * 32) == (422, ["/superseded_by"])
    assert await merge(dup["id"]) == (422, ["/superseded_by"])
    only_status = await client.patch(f"/v1/events/{dup['id']}", json={"superseded_by": keep["id"]})
    assert only_status.status_code == 422
    assert only_status.json()["errors"][0]["pointer"] == "/superseded_by"
    assert await merge(keep["id"]) == (200, [])
    merged = (await client.get(f"/v1/events/{dup['id']}")).json()
    assert (merged["status"], merged["superseded_by"]) == ("retracted", keep["id"])
    into_retracted = await client.patch(
        f"/v1/events/{keep['id']}",
        json={"superseded_by": dup["id"], "status": "retracted", "status_reason": "loop"},
    )
    assert into_retracted.status_code == 422


async def test_references_must_exist(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    prk = await world.actor(client, dataset, "DPRK")
    nobody, no_weapon = "act_" + "0" * 32, "wpn_" + "0" * 32
    response = await client.post(
        "/v1/events",
        json={
            "title": "Launch",
            "category": "MOBILIZE",
            "occurred": {"start": "2024-06-26", "end": "2024-06-25"},
            "citations": [
                {"source_id": src, "credibility": 2},
                {"source_id": "src_" + "0" * 32, "credibility": 3},
            ],
            "actors": [{"actor_id": prk}, {"actor_id": nobody}],
            "recipients": [{"actor_id": nobody}],
            "weapon_ids": [no_weapon],
            "place": {"facility_id": "fac_" + "0" * 32, "lat": 39.0},
            "cameo_code": "999",
            "magnitudes": [{"kind": "apogee", "unit": "km", "low": 90, "best": 70}],
            "dataset": dataset,
        },
    )
    assert response.status_code == 422, response.text
    assert sorted(e["pointer"] for e in response.json()["errors"]) == [
        "/actors/1/actor_id",
        "/cameo_code",
        "/citations/1/source_id",
        "/magnitudes/0/best",
        "/occurred/end",
        "/place/facility_id",
        "/place/lon",
        "/recipients/0/actor_id",
        "/weapon_ids/0",
    ]
    no_citation = await client.post(
        "/v1/events",
        json={
            "title": "x",
            "category": "AID",
            "occurred": {"start": "2024-01-01"},
            "citations": [],
        },
    )
    assert no_citation.status_code == 400
    patched = await world.event(client, dataset, src)
    bad_patch = await client.patch(
        f"/v1/events/{patched['id']}", json={"recipients": [{"actor_id": nobody}]}
    )
    assert bad_patch.status_code == 422
    assert bad_patch.json()["errors"][0]["pointer"] == "/recipients/0/actor_id"


async def test_occurred_end_defaults_to_the_precision_period(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)

    async def end(start: str, precision: str) -> str:
        evt = await world.event(
            client, dataset, src, occurred={"start": start, "precision": precision}
        )
        return str(evt["occurred"]["end"])

    assert await end("1984-09-01", "month") == "1984-09-30"
    assert await end("2024-02-01", "month") == "2024-02-29"
    assert await end("1998-01-01", "year") == "1998-12-31"
    assert await end("2017-07-04", "day") == "2017-07-04"


async def test_cameo_coding_from_the_official_lookups(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    src = await world.source(client, dataset)
    evt = await world.event(client, dataset, src, cameo_code="106")
    assert evt["cameo"] == {
        "code": "106",
        "description": "Demand withdrawal",
        "goldstein": -5.0,
        "quad_class": 3,
        "root": "10",
    }
    row = await db.fetchrow("SELECT description, goldstein FROM cameo_codes WHERE code = '1056'")
    assert row is not None
    assert (row["description"], row["goldstein"]) == (
        "Demand de-escalation of military engagement",
        -5.0,
    )
    assert await db.fetchval("SELECT count(*) FROM cameo_codes") == 311
    quads = await db.fetch("SELECT root, quad_class FROM cameo_codes WHERE length(code) = 2")
    assert {r["root"]: r["quad_class"] for r in quads} == {
        f"{i:02d}": 1 if i <= 5 else 2 if i <= 9 else 3 if i <= 14 else 4 for i in range(1, 21)
    }
    fight = await client.patch(f"/v1/events/{evt['id']}", json={"cameo_code": "190"})
    assert fight.json()["cameo"]["quad_class"] == 4
    assert fight.json()["cameo"]["goldstein"] == -10.0
    uncoded = await client.patch(f"/v1/events/{evt['id']}", json={"cameo_code": None})
    assert uncoded.json()["cameo"] is None
    unknown = await client.patch(f"/v1/events/{evt['id']}", json={"cameo_code": "0999"})
    assert unknown.status_code == 422


async def test_place_is_flattened_and_a_regrade_shows_on_the_next_version(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    src = await world.source(client, dataset, reliability="C")
    sohae = await world.facility(client, dataset, "Sohae")
    evt = await world.event(
        client,
        dataset,
        src,
        place={
            "name": "Tongchang-ri",
            "country": "PRK",
            "lat": 39.66,
            "lon": 124.7,
            "facility_id": sohae,
        },
    )
    assert evt["grade"] == "C2"
    row = await db.fetchrow(
        "SELECT country, lat, lon, facility_id FROM events WHERE id = $1", evt["id"]
    )
    assert row is not None
    assert tuple(row) == ("PRK", 39.66, 124.7, sohae)
    regrade = await client.patch(f"/v1/sources/{src}", json={"reliability": "B"})
    assert regrade.status_code == 200
    unchanged = await client.get(f"/v1/events/{evt['id']}")
    assert unchanged.json()["grade"] == "C2"
    moved = await client.patch(f"/v1/events/{evt['id']}", json={"place": None})
    assert (moved.json()["place"], moved.json()["grade"]) == (None, "B2")
    assert moved.json()["citations"][0]["reliability"] == "B"
    row = await db.fetchrow(
        "SELECT country, lat, lon, facility_id FROM events WHERE id = $1", evt["id"]
    )
    assert row is not None
    assert tuple(row) == (None, None, None, None)
    noop = await client.patch(f"/v1/events/{evt['id']}", json={"place": None})
    assert noop.json()["version"] == 2


async def test_delete_is_a_tombstone_and_etags_work(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    evt = await world.event(client, dataset, src)
    cached = await client.get(f"/v1/events/{evt['id']}", headers={"If-None-Match": '"1"'})
    assert cached.status_code == 304
    stale = await client.delete(f"/v1/events/{evt['id']}", headers={"If-Match": '"7"'})
    assert stale.status_code == 412
    assert (await client.delete(f"/v1/events/{evt['id']}")).status_code == 200
    assert (await client.get(f"/v1/events/{evt['id']}")).status_code == 404
    assert await world.titles(client, dataset, include_retracted="true") == []
    history = await client.get(f"/v1/events/{evt['id']}/history")
    assert [v["deleted"] for v in history.json()["data"]] == [False, True]
