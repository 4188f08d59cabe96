"""The knowledge base loader and ``watchfloor seed`` against real PostgreSQL.

The loader hands every file, in order, to the real import pipeline; these tests show every line
of every file is read and accepted into the dataset it is given, and that what it holds can be
asked back through the API.
"""

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
        assert report.read == _line_count(name), name
        assert report.created == report.read, (name, report.rejected_lines)
        assert report.rejected == 0, (name, report.rejected_lines)

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


def test_seed_command_loads_and_reports_each_file(
    database_url: str,
    dataset: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)

    code = main(["seed", "--dataset", dataset])

    printed = [line.split(": ", 1) for line in capsys.readouterr().out.splitlines()]
    assert [name for name, _ in printed] == [f.name for f in knowledge_files()]
    sources = msgspec.json.decode(printed[0][1])
    assert sources["created"] == sources["read"] == _line_count("01-sources.ndjson")
    assert code == 0, printed
    again = main(["seed", "--dataset", dataset])
    reports = [
        msgspec.json.decode(r)
        for _, r in (line.split(": ", 1) for line in capsys.readouterr().out.splitlines())
    ]
    assert again == 0 and all(r["created"] == 0 and r["updated"] == 0 for r in reports)
