"""``gdelt1``, ``gdelt2``, ``icews``, ``plover`` and ``ucdp`` on the real files, and dirty input."""

import json
from pathlib import Path
from typing import Any

from watchfloor.formats import read_file
from watchfloor.imports.rows import ImportRow

from tests.shared_data import data_file, tally

GDELT1 = "gdelt_v1_events_sample/events.csv"
GDELT2 = "gdelt_v2_events_sample/20191024143000.export.CSV"
ICEWS = "icews_sample/events.2018.sample.tab"
PLOVER = "plover_spec/PLOVER_GSR_CAMEO.json"
UCDP = "ucdp_ged_sample/ged_israel_2002.json"


def test_gdelt2_counts() -> None:
    rows = list(read_file("gdelt2", data_file(GDELT2)))
    # Checked by hand (F = the file):
    #   awk -F'\t' 'NF==61' $F | wc -l                → 2111 rows, all 61 fields: every one kept
    #   awk -F'\t' '$27 ~ /^0[12]/' $F | wc -l         → 428 CAMEO 01/02: UNCATEGORIZED
    #   awk -F'\t' '{if($6!="")print $6; if($16!="")print $16}' $F | sort -u | wc -l
    #                                                  → 270 actor codes
    assert tally(rows) == {"event": 2111, "actor": 270, "source": 1}
    events = [r.record for r in rows if r.record and r.record["resource"] == "event"]
    uncategorized = [e for e in events if e["category"] == "UNCATEGORIZED"]
    assert len(uncategorized) == 428
    assert {e["cameo_code"][:2] for e in uncategorized} == {"01", "02"}
    assert all(e["context"] == [] and "mode" not in e for e in uncategorized)
    assert not any(r.repairs for r in rows)


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
    # grep -P '^881992320\t' $F | awk -F'\t' '{print $26,$30,$31,$32,$33,$34,$35,$60}'
    assert event["gdelt"] == {
        "is_root_event": True,
        "num_mentions": 2,
        "num_sources": 1,
        "num_articles": 2,
        "avg_tone": -3.1496062992126,
        "goldstein": 1.9,
        "quad_class": 1,
        "date_added": "2019-10-24T14:30:00Z",
    }
    assert event["reported_at"] == "2019-10-24T14:30:00Z"  # knowledge time: DATEADDED


def test_gdelt1_reads_both_widths() -> None:
    rows = list(read_file("gdelt1", data_file(GDELT1)))
    # awk -F'\t' '{print NF}' $F | sort | uniq -c  → 509 rows of 58 fields, 201 of 57 (backfile)
    # awk -F'\t' '$27 ~ /^0[12]/' $F | wc -l       → 172 CAMEO 01/02, kept UNCATEGORIZED
    # awk -F'\t' '{if($6!="")print $6; if($16!="")print $16}' $F | sort -u | wc -l → 214
    assert tally(rows) == {"event": 710, "actor": 214, "source": 1}
    events = [r.record for r in rows if r.record and r.record["resource"] == "event"]
    assert sum(e["category"] == "UNCATEGORIZED" for e in events) == 172
    backfile = next(
        r.record for r in rows if r.record and r.record["external_id"] == "gdelt1:1553729"
    )
    assert "note" not in backfile["citations"][0]  # 57 fields: no SOURCEURL
    assert backfile["gdelt"]["date_added"] == "2013-02-03T00:00:00Z"  # DATEADDED 20130203
    assert backfile["reported_at"] == "2013-02-04T00:00:00Z"  # the end of that day
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
    # The reader knows which record a bad line meant: the report counts it as an event.
    assert next((r.resource, r.external_id) for r in rows if r.error) == ("event", "gdelt2:1")


