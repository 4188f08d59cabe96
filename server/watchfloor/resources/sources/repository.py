"""SQL of sources: the table, its filters, and rows → wire types."""

import asyncpg
import msgspec

from watchfloor.persistence.store import ListQuery, Table
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

BY_DATASET = "t.dataset = {}"
BY_PUBLISHER = "lower(t.publisher) = lower({})"
PUBLISHED_FROM = "t.published_at >= {}"
PUBLISHED_BEFORE = "t.published_at < {}"
BY_RELIABILITY = "t.reliability = ANY({}::text[])"
BY_LANGUAGE = "t.language = {}"


def apply_filters(query: ListQuery, filters: SourceFilters) -> None:
    query.where(BY_DATASET, filters.dataset)
    if filters.publisher is not None:
        query.where(BY_PUBLISHER, filters.publisher)
    if filters.published_from is not None:
        query.where(PUBLISHED_FROM, filters.published_from)
    if filters.published_before is not None:
        query.where(PUBLISHED_BEFORE, filters.published_before)
    if filters.reliability:
        query.where(BY_RELIABILITY, filters.reliability)
    if filters.language is not None:
        query.where(BY_LANGUAGE, filters.language)


def to_source(row: asyncpg.Record) -> Source:
    return msgspec.convert(dict(row), Source, strict=True)
