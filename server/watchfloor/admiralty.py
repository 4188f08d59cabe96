"""Citations and the NATO Admiralty grade.

Every event, statement and observation cites one or more sources. A citation carries a locator
(quote, page, character offsets) and the analyst's **credibility** of the cited information,
1 (confirmed by other sources) to 6 (cannot be judged). The cited source carries its
**reliability**, A (completely reliable) to F (cannot be judged). Together they make the
Admiralty grade, e.g. ``B2``.

A fact's grade is its best citation's: lowest reliability letter first, then lowest credibility.
Grades are computed when the fact is written, from the sources' reliability at that moment, and
are stored with the fact's version: an ``as_of`` read shows the grade the fact had then. A
later regrade of a source shows on the next version of each fact that cites it.
"""

import re
from typing import Annotated

import msgspec
from msgspec import Meta

from watchfloor.wire import TEXT

__all__ = ("GRADE_PATTERN", "Citation", "CitationIn", "best_grade", "grade_filter")

Credibility = Annotated[
    int,
    Meta(
        ge=1,
        le=6,
        description=(
            "Admiralty credibility of the cited information: 1 confirmed, 2 probably true, "
            "3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged."
        ),
    ),
]
SourceId = Annotated[str, Meta(pattern="^src_[0-9a-f]{32}$")]
Quote = Annotated[str, Meta(min_length=1, max_length=2000, pattern=TEXT)]
Page = Annotated[str, Meta(min_length=1, max_length=50, pattern=TEXT)]
Offset = Annotated[int, Meta(ge=0, le=100_000_000)]
Note = Annotated[str, Meta(max_length=1000, pattern=TEXT)]

GRADE_PATTERN = "^[A-F][1-6]$"
_GRADE = re.compile(GRADE_PATTERN)


class CitationIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A citation as written: which source, where in it, and how credible."""

    source_id: SourceId
    credibility: Credibility
    quote: Quote | None = None
    """The sentence relied on, short and exact."""
    page: Page | None = None
    offset_start: Offset | None = None
    """Character offset of the quote in the source's archived text."""
    offset_end: Offset | None = None
    note: Note | None = None


class Citation(msgspec.Struct, kw_only=True):
    """A citation as read back, with the source's reliability and the resulting grade."""

    source_id: str
    credibility: int
    reliability: str
    """The cited source's Admiralty reliability (A–F) when the fact was recorded."""
    grade: str
    """Admiralty grade of this citation, reliability letter + credibility digit, e.g. ``B2``."""
    quote: str | None = None
    page: str | None = None
    offset_start: int | None = None
    offset_end: int | None = None
    note: str | None = None


def best_grade(citations: list[dict[str, object]]) -> str | None:
    """The best grade among resolved citations (``A1`` best, ``F6`` worst), or ``None``."""
    grades = [str(c["grade"]) for c in citations]
    return min(grades) if grades else None


def grade_filter(min_grade: str) -> tuple[str, str, int]:
    """SQL condition "some citation is at least as good as ``min_grade``" on ``t.citations``.

    ``B2`` admits a citation whose source is A or B *and* whose credibility is 1 or 2: the two
    axes of the Admiralty code are independent, so neither a letter nor a digit alone decides.
    Returns the fragment (with two ``{}`` placeholders) and its two values.
    """
    if not _GRADE.match(min_grade):
        raise ValueError(f"not an Admiralty grade: {min_grade!r}")
    return (
        "EXISTS (SELECT 1 FROM jsonb_array_elements(t.citations) AS c "
        "WHERE c->>'reliability' <= {} AND (c->>'credibility')::int <= {})",
        min_grade[0],
        int(min_grade[1]),
    )
