"""SQL of actors: the table, its filters, and rows → wire types."""

import re
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence import memo
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.actors.schemas import Actor, ActorFilters
from watchfloor.wire import marked

__all__ = (
    "ACTORS",
    "REFERRERS",
    "ActorFilters",
    "apply_filters",
    "candidates",
    "duplicate_pairs",
    "merged_into",
    "missing_actor_ids",
    "referrers",
    "to_actor",
)

ACTORS = Table(
    name="actors",
    columns=(
        "kind",
        "name",
        "aliases",
        "country",
        "cameo_code",
        "wikidata_qid",
        "description",
        "memberships",
        "superseded_by",
        "known_as",
    ),
)

ACTOR_ID = re.compile(r"^act_[0-9a-f]{32}$")

BY_KIND = "t.kind = {}"
BY_COUNTRY = "t.country = {}"
BY_NAME_OR_ALIAS = "wf_names(t.name, t.aliases) @> ARRAY[lower({})]"
BY_MEMBERSHIP = (
    "t.memberships @> jsonb_build_array(jsonb_build_object('organization_id', {}::text))"
)
BY_IDS = "t.id = ANY({}::text[])"

_MISSING = """
SELECT wanted FROM unnest($1::text[]) AS wanted
WHERE NOT EXISTS (
    SELECT 1 FROM actors a WHERE a.id = wanted AND a.deleted_at IS NULL
      AND a.superseded_by IS NULL
      AND ($2::text[] IS NULL OR a.dataset = ANY($2::text[]))
)
"""


# Actors an incoming one may be: the same Wikidata QID or CAMEO code, or a name key in common
# (name_keys, stored: wf_name_key sets case, accents, spaces and hyphens aside; GIN-indexed).
# The incoming keys are an InitPlan, computed once per execution: as a plain expression a
# generic plan would normalise the names again for every row it looks at.
_CANDIDATES = """
SELECT t.id, t.kind, t.name, t.aliases, t.wikidata_qid, t.cameo_code, t.known_as FROM actors t
WHERE t.dataset = $1 AND t.deleted_at IS NULL AND t.superseded_by IS NULL
  AND (t.name_keys && (SELECT wf_name_keys($2, $3::text[]))
       OR t.wikidata_qid = $4 OR t.cameo_code = $5)
LIMIT 20
"""


CONDITIONS = {
    "dataset": BY_DATASET,
    "kind": BY_KIND,
    "country": BY_COUNTRY,
    "name": BY_NAME_OR_ALIAS,
    "member_of": BY_MEMBERSHIP,
}
"""Filter → its condition, when given."""


NOT_SUPERSEDED = "t.superseded_by IS NULL"


def apply_filters(query: ListQuery, filters: ActorFilters) -> None:
    query.where_given(filters, CONDITIONS)
    if filters.ids is None:
        # A merged actor leaves the lists; read by id it says where it went.
        query.where(NOT_SUPERSEDED)
    else:
        # A string that is not an actor id names no actor; it narrows to nothing, not to a 400.
        query.where(BY_IDS, [i for i in filters.ids if ACTOR_ID.match(i)])


@marked
def to_actor(row: asyncpg.Record) -> Actor:
    return msgspec.convert(dict(row), Actor, strict=True)


async def missing_actor_ids(ctx: Context, ids: list[str]) -> list[str]:
    """Those of ``ids`` that name no live actor the caller may see (others do not exist for it).

    An actor merged into another is not one to point at any more: its survivor is.
    """

    async def fetch(wanted: list[str]) -> dict[str, bool]:
        rows: list[Any] = await ctx.conn.fetch(_MISSING, wanted, ctx.visible_datasets)
        missing = {r["wanted"] for r in rows}
        return {i: True for i in wanted if i not in missing}

    found = await memo.lookup(ctx, ACTORS.name, ids, fetch)
    return [i for i in ids if i not in found]


async def candidates(
    ctx: Context,
    dataset: str,
    name: str,
    aliases: list[str],
    wikidata_qid: str | None,
    cameo_code: str | None,
) -> list[asyncpg.Record]:
    """Live, unmerged actors of ``dataset`` sharing an identifier or a name key with these."""
    return list(await ctx.conn.fetch(_CANDIDATES, dataset, name, aliases, wikidata_qid, cameo_code))


REFERRERS = {
    "event": "SELECT id FROM events WHERE dataset = $1 AND deleted_at IS NULL "
    "AND (actor_ids @> ARRAY[$2::text] OR recipient_ids @> ARRAY[$2::text]) ORDER BY id",
    "statement": "SELECT id FROM statements WHERE dataset = $1 AND deleted_at IS NULL "
    "AND (speaker_id = $2 OR target_id = $2) ORDER BY id",
    "indicator": "SELECT id FROM indicators WHERE dataset = $1 AND deleted_at IS NULL "
    "AND actor_ids @> ARRAY[$2::text] ORDER BY id",
    "actor": "SELECT id FROM actors WHERE dataset = $1 AND deleted_at IS NULL "
    "AND memberships @> jsonb_build_array(jsonb_build_object('organization_id', $2::text)) "
    "ORDER BY id",
}
"""Per resource that points at actors: the live records of a dataset that point at one."""

_MERGED_INTO = (
    "SELECT id FROM actors WHERE dataset = $1 AND superseded_by = $2 AND deleted_at IS NULL"
)

# Pairs of live, unmerged actors sharing a name key whose kinds agree (equal, or one the
# generic 'organization' and the other an organisation), in (first, second) order after a
# keyset. imports/identity.py left them apart: more than one fitted, or an identifier
# disagreed.
_DUPLICATES = """
WITH keyed AS (
    SELECT t.id, t.kind, unnest(t.name_keys) AS k FROM actors t
    WHERE t.dataset = $1 AND t.deleted_at IS NULL AND t.superseded_by IS NULL
)
SELECT a.id AS first_id, b.id AS second_id, array_agg(DISTINCT a.k ORDER BY a.k) AS shared
FROM keyed a JOIN keyed b ON a.k = b.k AND a.id < b.id
WHERE (a.kind = b.kind
       OR (a.kind = ANY($2::text[]) AND b.kind = ANY($2::text[])
           AND 'organization' IN (a.kind, b.kind)))
  AND ($3::text IS NULL OR (a.id, b.id) > ($3, $4))
GROUP BY a.id, b.id
ORDER BY a.id, b.id
LIMIT $5
"""


async def referrers(ctx: Context, resource: str, dataset: str, actor_id: str) -> list[str]:
    """Ids of the live ``resource`` records of ``dataset`` that point at ``actor_id``."""
    return [r["id"] for r in await ctx.conn.fetch(REFERRERS[resource], dataset, actor_id)]


async def merged_into(ctx: Context, dataset: str, actor_id: str) -> list[str]:
    """Actors merged into ``actor_id`` earlier."""
    return [r["id"] for r in await ctx.conn.fetch(_MERGED_INTO, dataset, actor_id)]


async def duplicate_pairs(
    ctx: Context,
    dataset: str,
    organisations: list[str],
    after: list[Any] | None,
    limit: int,
) -> list[asyncpg.Record]:
    """Up to ``limit`` likely duplicate pairs after the keyset ``after`` (first, second id)."""
    first, second = (after[0], after[1]) if after else (None, None)
    return list(await ctx.conn.fetch(_DUPLICATES, dataset, organisations, first, second, limit))
