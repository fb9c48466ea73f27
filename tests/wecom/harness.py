"""The app under test with its peer and fake API, and helpers that speak WeCom to it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web
from aiohttp.test_utils import TestClient
from fakes.fake_wecom_api import FakeWecomApi
from fakes.wecom_peer import WecomPeer

from bot.stores.memory import MemoryStore
from handlers.engine import Engine


@dataclass
class Harness:
    """The app under test, its store and engine, the peer and the fake API."""

    client: TestClient[web.Request, web.Application]
    app: web.Application
    store: MemoryStore
    engine: Engine
    peer: WecomPeer
    api: FakeWecomApi

    async def post(self, message_xml: str) -> tuple[int, str]:
        """Deliver ``message_xml`` like WeCom; (status, response body)."""
        path, body = self.peer.callback(message_xml)
        resp = await self.client.post(path, data=body.encode())
        return resp.status, await resp.text()

    async def ask(self, message_xml: str) -> str | None:
        """Deliver and open the passive reply; its Content, or None for an empty 200."""
        status, text = await self.post(message_xml)
        assert status == 200, (status, text)
        return self.peer.open_reply(text)["Content"] if text else None

    async def wait_sent(self, count: int, timeout: float = 5.0) -> list[str]:
        """The first ``count`` texts the fake API received through message/send."""
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while len(self.api.sent) < count and loop.time() < end:
            await asyncio.sleep(0.02)
        return [body["text"]["content"] for body in self.api.sent]


MakeHarness = Callable[..., Awaitable[Harness]]
