"""The shipped exercise templates decode, and their replays name the knowledge base's data."""

import json

from watchfloor.knowledge import knowledge_files
from watchfloor.resources.exercises.replay.schemas import REPLAY_KINDS
from watchfloor.resources.exercises.replay.templates import templates


def _external_ids() -> set[str]:
    found = set()
    for file in knowledge_files():
        for line in file.read_text().splitlines():
            if line.strip():
                found.add(json.loads(line)["external_id"])
    return found


def test_the_summer_2017_template_replays_the_knowledge_base() -> None:
    shipped = templates()
    assert "summer-2017" in shipped
    known = _external_ids()
    for template in shipped.values():
        exercise, replay = template.exercise, template.exercise.replay
        assert replay is not None, template.name
        assert replay.until is not None and exercise.start_known_by < replay.until
        assert set(replay.kinds) <= set(REPLAY_KINDS)
        for rule in replay.rules:
            assert rule.kind is None or rule.kind in REPLAY_KINDS
            assert set(rule.external_ids) <= known, template.name
        for inject in template.injects:
            assert exercise.start_known_by <= inject.at <= replay.until, template.name


def test_the_knowledge_base_loader_does_not_read_templates() -> None:
    # Loading the knowledge base imports NDJSON only: no template opens an exercise on load.
    assert all(f.name.endswith(".ndjson") for f in knowledge_files())
