"""Items of JSON arrays, streamed with their line numbers."""

import json
from pathlib import Path

import pytest
from watchfloor.formats import jsonstream
from watchfloor.formats.jsonstream import array_items

from tests.shared_data import data_file


@pytest.fixture(params=[1, 3, 1 << 16], ids=["byte", "small", "big"])
def chunk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """Every test runs with chunks of 1 byte, 3 bytes and 64 KiB: items span chunk edges."""
    monkeypatch.setattr(jsonstream, "_CHUNK", request.param)
    size: int = request.param
    return size


def _items(tmp_path: Path, text: str, *selectors: tuple[str, ...]) -> list[tuple[int, bytes]]:
    path = tmp_path / "x.json"
    path.write_text(text)
    return list(array_items(path, *selectors))


def test_items_of_a_root_array(tmp_path: Path, chunk: int) -> None:
    assert _items(tmp_path, '[1, "a,]b", {"x": [1,2]},\n [3], null]') == [
        (1, b"1"), (1, b'"a,]b"'), (1, b'{"x": [1,2]}'), (2, b"[3]"), (2, b"null"),
    ]  # fmt: skip


def test_items_of_nested_arrays(tmp_path: Path, chunk: int) -> None:
    text = '{"timeBins":[\n{"year":1,"data":[{"d":1},\n{"d":"}\\""}]},{"year":2,"data":[{"d":3}]}]}'
    assert _items(tmp_path, text, ("timeBins", "*", "data")) == [
        (2, b'{"d":1}'), (3, b'{"d":"}\\""}'), (3, b'{"d":3}'),
    ]  # fmt: skip
    assert _items(tmp_path, '{"Result": [{"a":1}], "Other": [9]}', ("Result",)) == [(1, b'{"a":1}')]


def test_a_truncated_item_is_still_handed_over(tmp_path: Path, chunk: int) -> None:
    assert _items(tmp_path, '[{"a": 1},\n{"b": "trunc') == [(1, b'{"a": 1}'), (2, b'{"b": "trunc')]


def test_real_files_item_by_item() -> None:
    for relative, selector in (
        ("ucdp_ged_sample/ged_israel_2002.json", ()),
        ("plover_spec/PLOVER_GSR_CAMEO.json", ()),
        ("cns_nk_missile_tests/nagix_test.en.json", ("timeBins", "*", "data")),
    ):
        path = data_file(relative)
        whole = json.loads(path.read_text("utf-8"))
        expected = whole if not selector else [t for b in whole["timeBins"] for t in b["data"]]
        assert [json.loads(raw) for _, raw in array_items(path, selector)] == expected
