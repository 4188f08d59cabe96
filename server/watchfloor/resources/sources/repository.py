"""SQL of sources: the table, its filters, and rows → wire types."""

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.sources.schemas import Source, SourceFilters
from watchfloor.wire import marked

__all__ = ("SOURCES", "SourceFilters", "apply_filters", "citing_facts", "to_source")

SOURCES = Table(
    name="sources",
    columns=(
        "title",
        "publisher",
        "url",
        "published_at",
        "language",
        "reliability",
        "reliability_rationale",
        "content_hash",
        "excerpt",
        "release",
        "license",
    ),
)

BY_PUBLISHER = "lower(t.publisher) = lower({})"
PUBLISHED_FROM = "t.published_at >= {}"
PUBLISHED_BEFORE = "t.published_at < {}"
BY_RELIABILITY = "t.reliability = ANY({}::text[])"
BY_LANGUAGE = "t.language = {}"


CONDITIONS = {
    "dataset": BY_DATASET,
    "publisher": BY_PUBLISHER,
    "published_from": PUBLISHED_FROM,
    "published_before": PUBLISHED_BEFORE,
    "reliability": BY_RELIABILITY,
    "language": BY_LANGUAGE,
}
"""Filter → its condition, when given."""

# Each branch is one lookup in the table's GIN index over wf_cited_sources (migration 0064).
# Every dataset counts: a sandbox fact may cite a live source, and it would dangle all the same.
_CITING_FACTS = """
SELECT 'events' AS facts, count(*) AS n FROM events
 WHERE wf_cited_sources(citations) @> ARRAY[$1]::text[] AND deleted_at IS NULL
UNION ALL
SELECT 'statements', count(*) FROM statements
 WHERE wf_cited_sources(citations) @> ARRAY[$1]::text[] AND deleted_at IS NULL
UNION ALL
SELECT 'observations', count(*) FROM observations
 WHERE wf_cited_sources(citations) @> ARRAY[$1]::text[] AND deleted_at IS NULL
"""


def apply_filters(query: ListQuery, filters: SourceFilters) -> None:
    query.where_given(filters, CONDITIONS)


@marked
def to_source(row: asyncpg.Record) -> Source:
    return msgspec.convert(dict(row), Source, strict=True)


async def citing_facts(ctx: Context, source_id: str) -> dict[str, int]:
    """How many live (not deleted) events, statements and observations cite the source."""
    rows = await ctx.conn.fetch(_CITING_FACTS, source_id)
    return {r["facts"]: r["n"] for r in rows}
