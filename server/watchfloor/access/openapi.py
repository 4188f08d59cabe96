"""What access control adds to the OpenAPI document, for every ``/v1`` operation at once.

Operations on other branches are covered without edits: the bearer-key requirement, the 401,
403 and 429 answers the access middleware can give, and the rate-limit headers every answer
carries are added here, after the document is built.
"""

from typing import Any

from watchfloor.access.middleware import PROTECTED_PREFIX
from watchfloor.http.problems import PROBLEM_MEDIA_TYPE

__all__ = ("SCHEME", "secure")

SCHEME = "apiKey"
_METHODS = frozenset({"get", "put", "post", "patch", "delete"})
_PROBLEM = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
_ACCESS_ANSWERS = {
    "401": "No valid API key was sent (`Authorization: Bearer <secret>`).",
    "403": "The API key lacks the scope or the dataset this operation needs.",
    "429": "The key's requests for this minute are used up; retry after `Retry-After` seconds.",
}
_HEADERS = {
    "RateLimit-Limit": "Requests per minute allowed to this key (or client address).",
    "RateLimit-Remaining": "Requests left in the current one-minute window.",
    "RateLimit-Reset": "Seconds until the window resets.",
}


_UNCOUNTED = frozenset({"401", "408", "503"})
"""Answers that may come before the request is counted (no key, a body too slow, no connection
free or no database): their rate-limit headers may be absent."""


def _header(description: str, required: bool = True) -> dict[str, Any]:
    return {"description": description, "schema": {"type": "integer"}, "required": required}


def secure(spec: dict[str, Any]) -> None:
    """Declare the bearer scheme, and the access answers and headers, on every ``/v1`` operation.

    Headers an operation declares itself get a ``string`` schema when Litestar left it out.
    """
    components = spec.setdefault("components", {})
    components["securitySchemes"] = {
        SCHEME: {
            "type": "http",
            "scheme": "bearer",
            "description": (
                "An API key made by an admin (`watchfloor keys create` or `POST /v1/admin/keys`). "
                "Reads of `live` may be open without a key when the operator allows it."
            ),
        }
    }
    # Inline, not ``$ref``: generators (ours included) resolve only schema references.
    headers = {name: _header(text) for name, text in _HEADERS.items()}
    optional = {name: _header(text, required=False) for name, text in _HEADERS.items()}
    for path, item in spec.get("paths", {}).items():
        if not path.startswith(PROTECTED_PREFIX):
            continue
        for method, operation in item.items():
            if method not in _METHODS:
                continue
            operation["security"] = [{SCHEME: []}]
            responses = operation.setdefault("responses", {})
            for status, description in _ACCESS_ANSWERS.items():
                responses.setdefault(status, {"description": description, "content": _PROBLEM})
            for status, response in responses.items():
                declared = response.setdefault("headers", {})
                for header in declared.values():
                    header.setdefault("schema", {"type": "string"})
                given = optional if status in _UNCOUNTED else headers
                declared.update({name: dict(h) for name, h in given.items()})
            responses["429"]["headers"]["Retry-After"] = _header("Seconds to wait.")
