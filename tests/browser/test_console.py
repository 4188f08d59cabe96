"""The watch floor console (``/console``) and the API reference (``/docs``) in a real browser.

Each test loads a page with the network to the outside cut off (``conftest.Offline``) against
a live server seeded with the built-in knowledge base; the fixture fails the test if the page
asked for anything outside the server or threw.
"""

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Console, Offline, screenshot

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
NUCLEAR = "DPRK nuclear test preparations"
STRATEGIC = "DPRK strategic weapons testing"
PROBLEMS = [NUCLEAR, STRATEGIC, "China–Russia military alignment", "Inter-Korean border incidents"]


def _open(offline: Offline, console: Console, query: str = "", view: str = "board") -> Page:
    page = offline.page
    page.goto(f"{console.base}/console{query}#{view}")
    page.wait_for_selector("body[data-ready]")
    return page


def _query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def _problem_level(page: Page, name: str) -> str:
    problem = page.locator(f'li.problem[data-problem="{name}"]')
    return problem.locator("h3 .level").inner_text()


def test_the_board_shows_every_problem_and_an_alert_opens_its_evidence(
    offline: Offline, console: Console
) -> None:
    page = _open(offline, console, "?date=2017-09-03")
    print(
        f"\nfirst view interactive: {page.evaluate('window.consoleReady'):.0f} ms after navigation"
    )
    for name in PROBLEMS:
        expect(page.locator(f'li.problem[data-problem="{name}"]')).to_be_visible()
    # Known by the end of 3 September 2017: the sixth nuclear test, and its alert.
    assert _problem_level(page, NUCLEAR) == "warning"
    alert = page.locator(
        f'li.problem[data-problem="{NUCLEAR}"] button.alert', has_text="nuclear-test"
    )
    expect(alert).to_contain_text("1 test in 2017-09")
    screenshot(page, "board")
    alert.click()
    detail = page.locator("#alert-detail")
    expect(detail).to_be_visible()
    expect(detail.locator("h3")).to_contain_text("nuclear-test")
    expect(detail.locator(".explanation")).to_contain_text("at or above the threshold of 1")
    events = detail.locator('ul.evidence[data-kind="events"] li')
    expect(events.first).to_contain_text("Underground nuclear test at Punggye-ri")
    expect(events.first).to_contain_text("2017-09-03")
    expect(detail).not_to_contain_text("null")
    # The evidence was read by id from the public API, at the board's instant.
    reads = [u for u in offline.requests if urlsplit(u).path.startswith("/v1/events/evt_")]
    assert reads and all(_query(u)["known_by"] == ["2017-09-04T00:00:00Z"] for u in reads)
    assert {urlsplit(u).path.split("/")[1] for u in offline.requests if "/v1/" in u} == {"v1"}
    screenshot(page, "alert")


def test_the_time_slider_sets_both_clocks_of_every_view_and_replays_by_day(
    offline: Offline, console: Console
) -> None:
    page = _open(offline, console)
    assert "known_by" not in _query(offline.api("/v1/warning-board")[-1])  # now
    page.fill("#clock-date", "2017-06-01")
    page.dispatch_event("#clock-date", "change")
    expect(page.locator("#clock-state")).to_have_text("Known by 2017-06-02T00:00:00Z")
    page.wait_for_function(
        "document.getElementById('board-problems').getAttribute('aria-busy') === 'false'"
    )
    assert _query(offline.api("/v1/warning-board")[-1])["known_by"] == ["2017-06-02T00:00:00Z"]
    june = _problem_level(page, NUCLEAR)

    page.fill("#clock-date", "2017-09-15")
    page.dispatch_event("#clock-date", "change")
    expect(
        page.locator(f'li.problem[data-problem="{NUCLEAR}"] button.alert', has_text="nuclear-test")
    ).to_be_visible()
    september = _problem_level(page, NUCLEAR)
    assert (june, september) == ("quiet", "warning")

    # Transaction time too: the same instant as as_of. The knowledge base was recorded today,
    # so in 2017 Watchfloor had recorded nothing: the board is empty of alerts.
    page.check("#clock-asof")
    expect(page.locator("#clock-state")).to_contain_text("as recorded at 2017-09-16T00:00:00Z")
    expect(page.locator(f'li.problem[data-problem="{NUCLEAR}"]')).to_have_count(0)
    query = _query(offline.api("/v1/warning-board")[-1])
    assert query["as_of"] == query["known_by"] == ["2017-09-16T00:00:00Z"]
    page.uncheck("#clock-asof")

    # Day stepping: a replay of early September 2017, one day at a time, from the slider.
    page.eval_on_selector(
        "#clock-slider",
        "s => { s.value = String((Date.parse('2017-09-01') - Date.parse('1984-01-01')) / 86400000);"
        " s.dispatchEvent(new Event('change')); }",
    )
    expect(page.locator("#clock-date")).to_have_value("2017-09-01")
    expect(page.locator(f'li.problem[data-problem="{NUCLEAR}"] h3 .level')).not_to_have_text(
        "warning"
    )
    for expected in ["2017-09-02", "2017-09-03"]:
        page.click("#clock-forward")
        expect(page.locator("#clock-date")).to_have_value(expected)
    expect(page.locator(f'li.problem[data-problem="{NUCLEAR}"] h3 .level')).to_have_text("warning")
    page.click("#clock-back")
    expect(page.locator("#clock-date")).to_have_value("2017-09-02")
    known = [_query(u)["known_by"][0] for u in offline.api("/v1/warning-board")[-3:]]
    assert known == ["2017-09-03T00:00:00Z", "2017-09-04T00:00:00Z", "2017-09-03T00:00:00Z"]

    # Every view reads at the slider's instant.
    for view, path in [("timeline", "/v1/events"), ("charts", "/v1/alerts"), ("map", "/v1/events")]:
        before = len(offline.api(path))
        page.click(f"#tab-{view}")
        page.wait_for_function(f"document.getElementById('view-{view}').hidden === false")
        expect(page.locator(f"#view-{view} [aria-busy='true']")).to_have_count(0)
        latest = offline.api(path)[before:]
        assert latest and all(_query(u)["known_by"] == ["2017-09-03T00:00:00Z"] for u in latest), (
            view
        )
    figures = [u for u in offline.requests if urlsplit(u).path.endswith("/figures")]
    assert figures and _query(figures[-1])["known_by"] == ["2017-09-03T00:00:00Z"]


