"""How a JSON request body is read: its media type, then :func:`watchfloor.wire.read_json`.

Litestar decodes a ``JSONBody`` through :meth:`Request.json` whatever the ``Content-Type`` says,
and its decoder accepts repeated keys and recurses without bound. Every JSON body of the API
comes through here instead; the NDJSON import reads its own body (``imports/controller.py``).
"""

from typing import Any

import msgspec
from litestar import Request
from litestar.exceptions import HTTPException

from watchfloor.errors import BadRequest, FieldError
from watchfloor.wire import JsonError, read_json

__all__ = ("JsonRequest", "is_json_media_type")


def is_json_media_type(content_type: str) -> bool:
    """``application/json`` or a structured ``+json`` type, parameters aside."""
    media_type = content_type.split(";")[0].strip().lower()
    return media_type == "application/json" or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


class JsonRequest(Request[Any, Any, Any]):
    """A request whose JSON body is held to the API's limits before anything decodes it."""

    _checked: Any = None

    async def json(self) -> Any:
        if self._checked is None:
            content_type = self.headers.get("content-type", "")
            if not is_json_media_type(content_type):
                raise HTTPException(
                    status_code=415,
                    detail=(
                        "Send the body as application/json, not "
                        f"{content_type.split(';')[0].strip() or 'without a Content-Type'}."
                    ),
                )
            try:
                self._checked = (read_json(await self.body() or b"null"),)
            except JsonError as exc:
                raise BadRequest(
                    f"The request body is not acceptable JSON: {exc}.",
                    errors=[FieldError(exc.pointer, exc.detail)],
                ) from exc
            except msgspec.DecodeError as exc:
                raise BadRequest(
                    f"The request body is not valid JSON: {exc}.",
                    errors=[FieldError("", str(exc))],
                ) from exc
        return self._checked[0]
