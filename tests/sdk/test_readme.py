"""``sdk/README.md`` is executed: every ``python`` block, in order, against the live server."""

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "sdk" / "README.md"


def test_readme_code_runs(base_url: str, sdk_key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # As a reader would run it: the server's URL and their API key in the environment.
    monkeypatch.setenv("WATCHFLOOR_BASE_URL", base_url)
    monkeypatch.setenv("WATCHFLOOR_API_KEY", sdk_key)
    blocks = re.findall(r"^```python\n(.*?)^```", README.read_text(), re.MULTILINE | re.DOTALL)
    assert len(blocks) >= 6
    namespace: dict[str, object] = {"__name__": "readme"}
    for block in blocks:
        exec(compile(block, str(README), "exec"), namespace)
    namespace["client"].close()  # type: ignore[attr-defined]
