"""Fixtures: the real app with its 微信客服 channel, a WeCom peer and the fake WeCom API.

``kf_app(engine=..., servicer=..., max_age=...)`` starts ``create_app`` on a memory store;
``KfHarness.callback`` delivers a signed ``kf_msg_or_event`` and ``settle`` waits (on events, not
sleeps) until every callback so far has been taken in and no pull is running. ``restart`` stops
the app and starts a fresh one on the same store and the same fake WeCom.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from fakes.engines import EchoEngine
from fakes.fake_wecom_api import FakeWecomApi
from fakes.wecom_peer import WecomPeer

from bot.app import create_app
from bot.config import Config, WecomConfig
from bot.stores.memory import MemoryStore
from bot.wecom.kf import WECOM_KF, KfService
from handlers.engine import Engine
from handlers.store import Store

KF_A, KF_B = "wkAAAA", "wkBBBB"


def kf_event_xml(corp_id: str, kfid: str, token: str | None) -> str:
    """The plaintext of a kf_msg_or_event callback, shaped like WeCom's example (no sender)."""
    token_xml = f"<Token><![CDATA[{token}]]></Token>" if token is not None else ""
    return (
        f"<xml><ToUserName><![CDATA[{corp_id}]]></ToUserName>"
        f"<CreateTime>{int(time.time())}</CreateTime><MsgType><![CDATA[event]]></MsgType>"
        f"<Event><![CDATA[kf_msg_or_event]]></Event>{token_xml}"
        f"<OpenKfId><![CDATA[{kfid}]]></OpenKfId></xml>"
    )


@dataclass
class KfHarness:
    """The app under test, its store, engine, peer, the fake API, and how to restart it."""

    client: TestClient[web.Request, web.Application]
    store: Store
    engine: Engine
    peer: WecomPeer
    api: FakeWecomApi
    start_on: Callable[[Store], Awaitable[TestClient[web.Request, web.Application]]]
    posted: int = 0
    backoff: tuple[float, ...] = field(default=(0.01, 0.01, 0.01))

    @property
    def service(self) -> KfService:
        return self.client.app[WECOM_KF]

    async def post(self, message_xml: str) -> tuple[int, str]:
        """Deliver ``message_xml`` like WeCom; (status, body)."""
        path, body = self.peer.callback(message_xml)
        resp = await self.client.post(path, data=body.encode())
        return resp.status, await resp.text()

    async def callback(self, kfid: str = KF_A, token: str | None = "") -> tuple[int, str]:
        """A kf_msg_or_event for ``kfid`` with a fresh token ("" issues one, None omits it)."""
        if token == "":
            token = self.api.kf.token(kfid)
        self.posted += 1
        return await self.post(kf_event_xml(self.peer.corp_id, kfid, token))

    async def settle(self) -> None:
        """Wait until the posted callbacks were taken in and no pull runs."""
        await self.service.settled(self.posted)

    async def pull(self, kfid: str = KF_A) -> None:
        """One callback for ``kfid`` and everything it causes."""
        status, _ = await self.callback(kfid)
        assert status == 200
        await self.settle()

    async def restart(self) -> None:
        """Stop the app (cleanup runs) and start another on the same store and fake WeCom."""
        await self.client.close()
        self.client = await self.start_on(self.store)
        self.service.backoff = self.backoff
        self.posted = 0


MakeKf = Callable[..., Awaitable[KfHarness]]


@pytest.fixture
async def kf_app(tmp_path: Path, aiohttp_client: Any, aiohttp_server: Any) -> MakeKf:
    """A factory starting the real app against a fresh peer and fake WeCom API."""

    async def make(
        engine: Engine | None = None,
        *,
        servicer: str | None = None,
        max_age: float = 86400.0,
        store: Store | None = None,
        page_size: int = 1000,
    ) -> KfHarness:
        peer = WecomPeer()
        api = FakeWecomApi(corp_id=peer.corp_id)
        api.kf.page_size = page_size
        server = await aiohttp_server(api.app)
        wecom = WecomConfig(
            corp_id=peer.corp_id,
            token=peer.token,
            encoding_aes_key=peer.encoding_aes_key,
            agent_id=peer.agent_id,
            secret=api.secret,
            api_base=str(server.make_url("")).rstrip("/"),
        )
        wecom = replace(wecom, kf_servicer=servicer, kf_max_age=max_age)
        config = Config(data_dir=tmp_path, store_url="memory://", wecom=wecom)
        the_store = store or MemoryStore()
        the_engine = engine or EchoEngine()

        async def start_on(store: Store) -> TestClient[web.Request, web.Application]:
            """Another instance of the app (on ``store``) in front of the same fake WeCom."""
            client: TestClient[web.Request, web.Application] = await aiohttp_client(
                create_app(config, store=store, engine=the_engine)
            )
            client.app[WECOM_KF].backoff = (0.01, 0.01, 0.01)
            return client

        harness = KfHarness(await start_on(the_store), the_store, the_engine, peer, api, start_on)
        harness.service.backoff = harness.backoff
        return harness

    return make


async def warm(h: KfHarness, kfid: str = KF_A) -> None:
    """Get past the first pull (which drains the backlog silently) with an empty account."""
    await h.pull(kfid)
