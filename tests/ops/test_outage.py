"""A store outage: users get a polite "try later", WeCom gets its 200, operators see it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from fakes.engines import knowledge_texts
from fakes.fake_wecom_api import FakeWecomApi
from fakes.stores import FailingStore
from fakes.wecom_peer import WecomPeer

from bot.app import create_app
from bot.config import Config
from bot.keys import OBSERVER
from handlers.engine import Engine

from .conftest import wecom_config

BUSY = "系统繁忙，请稍后再试。"


@pytest.fixture
async def outage(engine: Engine, peer: WecomPeer, tmp_path: Path, aiohttp_client: Any, aiohttp_server: Any) -> Any:
    api = FakeWecomApi(corp_id=peer.corp_id)
    base = str((await aiohttp_server(api.app)).make_url(""))
    config = Config(data_dir=tmp_path, store_url="memory://", wecom=wecom_config(peer, base))
    return await aiohttp_client(create_app(config, store=FailingStore(), engine=engine))


async def test_api_answers_503_with_the_contract_fields(outage: Any, caplog: pytest.LogCaptureFixture) -> None:
    """/api/chat during an outage: 503, the polite reply, the five fields; counted and logged."""
    resp = await outage.post("/api/chat", json={"user_id": "u", "text": "企业招人有补贴吗"})
    assert resp.status == 503
    assert await resp.json() == {
        "reply": BUSY,
        "kind": "fallback",
        "clauses": [],
        "amount_yuan": None,
        "eligible": None,
    }
    registry = outage.app[OBSERVER].registry
    assert registry.get_sample_value("policy_bot_store_errors_total", {"channel": "api"}) == 1
    assert registry.get_sample_value("policy_bot_messages_total", {"channel": "api", "kind": "busy"}) == 1
    errors = [r for r in caplog.records if r.name == "policy_bot.store"]
    assert errors and errors[0].levelno == logging.ERROR


async def test_wecom_answers_200_with_the_apology(outage: Any, peer: WecomPeer) -> None:
    """A WeCom message during an outage gets a 200 and the apology, so WeCom does not retry."""
    path, body = peer.callback(peer.text("u", "你好"))
    resp = await outage.post(path, data=body.encode())
    assert resp.status == 200
    assert peer.open_reply(await resp.text())["Content"] == knowledge_texts()["store_busy"] == BUSY
    assert outage.app[OBSERVER].registry.get_sample_value("policy_bot_store_errors_total", {"channel": "wecom"}) == 1


async def test_metrics_and_health_still_answer(outage: Any) -> None:
    """/metrics and /healthz do not touch the store, so they work through the outage."""
    assert (await outage.get("/healthz")).status == 200
    assert "policy_bot_store_errors_total" in await (await outage.get("/metrics")).text()
