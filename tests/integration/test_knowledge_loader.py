"""The knowledge base loader and ``watchfloor seed`` against real PostgreSQL.

The import pipeline is built on another branch. Until it lands, these tests hand the loader
:func:`sources_and_actors`, a stand-in that writes source and actor rows through the real
services (the only resources registered so far) and reports every other row as rejected. That
shows the loader feeds every line of every file, in order, to the dataset it is given, and that
the first two files are accepted by the services as they stand.
"""

import os
from collections.abc import Iterable
from typing import Any

import asyncpg
import msgspec
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor import knowledge
from watchfloor.cli import main
from watchfloor.knowledge import knowledge_files, load_knowledge_base
from watchfloor.registry import RESOURCES

Client = AsyncTestClient[Litestar]

_created: dict[tuple[str, str], str] = {}
"""(dataset, external_id) → id, so references resolve across the files of one load."""


def _resolve(value: Any, dataset: str) -> Any:
    if isinstance(value, dict):
        return {key: _resolve(item, dataset) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolve(item, dataset) for item in value]
    if isinstance(value, str) and value.startswith("@"):
        return _created[(dataset, value[1:])]
    return value


async def sources_and_actors(
    conn: asyncpg.Connection, lines: Iterable[str], dataset: str
) -> dict[str, Any]:
    """A minimal import pipeline: creates sources and actors, rejects everything else."""
    report: dict[str, Any] = {"read": 0, "created": 0, "rejected": 0, "errors": []}
    for number, text in enumerate(lines, 1):
        report["read"] += 1
        row = msgspec.json.decode(text)
        resource = row.pop("resource")
        if resource not in ("source", "actor"):
            report["rejected"] += 1
            report["errors"].append({"line": number, "reason": f"{resource}: not in this stand-in"})
            continue
        body = msgspec.convert(
            _resolve(row, dataset) | {"dataset": dataset}, RESOURCES[resource].create_type
        )
        created = await RESOURCES[resource].create(conn, body)
        _created[(dataset, row["external_id"])] = created["id"]
        report["created"] += 1
    return report


def _line_count(name: str) -> int:
    file = next(f for f in knowledge_files() if f.name == name)
    return len(file.read_text(encoding="utf-8").splitlines())


async def test_loader_feeds_every_file_in_order_to_the_dataset(
    db: asyncpg.Connection, client: Client, dataset: str
) -> None:
    reports = await load_knowledge_base(db, sources_and_actors, dataset)

    assert [name for name, _ in reports] == [f.name for f in knowledge_files()]
    assert [name for name, _ in reports][:2] == ["01-sources.ndjson", "02-actors.ndjson"]
    for name, report in reports:
        assert report["read"] == _line_count(name), name
    by_name = dict(reports)
    assert by_name["01-sources.ndjson"]["created"] == _line_count("01-sources.ndjson")
    assert by_name["02-actors.ndjson"]["created"] == _line_count("02-actors.ndjson")
    assert by_name["02-actors.ndjson"]["rejected"] == 0

    sources = await db.fetch("SELECT reliability FROM sources WHERE dataset = $1", dataset)
    assert len(sources) == _line_count("01-sources.ndjson")
    assert all(s["reliability"] in "ABCDEF" for s in sources)

    kim = await client.get("/v1/actors", params={"dataset": dataset, "name": "김정은"})
    assert [a["name"] for a in kim.json()["data"]] == ["Kim Jong Un"]
    brics = _created[(dataset, "seed:act:brics")]
    members = await client.get("/v1/actors", params={"dataset": dataset, "member_of": brics})
    assert {"Russian Federation", "People's Republic of China"} <= {
        a["name"] for a in members.json()["data"]
    }


@pytest.fixture
def pipeline_at(monkeypatch: pytest.MonkeyPatch) -> Any:
    def point(spec: str) -> None:
        monkeypatch.setattr(knowledge, "IMPORTER", spec)

    return point


def test_seed_command_loads_and_reports_each_file(
    pipeline_at: Any,
    database_url: str,
    dataset: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pipeline_at(f"{__name__}:sources_and_actors")
    monkeypatch.setenv("DATABASE_URL", database_url)

    code = main(["seed", "--dataset", dataset])

    printed = [line.split(": ", 1) for line in capsys.readouterr().out.splitlines()]
    assert [name for name, _ in printed] == [f.name for f in knowledge_files()]
    sources = msgspec.json.decode(printed[0][1])
    assert sources["created"] == sources["read"] == _line_count("01-sources.ndjson")
    assert code == 1, "rows the stand-in rejects make the command fail"


def test_seed_command_without_pipeline_says_so(
    pipeline_at: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline_at("watchfloor.no_such_pipeline:import_ndjson")
    # Found out before any database is touched: an embedded server could not start here.
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("WATCHFLOOR_DATA_DIR", os.devnull)

    assert main(["seed"]) == 2
    assert "no import pipeline at watchfloor.no_such_pipeline:import_ndjson" in (
        capsys.readouterr().err
    )
