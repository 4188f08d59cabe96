"""Streamed answers: an export read record by record as it arrives, cut short cleanly."""

import msgspec
import pytest
from watchfloor_sdk import APIConnectionError, AsyncClient, Client, NotFoundError
from watchfloor_sdk.types import Actor

from tests.sdk.proxy import Fault, FaultyProxy

SEPARATED = "Line\u2028separated\u2029name"


def _actors(sdk: Client, dataset: str, n: int) -> set[str]:
    names = {f"Unit {i}" for i in range(n)} | {SEPARATED}
    for name in names:
        sdk.actors.create(kind="organization", name=name, dataset=dataset)
    return names


def test_an_export_streams_as_decoded_records(sdk: Client, dataset: str) -> None:
    names = _actors(sdk, dataset, 30)
    with sdk.export.with_streaming_response.export_records(
        resource="actor", dataset=dataset
    ) as response:
        assert not response.http_response.is_stream_consumed  # nothing read before iterating
        assert response.headers["watchfloor-sync-cursor"]
        records = list(response.iter_records(Actor))
    assert {r.name for r in records} == names
    whole = sdk.export.export_records(resource="actor", dataset=dataset)
    assert [msgspec.json.decode(line, type=Actor) for line in whole.split(b"\n") if line] == records


async def test_the_async_stream_gives_the_same_lines(
    sdk: Client, async_sdk: AsyncClient, dataset: str
) -> None:
    _actors(sdk, dataset, 5)
    async with async_sdk.export.with_streaming_response.export_records(
        resource="actor", dataset=dataset
    ) as response:
        lines = [line async for line in response.iter_lines()]
    assert lines == sdk.export.export_records(resource="actor", dataset=dataset).splitlines()


def test_a_body_cut_short_is_a_connection_error(
    proxy: FaultyProxy, sdk: Client, dataset: str
) -> None:
    _actors(sdk, dataset, 20)
    proxy.fail(Fault.cut(300))
    with (
        Client(base_url=proxy.url) as client,
        client.export.with_streaming_response.export_records(
            resource="actor", dataset=dataset
        ) as response,
        pytest.raises(APIConnectionError),
    ):
        for _ in response.iter_records():
            pass


def test_an_error_is_raised_on_entering_the_stream(sdk: Client) -> None:
    with (
        pytest.raises(NotFoundError) as caught,
        sdk.actors.with_streaming_response.retrieve("act_00000000000000000000000000000000"),
    ):
        pass
    assert caught.value.problem.status == 404
