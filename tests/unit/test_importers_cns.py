"""The ``cns`` format on the real CNS CSV and its derived JSON, and the rule that matches them."""

from datetime import date
from pathlib import Path

import pytest
from watchfloor.formats import read_file
from watchfloor.formats.cns import ERRATA
from watchfloor.formats.missiles import distance

from tests.shared_data import data_file, tally

CSV = "cns_nk_missile_tests/north_korea_missile_test_database.csv"
JSON = "cns_nk_missile_tests/nagix_test.en.json"


def _events(relative: str) -> dict[str, dict[str, object]]:
    rows = read_file("cns", data_file(relative))
    return {
        r.record["external_id"]: r.record
        for r in rows
        if r.record and r.record["resource"] == "event"
    }


def test_csv_counts() -> None:
    rows = list(read_file("cns", data_file(CSV)))
    # Checked by hand:
    #   python3 -c "import csv; print(sum(1 for _ in csv.reader(open('$F', encoding='cp1252', newline=''))) - 1)"
    #     → 245 records (F1 1..245) in 460 physical lines;
    #   distinct Facility Name other than Unknown: 45, of which "Sunchon" and "Sunchon Airbase" are
    #     one facility (same coordinates) → 44; distinct Missile Name other than Unknown: 31, of
    #     which "KN-23" and "Hwasong-11A (KN-23)" are one weapon → 30. Every record is readable.
    assert tally(rows) == {"event": 245, "facility": 44, "weapon": 30, "actor": 1, "source": 1}
    assert rows[0].record is not None and rows[0].record["release"] == "2023-04-19"
    first_lines = [r.line for r in rows if r.record and r.record["resource"] == "event"]
    # Records with quoted newlines span lines: F1 245 starts on line 455 (`grep -n` the CRLFs).
    assert first_lines[:3] == [2, 3, 4] and first_lines[-1] == 455


def test_csv_row_becomes_a_test_event() -> None:
    events = _events(CSV)
    test = events["missile-test:2017-03-05:3"]
    assert test["title"] == "ER Scud launch from Sohae Satellite Launching Station"
    assert test["occurred"] == {
        "start": "2017-03-05",
        "precision": "day",
        "time": "2017-03-05T22:34:00+00:00",
    }
    assert test["magnitudes"] == [
        {"kind": "apogee", "unit": "km", "best": 260.0},
        {"kind": "distance", "unit": "km", "best": 1000.0},
    ]
    assert test["status"] == "confirmed"
    assert test["weapon_ids"] == ["@ref:weapon:er-scud"]
    assert test["tags"] == ["missile-test", "outcome:success", "landing:sea-of-japan"]
    # Month-only dates (Sep-84) keep their precision.
    assert events["missile-test:1984-09:3"]["occurred"] == {
        "start": "1984-09-01",
        "precision": "month",
    }
    # "between 25 and 90 km" is a range; "330 lm" is read as km.
    ranged = [e for e in events.values() if any("low" in m for m in e["magnitudes"])]  # type: ignore[attr-defined]
    assert {"kind": "apogee", "unit": "km", "low": 25.0, "high": 90.0} in ranged[0]["magnitudes"]  # type: ignore[operator]


def test_csv_erratum_moves_the_local_date_to_utc() -> None:
    events = _events(CSV)
    corrected = events["missile-test:2022-01-04:1"]
    assert corrected["occurred"]["time"] == "2022-01-04T23:10:00+00:00"  # type: ignore[index]
    assert "Date corrected" in corrected["citations"][0]["note"]  # type: ignore[index]
    assert ERRATA["161"][0] == date(2022, 1, 4)


def test_json_counts() -> None:
    rows = list(read_file("cns", data_file(JSON)))
    # Checked by hand:
    #   python3 -c "import json; d=json.load(open('$F')); print(sum(len(b['data']) for b in d['timeBins']))"
    #     → 339 tests; distinct `facility` other than unknown → 55; `missile` other than unknown → 36.
    assert tally(rows) == {"event": 339, "facility": 55, "weapon": 36, "actor": 1, "source": 1}
    assert rows[0].record is not None and rows[0].record["release"] == "2026-04-18"


def test_both_files_name_each_shared_test_alike() -> None:
    """The matching rule on the real files: every CSV test finds its JSON twin, and they agree.

    Pairs agree on the weapon wherever both name one; on the facility too, but for the two
    tests of 2020-03-20 that the JSON moved from Sunchon to Sonchon (a correction, kept as a
    disagreement: the first data set imported owns the event's place).
    """
    csv_events, json_events = _events(CSV), _events(JSON)
    assert set(csv_events) <= set(json_events)
    assert len(set(json_events) - set(csv_events)) == 94  # the tests after 2023-04-12
    for key, a in csv_events.items():
        b = json_events[key]
        if a["weapon_ids"] and b["weapon_ids"]:
            assert a["weapon_ids"] == b["weapon_ids"], key
        fa, fb = a["place"].get("facility_id"), b["place"].get("facility_id")  # type: ignore[attr-defined]
        if fa and fb and fa != fb:
            assert key.startswith("missile-test:2020-03-20"), key


def _csv(tmp_path: Path, *rows: str) -> Path:
    header = (
        "F1,Date,Date Entered/Updated,Launch Time (UTC),Missile Name,Missile Type,"
        "Launch Agency/Authority,Facility Name,Facility Location,Other Name,Facility Latitude,"
        "Facility Longitude,Landing Location,Apogee,Distance Travelled,Confirmation Status,"
        "Test Outcome,Additional Information,Source(s)"
    )
    path = tmp_path / "cns.csv"
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("cp1252", errors="strict"))
    return path


GOOD = '1,9-Apr-84,23-Dec-16,,Scud-B,SRBM,,Tonghae Satellite Launching Ground,x,,40.85,129.67,Unknown,200 km,Unknown,Confirmed,Success,"two\nlines",src'


def test_dirty_rows_are_rejected_with_their_line(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        GOOD,  # lines 2-3
        "2,32-Apr-84,,,Scud-B,SRBM,,Tonghae,x,,1,1,Unknown,,,Confirmed,Success,,",  # line 4
        "3,9-Apr-84,,,Scud-Z,SRBM,,Tonghae,x,,1,1,Unknown,,,Confirmed,Success,,",  # line 5
        "4,9-Apr-84,,,Scud-B,SRBM,,Tonghae,x,,1,1,Unknown,very high,,Confirmed,Success,,",  # 6
        "5,too,few",  # line 7
    )
    rows = list(read_file("cns", path))
    rejected = {r.line: r.error for r in rows if r.error}
    assert sorted(rejected) == [4, 5, 6, 7]
    assert "32-Apr-84" in str(rejected[4])
    assert "'Scud-Z' is not in the catalogue" in str(rejected[5])
    assert "'very high' is not a distance" in str(rejected[6])
    assert "3 fields, not 19" in str(rejected[7])
    assert tally(rows)["event"] == 1


def test_distance_forms() -> None:
    assert distance("1,380 km", "distance") == {"kind": "distance", "unit": "km", "best": 1380.0}
    assert distance("999 lm", "apogee") == {"kind": "apogee", "unit": "km", "best": 999.0}
    assert distance("between 110 and 670 km", "distance") == {
        "kind": "distance", "unit": "km", "low": 110.0, "high": 670.0,
    }  # fmt: skip
    assert distance("N/A", "apogee") is None
    assert distance(7687, "apogee") == {"kind": "apogee", "unit": "km", "best": 7687.0}
    with pytest.raises(ValueError, match="not a distance"):
        distance("far", "apogee")
