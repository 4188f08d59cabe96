"""The shared material beside the checkout that some tests read, and what happens without it.

Two folders, neither in the repository: the real data sets (``../shared/data``: samples of
GDELT 1 and 2, ICEWS, UCDP GED, PLOVER, the CAMEO lookups, the CNS missile tests and the DPRK
nuclear tests, each folder with a ``PROVENANCE.md`` naming its origin) and the seed documents
the built-in knowledge base was curated from (``../shared/seeds``). An environment variable
points a test run at another copy of either.

A test that needs a file or folder of them asks :func:`data_file`, :func:`data_dir` or
:func:`seeds_dir`. When it is absent the test is skipped, with a reason that carries
:data:`MARKER`, and the end of the run says in one line how many tests that was and why
(``pytest_terminal_summary`` in ``tests/conftest.py``). With ``CI=true`` the test fails
instead: a CI run must not pass by skipping what it was meant to check.
"""

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest
from watchfloor.imports.rows import ImportRow

ROOT = Path(__file__).resolve().parents[1]

MARKER = "shared material absent"
"""In the reason of every skip (or failure) for a missing shared file; the summary counts it."""


@dataclass(frozen=True)
class Folder:
    """A folder of shared material: where it is by default, how to point elsewhere, what it is."""

    label: str
    env: str
    default: Path
    what: str
    """What the folder holds, as a plural noun phrase."""
    origin: str
    """Where its files came from."""

    @property
    def path(self) -> Path:
        override = os.environ.get(self.env)
        return Path(override) if override else self.default

    @property
    def tag(self) -> str:
        """What a reason starts with; distinct per folder, so the summary can tell them apart."""
        return f"[{MARKER}: {self.label}]"

    def shown(self) -> str:
        """The folder as a reader finds it: relative to the checkout when it is the default."""
        if os.environ.get(self.env):
            return str(self.path)
        return os.path.relpath(self.default, ROOT)


DATA = Folder(
    label="data",
    env="WATCHFLOOR_SHARED_DATA",
    default=ROOT.parent / "shared" / "data",
    what="the real data sets",
    origin=(
        "samples of GDELT 1 and 2, ICEWS, UCDP GED, PLOVER, the CAMEO lookups, the CNS missile "
        "tests and the DPRK nuclear tests; each folder's PROVENANCE.md names where it was copied "
        "from"
    ),
)
SEEDS = Folder(
    label="seeds",
    env="WATCHFLOOR_SHARED_SEEDS",
    default=ROOT.parent / "shared" / "seeds",
    what="the seed documents",
    origin=(
        "the texts the built-in knowledge base was curated from, listed in "
        "server/watchfloor/knowledge/README.md"
    ),
)
FOLDERS = (DATA, SEEDS)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() == "true"


def advice(folder: Folder) -> str:
    """What the folder holds and how to provide it."""
    return (
        f"{folder.origin}. Put them beside the checkout or set {folder.env} to a copy; "
        "with CI=true their absence fails the run"
    )


def absent(folder: Folder, path: Path) -> NoReturn:
    """Skip the current test because ``path`` of ``folder`` is missing; fail it when ``CI=true``."""
    message = f"{folder.tag} {path} is absent ({folder.what}: {advice(folder)})"
    if in_ci():
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def data_file(relative: str) -> Path:
    """A file of the real data sets, or skip (CI: fail) the test that wants it."""
    path = DATA.path / relative
    if not path.is_file():
        absent(DATA, path)
    return path


def data_dir(relative: str) -> Path:
    """A folder of the real data sets, or skip (CI: fail) the test that wants it."""
    path = DATA.path / relative
    if not path.is_dir():
        absent(DATA, path)
    return path


def seeds_dir() -> Path:
    """The seed documents' folder, or skip (CI: fail) the test that wants it."""
    path = SEEDS.path
    if not path.is_dir():
        absent(SEEDS, path)
    return path


def summary(skipped: Iterable[str], failed: Iterable[str]) -> list[str]:
    """One line per folder that tests missed: how many, what it is, how to provide it.

    Args:
        skipped: the reasons of the run's skipped tests.
        failed: the texts of its failures and errors.
    """
    lines = []
    for verb, texts in (("skipped", list(skipped)), ("failed", list(failed))):
        for folder in FOLDERS:
            count = sum(folder.tag in text for text in texts)
            if count:
                tests = "test" if count == 1 else "tests"
                lines.append(
                    f"{count} {tests} {verb}: {folder.what} in {folder.shown()} are absent "
                    f"({advice(folder)})"
                )
    return lines


def tally(rows: Iterable[ImportRow]) -> Counter[str]:
    """Rows by resource, with ``rejected`` for the lines that could not be read."""
    return Counter(row.record["resource"] if row.record else "rejected" for row in rows)
