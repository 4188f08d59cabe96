"""Every resource of the spec through the blocking client, against the real server."""

from datetime import UTC, date, datetime

import asyncpg
import pytest
from watchfloor_sdk import Client, NotFoundError, NotModifiedError
from watchfloor_sdk.types import Membership


def test_actor_lifecycle(sdk: Client, dataset: str) -> None:
    prk = sdk.actors.create(
        kind="state",
        name="Democratic People's Republic of Korea",
        aliases=["North Korea", "DPRK", "조선민주주의인민공화국"],
        country="PRK",
        wikidata_qid="Q423",
        dataset=dataset,
    )
    assert prk.id.startswith("act_")
    assert (prk.version, prk.kind, prk.country, prk.dataset) == (1, "state", "PRK", dataset)
    assert sdk.actors.retrieve(prk.id) == prk

    renamed = sdk.actors.update(prk.id, description="Founded 1948.", if_match='"1"')
    assert (renamed.version, renamed.description, renamed.name) == (2, "Founded 1948.", prk.name)

    cleared = sdk.actors.update(prk.id, description=None)
    assert (cleared.version, cleared.description) == (3, None)

    tombstone = sdk.actors.delete(prk.id)
    assert tombstone.version == 4
    with pytest.raises(NotFoundError):
        sdk.actors.retrieve(prk.id)
    versions = list(sdk.actors.history(prk.id))
    assert [(v.version, v.deleted) for v in versions] == [
        (1, False),
        (2, False),
        (3, False),
        (4, True),
    ]
    assert versions[1].actor.description == "Founded 1948."


def test_actor_memberships_and_filters(sdk: Client, dataset: str) -> None:
    brics = sdk.actors.create(kind="igo", name="BRICS", dataset=dataset)
    russia = sdk.actors.create(
        kind="state",
        name="Russian Federation",
        country="RUS",
        memberships=[Membership(organization_id=brics.id, valid_from=date(2009, 6, 16))],
        dataset=dataset,
    )
    sdk.actors.create(kind="state", name="Republic of Korea", country="KOR", dataset=dataset)
    assert russia.memberships == [
        Membership(organization_id=brics.id, role="member", valid_from=date(2009, 6, 16))
    ]
    members = sdk.actors.list(dataset=dataset, member_of=brics.id)
    assert [a.id for a in members] == [russia.id]
    states = sdk.actors.list(dataset=dataset, kind="state", country="KOR")
    assert [a.name for a in states] == ["Republic of Korea"]
    batch = sdk.actors.list(dataset=dataset, ids=[brics.id, russia.id])
    assert {a.id for a in batch} == {brics.id, russia.id}


def test_source_lifecycle(sdk: Client, dataset: str) -> None:
    published = datetime(2024, 6, 19, 9, 30, tzinfo=UTC)
    source = sdk.sources.create(
        title="Putin and Kim sign a strategic partnership treaty",
        publisher="Reuters",
        reliability="B",
        url="https://www.reuters.com/world/asia-pacific/",
        published_at=published,
        language="en",
        dataset=dataset,
    )
    assert source.id.startswith("src_")
    assert (source.reliability, source.published_at) == ("B", published)

    regraded = sdk.sources.update(source.id, reliability="A", reliability_rationale="Confirmed.")
    assert (regraded.version, regraded.reliability) == (2, "A")
    listed = sdk.sources.list(
        dataset=dataset, reliability=["A"], published_from=datetime(2024, 1, 1, tzinfo=UTC)
    )
    assert [s.id for s in listed] == [source.id]
    assert [v.source.reliability for v in sdk.sources.history(source.id)] == ["B", "A"]

    sdk.sources.delete(source.id, if_match='"2"')
    with pytest.raises(NotFoundError):
        sdk.sources.retrieve(source.id)


def test_as_of_reads_what_was_recorded_then(sdk: Client, dataset: str) -> None:
    actor = sdk.actors.create(kind="person", name="Kim Jong Il", dataset=dataset)
    first_recorded = sdk.actors.retrieve(actor.id).updated_at
    sdk.actors.update(actor.id, name="Kim Jong-il")

    assert sdk.actors.retrieve(actor.id, as_of=first_recorded).name == "Kim Jong Il"
    assert sdk.actors.retrieve(actor.id, as_of=first_recorded.isoformat()).version == 1
    assert sdk.actors.retrieve(actor.id).name == "Kim Jong-il"
    then = sdk.actors.list(dataset=dataset, as_of=first_recorded)
    assert [a.name for a in then] == ["Kim Jong Il"]
    with pytest.raises(ValueError, match="timezone-aware"):
        sdk.actors.retrieve(actor.id, as_of=datetime(2024, 1, 1))


def test_etag_and_304_through_raw_responses(sdk: Client, dataset: str) -> None:
    actor = sdk.actors.create(kind="igo", name="SCO", dataset=dataset)
    raw = sdk.actors.with_raw_response.retrieve(actor.id)
    assert (raw.status_code, raw.etag, raw.not_modified) == (200, '"1"', False)
    assert raw.request_id == raw.headers["x-request-id"]
    assert raw.parse() == actor

    unchanged = sdk.actors.with_raw_response.retrieve(actor.id, if_none_match=raw.etag)
    assert (unchanged.status_code, unchanged.not_modified, unchanged.content) == (304, True, b"")
    with pytest.raises(NotModifiedError):
        unchanged.parse()
    with pytest.raises(NotModifiedError):
        sdk.actors.retrieve(actor.id, if_none_match=raw.etag)

    created = sdk.actors.with_raw_response.create(kind="igo", name="ASEAN", dataset=dataset)
    assert created.status_code == 201
    assert created.headers["location"] == f"/v1/actors/{created.parse().id}"


async def test_unset_fields_are_not_sent(sdk: Client, dataset: str, db: asyncpg.Connection) -> None:
    actor = sdk.actors.create(kind="state", name="Japan", country="JPN", dataset=dataset)
    sdk.actors.update(actor.id, name="State of Japan")
    row = await db.fetchrow("SELECT name, country FROM actors WHERE id = $1", actor.id)
    assert row is not None
    assert (row["name"], row["country"]) == ("State of Japan", "JPN")


def test_operations(sdk: Client) -> None:
    assert sdk.operations.get_health().status == "ok"
    ready = sdk.operations.get_readiness()
    assert ready.status == "ok"
    assert ready.schema_version is not None
