"""Wire types of ``POST /v1/import``: the import report."""

import msgspec

__all__ = ("ImportReport", "ImportWarning", "RejectedLine", "ResourceCounts")


class RejectedLine(msgspec.Struct, kw_only=True):
    """A line that was not imported, and why."""

    line: int
    """1-based line of the input. ``0`` marks a record a format importer generated itself (the
    data set's source, say) rather than read from one line."""
    reason: str
    """What is wrong with it, naming the field (JSON pointer) where there is one."""
    resource: str | None = None
    """The line's ``resource``, when it could be read."""
    external_id: str | None = None
    """The line's ``external_id``, when it could be read."""


class ImportWarning(msgspec.Struct, kw_only=True):
    """A line imported with a repair: the input got part of the record wrong, the rest was kept.

    Format importers repair what a data set gets inconsistent (a range whose bounds are out of
    order, an actor entry that is not an actor, an id used twice) rather than drop the record.
    """

    line: int
    """1-based line of the input (``0`` for a record the importer generated)."""
    field: str
    """The input's field, as the data set names it (``high``, ``target``, ``id``)."""
    detail: str
    """What the input said, and what was kept or left out instead."""
    resource: str
    """The imported record's resource."""
    external_id: str
    """The imported record's ``external_id``."""


class ResourceCounts(msgspec.Struct, kw_only=True):
    """Outcomes for the lines of one resource."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    matched: int = 0


class ImportReport(msgspec.Struct, kw_only=True):
    """What an import did with every line it read.

    ``read = created + updated + unchanged + matched + rejected``; every rejected line is listed with its
    number and reason. Importing the same input again reports every line unchanged (bar those
    rejected again).
    """

    dataset: str
    """The dataset the lines were written to."""
    read: int
    """Lines read (blank lines are not counted)."""
    created: int
    """New records."""
    updated: int
    """Records that differed and got a new version (the old one stays in history)."""
    unchanged: int
    """Records already as the line says: no new version was written."""
    rejected: int
    """Lines not imported; each is in ``rejected_lines``."""
    matched: int = 0
    """Actor lines with a new external id that named an actor already there (same identifier,
    or the same name once case, accents, spaces and hyphens are set aside, of an agreeing kind):
    the actor records the match in ``known_as`` instead of a second actor being created."""
    resources: dict[str, ResourceCounts]
    """The same counts per resource (``actor``, ``event`` …), for lines whose resource was known:
    a line a format importer could not read counts against the resource it would have been."""
    rejected_lines: list[RejectedLine]
    """Every rejected line, in input order."""
    # A default, so that a client generated from the schema still decodes an older server's
    # report; the server always sends it.
    warnings: list[ImportWarning] = msgspec.field(default_factory=list)
    """Every repair made to keep an imported line, in input order: the line is counted as
    created, updated or unchanged, and its warning says what the input got wrong."""