def test_gdelt_unreadable_numbers_are_left_out_with_a_warning(tmp_path: Path) -> None:
    fields = data_file(GDELT2).read_bytes().splitlines()[2].split(b"\t")
    fields[31], fields[34] = b"many", b"nan"  # NumMentions, AvgTone
    path = tmp_path / "export.CSV"
    path.write_bytes(b"\t".join(fields) + b"\n")
    event = next(
        r for r in read_file("gdelt2", path) if r.record and r.record["resource"] == "event"
    )
    assert event.record is not None
    assert event.record["gdelt"]["num_mentions"] is None
    assert event.record["gdelt"]["avg_tone"] is None
    assert event.record["gdelt"]["num_sources"] is not None
    assert [r.field for r in event.repairs] == ["NumMentions", "AvgTone"]


def test_gdelt_dirty_dateadded_takes_the_rule_with_a_warning(tmp_path: Path) -> None:
    lines = data_file(GDELT2).read_bytes().splitlines()
    unreadable, early = lines[2].split(b"\t"), lines[3].split(b"\t")
    unreadable[59], early[59] = b"2019-10-24", b"19790101000000"  # DATEADDED
    path = tmp_path / "export.CSV"
    path.write_bytes(b"\t".join(unreadable) + b"\n" + b"\t".join(early) + b"\n")
    events = [r for r in read_file("gdelt2", path) if r.record and r.record["resource"] == "event"]
    assert [e.record and "reported_at" in e.record for e in events] == [False, False]
    assert [(r.field, r.detail.split("; ")[-1]) for e in events for r in e.repairs] == [
        ("DATEADDED", "reported_at is the end of the event's day"),
        ("DATEADDED", "reported_at is the end of the event's day"),
    ]


def test_icews_counts() -> None:
    rows = list(read_file("icews", data_file(ICEWS)))
    # awk -F'\t' 'NR>1' $F | wc -l                    → 3705 events
    # awk -F'\t' 'NR>1 && $7 ~ /^0[12]/' $F | wc -l   → 808 CAMEO 01/02, kept UNCATEGORIZED
    # awk -F'\t' 'NR>1 {if($3!="NA" && $3!="Unspecified Actor")print $3;
    #     if($9!="NA" && $9!="Unspecified Actor")print $9}' $F | sort -u | wc -l → 1396 actors
    assert tally(rows) == {"event": 3705, "actor": 1396, "source": 1}
    events = {
        r.record["external_id"]: r.record
        for r in rows
        if r.record and r.record["resource"] == "event"
    }
    assert sum(e["category"] == "UNCATEGORIZED" for e in events.values()) == 808
    # awk -F'\t' '$1==32891167 {print $7, $8, $12, $13, $14}' $F → 020 3 47400374 1 Reuters News
    assert events["icews:32891167"]["icews"] == {
        "intensity": 3.0,
        "story_id": 47400374,
        "sentence_number": 1,
        "publisher": "Reuters News",
    }
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
    # header (the source, line 2) and 322 events, all kept: AGREE-0007 without its target (the
    # bare string "diplomatic"), the second COERCE-0004 (another sentence under a duplicated
    # id) as COERCE-0004#2.
    # Actors: the distinct code + sector (upper-cased, "***" dropped) of the source and target
    # entries of the 322 events → 299 (a short python loop over the file).
    assert tally(rows) == {"event": 322, "actor": 299, "source": 1}
    assert rows[0].line == 2 and rows[0].record is not None
    assert rows[0].record["release"] == "PLOVER 0.5b1, coded 2016-12-12"
    repaired = [
        (r.line, r.record["external_id"], r.repairs) for r in rows if r.repairs and r.record
    ]
    assert [(line, ext, [x.field for x in repairs]) for line, ext, repairs in repaired] == [
        (116, "plover:PLOVER-GSR01-AGREE-0007", ["target"]),
        (4825, "plover:PLOVER-GSR01-COERCE-0004#2", ["id"]),
    ]
    assert "'diplomatic' is not a list of actors" in repaired[0][2][0].detail
    assert "different record of line 4596" in repaired[1][2][0].detail
    agree = repaired_record(rows, "plover:PLOVER-GSR01-AGREE-0007")
    assert agree["recipients"] == [] and len(agree["actors"]) == 2
    categories = {
        r.record["category"] for r in rows if r.record and r.record["resource"] == "event"
    }
    assert "ASSAULT" in categories and "FIGHT" not in categories


