"""What every refusal looks like: a problem+json answer of one status."""

from typing import Any


def problem(response: Any, status: int) -> dict[str, Any]:
    """The problem body of ``response``, which must be a ``status`` problem."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    return body
