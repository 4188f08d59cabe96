"""The real data sets in ``../shared/data``: tests that read them skip when the folder is absent."""

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest
from watchfloor.bulk.rows import ImportRow

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def data_file(relative: str) -> Path:
    """A file of the shared data sets, or skip the test that wants it."""
    path = SHARED_DATA / relative
    if not path.is_file():
        pytest.skip(
            f"{path} is absent: the real data sets live beside the checkout in ../shared/data"
        )
    return path


def tally(rows: Iterable[ImportRow]) -> Counter[str]:
    """Rows by resource, with ``rejected`` for the lines that could not be read."""
    return Counter(row.record["resource"] if row.record else "rejected" for row in rows)
