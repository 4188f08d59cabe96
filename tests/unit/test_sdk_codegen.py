"""The SDK generator: names, types, determinism, drift detection, and the code it makes."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar, delete
from litestar.params import FromPath
from watchfloor.app import create_app
from watchfloor.http.openapi import finalize, render_spec
from watchfloor.settings import Settings

from sdk.codegen.__main__ import main
from sdk.codegen.naming import method_name, python_name
from sdk.codegen.pytypes import TypeMapper
from sdk.codegen.render import HEADER, PACKAGE, differences, generate

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "openapi.json"


@pytest.mark.parametrize(
    ("operation_id", "tag", "expected"),
    [
        ("listActors", "actors", "list"),
        ("createActor", "actors", "create"),
        ("getActor", "actors", "retrieve"),
        ("updateActor", "actors", "update"),
        ("deleteActor", "actors", "delete"),
        ("listActorVersions", "actors", "history"),
        ("listFacilityVersions", "facilities", "history"),
        ("listIndicatorObservations", "indicators", "list_observations"),
        ("createIndicatorObservation", "indicators", "create_observation"),
        ("getReadiness", "operations", "get_readiness"),
        ("listChanges", "changes", "list"),
        ("createAPIKey", "admin keys", "create_api_key"),
    ],
)
def test_method_names_follow_operation_ids(operation_id: str, tag: str, expected: str) -> None:
    assert method_name(operation_id, tag) == expected


def test_python_names() -> None:
    assert [python_name(n) for n in ("from", "If-None-Match", "type", "as_of")] == [
        "from_",
        "if_none_match",
        "type",
        "as_of",
    ]


@pytest.mark.parametrize(
    ("schema", "mode", "expected"),
    [
        ({"anyOf": [{"type": "string"}, {"type": "null"}]}, "response", "str | None"),
        ({"enum": ["A", "B"]}, "response", "str"),
        ({"enum": ["A", "B"]}, "request", 'Literal["A", "B"]'),
        ({"enum": [1, 2, None]}, "response", "int | None"),
        ({"type": ["null", "string"], "enum": ["x", None]}, "param", 'Literal["x"] | None'),
        ({"type": "string", "format": "date-time"}, "response", "_dt.datetime"),
        ({"type": "string", "format": "date-time"}, "param", "_dt.datetime | str"),
        ({"type": "array", "items": {"type": "integer"}}, "param", "Sequence[int]"),
        (
            {"type": "object", "additionalProperties": {"type": "integer"}},
            "response",
            "dict[str, int]",
        ),
        (
            {"anyOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
            "response",
            "dict[str, Any]",
        ),
        ({"anyOf": [{"type": "string"}, {"type": "string", "format": "date"}]}, "response", "str"),
        ({}, "response", "Any"),
    ],
)
def test_schema_types(schema: dict[str, Any], mode: Any, expected: str) -> None:
    objects = {"type": "object", "properties": {"x": {"type": "string"}}}
    assert TypeMapper({"A": objects, "B": objects}).render(schema, mode) == expected


def test_generation_is_deterministic_and_headed() -> None:
    spec = json.loads(SPEC.read_text())
    first, second = generate(spec), generate(spec)
    assert first == second
    assert all(source.startswith(HEADER + "\n") for source in first.values())
    assert differences(first) == [], "the committed SDK is stale: run `make sdk`"


def test_a_changed_spec_fails_the_check_naming_make_sdk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = json.loads(SPEC.read_text())
    spec["components"]["schemas"]["Actor"]["properties"]["nickname"] = {"type": "string"}
    changed = tmp_path / "openapi.json"
    changed.write_text(json.dumps(spec))
    package = tmp_path / "watchfloor_sdk"
    shutil.copytree(PACKAGE, package)

    assert main(["check", "--spec", str(changed), "--package", str(package)]) == 1
    out = capsys.readouterr().out
    assert "run 'make sdk'" in out
    assert "out of date: types.py" in out

    assert main(["generate", "--spec", str(changed), "--package", str(package)]) == 0
    assert "nickname: str | None = None" in (package / "types.py").read_text()
    assert main(["check", "--spec", str(changed), "--package", str(package)]) == 0


def test_a_removed_tag_removes_its_module(tmp_path: Path) -> None:
    spec = json.loads(SPEC.read_text())
    spec["paths"] = {p: item for p, item in spec["paths"].items() if "sources" not in p}
    package = tmp_path / "watchfloor_sdk"
    shutil.copytree(PACKAGE, package)
    problems = differences(generate(spec), package)
    assert "stale: resources/sources.py (the spec no longer has it)" in problems


def _app_spec() -> dict[str, Any]:
    """The document the real app serves, plus one operation that answers ``204 No Content``.

    No Watchfloor endpoint answers 204 (a delete returns the tombstoned record), but the
    generator must still turn an empty success into ``-> None``. The extra operation is a stub
    handler rendered by the server's own OpenAPI pipeline (:func:`watchfloor.openapi.finalize`),
    so it has exactly the shape such an endpoint would have.
    """

    @delete("/v1/changes/{seq:str}", operation_id="deleteChange", tags=["changes"])
    async def delete_change(seq: FromPath[str]) -> None:
        raise NotImplementedError

    # The document does not depend on the database; no connection is made.
    spec: dict[str, Any] = json.loads(
        render_spec(create_app(Settings(database_url="postgresql://unused/")))
    )
    no_content = finalize(Litestar([delete_change]))["paths"]
    responses = no_content["/v1/changes/{seq}"]["delete"]["responses"]
    assert [code for code in responses if code.startswith("2")] == ["204"]
    assert "content" not in responses["204"]
    spec["paths"].update(no_content)
    return spec


_USAGE = """\
from typing import Any, assert_type

