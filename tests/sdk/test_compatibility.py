"""SDK and server of different releases, both ways round, against the real server.

* An older SDK reads a newer server: the proxy adds a field to every actor and answers a kind
  this SDK has never heard of.
* A newer SDK reads an older server: an SDK generated from a spec whose ``Actor`` has a new
  required field and a new ``kind`` (as the next release might) reads this server, which sends
  neither; generated without the floor (``openapi/baseline.json``) it could not.
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from watchfloor_sdk import Client

from sdk.codegen.render import PACKAGE, generate, write
from tests.sdk.proxy import FaultyProxy

ROOT = Path(__file__).resolve().parents[2]


def _newer(value: Any) -> Any:
    """What a later release might send: more fields, and values not in today's enums."""
    if isinstance(value, list):
        return [_newer(v) for v in value]
    if isinstance(value, dict):
        value = {k: _newer(v) for k, v in value.items()}
        if str(value.get("id", "")).startswith("act_"):
            value |= {"threat_level": {"score": 3, "band": "elevated"}, "kind": "militia"}
    return value


def test_an_older_sdk_reads_a_newer_server(proxy: FaultyProxy, sdk: Client, dataset: str) -> None:
    made = sdk.actors.create(kind="armed_group", name="Exercise Militia", dataset=dataset)
    sdk.actors.update(made.id, aliases=["EM"])
    proxy.rewrite = lambda path, body: json.dumps(_newer(json.loads(body))).encode()
    with Client(base_url=proxy.url) as client:
        one = client.actors.retrieve(made.id)
        listed = list(client.actors.list(dataset=dataset))
        versions = list(client.actors.history(made.id))
        # The feed serves changes below the cluster's oldest running transaction: a moment's
        # wait when another transaction on the same server is open.
        feed: list[Any] = []
        for _ in range(200):
            feed = list(client.changes.list(dataset=dataset, resource=["actor"]))
            if len(feed) == 2:
                break
            time.sleep(0.05)
    assert one.kind == "militia" and one.aliases == ["EM"]  # the new value, kept as it came
    assert [a.id for a in listed] == [made.id] and listed[0].kind == "militia"
    assert [v.actor.kind for v in versions] == ["militia", "militia"]
    assert feed and all(c.object["kind"] == "militia" for c in feed if hasattr(c, "object"))


def _spec_of_next_release() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((ROOT / "openapi" / "openapi.json").read_text())
    actor = spec["components"]["schemas"]["Actor"]
    actor["properties"]["threat_level"] = {"type": "string", "enum": ["low", "elevated"]}
    actor["required"].append("threat_level")
    actor["properties"]["kind"]["enum"].append("militia")
    return spec


def _sdk_from(spec: dict[str, Any], floor: dict[str, Any] | None, where: Path) -> Path:
    """A copy of the SDK package with its generated modules made from ``spec``."""
    package = where / "watchfloor_sdk"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    write(generate(spec, floor), package)
    return where


_READ = """
import sys
from watchfloor_sdk import APIResponseValidationError, Client
client = Client()
try:
    actor = client.actors.retrieve(sys.argv[1])
    listed = [a.threat_level for a in client.actors.list(dataset=sys.argv[2])]
except APIResponseValidationError as error:
    print("refused:", error)
    raise SystemExit(3)
print(actor.name, actor.threat_level, listed)
"""


@pytest.fixture(scope="module")
def next_release(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The next release's SDK, generated with and without today's contract as its floor."""
    spec = _spec_of_next_release()
    floor = json.loads((ROOT / "openapi" / "baseline.json").read_text())
    with_floor = _sdk_from(spec, floor, tmp_path_factory.mktemp("floor"))
    without = _sdk_from(spec, None, tmp_path_factory.mktemp("nofloor"))
    return with_floor, without


def test_a_newer_sdk_reads_an_older_server(
    next_release: tuple[Path, Path], sdk: Client, dataset: str, base_url: str, sdk_key: str
) -> None:
    made = sdk.actors.create(kind="state", name="Mongolia", dataset=dataset)
    with_floor, without = next_release
    types = (with_floor / "watchfloor_sdk" / "types.py").read_text()
    assert "    threat_level: str | None = None\n" in types
    env = {**os.environ, "WATCHFLOOR_BASE_URL": base_url, "WATCHFLOOR_API_KEY": sdk_key}
    read = [sys.executable, "-c", _READ, made.id, dataset]
    newer = subprocess.run(
        read, env={**env, "PYTHONPATH": str(with_floor)}, capture_output=True, text=True, timeout=60
    )
    assert newer.returncode == 0, newer.stdout + newer.stderr
    assert newer.stdout.strip() == "Mongolia None [None]"
    # The same SDK without the floor requires the new field, and an older server lacks it.
    strict = subprocess.run(
        read, env={**env, "PYTHONPATH": str(without)}, capture_output=True, text=True, timeout=60
    )
    assert strict.returncode == 3 and "threat_level" in strict.stdout
