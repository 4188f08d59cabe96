"""``client.import_file`` and ``client.export_file``: files in and out, streamed, with progress."""

import json
from pathlib import Path

import httpx
import pytest
from watchfloor_sdk import APIConnectionError, AsyncClient, Client
from watchfloor_sdk.lib import Progress, _transfer

from tests.sdk.proxy import Fault, FaultyProxy


def _sources(path: Path, count: int, *, bad: int = 0) -> Path:
    """``count`` sources of about 400 bytes, then ``bad`` lines the server rejects."""
    lines = [
        json.dumps(
            {
                "resource": "source",
                "external_id": f"{path.stem}:{n}",
                "title": f"Feed {n}",
                "publisher": "Transfer test",
                "reliability": "C",
                "excerpt": "x" * 300,
            }
        )
        for n in range(count)
    ]
    lines += ["{not json"] * bad
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 8 KiB, so a file of a few dozen kilobytes is sent in several."""
    monkeypatch.setattr(_transfer, "CHUNK_BYTES", 8192)


def _check_import_progress(seen: list[Progress], path: Path, lines: int, rejected: int) -> None:
    size = path.stat().st_size
    assert len(seen) > 3
    assert [p.done for p in seen] == [False] * (len(seen) - 1) + [True]
    assert all(p.total_bytes == size for p in seen)
    assert all(p.rejected is None for p in seen[:-1])  # not known before the report
    assert [p.bytes for p in seen] == sorted(p.bytes for p in seen)
    assert [p.lines for p in seen] == sorted(p.lines for p in seen)
    assert (seen[-1].lines, seen[-1].bytes, seen[-1].rejected) == (lines, size, rejected)


@pytest.mark.usefixtures("small_chunks")
def test_import_file_tells_progress_and_returns_the_report(
    sdk: Client, dataset: str, tmp_path: Path
) -> None:
    path = _sources(tmp_path / "feeds.ndjson", 100, bad=2)
    seen: list[Progress] = []
    report = sdk.import_file(path, dataset=dataset, progress=seen.append)
    assert (report.created, report.rejected) == (100, 2)
    assert [r.line for r in report.rejected_lines] == [101, 102]
    _check_import_progress(seen, path, 102, 2)
    again = sdk.import_file(path, dataset=dataset)  # without progress: the same import
    assert (again.unchanged, again.rejected) == (100, 2)


@pytest.mark.usefixtures("small_chunks")
async def test_async_import_file_tells_progress(
    async_sdk: AsyncClient, dataset: str, tmp_path: Path
) -> None:
    path = _sources(tmp_path / "async.ndjson", 60, bad=1)
    seen: list[Progress] = []
    report = await async_sdk.import_file(path, dataset=dataset, progress=seen.append)
    assert (report.created, report.rejected) == (60, 1)
    _check_import_progress(seen, path, 61, 1)


@pytest.mark.usefixtures("small_chunks")
def test_a_retried_import_sends_the_file_again_and_counts_again(
    proxy: FaultyProxy, dataset: str, tmp_path: Path
) -> None:
    """The server imports, its answer is lost (502): the retry streams the whole file again under
    the same key, gets the first report back, and progress restarts with it."""
    path = _sources(tmp_path / "lost.ndjson", 40)
    proxy.faults.append(Fault.lost(502))
    seen: list[Progress] = []
    with Client(base_url=proxy.url) as client:
        report = client.import_file(path, dataset=dataset, progress=seen.append)
    assert report.created == 40  # the replayed first report, not "unchanged"
    assert [r.method for r in proxy.received] == ["POST", "POST"]
    keys = {r.headers["Idempotency-Key"] for r in proxy.received}
    assert len(keys) == 1
    restarts = [i for i in range(1, len(seen)) if seen[i].bytes < seen[i - 1].bytes]
    assert len(restarts) == 1
    assert (seen[-1].lines, seen[-1].bytes, seen[-1].done) == (40, path.stat().st_size, True)


def test_export_file_writes_the_export_and_tells_progress(
    sdk: Client, base_url: str, sdk_key: str, dataset: str, tmp_path: Path
) -> None:
    sdk.import_file(_sources(tmp_path / "in.ndjson", 300), dataset=dataset)
    seen: list[Progress] = []
    target = tmp_path / "out.ndjson"
    result = sdk.export_file(target, resource="source", dataset=dataset, progress=seen.append)
    raw = httpx.get(
        f"{base_url}/v1/export",
        params={"resource": "source", "dataset": dataset},
        headers={"Authorization": f"Bearer {sdk_key}"},
    )
    assert target.read_bytes() == raw.content
    assert (result.lines, result.bytes, result.path) == (300, len(raw.content), target)
    # The feed from the export's cursor: nothing of the dataset it does not hold already.
    assert not sdk.changes.list(after=result.cursor, resource=["source"], dataset=dataset).data
    assert seen[-1] == Progress(300, len(raw.content), None, None, done=True)
    assert [p.done for p in seen].count(True) == 1
    assert [p.bytes for p in seen] == sorted(p.bytes for p in seen)
    assert sorted(tmp_path.iterdir()) == sorted(
        [tmp_path / "in.ndjson", target]
    )  # no part file left


async def test_async_export_file_matches_the_blocking_one(
    sdk: Client, async_sdk: AsyncClient, dataset: str, tmp_path: Path
) -> None:
    sdk.import_file(_sources(tmp_path / "in.ndjson", 50), dataset=dataset)
    seen: list[Progress] = []
    result = await async_sdk.export_file(
        tmp_path / "async.ndjson", resource="source", dataset=dataset, progress=seen.append
    )
    blocking = sdk.export_file(tmp_path / "sync.ndjson", resource="source", dataset=dataset)
    assert result.path.read_bytes() == blocking.path.read_bytes()
    assert (result.lines, seen[-1].lines, seen[-1].done) == (50, 50, True)


def test_an_export_cut_short_leaves_the_file_as_it_was(
    sdk: Client, proxy: FaultyProxy, dataset: str, tmp_path: Path
) -> None:
    sdk.import_file(_sources(tmp_path / "in.ndjson", 100), dataset=dataset)
    target = tmp_path / "kept.ndjson"
    target.write_bytes(b"an earlier export\n")
    proxy.faults.extend([Fault.cut(5000)] * 3)  # the first attempt and its retries
    with Client(base_url=proxy.url) as client, pytest.raises(APIConnectionError):
        client.export_file(target, resource="source", dataset=dataset)
    assert target.read_bytes() == b"an earlier export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.ndjson", "kept.ndjson"]