from watchfloor_sdk import Client, SyncCursorPage
from watchfloor_sdk.types import ChangeDelete, ChangeUpsert, Event, ImportReport, Observation


def use(client: Client) -> None:
    events = client.events.list(category="ASSAULT", include_retracted=True)
    assert_type(events, SyncCursorPage[Event])
    assert_type(client.events.retrieve("evt_1", as_of="2026-01-01T00:00:00Z"), Event)
    assert_type(client.events.update("evt_1", title="t", if_match='"1"'), Event)
    for change in client.changes.list(after="c", resource=["event"]):
        if isinstance(change, ChangeUpsert):
            assert_type(change.object, dict[str, Any])
        else:
            assert_type(change, ChangeDelete)
    assert_type(client.changes.delete("1"), None)
    assert_type(client.observations.list("ind_1"), SyncCursorPage[Observation])
    assert_type(client.export.export_records(resource="event"), bytes)
    assert_type(client.import_.import_records(content=b"{}\\n"), ImportReport)
"""

_DECODE = """\
import msgspec
from watchfloor_sdk import Client
from watchfloor_sdk.types import ChangeDelete, ChangeList, ChangeUpsert, Event

changes = msgspec.json.decode(
    b'{"data": [{"op": "upsert", "cursor": "1", "resource": "event", "id": "e", "version": 2,'
    b' "dataset": "live", "changed_at": "2026-01-01T00:00:00Z", "object": {"title": "x"},'
    b' "new_field": 1}, {"op": "delete", "cursor": "2", "resource": "event", "id": "e",'
    b' "version": 3, "dataset": "live", "deleted_at": "2026-01-02T00:00:00Z"}],'
    b' "has_more": false, "next_cursor": "c"}',
    type=ChangeList,
)
assert [type(c) for c in changes.data] == [ChangeUpsert, ChangeDelete]
event = msgspec.json.decode(open("event.json", "rb").read(), type=Event)
assert event.category == "SOMETHING_NEW" and event.status == "archived"
client = Client(base_url="http://127.0.0.1:9")
for attr, method in [("events", "list"), ("events", "create"), ("events", "retrieve"),
                     ("events", "update"), ("observations", "list"), ("observations", "create"),
                     ("changes", "list"), ("changes", "delete"), ("export", "export_records"),
                     ("import_", "import_records")]:
    assert callable(getattr(getattr(client, attr), method)), (attr, method)
print("ok")
"""

_EVENT = {
    "id": "evt_1",
    "dataset": "live",
    "version": 1,
    "created_at": "2026-01-01T00:00:00Z",
    "updated_at": "2026-01-01T00:00:00Z",
    "external_id": None,
    "title": "Launch",
    "summary": None,
    "category": "SOMETHING_NEW",
    "mode": None,
    "context": [],
    "cameo": None,
    "actors": [{"actor_id": "act_1", "role": None}],
    "recipients": [],
    "occurred": {"start": "2026-01-01", "end": None, "precision": "day", "time": None},
    "place": None,
    "magnitudes": [],
    "weapon_ids": [],
    "tags": [],
    "status": "archived",
    "status_reason": None,
    "superseded_by": None,
    "citations": [],
    "grade": None,
    "a_field_added_later": {"any": "thing"},
}


def test_the_apps_spec_generates_typed_tolerant_code(tmp_path: Path) -> None:
    """Generated from the app's spec, the client type-checks in use (pages, tagged unions,
    bytes, 204s) and decodes what a later server may send: unknown fields and enum values."""
    package = tmp_path / "watchfloor_sdk"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    for name, source in generate(_app_spec()).items():
        (package / name).write_text(source)
    (tmp_path / "usage.py").write_text(_USAGE)
    (tmp_path / "event.json").write_text(json.dumps(_EVENT))
    env = {**os.environ, "MYPYPATH": str(tmp_path), "PYTHONPATH": str(tmp_path)}
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\n")
    mypy = [sys.executable, "-m", "mypy", "--config-file", str(config), "--no-incremental"]
    typed = subprocess.run(
        [*mypy, "watchfloor_sdk", "usage.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert typed.returncode == 0, typed.stdout + typed.stderr
    decoded = subprocess.run(
        [sys.executable, "-c", _DECODE], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert decoded.stdout.strip() == "ok", decoded.stdout + decoded.stderr
