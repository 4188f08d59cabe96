"""An exercise through the SDK: opened by an admin, played by a controller and a player with the
keys it issued, against the real server (the worker's releases: tests/integration)."""

from datetime import UTC, datetime

import pytest
from watchfloor_sdk import Client, NotFoundError, PermissionDeniedError


def test_an_exercise_is_opened_run_and_played_through_the_sdk(
    sdk: Client, base_url: str, dataset: str
) -> None:
    source = sdk.sources.create(
        title="KCNA report", publisher="KCNA", reliability="C", dataset=dataset
    )
    exercise = sdk.train.create_exercise(
        name="SDK drill",
        start_known_by=datetime(2025, 3, 1, tzinfo=UTC),
        source_dataset=dataset,
        participants=[
            {"name": "white-cell", "role": "controller"},
            {"name": "p1", "role": "player"},
        ],
        speed=3600,
    )
    keys = {k.name: k for k in exercise.keys}
    assert keys["p1"].datasets == [exercise.dataset]
    [copied] = list(sdk.sources.list(dataset=exercise.dataset))
    assert copied.id != source.id and copied.title == source.title

    with (
        Client(base_url=base_url, api_key=keys["white-cell"].secret) as controller,
        Client(base_url=base_url, api_key=keys["p1"].secret) as player,
    ):
        inject = controller.train.create_inject(
            exercise.id,
            at=datetime(2025, 3, 1, 6, tzinfo=UTC),
            kind="message",
            record={"to": ["p1"], "text": "Brief the J2 at 0700."},
            expected_actions=[{"text": "Brief", "by_minutes": 60}],
        )
        assert inject.state == "scheduled"
        with pytest.raises(PermissionDeniedError):
            player.train.create_inject(
                exercise.id, at=datetime(2025, 3, 1, 6, tzinfo=UTC), kind="message",
                record={"text": "no"},
            )  # fmt: skip
        with pytest.raises(NotFoundError):
            player.train.get_inject(exercise.id, inject.id)
        with pytest.raises(PermissionDeniedError):
            player.events.list(dataset="live")

        clock = controller.train.change_exercise_clock(exercise.id, action="start")
        assert clock.state == "running" and clock.speed == 3600
        assert player.train.get_exercise_clock(exercise.id).game_time >= clock.anchor_game
        fired = controller.train.fire_inject(exercise.id, inject.id)
        assert fired.state == "released"
        [seen] = list(player.train.list_injects(exercise.id))
        assert seen.id == inject.id and seen.expected_actions == []

        action = player.train.create_exercise_action(
            exercise.id, kind="decision", text="Brief given.", inject_id=inject.id
        )
        assert (action.participant, action.role) == ("p1", "player")
        assert [a.id for a in controller.train.list_exercise_actions(exercise.id)] == [action.id]


def test_a_replay_is_opened_through_the_sdk(sdk: Client, dataset: str) -> None:
    source = sdk.sources.create(
        title="KCNA report", publisher="KCNA", reliability="C", dataset=dataset
    )
    for day in ("2025-02-10", "2025-03-05"):
        sdk.events.create(
            title=f"Launch on {day}", category="MOBILIZE", occurred={"start": day},
            citations=[{"source_id": source.id, "credibility": 2}], dataset=dataset,
            tags=["missile-test"],
        )  # fmt: skip
    exercise = sdk.train.create_exercise(
        name="SDK replay",
        start_known_by=datetime(2025, 3, 1, tzinfo=UTC),
        source_dataset=dataset,
        replay={
            "until": datetime(2025, 4, 1, tzinfo=UTC),
            "rules": [{"tags": ["missile-test"], "expected_actions": [{"text": "Warn", "by_minutes": 60}]}],
        },
    )  # fmt: skip
    assert exercise.replay_report is not None
    assert (exercise.replay_report.injects, exercise.replay_report.skipped) == (1, [])
    [inject] = list(sdk.train.list_injects(exercise.id))
    assert inject.at == datetime(2025, 3, 6, tzinfo=UTC)
    assert inject.record["title"] == "Launch on 2025-03-05"
    assert [t.name for t in sdk.train.list_exercise_templates().data] == ["summer-2017"]
    with pytest.raises(NotFoundError):
        sdk.train.get_exercise_template("winter-1950")
