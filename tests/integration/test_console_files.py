"""``/console`` and ``/docs`` serve their files from the package and name nothing outside it.

The browser tests (``tests/browser``) show the pages work offline; these check, through the app
alone, that every file the pages name is ours and is served, and that the console's own code
reads only the public ``/v1`` API.
"""

import re
from pathlib import Path

from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.console.routes import STATIC

Client = AsyncTestClient[Litestar]
_URL = re.compile(r"""(?:src|href)=["']([^"']+)["']""")
_IMPORT = re.compile(r"""^import .* from "(\.[^"]+)";$""", re.MULTILINE)


def _own(path: str) -> bool:
    return path.startswith("/") and not path.startswith("//")


async def test_the_console_page_and_every_file_it_names_are_served(client: Client) -> None:
    response = await client.get("/console")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["cache-control"] == "no-cache"
    urls = [u for u in _URL.findall(response.text) if not u.startswith("#")]  # skip link
    # The map's and charts' libraries are loaded by js/vendor.js when those views are shown.
    vendor = (STATIC / "js" / "vendor.js").read_text(encoding="utf-8")
    urls += re.findall(r'"(/console/vendor/[^"]+)"', vendor)
    assert len(urls) >= 12 and all(_own(u) for u in urls), urls
    # Every module is preloaded by the page (a new one must be added there too).
    modules = {f"/console/js/{m.name}" for m in (STATIC / "js").glob("*.js")} - {
        "/console/js/main.js"
    }
    assert modules <= set(urls), modules - set(urls)
    for url in urls:
        served = await client.get(url)
        assert served.status_code == 200, url
    assert (
        (await client.get("/console/js/main.js"))
        .headers["content-type"]
        .startswith("text/javascript")
    )


async def test_the_consoles_modules_import_each_other_and_read_only_v1(client: Client) -> None:
    modules = sorted((STATIC / "js").glob("*.js"))
    assert modules
    for module in modules:
        text = module.read_text(encoding="utf-8")
        for imported in _IMPORT.findall(text):
            assert (module.parent / imported).resolve().is_file(), (module.name, imported)
        assert "http://" not in text and "https://" not in text, module.name
        fetched = re.findall(r"""fetch\(([^,)]+)""", text)
        for argument in fetched:
            assert argument in {"url", '"/console/vendor/world-atlas/countries-50m.json"'}, argument
    api = (STATIC / "js" / "api.js").read_text(encoding="utf-8")
    assert "const url = `/v1/${path}" in api


async def test_a_missing_console_file_is_a_problem_not_a_page(client: Client) -> None:
    response = await client.get("/console/js/nowhere.js")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


async def test_docs_name_only_our_own_files_and_they_are_served(client: Client) -> None:
    response = await client.get("/docs")
    assert response.status_code == 200
    urls = _URL.findall(response.text)
    assert set(urls) == {
        "/console/favicon.svg",
        "/console/vendor/scalar/style.css",
        "/console/vendor/scalar/standalone.js",
    }
    assert "cdn" not in response.text.lower()
    for url in urls:
        served = await client.get(url)
        assert served.status_code == 200, url
        assert len(served.content) > 100
    assert '"withDefaultFonts":false' in response.text


def test_the_vendored_libraries_are_there_with_their_licences() -> None:
    vendor = STATIC / "vendor"
    for library in ["leaflet", "markercluster", "uplot", "topojson-client", "world-atlas"]:
        files = {p.name for p in (vendor / library).iterdir()}
        assert any("LICEN" in name for name in files), library
    assert (vendor / "scalar" / "standalone.js").stat().st_size > 1_000_000
    notice = (Path(__file__).resolve().parents[2] / "NOTICE").read_text(encoding="utf-8")
    for name in [
        "Leaflet",
        "Leaflet.markercluster",
        "uPlot",
        "topojson-client",
        "world-atlas",
        "Scalar",
        "axe-core",
    ]:
        assert name in notice, name
