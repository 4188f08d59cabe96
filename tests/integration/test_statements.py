"""``/v1/statements`` through HTTP against real PostgreSQL."""

import asyncio
from datetime import UTC, datetime
from typing import Any

import asyncpg
import pytest
from watchfloor.context import Context
from watchfloor.resources.statements import repository as statements_repository
from watchfloor.resources.statements.repository import StatementFilters
from watchfloor.resources.statements.service import StatementService

from tests.integration import factories
from tests.integration.factories import Client

KCNA_TEXT = "미국의 적대시 정책이 계속되는 한 우리의 핵무력 강화는 멈추지 않을 것이다"
KCNA_TRANSLATION = (
    "As long as the hostile policy of the United States continues, the strengthening of our "
    "nuclear force will not stop."
)


class World:
    """The actors, source and events one test's statements refer to."""

    def __init__(self, dataset: str, **ids: str) -> None:
        self.dataset = dataset
        self.prk = ids["prk"]
        self.usa = ids["usa"]
        self.kor = ids["kor"]
        self.kcna = ids["kcna"]
        self.yonhap = ids["yonhap"]
        self.launch = ids["launch"]
        self.test = ids["test"]


@pytest.fixture
async def world(client: Client, dataset: str) -> World:
    kcna = await factories.source(client, dataset, "C", publisher="KCNA")
    return World(
        dataset,
        prk=await factories.actor(client, dataset, "DPRK", country="PRK"),
        usa=await factories.actor(client, dataset, "United States", country="USA"),
        kor=await factories.actor(client, dataset, "Republic of Korea", country="KOR"),
        kcna=kcna,
        yonhap=await factories.source(client, dataset, "B", publisher="Yonhap"),
        launch=await factories.event(client, dataset, kcna, "Malligyong-1-1 launch failure"),
        test=await factories.event(client, dataset, kcna, "Nuclear test"),
    )


async def _create(client: Client, world: World, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "speaker_id": world.prk,
        "text": KCNA_TEXT,
        "language": "ko",
        "translation": KCNA_TRANSLATION,
        "said_on": "2024-05-28",
        "citations": [{"source_id": world.kcna, "credibility": 2}],
        "dataset": world.dataset,
    }
    body.update(fields)
    response = await client.post("/v1/statements", json=body)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def _list(client: Client, world: World, **params: Any) -> list[dict[str, Any]]:
    response = await client.get("/v1/statements", params={"dataset": world.dataset, **params})
    assert response.status_code == 200, response.text
    data: list[dict[str, Any]] = response.json()["data"]
    return data


async def _ids(client: Client, world: World, **params: Any) -> list[str]:
    return [s["id"] for s in await _list(client, world, **params)]


async def test_create_then_get_round_trips_with_grade(client: Client, world: World) -> None:
    created = await _create(
        client,
        world,
        target_id=world.usa,
        stance="hostile",
        channel="state_media",
        audience="domestic",
        said_at="2024-05-28T06:00:00+09:00",
        topics=["nuclear", "us-policy"],
        supports=[world.launch],
        citations=[
            {"source_id": world.kcna, "credibility": 1, "quote": "핵무력 강화"},
            {"source_id": world.yonhap, "credibility": 3},
        ],
    )
    assert created["id"].startswith("stm_")
    assert created["status"] == "reported"
    # Best citation: C1 vs B3; the letter decides first.
    assert created["grade"] == "B3"
    assert [c["grade"] for c in created["citations"]] == ["C1", "B3"]
    response = await client.get(f"/v1/statements/{created['id']}")
    assert response.status_code == 200
    assert response.json() == created
    assert response.headers["etag"] == '"1"'