def repaired_record(rows: list[ImportRow], external_id: str) -> dict[str, Any]:
    return next(r.record for r in rows if r.record and r.record["external_id"] == external_id)


def test_plover_repeated_record_is_rejected_and_bad_actor_entries_left_out(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    record = {"id": "x-1", "date": "2024-06-19", "event": "THREATEN",
              "source": [{"actorText": "North Korea", "code": "PRK"}, "KCNA", {"code": 7}],
              "target": [{"actorText": "United States", "code": "USA"}]}  # fmt: skip
    path.write_text(json.dumps(record) + "\n" + json.dumps(record, indent=None) + "\n")
    rows = list(read_file("plover", path))
    kept = next(r for r in rows if r.record and r.record["resource"] == "event")
    assert kept.record is not None and kept.record["external_id"] == "plover:x-1"
    assert kept.record["actors"] == [{"actor_id": "@seed:act:prk"}]
    assert [r.field for r in kept.repairs] == ["source", "source"]
    assert [(r.line, r.error, r.resource) for r in rows if r.error] == [
        (2, "x-1: repeats the record of line 1", "event")
    ]


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
    # Event 175962 says low 10, best 11, high 10 (`jq '.[] | select(.best > .high) | .id'`): kept
    # with the range widened to 10–11, and a warning.
    assert tally(rows) == {"event": 373, "actor": 11, "source": 1}
    events = {
        r.record["external_id"]: r for r in rows if r.record and r.record["resource"] == "event"
    }
    bombing = events["ucdp:ged:175962"]
    assert [(r.field, r.detail) for r in bombing.repairs] == [
        (
            "high",
            "UCDP gives fatalities low 10, best 11, high 10, out of order; the range is widened "
            "to low 10, best 11, high 11 to hold all three",
        )
    ]
    assert bombing.record is not None
    assert bombing.record["ucdp"]["deaths_civilians"] == 11
    # Fatalities sum to 884 best, 963 high, 871 low (PROVENANCE); 175962's high is now 11.
    magnitudes = [r.record["magnitudes"][0] for r in events.values() if r.record]
    assert sum(m["best"] for m in magnitudes) == 884
    assert sum(m["high"] for m in magnitudes) == 963 + 1
    assert sum(m["low"] for m in magnitudes) == 871
    first = events["ucdp:ged:175957"].record
    assert first is not None and first["ucdp"] == {
        "type_of_violence": 3,
        "deaths_a": 0,
        "deaths_b": 0,
        "deaths_civilians": 1,
        "deaths_unknown": 0,
        "relid": "ISR-2002-3-666-4",
        "conflict_new_id": 483,
        "dyad_new_id": 950,
        "event_clarity": 1,
        "where_prec": 2,
        "date_prec": 1,
    }
    assert first["reported_at"] == "2002-03-02T00:00:00Z"  # the end of its first source's day


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
    """A side first named by a record that is then rejected is still written before its use."""
    first = json.loads(data_file(UCDP).read_text().split("\n")[1].rstrip(","))
    path = tmp_path / "ged.json"
    bad = {**first, "id": 1, "best": "many"}
    good = {**first, "id": 2}
    path.write_text(json.dumps([bad, good], indent=1).replace("}, {", "},\n{"))
    rows = list(read_file("ucdp", path))
    assert [(r.record["external_id"] if r.record else r.error) for r in rows] == [
        "ucdp:source:ged:ged.json",
        "event 1: best 'many' is not a count of deaths",
        "ucdp:actor:121",
        "ucdp:actor:1",
        "ucdp:ged:2",
    ]
