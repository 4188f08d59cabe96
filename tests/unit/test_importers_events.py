"""``gdelt1``, ``gdelt2``, ``icews``, ``plover`` and ``ucdp`` on the real files, and dirty input."""

import json
from pathlib import Path

from watchfloor.formats import read_file

from tests.shared_data import data_file, tally

GDELT1 = "gdelt_v1_events_sample/events.csv"
GDELT2 = "gdelt_v2_events_sample/20191024143000.export.CSV"
ICEWS = "icews_sample/events.2018.sample.tab"
PLOVER = "plover_spec/PLOVER_GSR_CAMEO.json"
UCDP = "ucdp_ged_sample/ged_israel_2002.json"


def test_gdelt2_counts() -> None:
    rows = list(read_file("gdelt2", data_file(GDELT2)))
    # Checked by hand (F = the file):
    #   awk -F'\t' 'NF==61' $F | wc -l                → 2111 rows, all 61 fields
    #   awk -F'\t' '$27 ~ /^0[12]/' $F | wc -l         → 428 CAMEO 01/02: no PLOVER category
    #   awk -F'\t' '$27 !~ /^0[12]/ {if($6!="")print $6; if($16!="")print $16}' $F | sort -u | wc -l
    #                                                  → 239 actor codes in the other rows
    assert tally(rows) == {"event": 2111 - 428, "rejected": 428, "actor": 239, "source": 1}
    reasons = {r.error.split(": ", 1)[1] for r in rows if r.error}
    assert all("PLOVER dropped CAMEO 01 and 02" in reason for reason in reasons)


def test_gdelt2_korea_event() -> None:
    rows = read_file("gdelt2", data_file(GDELT2))
    event = next(
        r.record for r in rows if r.record and r.record["external_id"] == "gdelt2:881992320"
    )
    assert event["category"] == "CONSULT" and event["mode"] == "visit"
    assert event["cameo_code"] == "042"
    assert event["actors"] == [{"actor_id": "@seed:act:prk"}]
    assert event["recipients"] == [{"actor_id": "@cameo:USAGOV"}]
    assert event["citations"][0]["credibility"] == 6


def test_gdelt1_reads_both_widths() -> None:
    rows = list(read_file("gdelt1", data_file(GDELT1)))
    # awk -F'\t' '{print NF}' $F | sort | uniq -c  → 509 rows of 58 fields, 201 of 57 (backfile)
    # awk -F'\t' '$27 ~ /^0[12]/' $F | wc -l       → 172 CAMEO 01/02
    # awk -F'\t' '$27 !~ /^0[12]/ {if($6!="")print $6; if($16!="")print $16}' $F | sort -u | wc -l → 190
    assert tally(rows) == {"event": 710 - 172, "rejected": 172, "actor": 190, "source": 1}
    backfile = next(
        r.record for r in rows if r.record and r.record["external_id"] == "gdelt1:1553729"
    )
    assert "note" not in backfile["citations"][0]  # 57 fields: no SOURCEURL
    threat = next(
        r.record for r in rows if r.record and r.record["external_id"] == "gdelt1:564443022"
    )
    assert threat["category"] == "THREATEN" and threat["recipients"] == [
        {"actor_id": "@seed:act:prk"}
    ]


def test_gdelt_rejects_rows_of_another_width(tmp_path: Path) -> None:
    path = tmp_path / "export.CSV"
    good = data_file(GDELT2).read_bytes().splitlines()[2]
    path.write_bytes(good + b"\n" + b"1\t2\t3\n" + good.replace(b"\t", b"\t\t", 1) + b"\n")
    rows = list(read_file("gdelt2", path))
    assert [(r.line, r.error) for r in rows if r.error] == [
        (2, "3 fields, not 61"),
        (3, "62 fields, not 61"),
    ]


def test_icews_counts() -> None:
    rows = list(read_file("icews", data_file(ICEWS)))
    # awk -F'\t' 'NR>1' $F | wc -l                    → 3705 events
    # awk -F'\t' 'NR>1 && $7 ~ /^0[12]/' $F | wc -l   → 808 CAMEO 01/02
    # awk -F'\t' 'NR>1 && $7 !~ /^0[12]/ {if($3!="NA" && $3!="Unspecified Actor")print $3;
    #     if($9!="NA" && $9!="Unspecified Actor")print $9}' $F | sort -u | wc -l → 1068 actors
    assert tally(rows) == {"event": 3705 - 808, "rejected": 808, "actor": 1068, "source": 1}
    actors = {
        r.record["name"]: r.record for r in rows if r.record and r.record["resource"] == "actor"
    }
    assert actors["Kim Jong-Un"]["kind"] == "person" and actors["Kim Jong-Un"]["country"] == "PRK"
    assert actors["North Korea"]["external_id"] == "seed:act:prk"
    assert actors["Russia"]["external_id"] == "seed:act:rus"  # country "Russian Federation"
    assert actors["Police (India)"]["kind"] == "government_body"
    # Sectors list affiliations (parties, IGOs chaired), not what the actor is.
    for person in ("Kim Jong-Il", "Marine Le Pen", "Pope Francis", "Fumio Kishida"):
        assert actors[person]["kind"] == "person", person
    assert actors["Nursultan Nazarbayev"]["kind"] == "person"
    assert actors["European Union"]["kind"] == "igo"
    assert actors["Associated Press"]["kind"] == "media"
    assert actors["Al Qaeda"]["kind"] == "armed_group"


