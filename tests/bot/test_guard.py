"""Bodies are read whole however TCP cuts them, and only loopback peers pass without a token."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any
from unittest.mock import Mock

import pytest
from aiohttp.test_utils import TestClient
from test_api_cli import config, engine

from bot.app import create_app
from bot.guard import from_loopback
from bot.stores.memory import MemoryStore


async def _raw_post(client: TestClient, path: str, body: bytes, *, chunked: bool = False) -> tuple[int, bytes]:
    """POST ``body`` over a raw socket in two writes 50 ms apart; the status and the body back."""
    reader, writer = await asyncio.open_connection(client.host, client.port)
    length = b"Transfer-Encoding: chunked" if chunked else b"Content-Length: %d" % len(body)
    head = b"POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n%s\r\n" % (
        path.encode(),
        length,
    )
    head += b"Connection: close\r\n\r\n"
    if chunked:
        body = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in (body[: len(body) // 2], body[len(body) // 2 :]))
        body += b"0\r\n\r\n"
    half = len(body) // 2
    writer.write(head + body[:half])
    await writer.drain()
    await asyncio.sleep(0.05)
    writer.write(body[half:])
    await writer.drain()
    response = await reader.read()
    writer.close()
    status_line, _, rest = response.partition(b"\r\n")
    return int(status_line.split()[1]), rest.partition(b"\r\n\r\n")[2]


@pytest.fixture
async def client(aiohttp_client: Any, tmp_path: Path) -> TestClient:
    return await aiohttp_client(create_app(config(tmp_path), store=MemoryStore(), engine=engine()))


@pytest.mark.parametrize("chunked", [False, True])
async def test_a_body_in_two_segments_is_read_whole(client: TestClient, chunked: bool) -> None:
    body = json.dumps({"user_id": "seg", "text": "我有技师证书能领多少" + "，" * 300}).encode()
    status, answer = await _raw_post(client, "/api/chat", body, chunked=chunked)
    assert status == 200, answer
    assert b'"kind"' in answer


async def test_a_chunked_body_over_64_kib_is_413(client: TestClient) -> None:
    status, _ = await _raw_post(client, "/api/chat", b"x" * (64 * 1024 + 10), chunked=True)
    assert status == 413


@pytest.mark.parametrize(
    ("remote", "ok"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("::ffff:127.0.0.1", True),
        ("::1234:5678", False),
        ("::ffff:10.0.0.1", False),
        ("10.0.0.1", False),
        ("localhost.evil", False),
        (None, False),
    ],
)
def test_only_loopback_peers_count_as_local(remote: str | None, ok: bool) -> None:
    assert from_loopback(Mock(remote=remote)) is ok
