"""The caller of a request: an API key with its scopes and datasets, or the anonymous reader.

The access middleware makes one per ``/v1`` request and puts it in the request's
:class:`~watchfloor.context.Context`, through which the store confines every read and write.
"""

from dataclasses import dataclass

__all__ = ("Principal",)


@dataclass(frozen=True)
class Principal:
    """An authenticated API key, or the anonymous reader of ``live``."""

    key_id: str | None
    """The key's id; ``None`` for an anonymous caller."""
    scopes: frozenset[str]
    """``read`` for GET, ``write`` for POST/PATCH/DELETE, ``admin`` for keys, datasets, audit."""
    datasets: frozenset[str]

    def has_scope(self, scope: str) -> bool:
        """``admin`` implies ``read`` and ``write``: an operator's key can do everything."""
        return scope in self.scopes or "admin" in self.scopes

    @property
    def name(self) -> str:
        return self.key_id or "anonymous"
