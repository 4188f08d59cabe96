"""The lookup tables shipped with the importers, against the upstream files they come from."""

from importlib.resources import files

from watchfloor.formats.cameo import cameo_description, plover_of
from watchfloor.formats.places import iso3_of_cameo, iso3_of_fips, iso3_of_name
from watchfloor.formats.reference import catalogue

from tests.shared_data import data_file

DATA = files("watchfloor.formats").joinpath("data")


def test_crosswalk_is_shipped_unchanged() -> None:
    upstream = data_file("plover_spec/CAMEO2PLOVER-2021.txt").read_bytes()
    assert DATA.joinpath("cameo2plover-2021.txt").read_bytes() == upstream


def test_event_codes_match_the_official_lookup_but_for_two_repairs() -> None:
    lines = data_file("gdelt_cameo_lookups/CAMEO.eventcodes.txt").read_text("utf-8").splitlines()
    official = dict(line.split("\t", 1) for line in lines[1:])
    assert len(official) == 310
    repaired = {"044", "1056"}
    for code, description in official.items():
        if code not in repaired:
            assert cameo_description(code) == description.strip(), code
    # Upstream merged 106 into the 1056 line and mangled the quotes of 044.
    assert "106:[-5.0] Demand withdrawal" in official["1056"]
    assert cameo_description("1056") == "Demand de-escalation of military engagement"
    assert cameo_description("106") == "Demand withdrawal"
    assert cameo_description("044") == "Meet at a 'third' location"


def test_crosswalk_renames_to_watchfloor_categories() -> None:
    assert plover_of("1056") is not None and plover_of("1056").category == "DEMAND"  # type: ignore[union-attr]
    assert plover_of("091").category == "INVESTIGATE"  # type: ignore[union-attr]
    assert plover_of("112").category == "DISAPPROVE"  # type: ignore[union-attr]
    assert plover_of("0874").category == "RETREAT"  # type: ignore[union-attr]
    assert plover_of("010") is None and plover_of("0211") is None  # PLOVER dropped 01 and 02


def test_every_gdelt_action_country_resolves() -> None:
    """Each FIPS code the samples place events in maps to ISO alpha-3 (or is no country)."""
    # Oceans, the Paracel and Spratly Islands, and YI (Yugoslavia, a code GDELT still emits
    # but its own lookup lacks) have no ISO country.
    no_country = {"", "OS", "PF", "PG", "YI"}
    for relative, column in (
        ("gdelt_v2_events_sample/20191024143000.export.CSV", 53),
        ("gdelt_v1_events_sample/events.csv", 51),
    ):
        for line in data_file(relative).read_text("utf-8").splitlines():
            code = line.split("\t")[column]
            assert code in no_country or iso3_of_fips(code), (relative, code)


def test_country_names_of_the_data_sets() -> None:
    assert iso3_of_name("Russian Federation") == "RUS"
    assert iso3_of_name("North Korea") == "PRK"
    assert iso3_of_name("Occupied Palestinian Territory") == "PSE"
    assert iso3_of_cameo("ROM") == "ROU" and iso3_of_cameo("EUR") is None
    assert iso3_of_fips("KN") == "PRK" and iso3_of_fips("KS") == "KOR"


def test_catalogue_knows_every_name_in_the_cns_files() -> None:
    book = catalogue()
    assert book.weapon_key("KN-23") == book.weapon_key("Hwasong-11A (KN-23)") == "hwasong-11a"
    assert book.weapon_key("Hwasong-8") == "hwasong-12b"
    assert book.facility_key("Tongchan") == "tongchon"
    assert "Musudan-ri" in book.facilities["tonghae"]["aliases"]
    # Every spelling a data set uses is an alias, so a filter by it finds the record.
    assert book.weapon_row("hwasong-11a")["aliases"] == ["KN-23", "Hwasong-11A (KN-23)"]
    assert "Hwasong-8 MARV" in book.weapon_row("hwasong-12a")["aliases"]
    tongchon = book.facility_row("tongchon", ["Tongchan", "tongchan", "Kangwon"], "Kangwon")
    assert tongchon["aliases"] == ["Tongchan", "Kangwon"]
    assert tongchon["location"] == "Kangwon"
