"""The console's planning views in a real browser: scenarios and signposts, plans, ACH.

Against the same live server as ``test_console.py`` (``conftest.console``: the knowledge base,
its scenario set, eight signposts and ACH matrix lit by the real worker, and a contingency plan
the fixture writes through the API since the knowledge base ships none), with the network to
the outside cut off.
"""

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import PLAN, Console, Offline, screenshot
from tests.browser.test_console import AXE

pytestmark = pytest.mark.browser

NUCLEAR_12 = '[data-signpost="seed:sgp:nuclear-test-12-months"]'


def _open(offline: Offline, console: Console, query: str, view: str) -> Page:
    page = offline.page
    page.goto(f"{console.base}/console{query}#{view}")
    page.wait_for_selector("body[data-ready]")
    expect(page.locator(f"#view-{view} [aria-busy='true']")).to_have_count(0)
    return page


def _query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def _idle(page: Page, view: str) -> None:
    expect(page.locator(f"#view-{view} [aria-busy='true']")).to_have_count(0)


def test_replaying_early_september_2017_lights_the_nuclear_test_signposts(
    offline: Offline, console: Console
) -> None:
    page = _open(offline, console, "?date=2017-09-01", "planning")
    nuclear = page.locator('li.scenario[data-scenario="seed:scn:dprk-2027-nuclear-test"]')
    expect(nuclear.locator(".likelihood")).to_have_text("very unlikely")
    expect(nuclear).to_contain_text("15 %")
    signpost = nuclear.locator(f"button{NUCLEAR_12}")
    expect(signpost).to_have_attribute("data-status", "not_seen")
    expect(signpost.locator(".status")).to_have_text("not seen")
    reads = offline.api("/v1/signposts")
    assert reads and _query(reads[-1])["known_by"] == ["2017-09-02T00:00:00Z"]
    for day in ["2017-09-02", "2017-09-03", "2017-09-04"]:
        page.click("#clock-forward")
        expect(page.locator("#clock-date")).to_have_value(day)
    # Known by the end of 3 September: the sixth test; by the end of the 4th it is read as seen.
    expect(signpost).to_have_attribute("data-status", "seen")
    expect(signpost).to_contain_text("since 2017-09-04")
    expect(
        nuclear.locator(f"button{NUCLEAR_12.replace('12-months', 'warning')}")
    ).to_have_attribute("data-status", "seen")
    assert _query(offline.api("/v1/signposts")[-1])["known_by"] == ["2017-09-05T00:00:00Z"]
    signpost.click()
    detail = page.locator("#signpost-detail")
    expect(detail).to_be_focused()
    events = detail.locator('ul.evidence[data-kind="events"] li')
    expect(events.first).to_contain_text("Underground nuclear test at Punggye-ri")
    steps = detail.locator("ol.steps li")
    expect(steps.last).to_contain_text("2017-09-04T00:00:00Z")
    expect(steps.last.locator(".status")).to_have_text("seen")
    # Only the steps known by the instant (the signpost's later ones are not shown).
    assert all(t <= "2017-09-05" for t in steps.locator("time").all_inner_texts())
    reads = [u for u in offline.requests if urlsplit(u).path.startswith("/v1/events/evt_")]
    assert reads and _query(reads[-1])["known_by"] == ["2017-09-05T00:00:00Z"]
    screenshot(page, "planning")
    detail.get_by_role("button", name="Close").click()
    expect(signpost).to_be_focused()


def test_plans_show_branches_options_and_the_decisions_due_at_the_slider(
    offline: Offline, console: Console
) -> None:
    page = _open(offline, console, "?date=2017-09-01", "plans")
    plan = page.locator("section.plan", has_text=PLAN)
    allies = plan.locator('li.branch[data-branch="brief-allies"]')
    expect(allies.locator(".state")).to_have_text("dormant")
    expect(page.locator("#decisions-due")).to_contain_text("No decision is due")
    page.fill("#clock-date", "2017-09-04")
    page.dispatch_event("#clock-date", "change")
    expect(allies.locator(".state")).to_have_text("triggered")
    expect(allies).to_contain_text("2017-09-07T00:00:00Z (72 h after 2017-09-04T00:00:00Z)")
    expect(allies.locator('tr[data-option="deploy-assets"]')).to_have_class("too-late")
    expect(allies.locator('tr[data-option="deploy-assets"]')).to_contain_text("84 h")
    expect(allies.locator('tr[data-option="call-allies"]')).to_contain_text("2017-09-06T18:00:00Z")
    escalation = plan.locator('li.branch[data-branch="escalation"]')
    expect(escalation.locator(".state")).to_have_text("dormant")
    expect(escalation.locator("ul.trigger")).to_contain_text("all of:")
    expect(escalation.locator("ul.trigger")).to_contain_text("branch brief-allies has triggered")
    expect(escalation.locator("ul.trigger")).to_contain_text(
        "signpost “An ICBM-class missile over Japan” is seen"
    )
    due = page.locator("#decisions-due li")
    expect(due).to_have_count(1)
    expect(due.first).to_contain_text("Brief the allies and raise readiness")
    # The agenda and the decisions due are read at the slider's instant, both clocks.
    agenda = [u for u in offline.requests if urlsplit(u).path.endswith("/agenda")]
    for url in [agenda[-1], offline.api("/v1/plans/decisions-due")[-1]]:
        query = _query(url)
        assert query["at"] == query["known_by"] == ["2017-09-05T00:00:00Z"], url
    expect(page.locator("form.decision")).to_have_count(0)  # no key: nothing to write with
    screenshot(page, "plans")


