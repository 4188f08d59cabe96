"""What the condition kinds share: a status with its evidence, and steps that change."""

from collections.abc import Sequence
from datetime import datetime

from watchfloor.resources.signposts.schemas import SignpostEvidence, SignpostStatus, SignpostStep

__all__ = ("LISTED", "evidence_of", "step_changes")

LISTED = 50
"""Records of each kind an evidence lists at most (the rest are counted in ``more``)."""


def evidence_of(kind: str, ids: Sequence[str]) -> SignpostEvidence:
    """The evidence naming ``ids`` (already newest first) of one ``kind``."""
    evidence = SignpostEvidence(more=max(0, len(ids) - LISTED))
    setattr(evidence, kind, list(ids[:LISTED]))
    return evidence


def step_changes(
    steps: list[SignpostStep],
    at: datetime,
    status: SignpostStatus,
    value: float | None,
    evidence: SignpostEvidence,
    explanation: str,
) -> None:
    """Append the step at ``at`` unless the status, value and evidence are those in effect
    (``not_seen`` with nothing, before any step)."""
    if steps:
        last = steps[-1]
        same = (last.status, last.value, last.evidence) == (status, value, evidence)
    else:
        same = status == "not_seen" and not value and evidence == SignpostEvidence()
    if not same:
        steps.append(
            SignpostStep(
                at=at, status=status, explanation=explanation, value=value, evidence=evidence
            )
        )
