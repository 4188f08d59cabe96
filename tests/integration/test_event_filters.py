"""Every filter of ``GET /v1/events``, each with a case that would fail if it were ignored."""

from typing import Any

from tests.integration import world
from tests.integration.world import Client


async def test_dyad_both_directions_and_directed(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    prk, kor, usa = [await world.actor(client, dataset, n) for n in ("DPRK", "ROK", "USA")]

    async def between(title: str, a: str, b: str) -> None:
        await world.event(
            client,
            dataset,
            src,
            title=title,
            actors=[{"actor_id": a}],
            recipients=[{"actor_id": b}],
        )

    await between("balloons south", prk, kor)
    await between("loudspeakers north", kor, prk)
    await between("drills with USA", kor, usa)
    assert await world.titles(client, dataset, dyad=f"{prk},{kor}") == [
        "loudspeakers north",
        "balloons south",
    ]
    assert await world.titles(client, dataset, dyad=f"{prk},{kor}", directed="true") == [
        "balloons south"
    ]
    assert await world.titles(client, dataset, dyad=f"{kor},{prk}", directed="true") == [
        "loudspeakers north"
    ]
    assert await world.titles(client, dataset, actor=prk) == [
        "loudspeakers north",
        "balloons south",
    ]
    assert await world.titles(client, dataset, actor=usa) == ["drills with USA"]


async def test_dyad_pairs_each_actor_with_each_recipient(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    prk, kor, usa, jpn = [
        await world.actor(client, dataset, n) for n in ("DPRK", "ROK", "USA", "Japan")
    ]
    await world.event(
        client,
        dataset,
        src,
        title="joint drill",
        actors=[{"actor_id": kor}, {"actor_id": usa}],
        recipients=[{"actor_id": prk}],
    )
    assert await world.titles(client, dataset, dyad=f"{usa},{prk}", directed="true") == [
        "joint drill"
    ]
    assert await world.titles(client, dataset, dyad=f"{prk},{kor}") == ["joint drill"]
    assert await world.titles(client, dataset, dyad=f"{prk},{usa}", directed="true") == []
    # Two actors on the same side are no dyad, and an actor not in the event is in none.
    assert await world.titles(client, dataset, dyad=f"{kor},{usa}") == []
    assert await world.titles(client, dataset, dyad=f"{usa},{jpn}") == []


async def test_weapon_by_any_alias(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    kn23 = await world.weapon(client, dataset, "Hwasong-11A", "KN-23")
    kn25 = await world.weapon(client, dataset, "Hwasong-11D", "KN-25")
    await world.event(client, dataset, src, title="KN-23 launch", weapon_ids=[kn23])
    await world.event(client, dataset, src, title="KN-25 salvo", weapon_ids=[kn25])
    assert await world.titles(client, dataset, weapon="KN-23") == ["KN-23 launch"]
    assert await world.titles(client, dataset, weapon="hwasong-11a") == ["KN-23 launch"]
    assert await world.titles(client, dataset, weapon=kn25) == ["KN-25 salvo"]
    assert await world.titles(client, dataset, weapon="Hwasong-17") == []


async def test_time_window_overlaps_the_interval(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    await world.event(
        client,
        dataset,
        src,
        title="Sep 1984",
        occurred={"start": "1984-09-01", "precision": "month"},
    )
    await world.event(client, dataset, src, title="2017-07-04", occurred={"start": "2017-07-04"})
    await world.event(
        client, dataset, src, title="1998", occurred={"start": "1998-01-01", "precision": "year"}
    )
    window = {"occurred_from": "1984-09-15", "occurred_to": "1984-09-15"}
    assert await world.titles(client, dataset, **window) == ["Sep 1984"]
    assert await world.titles(client, dataset, occurred_from="1998-12-31") == ["1998", "2017-07-04"]
    assert await world.titles(client, dataset, occurred_to="1984-09-30") == ["Sep 1984"]
    assert (
        await world.titles(client, dataset, occurred_from="1984-10-01", occurred_to="1997-12-31")
        == []
    )
    assert await world.titles(client, dataset, sort="occurred") == [
        "2017-07-04",
        "1998",
        "Sep 1984",
    ]
    backwards = await client.get(
        "/v1/events", params={"occurred_from": "2020-01-02", "occurred_to": "2020-01-01"}
    )
    assert backwards.status_code == 422
    assert backwards.json()["errors"][0]["parameter"] == "occurred_to"
    not_a_date = await client.get("/v1/events", params={"occurred_from": "2020-02-30"})
    assert not_a_date.status_code == 400


async def test_category_cameo_root_and_quad_class(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    await world.event(client, dataset, src, title="fight", category="ASSAULT", cameo_code="190")
    await world.event(client, dataset, src, title="threat", category="THREATEN", cameo_code="138")
    await world.event(client, dataset, src, title="uncoded", category="THREATEN")
    assert await world.titles(client, dataset, category="THREATEN") == ["uncoded", "threat"]
    assert await world.titles(client, dataset, cameo_root="13") == ["threat"]
    assert await world.titles(client, dataset, quad_class=4) == ["fight"]
    assert await world.titles(client, dataset, quad_class=3) == ["threat"]
    assert await world.titles(client, dataset, quad_class=1) == []


async def test_country_bbox_and_facility(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    sohae = await world.facility(client, dataset, "Sohae")
    await world.event(
        client,
        dataset,
        src,
        title="Sohae",
        place={"country": "PRK", "lat": 39.66, "lon": 124.7, "facility_id": sohae},
    )
    await world.event(
        client, dataset, src, title="Seoul", place={"country": "KOR", "lat": 37.57, "lon": 126.98}
    )
    await world.event(
        client,
        dataset,
        src,
        title="Aleutians",
        place={"country": "USA", "lat": 52.0, "lon": -176.0},
    )
    await world.event(client, dataset, src, title="nowhere")
    assert await world.titles(client, dataset, country="KOR") == ["Seoul"]
    assert await world.titles(client, dataset, bbox="124,38,131,43") == ["Sohae"]
    assert await world.titles(client, dataset, bbox="124,33,131,43") == ["Seoul", "Sohae"]
    assert await world.titles(client, dataset, bbox="170,50,-170,55") == ["Aleutians"]
    assert await world.titles(client, dataset, facility=sohae) == ["Sohae"]
    inverted = await client.get("/v1/events", params={"bbox": "124,43,131,38"})
    assert inverted.status_code == 422
    out_of_range = await client.get("/v1/events", params={"bbox": "124,38,131,95"})
    assert out_of_range.status_code == 400


async def test_bbox_edges_points_and_empty_boxes(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    place = {"country": "PRK", "lat": 39.0, "lon": 125.0}
    await world.event(client, dataset, src, title="on the line", place=place)
    await world.event(client, dataset, src, title="unplaced")
    # Edges belong to the box, on every side; a box may be a single point.
    assert await world.titles(client, dataset, bbox="125,39,126,40") == ["on the line"]
    assert await world.titles(client, dataset, bbox="124,38,125,39") == ["on the line"]
    assert await world.titles(client, dataset, bbox="125,39,125,39") == ["on the line"]
    assert await world.titles(client, dataset, bbox="125.0001,38,126,40") == []
    assert await world.titles(client, dataset, bbox="124,39.0001,126,40") == []
    # A box over nothing, on either side of the antimeridian.
    assert await world.titles(client, dataset, bbox="-10,-10,10,10") == []
    assert await world.titles(client, dataset, bbox="179,38,-179,40") == []
    assert await world.titles(client, dataset, bbox="126,38,124,40") == []
    assert await world.titles(client, dataset, bbox="124,38,-179,40") == ["on the line"]


async def test_status_grade_tag_and_dataset(client: Client, dataset: str) -> None:
    b_source = await world.source(client, dataset, reliability="B")
    c_source = await world.source(client, dataset, reliability="C")
    await world.event(client, dataset, b_source, title="B2 tagged", tags=["missile-test"])
    three = [{"source_id": b_source, "credibility": 3}, {"source_id": c_source, "credibility": 1}]
    await world.event(client, dataset, c_source, title="B3/C1", citations=three, status="confirmed")
    assert await world.titles(client, dataset, status="confirmed") == ["B3/C1"]
    assert await world.titles(client, dataset, min_grade="B2") == ["B2 tagged"]
    assert await world.titles(client, dataset, min_grade="C1") == ["B3/C1"]
    assert await world.titles(client, dataset, min_grade="C2") == ["B3/C1", "B2 tagged"]
    assert await world.titles(client, dataset, min_grade="A1") == []
    assert await world.titles(client, dataset, tag="missile-test") == ["B2 tagged"]
    assert await world.titles(client, dataset, tag="nuclear-test") == []
    assert "B2 tagged" not in await world.titles(client, "live")


async def test_external_ids_and_cited_source(client: Client, dataset: str) -> None:
    kcna = await world.source(client, dataset)
    yonhap = await world.source(client, dataset)
    both = [{"source_id": kcna, "credibility": 2}, {"source_id": yonhap, "credibility": 3}]
    await world.event(client, dataset, kcna, title="KCNA only", external_id="x:1")
    await world.event(client, dataset, yonhap, title="Yonhap only", external_id="x:2")
    await world.event(client, dataset, kcna, title="both", citations=both, external_id="x:3")
    assert await world.titles(client, dataset, source=kcna) == ["both", "KCNA only"]
    assert await world.titles(client, dataset, source=yonhap) == ["both", "Yonhap only"]
    assert await world.titles(client, dataset, external_id=["x:1", "x:2"]) == [
        "Yonhap only",
        "KCNA only",
    ]
    assert await world.titles(client, dataset, external_id="x:3", source=yonhap) == ["both"]
    assert await world.titles(client, dataset, external_id="x:9") == []


async def test_sort_occurred_pages_with_a_cursor(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    starts = ["2017-09-03", "2006-10-09", "2017-09-03", "2013-02-12", "2009-05-25"]
    for i, start in enumerate(starts):
        await world.event(client, dataset, src, title=f"test {i}", occurred={"start": start})
    seen: list[str] = []
    params: dict[str, Any] = {"dataset": dataset, "sort": "occurred", "limit": 2}
    while True:
        response = await client.get("/v1/events", params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        seen += [e["occurred"]["start"] + " " + e["title"] for e in body["data"]]
        if not body["has_more"]:
            break
        params["cursor"] = body["next_cursor"]
    assert seen == [
        "2017-09-03 test 2",
        "2017-09-03 test 0",
        "2013-02-12 test 3",
        "2009-05-25 test 4",
        "2006-10-09 test 1",
    ]
    newest = await client.get("/v1/events", params={"dataset": dataset, "limit": 2})
    other_sort = await client.get(
        "/v1/events",
        params={
            "dataset": dataset,
            "limit": 2,
            "cursor": newest.json()["next_cursor"],
            "sort": "occurred",
        },
    )
    assert other_sort.status_code == 400
