"""Timestamps at the edges of the calendar are refused at the edge, never a 500.

An instant outside years 1–9999 once converted to UTC (``0001-01-01T00:00:00+00:01``) cannot
exist in Python; the first and last microsecond are stored by the driver as ``-infinity`` and
``infinity``. Every query parameter and body field that takes a timestamp says so with a 400.
"""

import json
from pathlib import Path

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from tests.integration.problems import problem

Client = AsyncTestClient[Litestar]
SPEC = json.loads((Path(__file__).resolve().parents[2] / "openapi" / "openapi.json").read_text())

EDGES = ["0001-01-01T00:00:00+00:01", "9999-12-31T23:59:59-00:01"]


def _timestamp_parameters() -> list[tuple[str, str]]:
    """Every GET operation's date-time query parameter, with a path to ask it on."""
    found = []
    for path, item in SPEC["paths"].items():
        operation = item.get("get")
        if operation is None:
            continue
        for parameter in operation.get("parameters", []):
            schema = parameter.get("schema", {})
            formats = {schema.get("format")} | {
                s.get("format") for s in schema.get("oneOf", []) + schema.get("anyOf", [])
            }
            if parameter["in"] == "query" and "date-time" in formats:
                concrete = path
                for name in ("actor", "event", "source", "statement", "indicator", "facility"):
                    concrete = concrete.replace(f"{{{name}_id}}", f"{name[:3]}_{'0' * 32}")
                concrete = concrete.replace("{weapon_id}", "wpn_" + "0" * 32)
                concrete = concrete.replace("{observation_id}", "obs_" + "0" * 32)
                found.append((concrete, parameter["name"]))
    return found


@pytest.mark.parametrize(("path", "parameter"), _timestamp_parameters())
@pytest.mark.parametrize("value", EDGES)
async def test_a_timestamp_parameter_outside_the_calendar_is_400(
    client: Client, path: str, parameter: str, value: str
) -> None:
    params = {parameter: value}
    if path == "/v1/export":
        params["resource"] = "actor"
    found = problem(await client.get(path, params=params), 400)
    assert [e["parameter"] for e in found["errors"]] == [parameter]


@pytest.mark.parametrize(
    "published_at",
    [
        "0001-01-01T00:00:00+00:01",
        "0001-01-01T00:00:00Z",  # the driver would store -infinity
        "9999-12-31T23:59:59.999999Z",  # and infinity
        "9999-12-31T23:59:59-00:01",
    ],
)
async def test_a_body_timestamp_outside_the_calendar_is_400_with_a_pointer(
    client: Client, dataset: str, published_at: str
) -> None:
    body = {"title": "T", "publisher": "P", "reliability": "C", "dataset": dataset}
    found = problem(
        await client.post("/v1/sources", json={**body, "published_at": published_at}), 400
    )
    assert found["errors"][0]["pointer"] == "/published_at"


@pytest.mark.parametrize(
    "published_at", ["0001-01-01T00:00:00.000001Z", "9999-12-31T23:59:59.999998Z"]
)
async def test_the_first_and_last_instants_read_back_as_written(
    client: Client, dataset: str, published_at: str
) -> None:
    body = {"title": "T", "publisher": "P", "reliability": "C", "dataset": dataset}
    created = await client.post("/v1/sources", json={**body, "published_at": published_at})
    assert created.status_code == 201, created.text
    source_id = created.json()["id"]
    read = await client.get(f"/v1/sources/{source_id}")
    assert read.json()["published_at"] == published_at
    exported = await client.get("/v1/export", params={"resource": "source", "dataset": dataset})
    assert exported.status_code == 200
    assert [json.loads(line)["id"] for line in exported.text.splitlines()] == [source_id]
