"""An exercise end to end through the SDK, against the real server with a real worker running:
opened from `live` as known by a date, its clock started at high speed, its injects released by
the worker on time, an alert raised in the exercise dataset only, players acting, the
after-action report produced — and `live` byte for byte unchanged (its export compared).

The worker runs in a thread of its own (its own event loop and connection pool) for the length
of the test: the exercise-injects, computed-indicators and warning handlers, placed first at the
feed's horizon so they follow this test's changes, not the session's backlog.
"""

import asyncio
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from io import BytesIO
from typing import Any

import asyncpg
import pytest
from pypdf import PdfReader
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.persistence.db import FairPool, connect, create_pool
from watchfloor.registry import RESOURCES
from watchfloor.resources.exercises.handler import ExerciseInjects
from watchfloor.warning.handler import WarningRules
from watchfloor.worker.positions import advance, lock_position
from watchfloor.worker.runner import Handler, Worker
from watchfloor_sdk import Client, PermissionDeniedError
from watchfloor_sdk.types import IndicatorDefinition, ThresholdRule

START = datetime(2025, 3, 1, tzinfo=UTC)
SPEED = 3600.0
"""A game hour per wall second: the five injects come out over five seconds."""
YEAR = 525_600
WAIT = 60.0
"""Seconds to wait for the worker before the test fails (a stuck worker, not a slow one)."""


class _RunningWorker:
    """The worker's handlers running in a thread until :meth:`stop`."""

    def __init__(self, dsn: str, handlers: list[Handler]) -> None:
        self.dsn = dsn
        self.worker = Worker(handlers, idle_seconds=0.1)
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.failed: BaseException | None = None
        self.thread = threading.Thread(target=self._main, daemon=True)

    def _main(self) -> None:
        try:
            self.loop.run_until_complete(self._run())
        except BaseException as exc:  # reported by stop()
            self.failed = exc
            self.ready.set()
        finally:
            # Left open, the loop warns when collected ("unclosed event loop"), whichever test
            # is running then: under `filterwarnings = error` that broke an unrelated test.
            self.loop.close()

    async def _run(self) -> None:
        conn = await connect(self.dsn)
        try:
            async with conn.transaction():
                horizon = await conn.fetchval(
                    "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
                )
                for handler in self.worker.handlers:
                    await lock_position(conn, handler.name)
                    await advance(conn, handler.name, (horizon, 0), 0)
        finally:
            await conn.close()
        pool = await create_pool(self.dsn, min_size=1, max_size=2)
        try:
            self.ready.set()
            await self.worker.run(FairPool(pool, 2))
        finally:
            await pool.close()

    def start(self) -> None:
        self.thread.start()
        assert self.ready.wait(WAIT), "the worker did not start"
        if self.failed is not None:
            raise self.failed

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.worker.stopping.set)
        self.thread.join(timeout=WAIT)
        if self.failed is not None:
            raise self.failed


@pytest.fixture
def running_worker(database_url: str) -> Iterator[_RunningWorker]:
    handlers: list[Handler] = [ExerciseInjects(), ComputedIndicators(), WarningRules()]
    running = _RunningWorker(database_url, handlers)
    running.start()
    try:
        yield running
    finally:
        running.stop()

        async def forget() -> None:
            # A position holds the feed's retention back: the handlers' must not outlive it.
            conn = await asyncpg.connect(database_url)
            try:
                await conn.execute(
                    "DELETE FROM worker_positions WHERE handler = ANY($1::text[])",
                    [h.name for h in handlers],
                )
            finally:
                await conn.close()

        asyncio.run(forget())


def _export(client: Client, dataset: str) -> bytes:
    """Every registered resource of ``dataset``, exported through the SDK, concatenated."""
    return b"".join(
        client.export.export_records(resource=name, dataset=dataset)  # type: ignore[arg-type]
        for name in RESOURCES
    )


def _until(what: str, check: Any) -> Any:
    """Poll ``check`` until it answers something true (the worker's pace, not a timing test)."""
    deadline = datetime.now(UTC) + timedelta(seconds=WAIT)
    while datetime.now(UTC) < deadline:
        found = check()
        if found:
            return found
        threading.Event().wait(0.1)
    raise AssertionError(f"{what}: not within {WAIT:g} s")


