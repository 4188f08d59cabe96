"""The knowledge base loader and ``watchfloor seed`` against real PostgreSQL.

The loader hands every file, in order, to the real import pipeline
(:func:`watchfloor.imports.service.import_ndjson`), into the dataset it is given.
"""

import asyncio

import asyncpg
import msgspec
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.cli import main
from watchfloor.context import Context
from watchfloor.knowledge import (
    curated_files,
    dataset_files,
    knowledge_files,
    load_knowledge_base,
)

Client = AsyncTestClient[Litestar]


def _line_count(name: str) -> int:
    file = next(f for f in knowledge_files() if f.name == name)
    return len(file.read_text(encoding="utf-8").splitlines())


async def test_loader_feeds_every_file_in_order_to_the_dataset(
    db: asyncpg.Connection, client: Client, dataset: str
) -> None:
    reports = await load_knowledge_base(Context.unrestricted(db), dataset)

    assert [name for name, _ in reports] == [f.name for f in knowledge_files()]
    assert [name for name, _ in reports][:2] == ["01-sources.ndjson", "02-actors.ndjson"]
    for name, report in reports:
        assert report.dataset == dataset, name
        assert report.read == _line_count(name), name
        assert report.rejected == 0, (name, report.rejected_lines[:3])
    # Every line creates its record, bar the series' rows of states the curated files made
    # (`on_existing: keep`): North Korea, once per series.
    assert [r.unchanged for _, r in reports] == [0] * len(curated_files()) + [1, 1]
    assert all(r.created == r.read - r.unchanged for _, r in reports)

    sources = await db.fetch("SELECT reliability FROM sources WHERE dataset = $1", dataset)
    assert len(sources) == _line_count("01-sources.ndjson") + len(dataset_files())
    assert all(s["reliability"] in "ABCDEF" for s in sources)

    kim = await client.get("/v1/actors", params={"dataset": dataset, "name": "김정은"})
    assert [a["name"] for a in kim.json()["data"]] == ["Kim Jong Un"]
    brics = await db.fetchval(
        "SELECT id FROM actors WHERE dataset = $1 AND external_id = 'seed:act:brics'", dataset
    )
    members = await client.get("/v1/actors", params={"dataset": dataset, "member_of": brics})
    assert {"Russian Federation", "People's Republic of China"} <= {
        a["name"] for a in members.json()["data"]
    }


async def test_the_missile_and_nuclear_test_history_answers_at_once(
    db: asyncpg.Connection, client: Client, dataset: str
) -> None:
    """What `make run` loads into an empty database (the same loader) answers the questions a
    newcomer asks first."""
    await load_knowledge_base(Context.unrestricted(db), dataset)

    async def events(**params: str) -> list[dict[str, object]]:
        query = {"dataset": dataset, "limit": "100", "sort": "occurred", **params}
        response = await client.get("/v1/events", params=query)
        assert response.status_code == 200, response.text
        data: list[dict[str, object]] = response.json()["data"]
        return data

    # grep '"@ref:weapon:hwasong-15"' nagix-missile-tests.ndjson: three tests filed under it.
    hwasong_15 = await events(weapon="Hwasong-15")
    assert [e["external_id"] for e in hwasong_15] == [
        "missile-test:2023-02-18:1",
        "missile-test:2022-03-24:1",
        "missile-test:2017-11-28:1",
    ]
    assert await events(weapon="KN-22") == hwasong_15  # its US designation
    nuclear = await events(tag="nuclear-test")
    assert [e["occurred"]["start"] for e in nuclear] == [  # type: ignore[index]
        "2017-09-03", "2016-09-09", "2016-01-06", "2013-02-12", "2009-05-25", "2006-10-09",
    ]  # fmt: skip
    latest = (await events(tag="missile-test"))[0]
    assert latest["occurred"]["start"] == "2026-04-18"  # type: ignore[index]


async def _seed(dataset: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[list[str]]]:
    """``watchfloor seed`` runs its own event loop, so in a thread of its own."""
    code = await asyncio.to_thread(main, ["seed", "--dataset", dataset])
    return code, [line.split(": ", 1) for line in capsys.readouterr().out.splitlines()]


async def test_seed_command_loads_and_reports_each_file(
    db: asyncpg.Connection,
    database_url: str,
    dataset: str,
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)

    code, printed = await _seed(dataset, capsys)

    assert [name for name, _ in printed] == [f.name for f in knowledge_files()]
    sources = msgspec.json.decode(printed[0][1])
    assert sources["created"] == sources["read"] == _line_count("01-sources.ndjson")
    assert code == 0, printed

    # A deleted record is not brought back by a reload: its row is rejected, and so the command
    # fails (exit status 1) while still reporting every file.
    weapon = await db.fetchval(
        "SELECT id FROM weapons WHERE dataset = $1 AND external_id = 'seed:wpn:s-400'", dataset
    )
    deleted = await client.delete(f"/v1/weapons/{weapon}")
    assert deleted.status_code == 200, deleted.text

    code, printed = await _seed(dataset, capsys)

    assert [name for name, _ in printed] == [f.name for f in knowledge_files()]
    weapons = msgspec.json.decode(dict(printed)["03-weapons.ndjson"])
    assert weapons["rejected"] >= 1
    assert code == 1, "a rejected row makes the command fail"
