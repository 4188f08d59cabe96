"""``/v1/questions``: the kit's operations, with the list's filters."""

from typing import Annotated, Literal

from litestar.params import QueryParameter

from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.params import DatasetQuery, instant
from watchfloor.resources.questions.resource import QUESTION
from watchfloor.resources.questions.schemas import QuestionFilters

__all__ = ("question_filters", "router")


def question_filters(
    dataset: DatasetQuery = "live",
    # `state` is a name the framework keeps for itself: the query parameter is renamed.
    question_state: Annotated[
        Literal["open", "closed", "resolved", "annulled"] | None,
        QueryParameter(name="state", description="Only questions in this state."),
    ] = None,
    kind: Annotated[
        Literal["binary", "count", "quantity"] | None,
        QueryParameter(description="Only questions of this kind."),
    ] = None,
    tag: Annotated[
        str | None,
        QueryParameter(
            description="Only questions with this tag, e.g. `dprk`.",
            pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$",
        ),
    ] = None,
    indicator: Annotated[
        str | None,
        QueryParameter(
            description="Only questions whose criteria measure this indicator (an indicator id).",
            pattern="^ind_[0-9a-f]{32}$",
        ),
    ] = None,
    resolves_from: Annotated[
        str | None,
        QueryParameter(
            format="date-time", description="Only questions resolving at or after this instant."
        ),
    ] = None,
    resolves_to: Annotated[
        str | None,
        QueryParameter(
            format="date-time", description="Only questions resolving at or before this instant."
        ),
    ] = None,
) -> QuestionFilters:
    return QuestionFilters(
        dataset=dataset,
        state=question_state,
        kind=kind,
        tag=tag,
        indicator=indicator,
        resolves_from=instant(resolves_from, "resolves_from"),
        resolves_to=instant(resolves_to, "resolves_to"),
    )


router = routes(
    QUESTION,
    Face(
        tag="forecasting",
        filters=question_filters,
        words={
            "create": Words(
                "Create a question",
                """A forecasting question: binary, count or quantity, with criteria a machine can check.

The criteria measure an indicator (`indicator_id`, its figures for the periods inside the
window combined by `aggregate`) or events or statements chosen with the lists' filters
(`over`, `filters`, `measure`) over `[window_start, window_end]`; a binary question compares
the value (`comparison`, by default `>= 1`). The worker resolves it at `resolves_at` from the
data as known then. A question with `judgment: true` is resolved by an analyst. Criteria that
name nothing, an indicator of another dataset, unknown filters or actors, an impossible
window, levels or bins out of order: 422 with a pointer. See `docs/forecasting.md`.""",
            ),
            "list": Words(
                "List questions",
                "List questions, newest first. Examples: `?state=open`, `?tag=dprk`, "
                "`?indicator=ind_…`, `?resolves_from=2027-01-01T00:00:00Z`.",
            ),
            "update": Words(
                "Change, resolve or annul a question",
                """Change the words (`title`, `description`, `tags`), move `closes_at` while the question is open,
resolve it (`resolve`: a judgment question once `resolves_at` has passed, or a question flagged
for review — resolving it again on purpose), or annul it (`annul`, with the reason: it leaves
every score and leaderboard). Criteria, kind and window never change.""",
            ),
        },
    ),
)
