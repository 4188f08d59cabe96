"""One actor per real actor: an actor row whose ``external_id`` is new may name one already there.

Before an import creates an actor, it looks for the actor the row means among those of the
dataset (not merged away), and takes it when exactly one fits:

1. the same Wikidata QID;
2. else the same CAMEO code, where the kinds agree;
3. else a name or alias in common once case, accents (romanisations), spaces, hyphens and
   punctuation are set aside (``Kim Jong-Un`` = ``Kim Jong Un``; the SQL function
   ``wf_name_key``), where the kinds agree and no identifier disagrees (two actors with
   different CAMEO codes or QIDs are two actors, whatever their names).

Kinds agree when equal, or when one is the generic ``organization`` (what importers say when a
data set does not tell) and the other a kind of organisation (``igo``, ``armed_group`` …);
a person and a state never agree with anything else. Two or more fitting actors are left
alone (a new actor is created): the duplicates list (``GET /v1/actors/duplicates``) shows them
to an operator, who merges.

The match is recorded on the actor found: its ``known_as`` gains the row's external id with
the rule and the value that matched, and the row's names it lacks join its aliases.
"""

from dataclasses import dataclass
from typing import Any

from watchfloor.context import Context
from watchfloor.resources.actors.repository import candidates

__all__ = ("Match", "kinds_agree", "resolve_actor")

ORGANISATIONS = frozenset(
    {"organization", "government_body", "military_unit", "company", "igo", "armed_group", "media"}
)


def kinds_agree(a: str, b: str) -> bool:
    """Whether actors of kinds ``a`` and ``b`` may be one actor."""
    return a == b or ({a, b} <= ORGANISATIONS and "organization" in (a, b))


@dataclass(frozen=True)
class Match:
    """The actor a row names, and why."""

    actor_id: str
    rule: str
    value: str


def _conflicts(row: Any, data: Any) -> bool:
    return any(
        getattr(data, f) is not None and row[f] is not None and row[f] != getattr(data, f)
        for f in ("wikidata_qid", "cameo_code")
    )


async def resolve_actor(ctx: Context, dataset: str, data: Any) -> Match | None:
    """The one existing actor ``data`` (an ``ActorCreate``) names, if exactly one fits."""
    found = await candidates(
        ctx, dataset, data.name, list(data.aliases), data.wikidata_qid, data.cameo_code
    )
    if data.wikidata_qid is not None:
        same = [r for r in found if r["wikidata_qid"] == data.wikidata_qid]
        if len(same) == 1:
            return Match(same[0]["id"], "wikidata_qid", data.wikidata_qid)
    fitting = [r for r in found if kinds_agree(r["kind"], data.kind)]
    if data.cameo_code is not None:
        same = [r for r in fitting if r["cameo_code"] == data.cameo_code]
        if len(same) == 1:
            return Match(same[0]["id"], "cameo_code", data.cameo_code)
    named = [r for r in fitting if not _conflicts(r, data)]
    if len(named) == 1:
        return Match(named[0]["id"], "name", data.name)
    return None
