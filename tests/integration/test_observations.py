"""Observations, vintages and warning thresholds through HTTP against real PostgreSQL."""

import asyncio
from datetime import UTC, datetime
from typing import Any

import asyncpg
import msgspec
import pytest
from watchfloor.context import Context
from watchfloor.errors import Unprocessable
from watchfloor.registry import RESOURCES

from tests.integration import factories
from tests.integration.factories import Client


class Series:
    """An indicator and a source to cite, in the test's own dataset."""

    def __init__(self, dataset: str, indicator: str, source: str) -> None:
        self.dataset = dataset
        self.indicator = indicator
        self.source = source
        self.url = f"/v1/indicators/{indicator}/observations"


THRESHOLDS = [
    {"level": "watch", "direction": "above", "value": 100},
    {"level": "alert", "direction": "above", "value": 200, "note": "sanctions-busting scale"},
    {"level": "warning", "direction": "below", "value": 10},
]


@pytest.fixture
async def series(client: Client, dataset: str) -> Series:
    response = await client.post(
        "/v1/indicators",
        json={
            "name": "China–DPRK trade",
            "unit": "USD m",
            "frequency": "annual",
            "thresholds": THRESHOLDS,
            "dataset": dataset,
        },
    )
    assert response.status_code == 201, response.text
    return Series(dataset, response.json()["id"], await factories.source(client, dataset, "B"))


async def _add(client: Client, series: Series, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
        "period_label": "2023",
        "vintage": "2024-01-20",
        "value": 2295.0,
        "citations": [{"source_id": series.source, "credibility": 2}],
        "dataset": series.dataset,
    }
    body.update(fields)
    response = await client.post(series.url, json=body)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    assert response.headers["location"] == f"/v1/observations/{created['id']}"
    return created


async def _figures(client: Client, series: Series, **params: Any) -> list[tuple[str, float]]:
    response = await client.get(series.url, params=params)
    assert response.status_code == 200, response.text
    return [(o["vintage"], o["value"]) for o in response.json()["data"]]


async def test_a_revision_keeps_both_vintages(client: Client, series: Series) -> None:
    first = await _add(client, series, value=2295.0, vintage="2024-01-20")
    revised = await _add(client, series, value=2180.4, vintage="2024-06-18")
    assert first["grade"] == "B2"
    assert first["indicator_id"] == series.indicator
    assert await _figures(client, series) == [("2024-06-18", 2180.4)]
    assert await _figures(client, series, vintage="latest") == [("2024-06-18", 2180.4)]
    assert await _figures(client, series, vintage="all") == [
        ("2024-01-20", 2295.0),
        ("2024-06-18", 2180.4),
    ]
    # As a reader could know it: before the revision, the first figure; before both, nothing.
    assert await _figures(client, series, vintage="2024-03-01") == [("2024-01-20", 2295.0)]
    assert await _figures(client, series, vintage="2024-06-18") == [("2024-06-18", 2180.4)]
    assert await _figures(client, series, vintage="2023-12-31") == []
    # Both stay readable by id.
    for obs in (first, revised):
        assert (await client.get(f"/v1/observations/{obs['id']}")).json() == obs


async def test_same_period_and_vintage_twice_is_409(client: Client, series: Series) -> None:
    first = await _add(client, series)
    again = await client.post(
        series.url,
        json={
            "period_start": "2023-01-01",
            "period_end": "2023-12-31",
            "vintage": "2024-01-20",
            "value": 1.0,
            "citations": [{"source_id": series.source, "credibility": 2}],
            "dataset": series.dataset,
        },
    )
    assert again.status_code == 409
    assert first["id"] in again.json()["detail"]
    # A deleted figure frees its place.
    assert (await client.delete(f"/v1/observations/{first['id']}")).status_code == 200
    await _add(client, series, value=1.0)


@pytest.mark.parametrize(
    ("fields", "pointers"),
    [
        ({"value": 5.0, "low": 6.0, "high": 9.0}, ["/value"]),
        ({"value": 10.0, "low": 6.0, "high": 9.0}, ["/value"]),
        ({"value": None, "low": 9.0, "high": 6.0}, ["/low"]),
        ({"value": None}, ["/value"]),
        ({"period_start": "2024-01-01", "period_end": "2023-01-01"}, ["/period_end"]),
        ({"dataset": "live"}, ["/dataset"]),
    ],
)
async def test_bad_figures_are_422(
    client: Client, series: Series, fields: dict[str, Any], pointers: list[str]
) -> None:
    body: dict[str, Any] = {
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
        "vintage": "2024-01-20",
        "value": 7.0,
        "citations": [{"source_id": series.source, "credibility": 2}],
        "dataset": series.dataset,
    }
    body.update(fields)
    response = await client.post(series.url, json=body)
    assert response.status_code == 422, response.text
    assert [e["pointer"] for e in response.json()["errors"]] == pointers


