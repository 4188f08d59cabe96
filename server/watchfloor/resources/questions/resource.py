"""Questions, declared once: what forecasters forecast, and how each is resolved."""

from watchfloor.resources.questions.repository import to_question
from watchfloor.resources.questions.schemas import (
    Question,
    QuestionCreate,
    QuestionList,
    QuestionPatch,
    QuestionVersion,
    QuestionVersionList,
)
from watchfloor.resources.questions.service import QuestionService
from watchfloor.versioned import Resource

__all__ = ("QUESTION",)

QUESTION = Resource(
    name="question",
    path="/v1/questions",
    service=QuestionService(),
    render=to_question,
    item=Question,
    create_type=QuestionCreate,
    patch_type=QuestionPatch,
    page=QuestionList,
    version=QuestionVersion,
    versions=QuestionVersionList,
    references={"criteria.indicator_id": "indicator"},
)
