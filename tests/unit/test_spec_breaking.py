"""The breaking-change check: each kind of break is caught, additive changes pass."""

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sdk.codegen.__main__ import main
from sdk.codegen.breaking import breaking_changes

Spec = dict[str, Any]
ROOT = Path(__file__).resolve().parents[2]


def _base() -> Spec:
    nullable_text = {"anyOf": [{"type": "string", "maxLength": 300}, {"type": "null"}]}
    return {
        "paths": {
            "/v1/things": {
                "get": {
                    "operationId": "listThings",
                    "parameters": [
                        {
                            "name": "kind",
                            "in": "query",
                            "required": False,
                            "schema": {"enum": ["a", "b", None], "type": ["null", "string"]},
                        },
                        {
                            "name": "limit",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                        },
                    ],
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/ThingList"}
                                }
                            }
                        }
                    },
                },
                "post": {
                    "operationId": "createThing",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ThingCreate"}
                            }
                        },
                    },
                    "responses": {
                        "201": {
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            }
                        }
                    },
                },
            },
            "/v1/things/{thing_id}": {
                "get": {
                    "operationId": "getThing",
                    "parameters": [
                        {
                            "name": "thing_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            }
                        }
                    },
                },
            },
            "/healthz": {"get": {"operationId": "getHealth", "responses": {"200": {}}}},
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "kind": {"enum": ["a", "b"]},
                        "note": nullable_text,
                        "seen_at": {"type": "string", "format": "date-time"},
                        "size": {"type": "integer"},
                    },
                    "required": ["id", "kind", "note", "seen_at", "size"],
                },
                "ThingCreate": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "kind": {"enum": ["a", "b"]},
                        "note": {**nullable_text, "default": None},
                        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 10},
                        "size": {"type": "number"},
                    },
                    "required": ["kind"],
                },
                "ThingList": {
                    "type": "object",
                    "properties": {
                        "data": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                        "has_more": {"type": "boolean"},
                        "next_cursor": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    },
                    "required": ["data", "has_more", "next_cursor"],
                },
            }
        },
    }


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _list_params(spec: Spec) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = spec["paths"]["/v1/things"]["get"]["parameters"]
    return params


def _remove_path(s: Spec) -> None:
    del s["paths"]["/v1/things/{thing_id}"]


def _remove_operation(s: Spec) -> None:
    del s["paths"]["/v1/things"]["post"]


def _rename_operation(s: Spec) -> None:
    s["paths"]["/v1/things"]["get"]["operationId"] = "listAllThings"


def _remove_parameter(s: Spec) -> None:
    _list_params(s).pop(0)


def _require_parameter(s: Spec) -> None:
    _list_params(s)[1]["required"] = True


