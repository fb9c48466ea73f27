"""/metrics and the per-message log line: counters move as messages flow; no user data leaks."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from prometheus_client.parser import text_string_to_metric_families

from bot.app import create_app
from bot.config import Config
from bot.observe import JsonFormatter, Observer
from handlers.engine import Engine

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


async def _scrape(client: TestClient[Any, Any]) -> Samples:
    resp = await client.get("/metrics")
    assert resp.status == 200
    assert resp.headers["Content-Type"].startswith("text/plain; version=0.0.4")
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(await resp.text())
        for s in family.samples
    }


@pytest.fixture
async def client(engine: Engine, tmp_path: Path, aiohttp_client: Any) -> TestClient[Any, Any]:
    config = Config(data_dir=tmp_path, store_url="memory://")
    c: TestClient[Any, Any] = await aiohttp_client(create_app(config, engine=engine))
    return c


async def test_metrics_move_as_messages_flow(client: TestClient[Any, Any]) -> None:
    """Scraping after three /api/chat turns shows them by kind, clause, latency and fallback."""
    before = await _scrape(client)
    assert ("policy_bot_messages_total", (("channel", "api"), ("kind", "ask"))) not in before
    for text in ("企业招人有补贴吗", "八十个", "今天天气怎么样"):
        resp = await client.post("/api/chat", json={"user_id": "m1", "text": text})
        assert resp.status == 200
    after = await _scrape(client)
    api = ("channel", "api")
    assert after["policy_bot_messages_total", (api, ("kind", "ask"))] == 1
    assert after["policy_bot_messages_total", (api, ("kind", "answer"))] == 1
    assert after["policy_bot_messages_total", (api, ("kind", "fallback"))] == 1
    assert after["policy_bot_fallbacks_total", (api,)] == 1
    assert after["policy_bot_clause_hits_total", (("clause", "4"),)] == 2
    assert after["policy_bot_message_latency_seconds_count", (api,)] == 3
    assert after["policy_bot_inflight_messages", ()] == 0


async def test_each_app_has_its_own_registry(engine: Engine, tmp_path: Path) -> None:
    """Two apps in one process count separately (no global registry)."""
    config = Config(data_dir=tmp_path, store_url="memory://")
    first, second = Observer(), Observer()
    first.message("api", "u", "help")
    assert first.registry.get_sample_value("policy_bot_messages_total", {"channel": "api", "kind": "help"}) == 1
    assert second.registry.get_sample_value("policy_bot_messages_total", {"channel": "api", "kind": "help"}) is None
    create_app(config, engine=engine)
    create_app(config, engine=engine)  # would raise "Duplicated timeseries" on a shared registry


async def test_one_json_line_per_message_with_hashed_user(
    client: TestClient[Any, Any], caplog: pytest.LogCaptureFixture
) -> None:
    """At INFO a message logs one line: hashed user, channel, kind, clause, latency; no text."""
    caplog.set_level(logging.INFO, logger="policy_bot.message")
    await client.post("/api/chat", json={"user_id": "13800138000", "text": "企业招人有补贴吗"})
    records = [r for r in caplog.records if r.name == "policy_bot.message"]
    assert len(records) == 1
    line = JsonFormatter().format(records[0])
    assert "\n" not in line
    fields = json.loads(line)
    assert fields["channel"] == "api" and fields["kind"] == "ask" and fields["clause"] == "4"
    assert isinstance(fields["latency_ms"], float)
    assert len(fields["user"]) == 16 and "13800138000" not in line
    assert "text" not in fields and "企业招人" not in line


async def test_user_text_only_at_debug(client: TestClient[Any, Any], caplog: pytest.LogCaptureFixture) -> None:
    """At DEBUG the message line also carries the user's text."""
    caplog.set_level(logging.DEBUG, logger="policy_bot.message")
    await client.post("/api/chat", json={"user_id": "u", "text": "帮助"})
    (record,) = [r for r in caplog.records if r.name == "policy_bot.message"]
    assert json.loads(JsonFormatter().format(record))["text"] == "帮助"


def test_user_hash_depends_on_the_salt() -> None:
    """The same user hashes alike on every instance with one salt, differently with another."""
    assert Observer(salt="a").user_hash("u") == Observer(salt="a").user_hash("u")
    assert Observer(salt="a").user_hash("u") != Observer(salt="b").user_hash("u")
