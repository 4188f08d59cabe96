"""The warning board: every problem's level and open alerts, for any instant of both clocks.

Two statements, however many problems: the problems as recorded at ``as_of``, and their alerts
(as recorded at ``as_of``) open at the knowledge instant ``known_by``. An alert's knowledge-time
interval and steps are stored with it, so the board of any past date is read, not recomputed:
it is what the worker's replay of the data gave, and ``as_of`` shows what it gave then.
"""

from datetime import UTC, datetime

from watchfloor.context import Context
from watchfloor.resources.alerts.render import to_alert_at
from watchfloor.warning import repository as repo
from watchfloor.warning.schemas import Board, BoardLevel, BoardProblem

__all__ = ("board",)

_RANK = {"quiet": 0, "watch": 1, "warning": 2}


async def board(
    ctx: Context, dataset: str, *, as_of: datetime | None, known_by: datetime | None
) -> Board:
    """The board of ``dataset``: at ``known_by`` (default ``as_of``, else now)."""
    instant = known_by or as_of or datetime.now(UTC)
    problems = await repo.board_problems(ctx, dataset, as_of)
    alerts = await repo.board_alerts(ctx, dataset, as_of, instant)
    by_problem: dict[str, list[object]] = {}
    for row in alerts:
        by_problem.setdefault(row["problem_id"], []).append(to_alert_at(row, instant))
    rows = []
    for problem in problems:
        open_ = sorted(
            by_problem.get(problem["id"], []),
            key=lambda a: (-_RANK[a.level], a.opened_at),  # type: ignore[attr-defined]
        )
        level: BoardLevel = open_[0].level if open_ else "quiet"  # type: ignore[attr-defined]
        since = min((a.opened_at for a in open_ if a.level == level), default=None)  # type: ignore[attr-defined]
        rows.append(
            BoardProblem(
                problem_id=problem["id"],
                name=problem["name"],
                owner=problem["owner"],
                tags=list(problem["tags"]),
                level=level,
                since=since,
                alerts=open_,  # type: ignore[arg-type]
            )
        )
    rows.sort(key=lambda b: (-_RANK[b.level], b.name, b.problem_id))
    top: BoardLevel = rows[0].level if rows else "quiet"
    return Board(dataset=dataset, as_of=as_of, known_by=instant, level=top, problems=rows)
