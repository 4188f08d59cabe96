"""Which addresses a webhook may reach: the operator's allow-list, checked at every step.

By default only public (globally routable) addresses: a URL whose host resolves to a private,
loopback, link-local, multicast, reserved, unspecified or shared (CGNAT) address is refused,
so a subscription cannot be used to reach the internal network. The host is resolved and
**every** address checked, when the subscription is written (422 at ``/url``) and again before
each attempt; the attempt then connects to the address that was checked (the host name still
goes in ``Host`` and TLS SNI and the certificate is checked against it), so a DNS answer that
changes between the check and the connection (rebinding) cannot redirect it.

``WATCHFLOOR_WEBHOOK_ALLOW`` lists CIDRs and host names that are allowed although not public
(``127.0.0.1/32`` in the tests; an internal partner's ``10.1.2.0/24``).
"""

import asyncio
import ipaddress
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

__all__ = ("AllowList", "Refused", "Target")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class Refused(Exception):
    """The URL may not be used; the message says why."""


@dataclass(frozen=True)
class Target:
    """A URL checked against the allow-list, with the address to connect to."""

    url: str
    scheme: str
    host: str
    port: int
    address: str
    """The checked address the attempt connects to."""

    @property
    def pinned_url(self) -> str:
        """The URL with the checked address in place of the host name."""
        parts = urlsplit(self.url)
        host = f"[{self.address}]" if ":" in self.address else self.address
        netloc = f"{host}:{self.port}"
        return parts._replace(netloc=netloc).geturl()

    @property
    def host_header(self) -> str:
        default = 443 if self.scheme == "https" else 80
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == default else f"{host}:{self.port}"


def _public(address: Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return _public(address.ipv4_mapped)
    return address.is_global and not (
        address.is_multicast or address.is_reserved or address.is_unspecified
    )


class AllowList:
    """The operator's allow-list (``WATCHFLOOR_WEBHOOK_ALLOW``).

    A plain class, not a dataclass: the framework would validate a dataclass dependency field
    by field on every request."""

    __slots__ = ("hosts", "networks")

    def __init__(
        self, networks: Sequence[Network] = (), hosts: frozenset[str] = frozenset()
    ) -> None:
        self.networks = tuple(networks)
        self.hosts = hosts

    @classmethod
    def parse(cls, entries: Sequence[str]) -> "AllowList":
        networks: list[Network] = []
        hosts: set[str] = set()
        for entry in entries:
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                hosts.add(entry.lower().rstrip("."))
        return cls(networks, frozenset(hosts))

    def admits(self, host: str, address: Address) -> bool:
        if _public(address) or host in self.hosts:
            return True
        return any(address in network for network in self.networks)

    async def check(self, url: str) -> Target:
        """The URL's target, resolved and checked; raises :class:`Refused` with the reason."""
        try:
            parts = urlsplit(url)
        except ValueError as exc:  # an unbalanced "[" is an IPv6 literal left open
            raise Refused(f"the URL does not parse: {exc}") from exc
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise Refused("the URL must be http or https")
        if parts.username is not None or parts.password is not None:
            raise Refused("the URL may not carry a user name or password")
        host = (parts.hostname or "").lower().rstrip(".")
        if not host:
            raise Refused("the URL has no host")
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError as exc:
            raise Refused("the URL's port is not a number from 0 to 65535") from exc
        addresses = await _resolve(host, port)
        if not addresses:
            raise Refused(f"the host {host!r} does not resolve")
        for address in addresses:
            if not self.admits(host, address):
                raise Refused(
                    f"{host} resolves to {address}, which is not public and not in the "
                    "operator's allow-list (WATCHFLOOR_WEBHOOK_ALLOW)"
                )
        return Target(url, scheme, host, port, str(addresses[0]))


async def _resolve(host: str, port: int) -> list[Address]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), timeout=5
        )
    except (OSError, TimeoutError, UnicodeError):
        return []
    found: list[Address] = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if address not in found:
            found.append(address)
    return found
