"""Request headers every resource reads, declared once with their documentation."""

from typing import Annotated

from litestar.params import HeaderParameter

__all__ = ("IdempotencyKey", "IfMatch", "IfNoneMatch")

IdempotencyKey = Annotated[
    str | None,
    HeaderParameter(
        name="Idempotency-Key",
        description=(
            "Any unique string (≤255 characters). The same key with the same body replays the "
            "first answer instead of writing twice; with another body it is refused (422). "
            "Kept for 24 hours."
        ),
        min_length=1,
        max_length=255,
    ),
]
IfMatch = Annotated[
    str | None,
    HeaderParameter(
        name="If-Match",
        description="The `ETag` you read. The write happens only if the record is still at it (else 412).",
        max_length=200,
    ),
]
IfNoneMatch = Annotated[
    str | None,
    HeaderParameter(
        name="If-None-Match",
        description="The `ETag` you hold. If it is still current the answer is 304 with no body.",
        max_length=200,
    ),
]
