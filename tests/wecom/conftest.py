"""Fixtures: a WeCom peer, the fake WeCom API, and the real app wired to both.

``wecom_app(engine=..., budget=..., secret=...)`` starts ``create_app`` on a test server with a
memory store and the fake API as ``WECOM_API_BASE``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestServer
from fakes.engines import EchoEngine
from fakes.fake_wecom_api import FakeWecomApi
from fakes.wecom_peer import WecomPeer

from bot.app import create_app
from bot.config import Config, WecomConfig
from bot.stores.memory import MemoryStore
from handlers.engine import Engine

from .harness import Harness, MakeHarness


@pytest.fixture
def peer() -> WecomPeer:
    return WecomPeer()


@pytest.fixture
async def wecom_app(peer: WecomPeer, tmp_path: Path, aiohttp_client: Any, aiohttp_server: Any) -> MakeHarness:
    """A factory starting the real app against ``peer`` and a fresh fake WeCom API."""

    async def make(
        engine: Engine | None = None,
        *,
        budget: float = 3.0,
        secret: str | None = "s3cret",
        store: MemoryStore | None = None,
    ) -> Harness:
        api = FakeWecomApi(corp_id=peer.corp_id)
        api_server: TestServer = await aiohttp_server(api.app)
        wecom = WecomConfig(
            corp_id=peer.corp_id,
            token=peer.token,
            encoding_aes_key=peer.encoding_aes_key,
            agent_id=peer.agent_id,
            secret=secret,
            reply_budget=budget,
            api_base=str(api_server.make_url("")).rstrip("/"),
        )
        config = Config(data_dir=tmp_path, store_url="memory://", wecom=wecom)
        the_store = store or MemoryStore()
        the_engine = engine or EchoEngine()
        app = create_app(config, store=the_store, engine=the_engine)
        client = await aiohttp_client(app)
        return Harness(client, app, the_store, the_engine, peer, api)

    return make