def test_an_exercise_runs_end_to_end_through_the_sdk(
    sdk: Client, base_url: str, running_worker: _RunningWorker
) -> None:
    live_before = _export(sdk, "live")
    live_alerts = [a.id for a in sdk.warning.list_alerts(dataset="live", limit=100)]

    exercise = sdk.train.create_exercise(
        name="End-to-end drill",
        start_known_by=START,
        source_dataset="live",
        speed=SPEED,
        participants=[
            {"name": "white-cell", "role": "controller"},
            {"name": "p1", "role": "player"},
            {"name": "assessor", "role": "evaluator"},
        ],
    )
    play = exercise.dataset
    keys = {k.name: k.secret for k in exercise.keys}
    assert exercise.source_dataset == "live" and all(play in k.datasets for k in exercise.keys)

    with (
        Client(base_url=base_url, api_key=keys["white-cell"]) as control,
        Client(base_url=base_url, api_key=keys["p1"]) as player,
        Client(base_url=base_url, api_key=keys["assessor"]) as evaluator,
    ):
        # The white cell stages the exercise world: a source, an indicator counting fire, and
        # a warning problem whose rule holds at four exchanges of fire in a month.
        source = control.sources.create(
            title="Exercise wire", publisher="EXCON", reliability="B", dataset=play
        )
        indicator = control.indicators.create(
            name="Artillery fire per month", unit="events", frequency="monthly", dataset=play,
            # Its own reports only: the world copied from live holds whatever earlier tests of
            # the session wrote there, which the game clock (not wall time) keeps in view.
            definition=IndicatorDefinition(
                measure="count", filters={"category": "ASSAULT", "tag": "e2e-drill"}
            ),
        )  # fmt: skip
        problem = control.warning.create_problem(
            name="Border fire", dataset=play, owner="Korea desk",
            rules=[ThresholdRule(key="many", level="watch", indicator_id=indicator.id, value=4,
                                 rationale="Four exchanges of fire in a month is a pattern.")],
        )  # fmt: skip

        # The MSEL: five reports of shelling an hour apart.
        injects = [
            control.train.create_inject(
                exercise.id,
                at=START + timedelta(hours=hour),
                kind="event",
                title=f"Shelling {hour}",
                record={
                    "title": f"Shelling reported ({hour})",
                    "category": "ASSAULT",
                    "tags": ["e2e-drill"],
                    "occurred": {"start": "2025-03-01"},
                    "citations": [{"source_id": source.id, "credibility": 2}],
                },
                expected_actions=[
                    {"text": "Raise the board" if hour == 1 else "Brief the J2", "by_minutes": YEAR}
                ]
                if hour <= 2
                else [],
                capability="Situational assessment",
            )
            for hour in range(1, 6)
        ]
        question = control.forecasting.create_question(
            title="Will the fire go on into April?", kind="binary", judgment=True, dataset=play,
            closes_at="2099-03-31T00:00:00Z", resolves_at="2099-04-01T00:00:00Z",
        )  # fmt: skip
        control.train.update_exercise(
            exercise.id, truth=[{"question_id": question.id, "outcome": True}]
        )

        # Start at high speed; the worker releases each inject at its game time.
        clock = control.train.change_exercise_clock(exercise.id, action="start")
        assert clock.state == "running" and clock.speed == SPEED
        assert clock.anchor_wall is not None

        def all_released() -> list[Any]:
            listed = list(control.train.list_injects(exercise.id, limit=100))
            return listed if all(i.state == "released" for i in listed) else []

        released = {i.id: i for i in _until("the injects released", all_released)}
        for made in injects:
            out = released[made.id]
            # On time: its record known at exactly its scripted game time, and never released
            # before the game clock reached it.
            assert out.released_game_time == made.at
            due = clock.anchor_wall + (made.at - clock.anchor_game) / SPEED
            assert out.released_at is not None and out.released_at >= due
            event = player.events.retrieve(out.released_record_id or "")
            assert event.dataset == play and event.reported_at == made.at

        # The rule fires in the exercise dataset, and nowhere else.
        alerts = _until(
            "the alert in the exercise",
            lambda: list(control.warning.list_alerts(dataset=play, problem=problem.id)),
        )
        assert [a.problem_id for a in alerts] == [problem.id]
        assert alerts[0].opened_at == injects[3].at  # the fourth report of March
        assert [a.id for a in sdk.warning.list_alerts(dataset="live", limit=100)] == live_alerts

        # The players act; the evaluator observes.
        player.train.create_exercise_action(
            exercise.id, kind="decision", text="Board raised to watch.", inject_id=injects[0].id
        )
        player.forecasting.create_forecast(
            question_id=question.id, probability=0.75, dataset=play, forecaster="p1"
        )
        evaluator.train.create_exercise_action(
            exercise.id, kind="observation", assessment="strength",
            capability="Situational assessment", text="The board was raised at once.",
        )  # fmt: skip
        with pytest.raises(PermissionDeniedError):
            player.train.create_exercise_action(
                exercise.id, kind="observation", assessment="strength", capability="x",
                text="I did well.",
            )  # fmt: skip
        control.train.change_exercise_clock(exercise.id, action="end")

        # The after-action report.
        with pytest.raises(PermissionDeniedError):
            player.train.get_exercise_report(exercise.id)
        report = evaluator.train.get_exercise_report(exercise.id)
        assert report.exercise is True and report.dataset == play
        assert report.clock_state == "ended"
        by_inject = {i.inject_id: [e.status for e in i.expected] for i in report.injects}
        assert by_inject[injects[0].id] == ["met"]
        assert by_inject[injects[1].id] == ["missed"]
        assert all(i.release_delay_seconds == 0 for i in report.injects)
        assert [t.id for t in report.timeline if t.kind == "alert"] == [alerts[0].id]
        assert {t.kind for t in report.timeline} == {"inject", "alert", "action"}
        [scored] = report.questions
        assert scored.truth_source == "scripted"
        assert scored.forecasters[0].scores.brier == pytest.approx(0.0625)
        [capability] = report.capabilities
        assert [s.text for s in capability.strengths] == ["The board was raised at once."]
        document = control.train.with_raw_response.get_exercise_report(exercise.id, format="pdf")
        assert document.headers["content-type"] == "application/pdf"
        for page in PdfReader(BytesIO(document.content)).pages:
            assert page.extract_text().count("EXERCISE") >= 2
        markdown = control.train.with_raw_response.get_exercise_report(exercise.id, format="md")
        assert markdown.content.startswith(b"**EXERCISE")

    # Live: byte for byte as before.
    assert _export(sdk, "live") == live_before