def test_a_decision_is_recorded_with_a_write_key_and_refusals_show_their_detail(
    offline: Offline, console: Console
) -> None:
    page = _open(offline, console, "?date=2017-09-04", "plans")
    # The fixture's plan (the knowledge base's own plan has a form of its own).
    form = page.locator("form.decision", has=page.locator("option[value='brief-allies']"))
    result = form.locator(".decision-result")

    def submit(state: str, option: str = "") -> None:
        form.locator('[name="branch"]').select_option("brief-allies")
        form.locator('[name="state"]').select_option(state)
        form.locator('[name="option"]').select_option(option)
        form.get_by_role("button", name="Record decision").click()

    def use(secret: str) -> None:
        page.fill("#key-input", secret)
        page.keyboard.press("Enter")
        _idle(page, "plans")

    use(console.secret)  # read scope only
    submit("decided", "call-allies")
    expect(result).to_contain_text("Not recorded (403")
    use(console.writer)
    submit("executed")  # only a decided branch can be executed
    expect(result).to_have_class("decision-result refused")
    expect(result).to_contain_text("Not recorded (409")
    submit("decided")  # no option chosen: the server names the field
    expect(result).to_contain_text("Not recorded (422")
    expect(result).to_contain_text("/option")
    submit("decided", "call-allies")
    expect(result).to_contain_text("Recorded: Brief the allies and raise readiness is decided")
    plans = httpx.get(f"{console.base}/v1/plans").json()["data"]
    branch = next(b for p in plans for b in p["branches"] if b["key"] == "brief-allies")
    assert (branch["state"], branch["decision"]) == ("decided", "call-allies")
    assert str(branch["decided_by"]).startswith("key_")  # the write key's
    page.click("#key-forget")


def test_the_ach_matrix_ranks_convenience_first_and_greys_what_was_not_known(
    offline: Offline, console: Console
) -> None:
    matrix = httpx.get(f"{console.base}/v1/ach-matrices").json()["data"][0]
    flagged = {s["evidence"] for s in matrix["scores"]["evidence"] if s["flagged"]}
    page = _open(offline, console, "", "ach")
    table = page.locator(f'section.ach-matrix[data-matrix="{matrix["external_id"]}"]')
    expect(table.locator("ol.ranking li").first).to_have_attribute("data-hypothesis", "convenience")
    expect(table.locator("tfoot td.best")).to_have_count(1)
    rows = table.locator("tbody tr")
    expect(rows).to_have_count(len(matrix["evidence"]))
    assert (
        set(table.locator("tr.flagged").evaluate_all("rs => rs.map(r => r.dataset.evidence)"))
        == flagged
    )
    assert len(flagged) == 5
    very = table.locator("td.rating-II").first
    assert very.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(139, 26, 26)"
    expect(table.locator("tr.unknown")).to_have_count(0)
    screenshot(page, "ach")
    # Known by the end of 3 September 2017: the records reported since are greyed.
    page.fill("#clock-date", "2017-09-03")
    page.dispatch_event("#clock-date", "change")
    expect(table.locator("tr.unknown").first).to_be_visible()
    then = httpx.get(
        f"{console.base}/v1/ach-matrices", params={"known_by": "2017-09-04T00:00:00Z"}
    ).json()["data"][0]
    assert then["unknown"]
    expect(table.locator("tr.unknown")).to_have_count(len(then["unknown"]))
    expect(table.locator("ol.ranking li").first).to_have_attribute("data-hypothesis", "convenience")


@pytest.mark.parametrize("view", ["planning", "plans", "ach"])
def test_axe_finds_no_serious_violation_in_the_planning_views(
    offline: Offline, console: Console, view: str
) -> None:
    page = offline.page
    page.goto(f"{console.base}/console")
    page.evaluate(f"sessionStorage.setItem('watchfloor.key', {console.writer!r})")
    page = _open(offline, console, "?date=2017-09-04", view)
    if view == "planning":
        page.locator(f"button{NUCLEAR_12}").click()
        expect(page.locator("#signpost-detail ol.steps li").first).to_be_visible()
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]
    assert serious == []


def test_the_keyboard_alone_reaches_the_planning_views_and_a_signposts_steps(
    offline: Offline, console: Console
) -> None:
    page = _open(offline, console, "?date=2017-09-04", "board")
    page.focus("#tab-board")
    page.keyboard.press("End")
    expect(page.locator("#view-exercise")).to_be_visible()
    page.keyboard.press("ArrowLeft")
    expect(page.locator("#view-ach")).to_be_visible()
    page.keyboard.press("ArrowLeft")
    expect(page.locator("#view-plans")).to_be_visible()
    page.keyboard.press("ArrowLeft")
    assert page.evaluate("document.activeElement.id") == "tab-planning"
    _idle(page, "planning")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('signpost')")
    page.keyboard.press("Enter")
    expect(page.locator("#signpost-detail ol.steps li").first).to_be_visible()
    assert page.evaluate("document.activeElement.id") == "signpost-detail"
