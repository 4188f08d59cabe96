"""``/v1/facilities`` and ``/v1/weapons`` through HTTP against real PostgreSQL."""

import asyncio
from datetime import UTC, datetime
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

Client = AsyncTestClient[Litestar]


async def _post(client: Client, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = await client.post(path, json=body)
    assert response.status_code == 201, response.text
    assert response.headers["location"] == f"{path}/{response.json()['id']}"
    created: dict[str, Any] = response.json()
    return created


async def test_facility_round_trip_and_filters(client: Client, dataset: str) -> None:
    sohae = await _post(
        client,
        "/v1/facilities",
        {
            "name": "Sohae Satellite Launching Station",
            "aliases": ["Tongchang-ri", "서해위성발사장"],
            "kind": "satellite_launch_site",
            "country": "PRK",
            "lat": 39.66,
            "lon": 124.705,
            "dataset": dataset,
        },
    )
    assert sohae["id"].startswith("fac_")
    await _post(
        client,
        "/v1/facilities",
        {"name": "Punggye-ri", "kind": "nuclear_test_site", "country": "PRK", "dataset": dataset},
    )
    await _post(
        client,
        "/v1/facilities",
        {
            "name": "Vostochny Cosmodrome",
            "kind": "satellite_launch_site",
            "country": "RUS",
            "dataset": dataset,
        },
    )
    got = await client.get(f"/v1/facilities/{sohae['id']}")
    assert got.status_code == 200
    assert got.json() == sohae

    async def names(**params: Any) -> list[str]:
        response = await client.get("/v1/facilities", params={"dataset": dataset, **params})
        assert response.status_code == 200, response.text
        return sorted(f["name"] for f in response.json()["data"])

    assert await names(name="TONGCHANG-RI") == ["Sohae Satellite Launching Station"]
    assert await names(name="서해위성발사장") == ["Sohae Satellite Launching Station"]
    assert await names(kind="nuclear_test_site") == ["Punggye-ri"]
    assert await names(country="PRK") == ["Punggye-ri", "Sohae Satellite Launching Station"]
    assert await names(kind="satellite_launch_site", country="RUS") == ["Vostochny Cosmodrome"]
    assert await names(name="Yongbyon") == []


async def test_weapon_alias_filter_and_class(client: Client, dataset: str) -> None:
    await _post(
        client,
        "/v1/weapons",
        {
            "name": "Hwasong-11A",
            "aliases": ["KN-23", "화성포-11가"],
            "weapon_class": "SRBM",
            "maneuver": "pullup",
            "country": "PRK",
            "dataset": dataset,
        },
    )
    await _post(
        client,
        "/v1/weapons",
        {"name": "Hwasong-15", "aliases": ["KN-22"], "weapon_class": "ICBM", "dataset": dataset},
    )

    async def names(**params: Any) -> list[str]:
        response = await client.get("/v1/weapons", params={"dataset": dataset, **params})
        assert response.status_code == 200, response.text
        return sorted(w["name"] for w in response.json()["data"])

    assert await names(name="kn-23") == ["Hwasong-11A"]
    assert await names(name="hwasong-15") == ["Hwasong-15"]
    assert await names(weapon_class="ICBM") == ["Hwasong-15"]
    assert await names(country="PRK") == ["Hwasong-11A"]
    assert await names() == ["Hwasong-11A", "Hwasong-15"]


async def test_weapon_versions_as_of_and_tombstone(client: Client, dataset: str) -> None:
    weapon = await _post(
        client, "/v1/weapons", {"name": "Pukguksong-3", "weapon_class": "SLBM", "dataset": dataset}
    )
    before = datetime.now(UTC)
    await asyncio.sleep(0.01)
    patched = await client.patch(
        f"/v1/weapons/{weapon['id']}", json={"aliases": ["KN-26"]}, headers={"If-Match": '"1"'}
    )
    assert patched.status_code == 200
    assert patched.json()["version"] == 2
    old = await client.get(f"/v1/weapons/{weapon['id']}", params={"as_of": before.isoformat()})
    assert old.json()["aliases"] == []
    listed = await client.get(
        "/v1/weapons", params={"dataset": dataset, "name": "KN-26", "as_of": before.isoformat()}
    )
    assert listed.json()["data"] == []
    stale = await client.patch(
        f"/v1/weapons/{weapon['id']}", json={"maneuver": "none"}, headers={"If-Match": '"1"'}
    )
    assert stale.status_code == 412
    deleted = await client.delete(f"/v1/weapons/{weapon['id']}")
    assert deleted.status_code == 200
    assert (await client.get(f"/v1/weapons/{weapon['id']}")).status_code == 404
    history = await client.get(f"/v1/weapons/{weapon['id']}/history")
    assert [(v["version"], v["deleted"]) for v in history.json()["data"]] == [
        (1, False),
        (2, False),
        (3, True),
    ]
    assert history.json()["data"][1]["weapon"]["aliases"] == ["KN-26"]


async def test_facility_patch_no_op_and_bad_kind(client: Client, dataset: str) -> None:
    facility = await _post(
        client,
        "/v1/facilities",
        {"name": "Yongbyon", "kind": "nuclear_facility", "dataset": dataset},
    )
    same = await client.patch(f"/v1/facilities/{facility['id']}", json={"name": "Yongbyon"})
    assert same.json()["version"] == 1
    bad = await client.patch(f"/v1/facilities/{facility['id']}", json={"kind": "volcano"})
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["pointer"] == "/kind"
    listed = await client.get("/v1/facilities", params={"kind": "volcano"})
    assert listed.status_code == 400
