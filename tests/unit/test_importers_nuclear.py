"""``nk-nuclear``: the seismic files and the NRDC tallies."""

from pathlib import Path

from watchfloor.formats import read_file

from tests.shared_data import data_file, tally


def test_dat_and_kml_give_the_same_rows() -> None:
    dat = [r.record for r in read_file("nk-nuclear", data_file("nk_nuclear_tests/NKNT.dat"))]
    kml = [r.record for r in read_file("nk-nuclear", data_file("nk_nuclear_tests/NKNT.kml"))]
    # grep -vc '^#' NKNT.dat → 6 tests; grep -c '<Placemark' NKNT.kml → 6.
    assert tally(read_file("nk-nuclear", data_file("nk_nuclear_tests/NKNT.dat"))) == {
        "event": 6, "actor": 1, "facility": 1, "source": 1,
    }  # fmt: skip
    assert dat == kml
    last = next(r for r in dat if r and r["external_id"] == "nuclear-test:2017-09-03")
    assert last["magnitudes"] == [
        {"kind": "yield", "unit": "kt", "best": 109.4, "low": 60.8, "high": 158.0},
        {"kind": "depth", "unit": "m", "best": 770.0},
    ]
    assert last["occurred"]["time"] == "2017-09-03T03:30:01.655000+00:00"
    first = next(r for r in dat if r and r["external_id"] == "nuclear-test:2006-10-09")
    assert first["magnitudes"] == [{"kind": "yield", "unit": "kt", "best": 0.48}]  # depth "-"


def test_nrdc_tallies() -> None:
    for name, series in (("totals", "total"), ("underground", "underground")):
        rows = list(
            read_file("nk-nuclear", data_file(f"nk_nuclear_tests/nrdc_tests_by_year_{name}.csv"))
        )
        # wc -l → 74 lines: a header of Year + 8 countries, then 73 years → 8 × 73 = 584 figures.
        # The underground file starts with a UTF-8 byte order mark (`head -c3 | xxd`).
        assert tally(rows) == {"observation": 584, "indicator": 8, "actor": 8, "source": 1}
        dprk = [
            r.record
            for r in rows
            if r.record
            and r.record["resource"] == "observation"
            and r.record["value"]
            and r.record["indicator_id"] == f"@nrdc:indicator:nuclear-tests:{series}:PRK"
        ]
        assert [o["period_label"] for o in dprk] == ["2006", "2009", "2013", "2016", "2017"]
        assert sum(o["value"] for o in dprk) == 6


def test_dirty_seismic_and_tally_lines(tmp_path: Path) -> None:
    dat = tmp_path / "NKNT.dat"
    dat.write_text(
        "# header\n1 2006-10-09 01:35:27.998 41.2879 129.1083 - lots\n2 only four fields\n"
    )
    assert [
        (r.line, r.error, r.resource, r.external_id)
        for r in read_file("nk-nuclear", dat)
        if r.error
    ] == [
        (2, "yield 'lots' is not like 7.7±2.0", "event", "nuclear-test:2006-10-09"),
        (3, "4 fields, not 7 (No. Date Time Lat Lon Depth Yield)", "event", None),
    ]
    csv = tmp_path / "totals.csv"
    csv.write_text("Year,North Korea\n2006,1\n2007,x\nnineteen,0\n")
    rows = list(read_file("nk-nuclear", csv))
    assert [(r.line, r.error, r.resource, r.external_id) for r in rows if r.error] == [
        (
            3,
            "PRK 2007: 'x' is not a count",
            "observation",
            "nrdc:observation:nuclear-tests:total:PRK:2007",
        ),
        (4, "not a year row: 'nineteen,0'", "observation", None),
    ]
    kml = tmp_path / "NKNT.kml"
    kml.write_text("<kml><Placemark><name>x</name>")
    assert [r.error for r in read_file("nk-nuclear", kml) if r.error] == [
        "not XML: no element found"
    ]
