"""Watchlists, declared once: saved selections in the list endpoints' vocabulary."""

from watchfloor.resources.watchlists.repository import to_watchlist
from watchfloor.resources.watchlists.schemas import (
    Watchlist,
    WatchlistCreate,
    WatchlistList,
    WatchlistPatch,
    WatchlistVersion,
    WatchlistVersionList,
)
from watchfloor.resources.watchlists.service import WatchlistService
from watchfloor.versioned import Resource

__all__ = ("WATCHLIST",)

WATCHLIST = Resource(
    name="watchlist",
    path="/v1/watchlists",
    service=WatchlistService(),
    render=to_watchlist,
    item=Watchlist,
    create_type=WatchlistCreate,
    patch_type=WatchlistPatch,
    page=WatchlistList,
    version=WatchlistVersion,
    versions=WatchlistVersionList,
)
