"""The benchmark harness's own logic: statistics, goal ratios, pgbench scripts, profiles.

No timing is asserted anywhere: these check the arithmetic and text the harness produces.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bench.backtests import fit
from bench.console import _path, _report
from bench.goals import evaluate
from bench.pgbench import pg_text, write_scripts
from bench.profile import summarise
from bench.report import NOTES, refresh_notes
from bench.scenarios import SCENARIOS, Goal, Scenario, Variant
from bench.stats import judge, ratios, spread
from bench.trace import Statement


@dataclass
class M:
    rps: float
    rows_per_s: float = 0.0
    p50_ms: float | None = None
    p99_ms: float | None = None
    rss_mb: float | None = None


def test_spread_is_median_and_range() -> None:
    s = spread([3.0, 1.0, 10.0, 2.0])
    assert (s.median, s.low, s.high, s.n) == (2.5, 1.0, 10.0, 4)
    with pytest.raises(ValueError, match="no measurements"):
        spread([])


def test_ratios_are_per_round_and_skip_failed_references() -> None:
    assert ratios([10, 20, 30], [5, 0, 10]) == [2.0, 3.0]
    with pytest.raises(ValueError, match="2 numerators for 1"):
        ratios([1, 2], [1])


def test_judge_reads_the_median_in_the_goals_direction() -> None:
    assert judge([0.1, 0.2, 0.3], 0.15).met is True
    assert judge([0.1, 0.12, 0.3], 0.15).met is False
    assert judge([2.0, 4.0, 3.5], 3.0, at_most=True).met is False
    assert judge([], 1.0).met is None


def _scenario(*goals: Goal) -> Scenario:
    variants = {"api": Variant("api"), "pgbench": Variant("pgbench"), "import": Variant("import")}
    return Scenario("s", "t", "/v1/x", "actor", "list", None, variants, goals)


def test_goal_ratio_is_the_median_of_round_ratios() -> None:
    share = Goal("≥ 15% of pgbench", "api", "pgbench", 0.15)
    # Rounds where pgbench was fast and the API slow still pair up round by round.
    measured = {"api": [M(100), M(300), M(200)], "pgbench": [M(1000), M(1000), M(4000)]}
    [judged] = evaluate(_scenario(share), measured, {})
    assert judged.verdict.ratio is not None
    assert judged.verdict.ratio.median == pytest.approx(0.1)
    assert (judged.verdict.ratio.low, judged.verdict.ratio.high) == (0.05, 0.3)
    assert judged.verdict.met is False


def test_tail_goal_uses_p99_over_p50_and_rows_goal_uses_rows() -> None:
    tail = Goal("p99 ≤ 3× p50", "api", None, 3.0, metric="tail", at_most=True)
    rows = Goal("rows/s", "api", "pgbench", 1.0, metric="rows")
    measured = {
        "api": [
            M(1, rows_per_s=500, p50_ms=10, p99_ms=25),
            M(1, rows_per_s=700, p50_ms=10, p99_ms=40),
        ],
        "pgbench": [M(9, rows_per_s=500), M(9, rows_per_s=500)],
    }
    judged_tail, judged_rows = evaluate(_scenario(tail, rows), measured, {})
    assert judged_tail.verdict.ratio is not None and judged_tail.verdict.ratio.median == 3.25
    assert judged_tail.verdict.met is False
    assert judged_rows.verdict.ratio is not None and judged_rows.verdict.ratio.median == 1.2
    assert judged_rows.verdict.met is True


def test_goal_of_a_skipped_variant_says_why() -> None:
    goal = Goal("≥ 50% of COPY", "import", "pgbench", 0.5, metric="rows")
    [judged] = evaluate(
        _scenario(goal), {"pgbench": [M(1)]}, {"import": "`/v1/import` is not on main yet"}
    )
    assert judged.verdict.met is None
    assert judged.missing == "`/v1/import` is not on main yet"


def test_every_declared_goal_names_variants_of_its_scenario() -> None:
    for scenario in SCENARIOS:
        for goal in scenario.goals:
            assert goal.numerator in scenario.variants, (scenario.name, goal.text)
            assert goal.denominator is None or goal.denominator in scenario.variants
            assert (goal.denominator is None) == (goal.metric in ("tail", "rss"))


def test_pg_text_matches_postgres_input_syntax() -> None:
    assert pg_text(True) == "true"
    assert pg_text(51) == "51"
    assert pg_text(date(2024, 6, 19)) == "2024-06-19"
    assert pg_text(datetime(2024, 6, 19, 12, 0, tzinfo=UTC)) == "2024-06-19T12:00:00+00:00"
    assert pg_text(["a", 'q"uote', "back\\slash", None]) == '{"a","q\\"uote","back\\\\slash",NULL}'


def test_pgbench_scripts_keep_parameters_bound(tmp_path: Path) -> None:
    traced: list[list[Statement]] = [
        [
            ("SELECT 1", ()),
            (
                "SELECT t.id FROM actors t\n WHERE t.id = $1 AND t.x = $2::int LIMIT $3",
                ("act_1", None, 51),
            ),
        ],
        [("SELECT $1::timestamptz", (datetime(2024, 1, 1, tzinfo=UTC),))],
    ]
    paths, variables = write_scripts(traced, tmp_path)
    assert [p.read_text() for p in paths] == [
        "SELECT 1;\nSELECT t.id FROM actors t WHERE t.id = :r0s1p1 AND t.x = NULL::int LIMIT :r0s1p3;\n",
        "SELECT :r1s0p1::timestamptz;\n",
    ]
    assert variables == {"r0s1p1": "act_1", "r0s1p3": "51", "r1s0p1": "2024-01-01T00:00:00+00:00"}


def test_profile_summary_counts_leaves_by_package_and_frames_once_per_stack() -> None:
    raw = (
        "run (asyncio/events.py:80);handle (/x/site-packages/litestar/app.py:10);"
        "fetch (/x/site-packages/asyncpg/connection.py:5) 6\n"
        "run (asyncio/events.py:80);handle (/x/site-packages/litestar/app.py:10);"
        "encode (/x/site-packages/msgspec/__init__.py:1) 2\n"
        "not a stack line\n"
    )
    total, by_package, top = summarise(raw)
    assert total == 8
    assert by_package == [("asyncpg", 0.75), ("msgspec", 0.25)]
    assert top == [
        ("self: fetch (asyncpg: connection.py)", 0.75),
        ("self: encode (msgspec: __init__.py)", 0.25),
    ]


def test_refresh_notes_keeps_the_measurements_and_replaces_the_analysis(tmp_path: Path) -> None:
    heading = NOTES.read_text().splitlines()[0]
    md = tmp_path / "RESULTS.md"
    md.write_text(f"# Results\n\n| a | b |\n\n{heading}\n\nan older analysis\n")
    refresh_notes(md)
    text = md.read_text()
    assert text.startswith("# Results\n\n| a | b |\n\n" + heading)
    assert "an older analysis" not in text
    assert text.endswith(NOTES.read_text().strip() + "\n")


def test_fit_is_least_squares_with_r2() -> None:
    line = fit([12, 24, 48, 96], [1.2 + 0.5 * x for x in (12, 24, 48, 96)])
    assert line["slope"] == pytest.approx(0.5) and line["intercept"] == pytest.approx(1.2)
    assert line["r2"] == pytest.approx(1.0)
    scattered = fit([1, 2, 3, 4], [1.0, 3.0, 2.0, 4.0])
    assert scattered["slope"] == pytest.approx(0.8)
    assert scattered["intercept"] == pytest.approx(0.5)
    assert scattered["r2"] == pytest.approx(0.64)


def test_the_console_report_splits_ready_into_page_and_view() -> None:
    assert _path("http://x/v1/indicators/ind_1/figures?known_by=2020") == (
        "/v1/indicators/{id}/figures"
    )
    assert _path("http://x/v1/events?sort=occurred") == "/v1/events"
    case = {
        "view": "board", "date": None, "ready_ms": [300, 420, 380], "ready_median_ms": 380,
        "dcl_median_ms": 250, "start_median_ms": 290, "api_calls": 1.0,
        "slowest_calls": [{"path": "/v1/warning-board", "median_ms": 60}],
    }  # fmt: skip
    counts = {"events": 1_000_000, "statements": 10, "actors": 3}
    table = _report({"counts": counts, "runs": 3}, [case])
    assert "1,000,000 events" in table
    assert (
        "| board | now | 380 ms | 300–420 ms | 290 ms | 90 ms | 1.0 | `/v1/warning-board` 60 ms |"
        in table
    )