async def test_unknown_references_are_422_with_pointers(client: Client, world: World) -> None:
    gone = await factories.event(client, world.dataset, world.kcna)
    await factories.delete_event(client, gone)
    nobody = "act_" + "0" * 32
    response = await client.post(
        "/v1/statements",
        json={
            "speaker_id": nobody,
            "target_id": world.usa,
            "text": "x",
            "said_on": "2024-01-01",
            "citations": [{"source_id": world.kcna, "credibility": 2}],
            "dataset": world.dataset,
        },
    )
    assert response.status_code == 422
    assert [e["pointer"] for e in response.json()["errors"]] == ["/speaker_id"]
    response = await client.post(
        "/v1/statements",
        json={
            "speaker_id": world.prk,
            "text": "x",
            "said_on": "2024-01-01",
            "supports": [world.launch, gone],
            "contradicts": ["evt_" + "1" * 32],
            "citations": [{"source_id": world.kcna, "credibility": 2}],
            "dataset": world.dataset,
        },
    )
    assert response.status_code == 422
    assert [e["pointer"] for e in response.json()["errors"]] == ["/supports/1", "/contradicts/0"]
    no_source = await client.post(
        "/v1/statements",
        json={
            "speaker_id": world.prk,
            "text": "x",
            "said_on": "2024-01-01",
            "citations": [{"source_id": "src_" + "2" * 32, "credibility": 2}],
            "dataset": world.dataset,
        },
    )
    assert no_source.status_code == 422
    assert no_source.json()["errors"][0]["pointer"] == "/citations/0/source_id"
    uncited = await client.post(
        "/v1/statements",
        json={"speaker_id": world.prk, "text": "x", "said_on": "2024-01-01", "citations": []},
    )
    assert uncited.status_code == 400


async def test_text_search_by_translation_and_original_ranked(client: Client, world: World) -> None:
    main = await _create(client, world)
    passing = await _create(
        client,
        world,
        text="We note the statement.",
        language="en",
        translation=None,
        said_on="2024-06-01",
    )
    other = await _create(
        client,
        world,
        text="정찰위성 발사는 정당한 권리이다",
        translation="The launch of a reconnaissance satellite is a legitimate right.",
        said_on="2024-05-27",
    )
    # An English word of the translation, inflected differently ("policies" → "polici").
    assert await _ids(client, world, q="hostile policies") == [main["id"]]
    # A word of the Korean original, as written.
    assert await _ids(client, world, q="적대시") == [main["id"]]
    assert await _ids(client, world, q="정찰위성") == [other["id"]]
    # Web search syntax: a phrase, `or`, and exclusion.
    assert await _ids(client, world, q='"nuclear force"') == [main["id"]]
    assert set(await _ids(client, world, q="satellite or nuclear")) == {main["id"], other["id"]}
    assert await _ids(client, world, q="satellite or nuclear -hostile") == [other["id"]]
    # Ranked: three mentions outrank one.
    ranked = await _create(
        client,
        world,
        text="statement statement statement",
        language="en",
        translation=None,
        said_on="2023-01-01",
    )
    assert await _ids(client, world, q="statement") == [ranked["id"], passing["id"]]
    # A word of the original (weight A) outranks the same word in a translation (weight B).
    original = await _create(
        client, world, text="The launch went well.", language="en", translation=None
    )
    assert await _ids(client, world, q="launch") == [original["id"], other["id"]]
    # An English stop word still matches an original that contains it, under 'simple'.
    assert await _ids(client, world, q="the") == [original["id"], passing["id"]]
    # Nothing to search for (punctuation only) finds nothing, and is no error.
    assert await _ids(client, world, q="!!") == []


