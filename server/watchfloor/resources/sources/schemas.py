"""Wire types of ``/v1/sources``."""

from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import envelopes
from watchfloor.wire import TEXT, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "Reliability",
    "Source",
    "SourceCreate",
    "SourceList",
    "SourcePatch",
    "SourceVersion",
    "SourceVersionList",
)

Reliability = Literal["A", "B", "C", "D", "E", "F"]
"""NATO Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged."""

Title = Annotated[str, Meta(min_length=1, max_length=1000, pattern=TEXT)]
Publisher = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
# Explicit ranges, not \s: Python's and ECMA's \s disagree on control characters.
Url = Annotated[str, Meta(pattern="^https?://[^\\u0000-\\u0020\\u007f]+$", max_length=2000)]
Language = Annotated[
    str, Meta(pattern="^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", description="BCP 47 tag", examples=["ko"])
]
Rationale = Annotated[str, Meta(max_length=1000, pattern=TEXT)]
ContentHash = Annotated[str, Meta(pattern="^sha256:[0-9a-f]{64}$")]
Excerpt = Annotated[str, Meta(max_length=20000, pattern=TEXT)]
Release = Annotated[
    str, Meta(min_length=1, max_length=200, pattern=TEXT, examples=["GED 25.1", "2023-04-19"])
]
License = Annotated[
    str, Meta(min_length=1, max_length=300, pattern=TEXT, examples=["CC-BY-4.0", "Apache-2.0"])
]


class Source(msgspec.Struct, kw_only=True):
    """A document facts are drawn from: an article, a statement, a data set, a report."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    title: str
    publisher: str
    url: str | None
    published_at: Timestamp | None
    language: str | None
    reliability: Reliability
    """Admiralty reliability of the source, A (completely reliable) to F (cannot be judged)."""
    reliability_rationale: str | None
    """One line on why the source got its grade."""
    content_hash: str | None
    """``sha256:…`` of the archived text, so later edits of the original can be detected."""
    excerpt: str | None
    """The archived passage relied on (DPRK media edit and delete their own pages)."""
    release: str | None
    """For a data set: the release imported (a version, a date, a file name)."""
    license: str | None
    """For a data set: the licence it is published under (SPDX id or the stated terms)."""
    exercise: ExerciseMark = UNSET


class SourceCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new source."""

    title: Title
    publisher: Publisher
    reliability: Reliability
    url: Url | None = None
    published_at: Timestamp | None = None
    language: Language | None = None
    reliability_rationale: Rationale | None = None
    content_hash: ContentHash | None = None
    excerpt: Excerpt | None = None
    release: Release | None = None
    license: License | None = None
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class SourcePatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to a source; omitted fields stay as they are, ``null`` clears a field."""

    title: Title | UnsetType = UNSET
    publisher: Publisher | UnsetType = UNSET
    reliability: Reliability | UnsetType = UNSET
    url: Url | None | UnsetType = UNSET
    published_at: Timestamp | None | UnsetType = UNSET
    language: Language | None | UnsetType = UNSET
    reliability_rationale: Rationale | None | UnsetType = UNSET
    content_hash: ContentHash | None | UnsetType = UNSET
    excerpt: Excerpt | None | UnsetType = UNSET
    release: Release | None | UnsetType = UNSET
    license: License | None | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


SourceList, SourceVersion, SourceVersionList = envelopes(Source, "source", "a source", "sources")


class SourceFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/sources``."""

    dataset: str
    publisher: str | None = None
    published_from: datetime | None = None
    published_before: datetime | None = None
    reliability: list[Reliability] | None = None
    language: str | None = None