async def test_a_range_without_a_best_estimate(client: Client, series: Series) -> None:
    made = await _add(client, series, value=None, low=1500.0, high=2500.0)
    assert (made["value"], made["low"], made["high"]) == (None, 1500.0, 2500.0)


async def test_unknown_indicator_is_404(client: Client, series: Series) -> None:
    url = "/v1/indicators/ind_" + "0" * 32 + "/observations"
    response = await client.post(
        url,
        json={
            "period_start": "2023-01-01",
            "period_end": "2023-12-31",
            "vintage": "2024-01-20",
            "value": 1.0,
            "citations": [{"source_id": series.source, "credibility": 2}],
        },
    )
    assert response.status_code == 404
    assert (await client.get(url)).status_code == 404


async def test_as_of_before_a_correction_returns_the_old_figure(
    client: Client, series: Series
) -> None:
    obs = await _add(client, series, value=2295.0)
    before = datetime.now(UTC)
    await asyncio.sleep(0.01)
    corrected = await client.patch(
        f"/v1/observations/{obs['id']}",
        json={"value": 2259.0, "note": "Transposed digits at entry"},
        headers={"If-Match": '"1"'},
    )
    assert corrected.status_code == 200, corrected.text
    assert (corrected.json()["value"], corrected.json()["version"]) == (2259.0, 2)
    then = before.isoformat()
    old = await client.get(f"/v1/observations/{obs['id']}", params={"as_of": then})
    assert (old.json()["value"], old.json()["version"]) == (2295.0, 1)
    assert await _figures(client, series, as_of=then) == [("2024-01-20", 2295.0)]
    assert await _figures(client, series) == [("2024-01-20", 2259.0)]
    history = await client.get(f"/v1/observations/{obs['id']}/history")
    assert [v["observation"]["value"] for v in history.json()["data"]] == [2295.0, 2259.0]
    # A correction must keep the bounds too.
    bad = await client.patch(f"/v1/observations/{obs['id']}", json={"high": 100.0})
    assert bad.status_code == 422


async def test_as_of_before_a_revision_hides_it(client: Client, series: Series) -> None:
    await _add(client, series, value=2295.0, vintage="2024-01-20")
    before = datetime.now(UTC)
    await asyncio.sleep(0.01)
    await _add(client, series, value=2180.4, vintage="2024-06-18")
    # Recorded here at `before`, the newest vintage was the first one.
    assert await _figures(client, series, as_of=before.isoformat()) == [("2024-01-20", 2295.0)]
    assert await _figures(client, series) == [("2024-06-18", 2180.4)]
    # Publication time and transaction time combine.
    late = {"vintage": "2024-07-01"}
    assert await _figures(client, series, **late) == [("2024-06-18", 2180.4)]
    assert await _figures(client, series, as_of=before.isoformat(), **late) == [
        ("2024-01-20", 2295.0)
    ]


async def test_period_window_overlaps_and_pages(client: Client, series: Series) -> None:
    for year in range(2015, 2024):
        await _add(
            client,
            series,
            period_start=f"{year}-01-01",
            period_end=f"{year}-12-31",
            vintage=f"{year + 1}-02-01",
            value=float(year),
        )
        await _add(
            client,
            series,
            period_start=f"{year}-01-01",
            period_end=f"{year}-12-31",
            vintage=f"{year + 2}-02-01",
            value=year + 0.5,
        )
    window = await _figures(client, series, period_from="2018-07-01", period_to="2020-03-01")
    assert [v for _, v in window] == [2018.5, 2019.5, 2020.5]
    seen: list[tuple[str, str]] = []
    params: dict[str, Any] = {"vintage": "all", "limit": 4}
    for _ in range(10):  # bounded: a cursor that fails to advance must not loop forever
        response = await client.get(series.url, params=params)
        assert response.status_code == 200, response.text
        page = response.json()
        seen.extend((o["period_start"], o["vintage"]) for o in page["data"])
        if page["next_cursor"] is None:
            break
        params["cursor"] = page["next_cursor"]
    else:
        pytest.fail("the pages never ended")
    assert len(seen) == 18
    assert seen == sorted(seen)
    bad = await client.get(series.url, params={"vintage": "2023-02-30"})
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["parameter"] == "vintage"
    assert (await client.get(series.url, params={"vintage": "newest"})).status_code == 400
    assert (await client.get(series.url, params={"period_to": "2023-13-01"})).status_code == 400


