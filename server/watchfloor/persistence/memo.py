"""A memo of lookups the write rules repeat: "does actor X exist?", "how reliable is source Y?".

A write checks that every record it names exists (and, for a source, how reliable it is). One
write asks once; a bulk import asks the same few questions for every line. While a
:class:`Memo` is in the request context (the import puts one in each batch's context), the
repository functions that answer those questions go through :func:`lookup`, which remembers every
**positive** answer and asks the database only about what it has not seen. A negative answer is
never remembered: a later line may create the record.

A positive answer holds for the batch: an import never deletes, and it forgets what it changes
(:meth:`Memo.forget` after an update, :meth:`Memo.learn` of what it creates). Outside a memo
(every API request) nothing is remembered and each lookup is one query, as it always was.
"""

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from watchfloor.context import Context

__all__ = ("Memo", "forget", "lookup")

Fetch = Callable[[list[str]], Awaitable[Mapping[str, Any]]]
"""Keys → facts about those that exist (a key left out does not exist)."""

FACT_COLUMNS = {"sources": "reliability"}
"""Per table, the column that is the fact about a record; other tables: existence (``True``)."""

LASTING = frozenset({"cameo_codes"})
"""Kinds of reference data only migrations write: their facts may outlive a batch."""


class Memo:
    """Positive answers per kind of lookup (a table name, ``cameo_codes`` …), key → fact.

    ``lasting`` holds the facts of the :data:`LASTING` kinds; pass the same dict to the memo
    of every batch of an import and they are asked once per import.
    """

    def __init__(self, lasting: dict[str, dict[str, Any]] | None = None) -> None:
        self._facts: dict[str, dict[str, Any]] = {}
        self._locked: dict[tuple[str, str], Any] = {}
        if lasting is not None:
            for kind in LASTING:
                self._facts[kind] = lasting.setdefault(kind, {})

    def hold_locked(self, table: str, rows: Sequence[Any]) -> None:
        """Current versions of ``table`` locked (``FOR UPDATE``) in this batch's transaction,
        read together before its rows run: the one update path takes them from here instead of
        locking them one by one (:meth:`take_locked`)."""
        for row in rows:
            self._locked[(table, row["id"])] = row

    def take_locked(self, table: str, record_id: str) -> Any:
        """The locked current version of the record, if held, once: taken, it is no longer
        held, so a later write of the record in the batch reads what the first one wrote."""
        return self._locked.pop((table, record_id), None)

    def get(self, kind: str, key: str) -> Any:
        return self._facts.get(kind, {}).get(key)

    def learn(self, kind: str, key: str, fact: Any) -> None:
        self._facts.setdefault(kind, {})[key] = fact

    def learn_created(self, table: str, values: Mapping[str, Any]) -> None:
        """A record written in this batch exists (with its reliability, for a source)."""
        column = FACT_COLUMNS.get(table)
        self.learn(table, values["id"], values[column] if column else True)

    def forget(self, kind: str, key: str) -> None:
        """The record changed: ask again (a source may have been regraded)."""
        self._facts.get(kind, {}).pop(key, None)


async def lookup(ctx: Context, kind: str, keys: Sequence[str], fetch: Fetch) -> dict[str, Any]:
    """Facts about those of ``keys`` that exist; ``fetch`` is asked only about the unknown ones."""
    if not keys:
        return {}
    memo = ctx.memo
    if memo is None:
        return dict(await fetch(list(dict.fromkeys(keys))))
    found: dict[str, Any] = {}
    wanted: list[str] = []
    for key in dict.fromkeys(keys):
        fact = memo.get(kind, key)
        if fact is None:
            wanted.append(key)
        else:
            found[key] = fact
    if wanted:
        fetched = await fetch(wanted)
        for key, fact in fetched.items():
            memo.learn(kind, key, fact)
        found.update(fetched)
    return found


def forget(ctx: Context, kind: str, key: str) -> None:
    """Drop what the context's memo (if any) knows of ``key``: the record was just changed."""
    memo = ctx.memo
    if memo is not None:
        memo.forget(kind, key)