def _new_required_parameter(s: Spec) -> None:
    _list_params(s).append(
        {"name": "dataset", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def _narrow_parameter_enum(s: Spec) -> None:
    _list_params(s)[0]["schema"]["enum"] = ["a", None]


def _narrow_parameter_bound(s: Spec) -> None:
    _list_params(s)[1]["schema"]["maximum"] = 50


def _remove_response_field(s: Spec) -> None:
    del _schemas(s)["Thing"]["properties"]["size"]


def _optional_response_field(s: Spec) -> None:
    _schemas(s)["Thing"]["required"].remove("seen_at")


def _nullable_response_field(s: Spec) -> None:
    _schemas(s)["Thing"]["properties"]["size"] = {"anyOf": [{"type": "integer"}, {"type": "null"}]}


def _widen_response_type(s: Spec) -> None:
    _schemas(s)["Thing"]["properties"]["size"] = {"type": "number"}


def _new_required_request_field(s: Spec) -> None:
    _schemas(s)["ThingCreate"]["required"].append("note")


def _remove_request_field(s: Spec) -> None:
    del _schemas(s)["ThingCreate"]["properties"]["tags"]


def _request_field_not_null(s: Spec) -> None:
    _schemas(s)["ThingCreate"]["properties"]["note"] = {"type": "string", "maxLength": 300}


def _narrow_request_type(s: Spec) -> None:
    _schemas(s)["ThingCreate"]["properties"]["size"] = {"type": "integer"}


def _narrow_request_enum(s: Spec) -> None:
    _schemas(s)["ThingCreate"]["properties"]["kind"] = {"enum": ["a"]}


def _narrow_request_length(s: Spec) -> None:
    _schemas(s)["ThingCreate"]["properties"]["note"]["anyOf"][0]["maxLength"] = 100


def _narrow_request_items(s: Spec) -> None:
    _schemas(s)["ThingCreate"]["properties"]["tags"]["items"]["pattern"] = "^[a-z]+$"


def _remove_success_response(s: Spec) -> None:
    responses = s["paths"]["/v1/things"]["post"]["responses"]
    responses["200"] = responses.pop("201")


def _remove_schema(s: Spec) -> None:
    thing_list = _schemas(s).pop("ThingList")
    _schemas(s)["Things"] = thing_list
    ref = {"$ref": "#/components/schemas/Things"}
    s["paths"]["/v1/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = (
        ref
    )


BREAKS: list[tuple[Callable[[Spec], None], str]] = [
    (_remove_path, "GET /v1/things/{thing_id}: path removed"),
    (_remove_operation, "POST /v1/things: operation removed"),
    (_rename_operation, "operationId listThings became listAllThings"),
    (_remove_parameter, "query parameter kind: removed"),
    (_require_parameter, "query parameter limit: became required"),
    (_new_required_parameter, "query parameter dataset: new and required"),
    (_narrow_parameter_enum, "query parameter kind: no longer accepts ['b']"),
    (_narrow_parameter_bound, "query parameter limit: maximum tightened to 50"),
    (_remove_response_field, "GET /v1/things → 200.data[].size: field removed"),
    (_optional_response_field, "200.data[].seen_at: no longer always present"),
    (_nullable_response_field, "200.data[].size: may now be null"),
    (_widen_response_type, "200.data[].size: may now be a number"),
    (_new_required_request_field, "POST /v1/things body.note: new required field"),
    (_remove_request_field, "body.tags: field removed (and unknown fields are refused)"),
    (_request_field_not_null, "body.note: no longer accepts null"),
    (_narrow_request_type, "body.size: no longer accepts number values"),
    (_narrow_request_enum, "body.kind: no longer accepts ['b']"),
    (_narrow_request_length, "body.note: maxLength tightened to 100"),
    (_narrow_request_items, "body.tags[]: pattern changed to '^[a-z]+$'"),
    (_remove_success_response, "POST /v1/things: response 201 removed"),
    (_remove_schema, "schema ThingList removed"),
]


@pytest.mark.parametrize(("change", "expected"), BREAKS, ids=[c.__name__ for c, _ in BREAKS])
def test_each_kind_of_break_is_caught(change: Callable[[Spec], None], expected: str) -> None:
    new = copy.deepcopy(_base())
    change(new)
    found = breaking_changes(_base(), new)
    assert any(expected in line for line in found), found


def _additive(s: Spec) -> None:
    s["paths"]["/v1/others"] = s["paths"]["/v1/things"]
    _list_params(s).append(
        {"name": "q", "in": "query", "required": False, "schema": {"type": "string"}}
    )
    _list_params(s)[0]["schema"]["enum"].insert(2, "c")
    _list_params(s)[1]["schema"]["maximum"] = 1000
    thing = _schemas(s)["Thing"]
    thing["properties"]["grade"] = {"type": "string"}
    thing["required"].append("grade")
    thing["properties"]["kind"]["enum"].append("c")
    create = _schemas(s)["ThingCreate"]
    create["properties"]["grade"] = {"type": "string"}
    create["properties"]["kind"]["enum"].append("c")
    create["properties"]["tags"]["maxItems"] = 20
    create["required"] = []
    del s["paths"]["/healthz"]


def test_additive_changes_and_changes_outside_v1_pass() -> None:
    new = copy.deepcopy(_base())
    _additive(new)
    assert breaking_changes(_base(), new) == []


def test_the_committed_spec_against_its_baseline(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["breaking", str(ROOT / "openapi/baseline.json"), str(ROOT / "openapi/openapi.json")])
        == 0
    )


def test_the_command_fails_and_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(_base()))
    changed = _base()
    _remove_path(changed)
    new.write_text(json.dumps(changed))
    assert main(["breaking", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert "path removed" in out and "make spec-baseline" in out


def _union_spec() -> Spec:
    """A change-feed-like response: a list of a union of two object components."""

    def obj(title: str, **props: Any) -> dict[str, Any]:
        return {"title": title, "type": "object", "properties": props, "required": list(props)}

    text = {"type": "string"}
    return {
        "paths": {
            "/v1/changes": {
                "get": {
                    "operationId": "listChanges",
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "array",
                                        "items": {
                                            "anyOf": [
                                                {"$ref": "#/components/schemas/Upsert"},
                                                {"$ref": "#/components/schemas/Tombstone"},
                                            ]
                                        },
                                    }
                                }
                            }
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Upsert": obj("Upsert", op=text, changed_at=text, object=text),
                "Tombstone": obj("Tombstone", op=text, deleted_at=text),
            }
        },
    }


def test_a_union_of_objects_is_compared_variant_by_variant() -> None:
    assert breaking_changes(_union_spec(), _union_spec()) == []
    new = _union_spec()
    del new["components"]["schemas"]["Tombstone"]["properties"]["deleted_at"]
    assert breaking_changes(_union_spec(), new) == [
        "GET /v1/changes → 200[].deleted_at: field removed"
    ]


def test_a_new_member_of_a_union_of_objects_is_additive_and_old_members_stay_checked() -> None:
    new = _union_spec()
    schemas = new["components"]["schemas"]
    schemas["Alert"] = {"title": "Alert", "type": "object", "properties": {"level": {}}}
    items = new["paths"]["/v1/changes"]["get"]["responses"]["200"]["content"]
    items["application/json"]["schema"]["items"]["anyOf"].append(
        {"$ref": "#/components/schemas/Alert"}
    )
    assert breaking_changes(_union_spec(), new) == []
    # A component the old spec had elsewhere is still a new member of this union.
    old = _union_spec()
    old["components"]["schemas"]["Alert"] = schemas["Alert"]
    assert breaking_changes(old, new) == []
    del schemas["Upsert"]["properties"]["changed_at"]
    assert breaking_changes(_union_spec(), new) == [
        "GET /v1/changes → 200[].changed_at: field removed"
    ]
