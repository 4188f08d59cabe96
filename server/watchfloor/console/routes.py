"""``/console`` and the API reference's UI at ``/docs``, both served from the package, offline.

The console is static files (``static/``); it reads only the public ``/v1`` API, like any
other client. The reference UI (Scalar) is the pinned copy vendored beside the console's
libraries, so ``/docs`` needs no CDN (``docs/console.md``).
"""

from pathlib import Path

from litestar.datastructures import CacheControlHeader
from litestar.openapi.plugins import ScalarRenderPlugin
from litestar.router import Router
from litestar.static_files import create_static_files_router

__all__ = ("CONSOLE_PATH", "STATIC", "console", "reference_ui")

CONSOLE_PATH = "/console"
STATIC = Path(__file__).resolve().parent / "static"
"""The console's files; ``vendor/`` holds the npm libraries, ``make console-deps`` refreshes it."""

console: Router = create_static_files_router(
    path=CONSOLE_PATH,
    directories=[STATIC],
    html_mode=True,
    name="console",
    # Revalidate on every load: a new release never leaves a browser with stale modules.
    cache_control=CacheControlHeader(no_cache=True),
    tags=["console"],
)
"""``GET /console`` (the page) and ``/console/<file>``: not part of the API's OpenAPI document."""

SCALAR_JS = f"{CONSOLE_PATH}/vendor/scalar/standalone.js"
SCALAR_CSS = f"{CONSOLE_PATH}/vendor/scalar/style.css"
FAVICON = f"{CONSOLE_PATH}/favicon.svg"


def reference_ui() -> ScalarRenderPlugin:
    """Scalar at ``/docs``, its script, styles and icon served by us; no web fonts fetched."""
    return ScalarRenderPlugin(
        path="/",
        js_url=SCALAR_JS,
        css_url=SCALAR_CSS,
        favicon=f"<link rel='icon' type='image/svg+xml' href='{FAVICON}'>",
        options={
            "withDefaultFonts": False,
            "hideClientButton": True,
            "showDeveloperTools": "never",
            "telemetry": False,
        },
    )
