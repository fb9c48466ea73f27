"""What residents get on 微信客服: answers once, within WeCom's limits, never to the wrong items."""

from __future__ import annotations

import re
import time

from fakes.engines import CannedEngine, EchoEngine, knowledge_texts

from bot.wecom import texts

from .conftest import KF_A, MakeKf, warm

SEND = "/cgi-bin/kf/send_msg"
ON_EVENT = "/cgi-bin/kf/send_msg_on_event"


async def test_send_failing_mid_page_loses_and_doubles_nothing(kf_app: MakeKf) -> None:
    """A send that fails mid-page stops the page; after a restart each message is answered once."""
    h = await kf_app()
    await warm(h)
    h.backoff = h.service.backoff = ()  # no retry in this process: the restart must recover
    for n in range(3):
        h.api.kf.say(KF_A, f"wm{n}", f"问题{n}")
    h.api.fail_nth(SEND, 2, -1)
    await h.pull()
    assert [len(h.api.kf.texts_to(f"wm{n}")) for n in range(3)] == [1, 0, 0]
    assert await h.store.get(f"wecom:kf:cursor:{h.peer.corp_id}:{KF_A}") == {"cursor": f"{KF_A}.0", "cold": False}
    await h.restart()
    await h.pull()
    assert [h.api.kf.texts_to(f"wm{n}") for n in range(3)] == [[f"答：问题{n}"] for n in range(3)]
    assert h.engine.seen == ["问题0", "问题1", "问题2"]  # asked once each, replies were kept


async def test_a_lost_send_response_is_not_sent_twice(kf_app: MakeKf) -> None:
    """A send delivered but answered with an error is retried under the same msgid only."""
    h = await kf_app()
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "你好")
    h.api.fail_nth(SEND, 1, -1, after_effect=True)
    await h.pull()
    assert h.api.kf.texts_to("wm1") == ["答：你好"]
    ids = [c.body["msgid"] for c in h.api.calls_to(SEND)]
    assert len(ids) == 2 and ids[0] == ids[1]


async def test_rate_limit_backs_off_then_answers(kf_app: MakeKf) -> None:
    """45009 pauses the pull for the backoff, then the message is answered once."""
    h = await kf_app()
    await warm(h)
    h.service.backoff = (0.05,)
    h.api.kf.say(KF_A, "wm1", "你好")
    h.api.fail_nth(SEND, 1, 45009)
    await h.pull()
    calls = h.api.calls_to(SEND)
    assert h.api.kf.texts_to("wm1") == ["答：你好"]
    assert len(calls) == 2 and calls[1].at - calls[0].at >= 0.05
    assert h.service.stats.retries == 1


async def test_system_and_servicer_items_are_not_answered(kf_app: MakeKf) -> None:
    """Origin 4 events and origin 5 servicer messages never reach the engine or send_msg."""
    h = await kf_app()
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "你好")
    await h.pull()
    h.api.kf.servicer_says(KF_A, "wm1", "我是工作人员")
    h.api.kf.send_failed(KF_A, "wm1", "pbxxxx-0")
    await h.pull()
    assert h.engine.seen == ["你好"]
    assert len(h.api.calls_to(SEND)) == 1
    assert h.service.stats.send_failed == 1


async def test_welcome_once_with_a_menu(kf_app: MakeKf) -> None:
    """enter_session's welcome_code gets one msgmenu with 转人工, however often it is pulled."""
    h = await kf_app()
    await warm(h)
    h.api.kf.enter(KF_A, "wm1")
    await h.pull()
    await h.store.set(f"wecom:kf:cursor:{h.peer.corp_id}:{KF_A}", {"cursor": f"{KF_A}.0"})
    await h.pull()
    assert len(h.api.calls_to(ON_EVENT)) == 1
    (welcome,) = h.api.kf.on_event_sent
    assert welcome["msgtype"] == "msgmenu"
    assert welcome["msgmenu"]["list"][0]["click"]["content"] == "转人工"
    assert "例如" in welcome["msgmenu"]["head_content"]


