"""Watchlists through the real API: every refusal with its pointer, and the items read with
``as_of`` and ``known_by`` over a small world of events, alerts and a resolved question."""

from datetime import UTC, datetime
from typing import Any

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient

Client = AsyncTestClient[Litestar]
Json = dict[str, Any]
NO_ACTOR = "act_" + "0" * 32


async def _post(client: Client, path: str, body: Json) -> Json:
    response = await client.post(path, json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _refused(client: Client, method: str, path: str, body: Json) -> list[str]:
    response = await client.request(method, path, json=body)
    assert response.status_code == 422, response.text
    return [e["pointer"] for e in response.json()["errors"]]


def _watchlist(dataset: str, *selections: Json, **fields: Any) -> Json:
    return {"name": "Korea desk", "dataset": dataset, "selections": list(selections), **fields}


async def _event(
    client: Client, dataset: str, source: str, title: str, reported_at: str, tags: list[str]
) -> str:
    body = {
        "title": title,
        "category": "ASSAULT",
        "occurred": {"start": reported_at[:10]},
        "reported_at": reported_at,
        "citations": [{"source_id": source, "credibility": 2}],
        "tags": tags,
        "dataset": dataset,
    }
    return str((await _post(client, "/v1/events", body))["id"])


async def test_every_refusal_has_its_pointer(client: Client, dataset: str) -> None:
    actor = await _post(
        client, "/v1/actors", {"kind": "organization", "name": "KPA", "dataset": dataset}
    )
    cases: list[tuple[Json, str]] = [
        ({"kind": "events", "filters": {"actor": "kpa"}}, "/selections/0/filters/actor"),
        ({"kind": "events", "filters": {"actor": NO_ACTOR}}, "/selections/0/filters/actor"),
        ({"kind": "events", "filters": {"colour": "red"}}, "/selections/0/filters/colour"),
        ({"kind": "events", "filters": {"quad_class": 5}}, "/selections/0/filters/quad_class"),
        ({"kind": "events", "filters": {"occurred_from": "2022-02-30"}},
         "/selections/0/filters/occurred_from"),
        ({"kind": "events", "filters": {"occurred_from": "2022-02-01", "occurred_to": "2022-01-01"}},
         "/selections/0/filters/occurred_to"),
        ({"kind": "events", "filters": {"bbox": "124,43,131,37.5"}}, "/selections/0/filters/bbox"),
        ({"kind": "events", "filters": {"external_id": ["a", 7]}},
         "/selections/0/filters/external_id/1"),
        ({"kind": "events", "filters": {"sort": "occurred"}}, "/selections/0/filters/sort"),
        ({"kind": "events", "filters": {"known_by": "2022-01-01T00:00:00Z"}},
         "/selections/0/filters/known_by"),
        ({"kind": "statements", "filters": {"stance": "warm"}}, "/selections/0/filters/stance"),
        ({"kind": "statements", "filters": {"speaker": NO_ACTOR}},
         "/selections/0/filters/speaker"),
        ({"kind": "alerts", "filters": {"state": "dormant"}}, "/selections/0/filters/state"),
        ({"kind": "alerts", "filters": {"opened_from": "yesterday"}},
         "/selections/0/filters/opened_from"),
        ({"kind": "alerts", "filters": {"problem": "wpr_" + "0" * 32}},
         "/selections/0/filters/problem"),
        ({"kind": "signposts", "filters": {"status": "lit"}}, "/selections/0/filters/status"),
        ({"kind": "signposts", "filters": {"scenario": "scn_" + "0" * 32}},
         "/selections/0/filters/scenario"),
        ({"kind": "plan_branches", "filters": {"state": "dormant"}},
         "/selections/0/filters/state"),
        ({"kind": "plan_branches", "filters": {"plan": "pln_" + "0" * 32}},
         "/selections/0/filters/plan"),
        ({"kind": "question_resolutions", "filters": {"outcome": "maybe"}},
         "/selections/0/filters/outcome"),
    ]  # fmt: skip
    for selection, pointer in cases:
        body = _watchlist(dataset, selection)
        assert await _refused(client, "POST", "/v1/watchlists", body) == [pointer], selection
    # The second selection's pointer, and every problem at once.
    body = _watchlist(
        dataset,
        {"kind": "events", "filters": {"actor": actor["id"]}},
        {"kind": "alerts", "filters": {"actor": NO_ACTOR, "level": "red"}},
    )
    assert await _refused(client, "POST", "/v1/watchlists", body) == ["/selections/1/filters/level"]
    # What the body's schema refuses is a 400, as for every body (the filters' own vocabulary
    # is the service's: 422 above).
    for bad in ([], [{"kind": "events"}] * 21, [{"kind": "rumours"}]):
        response = await client.post("/v1/watchlists", json=_watchlist(dataset, *bad))
        assert response.status_code == 400, bad
    selection = {"kind": "events", "filters": {"tag": "missile-test"}}
    for fields, pointer in [
        ({"brief_cron": "0 6 * *"}, "/brief_cron"),
        ({"brief_cron": "0 25 * * *"}, "/brief_cron"),
        ({"brief_cron": "0 6 * * * *"}, "/brief_cron"),
        ({"brief_timezone": "Asia/Pyongyang2"}, "/brief_timezone"),
        ({"brief_timezone": "Mars/Olympus"}, "/brief_timezone"),
    ]:
        body = _watchlist(dataset, selection, **fields)
        assert await _refused(client, "POST", "/v1/watchlists", body) == [pointer], fields
    made = await _post(
        client,
        "/v1/watchlists",
        _watchlist(dataset, selection, brief_cron="0 6 * * *", brief_timezone="Asia/Seoul"),
    )
    assert made["id"].startswith("wl_")
    assert made["selections"] == [selection]
    assert (made["brief_cron"], made["brief_timezone"]) == ("0 6 * * *", "Asia/Seoul")
    path = f"/v1/watchlists/{made['id']}"
    assert await _refused(
        client, "PATCH", path, {"selections": [{"kind": "events", "filters": {"actor": NO_ACTOR}}]}
    ) == ["/selections/0/filters/actor"]
    assert await _refused(client, "PATCH", path, {"brief_cron": "every day"}) == ["/brief_cron"]
    changed = await client.patch(path, json={"selections": [{"kind": "alerts"}]})
    assert changed.status_code == 200, changed.text
    assert changed.json()["version"] == 2


async def test_items_merge_newest_entered_first_with_as_of_and_known_by(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    source = await _post(
        client,
        "/v1/sources",
        {"title": "KCNA", "publisher": "KCNA", "reliability": "C", "dataset": dataset},
    )
    old = await _event(client, dataset, source["id"], "Hwasong-12", "2022-01-05T00:00:00Z",
                       ["missile-test"])  # fmt: skip
    nuke = await _event(client, dataset, source["id"], "Punggye-ri", "2022-01-20T00:00:00Z",
                        ["nuclear-test"])  # fmt: skip
    await _event(client, dataset, source["id"], "Parade", "2022-01-25T00:00:00Z", ["parade"])
    late = await _event(client, dataset, source["id"], "KN-23", "2022-02-10T00:00:00Z",
                        ["missile-test"])  # fmt: skip
    watchlist = await _post(
        client,
        "/v1/watchlists",
        _watchlist(
            dataset,
            {"kind": "events", "filters": {"tag": "missile-test"}},
            {"kind": "events", "filters": {"tag": "nuclear-test"}},
            # Selects the missile tests again: each record is listed once.
            {"kind": "events", "filters": {"category": "ASSAULT", "tag": "missile-test"}},
        ),
    )
    path = f"/v1/watchlists/{watchlist['id']}/items"
    body = (await client.get(path)).json()
    assert [(i["kind"], i["id"]) for i in body["data"]] == [
        ("event", late), ("event", nuke), ("event", old)
    ]  # fmt: skip
    assert body["data"][0]["entered_at"] == "2022-02-10T00:00:00Z"
    got = (await client.get(f"/v1/events/{late}")).json()
    assert body["data"][0]["object"] == got
    # known_by: what had been reported by then.
    known = (await client.get(path, params={"known_by": "2022-01-31T00:00:00Z"})).json()
    assert [i["id"] for i in known["data"]] == [nuke, old]
    # Paging: signed cursors, bound to the read.
    first = (await client.get(path, params={"limit": 2})).json()
    assert [i["id"] for i in first["data"]] == [late, nuke] and first["has_more"]
    second = (await client.get(path, params={"limit": 2, "cursor": first["next_cursor"]})).json()
    assert [i["id"] for i in second["data"]] == [old] and not second["has_more"]
    forged = await client.get(path, params={"cursor": first["next_cursor"][:-2] + "AA"})
    assert forged.status_code == 400
    other = await client.get(
        path, params={"cursor": first["next_cursor"], "known_by": "2022-01-31T00:00:00Z"}
    )
    assert other.status_code == 400
    # as_of: the watchlist and the records as recorded then.
    before = datetime.now(UTC).isoformat()
    changed = await client.patch(
        f"/v1/watchlists/{watchlist['id']}",
        json={"selections": [{"kind": "events", "filters": {"tag": "parade"}}]},
    )
    assert changed.status_code == 200, changed.text
    assert len((await client.get(path)).json()["data"]) == 1
    then = (await client.get(path, params={"as_of": before})).json()
    assert [i["id"] for i in then["data"]] == [late, nuke, old]
    assert (await client.get("/v1/watchlists/wl_" + "0" * 32 + "/items")).status_code == 404
