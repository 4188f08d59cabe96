"""Citations checked and graded against the sources they name, as a fact is written.

The grade itself (what a citation is, how grades compare) is :mod:`watchfloor.admiralty`.
"""

from typing import Any

import asyncpg
import msgspec

from watchfloor.admiralty import CitationIn, best_grade
from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.persistence import memo

__all__ = ("regraded", "resolve_citations", "source_reliability")

_RELIABILITY = """
SELECT id, reliability FROM sources WHERE id = ANY($1::text[]) AND deleted_at IS NULL
  AND ($2::text[] IS NULL OR dataset = ANY($2::text[]))
"""
"""Sources the caller may see: one in another dataset does not exist for it."""


async def source_reliability(ctx: Context, ids: list[str]) -> dict[str, str]:
    """The reliability of each of ``ids`` that names a live source the caller may see."""

    async def fetch(wanted: list[str]) -> dict[str, str]:
        rows = await ctx.conn.fetch(_RELIABILITY, wanted, ctx.visible_datasets)
        return {r["id"]: r["reliability"] for r in rows}

    return await memo.lookup(ctx, "sources", ids, fetch)


async def resolve_citations(
    ctx: Context, citations: list[CitationIn], pointer: str = "/citations"
) -> list[dict[str, object]]:
    """Check every cited source exists and grade each citation; ready to store as jsonb.

    Raises:
        Unprocessable: a citation names a source that does not exist, or its offsets run
            backwards; each such citation is named by a JSON pointer under ``pointer``.
    """
    reliability = await source_reliability(ctx, [c.source_id for c in citations])
    problems: list[FieldError] = []
    resolved: list[dict[str, object]] = []
    for i, citation in enumerate(citations):
        grade_of = reliability.get(citation.source_id)
        if grade_of is None:
            problems.append(
                FieldError(f"{pointer}/{i}/source_id", f"no source {citation.source_id}")
            )
            continue
        if (
            citation.offset_start is not None
            and citation.offset_end is not None
            and citation.offset_end < citation.offset_start
        ):
            problems.append(FieldError(f"{pointer}/{i}/offset_end", "ends before offset_start"))
            continue
        entry = msgspec.to_builtins(citation)
        entry["reliability"] = grade_of
        entry["grade"] = f"{grade_of}{citation.credibility}"
        resolved.append(entry)
    if problems:
        raise Unprocessable("A citation cannot be accepted.", errors=problems)
    return resolved


async def regraded(ctx: Context, current: asyncpg.Record) -> dict[str, Any]:
    """A fact's stored citations graded with their sources' reliability now.

    Every new version of a fact that carries citations is graded afresh (a source may have been
    regraded since); :class:`~watchfloor.persistence.records.Records` calls this on update.
    """
    citations: list[dict[str, Any]] = current["citations"]
    reliability = await source_reliability(ctx, [str(c["source_id"]) for c in citations])
    fresh = []
    for c in citations:
        letter = reliability.get(str(c["source_id"]), c["reliability"])
        fresh.append({**c, "reliability": letter, "grade": f"{letter}{c['credibility']}"})
    return {"citations": fresh, "grade": best_grade(fresh)}