def test_the_timeline_pages_by_cursor_and_filters(offline: Offline, console: Console) -> None:
    page = _open(offline, console, "?date=2017-09-03", "timeline")
    items = page.locator("#timeline-list li.event")
    expect(items).to_have_count(25)
    expect(items.first).to_contain_text("2017-09-03 Underground nuclear test")
    ids = "items => items.map(i => i.dataset.event)"
    first, first_dates = items.evaluate_all(ids), items.locator("time").all_inner_texts()
    page.click("#timeline-next")
    expect(page.locator("#timeline-page")).to_contain_text("page 2")
    second, second_dates = items.evaluate_all(ids), items.locator("time").all_inner_texts()
    assert len(set(second)) == 25 and not set(first) & set(second)
    assert "cursor" in _query(offline.api("/v1/events")[-1])
    # Occurred order carries on across the page boundary.
    dates = first_dates + second_dates
    assert dates == sorted(dates, reverse=True)
    page.click("#timeline-first")
    expect(items.first).to_contain_text("Underground nuclear test")

    # Filters: a weapon by its alias, then a category, coloured by category.
    page.fill('#timeline-filters [name="weapon"]', "Hwasong-14")
    page.click('#timeline-filters button[type="submit"]')
    expect(page.locator("#timeline-page")).to_contain_text("page 1 (last) · 2 events")
    assert all("Hwasong-14" in t for t in items.all_inner_texts())
    assert _query(offline.api("/v1/events")[-1])["weapon"] == ["Hwasong-14"]
    page.fill('#timeline-filters [name="weapon"]', "")
    page.select_option('#timeline-filters [name="category"]', "MOBILIZE")
    page.select_option('#timeline-filters [name="colour"]', "category")
    page.click('#timeline-filters button[type="submit"]')
    expect(page.locator("#timeline-legend")).to_have_text("Colour: PLOVER category")
    expect(items).to_have_count(25)
    assert all("MOBILIZE" in t for t in items.all_inner_texts())
    colours = {items.nth(n).evaluate("e => e.style.borderLeftColor") for n in range(5)}
    assert colours == {"rgb(178, 24, 43)"}  # MOBILIZE's colour
    query = _query(offline.api("/v1/events")[-1])
    assert query["category"] == ["MOBILIZE"] and query["known_by"] == ["2017-09-04T00:00:00Z"]
    screenshot(page, "timeline")


def test_the_map_draws_the_facilities_over_a_shipped_basemap_offline(
    offline: Offline, console: Console
) -> None:
    sites = httpx.get(f"{console.base}/v1/facilities", params={"limit": 100}).json()["data"]
    placed = [s for s in sites if s["lat"] is not None]
    assert len(placed) > 40
    page = _open(offline, console, "?date=2017-09-03", "map")
    region = page.locator("#map")
    expect(region).to_have_attribute("data-facilities", str(len(placed)))
    # The basemap: Natural Earth country outlines drawn as SVG paths (no tile image at all).
    assert page.locator("#map path").count() > 100
    assert page.locator("#map img.leaflet-tile").count() == 0
    # Every facility is drawn, alone or in a cluster that counts it.
    alone = page.locator("#map .site-marker").count()
    clustered = sum(int(t) for t in page.locator("#map .cluster-facilities span").all_inner_texts())
    assert alone + clustered == len(placed)
    drawn = int(region.get_attribute("data-events") or 0)
    assert drawn > 50
    # A marker drawn alone is named for screen readers: the site's name.
    titles = page.locator("#map .site-marker").evaluate_all("ms => ms.map(m => m.title)")
    assert set(titles) <= {s["name"] for s in placed} and all(titles)
    screenshot(page, "map")


