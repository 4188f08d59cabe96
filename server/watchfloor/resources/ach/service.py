"""The rules of ACH matrices, and Heuer's scores computed on every write.

A matrix is checked whole (hypotheses, evidence, ratings, question) on create and on every
patch, against the matrix the patch would leave; each problem is a 422 with a pointer. The
scores (:func:`score`) are computed from the result and stored with it, so every read of a
version — ``GET``, ``as_of``, the change feed, the export — shows the same figures.
"""

from datetime import datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.knowing import knowing_query
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.ach import repository as repo
from watchfloor.resources.ach.schemas import (
    RATINGS,
    AchEvidence,
    AchEvidenceIn,
    AchEvidenceScore,
    AchHypothesis,
    AchHypothesisScore,
    AchMatrix,
    AchMatrixCreate,
    AchMatrixPatch,
    AchRating,
    AchScores,
)
from watchfloor.versioned import VersionedService, sent_fields
from watchfloor.wire import marked

__all__ = ("AchMatrixService", "is_weak", "score", "to_known_matrix")

RELEVANCE_WEIGHTS = {"low": 0.5, "medium": 1.0, "high": 2.0}
"""How much an item's inconsistencies count, by its relevance."""
INCONSISTENCY = {"I": 1, "II": 2}
"""Heuer's inconsistency points; ``CC``, ``C`` and ``N`` add none."""
NUMERIC = {"CC": 2, "C": 1, "I": -1, "II": -2}
"""Ratings as numbers for diagnosticity; ``N`` (not applicable) has none."""
DIAGNOSTIC = 2.0
"""The spread from which an item is diagnostic: consistent with one, inconsistent with another."""
_PREFIX = {"event": "evt_", "statement": "stm_", "observation": "obs_", "alert": "alr_"}


def is_weak(grade: str | None) -> bool:
    """Worse than B3: reliability C–F, or credibility 4–6 (an ungraded item is not judged)."""
    return grade is not None and (grade[0] > "B" or int(grade[1]) > 3)


def score(
    hypotheses: list[AchHypothesis], evidence: list[AchEvidence], ratings: list[AchRating]
) -> AchScores:
    """Heuer's inconsistency per hypothesis, ranked, and each item's diagnosticity."""
    items = {e.key: e for e in evidence}
    points = {h.key: 0.0 for h in hypotheses}
    counts = dict.fromkeys(points, 0)
    values: dict[str, list[int]] = {e.key: [] for e in evidence}
    for r in ratings:
        weight = RELEVANCE_WEIGHTS[items[r.evidence].relevance]
        if r.rating in INCONSISTENCY:
            points[r.hypothesis] += INCONSISTENCY[r.rating] * weight
            counts[r.hypothesis] += 1
        if r.rating in NUMERIC:
            values[r.evidence].append(NUMERIC[r.rating])
    ordered = sorted(hypotheses, key=lambda h: points[h.key])  # stable: ties keep list order
    ranked: list[AchHypothesisScore] = []
    for i, h in enumerate(ordered):
        rank = i + 1
        if i and points[h.key] == points[ordered[i - 1].key]:
            rank = ranked[-1].rank
        ranked.append(
            AchHypothesisScore(
                hypothesis=h.key, inconsistency=points[h.key], inconsistent=counts[h.key], rank=rank
            )
        )
    scored = []
    for e in evidence:
        numbers = values[e.key]
        spread = float(max(numbers) - min(numbers)) if len(numbers) >= 2 else 0.0
        weak = is_weak(e.credibility)
        scored.append(
            AchEvidenceScore(
                evidence=e.key,
                diagnosticity=spread,
                diagnostic=spread >= DIAGNOSTIC,
                weakly_sourced=weak,
                flagged=weak and spread >= DIAGNOSTIC,
            )
        )
    return AchScores(hypotheses=ranked, evidence=scored)


@marked
def to_known_matrix(row: asyncpg.Record) -> AchMatrix:
    """A matrix as read: its stored scores, or, when a ``known_by`` read left items out
    (``unknown``: not reported by then), the scores of the items known by then."""
    matrix = repo.to_matrix(row)
    if not matrix.unknown:
        return matrix
    unknown = set(matrix.unknown)
    evidence = [e for e in matrix.evidence if e.key not in unknown]
    ratings = [r for r in matrix.ratings if r.evidence not in unknown]
    return msgspec.structs.replace(matrix, scores=score(matrix.hypotheses, evidence, ratings))


def _duplicates(keys: list[str], where: str) -> list[FieldError]:
    seen: set[str] = set()
    problems = []
    for i, key in enumerate(keys):
        if key in seen:
            problems.append(FieldError(f"/{where}/{i}/key", f"the key {key!r} is used twice"))
        seen.add(key)
    return problems