async def _warnings(client: Client, series: Series, **params: Any) -> list[dict[str, Any]]:
    response = await client.get(f"/v1/indicators/{series.indicator}/warnings", params=params)
    assert response.status_code == 200, response.text
    data: list[dict[str, Any]] = response.json()["data"]
    return data


async def test_warnings_list_each_crossing_with_its_level(client: Client, series: Series) -> None:
    def year(y: int, **fields: Any) -> dict[str, Any]:
        return {
            "period_start": f"{y}-01-01",
            "period_end": f"{y}-12-31",
            "vintage": f"{y + 1}-01-20",
            **fields,
        }

    await _add(client, series, **year(2019, value=50.0))  # between thresholds: no warning
    await _add(client, series, **year(2020, value=100.0))  # at 100: watch
    await _add(client, series, **year(2021, value=250.0))  # above 200: watch and alert
    await _add(client, series, **year(2022, value=3.0))  # below 10: warning
    await _add(client, series, **year(2023, value=None, low=150.0, high=210.0))  # range reaches 200
    warnings = await _warnings(client, series)
    years = [w["observation"]["period_start"][:4] for w in warnings]
    assert years == ["2020", "2021", "2022", "2023"]
    assert [w["level"] for w in warnings] == ["watch", "alert", "warning", "alert"]
    assert [[t["value"] for t in w["crossed"]] for w in warnings] == [
        [100.0],
        [100.0, 200.0],
        [10.0],
        [100.0, 200.0],
    ]
    assert warnings[1]["crossed"][1]["note"] == "sanctions-busting scale"
    alerts = await _warnings(client, series, min_level="alert")
    assert [w["observation"]["period_start"] for w in alerts] == ["2021-01-01", "2023-01-01"]
    assert [[t["level"] for t in w["crossed"]] for w in alerts] == [["alert"], ["alert"]]
    assert len(await _warnings(client, series, min_level="warning")) == 3
    windowed = await _warnings(client, series, period_from="2022-01-01")
    assert [w["observation"]["period_start"] for w in windowed] == ["2022-01-01", "2023-01-01"]


async def test_warnings_follow_vintages_and_thresholds_as_of(
    client: Client, series: Series
) -> None:
    await _add(client, series, value=120.0, vintage="2024-01-20")
    await _add(client, series, value=90.0, vintage="2024-06-18")
    # The revision took 2023 back under the watch line; the first estimate had crossed it.
    assert await _warnings(client, series) == []
    crossed = await _warnings(client, series, vintage="all")
    assert [w["observation"]["value"] for w in crossed] == [120.0]
    assert len(await _warnings(client, series, vintage="2024-02-01")) == 1
    before = datetime.now(UTC)
    await asyncio.sleep(0.01)
    lowered = await client.patch(
        f"/v1/indicators/{series.indicator}",
        json={"thresholds": [{"level": "warning", "direction": "above", "value": 80}]},
    )
    assert lowered.status_code == 200
    assert [w["level"] for w in await _warnings(client, series)] == ["warning"]
    assert await _warnings(client, series, as_of=before.isoformat()) == []


async def test_registry_creates_an_observation_from_one_flat_dict(
    client: Client, series: Series, db: asyncpg.Connection
) -> None:
    resource = RESOURCES["observation"]
    line = {
        "indicator_id": series.indicator,
        "period_start": "2022-01-01",
        "period_end": "2022-12-31",
        "vintage": "2023-01-18",
        "value": 1028.0,
        "citations": [{"source_id": series.source, "credibility": 2}],
        "dataset": series.dataset,
        "external_id": "customs:cn-kp:2022",
    }
    body = msgspec.convert(line, resource.create_type)
    async with db.transaction():
        row = await resource.create(Context.unrestricted(db), body)
    rendered = msgspec.to_builtins(resource.render(row))
    assert (rendered["indicator_id"], rendered["value"]) == (series.indicator, 1028.0)
    assert await _figures(client, series) == [("2023-01-18", 1028.0)]
    orphan = msgspec.convert({**line, "indicator_id": "ind_" + "0" * 32}, resource.create_type)
    with pytest.raises(Unprocessable) as refused:
        await resource.create(Context.unrestricted(db), orphan)
    assert refused.value.errors[0].pointer == "/indicator_id"