def test_an_indicator_chart_draws_its_figures_thresholds_and_alerts(
    offline: Offline, console: Console
) -> None:
    page = _open(offline, console, "?date=2017-09-03", "charts")
    expect(page.locator("#indicator-select option:checked")).to_have_text(
        "DPRK missile launches per month (monthly)"
    )
    chart = page.locator("#chart")
    expect(chart.locator("canvas")).to_have_count(1)
    assert int(chart.get_attribute("data-points") or 0) >= 50  # five years of months
    assert int(chart.get_attribute("data-alerts") or 0) > 0  # the campaigns of 2016–17
    painted = chart.locator("canvas").evaluate(
        "c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }"
    )
    assert painted > 2000
    expect(page.locator("#chart-caption")).to_contain_text("as known by 2017-09-04T00:00:00Z")
    expect(page.locator(".u-legend")).to_contain_text("launch-tempo: watch at 4")
    screenshot(page, "chart")


@pytest.mark.parametrize("view", ["board", "timeline", "map", "charts", "forecasts", "exercise"])
def test_axe_finds_no_serious_violation(offline: Offline, console: Console, view: str) -> None:
    page = _open(offline, console, "?date=2017-09-03", view)
    expect(page.locator(f"#view-{view} [aria-busy='true']")).to_have_count(0)
    if view == "board":
        page.locator("button.alert").first.click()
        expect(page.locator("#alert-detail ul.evidence")).not_to_have_count(0)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]
    assert serious == []


def test_the_keyboard_alone_reaches_every_view_and_an_alerts_evidence(
    offline: Offline, console: Console
) -> None:
    page = _open(offline, console, "?date=2017-09-03")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "tab-board":
            break
    else:
        pytest.fail("Tab never reached the views' tabs")
    views = ["timeline", "map", "charts", "forecasts", "planning", "plans", "ach", "exercise"]
    for view in [*views, "board"]:
        page.keyboard.press("ArrowRight")
        assert page.evaluate("document.activeElement.id") == f"tab-{view}"
        expect(page.locator(f"#view-{view}")).to_be_visible()
        expect(page.locator(f"#tab-{view}")).to_have_attribute("aria-selected", "true")
    page.keyboard.press("End")
    expect(page.locator("#view-exercise")).to_be_visible()
    page.keyboard.press("Home")
    expect(page.locator("#view-board")).to_be_visible()
    expect(page.locator("#board-problems")).to_have_attribute("aria-busy", "false")
    # Into the board: the first alert, opened with Enter; its evidence takes the focus.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('alert')")
    page.keyboard.press("Enter")
    expect(page.locator("#alert-detail ul.evidence li").first).to_be_visible()
    assert page.evaluate("document.activeElement.id") == "alert-detail"


def test_a_key_entered_once_is_sent_for_the_browser_session(
    offline: Offline, console: Console
) -> None:
    page = _open(offline, console)
    headers: list[str | None] = []
    page.on(
        "request",
        lambda r: headers.append(r.headers.get("authorization")) if "/v1/" in r.url else None,
    )
    page.fill("#key-input", console.secret)
    page.keyboard.press("Enter")
    expect(page.locator("#key-state")).to_have_text("key set for this browser session")
    expect(page.locator("#key-input")).to_have_value("")
    page.reload()
    page.wait_for_selector("body[data-ready]")
    page.click("#tab-timeline")
    expect(page.locator("#timeline-list li.event")).to_have_count(25)
    assert headers and set(headers) == {f"Bearer {console.secret}"}
    page.click("#key-forget")
    expect(page.locator("#key-state")).to_have_text("no key: anonymous reads")
    assert page.evaluate("sessionStorage.length") == 0


def test_the_api_reference_is_served_from_the_package_and_works_offline(
    offline: Offline, console: Console
) -> None:
    html = httpx.get(f"{console.base}/docs").text
    urls = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)
    assert urls and all(u.startswith("/") and not u.startswith("//") for u in urls), urls
    for url in urls:
        assert httpx.get(f"{console.base}{url}").status_code == 200, url
    assert "/console/vendor/scalar/standalone.js" in urls
    page = offline.page
    page.goto(f"{console.base}/docs")
    body = page.locator("body")
    expect(body).to_contain_text("List actors", timeout=30_000)
    spec = httpx.get(f"{console.base}/docs/openapi.json").json()
    for tag in spec["tags"]:
        expect(body).to_contain_text(re.compile(f"(Open|Close) Group - {tag['name']}"))
    page.get_by_role("button", name="Open Group - warning").click()
    expect(body).to_contain_text("Read the warning board")
    screenshot(page, "docs")
