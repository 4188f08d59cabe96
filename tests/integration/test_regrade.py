"""A source's regrade shows on the next version of each fact that cites it (``citations.py``).

For every resource that carries citations (events, statements, observations), through HTTP:
a fact cites a source of reliability C with credibility 2 (grade C2); the source is regraded
to A; a PATCH of another field writes a version graded A2, while the earlier version keeps C2
in history and under ``as_of``. A PATCH that changes nothing writes no version and regrades
nothing.
"""

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from tests.integration import factories, world
from tests.integration.world import Client, Json

Create = Callable[[Client, str, str], Awaitable[Json]]
"""(client, dataset, source id) → the created fact, citing the source with credibility 2."""


async def _event(client: Client, dataset: str, source_id: str) -> Json:
    return await world.event(client, dataset, source_id, summary="First account")


async def _statement(client: Client, dataset: str, source_id: str) -> Json:
    speaker = await factories.actor(client, dataset, "DPRK")
    body = {
        "speaker_id": speaker,
        "text": "Our nuclear force will grow.",
        "said_on": "2024-05-28",
        "translation": "First translation",
        "citations": [{"source_id": source_id, "credibility": 2}],
        "dataset": dataset,
    }
    return await world.post(client, "/v1/statements", body)


async def _observation(client: Client, dataset: str, source_id: str) -> Json:
    indicator = await world.post(
        client,
        "/v1/indicators",
        {"name": "China–DPRK trade", "unit": "USD m", "frequency": "annual", "dataset": dataset},
    )
    body = {
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
        "vintage": "2024-01-20",
        "value": 2295.0,
        "note": "First entry",
        "citations": [{"source_id": source_id, "credibility": 2}],
        "dataset": dataset,
    }
    return await world.post(client, f"/v1/indicators/{indicator['id']}/observations", body)


@dataclass(frozen=True)
class Cited:
    """A resource whose records cite sources, and a field a PATCH can change instead."""

    path: str
    key: str
    """The record's key in a version of its history."""
    create: Create
    field: str
    changed: str


EVENTS = Cited("/v1/events", "event", _event, "summary", "Second account")
STATEMENTS = Cited("/v1/statements", "statement", _statement, "translation", "Second translation")
OBSERVATIONS = Cited("/v1/observations", "observation", _observation, "note", "Second entry")


async def _cited_then_regraded(client: Client, dataset: str, cited: Cited) -> Json:
    """A fact graded C2 whose source has since been regraded to A."""
    source_id = await factories.source(client, dataset, "C")
    fact = await cited.create(client, dataset, source_id)
    assert _grades(fact) == ("C2", [("C", "C2")])
    regraded = await client.patch(f"/v1/sources/{source_id}", json={"reliability": "A"})
    assert regraded.status_code == 200, regraded.text
    assert regraded.json()["reliability"] == "A"
    return fact


def _grades(fact: Json) -> tuple[str, list[tuple[str, str]]]:
    """The fact's grade and each citation's (reliability, grade)."""
    return fact["grade"], [(c["reliability"], c["grade"]) for c in fact["citations"]]


async def _read(client: Client, cited: Cited, fact_id: str, **params: str) -> Json:
    response = await client.get(f"{cited.path}/{fact_id}", params=params)
    assert response.status_code == 200, response.text
    read: Json = response.json()
    return read


async def _history(client: Client, cited: Cited, fact_id: str) -> list[Json]:
    response = await client.get(f"{cited.path}/{fact_id}/history")
    assert response.status_code == 200, response.text
    return [v[cited.key] for v in response.json()["data"]]


@pytest.mark.parametrize(
    "cited",
    [
        pytest.param(EVENTS, id="events"),
        pytest.param(STATEMENTS, id="statements"),
        pytest.param(OBSERVATIONS, id="observations"),
    ],
)
async def test_a_change_regrades_the_citations(client: Client, dataset: str, cited: Cited) -> None:
    fact = await _cited_then_regraded(client, dataset, cited)
    before = datetime.now(UTC)
    await asyncio.sleep(0.01)
    patched = await client.patch(f"{cited.path}/{fact['id']}", json={cited.field: cited.changed})
    assert patched.status_code == 200, patched.text
    new = patched.json()
    assert (new["version"], new[cited.field]) == (2, cited.changed)
    assert _grades(new) == ("A2", [("A", "A2")])
    assert _grades(await _read(client, cited, fact["id"])) == ("A2", [("A", "A2")])
    # The earlier version keeps the grade it was recorded with.
    old = await _read(client, cited, fact["id"], as_of=before.isoformat())
    assert (old["version"], *_grades(old)) == (1, "C2", [("C", "C2")])
    history = await _history(client, cited, fact["id"])
    assert [(v["version"], v["grade"]) for v in history] == [(1, "C2"), (2, "A2")]


@pytest.mark.parametrize(
    "cited",
    [
        pytest.param(EVENTS, id="events"),
        pytest.param(STATEMENTS, id="statements"),
        pytest.param(OBSERVATIONS, id="observations"),
    ],
)
async def test_a_patch_that_changes_nothing_does_not_regrade(
    client: Client, dataset: str, cited: Cited
) -> None:
    fact = await _cited_then_regraded(client, dataset, cited)
    url = f"{cited.path}/{fact['id']}"
    for body in ({cited.field: fact[cited.field]}, {}):
        same = await client.patch(url, json=body)
        assert same.status_code == 200, same.text
        assert same.headers["etag"] == '"1"'
        assert same.json() == fact
    assert await _read(client, cited, fact["id"]) == fact
    assert [v["version"] for v in await _history(client, cited, fact["id"])] == [1]