def test_plover_gold_standard_counts() -> None:
    rows = list(read_file("plover", data_file(PLOVER)))
    # python3 -c "import json; print(len(json.load(open('$F'))))" → 323 records: the DOCUMENT
    # header (the source, line 2), 320 events, and 2 rejected: AGREE-0007 whose target is the
    # bare string "diplomatic", and the second COERCE-0004 (a duplicate id).
    # Actors: the distinct code + sector (upper-cased, "***" dropped) of the source and target
    # entries of the 320 events → 299 (a short python loop over the file).
    assert tally(rows) == {"event": 320, "rejected": 2, "actor": 299, "source": 1}
    assert rows[0].line == 2 and rows[0].record is not None
    assert rows[0].record["release"] == "PLOVER 0.5b1, coded 2016-12-12"
    rejected = [r.error for r in rows if r.error]
    assert "target is 'diplomatic'" in str(rejected[0])
    assert "duplicate id, already read on line 4596" in str(rejected[1])
    categories = {
        r.record["category"] for r in rows if r.record and r.record["resource"] == "event"
    }
    assert "ASSAULT" in categories and "FIGHT" not in categories


def test_plover_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    record = {"id": "x-1", "date": "2024-06-19", "event": "ACCUSE", "mode": "investigate",
              "source": [{"actorText": "North Korea", "code": "PRK"}], "text": "Pyongyang probes."}  # fmt: skip
    path.write_text(
        json.dumps(record)
        + "\n\n{broken\n"
        + json.dumps({**record, "id": "x-2", "event": "NOPE"})
        + "\n"
    )
    rows = list(read_file("plover", path))
    assert tally(rows) == {"source": 1, "actor": 1, "event": 1, "rejected": 2}
    assert rows[1].record is not None and rows[1].record["external_id"] == "seed:act:prk"
    event = next(r.record for r in rows if r.record and r.record["resource"] == "event")
    assert event["category"] == "INVESTIGATE" and "mode" not in event
    assert [r.line for r in rows if r.error] == [3, 4]


def test_ucdp_counts() -> None:
    rows = list(read_file("ucdp", data_file(UCDP)))
    # python3 -c "import json; d=json.load(open('$F')); print(len(d),
    #   len({r['side_a_new_id'] for r in d} | {r['side_b_new_id'] for r in d}))" → 373 events, 11 sides
    # Event 175962 says low 10, best 11, high 10 (`jq '.[] | select(.best > .high) | .id'`):
    # rejected, as no range can hold it.
    assert tally(rows) == {"event": 372, "rejected": 1, "actor": 11, "source": 1}
    assert [r.error for r in rows if r.error] == [
        "event 175962: fatalities low 10, best 11, high 10 are out of order"
    ]
    events = [r.record for r in rows if r.record and r.record["resource"] == "event"]
    # Fatalities sum to 884 best, 963 high, 871 low (PROVENANCE), less the rejected 11/10/10.
    assert sum(e["magnitudes"][0]["best"] for e in events) == 884 - 11
    assert sum(e["magnitudes"][0]["high"] for e in events) == 963 - 10
    assert sum(e["magnitudes"][0]["low"] for e in events) == 871 - 10


def test_ucdp_wrapped_result_and_broken_items(tmp_path: Path) -> None:
    first = data_file(UCDP).read_text().split("\n")[1].rstrip(",")
    path = tmp_path / "ged.json"
    path.write_text(
        '{"Result": [\n' + first + ',\n{"id": 2, "type_of_violence": 9},\n{"id": 3, "best"'
    )
    rows = list(read_file("ucdp", path))
    assert tally(rows) == {"source": 1, "actor": 2, "event": 1, "rejected": 2}
    assert [r.line for r in rows if r.error] == [3, 4]


def test_reference_rows_of_a_rejected_record_come_with_the_next_one(tmp_path: Path) -> None:
    """A state first named by a record that is then rejected is still written before its use."""
    path = tmp_path / "events.jsonl"
    bad = {
        "id": "a",
        "date": "2024-01-01",
        "event": "AGREE",
        "source": [{"code": "TUR"}],
        "target": "x",
    }
    good = {**bad, "id": "b", "target": [{"code": "GRC"}]}
    path.write_text(json.dumps(bad) + "\n" + json.dumps(good) + "\n")
    rows = list(read_file("plover", path))
    assert [(r.line, r.record["external_id"] if r.record else r.error) for r in rows] == [
        (0, "plover:source:gsr-cameo"),
        (1, "a: target is 'x', not a list of actors"),
        (2, "seed:act:tur"),
        (2, "seed:act:grc"),
        (2, "plover:b"),
    ]