async def _items(
    ctx: Context, dataset: str, evidence: list[AchEvidenceIn], problems: list[FieldError]
) -> list[AchEvidence]:
    """The items as stored: records checked and their grade and status read."""
    wanted = [e.record_id for e in evidence if e.record_id is not None]
    found = await repo.cited_records(ctx, wanted)
    items = []
    for i, e in enumerate(evidence):
        at = f"/evidence/{i}"
        grade, status = e.credibility, None
        if e.kind == "free":
            if e.record_id is not None:
                problems.append(FieldError(f"{at}/record_id", "a free item cites no record"))
            for name in ("text", "source", "credibility"):
                if getattr(e, name) is None:
                    problems.append(FieldError(f"{at}/{name}", f"a free item needs its {name}"))
        else:
            for name in ("text", "source", "credibility"):
                if getattr(e, name) is not None:
                    problems.append(
                        FieldError(
                            f"{at}/{name}",
                            f"a {e.kind} item's {name} is the record's: send only record_id",
                        )
                    )
            row = None if e.record_id is None else found.get(e.record_id)
            if e.record_id is None:
                problems.append(FieldError(f"{at}/record_id", f"a {e.kind} item needs record_id"))
            elif not e.record_id.startswith(_PREFIX[e.kind]):
                problems.append(FieldError(f"{at}/record_id", f"{e.record_id} is not a {e.kind}"))
            elif row is None or not ctx.may_see(row["dataset"]):
                problems.append(FieldError(f"{at}/record_id", f"no {e.kind} {e.record_id}"))
            elif row["dataset"] != dataset:
                problems.append(
                    FieldError(
                        f"{at}/record_id",
                        f"{e.kind} {e.record_id} is in dataset {row['dataset']}, not {dataset}",
                    )
                )
            else:
                grade, status = row["grade"], row["status"]
        items.append(
            AchEvidence(
                key=e.key,
                kind=e.kind,
                record_id=e.record_id,
                text=e.text,
                source=e.source,
                credibility=grade,
                relevance=e.relevance,
                cited_status=status,
            )
        )
    return items


def _rating_problems(
    hypotheses: list[AchHypothesis], evidence: list[AchEvidence], ratings: list[AchRating]
) -> list[FieldError]:
    h_keys = {h.key for h in hypotheses}
    e_keys = {e.key for e in evidence}
    problems = []
    cells: set[tuple[str, str]] = set()
    for i, r in enumerate(ratings):
        if r.evidence not in e_keys:
            problems.append(
                FieldError(f"/ratings/{i}/evidence", f"no evidence item {r.evidence!r}")
            )
        if r.hypothesis not in h_keys:
            problems.append(
                FieldError(f"/ratings/{i}/hypothesis", f"no hypothesis {r.hypothesis!r}")
            )
        if r.rating not in RATINGS:
            problems.append(
                FieldError(
                    f"/ratings/{i}/rating",
                    f"{r.rating!r} is not on the scale: one of {', '.join(RATINGS)}",
                )
            )
        cell = (r.evidence, r.hypothesis)
        if cell in cells:
            problems.append(
                FieldError(f"/ratings/{i}", f"{r.evidence!r} × {r.hypothesis!r} is rated twice")
            )
        cells.add(cell)
    return problems


async def _matrix(
    ctx: Context,
    dataset: str,
    hypotheses: list[AchHypothesis],
    evidence: list[AchEvidenceIn] | list[AchEvidence],
    ratings: list[AchRating],
    question_id: str | None,
    scenario_set_id: str | None,
) -> dict[str, Any]:
    """The stored columns of a whole matrix, checked (422 listing every problem).

    ``scenario_set_id`` is the matrix's set (sent or kept): every hypothesis naming a scenario
    must name one of it (and, without a set, one of the dataset), each scenario once.
    """
    problems = _duplicates([h.key for h in hypotheses], "hypotheses")
    problems += _duplicates([e.key for e in evidence], "evidence")
    if evidence and isinstance(evidence[0], AchEvidenceIn):
        items = await _items(
            ctx, dataset, [e for e in evidence if isinstance(e, AchEvidenceIn)], problems
        )
    else:
        items = [e for e in evidence if isinstance(e, AchEvidence)]
    problems += _rating_problems(hypotheses, items, ratings)
    if question_id is not None:
        where = await repo.question_dataset(ctx, question_id)
        if where is None or not ctx.may_see(where):
            problems.append(FieldError("/question_id", f"no question {question_id}"))
        elif where != dataset:
            problems.append(
                FieldError("/question_id", f"question {question_id} is in dataset {where}")
            )
    problems += await _scenario_problems(ctx, dataset, hypotheses, scenario_set_id)
    if problems:
        raise Unprocessable("The ACH matrix cannot be scored.", errors=problems)
    return {
        "hypotheses": [msgspec.to_builtins(h) for h in hypotheses],
        "evidence": [msgspec.to_builtins(e) for e in items],
        "ratings": [msgspec.to_builtins(r) for r in ratings],
        "scores": msgspec.to_builtins(score(hypotheses, items, ratings)),
        "record_ids": list(dict.fromkeys(e.record_id for e in items if e.record_id is not None)),
        "scenario_ids": [h.scenario_id for h in hypotheses if h.scenario_id is not None],
    }


