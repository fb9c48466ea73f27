"""What every HTTP endpoint checks before it believes a request: its size, its bearer token,
where it comes from."""

from __future__ import annotations

import hmac
import ipaddress

from aiohttp import web

from bot.errors import RequestError

MAX_BODY = 64 * 1024
"""The largest body we read (CONTRACTS.md); a WeCom callback is a few KiB at most."""


async def read_capped(request: web.Request, limit: int = MAX_BODY) -> bytes:
    """The whole body, or ``RequestError`` 413 once it passes ``limit``.

    ``StreamReader.read(n)`` returns what has arrived so far, not the whole body, so a body sent
    in several TCP segments would be cut short; this reads to the end. A declared
    Content-Length over the limit is refused before anything is read.
    """
    if request.content_length is not None and request.content_length > limit:
        raise RequestError("body over 64 KiB", 413)
    body = bytearray()
    async for chunk in request.content.iter_any():
        body += chunk
        if len(body) > limit:
            raise RequestError("body over 64 KiB", 413)
    return bytes(body)


def bearer_ok(request: web.Request, token: str) -> bool:
    """``Authorization: Bearer <token>``, compared in constant time."""
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def from_loopback(request: web.Request) -> bool:
    """The peer is this machine (127.0.0.0/8, ::1, or IPv4-mapped 127.x); a prefix test on the
    text would also let "::1234:5678" in."""
    remote = request.remote or ""
    try:
        address = ipaddress.ip_address(remote.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback
