"""Operators: the unanswered-question report, and knowledge reloads on a running server."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from bot.app import create_app
from bot.cli import main
from bot.config import Config
from bot.report import cluster, parse_since, render
from bot.stores import open_store
from bot.stores.memory import MemoryStore
from handlers.engine import UNANSWERED_KEY, Engine
from knowledge.loader import default_path


async def test_fallbacks_and_clarifications_are_recorded(dialogue: Any) -> None:
    """A fallback is logged with channel, hashed user, time and nearest clauses; answers are not."""
    store = MemoryStore()
    engine = Engine(dialogue)
    await engine.handle(store, "api", "alice", "失业金怎么领")
    await engine.handle(store, "api", "alice", "我们公司招了120个本区户籍的人能拿多少")
    records = await store.items(UNANSWERED_KEY)
    await store.close()
    assert len(records) == 1
    record = records[0]
    assert record["text"] == "失业金怎么领" and record["channel"] == "api" and record["kind"] == "fallback"
    assert "alice" not in record["user"] and len(record["user"]) == 16
    assert abs(record["time"] - time.time()) < 60 and len(record["candidates"]) == 3


def test_report_clusters_near_duplicates_with_counts() -> None:
    """Near-duplicate questions form one cluster; clusters are ordered by count."""
    now = time.time()
    texts = ["失业金怎么领", "失业金怎么领啊", "失业金 怎么领？", "租房补贴多少", "租房补贴是多少", "今天天气"]
    records = [
        {"time": now, "user": f"u{i}", "text": t, "kind": "fallback", "candidates": [["8", 1.2]]}
        for i, t in enumerate(texts)
    ]
    clusters = cluster(records)
    assert [c.count for c in clusters] == [3, 2, 1]
    assert clusters[0].text == "失业金怎么领" and len(clusters[0].users) == 3
    text = render(clusters, since="7d", total=len(records), limit=10)
    assert "共6条，3类" in text and "3次 / 3人  失业金怎么领" in text and "最接近第8条" in text


def test_since_periods() -> None:
    """--since takes hours, days or weeks and refuses anything else."""
    assert parse_since("24h") == 86400 and parse_since("7d") == 7 * 86400 and parse_since("2w") == 14 * 86400
    with pytest.raises(ValueError, match="--since"):
        parse_since("yesterday")


async def test_report_command_reads_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], dialogue: Any
) -> None:
    """`policy-bot report` prints the clusters recorded in the configured store."""
    url = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    store = await open_store(url)
    engine = Engine(dialogue)
    for text in ("育儿补贴怎么申请", "育儿补贴怎么申请呀", "失业金怎么领"):
        await engine.handle(store, "api", "bob", text)
    await store.close()
    monkeypatch.setenv("BOT_STORE", url)
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path))
    assert await asyncio.to_thread(main, ["report", "--since", "1d"]) == 0
    out = capsys.readouterr().out
    assert "共3条，2类" in out and "2次 / 1人  育儿补贴怎么申请" in out


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    copy = tmp_path / "knowledge"
    shutil.copytree(default_path(), copy)
    return copy


async def _ask(client: Any, user: str, text: str) -> dict[str, Any]:
    resp = await client.post("/api/chat", json={"user_id": user, "text": text})
    assert resp.status == 200
    body: dict[str, Any] = await resp.json()
    return body


async def test_reload_good_and_bad_data_on_a_running_server(
    aiohttp_client: Any, tmp_path: Path, knowledge: Path
) -> None:
    """A changed amount shows in the next answer; broken data is refused and old answers stay."""
    env = {
        "BOT_DATA_DIR": str(tmp_path),
        "BOT_STORE": "memory://",
        "BOT_KNOWLEDGE_DIR": str(knowledge),
        "BOT_ADMIN_TOKEN": "adm1n",
    }
    client = await aiohttp_client(create_app(Config.from_env(env), store=MemoryStore()))
    question = "我们公司招了120个本区户籍的人能拿多少"
    assert (await _ask(client, "u1", question))["amount_yuan"] == 100000
    pending = await _ask(client, "u2", "企业招人有补贴吗")  # a dialogue in progress across the reload
    assert pending["kind"] == "ask"

    rules = knowledge / "clauses" / "04.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("increment: 25000", "increment: 30000"), "utf-8")
    auth = {"Authorization": "Bearer adm1n"}
    assert (await client.post("/admin/reload")).status == 401
    resp = await client.post("/admin/reload", headers=auth)
    assert resp.status == 200 and (await resp.json())["status"] == "reloaded"
    assert (await _ask(client, "u1", question))["amount_yuan"] == 50000 + 2 * 30000
    assert (await _ask(client, "u2", "八十个"))["amount_yuan"] == 50000 + 30000

    rules.write_text(rules.read_text(encoding="utf-8").replace("kind: tiered", "kind: magic"), "utf-8")
    resp = await client.post("/admin/reload", headers=auth)
    assert resp.status == 422
    assert any("unknown calculator kind 'magic'" in p for p in (await resp.json())["problems"])
    assert (await _ask(client, "u1", question))["amount_yuan"] == 110000


async def test_sighup_reloads(aiohttp_client: Any, tmp_path: Path, knowledge: Path) -> None:
    """SIGHUP to the serving process swaps in the edited data."""
    env = {"BOT_DATA_DIR": str(tmp_path), "BOT_STORE": "memory://", "BOT_KNOWLEDGE_DIR": str(knowledge)}
    client = await aiohttp_client(create_app(Config.from_env(env), store=MemoryStore()))
    rules = knowledge / "clauses" / "12.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("一等奖: 2000", "一等奖: 2600"), "utf-8")
    os.kill(os.getpid(), signal.SIGHUP)
    for _ in range(100):
        body = await _ask(client, "u3", "区级职业技能竞赛一等奖奖多少")
        if body["amount_yuan"] == 2600:
            break
        await asyncio.sleep(0.05)
    assert body["amount_yuan"] == 2600


async def test_admin_reload_disabled_without_token(aiohttp_client: Any, tmp_path: Path) -> None:
    """Without BOT_ADMIN_TOKEN the endpoint does not exist."""
    config = Config.from_env({"BOT_DATA_DIR": str(tmp_path), "BOT_STORE": "memory://"})
    client = await aiohttp_client(create_app(config, store=MemoryStore(), engine=Engine()))
    assert (await client.post("/admin/reload")).status == 404
