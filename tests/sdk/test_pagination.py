"""Lists page by cursor: every item across pages, or page by page with the cursors."""

import pytest
from watchfloor_sdk import Client


@pytest.fixture
def five_actors(sdk: Client, dataset: str) -> list[str]:
    """Five actors in the test's dataset, newest first (the order lists use)."""
    ids = [
        sdk.actors.create(kind="organization", name=f"Org {i}", dataset=dataset).id
        for i in range(5)
    ]
    return ids[::-1]


def test_iterating_a_list_walks_every_page(
    sdk: Client, dataset: str, five_actors: list[str]
) -> None:
    assert [a.id for a in sdk.actors.list(dataset=dataset, limit=2)] == five_actors


def test_page_by_page(sdk: Client, dataset: str, five_actors: list[str]) -> None:
    first = sdk.actors.list(dataset=dataset, limit=2)
    assert [a.id for a in first.data] == five_actors[:2]
    assert first.has_more and first.has_next_page()
    assert first.next_cursor is not None
    assert first.sync_cursor is not None, "the first page of a list carries the change-feed cursor"

    pages = list(first.iter_pages())
    assert [len(p.data) for p in pages] == [2, 2, 1]
    assert [a.id for p in pages for a in p.data] == five_actors
    assert pages[-1].next_cursor is None and not pages[-1].has_next_page()
    assert pages[1].sync_cursor is None
    with pytest.raises(RuntimeError, match="no next page"):
        pages[-1].get_next_page()


def test_resuming_from_a_saved_cursor(sdk: Client, dataset: str, five_actors: list[str]) -> None:
    saved = sdk.actors.list(dataset=dataset, limit=3).next_cursor
    rest = sdk.actors.list(dataset=dataset, limit=3, cursor=saved)
    assert [a.id for a in rest.data] == five_actors[3:]


def test_raw_list_page_keeps_link_header(sdk: Client, dataset: str, five_actors: list[str]) -> None:
    raw = sdk.actors.with_raw_response.list(dataset=dataset, limit=2)
    assert 'rel="next"' in raw.headers["link"]
    page = raw.parse()
    assert [a.id for a in page] == five_actors


def test_history_pages(sdk: Client, dataset: str) -> None:
    actor = sdk.actors.create(kind="person", name="v1", dataset=dataset)
    for n in range(2, 6):
        sdk.actors.update(actor.id, name=f"v{n}")
    history = sdk.actors.history(actor.id, limit=2)
    assert [v.actor.name for v in history] == ["v1", "v2", "v3", "v4", "v5"]
    assert [len(p.data) for p in history.iter_pages()] == [2, 2, 1]
