"""SQL of actors: the table, its filters, and rows → wire types."""

import re
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence import memo
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.actors.schemas import Actor, ActorFilters

__all__ = ("ACTORS", "ActorFilters", "apply_filters", "missing_actor_ids", "to_actor")

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
      AND ($2::text[] IS NULL OR a.dataset = ANY($2::text[]))
)
"""


CONDITIONS = {
    "dataset": BY_DATASET,
    "kind": BY_KIND,
    "country": BY_COUNTRY,
    "name": BY_NAME_OR_ALIAS,
    "member_of": BY_MEMBERSHIP,
}
"""Filter → its condition, when given."""


def apply_filters(query: ListQuery, filters: ActorFilters) -> None:
    query.where_given(filters, CONDITIONS)
    if filters.ids is not None:
        # A string that is not an actor id names no actor; it narrows to nothing, not to a 400.
        query.where(BY_IDS, [i for i in filters.ids if ACTOR_ID.match(i)])


def to_actor(row: asyncpg.Record) -> Actor:
    return msgspec.convert(dict(row), Actor, strict=True)


async def missing_actor_ids(ctx: Context, ids: list[str]) -> list[str]:
    """Those of ``ids`` that name no live actor the caller may see (others do not exist for it)."""

    async def fetch(wanted: list[str]) -> dict[str, bool]:
        rows: list[Any] = await ctx.conn.fetch(_MISSING, wanted, ctx.visible_datasets)
        missing = {r["wanted"] for r in rows}
        return {i: True for i in wanted if i not in missing}

    found = await memo.lookup(ctx, ACTORS.name, ids, fetch)
    return [i for i in ids if i not in found]
