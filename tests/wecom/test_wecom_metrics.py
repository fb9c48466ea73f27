"""The WeCom channel's metrics and logs: kinds, redeliveries, late answers, API errors, secrets."""

from __future__ import annotations

import asyncio
import logging

import pytest
from fakes.engines import SlowEngine

from bot.keys import OBSERVER

from .harness import Harness, MakeHarness


def _value(h: Harness, name: str, **labels: str) -> float | None:
    return h.app[OBSERVER].registry.get_sample_value(name, labels)


async def test_messages_counted_by_kind(wecom_app: MakeHarness) -> None:
    """A text, an image and entering the app count as answer, media and welcome."""
    h = await wecom_app()
    await h.ask(h.peer.text("u", "你好"))
    await h.ask(h.peer.message("u", "image", "<PicUrl>http://x/1.png</PicUrl>"))
    await h.ask(h.peer.event("u", "enter_agent"))
    for kind in ("answer", "media", "welcome"):
        assert _value(h, "policy_bot_messages_total", channel="wecom", kind=kind) == 1
    assert _value(h, "policy_bot_deliveries_total", channel="wecom", mode="passive") == 3
    assert _value(h, "policy_bot_message_latency_seconds_count", channel="wecom") == 1


async def test_redelivery_counts_a_dedupe_hit(wecom_app: MakeHarness) -> None:
    """WeCom's retry of an answered message is a dedupe hit, not a second message."""
    h = await wecom_app()
    message = h.peer.text("u", "重复", msg_id=99)
    assert await h.ask(message) == await h.ask(message) == "答：重复"
    assert _value(h, "policy_bot_dedupe_hits_total", channel="wecom") == 1
    assert _value(h, "policy_bot_messages_total", channel="wecom", kind="answer") == 1


async def test_late_answer_and_api_error_counted(wecom_app: MakeHarness) -> None:
    """A late answer whose message/send fails counts an active delivery and the errcode."""
    h = await wecom_app(SlowEngine(0.3), budget=0.05)
    h.api.fail_next(45009)
    assert await h.ask(h.peer.text("u", "慢")) is None
    loop = asyncio.get_running_loop()
    end = loop.time() + 3
    name = "policy_bot_wecom_api_errors_total"
    while _value(h, name, path="/cgi-bin/message/send", errcode="45009") is None:
        assert loop.time() < end, "the failed message/send was not counted"
        await asyncio.sleep(0.02)
    assert _value(h, "policy_bot_deliveries_total", channel="wecom", mode="active") == 1


async def test_logs_never_carry_secrets(wecom_app: MakeHarness, caplog: pytest.LogCaptureFixture) -> None:
    """Even at DEBUG, no line of ours holds the token, AES key, secret or an access token."""
    caplog.set_level(logging.DEBUG)
    h = await wecom_app(SlowEngine(0.2), budget=0.05)
    h.api.expire_next()
    assert await h.ask(h.peer.text("u", "一")) is None
    await h.wait_sent(1)
    await h.ask(h.peer.text("u", "二"))
    await h.wait_sent(2)
    ours = [r for r in caplog.records if r.name.startswith(("policy_bot", "bot."))]
    assert ours  # the fake API's own access log (query strings with secrets) is not ours
    text = "\n".join(r.getMessage() + repr(getattr(r, "fields", "")) for r in ours)
    for secret in (h.peer.token, h.peer.encoding_aes_key, h.api.secret, *h.api.valid_tokens):
        assert secret not in text
    assert "TOKEN-" not in text