async def test_a_stale_welcome_code_is_not_used(kf_app: MakeKf) -> None:
    """An enter_session older than 20 s is not answered (the code is dead)."""
    h = await kf_app()
    await warm(h)
    h.api.kf.enter(KF_A, "wm1", at=time.time() - 60)
    await h.pull()
    assert h.api.calls_to(ON_EVENT) == []


async def test_long_answers_fit_the_limits(kf_app: MakeKf) -> None:
    """A very long answer goes out in at most 5 parts of ≤ 2048 bytes with valid unique msgids."""
    h = await kf_app(CannedEngine("补贴说明。" * 1500))
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "全部政策")
    await h.pull()
    bodies = h.api.kf.sent
    assert len(bodies) == 5
    assert all(len(b["text"]["content"].encode()) <= 2048 for b in bodies)
    assert bodies[-1]["text"]["content"].endswith(knowledge_texts()["kf_truncated"])
    ids = [b["msgid"] for b in bodies]
    assert len(set(ids)) == 5
    assert all(re.fullmatch(r"[0-9A-Za-z_-]{1,32}", i) for i in ids)
    assert all(c.ok for c in h.api.calls_to(SEND))


async def test_a_batch_shares_the_five_message_budget(kf_app: MakeKf) -> None:
    """Three two-part answers to one customer: five sends in all, never a refused sixth."""
    h = await kf_app(CannedEngine("补贴说明。" * 500))
    await warm(h)
    for n in range(3):
        h.api.kf.say(KF_A, "wm1", f"问题{n}")
    await h.pull()
    assert len(h.api.kf.texts_to("wm1")) == 5
    assert all(c.ok for c in h.api.calls_to(SEND))
    assert (h.service.stats.answered, h.service.stats.over_quota) == (2, 1)


async def test_media_get_the_text_only_note(kf_app: MakeKf) -> None:
    """An image or voice message gets the same polite text as in the app channel."""
    h = await kf_app()
    await warm(h)
    h.api.kf.send_media(KF_A, "wm1", "image")
    h.api.kf.send_media(KF_A, "wm2", "voice")
    await h.pull()
    assert h.api.kf.texts_to("wm1") == [texts.say(knowledge_texts(), "text_only")]
    assert h.api.kf.texts_to("wm2") == [texts.say(knowledge_texts(), "text_only")]
    assert h.engine.seen == []


async def test_a_recalled_message_is_not_answered(kf_app: MakeKf) -> None:
    """A message recalled before the bot read it gets no answer; the next one does."""
    h = await kf_app()
    await warm(h)
    msgid = h.api.kf.say(KF_A, "wm1", "发错了")
    h.api.kf.recall(KF_A, "wm1", msgid)
    h.api.kf.say(KF_A, "wm1", "你好")
    await h.pull()
    assert h.api.kf.texts_to("wm1") == ["答：你好"]


async def test_messages_over_the_age_limit_are_not_answered(kf_app: MakeKf) -> None:
    """A customer message older than WECOM_KF_MAX_AGE is skipped, a fresh one answered."""
    h = await kf_app(EchoEngine(), max_age=600)
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "很久以前", at=time.time() - 3600)
    h.api.kf.say(KF_A, "wm2", "刚才")
    await h.pull()
    assert h.api.kf.texts_to("wm1") == []
    assert h.api.kf.texts_to("wm2") == ["答：刚才"]
    assert h.service.stats.too_old == 1


async def test_kf_counters_are_on_metrics(kf_app: MakeKf) -> None:
    """/metrics shows the kf channel's counters, and they move as messages are answered."""
    h = await kf_app()
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "你好")
    await h.pull()
    body = await (await h.client.get("/metrics")).text()
    answered = re.search(r'policy_bot_kf_events_total\{event="answered"\} (\d+)', body)
    assert answered is not None and int(answered.group(1)) == h.service.stats.answered >= 1


async def test_kf_turns_are_counted_like_other_channels(kf_app: MakeKf) -> None:
    """A 微信客服 answer shows up in policy_bot_messages_total and the latency histogram."""
    h = await kf_app()
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "你好")
    await h.pull()
    registry = h.service.observer.registry
    assert registry.get_sample_value("policy_bot_messages_total", {"channel": "kf", "kind": "answer"}) == 1
    assert registry.get_sample_value("policy_bot_message_latency_seconds_count", {"channel": "kf"}) == 1
