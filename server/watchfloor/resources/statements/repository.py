"""SQL of statements: the table, its filters, full-text search, and rows → wire types."""

import asyncpg
import msgspec

from watchfloor.admiralty import grade_filter
from watchfloor.context import Context
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.statements.schemas import SEARCHED, Statement, StatementFilters
from watchfloor.wire import marked

__all__ = (
    "NEWEST",
    "RANKED",
    "STATEMENTS",
    "StatementFilters",
    "apply_filters",
    "missing_event_ids",
    "statement_exists",
    "to_statement",
)

STATEMENTS = Table(
    name="statements",
    columns=(
        "speaker_id",
        "text",
        "language",
        "translation",
        "channel",
        "audience",
        "said_on",
        "said_at",
        "reported_at",
        "target_id",
        "stance",
        "topics",
        "supports",
        "contradicts",
        "status",
        "status_reason",
        "superseded_by",
        "citations",
        "grade",
    ),
)

BY_SPEAKER = "t.speaker_id = {}"
BY_TARGET = "t.target_id = {}"
BY_STANCE = "t.stance = {}"
BY_TOPIC = "t.topics @> ARRAY[{}::text]"
BY_CHANNEL = "t.channel = {}"
# `ko` also finds `ko-KP`: a tag's primary subtag names the language.
BY_LANGUAGE = "(t.language = {0} OR t.language LIKE {0} || '-%')"
SAID_FROM = "t.said_on >= {}"
SAID_TO = "t.said_on <= {}"
SUPPORTS = "t.supports @> ARRAY[{}::text]"
CONTRADICTS = "t.contradicts @> ARRAY[{}::text]"
BY_STATUS = "t.status = {}"
NOT_RETRACTED = "t.status <> 'retracted'"
# Knowledge time (migrations/0071_reported_at.sql): what had been reported by an instant.
KNOWN_BY = "t.reported_at <= {}"

# `q` is read twice, once under each configuration the `search` column is built with: 'simple'
# for the original (weight A; words as written, any language) and 'english' for the translation
# (weight B; stemmed, so "missiles" finds "missile"). A statement matches when its original
# matches the 'simple' reading or its translation the 'english' one. MATCHES, on the whole
# column, is what the GIN index serves and picks the candidates (SEARCHED); EXACT then checks
# each reading against its own part (ts_filter by weight) on the candidates only, so `-word`
# excludes a statement that has the word in the part being read. MATCHES never drops a
# statement EXACT keeps. EXACT stays out of the candidates' query: the planner cannot estimate
# it and, guessing it rare, would read every match instead of stopping after the newest.
MATCHES = (
    "t.search @@ (websearch_to_tsquery('simple', {0}) || websearch_to_tsquery('english', {0}))"
)
EXACT = (
    "ts_filter(t.search, '{{a}}') @@ websearch_to_tsquery('simple', {0}) "
    "OR ts_filter(t.search, '{{b}}') @@ websearch_to_tsquery('english', {0})"
)
# Cover density: quotes where the words stand close together rank first; a match in the
# original (weight A) counts more than one in the translation (weight B). float8 so the rank
# survives the cursor's JSON round trip exactly.
RANK = (
    "ts_rank_cd(t.search, "
    "websearch_to_tsquery('simple', {0}) || websearch_to_tsquery('english', {0}))::float8"
)

NEWEST = (("t.said_on", True), ("t.id", True))
"""Default order: latest said first; the id breaks ties so the keyset is total."""
RANKED = (("rank", True), ("t.id", True))
"""Order of a text search: best match first. Keyset on (rank, id) stays correct because a
row's rank is a pure function of its stored text and the query, and the query is pinned by
the cursor's filter fingerprint: every page ranks every row exactly as the first page did,
and (rank, id) is unique, so each row falls on exactly one side of the cursor."""

_MISSING_EVENTS = """
SELECT wanted FROM unnest($1::text[]) AS wanted
WHERE NOT EXISTS (
    SELECT 1 FROM events e WHERE e.id = wanted AND e.deleted_at IS NULL
      AND ($2::text[] IS NULL OR e.dataset = ANY($2::text[]))
)
"""
_STATEMENT_EXISTS = """
SELECT EXISTS (
    SELECT 1 FROM statements WHERE id = $1 AND deleted_at IS NULL
      AND ($2::text[] IS NULL OR dataset = ANY($2::text[]))
)
"""


CONDITIONS = {
    "dataset": BY_DATASET,
    "speaker": BY_SPEAKER,
    "target": BY_TARGET,
    "stance": BY_STANCE,
    "topic": BY_TOPIC,
    "channel": BY_CHANNEL,
    "language": BY_LANGUAGE,
    "said_from": SAID_FROM,
    "said_to": SAID_TO,
    "supports": SUPPORTS,
    "contradicts": CONTRADICTS,
    "status": BY_STATUS,
    "known_by": KNOWN_BY,
}
"""Filter → its condition, when given."""


def apply_filters(query: ListQuery, filters: StatementFilters) -> None:
    """Narrow ``query``; with ``q`` the rows also get a ``rank`` column to order by."""
    query.where_given(filters, CONDITIONS)
    # Asking for retracted statements by status shows them; otherwise they stay out unless asked.
    if filters.status is None and not filters.include_retracted:
        query.where(NOT_RETRACTED)
    if filters.min_grade is not None:
        query.where(*grade_filter(filters.min_grade))
    if filters.q is not None:
        placeholder = query.param(filters.q)
        query.conditions.append(MATCHES.format(placeholder))
        query.refine.append(EXACT.format(placeholder))
        query.computed["rank"] = RANK.format(placeholder)
        query.candidates = (NEWEST, SEARCHED)
        # A generic plan cannot tell a common word (walk the said order, stop after the
        # candidates) from a rare one (the GIN index); it guesses rare and reads every match.
        query.custom_plan = True


@marked
def to_statement(row: asyncpg.Record) -> Statement:
    return msgspec.convert(dict(row), Statement, strict=True)


async def missing_event_ids(ctx: Context, ids: list[str]) -> list[str]:
    """Those of ``ids`` that name no live event."""
    if not ids:
        return []
    rows = await ctx.conn.fetch(_MISSING_EVENTS, ids, ctx.visible_datasets)
    return [r["wanted"] for r in rows]


async def statement_exists(ctx: Context, statement_id: str) -> bool:
    """Whether ``statement_id`` names a live (not deleted) statement."""
    return bool(await ctx.conn.fetchval(_STATEMENT_EXISTS, statement_id, ctx.visible_datasets))
