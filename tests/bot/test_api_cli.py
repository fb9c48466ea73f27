"""The outside contracts: ``POST /api/chat``, ``GET /healthz`` and ``policy-bot ask``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.app import create_app
from bot.cli import main
from bot.config import Config
from bot.stores.memory import MemoryStore
from handlers.dialogue import Dialogue
from handlers.engine import Engine
from knowledge.loader import load

_DIALOGUE: Dialogue | None = None


def engine() -> Engine:
    global _DIALOGUE
    if _DIALOGUE is None:
        _DIALOGUE = Dialogue(load())
    return Engine(_DIALOGUE)


def config(tmp_path: Path, **env: str) -> Config:
    return Config.from_env({"BOT_DATA_DIR": str(tmp_path), "BOT_STORE": "memory://", **env})


@pytest.fixture
async def client(aiohttp_client: Any, tmp_path: Path) -> TestClient:
    return await aiohttp_client(create_app(config(tmp_path), store=MemoryStore(), engine=engine()))


async def test_chat_returns_the_contract_fields(client: TestClient) -> None:
    """The README's example: 10万元, clause 4, eligible, kind answer."""
    resp = await client.post("/api/chat", json={"user_id": "u1", "text": "我们公司招了120个本区户籍的人能拿多少"})
    assert resp.status == 200
    body = await resp.json()
    assert {k: body[k] for k in ("kind", "clauses", "amount_yuan", "eligible")} == {
        "kind": "answer",
        "clauses": ["4"],
        "amount_yuan": 100000,
        "eligible": True,
    }
    assert body["reply"].startswith("可享受10万元")


async def test_chat_dialogue_continues_between_requests(client: TestClient) -> None:
    """A follow-up answer from the same user completes the ask."""
    first = await (await client.post("/api/chat", json={"user_id": "u9", "text": "企业招人有补贴吗"})).json()
    second = await (await client.post("/api/chat", json={"user_id": "u9", "text": "八十个"})).json()
    assert (first["kind"], first["clauses"]) == ("ask", ["4"])
    assert (second["kind"], second["amount_yuan"]) == ("answer", 75000)


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[]",
        b'{"user_id": "", "text": "x"}',
        b'{"user_id": "u", "text": 3}',
        b'{"text": "x"}',
        json.dumps({"user_id": "x" * 129, "text": "x"}).encode(),
        b"\xff\xfe",
    ],
)
async def test_bad_bodies_are_400(client: TestClient, body: bytes) -> None:
    """Malformed JSON or fields get 400 with an error message, no traceback."""
    resp = await client.post("/api/chat", data=body, headers={"Content-Type": "application/json"})
    assert resp.status == 400
    assert "error" in await resp.json()


async def test_body_over_64_kib_is_413(client: TestClient) -> None:
    """A body over 64 KiB is refused."""
    resp = await client.post("/api/chat", data=b"x" * (64 * 1024 + 1))
    assert resp.status == 413


async def test_bearer_token_required_when_configured(aiohttp_client: Any, tmp_path: Path) -> None:
    """With BOT_API_TOKEN set, a missing or wrong token is 401 and the right one passes."""
    app = create_app(config(tmp_path, BOT_API_TOKEN="s3cret"), store=MemoryStore(), engine=engine())
    client = await aiohttp_client(app)
    body = {"user_id": "u1", "text": "帮助"}
    assert (await client.post("/api/chat", json=body)).status == 401
    wrong = {"Authorization": "Bearer nope"}
    assert (await client.post("/api/chat", json=body, headers=wrong)).status == 401
    right = {"Authorization": "Bearer s3cret"}
    assert (await client.post("/api/chat", json=body, headers=right)).status == 200


async def test_healthz_names_the_document(client: TestClient) -> None:
    """/healthz is ok and says which document and data version it serves."""
    body = await (await client.get("/healthz")).json()
    assert body["status"] == "ok" and body["document_status"] == "征求意见稿" and body["data_version"]


def test_ask_prints_the_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`policy-bot ask --json` prints the same fields as the API."""
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("BOT_STORE", f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    assert main(["ask", "--json", "我们公司招了120个本区户籍的人能拿多少"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert (body["amount_yuan"], body["clauses"]) == (100000, ["4"])


def test_bad_configuration_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A half-given WeCom configuration stops with a line naming the variable."""
    monkeypatch.setenv("WECOM_CORP_ID", "ww1")
    monkeypatch.delenv("WECOM_TOKEN", raising=False)
    assert main(["ask", "你好"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "WECOM_TOKEN" in err[0]


def test_chat_answers_the_readme_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`policy-bot chat` answers the README's first question with 10万元 and its steps."""
    import io

    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("BOT_STORE", "memory://")
    monkeypatch.setattr("sys.stdin", io.StringIO("我们公司招了120个本区户籍的人能拿多少\n"))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert "可享受10万元" in out and "取整2档" in out


def test_version_names_document_and_data(capsys: pytest.CaptureFixture[str]) -> None:
    """`policy-bot --version` prints the package, data version, title and status."""
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("policy-bot ") and "征求意见稿" in out and "data 2" in out
