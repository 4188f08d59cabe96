# generated from openapi/openapi.json by sdk/codegen — do not edit
"""``client.reference``: Facilities and the weapons catalogue, with every alias."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Literal

from msgspec import UNSET, UnsetType

from watchfloor_sdk._core._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from watchfloor_sdk._core._request import Timeout, build_options, path_param
from watchfloor_sdk._core._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from watchfloor_sdk.types import (
    Facility,
    FacilityList,
    FacilityVersion,
    FacilityVersionList,
    Weapon,
    WeaponList,
    WeaponVersion,
    WeaponVersionList,
)

__all__ = (
    "AsyncReference",
    "AsyncReferenceWithRawResponse",
    "AsyncReferenceWithStreamingResponse",
    "Reference",
    "ReferenceWithRawResponse",
    "ReferenceWithStreamingResponse",
)


class Reference(SyncAPIResource):
    """Facilities and the weapons catalogue, with every alias."""

    @cached_property
    def with_raw_response(self) -> ReferenceWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return ReferenceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ReferenceWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return ReferenceWithStreamingResponse(self)

    def create_facility(
        self,
        *,
        kind: Literal[
            "airbase",
            "launch_site",
            "missile_base",
            "naval_base",
            "nuclear_facility",
            "nuclear_test_site",
            "other",
            "satellite_launch_site",
            "shipyard",
            "test_range",
        ],
        name: str,
        aliases: Sequence[str] | UnsetType = UNSET,
        country: str | None | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        lat: float | None | UnsetType = UNSET,
        location: str | None | UnsetType = UNSET,
        lon: float | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Facility:
        """Create a facility.

        Create a facility. Send an `Idempotency-Key` to make retries safe.

        Args:
            dataset: `live` (the real world) or an exercise or sandbox dataset
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            ConflictError: 409 The request conflicts with the current state.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Facility,
            build_options(
                "POST",
                "/v1/facilities",
                body={
                    "kind": kind,
                    "name": name,
                    "aliases": aliases,
                    "country": country,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "lat": lat,
                    "location": location,
                    "lon": lon,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def create_weapon(
        self,
        *,
        name: str,
        weapon_class: Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ],
        aliases: Sequence[str] | UnsetType = UNSET,
        country: str | None | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        maneuver: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Weapon:
        """Create a weapon system.

        Create a weapon system. Send an `Idempotency-Key` to make retries safe.

        Args:
            dataset: `live` (the real world) or an exercise or sandbox dataset
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            ConflictError: 409 The request conflicts with the current state.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Weapon,
            build_options(
                "POST",
                "/v1/weapons",
                body={
                    "name": name,
                    "weapon_class": weapon_class,
                    "aliases": aliases,
                    "country": country,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "maneuver": maneuver,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def delete_facility(
        self,
        facility_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Facility:
        """Delete a facility.

        Tombstone the facility: reads answer 404, history and the change feed keep it.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            PreconditionFailedError: 412 `If-Match` names a version that is not current.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Facility,
            build_options(
                "DELETE",
                f"/v1/facilities/{path_param('facility_id', facility_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def delete_weapon(
        self,
        weapon_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Weapon:
        """Delete a weapon system.

        Tombstone the weapon system: reads answer 404, history and the change feed keep it.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            PreconditionFailedError: 412 `If-Match` names a version that is not current.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Weapon,
            build_options(
                "DELETE",
                f"/v1/weapons/{path_param('weapon_id', weapon_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_facility(
        self,
        facility_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Facility:
        """Get a facility.

        One facility, as it is now or as recorded at `as_of`. Sends an `ETag`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            if_none_match: The `ETag` you hold. If it is still current the answer is 304 with no body.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Facility,
            build_options(
                "GET",
                f"/v1/facilities/{path_param('facility_id', facility_id)}",
                query={
                    "as_of": as_of,
                },
                headers={
                    "If-None-Match": if_none_match,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def get_weapon(
        self,
        weapon_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Weapon:
        """Get a weapon system.

        One weapon system, as it is now or as recorded at `as_of`. Sends an `ETag`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            if_none_match: The `ETag` you hold. If it is still current the answer is 304 with no body.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Weapon,
            build_options(
                "GET",
                f"/v1/weapons/{path_param('weapon_id', weapon_id)}",
                query={
                    "as_of": as_of,
                },
                headers={
                    "If-None-Match": if_none_match,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def list_facilities(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        country: str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        kind: Literal[
            "launch_site",
            "satellite_launch_site",
            "nuclear_test_site",
            "nuclear_facility",
            "missile_base",
            "airbase",
            "naval_base",
            "shipyard",
            "test_range",
            "other",
        ]
        | None = None,
        limit: int | None = None,
        name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Facility]:
        """List facilities.

        List facilities, newest first. Every filter narrows the list; all are optional.

        Examples: `?kind=nuclear_test_site`, `?name=Tongchang-ri` (any alias),
        `?country=PRK&as_of=2026-01-01T00:00:00Z`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            country: ISO 3166-1 alpha-3 country, e.g. `PRK`.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            kind: Only facilities of this kind.
            limit: Page size, 1 to 100.
            name: Name or any alias, case-insensitive: `kn-23` finds `Hwasong-11A`.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            SyncCursorPage[Facility],
            FacilityList,
            build_options(
                "GET",
                "/v1/facilities",
                query={
                    "as_of": as_of,
                    "country": country,
                    "cursor": cursor,
                    "dataset": dataset,
                    "kind": kind,
                    "limit": limit,
                    "name": name,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_facility_versions(
        self,
        facility_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[FacilityVersion]:
        """List a facility's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            SyncCursorPage[FacilityVersion],
            FacilityVersionList,
            build_options(
                "GET",
                f"/v1/facilities/{path_param('facility_id', facility_id)}/history",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_weapon_versions(
        self,
        weapon_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[WeaponVersion]:
        """List a weapon system's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            SyncCursorPage[WeaponVersion],
            WeaponVersionList,
            build_options(
                "GET",
                f"/v1/weapons/{path_param('weapon_id', weapon_id)}/history",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_weapons(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        country: str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        limit: int | None = None,
        name: str | None = None,
        weapon_class: Literal[
            "SRBM",
            "MRBM",
            "IRBM",
            "ICBM",
            "SLBM",
            "HGV",
            "SLV",
            "cruise_missile",
            "artillery",
            "nuclear_device",
            "other",
        ]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> SyncCursorPage[Weapon]:
        """List weapon systems.

        List weapon systems, newest first. Every filter narrows the list; all are optional.

        Examples: `?weapon_class=ICBM`, `?name=KN-23` (any alias),
        `?country=PRK&as_of=2026-01-01T00:00:00Z`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            country: ISO 3166-1 alpha-3 country, e.g. `PRK`.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            limit: Page size, 1 to 100.
            name: Name or any alias, case-insensitive: `kn-23` finds `Hwasong-11A`.
            weapon_class: Only weapon systems of this class (`ICBM`, `SRBM` …).

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            SyncCursorPage[Weapon],
            WeaponList,
            build_options(
                "GET",
                "/v1/weapons",
                query={
                    "as_of": as_of,
                    "country": country,
                    "cursor": cursor,
                    "dataset": dataset,
                    "limit": limit,
                    "name": name,
                    "weapon_class": weapon_class,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def update_facility(
        self,
        facility_id: str,
        *,
        aliases: Sequence[str] | UnsetType = UNSET,
        country: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        kind: Literal[
            "airbase",
            "launch_site",
            "missile_base",
            "naval_base",
            "nuclear_facility",
            "nuclear_test_site",
            "other",
            "satellite_launch_site",
            "shipyard",
            "test_range",
        ]
        | UnsetType = UNSET,
        lat: float | None | UnsetType = UNSET,
        location: str | None | UnsetType = UNSET,
        lon: float | None | UnsetType = UNSET,
        name: str | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Facility:
        """Change a facility.

        Change the fields sent; `null` clears one. With `If-Match`, only if still at that version.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            ConflictError: 409 The request conflicts with the current state.
            PreconditionFailedError: 412 `If-Match` names a version that is not current.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Facility,
            build_options(
                "PATCH",
                f"/v1/facilities/{path_param('facility_id', facility_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "aliases": aliases,
                    "country": country,
                    "description": description,
                    "external_id": external_id,
                    "kind": kind,
                    "lat": lat,
                    "location": location,
                    "lon": lon,
                    "name": name,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def update_weapon(
        self,
        weapon_id: str,
        *,
        aliases: Sequence[str] | UnsetType = UNSET,
        country: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        maneuver: str | None | UnsetType = UNSET,
        name: str | UnsetType = UNSET,
        weapon_class: Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ]
        | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Weapon:
        """Change a weapon system.

        Change the fields sent; `null` clears one. With `If-Match`, only if still at that version.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            ConflictError: 409 The request conflicts with the current state.
            PreconditionFailedError: 412 `If-Match` names a version that is not current.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.request(
            Weapon,
            build_options(
                "PATCH",
                f"/v1/weapons/{path_param('weapon_id', weapon_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "aliases": aliases,
                    "country": country,
                    "description": description,
                    "external_id": external_id,
                    "maneuver": maneuver,
                    "name": name,
                    "weapon_class": weapon_class,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class ReferenceWithRawResponse:
    """``reference`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: Reference) -> None:
        self.create_facility = to_raw_response_wrapper(resource.create_facility)
        self.create_weapon = to_raw_response_wrapper(resource.create_weapon)
        self.delete_facility = to_raw_response_wrapper(resource.delete_facility)
        self.delete_weapon = to_raw_response_wrapper(resource.delete_weapon)
        self.get_facility = to_raw_response_wrapper(resource.get_facility)
        self.get_weapon = to_raw_response_wrapper(resource.get_weapon)
        self.list_facilities = to_raw_response_wrapper(resource.list_facilities)
        self.list_facility_versions = to_raw_response_wrapper(resource.list_facility_versions)
        self.list_weapon_versions = to_raw_response_wrapper(resource.list_weapon_versions)
        self.list_weapons = to_raw_response_wrapper(resource.list_weapons)
        self.update_facility = to_raw_response_wrapper(resource.update_facility)
        self.update_weapon = to_raw_response_wrapper(resource.update_weapon)


class ReferenceWithStreamingResponse:
    """``reference`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: Reference) -> None:
        self.create_facility = to_streamed_response_wrapper(resource.create_facility)
        self.create_weapon = to_streamed_response_wrapper(resource.create_weapon)
        self.delete_facility = to_streamed_response_wrapper(resource.delete_facility)
        self.delete_weapon = to_streamed_response_wrapper(resource.delete_weapon)
        self.get_facility = to_streamed_response_wrapper(resource.get_facility)
        self.get_weapon = to_streamed_response_wrapper(resource.get_weapon)
        self.list_facilities = to_streamed_response_wrapper(resource.list_facilities)
        self.list_facility_versions = to_streamed_response_wrapper(resource.list_facility_versions)
        self.list_weapon_versions = to_streamed_response_wrapper(resource.list_weapon_versions)
        self.list_weapons = to_streamed_response_wrapper(resource.list_weapons)
        self.update_facility = to_streamed_response_wrapper(resource.update_facility)
        self.update_weapon = to_streamed_response_wrapper(resource.update_weapon)


class AsyncReference(AsyncAPIResource):
    """Facilities and the weapons catalogue, with every alias."""

    @cached_property
    def with_raw_response(self) -> AsyncReferenceWithRawResponse:
        """The same methods, answering an ``APIResponse`` (status, headers, ``ETag``) to ``parse()``."""
        return AsyncReferenceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncReferenceWithStreamingResponse:
        """The same methods, answering a context manager whose response body is read as you iterate it."""
        return AsyncReferenceWithStreamingResponse(self)

    async def create_facility(
        self,
        *,
        kind: Literal[
            "airbase",
            "launch_site",
            "missile_base",
            "naval_base",
            "nuclear_facility",
            "nuclear_test_site",
            "other",
            "satellite_launch_site",
            "shipyard",
            "test_range",
        ],
        name: str,
        aliases: Sequence[str] | UnsetType = UNSET,
        country: str | None | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        lat: float | None | UnsetType = UNSET,
        location: str | None | UnsetType = UNSET,
        lon: float | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Facility:
        """Create a facility.

        Create a facility. Send an `Idempotency-Key` to make retries safe.

        Args:
            dataset: `live` (the real world) or an exercise or sandbox dataset
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            ConflictError: 409 The request conflicts with the current state.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Facility,
            build_options(
                "POST",
                "/v1/facilities",
                body={
                    "kind": kind,
                    "name": name,
                    "aliases": aliases,
                    "country": country,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "lat": lat,
                    "location": location,
                    "lon": lon,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def create_weapon(
        self,
        *,
        name: str,
        weapon_class: Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ],
        aliases: Sequence[str] | UnsetType = UNSET,
        country: str | None | UnsetType = UNSET,
        dataset: str | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        maneuver: str | None | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Weapon:
        """Create a weapon system.

        Create a weapon system. Send an `Idempotency-Key` to make retries safe.

        Args:
            dataset: `live` (the real world) or an exercise or sandbox dataset
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            ConflictError: 409 The request conflicts with the current state.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Weapon,
            build_options(
                "POST",
                "/v1/weapons",
                body={
                    "name": name,
                    "weapon_class": weapon_class,
                    "aliases": aliases,
                    "country": country,
                    "dataset": dataset,
                    "description": description,
                    "external_id": external_id,
                    "maneuver": maneuver,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def delete_facility(
        self,
        facility_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Facility:
        """Delete a facility.

        Tombstone the facility: reads answer 404, history and the change feed keep it.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            PreconditionFailedError: 412 `If-Match` names a version that is not current.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Facility,
            build_options(
                "DELETE",
                f"/v1/facilities/{path_param('facility_id', facility_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def delete_weapon(
        self,
        weapon_id: str,
        *,
        if_match: str | None = None,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Weapon:
        """Delete a weapon system.

        Tombstone the weapon system: reads answer 404, history and the change feed keep it.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            PreconditionFailedError: 412 `If-Match` names a version that is not current.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Weapon,
            build_options(
                "DELETE",
                f"/v1/weapons/{path_param('weapon_id', weapon_id)}",
                headers={
                    "If-Match": if_match,
                },
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_facility(
        self,
        facility_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Facility:
        """Get a facility.

        One facility, as it is now or as recorded at `as_of`. Sends an `ETag`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            if_none_match: The `ETag` you hold. If it is still current the answer is 304 with no body.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Facility,
            build_options(
                "GET",
                f"/v1/facilities/{path_param('facility_id', facility_id)}",
                query={
                    "as_of": as_of,
                },
                headers={
                    "If-None-Match": if_none_match,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def get_weapon(
        self,
        weapon_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Weapon:
        """Get a weapon system.

        One weapon system, as it is now or as recorded at `as_of`. Sends an `ETag`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            if_none_match: The `ETag` you hold. If it is still current the answer is 304 with no body.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Weapon,
            build_options(
                "GET",
                f"/v1/weapons/{path_param('weapon_id', weapon_id)}",
                query={
                    "as_of": as_of,
                },
                headers={
                    "If-None-Match": if_none_match,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    def list_facilities(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        country: str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        kind: Literal[
            "launch_site",
            "satellite_launch_site",
            "nuclear_test_site",
            "nuclear_facility",
            "missile_base",
            "airbase",
            "naval_base",
            "shipyard",
            "test_range",
            "other",
        ]
        | None = None,
        limit: int | None = None,
        name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Facility]:
        """List facilities.

        List facilities, newest first. Every filter narrows the list; all are optional.

        Examples: `?kind=nuclear_test_site`, `?name=Tongchang-ri` (any alias),
        `?country=PRK&as_of=2026-01-01T00:00:00Z`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            country: ISO 3166-1 alpha-3 country, e.g. `PRK`.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            kind: Only facilities of this kind.
            limit: Page size, 1 to 100.
            name: Name or any alias, case-insensitive: `kn-23` finds `Hwasong-11A`.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            AsyncCursorPage[Facility],
            FacilityList,
            build_options(
                "GET",
                "/v1/facilities",
                query={
                    "as_of": as_of,
                    "country": country,
                    "cursor": cursor,
                    "dataset": dataset,
                    "kind": kind,
                    "limit": limit,
                    "name": name,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_facility_versions(
        self,
        facility_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[FacilityVersion]:
        """List a facility's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            AsyncCursorPage[FacilityVersion],
            FacilityVersionList,
            build_options(
                "GET",
                f"/v1/facilities/{path_param('facility_id', facility_id)}/history",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_weapon_versions(
        self,
        weapon_id: str,
        *,
        as_of: _dt.datetime | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[WeaponVersion]:
        """List a weapon system's versions.

        Every recorded version, oldest first, each with its transaction-time range.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            limit: Page size, 1 to 100.

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            AsyncCursorPage[WeaponVersion],
            WeaponVersionList,
            build_options(
                "GET",
                f"/v1/weapons/{path_param('weapon_id', weapon_id)}/history",
                query={
                    "as_of": as_of,
                    "cursor": cursor,
                    "limit": limit,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    def list_weapons(
        self,
        *,
        as_of: _dt.datetime | str | None = None,
        country: str | None = None,
        cursor: str | None = None,
        dataset: str | None = None,
        limit: int | None = None,
        name: str | None = None,
        weapon_class: Literal[
            "SRBM",
            "MRBM",
            "IRBM",
            "ICBM",
            "SLBM",
            "HGV",
            "SLV",
            "cruise_missile",
            "artillery",
            "nuclear_device",
            "other",
        ]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> AsyncPaginator[Weapon]:
        """List weapon systems.

        List weapon systems, newest first. Every filter narrows the list; all are optional.

        Examples: `?weapon_class=ICBM`, `?name=KN-23` (any alias),
        `?country=PRK&as_of=2026-01-01T00:00:00Z`.

        Args:
            as_of: Answer with the data as recorded at this instant (transaction time), e.g. `2026-11-01T00:00:00Z`. Omit for the current state.
            country: ISO 3166-1 alpha-3 country, e.g. `PRK`.
            cursor: Opaque cursor from `next_cursor` of the previous page.
            dataset: Dataset to read: `live` (default) or an exercise or sandbox dataset.
            limit: Page size, 1 to 100.
            name: Name or any alias, case-insensitive: `kn-23` finds `Hwasong-11A`.
            weapon_class: Only weapon systems of this class (`ICBM`, `SRBM` …).

        Returns:
            The first page; iterate it for every item of every page, or call
            ``iter_pages()`` to go page by page.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return self._client.get_api_list(
            AsyncCursorPage[Weapon],
            WeaponList,
            build_options(
                "GET",
                "/v1/weapons",
                query={
                    "as_of": as_of,
                    "country": country,
                    "cursor": cursor,
                    "dataset": dataset,
                    "limit": limit,
                    "name": name,
                    "weapon_class": weapon_class,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
            cursor_param="cursor",
        )

    async def update_facility(
        self,
        facility_id: str,
        *,
        aliases: Sequence[str] | UnsetType = UNSET,
        country: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        kind: Literal[
            "airbase",
            "launch_site",
            "missile_base",
            "naval_base",
            "nuclear_facility",
            "nuclear_test_site",
            "other",
            "satellite_launch_site",
            "shipyard",
            "test_range",
        ]
        | UnsetType = UNSET,
        lat: float | None | UnsetType = UNSET,
        location: str | None | UnsetType = UNSET,
        lon: float | None | UnsetType = UNSET,
        name: str | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Facility:
        """Change a facility.

        Change the fields sent; `null` clears one. With `If-Match`, only if still at that version.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            ConflictError: 409 The request conflicts with the current state.
            PreconditionFailedError: 412 `If-Match` names a version that is not current.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Facility,
            build_options(
                "PATCH",
                f"/v1/facilities/{path_param('facility_id', facility_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "aliases": aliases,
                    "country": country,
                    "description": description,
                    "external_id": external_id,
                    "kind": kind,
                    "lat": lat,
                    "location": location,
                    "lon": lon,
                    "name": name,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )

    async def update_weapon(
        self,
        weapon_id: str,
        *,
        aliases: Sequence[str] | UnsetType = UNSET,
        country: str | None | UnsetType = UNSET,
        description: str | None | UnsetType = UNSET,
        external_id: str | None | UnsetType = UNSET,
        if_match: str | None = None,
        maneuver: str | None | UnsetType = UNSET,
        name: str | UnsetType = UNSET,
        weapon_class: Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ]
        | UnsetType = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: Timeout | UnsetType = UNSET,
    ) -> Weapon:
        """Change a weapon system.

        Change the fields sent; `null` clears one. With `If-Match`, only if still at that version.

        Args:
            if_match: The `ETag` you read. The write happens only if the record is still at it (else 412).
            idempotency_key: Your own key; by default one is made for this call and
                reused by each of its retries.

        Raises:
            BadRequestError: 400 The request is malformed: a wrong type, an unknown field, a bad cursor or bad JSON.
            AuthenticationError: 401 No valid API key was sent (`Authorization: Bearer <secret>`).
            PermissionDeniedError: 403 The API key lacks the scope or the dataset this operation needs.
            NotFoundError: 404 No such record.
            ConflictError: 409 The request conflicts with the current state.
            PreconditionFailedError: 412 `If-Match` names a version that is not current.
            RequestTooLargeError: 413 The request body is too large.
            APIStatusError: 415 The request body is not of a media type this operation reads.
            UnprocessableEntityError: 422 Well-formed, but not acceptable (unknown references, reused idempotency key).
            RateLimitedError: 429 The key's requests for this minute are used up; retry after `Retry-After` seconds.
            InternalServerError: 500 The server failed.
            ServiceUnavailableError: 503 The database is unavailable.
        """
        return await self._client.request(
            Weapon,
            build_options(
                "PATCH",
                f"/v1/weapons/{path_param('weapon_id', weapon_id)}",
                headers={
                    "If-Match": if_match,
                },
                body={
                    "aliases": aliases,
                    "country": country,
                    "description": description,
                    "external_id": external_id,
                    "maneuver": maneuver,
                    "name": name,
                    "weapon_class": weapon_class,
                },
                extra_body=extra_body,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
            ),
        )


class AsyncReferenceWithRawResponse:
    """``reference`` methods answering ``APIResponse``: ``.headers``, ``.etag``, ``.parse()``."""

    def __init__(self, resource: AsyncReference) -> None:
        self.create_facility = async_to_raw_response_wrapper(resource.create_facility)
        self.create_weapon = async_to_raw_response_wrapper(resource.create_weapon)
        self.delete_facility = async_to_raw_response_wrapper(resource.delete_facility)
        self.delete_weapon = async_to_raw_response_wrapper(resource.delete_weapon)
        self.get_facility = async_to_raw_response_wrapper(resource.get_facility)
        self.get_weapon = async_to_raw_response_wrapper(resource.get_weapon)
        self.list_facilities = async_to_raw_response_wrapper(resource.list_facilities)
        self.list_facility_versions = async_to_raw_response_wrapper(resource.list_facility_versions)
        self.list_weapon_versions = async_to_raw_response_wrapper(resource.list_weapon_versions)
        self.list_weapons = async_to_raw_response_wrapper(resource.list_weapons)
        self.update_facility = async_to_raw_response_wrapper(resource.update_facility)
        self.update_weapon = async_to_raw_response_wrapper(resource.update_weapon)


class AsyncReferenceWithStreamingResponse:
    """``reference`` methods answering a streamed response: ``with …(...) as response:``."""

    def __init__(self, resource: AsyncReference) -> None:
        self.create_facility = async_to_streamed_response_wrapper(resource.create_facility)
        self.create_weapon = async_to_streamed_response_wrapper(resource.create_weapon)
        self.delete_facility = async_to_streamed_response_wrapper(resource.delete_facility)
        self.delete_weapon = async_to_streamed_response_wrapper(resource.delete_weapon)
        self.get_facility = async_to_streamed_response_wrapper(resource.get_facility)
        self.get_weapon = async_to_streamed_response_wrapper(resource.get_weapon)
        self.list_facilities = async_to_streamed_response_wrapper(resource.list_facilities)
        self.list_facility_versions = async_to_streamed_response_wrapper(
            resource.list_facility_versions
        )
        self.list_weapon_versions = async_to_streamed_response_wrapper(
            resource.list_weapon_versions
        )
        self.list_weapons = async_to_streamed_response_wrapper(resource.list_weapons)
        self.update_facility = async_to_streamed_response_wrapper(resource.update_facility)
        self.update_weapon = async_to_streamed_response_wrapper(resource.update_weapon)
