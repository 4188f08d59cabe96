"""The after-action report of an exercise, through HTTP: observations and improvement-plan rows
logged by controllers and evaluators, the scripted truth, expected actions met, late, missed
and pending, forecasts scored against the truth and against the source's resolution, and the
report as JSON, Markdown, HTML and PDF (EXERCISE on every page).

Game time is steered without sleeping: the clock runs at its highest speed (a million game
seconds per wall second) and is paused around each step, so a fired inject and the actions
answering it are stamped at a frozen game time, and a resume-and-pause moves it on by far more
than a minute (a deadline of one minute is then past) and far less than a year.
"""

import json
from io import BytesIO
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from pypdf import PdfReader

from tests.integration import factories
from tests.integration.problems import problem

Client = AsyncTestClient[Litestar]
START = "2025-03-01T00:00:00Z"
YEAR = 525_600


def _auth(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


async def _question(client: Client, headers: dict[str, str], **body: Any) -> dict[str, Any]:
    made = await client.post(
        "/v1/questions",
        headers=headers,
        json={"kind": "binary", "judgment": True, "closes_at": "2099-03-31T00:00:00Z",
              "resolves_at": "2099-04-01T00:00:00Z", **body},
    )  # fmt: skip
    assert made.status_code == 201, made.text
    return dict(made.json())


async def _forecast(
    client: Client, headers: dict[str, str], play: str, question: str, p: float
) -> None:
    made = await client.post(
        "/v1/forecasts",
        headers=headers,
        json={"question_id": question, "probability": p, "dataset": play, "forecaster": "p1"},
    )
    assert made.status_code == 201, made.text


async def _tick(client: Client, base: str, ctl: dict[str, str]) -> None:
    """Move game time on (by minutes to hours at the highest speed), then freeze it."""
    for action in ("resume", "pause"):
        moved = await client.post(f"{base}/clock", headers=ctl, json={"action": action})
        assert moved.status_code == 200, moved.text


async def _act(client: Client, base: str, who: dict[str, str], **body: Any) -> dict[str, Any]:
    made = await client.post(f"{base}/actions", headers=who, json=body)
    assert made.status_code == 201, made.text
    return dict(made.json())


def _statuses(report: dict[str, Any]) -> dict[str, list[str]]:
    return {i["title"]: [e["status"] for e in i["expected"]] for i in report["injects"]}


async def test_the_after_action_report_scores_the_exercise(client: Client, dataset: str) -> None:
    await factories.source(client, dataset)
    # What really happened: a question of the source dataset, resolved "no".
    real = await _question(
        client, {}, title="Border fire in March?", dataset=dataset, external_id="border-march",
        opens_at="2025-01-01T00:00:00Z", closes_at="2025-03-01T00:00:00Z",
        resolves_at="2025-03-02T00:00:00Z",
    )  # fmt: skip
    resolved = await client.patch(f"/v1/questions/{real['id']}", json={"resolve": 0})
    assert resolved.status_code == 200, resolved.text

    # Bad truth at the opening: both an outcome and a value; a question named twice.
    qid = "qst_" + "0" * 32
    bad = await client.post(
        "/v1/exercises",
        json={"name": "AAR drill", "source_dataset": dataset, "start_known_by": START,
              "truth": [{"question_id": qid, "outcome": True, "value": 1},
                        {"question_id": qid, "outcome": False}]},
    )  # fmt: skip
    assert [e["pointer"] for e in problem(bad, 422)["errors"]] == [
        "/truth/0", "/truth/1/question_id",
    ]  # fmt: skip
    shaped = await client.post(
        "/v1/exercises",
        json={"name": "AAR drill", "source_dataset": dataset, "start_known_by": START,
              "truth": [{"question_id": "nope", "outcome": True}]},
    )  # fmt: skip
    # A malformed body is the framework's 400, with its pointer, as everywhere.
    assert problem(shaped, 400)["errors"][0]["pointer"] == "/truth[0]/question_id"
    # The answer key is taken as written: no 0 for "no", no "1" for one.
    loose = await client.post(
        "/v1/exercises",
        json={"name": "AAR drill", "source_dataset": dataset, "start_known_by": START,
              "truth": [{"question_id": qid, "outcome": 0}, {"question_id": qid, "value": "1"}]},
    )  # fmt: skip
    assert [e["pointer"] for e in problem(loose, 400)["errors"]] == [
        "/truth/0/outcome", "/truth/1/value",
    ]  # fmt: skip

    opened = await client.post(
        "/v1/exercises",
        json={"name": "AAR drill", "source_dataset": dataset, "start_known_by": START,
              "speed": 1_000_000,
              "participants": [{"name": "white-cell", "role": "controller"},
                               {"name": "p1", "role": "player"},
                               {"name": "p2", "role": "player"},
                               {"name": "assessor", "role": "evaluator"}]},
    )  # fmt: skip
    assert opened.status_code == 201, opened.text
    exercise = opened.json()
    keys = {k["name"]: _auth(k["secret"]) for k in exercise["keys"]}
    ctl, p1, p2, ev = (keys[n] for n in ("white-cell", "p1", "p2", "assessor"))
    base, play = f"/v1/exercises/{exercise['id']}", exercise["dataset"]

    async def inject(title: str, at: str, expected: list[tuple[str, int]], **more: Any) -> str:
        made = await client.post(
            f"{base}/injects",
            headers=ctl,
            json={"at": at, "kind": "message", "title": title,
                  "record": more.pop("record", {"text": title}),
                  "expected_actions": [{"text": t, "by_minutes": m} for t, m in expected],
                  **more},
        )  # fmt: skip
        assert made.status_code == 201, made.text
        return str(made.json()["id"])

    hour = "2025-03-01T01:00:00Z"
    alert = await inject(
        "Alert to p1", hour, [("Assess", YEAR), ("Acknowledge", 30)],
        record={"to": ["p1"], "text": "Fire reported"}, capability="Situational assessment",
    )  # fmt: skip
    board = await inject(
        "Raise the board", hour, [("Raise", 1)], capability="Operational communications"
    )
    brief = await inject("Brief the J2", hour, [("Brief", 1)], capability="Planning")
    await inject("Far later", "2035-01-01T00:00:00Z", [("Later", 10)], capability="Planning")

    # The clock, frozen at the start; the first two injects out at that game time.
    for action in ("start", "pause"):
        moved = await client.post(f"{base}/clock", headers=ctl, json={"action": action})
        assert moved.status_code == 200, moved.text
    for inject_id in (alert, board):
        fired = await client.post(f"{base}/injects/{inject_id}/fire", headers=ctl)
        assert fired.status_code == 200, fired.text
    # p1 acknowledges at once (met); p2 answers a message sent to p1 alone: refused.
    ack = await _act(client, base, p1, kind="decision", text="Acknowledged", inject_id=alert)
    problem(
        await client.post(
            f"{base}/actions",
            headers=p2,
            json={"kind": "decision", "text": "x", "inject_id": alert},
        ),
        422,
    )
    await _tick(client, base, ctl)
    raised = await _act(client, base, p2, kind="decision", text="Board raised", inject_id=board)
    fired = await client.post(f"{base}/injects/{brief}/fire", headers=ctl)
    assert fired.status_code == 200, fired.text
    await _tick(client, base, ctl)

    # Observations and the improvement plan: controllers and evaluators only, checked.
    await _act(
        client, base, ev, kind="observation", assessment="strength", inject_id=alert,
        capability="Situational assessment", text="The alert was acknowledged at once.",
        analysis="The watch officer knew the procedure.",
    )  # fmt: skip
    await _act(
        client, base, ctl, kind="observation", assessment="area_for_improvement",
        capability="Operational communications", text="The board was raised late.",
    )  # fmt: skip
    improvement = await _act(
        client, base, ev, kind="improvement", capability="Operational communications",
        text="Raising the board takes too long",
        improvement={"corrective_action": "Drill the board procedure monthly",
                     "capability_element": "Training", "responsible": "Korea desk",
                     "poc": "Desk chief", "start": "2025-04-01", "completion": "2025-06-30"},
    )  # fmt: skip
    # The export (and the feed) write it as a read by id does.
    exported = await client.get(
        "/v1/export", params={"resource": "exercise_action", "dataset": exercise["control_dataset"]}
    )
    [line] = [
        x for x in map(json.loads, exported.text.splitlines()) if x["id"] == improvement["id"]
    ]
    assert {k: line[k] for k in improvement} == improvement
    problem(
        await client.post(
            f"{base}/actions", headers=p1,
            json={"kind": "observation", "assessment": "strength", "capability": "X",
                  "text": "I did well"},
        ),
        403,
    )  # fmt: skip
    for body, pointers in (
        ({"kind": "observation", "capability": "X", "text": "t"}, ["/assessment"]),
        ({"kind": "decision", "text": "t", "assessment": "strength"}, ["/assessment"]),
        ({"kind": "improvement", "capability": "X", "text": "t"}, ["/improvement"]),
        ({"kind": "improvement", "capability": "X", "text": "t",
          "improvement": {"corrective_action": "c", "start": "2025-05-01",
                          "completion": "2025-04-01"}}, ["/improvement/completion"]),
):  # fmt: skip
        refused = await client.post(f"{base}/actions", headers=ev, json=body)
        assert [e["pointer"] for e in problem(refused, 422)["errors"]] == pointers, body
    wrong = await client.post(
        f"{base}/actions", headers=ev,
        json={"kind": "observation", "assessment": "good", "capability": "X", "text": "t"},
    )  # fmt: skip
    assert problem(wrong, 400)["errors"][0]["pointer"] == "/assessment"

    # Questions of the exercise: one with scripted truth, one standing for the source's, one
    # with neither. The truth is the controllers' (PATCH), checked, and never a player's read.
    scripted = await _question(client, ctl, title="Will the DPRK fire again?", dataset=play)
    copied = await _question(
        client, ctl, title="Border fire in March?", dataset=play, external_id="border-march"
    )
    open_ = await _question(client, ctl, title="Will talks resume?", dataset=play)
    halfway = await _question(client, ctl, title="Will the ferry sail?", dataset=play)
    await _forecast(client, p1, play, scripted["id"], 0.8)
    await _forecast(client, p1, play, copied["id"], 0.3)
    await _forecast(client, p1, play, open_["id"], 0.5)
    truth = [
        {"question_id": scripted["id"], "outcome": True, "note": "Script: fire at H+6"},
        {"question_id": halfway["id"], "value": 0.5},
    ]
    problem(await client.patch(base, headers=p1, json={"truth": truth}), 403)
    twice = await client.patch(base, headers=ctl, json={"truth": [*truth, truth[0]]})
    assert problem(twice, 422)["errors"][0]["pointer"] == "/truth/2/question_id"
    loose = await client.patch(
        base, headers=ctl, json={"truth": [{"question_id": scripted["id"], "outcome": "true"}]}
    )
    assert problem(loose, 400)["errors"][0]["pointer"] == "/truth/0/outcome"
    patched = await client.patch(base, headers=ctl, json={"truth": truth})
    assert patched.status_code == 200, patched.text
    seen = await client.get(base, headers=p1)
    assert seen.status_code == 200 and "truth" not in seen.json()
    assert "Script: fire" not in (await client.get(f"{base}/history", headers=p1)).text

    # The report: controllers and evaluators; a player is refused.
    problem(await client.get(f"{base}/report", headers=p1), 403)
    answer = await client.get(f"{base}/report", headers=ev)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.headers["watchfloor-exercise"] == "true"
    report = answer.json()
    assert report["exercise"] is True and report["dataset"] == play
    assert _statuses(report) == {
        "Alert to p1": ["met", "pending"],
        "Raise the board": ["late"],
        "Brief the J2": ["missed"],
        "Far later": ["pending"],
    }
    [alert_out] = [i for i in report["injects"] if i["inject_id"] == alert]
    acknowledged = alert_out["expected"][0]
    assert (acknowledged["text"], acknowledged["action_id"]) == ("Acknowledge", ack["id"])
    assert acknowledged["response_minutes"] == 0
    [board_out] = [i for i in report["injects"] if i["inject_id"] == board]
    assert board_out["expected"][0]["action_id"] == raised["id"]
    assert board_out["expected"][0]["response_minutes"] > 1
    summary = report["summary"]
    assert (summary["met"], summary["late"], summary["missed"], summary["pending"]) == (1, 1, 1, 2)
    assert summary["released"] == 3 and summary["injects"] == 4
    kinds = [(t["kind"], t["id"]) for t in report["timeline"]]
    assert ("inject", alert) in kinds and ("action", raised["id"]) in kinds
    assert kinds.index(("inject", board)) < kinds.index(("action", raised["id"]))
    [raised_line] = [t for t in report["timeline"] if t["id"] == raised["id"]]
    assert raised_line["delay_seconds"] > 60 and raised_line["participant"] == "p2"

    questions = {q["question_id"]: q for q in report["questions"]}
    assert questions[scripted["id"]]["truth_source"] == "scripted"
    assert questions[scripted["id"]]["outcome"] == 1
    assert questions[scripted["id"]]["forecasters"][0]["scores"]["brier"] == pytest.approx(0.04)
    assert questions[copied["id"]]["truth_source"] == "source_resolution"
    assert questions[copied["id"]]["source_question_id"] == real["id"]
    assert questions[copied["id"]]["forecasters"][0]["scores"]["brier"] == pytest.approx(0.09)
    assert questions[open_["id"]]["truth_source"] == "none"
    assert questions[open_["id"]]["forecasters"] == [] and questions[open_["id"]]["reason"]
    # A binary question's truth is yes or no: a value of 0.5 scores nothing.
    assert questions[halfway["id"]]["truth_source"] == "none"
    assert "binary" in questions[halfway["id"]]["reason"]

    capabilities = {c["capability"]: c for c in report["capabilities"]}
    assert [o["text"] for o in capabilities["Situational assessment"]["strengths"]] == [
        "The alert was acknowledged at once."
    ]
    ops = capabilities["Operational communications"]
    assert [o["text"] for o in ops["areas_for_improvement"]] == ["The board was raised late."]
    assert ops["late"] == 1
    [row] = report["improvement_plan"]
    assert row == {
        **row,
        "capability": "Operational communications",
        "area_for_improvement": "Raising the board takes too long",
        "corrective_action": "Drill the board procedure monthly",
        "responsible": "Korea desk", "poc": "Desk chief",
        "start": "2025-04-01", "completion": "2025-06-30",
    }  # fmt: skip

    # The documents, by Accept or ?format, marked EXERCISE.
    md = await client.get(f"{base}/report", headers={**ctl, "Accept": "text/markdown"})
    assert md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("**EXERCISE")
    assert "| Operational communications | Raising the board takes too long |" in md.text
    page = await client.get(f"{base}/report", headers=ctl, params={"format": "html"})
    assert page.headers["content-type"].startswith("text/html")
    assert '<div class="exercise">EXERCISE</div>' in page.text
    document = await client.get(f"{base}/report", headers=ctl, params={"format": "pdf"})
    assert document.headers["content-type"] == "application/pdf"
    pages = PdfReader(BytesIO(document.content)).pages
    assert len(pages) >= 1
    for number, pdf_page in enumerate(pages, 1):
        text = pdf_page.extract_text()
        assert text.count("EXERCISE") >= 2, (number, text[:200])
    assert "After-action report" in "".join(p.extract_text() for p in pages)
    problem(await client.get(f"{base}/report", headers=ctl, params={"format": "doc"}), 400)

    # After the end: play is over (409), the evaluation goes on; nothing is pending any more.
    ended = await client.post(f"{base}/clock", headers=ctl, json={"action": "end"})
    assert ended.status_code == 200, ended.text
    problem(
        await client.post(f"{base}/actions", headers=p1, json={"kind": "rfi", "text": "?"}), 409
    )
    await _act(
        client, base, ev, kind="observation", assessment="strength", capability="Planning",
        text="The hot wash found the plan sound.",
    )  # fmt: skip
    final = (await client.get(f"{base}/report", headers=ctl)).json()
    assert _statuses(final) == {
        "Alert to p1": ["met", "missed"],
        "Raise the board": ["late"],
        "Brief the J2": ["missed"],
        "Far later": ["not_released"],
    }
    assert final["clock_state"] == "ended"
