"""The console's exercise mode in a real browser, against the live server of ``conftest``.

Each test opens an exercise of its own through the API (the knowledge base as known by
4 September 2017 is its starting world) with an MSEL of three injects, then plays it in the
console with the participants' keys: a controller fires, moves and withdraws injects and runs
the clock, a player sees what was released and logs an action. While in exercise mode the
banner is on every view, reloads and prints, and no answer the console receives is about
anything but the exercise (the server marks each answer about exercise data).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from playwright.sync_api import Page, Response, expect

from tests.browser.conftest import Console, Offline, screenshot

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
START = "2017-09-04T00:00:00Z"
FIRE = "Artillery fire on Yeonpyeong"
ORDER = "Report to the J3"
LATER = "A second salvo"
VIEWS = ["board", "timeline", "map", "charts", "forecasts", "planning", "plans", "ach", "exercise"]


@dataclass
class Drill:
    id: str
    name: str
    play: str
    keys: dict[str, str]
    """Participant name → the secret of its key."""
    injects: dict[str, dict[str, Any]]
    """Inject title → the inject as created."""


def _drill(console: Console, name: str) -> Drill:
    """An exercise opened by the admin key, with three injects: an event and a message for
    every player, and an event due later."""
    admin = {"Authorization": f"Bearer {console.admin}"}
    opened = httpx.post(
        f"{console.base}/v1/exercises",
        headers=admin,
        json={
            "name": name,
            "start_known_by": START,
            "speed": 60,
            "participants": [
                {"name": "white-cell", "role": "controller"},
                {"name": "analyst-1", "role": "player"},
                {"name": "assessor", "role": "evaluator"},
            ],
        },
        timeout=60,
    )
    assert opened.status_code == 201, opened.text
    exercise = opened.json()
    play = exercise["dataset"]
    keys = {k["name"]: k["secret"] for k in exercise["keys"]}
    ctl = {"Authorization": f"Bearer {keys['white-cell']}"}
    source = httpx.get(
        f"{console.base}/v1/sources", params={"dataset": play, "limit": 1}, headers=ctl
    ).json()["data"][0]
    event = {
        "category": "ASSAULT",
        "occurred": {"start": "2017-09-04"},
        "citations": [{"source_id": source["id"], "credibility": 2}],
    }
    bodies: list[dict[str, Any]] = [
        {
            "at": "2017-09-04T01:00:00Z",
            "kind": "event",
            "title": FIRE,
            "record": {**event, "title": "Artillery fire on Yeonpyeong island"},
            "expected_actions": [{"text": "Raise the board to watch", "by_minutes": 30}],
            "capability": "Situational assessment",
        },
        {
            "at": "2017-09-04T02:00:00Z",
            "kind": "message",
            "title": ORDER,
            "record": {"text": "J3 asks for a first assessment by 06:00."},
        },
        {
            "at": "2017-09-04T05:00:00Z",
            "kind": "event",
            "title": LATER,
            "record": {**event, "title": "A second salvo on Yeonpyeong"},
        },
    ]
    injects: dict[str, dict[str, Any]] = {}
    for body in bodies:
        made = httpx.post(
            f"{console.base}/v1/exercises/{exercise['id']}/injects", headers=ctl, json=body
        )
        assert made.status_code == 201, made.text
        injects[body["title"]] = made.json()
    return Drill(exercise["id"], name, play, keys, injects)


def _open(offline: Offline, console: Console, view: str = "exercise") -> Page:
    page = offline.page
    page.goto(f"{console.base}/console#{view}")
    page.wait_for_selector("body[data-ready]")
    return page


def _use_key(page: Page, secret: str) -> None:
    page.fill("#key-input", secret)
    page.keyboard.press("Enter")
    expect(page.locator("#key-state")).to_have_text("key set for this browser session")


def _idle(page: Page, view: str) -> None:
    expect(page.locator(f"#view-{view}")).to_be_visible()
    expect(page.locator(f"#view-{view} [aria-busy='true']")).to_have_count(0)


def _enter(page: Page, drill: Drill) -> None:
    page.get_by_role("button", name=f"Enter exercise {drill.name}").click()
    expect(page.locator("body")).to_have_attribute("data-exercise", drill.id)
    _idle(page, "exercise")


def _answers(page: Page) -> tuple[list[Response], Callable[[], None]]:
    """The /v1 answers the page receives from now on (and a function to stop recording)."""
    seen: list[Response] = []

    def record(response: Response) -> None:
        if urlsplit(response.url).path.startswith("/v1/"):
            seen.append(response)

    page.on("response", record)
    return seen, lambda: page.remove_listener("response", record)


def _inject_row(page: Page, drill: Drill, title: str) -> Any:
    return page.locator(f'tr[data-inject="{drill.injects[title]["id"]}"]')


def _axe(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def test_a_controller_runs_the_msel_and_a_player_sees_the_release_and_logs_an_action(
    offline: Offline, console: Console
) -> None:
    drill = _drill(console, "Yeonpyeong shelling drill")
    page = _open(offline, console)
    expect(page.locator("#exercise")).to_contain_text("Enter a participant's key")
    expect(page.locator("#exercise-banner")).to_be_hidden()

    # The controller's key lists its exercise; entering it puts the console in exercise mode.
    _use_key(page, drill.keys["white-cell"])
    expect(page.locator(f'tr[data-exercise="{drill.id}"]')).to_contain_text(drill.play)
    answers, stop = _answers(page)
    _enter(page, drill)
    banner = page.locator("#exercise-banner")
    expect(banner).to_be_visible()
    expect(banner).to_have_text(
        f"EXERCISE — {drill.name} — you are controller (white-cell) — dataset {drill.play}: "
        "not the real world"
    )
    expect(banner.locator("button")).to_have_count(0)  # nothing closes it
    expect(page.locator("#dataset-input")).to_be_disabled()
    expect(page.locator("#dataset-input")).to_have_value(drill.play)
    expect(page.locator("#clock-slider")).to_be_disabled()

    # The clock: not started; the controller starts it and game time ticks (60× wall time).
    expect(page.locator("#exercise-clock-state")).to_have_text("not started")
    expect(page.locator("#exercise-game-time")).to_have_text("2017-09-04 00:00:00 UTC")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#exercise-clock-state")).to_have_text("running")
    expect(page.locator("#clock-state")).to_contain_text("read at game time 2017-09-04T00:")
    ticking = page.locator("#exercise-game-time").inner_text()
    expect(page.locator("#exercise-game-time")).not_to_have_text(ticking, timeout=5_000)

    # The whole MSEL, with what is expected of the players; fire one, move one, withdraw one.
    msel = page.locator("#exercise-msel tbody tr")
    expect(msel).to_have_count(3)
    expect(_inject_row(page, drill, FIRE)).to_contain_text("Raise the board to watch")
    expect(_inject_row(page, drill, FIRE)).to_contain_text("Situational assessment")
    page.get_by_role("button", name=f"Fire now: {FIRE}").click()
    expect(_inject_row(page, drill, FIRE)).to_have_attribute("data-state", "released")
    expect(page.locator("#exercise-result")).to_have_text(f"Fired: {FIRE}.")
    page.fill(f"#move-{drill.injects[ORDER]['id']}", "2017-09-04T03:30:00")
    page.get_by_role("button", name=f"Move {ORDER}").click()
    expect(_inject_row(page, drill, ORDER).locator("time")).to_have_text("2017-09-04T03:30:00Z")
    page.get_by_role("button", name=f"Withdraw {LATER}").click()
    expect(_inject_row(page, drill, LATER)).to_have_attribute("data-state", "withdrawn")
    screenshot(page, "exercise")

    # Every other view reads the play dataset at the game time: the released event is there.
    for view in VIEWS:
        page.click(f"#tab-{view}")
        _idle(page, view)
        expect(banner).to_be_visible()
        expect(banner).to_contain_text(drill.name)
    page.click("#tab-timeline")
    expect(page.locator("#timeline-list li.event").first).to_contain_text(
        "Artillery fire on Yeonpyeong island"
    )
    events = [r for r in answers if urlsplit(r.url).path == "/v1/events"]
    assert events and all(
        parse_qs(urlsplit(r.url).query)["dataset"] == [drill.play]
        and re.fullmatch(
            r"2017-09-04T0\d:\d\d:\d\dZ", parse_qs(urlsplit(r.url).query)["known_by"][0]
        )
        for r in events
    )
    page.click("#tab-board")
    _idle(page, "board")
    screenshot(page, "exercise-board")

    # The player: the same exercise, its own seat; only what was released, no script.
    _use_key(page, drill.keys["analyst-1"])
    expect(banner).to_contain_text("you are player (analyst-1)")
    page.click("#tab-exercise")
    _idle(page, "exercise")
    released = page.locator("#exercise-injects li")
    expect(released).to_have_count(1)
    expect(released.first).to_contain_text(FIRE)
    expect(page.locator("#exercise-msel")).to_have_count(0)
    expect(page.locator("#view-exercise")).not_to_contain_text("Raise the board to watch")
    expect(page.locator("#view-exercise")).not_to_contain_text(LATER)
    page.select_option("#action-kind", "decision")
    page.fill("#action-text", "Raise the board to watch and brief the J3")
    page.select_option("#action-inject", drill.injects[FIRE]["id"])
    page.click("#action-form button[type=submit]")
    expect(page.locator("#action-result")).to_contain_text("Logged at game time 2017-09-04T0")
    logged = page.locator("#exercise-actions tbody tr")
    expect(logged).to_have_count(1)
    expect(logged.first).to_contain_text("analyst-1 (player)")
    expect(logged.first).to_contain_text(FIRE)
    assert _axe(page) == []
    screenshot(page, "exercise-player")

    # Every answer since entering was about the exercise: the server marked each one that
    # holds anything (an empty page names no dataset, so nothing marks it; it shows nothing).
    stop()
    unmarked = [
        r.url
        for r in answers
        if r.headers.get("watchfloor-exercise") != "true" and r.json().get("data") != []
    ]
    assert len(answers) > 50 and unmarked == []
    # And every list the console asked for named the play dataset (reads by id and the
    # exercise's own routes name their record instead).
    lists = [
        urlsplit(r.url)
        for r in answers
        if len(urlsplit(r.url).path.split("/")) == 3
        or urlsplit(r.url).path == "/v1/plans/decisions-due"
    ]
    assert {u.path for u in lists} >= {"/v1/warning-board", "/v1/events", "/v1/actors"}
    assert [u.geturl() for u in lists if parse_qs(u.query).get("dataset") != [drill.play]] == [
        u.geturl() for u in lists if u.path == "/v1/exercises"
    ]

    # Still in exercise mode after a reload, and on paper.
    page.reload()
    page.wait_for_selector("body[data-ready]")
    expect(banner).to_contain_text(drill.name)
    page.emulate_media(media="print")
    expect(banner).to_be_visible()
    page.emulate_media(media="screen")

    # Leaving is explicit: the live world again.
    page.click("#tab-exercise")
    page.get_by_role("button", name="Leave exercise mode").click()
    expect(banner).to_be_hidden()
    expect(page.locator("#dataset-input")).to_be_enabled()
    expect(page.locator("#dataset-input")).to_have_value("live")
    expect(page.locator(f'tr[data-exercise="{drill.id}"]')).to_be_visible()


def test_the_keyboard_alone_enters_an_exercise_and_fires_an_inject(
    offline: Offline, console: Console
) -> None:
    drill = _drill(console, "Keyboard drill")
    page = _open(offline, console, "board")
    _use_key(page, drill.keys["white-cell"])
    page.locator("#tab-board").focus()
    page.keyboard.press("End")
    assert page.evaluate("document.activeElement.id") == "tab-exercise"
    _idle(page, "exercise")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == (
        f"Enter exercise {drill.name}"
    )
    page.keyboard.press("Enter")
    expect(page.locator("body")).to_have_attribute("data-exercise", drill.id)
    _idle(page, "exercise")
    # A controller's view: axe finds nothing serious in the MSEL's table and its controls.
    assert _axe(page) == []
    page.locator("#tab-exercise").focus()
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('fire')"):
            break
    else:
        pytest.fail("Tab never reached an inject's Fire button")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == f"Fire now: {FIRE}"
    page.keyboard.press("Enter")
    expect(_inject_row(page, drill, FIRE)).to_have_attribute("data-state", "released")
    # The focus comes back to the inject's row, not to the top of the page.
    expect(_inject_row(page, drill, FIRE).locator("th")).to_be_focused()
    # The evaluator reads the MSEL but has no controls over it.
    _use_key(page, drill.keys["assessor"])
    expect(page.locator("#exercise-banner")).to_contain_text("you are evaluator (assessor)")
    expect(page.locator("#exercise-msel tbody tr")).to_have_count(3)
    expect(page.locator("#exercise-msel button")).to_have_count(0)
