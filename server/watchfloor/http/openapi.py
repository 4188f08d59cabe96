"""The OpenAPI document: Litestar's paths, with component schemas taken from msgspec itself.

Litestar's schema generation loses constraints on optional fields, does not mark
``forbid_unknown_fields`` as ``additionalProperties: false`` and drops tagged-union
discriminators. msgspec's own JSON Schema is,
by construction, exactly what the server accepts and sends, so :func:`finalize` replaces every
component that is one of our Structs with msgspec's version. The result is what
``/docs/openapi.json`` serves and what ``make openapi`` writes to ``openapi/openapi.json``.
"""

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import msgspec
from litestar import Litestar
from litestar._openapi.plugin import OpenAPIPlugin

__all__ = ("SPEC_PATH", "finalize", "render_spec", "spec_of")

SPEC_PATH = Path(__file__).resolve().parents[3] / "openapi" / "openapi.json"
_REF = "#/components/schemas/{name}"


def _our_structs() -> dict[str, type[msgspec.Struct]]:
    """Every Struct defined in Watchfloor's modules, by class name."""
    found: dict[str, type[msgspec.Struct]] = {}
    pending = list(msgspec.Struct.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("watchfloor."):
            found[cls.__name__] = cls
    return found


def finalize(app: Litestar, extra_types: Iterable[type[msgspec.Struct]] = ()) -> dict[str, Any]:
    """Replace the app's component schemas with msgspec's; returns the served document."""
    spec = app.plugins.get(OpenAPIPlugin).provide_openapi_schema()
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    ours = _our_structs()
    # A type passed explicitly wins over a same-named one found by walking the subclasses.
    ours.update({cls.__name__: cls for cls in extra_types})
    types = [ours[name] for name in schemas if name in ours]
    _, components = msgspec.json.schema_components([*types, *extra_types], ref_template=_REF)
    # A component named only in an ``extra_json_schema`` (a field decoded as an object and
    # checked by the service, say) is not one msgspec walks to: add ours until none is missing.
    while missing := sorted((_refs(components) - set(components)) & set(ours)):
        types += [ours[name] for name in missing]
        _, components = msgspec.json.schema_components([*types, *extra_types], ref_template=_REF)
    for name, schema in components.items():
        schemas[name] = schema
    spec["components"]["schemas"] = dict(sorted(schemas.items()))
    return spec


def _refs(value: Any) -> set[str]:
    """The component names a schema (or a map of them) refers to."""
    if isinstance(value, dict):
        found = {
            v.removeprefix(_REF.format(name=""))
            for k, v in value.items()
            if k == "$ref" and isinstance(v, str)
        }
        return found.union(*(_refs(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_refs(v) for v in value))
    return set()


def spec_of(app: Litestar) -> dict[str, Any]:
    """The finalized document the app serves."""
    return app.plugins.get(OpenAPIPlugin).provide_openapi_schema()


def render_spec(app: Litestar) -> bytes:
    """The document as committed: sorted keys, two-space indent, trailing newline."""
    encoded = msgspec.json.encode(spec_of(app), order="deterministic")
    return msgspec.json.format(encoded, indent=2) + b"\n"
