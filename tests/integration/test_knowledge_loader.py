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
from watchfloor.knowledge import knowledge_files, load_knowledge_base

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
        assert report.created == report.read, (name, report.rejected_lines[:3])
        assert report.rejected == 0, (name, report.rejected_lines[:3])

    sources = await db.fetch("SELECT reliability FROM sources WHERE dataset = $1", dataset)
    assert len(sources) == _line_count("01-sources.ndjson")
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
