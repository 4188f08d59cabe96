"""Statements, declared once: what actors said, verbatim and sourced."""

from watchfloor.resources.statements.repository import to_statement
from watchfloor.resources.statements.schemas import (
    Statement,
    StatementCreate,
    StatementList,
    StatementPatch,
    StatementVersion,
    StatementVersionList,
)
from watchfloor.resources.statements.service import StatementService
from watchfloor.versioned import Resource

__all__ = ("STATEMENT",)

STATEMENT = Resource(
    name="statement",
    path="/v1/statements",
    service=StatementService(),
    render=to_statement,
    item=Statement,
    create_type=StatementCreate,
    patch_type=StatementPatch,
    page=StatementList,
    version=StatementVersion,
    versions=StatementVersionList,
    references={
        "speaker_id": "actor",
        "target_id": "actor",
        "citations[].source_id": "source",
        "supports[]": "event",
        "contradicts[]": "event",
        "superseded_by": "statement",
    },
)