async def _scenario_problems(
    ctx: Context, dataset: str, hypotheses: list[AchHypothesis], set_id: str | None
) -> list[FieldError]:
    named = [h.scenario_id for h in hypotheses if h.scenario_id is not None]
    found = await repo.scenarios(ctx, named) if named else {}
    problems = []
    seen: set[str] = set()
    for i, h in enumerate(hypotheses):
        if h.scenario_id is None:
            continue
        at = f"/hypotheses/{i}/scenario_id"
        row = found.get(h.scenario_id)
        if row is None or not ctx.may_see(row["dataset"]):
            problems.append(FieldError(at, f"no scenario {h.scenario_id}"))
        elif row["dataset"] != dataset:
            problems.append(
                FieldError(at, f"scenario {h.scenario_id} is in dataset {row['dataset']}")
            )
        elif set_id is not None and row["set_id"] != set_id:
            problems.append(FieldError(at, f"scenario {h.scenario_id} is not in set {set_id}"))
        elif h.scenario_id in seen:
            problems.append(FieldError(at, f"scenario {h.scenario_id} is named twice"))
        seen.add(h.scenario_id)
    return problems


async def _set_problems(ctx: Context, dataset: str, set_id: str | None) -> list[FieldError]:
    """A newly named scenario set must exist in the dataset."""
    if set_id is None:
        return []
    where = await repo.scenario_set_dataset(ctx, set_id)
    if where is None or not ctx.may_see(where):
        return [FieldError("/scenario_set_id", f"no scenario set {set_id}")]
    if where != dataset:
        return [FieldError("/scenario_set_id", f"scenario set {set_id} is in dataset {where}")]
    return []


class AchMatrixService(VersionedService[AchMatrixCreate, AchMatrixPatch, repo.AchFilters]):
    """Create, read, change and delete ACH matrices."""

    records = Records(repo.ACH_MATRICES, "ach matrix")

    async def values(self, ctx: Context, data: AchMatrixCreate) -> dict[str, Any]:
        values = msgspec.structs.asdict(data)
        problems = await _set_problems(ctx, data.dataset, data.scenario_set_id)
        if problems:
            raise Unprocessable("The ACH matrix cannot be scored.", errors=problems)
        values.update(
            await _matrix(
                ctx,
                data.dataset,
                data.hypotheses,
                data.evidence,
                data.ratings,
                data.question_id,
                data.scenario_set_id,
            )
        )
        return values

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: AchMatrixPatch
    ) -> dict[str, Any]:
        changes = sent_fields(data)
        set_id = (
            current["scenario_set_id"]
            if data.scenario_set_id is msgspec.UNSET
            else data.scenario_set_id
        )
        if isinstance(data.scenario_set_id, str):
            problems = await _set_problems(ctx, current["dataset"], data.scenario_set_id)
            if problems:
                raise Unprocessable("The ACH matrix cannot be scored.", errors=problems)
        changes.update(
            await _matrix(
                ctx,
                current["dataset"],
                _kept(data.hypotheses, current["hypotheses"], list[AchHypothesis]),
                # Evidence not sent keeps the grades and statuses read when it was cited.
                _kept(data.evidence, current["evidence"], list[AchEvidence]),
                _kept(data.ratings, current["ratings"], list[AchRating]),
                # A kept question is not checked again: only a new one must exist.
                data.question_id if isinstance(data.question_id, str) else None,
                set_id,
            )
        )
        return changes

    def list_query(self, filters: repo.AchFilters, as_of: datetime | None) -> ListQuery:
        return knowing_query(self.records, as_of, filters.known_by)

    def filter(self, query: ListQuery, filters: repo.AchFilters) -> None:
        repo.apply_filters(query, filters)


def _kept(sent: Any, stored: Any, kind: Any) -> Any:
    """What a patch sent, else the stored value as its wire type."""
    return sent if sent is not msgspec.UNSET else msgspec.convert(stored, kind)
