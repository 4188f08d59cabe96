"""The source record of each data set: the document every imported fact cites.

Each import writes its data set's source first (``replace``: the importer owns it), and every
record it imports cites it with ``@<external_id>``. ``release`` says which release was read,
when the file tells; ``license`` the terms it is published under (see ``NOTICE``).
"""

from typing import Any

__all__ = ("DATASETS", "cite", "source_row")

DATASETS: dict[str, dict[str, Any]] = {
    "cns": {
        "external_id": "cns:source:missile-tests",
        "title": "CNS North Korea Missile Test Database",
        "publisher": "James Martin Center for Nonproliferation Studies (CNS) for the Nuclear Threat Initiative",
        "url": "https://www.nti.org/analysis/articles/cns-north-korea-missile-test-database/",
        "reliability": "B",
        "reliability_rationale": "Research institute's database, every test sourced to government statements and press reports; the early years are its own estimates.",
        "license": "NTI/CNS terms of use; cite: CNS North Korea Missile Test Database, James Martin Center for Nonproliferation Studies for NTI",
    },
    "nagix": {
        "external_id": "nagix:source:missile-tests",
        "title": "North Korea Missile Test Visualization data (test.en.json)",
        "publisher": "Akihiko Kusanagi (nagix/nk-missile-tests), after the CNS database",
        "url": "https://github.com/nagix/nk-missile-tests",
        "reliability": "C",
        "reliability_rationale": "An individual's derived copy of the CNS database, continued past 2023 from Japan MoD and press reports; the latest entries are preliminary.",
        "license": "Apache-2.0",
    },
    "nknt": {
        "external_id": "nknt:source:yao-2018",
        "title": "Summary of event information of North Korea's six nuclear tests (Yao et al. 2018, Seismological Research Letters)",
        "publisher": "Dongdong Tian (seisman), data of Yao et al. 2018",
        "url": "https://github.com/seisman/academic-homepage/tree/master/content/project/north-korea-nuclear-tests",
        "reliability": "B",
        "reliability_rationale": "Peer-reviewed seismological relocation of the six declared tests; yields are model estimates with stated uncertainty.",
        "license": "CC-BY-SA-4.0",
    },
    "nrdc": {
        "external_id": "nrdc:source:nuclear-tests",
        "title": "Nuclear tests by country and year, 1945–2017 (NRDC tally)",
        "publisher": "Natural Resources Defense Council, as tabulated in samizdatco/dvia-2019",
        "url": "https://github.com/samizdatco/dvia-2019/tree/master/2.mapping-quantities/data",
        "reliability": "B",
        "reliability_rationale": "NGO tally widely used for test counts; agrees with the seismic record for North Korea (six tests).",
        "license": "not stated",
    },
    "gdelt1": {
        "external_id": "gdelt1:source:events",
        "title": "GDELT 1.0 Event Database",
        "publisher": "The GDELT Project",
        "url": "http://data.gdeltproject.org/events/index.html",
        "reliability": "D",
        "reliability_rationale": "Machine-coded from news text; duplicates and miscoded events are common.",
        "license": "GDELT terms: unlimited use with citation of the GDELT Project",
    },
    "gdelt2": {
        "external_id": "gdelt2:source:events",
        "title": "GDELT 2.0 Event Database",
        "publisher": "The GDELT Project",
        "url": "http://data.gdeltproject.org/gdeltv2/",
        "reliability": "D",
        "reliability_rationale": "Machine-coded from news text every 15 minutes; duplicates and miscoded events are common.",
        "license": "GDELT terms: unlimited use with citation of the GDELT Project",
    },
    "plover": {
        "external_id": "plover:source:gsr-cameo",
        "title": "PLOVER gold standard records from the CAMEO 1.1b3 manual examples",
        "publisher": "Open Event Data Alliance (Parus Analytics)",
        "url": "https://github.com/openeventdata/PLOVER",
        "reliability": "B",
        "reliability_rationale": "Hand-coded reference examples; their dates are placeholders, not the dates of the events.",
        "license": "CC-BY-SA-4.0",
    },
    "icews": {
        "external_id": "icews:source:coded-events",
        "title": "ICEWS Coded Event Data",
        "publisher": "Integrated Crisis Early Warning System (Lockheed Martin ATL), Harvard Dataverse doi:10.7910/DVN/28075",
        "url": "https://doi.org/10.7910/DVN/28075",
        "reliability": "C",
        "reliability_rationale": "Machine-coded with curated actor dictionaries; more precise than GDELT, still automated.",
        "license": "Harvard Dataverse terms of the ICEWS release",
    },
    "ucdp": {
        "external_id": "ucdp:source:ged",
        "title": "UCDP Georeferenced Event Dataset (GED)",
        "publisher": "Uppsala Conflict Data Program, Uppsala University",
        "url": "https://ucdp.uu.se/downloads/",
        "reliability": "B",
        "reliability_rationale": "Hand-coded from multiple sources with documented rules; fatalities given as low/best/high.",
        "license": "UCDP terms: open use with citation (Sundberg & Melander 2013)",
    },
}
"""Data set → the fields of its source record."""


def source_row(
    dataset: str, release: str | None = None, edition: str | None = None
) -> dict[str, Any]:
    """The import row of a data set's source.

    Args:
        dataset: a key of :data:`DATASETS`.
        release: the release read, when the file tells.
        edition: for data sets published as many files (a GDELT 15-minute export), the file:
            each is a source of its own, ``<external_id>:<edition>``.
    """
    row: dict[str, Any] = {"resource": "source", "language": "en", **DATASETS[dataset]}
    if edition:
        row["external_id"] = f"{row['external_id']}:{edition}"
        row["title"] = f"{row['title']}: {edition}"
    if release:
        row["release"] = release
    return row


def cite(dataset: str, edition: str | None = None) -> str:
    """The reference to a data set's source, for a citation's ``source_id``."""
    external_id = DATASETS[dataset]["external_id"]
    return f"@{external_id}:{edition}" if edition else f"@{external_id}"