async def test_search_pages_stay_correct_when_sorted_by_rank(client: Client, world: World) -> None:
    # Rank ties and distinct ranks mixed: 2 × "launch" outranks 1 × "launch".
    made = []
    for i in range(7):
        words = "launch launch" if i % 3 == 0 else "launch"
        made.append(await _create(client, world, text=f"{words} {i}", language="en"))
    seen: list[str] = []
    cursor = None
    for _ in range(len(made)):  # bounded: a cursor that fails to advance must not loop forever
        params: dict[str, Any] = {"dataset": world.dataset, "q": "launch", "limit": 2}
        if cursor:
            params["cursor"] = cursor
        response = await client.get("/v1/statements", params=params)
        assert response.status_code == 200, response.text
        page = response.json()
        seen.extend(s["id"] for s in page["data"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
        assert 'rel="next"' in response.headers["link"]
    else:
        pytest.fail("the pages never ended")
    assert sorted(seen) == sorted(s["id"] for s in made)
    assert len(seen) == len(set(seen))
    doubles = {made[i]["id"] for i in (0, 3, 6)}
    assert set(seen[:3]) == doubles
    # A cursor from one query cannot page another.
    first = await client.get(
        "/v1/statements", params={"dataset": world.dataset, "q": "launch", "limit": 2}
    )
    other = await client.get(
        "/v1/statements",
        params={"dataset": world.dataset, "q": "test", "cursor": first.json()["next_cursor"]},
    )
    assert other.status_code == 400


async def test_search_ranks_the_newest_matches(
    client: Client, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(statements_repository, "SEARCHED", 2)
    fields: dict[str, Any] = {"language": "en", "translation": None}
    old = await _create(client, world, text="launch launch launch", said_on="2020-01-01", **fields)
    middle = await _create(client, world, text="launch", said_on="2021-01-01", **fields)
    new = await _create(client, world, text="launch launch", said_on="2022-01-01", **fields)
    await _create(client, world, text="no match", said_on="2023-01-01", **fields)
    # The best match is older than the two newest matches: left out, the two ranked.
    assert await _ids(client, world, q="launch") == [new["id"], middle["id"]]
    assert await _ids(client, world, q="launch", limit=1) == [new["id"]]
    # A window reaches it.
    assert await _ids(client, world, q="launch", said_to="2021-12-31") == [old["id"], middle["id"]]


async def test_search_is_planned_for_its_words_without_leaking_the_setting(
    client: Client, db: asyncpg.Connection, world: World
) -> None:
    made = await _create(client, world)
    filters = StatementFilters(dataset=world.dataset, q="hostile")
    page = await StatementService().list(
        Context.unrestricted(db), filters, as_of=None, after=None, limit=5
    )
    assert [r["id"] for r in page.rows] == [made["id"]]
    assert await db.fetchval("SHOW plan_cache_mode") == "auto"
    async with db.transaction():
        await StatementService().list(
            Context.unrestricted(db), filters, as_of=None, after=None, limit=5
        )
        assert await db.fetchval("SHOW plan_cache_mode") == "force_custom_plan"
    assert await db.fetchval("SHOW plan_cache_mode") == "auto"


async def test_every_filter(client: Client, db: asyncpg.Connection, world: World) -> None:
    a = await _create(
        client,
        world,
        target_id=world.usa,
        stance="threatening",
        channel="state_media",
        topics=["nuclear"],
        supports=[world.launch],
        said_on="2024-05-28",
    )
    b = await _create(
        client,
        world,
        speaker_id=world.kor,
        target_id=world.prk,
        stance="critical",
        channel="press_conference",
        language="ko-KR",
        topics=["satellite", "nuclear"],
        contradicts=[world.launch],
        supports=[world.test],
        said_on="2024-05-27",
        citations=[{"source_id": world.yonhap, "credibility": 2}],
    )
    c = await _create(
        client,
        world,
        speaker_id=world.usa,
        text="We condemn the launch.",
        language="en",
        translation=None,
        channel="official_statement",
        said_on="2024-06-10",
        citations=[{"source_id": world.yonhap, "credibility": 4}],
    )
    assert await _ids(client, world) == [c["id"], a["id"], b["id"]]
    assert await _ids(client, world, speaker=world.kor) == [b["id"]]
    assert await _ids(client, world, target=world.usa) == [a["id"]]
    assert await _ids(client, world, stance="critical") == [b["id"]]
    assert await _ids(client, world, topic="nuclear") == [a["id"], b["id"]]
    assert await _ids(client, world, topic="satellite") == [b["id"]]
    assert await _ids(client, world, channel="official_statement") == [c["id"]]
    assert await _ids(client, world, language="ko") == [a["id"], b["id"]]
    assert await _ids(client, world, language="ko-KR") == [b["id"]]
    assert await _ids(client, world, language="en") == [c["id"]]
    assert await _ids(client, world, said_from="2024-05-28") == [c["id"], a["id"]]
    assert await _ids(client, world, said_to="2024-05-28") == [a["id"], b["id"]]
    assert await _ids(client, world, said_from="2024-05-28", said_to="2024-05-28") == [a["id"]]
    assert await _ids(client, world, supports=world.launch) == [a["id"]]
    assert await _ids(client, world, supports=world.test) == [b["id"]]
    assert await _ids(client, world, contradicts=world.launch) == [b["id"]]
    assert await _ids(client, world, min_grade="B2") == [b["id"]]
    assert await _ids(client, world, min_grade="C2") == [a["id"], b["id"]]
    assert await _ids(client, world, min_grade="B4") == [c["id"], b["id"]]
    assert await _ids(client, world, q="launch", speaker=world.usa) == [c["id"]]
    confirmed = await client.patch(f"/v1/statements/{a['id']}", json={"status": "confirmed"})
    assert confirmed.status_code == 200
    assert await _ids(client, world, status="confirmed") == [a["id"]]
    assert await _ids(client, world, status="reported") == [c["id"], b["id"]]
    bad = await client.get("/v1/statements", params={"said_from": "2024-02-30"})
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["parameter"] == "said_from"


async def test_retraction_keeps_the_statement_readable(client: Client, world: World) -> None:
    kept = await _create(client, world, said_on="2024-01-01")
    wrong = await _create(client, world)
    no_reason = await client.patch(f"/v1/statements/{wrong['id']}", json={"status": "retracted"})
    assert no_reason.status_code == 422
    assert no_reason.json()["errors"][0]["pointer"] == "/status_reason"
    retracted = await client.patch(
        f"/v1/statements/{wrong['id']}",
        json={
            "status": "retracted",
            "status_reason": "Duplicate of an earlier report",
            "superseded_by": kept["id"],
        },
        headers={"If-Match": '"1"'},
    )
    assert retracted.status_code == 200, retracted.text
    body = retracted.json()
    assert (body["status"], body["status_reason"], body["superseded_by"], body["version"]) == (
        "retracted",
        "Duplicate of an earlier report",
        kept["id"],
        2,
    )
    assert (await client.get(f"/v1/statements/{wrong['id']}")).json() == body
    assert await _ids(client, world) == [kept["id"]]
    assert await _ids(client, world, include_retracted="true") == [wrong["id"], kept["id"]]
    assert await _ids(client, world, status="retracted") == [wrong["id"]]
    final = await client.patch(f"/v1/statements/{wrong['id']}", json={"status": "confirmed"})
    assert final.status_code == 422


async def test_lifecycle_rules_on_patch(client: Client, world: World) -> None:
    s = await _create(client, world)
    url = f"/v1/statements/{s['id']}"
    only_retracted = await client.patch(url, json={"superseded_by": s["id"]})
    assert only_retracted.status_code == 422
    itself = await client.patch(
        url, json={"status": "retracted", "status_reason": "dup", "superseded_by": s["id"]}
    )
    assert itself.status_code == 422
    assert itself.json()["errors"][0]["pointer"] == "/superseded_by"
    nowhere = await client.patch(
        url,
        json={"status": "retracted", "status_reason": "dup", "superseded_by": "stm_" + "0" * 32},
    )
    assert nowhere.status_code == 422
    disputed = await client.patch(
        url, json={"status": "disputed", "status_reason": "Seoul denies it"}
    )
    assert disputed.json()["status_reason"] == "Seoul denies it"
    settled = await client.patch(url, json={"status": "confirmed"})
    assert settled.status_code == 200
    assert (settled.json()["status"], settled.json()["status_reason"]) == ("confirmed", None)
    backwards = await client.patch(url, json={"status": "reported"})
    assert backwards.status_code == 422
    bad_speaker = await client.patch(url, json={"speaker_id": "act_" + "0" * 32})
    assert bad_speaker.status_code == 422
    assert bad_speaker.json()["errors"][0]["pointer"] == "/speaker_id"


async def test_patch_regrades_history_and_as_of(
    client: Client, world: World, db: asyncpg.Connection
) -> None:
    s = await _create(client, world)
    before = datetime.now(UTC)
    await asyncio.sleep(0.01)
    patched = await client.patch(
        f"/v1/statements/{s['id']}",
        json={
            "citations": [{"source_id": world.yonhap, "credibility": 1}],
            "translation": "While the US hostile policy continues, our nuclear buildup goes on.",
        },
    )
    assert patched.status_code == 200
    assert (patched.json()["grade"], patched.json()["version"]) == ("B1", 2)
    old = await client.get(f"/v1/statements/{s['id']}", params={"as_of": before.isoformat()})
    assert (old.json()["grade"], old.json()["version"]) == ("C2", 1)
    # Search and lists read the state recorded at as_of too.
    assert await _ids(client, world, q="buildup") == [s["id"]]
    assert await _ids(client, world, q="buildup", as_of=before.isoformat()) == []
    assert await _ids(client, world, q="strengthening", as_of=before.isoformat()) == [s["id"]]
    history = await client.get(f"/v1/statements/{s['id']}/history")
    assert [v["statement"]["grade"] for v in history.json()["data"]] == ["C2", "B1"]
    deleted = await client.delete(f"/v1/statements/{s['id']}")
    assert deleted.status_code == 200
    assert (await client.get(f"/v1/statements/{s['id']}")).status_code == 404
    assert await _ids(client, world) == []
    history = await client.get(f"/v1/statements/{s['id']}/history")
    assert [v["deleted"] for v in history.json()["data"]] == [False, False, True]
    logged = await db.fetch(
        "SELECT op FROM changes WHERE resource = 'statement' AND record_id = $1 ORDER BY seq",
        s["id"],
    )
    assert [r["op"] for r in logged] == ["upsert", "upsert", "delete"]
