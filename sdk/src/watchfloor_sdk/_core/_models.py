"""What every generated type has: ``to_dict()`` and ``to_json()``, the API's own JSON.

The Structs are ``omit_defaults`` so that what you send leaves out what you did not set; a
response encoded that way would lose its nulls. ``to_dict()`` writes every field a response
has, ``None`` as ``null``, and only leaves out fields that are ``UNSET`` (never sent).
"""

from datetime import date, datetime
from typing import Any

import msgspec
from msgspec import UNSET

__all__ = ("BaseModel",)


def _builtins(value: Any) -> Any:
    if isinstance(value, msgspec.Struct):
        config = value.__struct_config__
        out: dict[str, Any] = {}
        if config.tag_field is not None:
            out[config.tag_field] = config.tag
        for field in msgspec.structs.fields(value):
            item = getattr(value, field.name)
            if item is not UNSET:
                out[field.encode_name] = _builtins(item)
        return out
    if isinstance(value, list | tuple):
        return [_builtins(item) for item in value]
    if isinstance(value, dict):
        return {key: _builtins(item) for key, item in value.items()}
    if isinstance(value, datetime | date):
        return msgspec.to_builtins(value)
    return value


class BaseModel(msgspec.Struct, kw_only=True, frozen=True):
    """The base of every type in :mod:`watchfloor_sdk.types`."""

    def to_dict(self) -> dict[str, Any]:
        """This value as the API writes it: JSON-ready builtins, wire names, nulls included."""
        result: dict[str, Any] = _builtins(self)
        return result

    def to_json(self, *, indent: int = 0) -> str:
        """This value as the API's JSON text (``indent`` > 0 pretty-prints it)."""
        encoded = msgspec.json.encode(self.to_dict())
        if indent > 0:
            encoded = msgspec.json.format(encoded, indent=indent)
        return encoded.decode()
