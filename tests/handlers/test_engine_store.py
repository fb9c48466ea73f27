"""``Engine.handle``: state in the store, one dialogue per (channel, user), restarts survived."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.stores import open_store
from handlers.dialogue import Dialogue
from handlers.engine import Engine


async def test_half_finished_dialogue_survives_a_restart(dialogue: Dialogue, tmp_path: Path) -> None:
    """An ask stored in SQLite is answered after the store (and engine) are reopened."""
    url = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    store = await open_store(url)
    ask = await Engine(dialogue).handle(store, "api", "u1", "企业招人有补贴吗")
    await store.close()
    assert ask.kind == "ask"
    reopened = await open_store(url)
    try:
        answer = await Engine(dialogue).handle(reopened, "api", "u1", "八十个")
    finally:
        await reopened.close()
    assert answer.amount_yuan == 75000


async def test_channels_and_users_have_separate_dialogues(dialogue: Dialogue) -> None:
    """The same user id on two channels, and two users, do not share state."""
    store = await open_store("memory://")
    engine = Engine(dialogue)
    await engine.handle(store, "api", "u1", "企业招人有补贴吗")
    other_channel = await engine.handle(store, "wecom", "u1", "八十个")
    other_user = await engine.handle(store, "api", "u2", "八十个")
    same = await engine.handle(store, "api", "u1", "八十个")
    await store.close()
    assert other_channel.kind != "answer" and other_user.kind != "answer"
    assert same.amount_yuan == 75000


async def test_concurrent_messages_of_one_user_are_serialised(dialogue: Dialogue) -> None:
    """Ten concurrent turns of one user all land in the stored dialogue (one lock per user)."""
    store = await open_store("memory://")
    engine = Engine(dialogue)
    await asyncio.gather(*(engine.handle(store, "api", "u1", f"招了{n}个本区户籍的人") for n in range(50, 60)))
    state = await store.get("session:api:u1")
    await store.close()
    assert state["facts"]["hires"] in range(50, 60)


async def test_a_dialogue_fault_is_a_polite_reply_and_keeps_the_state(
    dialogue: Dialogue, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A reading the dialogue has not met raises inside it: the user gets the fixed apology, the
    traceback goes to the log, and the question asked before is still there to answer."""
    store = await open_store("memory://")
    engine = Engine(dialogue)
    ask = await engine.handle(store, "api", "u1", "企业招人有补贴吗")
    assert ask.kind == "ask"

    def broken(state: dict[str, object], text: str) -> None:
        raise ArithmeticError("a reading not met")

    with monkeypatch.context() as patched:
        patched.setattr(dialogue, "respond", broken)
        failed = await engine.handle(store, "api", "u1", "八十个")
    assert failed.kind == "fallback" and "没能处理好" in failed.text and "Traceback" not in failed.text
    assert "dialogue failed" in caplog.text
    answer = await engine.handle(store, "api", "u1", "八十个")
    assert answer.amount_yuan == 75000
    await store.close()
