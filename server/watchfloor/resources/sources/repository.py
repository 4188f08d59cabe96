"""SQL of sources: the table, its filters, and rows → wire types."""

import asyncpg
import msgspec

from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.sources.schemas import Source, SourceFilters

__all__ = ("SOURCES", "SourceFilters", "apply_filters", "to_source")

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


def apply_filters(query: ListQuery, filters: SourceFilters) -> None:
    query.where_given(filters, CONDITIONS)


def to_source(row: asyncpg.Record) -> Source:
    return msgspec.convert(dict(row), Source, strict=True)
