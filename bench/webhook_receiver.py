"""The webhook receiver of ``bench/webhooks.py``: a bare ASGI app under uvicorn, on loopback.

``POST /hook/<n>`` verifies the Standard Webhooks signature with the reference library
(``standardwebhooks``) and subscription ``n``'s secret, then appends one line to the output file
(``BENCH_HOOK_OUT``, flushed per line so a receiver stopped mid-run loses nothing it answered):
``{"n", "id" (webhook-id), "t" (time.time() at receipt), "type", "obj" (data.id), "cursor",
"ok" (signature verified)}``. 200 when verified, else 400. The secrets are read from the JSON
file ``BENCH_HOOK_SECRETS`` (``{"<n>": "whsec_…"}``) at start.

Run: ``uvicorn bench.webhook_receiver:app --port N`` (the bench starts and stops it).
"""

import json
import os
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

Scope = dict[str, Any]
Message = dict[str, Any]

_SECRETS: dict[str, Webhook] = {}
_OUT: Any = None


def _load() -> None:
    global _OUT
    path = os.environ.get("BENCH_HOOK_SECRETS")
    if path:
        _SECRETS.update({n: Webhook(s) for n, s in json.loads(Path(path).read_text()).items()})
    out = os.environ.get("BENCH_HOOK_OUT")
    if out:
        _OUT = Path(out).open("a", buffering=1)  # noqa: SIM115 - for the process's life


async def _body(receive: Callable[[], Awaitable[Message]]) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def app(
    scope: Scope,
    receive: Callable[[], Awaitable[Message]],
    send: Callable[[Message], Awaitable[None]],
) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                _load()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if _OUT is not None:
                    _OUT.flush()
                await send({"type": "lifespan.shutdown.complete"})
                return
    raw = await _body(receive)
    received = time.time()
    n = scope["path"].rsplit("/", 1)[-1]
    headers = {k.decode(): v.decode() for k, v in scope["headers"]}
    ok = False
    record: dict[str, Any] = {"n": n, "id": headers.get("webhook-id"), "t": received}
    hook = _SECRETS.get(n)
    if hook is not None:
        try:
            hook.verify(raw, headers)
            ok = True
        except (WebhookVerificationError, ValueError):
            ok = False
    if ok:
        payload = json.loads(raw)
        data = payload.get("data") or {}
        record.update(type=payload.get("type"), obj=data.get("id"), cursor=payload.get("cursor"))
    record["ok"] = ok
    if _OUT is not None:
        _OUT.write(json.dumps(record) + "\n")
    status = 200 if ok else 400
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain"), (b"content-length", b"2")],
        }
    )
    await send({"type": "http.response.body", "body": b"ok" if ok else b"no"})
