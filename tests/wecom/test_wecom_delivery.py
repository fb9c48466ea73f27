"""Once, in order, in time or later: slow answers, redeliveries, long answers and floods."""

from __future__ import annotations

import asyncio
import logging

import pytest
from fakes.engines import CannedEngine, EchoEngine, GatedEngine, SlowEngine, knowledge_texts

from bot.wecom import WECOM
from bot.wecom.split import MAX_BYTES

from .harness import MakeHarness


async def test_slow_answer_goes_out_through_message_send(wecom_app: MakeHarness) -> None:
    """Past the budget: an empty 200 now, the answer via message/send, surviving a 42001."""
    h = await wecom_app(SlowEngine(0.4), budget=0.1)
    h.api.expire_next()  # the first send is told the token expired
    status, body = await h.post(h.peer.text("lisi", "技师证书补贴多少"))
    assert (status, body) == (200, "")
    assert await h.wait_sent(1) == ["答：技师证书补贴多少"]
    sent = h.api.sent[0]
    assert sent["touser"] == "lisi"
    assert sent["agentid"] == h.peer.agent_id
    assert sent["msgtype"] == "text"
    assert h.api.token_fetches == 2  # the expired token was replaced once


async def test_blocking_engine_still_answers_late_not_lost(wecom_app: MakeHarness) -> None:
    """An engine that blocks the loop past the budget gets its answer sent actively."""
    import time as time_module

    class Blocking(EchoEngine):
        def respond(self, state, text):  # type: ignore[no-untyped-def]
            time_module.sleep(0.3)
            return super().respond(state, text)

    h = await wecom_app(Blocking(), budget=0.1)
    assert await h.ask(h.peer.text("u", "慢")) is None
    assert await h.wait_sent(1) == ["答：慢"]


async def test_late_answer_without_secret_is_dropped_and_logged(
    wecom_app: MakeHarness, caplog: pytest.LogCaptureFixture
) -> None:
    """Without WECOM_SECRET a late answer cannot be sent: logged, nothing called."""
    h = await wecom_app(SlowEngine(0.3), budget=0.05, secret=None)
    with caplog.at_level(logging.WARNING, logger="bot.wecom"):
        assert await h.ask(h.peer.text("u", "hi")) is None
        await h.app[WECOM].drain()
    assert "dropped" in caplog.text
    assert h.api.calls == []


async def test_duplicate_msgid_after_answer_gets_same_reply(wecom_app: MakeHarness) -> None:
    """A redelivered MsgId returns the same passive reply and is answered once."""
    h = await wecom_app()
    message = h.peer.text("u", "问题一", msg_id=42)
    first = await h.ask(message)
    second = await h.ask(message)
    assert first == second == "答：问题一"
    assert h.engine.seen == ["问题一"]  # type: ignore[attr-defined]


async def test_duplicate_while_running_is_not_processed_again(wecom_app: MakeHarness) -> None:
    """A retry arriving while the first delivery runs waits for and shares its reply."""
    engine = GatedEngine()
    h = await wecom_app(engine, budget=2.0)
    message = h.peer.text("u", "问题二", msg_id=43)
    first = asyncio.create_task(h.ask(message))
    await engine.started.wait()
    second = asyncio.create_task(h.ask(message))
    await asyncio.sleep(0.1)
    engine.gate.set()
    assert await first == "答：问题二"
    assert await second == "答：问题二"
    assert engine.seen == ["问题二"]
    assert h.api.sent == []


async def test_duplicate_of_late_answer_gets_empty_200_and_one_send(
    wecom_app: MakeHarness,
) -> None:
    """Retries of a message answered late get empty 200s; the answer is sent once."""
    engine = SlowEngine(0.3)
    h = await wecom_app(engine, budget=0.05)
    message = h.peer.text("u", "问题三", msg_id=44)
    results = [await h.ask(message) for _ in range(3)]
    assert results == [None, None, None]
    assert await h.wait_sent(1) == ["答：问题三"]
    await h.app[WECOM].drain()
    assert len(h.api.sent) == 1
    assert engine.seen == ["问题三"]


async def test_long_answer_is_split_and_sent_in_order(wecom_app: MakeHarness) -> None:
    """A 6,000-byte answer arrives as ordered message/send parts of at most 2048 bytes."""
    lines = [f"第{n:03d}条：符合条件的企业可按规定申领相应补贴。" for n in range(1, 200)]
    answer = "\n".join(lines)
    while len(answer.encode()) < 6000:
        answer += "\n补充说明。"
    h = await wecom_app(CannedEngine(answer))
    assert await h.ask(h.peer.text("u", "long")) is None
    await h.app[WECOM].drain()
    parts = [body["text"]["content"] for body in h.api.sent]
    assert len(parts) >= 3
    assert all(len(p.encode()) <= MAX_BYTES for p in parts)
    assert "\n".join(parts) == answer  # cut on line breaks, nothing lost or reordered


async def test_one_users_messages_are_answered_in_order(wecom_app: MakeHarness) -> None:
    """A slow first question does not let the second one's answer overtake it."""

    class FirstSlow(EchoEngine):
        async def handle(self, store, channel, user_id, text, *, ttl=1800):  # type: ignore[no-untyped-def]
            if text == "一":
                await asyncio.sleep(0.3)
            return await super().handle(store, channel, user_id, text, ttl=ttl)

    h = await wecom_app(FirstSlow(), budget=0.1)
    first = asyncio.create_task(h.ask(h.peer.text("u", "一")))
    await asyncio.sleep(0.02)
    second = asyncio.create_task(h.ask(h.peer.text("u", "二")))
    assert await first is None
    assert await second is None
    assert await h.wait_sent(2) == ["答：一", "答：二"]


async def test_flood_gets_twenty_answers_and_one_notice(wecom_app: MakeHarness) -> None:
    """25 messages within one minute: 20 answers, one polite notice, then silence."""
    h = await wecom_app()
    h.app[WECOM].flood.clock = lambda: 1_700_000_000.0  # one fixed minute window
    replies = [await h.ask(h.peer.text("flooder", f"问题{n}")) for n in range(25)]
    assert replies[:20] == [f"答：问题{n}" for n in range(20)]
    assert replies[20] == knowledge_texts()["flood_notice"]
    assert replies[21:] == [None] * 4
    other = await h.ask(h.peer.text("calm", "你好"))
    assert other == "答：你好"  # the limit is per user


async def test_redelivery_to_another_instance_shares_the_reply(wecom_app: MakeHarness) -> None:
    """Two instances on one store: a retry landing on the second waits for the first's reply."""
    engine_a, engine_b = GatedEngine(), EchoEngine()
    a = await wecom_app(engine_a, budget=2.0)
    b = await wecom_app(engine_b, budget=2.0, store=a.store)
    message = a.peer.text("u", "跨实例", msg_id=77)
    first = asyncio.create_task(a.ask(message))
    await engine_a.started.wait()
    retry = asyncio.create_task(b.ask(message))
    await asyncio.sleep(0.1)
    engine_a.gate.set()
    assert await first == "答：跨实例"
    assert await retry == "答：跨实例"
    assert engine_b.seen == []
