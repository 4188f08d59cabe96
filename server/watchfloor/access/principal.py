"""The caller of the current request, and the datasets it may see.

The access middleware binds a :class:`Principal` for each ``/v1`` request; the store consults it on
every read and write, so a resource gets dataset isolation without a line of its own. Code that
runs outside a request (the CLI, migrations, tests talking to the database) binds none and is
unrestricted.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from watchfloor.errors import Forbidden

__all__ = (
    "SCOPES",
    "Principal",
    "bound",
    "current_principal",
    "may_see",
    "require_dataset",
    "visible_datasets",
)

SCOPES = ("read", "write", "admin")
"""``read`` for GET, ``write`` for POST/PATCH/DELETE, ``admin`` for keys, datasets and audit."""


@dataclass(frozen=True)
class Principal:
    """An authenticated API key, or the anonymous reader of ``live``."""

    key_id: str | None
    """The key's id; ``None`` for an anonymous caller."""
    scopes: frozenset[str]
    datasets: frozenset[str]

    def has_scope(self, scope: str) -> bool:
        """``admin`` implies ``read`` and ``write``: an operator's key can do everything."""
        return scope in self.scopes or "admin" in self.scopes

    @property
    def name(self) -> str:
        return self.key_id or "anonymous"


_current: ContextVar[Principal | None] = ContextVar("watchfloor_principal", default=None)


def current_principal() -> Principal | None:
    """The caller of the request being served, or ``None`` outside a request."""
    return _current.get()


@contextmanager
def bound(principal: Principal) -> Iterator[Principal]:
    """Make ``principal`` the caller for the code run inside the block."""
    token = _current.set(principal)
    try:
        yield principal
    finally:
        _current.reset(token)


def visible_datasets() -> list[str] | None:
    """The datasets the caller may see, sorted; ``None`` when unrestricted."""
    principal = _current.get()
    return None if principal is None else sorted(principal.datasets)


def may_see(dataset: str) -> bool:
    principal = _current.get()
    return principal is None or dataset in principal.datasets


def require_dataset(dataset: str) -> None:
    """Refuse (403) a request for a dataset the caller was not granted.

    Used where the caller names the dataset itself (a list filter, a create body), so saying no
    reveals nothing the caller did not already know. Reads by id answer 404 instead.
    """
    if not may_see(dataset):
        raise Forbidden(
            f"This API key is not granted the dataset {dataset!r}; ask an admin to grant it."
        )
