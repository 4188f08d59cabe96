"""``/v1/sources`` through HTTP against real PostgreSQL."""

from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient

Client = AsyncTestClient[Litestar]


async def _create(client: Client, dataset: str, **fields: Any) -> dict[str, Any]:
    body = {"title": "KCNA report", "publisher": "KCNA", "reliability": "C", "dataset": dataset}
    body.update(fields)
    response = await client.post("/v1/sources", json=body)
    assert response.status_code == 201, response.text
    assert response.headers["location"] == f"/v1/sources/{response.json()['id']}"
    created: dict[str, Any] = response.json()
    return created


async def test_filters_by_publisher_date_and_reliability(client: Client, dataset: str) -> None:
    await _create(client, dataset, published_at="2024-06-19T00:00:00Z", reliability="C")
    await _create(
        client,
        dataset,
        publisher="Reuters",
        title="Putin visits Pyongyang",
        published_at="2024-06-19T12:00:00Z",
        reliability="B",
        url="https://www.reuters.com/x",
    )
    await _create(
        client, dataset, publisher="Yonhap", published_at="2023-01-01T00:00:00Z", reliability="B"
    )

    async def publishers(**params: Any) -> list[str]:
        response = await client.get("/v1/sources", params={"dataset": dataset, **params})
        assert response.status_code == 200, response.text
        return sorted(s["publisher"] for s in response.json()["data"])

    assert await publishers(publisher="reuters") == ["Reuters"]
    assert await publishers(reliability=["B"]) == ["Reuters", "Yonhap"]
    assert await publishers(reliability=["B", "C"]) == ["KCNA", "Reuters", "Yonhap"]
    assert await publishers(published_from="2024-01-01T00:00:00Z") == ["KCNA", "Reuters"]
    assert await publishers(
        published_from="2024-01-01T00:00:00Z", published_before="2024-06-19T06:00:00Z"
    ) == ["KCNA"]


async def test_regrade_keeps_history(client: Client, dataset: str) -> None:
    source = await _create(client, dataset, reliability="F")
    regraded = await client.patch(
        f"/v1/sources/{source['id']}",
        json={
            "reliability": "C",
            "reliability_rationale": "State media; facts of events usually hold",
        },
        headers={"If-Match": '"1"'},
    )
    assert regraded.status_code == 200
    assert regraded.headers["etag"] == '"2"'
    history = await client.get(f"/v1/sources/{source['id']}/history")
    assert [v["source"]["reliability"] for v in history.json()["data"]] == ["F", "C"]


async def test_no_op_patch_writes_no_version(client: Client, dataset: str) -> None:
    source = await _create(client, dataset)
    same = await client.patch(f"/v1/sources/{source['id']}", json={"publisher": "KCNA"})
    assert same.status_code == 200
    assert same.json()["version"] == 1


async def test_bad_grade_and_url_are_400(client: Client, dataset: str) -> None:
    bad = await client.post(
        "/v1/sources",
        json={"title": "t", "publisher": "p", "reliability": "G", "dataset": dataset},
    )
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["pointer"] == "/reliability"
    bad_url = await client.post(
        "/v1/sources",
        json={"title": "t", "publisher": "p", "reliability": "A", "url": "javascript:alert(1)"},
    )
    assert bad_url.status_code == 400


async def test_a_source_live_facts_cite_is_not_deleted(client: Client, dataset: str) -> None:
    """Deleting it would leave every citing fact citing a 404."""
    cited = await _create(client, dataset)
    spare = await _create(client, dataset)
    event = {
        "title": "Missile launch",
        "category": "MOBILIZE",
        "occurred": {"start": "2024-06-26"},
        "citations": [{"source_id": cited["id"], "credibility": 2}],
        "dataset": dataset,
    }
    events = [(await client.post("/v1/events", json=event)).json()["id"] for _ in range(2)]
    refused = await client.delete(f"/v1/sources/{cited['id']}")
    assert refused.status_code == 409, refused.text
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert "2 live facts cite" in refused.json()["detail"]
    assert "2 events" in refused.json()["detail"]
    assert (await client.get(f"/v1/sources/{cited['id']}")).status_code == 200
    for event_id in events:
        assert (await client.delete(f"/v1/events/{event_id}")).status_code == 200
    assert (await client.delete(f"/v1/sources/{cited['id']}")).status_code == 200
    assert (await client.delete(f"/v1/sources/{spare['id']}")).status_code == 200
