"""An export's records end at a newline byte and nowhere else, whatever their strings hold."""

import json

from litestar import Litestar
from litestar.testing import AsyncTestClient

Client = AsyncTestClient[Litestar]

NAME = "Line\u2028separator and paragraph\u2029separator"


async def test_unicode_line_separators_are_escaped(client: Client, dataset: str) -> None:
    for name in (NAME, "plain"):
        response = await client.post(
            "/v1/actors", json={"kind": "organization", "name": name, "dataset": dataset}
        )
        assert response.status_code == 201, response.text
    export = await client.get("/v1/export", params={"resource": "actor", "dataset": dataset})
    assert export.status_code == 200
    assert "\u2028".encode() not in export.content and "\u2029".encode() not in export.content
    assert b"\\u2028" in export.content
    # A reader that splits on Unicode line breaks sees one record per line, the same values.
    lines = export.text.splitlines()
    assert len(lines) == 2
    assert sorted(json.loads(line)["name"] for line in lines) == sorted([NAME, "plain"])
