"""Two instances behind a load balancer, sharing one Redis: dialogues, retries, the API token."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestClient
from fakes.engines import EchoEngine, GatedEngine
from fakes.fake_wecom_api import FakeWecomApi
from fakes.wecom_peer import WecomPeer

from bot.app import create_app
from bot.config import Config
from bot.keys import OBSERVER
from bot.stores import open_store
from bot.wecom.client import StoreTokenCache, WecomClient
from handlers.engine import Engine

from .conftest import wecom_config

pytestmark = pytest.mark.redis


@pytest.fixture
async def start(redis_url: str, peer: WecomPeer, tmp_path: Path, aiohttp_client: Any, aiohttp_server: Any) -> Any:
    """A factory of instances: each its own app and Redis connection, one fake WeCom API."""
    api = FakeWecomApi(corp_id=peer.corp_id)
    api_base = str((await aiohttp_server(api.app)).make_url(""))

    async def instance(engine: Engine) -> TestClient[Any, Any]:
        config = Config(data_dir=tmp_path, store_url=redis_url, wecom=wecom_config(peer, api_base))
        client: TestClient[Any, Any] = await aiohttp_client(create_app(config, engine=engine))
        return client

    return instance


async def _chat(client: TestClient[Any, Any], user: str, text: str) -> dict[str, Any]:
    resp = await client.post("/api/chat", json={"user_id": user, "text": text})
    assert resp.status == 200
    body: dict[str, Any] = await resp.json()
    return body


async def test_dialogue_alternates_between_instances(start: Any, engine: Engine) -> None:
    """A dialogue whose turns alternate between two instances completes as on one."""
    a, b = await start(engine), await start(engine)
    first = await _chat(a, "boss", "企业招人有补贴吗")
    assert (first["kind"], first["clauses"]) == ("ask", ["4"])
    second = await _chat(b, "boss", "八十个")
    assert (second["kind"], second["amount_yuan"], second["eligible"]) == ("answer", 75000, True)
    turns = ["招了本区户籍的人有奖补吗", "49个", "那招到50个呢"]
    replies = [await _chat((a, b)[n % 2], "hr", text) for n, text in enumerate(turns)]
    assert [r["amount_yuan"] for r in replies] == [None, 0, 50000]


async def test_wecom_retry_on_the_other_instance_is_not_processed_twice(start: Any, peer: WecomPeer) -> None:
    """A retry landing on B while A is still answering gets A's reply; B's engine never runs."""
    engine_a, engine_b = GatedEngine(), EchoEngine()
    a, b = await start(engine_a), await start(engine_b)
    path, body = peer.callback(peer.text("u1", "跨实例重试", msg_id=4242))
    first = asyncio.create_task(a.post(path, data=body.encode()))
    await engine_a.started.wait()
    retry = asyncio.create_task(b.post(path, data=body.encode()))
    await asyncio.sleep(0.1)
    engine_a.gate.set()
    for resp in (await first, await retry):
        assert resp.status == 200
        assert peer.open_reply(await resp.text())["Content"] == "答：跨实例重试"
    late = await b.post(path, data=body.encode())  # a third delivery, after the answer
    assert peer.open_reply(await late.text())["Content"] == "答：跨实例重试"
    assert engine_a.seen == ["跨实例重试"] and engine_b.seen == []
    dedupe = b.app[OBSERVER].registry.get_sample_value("policy_bot_dedupe_hits_total", {"channel": "wecom"})
    assert dedupe == 2


async def test_token_fetched_once_across_instances(redis_url: str, aiohttp_server: Any) -> None:
    """Two instances sending at once share one gettoken through the store's refresh lock."""
    api = FakeWecomApi(delay=0.1)
    base = str((await aiohttp_server(api.app)).make_url(""))
    stores = [await open_store(redis_url) for _ in range(2)]
    try:
        async with aiohttp.ClientSession() as s1, aiohttp.ClientSession() as s2:
            clients = [
                WecomClient(
                    session,
                    api_base=base,
                    corp_id=api.corp_id,
                    secret=api.secret,
                    cache=StoreTokenCache(store, "wecom:token:shared"),
                    timeout=2.0,
                )
                for session, store in zip((s1, s2), stores, strict=True)
            ]
            await asyncio.gather(*(c.send_text(1, f"u{n}", "hi") for n in range(10) for c in clients))
    finally:
        for store in stores:
            await store.close()
    assert api.token_fetches == 1
    assert len(api.sent) == 20
