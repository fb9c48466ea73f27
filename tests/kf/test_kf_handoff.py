"""Hand-off to a human: 转人工 moves the session; the bot is silent while a human owns it."""

from __future__ import annotations

from fakes.engines import knowledge_texts

from bot.wecom.kf import texts

from .conftest import KF_A, MakeKf, warm

SEND = "/cgi-bin/kf/send_msg"


async def test_asking_for_a_human_queues_the_session(kf_app: MakeKf) -> None:
    """转人工 moves the session to the queue (2) with a notice; later texts go unanswered."""
    h = await kf_app()
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "转人工")
    await h.pull()
    assert h.api.kf.transitions == [{"open_kfid": KF_A, "external_userid": "wm1", "service_state": 2}]
    assert [b["text"]["content"] for b in h.api.kf.on_event_sent] == [knowledge_texts()["kf_handoff_queued"]]
    h.api.kf.say(KF_A, "wm1", "有人吗")
    await h.pull()
    assert h.api.calls_to(SEND) == []
    assert h.engine.seen == []


async def test_the_menu_click_goes_to_the_on_duty_servicer(kf_app: MakeKf) -> None:
    """The welcome menu's click hands the session to WECOM_KF_SERVICER (state 3)."""
    h = await kf_app(servicer="zhangsan")
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "转人工", menu_id=texts.HANDOFF_MENU_ID)
    await h.pull()
    assert h.api.kf.transitions == [
        {"open_kfid": KF_A, "external_userid": "wm1", "service_state": 3, "servicer_userid": "zhangsan"}
    ]
    assert h.api.kf.session(KF_A, "wm1").state == 3


async def test_an_off_duty_servicer_falls_back_to_the_queue(kf_app: MakeKf) -> None:
    """When the configured servicer cannot take it, the session is queued instead."""
    h = await kf_app(servicer="lisi")
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "人工客服")
    await h.pull()
    assert h.api.kf.session(KF_A, "wm1").state == 2
    assert len(h.api.kf.on_event_sent) == 1


async def test_silent_while_a_human_serves_then_resumes(kf_app: MakeKf) -> None:
    """State 3 (a servicer took the chat): no answers; after the session ends the bot is back."""
    h = await kf_app()
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "你好")
    await h.pull()
    h.api.kf.servicer_takes(KF_A, "wm1")
    h.api.kf.say(KF_A, "wm1", "问工作人员")
    h.api.kf.servicer_says(KF_A, "wm1", "请讲")
    await h.pull()
    assert h.engine.seen == ["你好"]
    h.api.kf.servicer_ends(KF_A, "wm1")
    h.api.kf.say(KF_A, "wm1", "还有一个问题")
    await h.pull()
    assert h.api.kf.texts_to("wm1") == ["答：你好", "答：还有一个问题"]
    assert [b["text"]["content"] for b in h.api.kf.on_event_sent] == [knowledge_texts()["kf_resumed"]]
    assert all(c.ok for c in h.api.calls_to(SEND))


async def test_a_session_taken_unseen_is_detected_by_95018(kf_app: MakeKf) -> None:
    """If WeCom says the session is not ours (95018), the bot stops answering that customer."""
    h = await kf_app()
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "你好")
    h.api.kf.session(KF_A, "wm1").state = 3  # taken without an event the bot has seen
    await h.pull()
    h.api.kf.say(KF_A, "wm1", "再问")
    await h.pull()
    assert len(h.api.calls_to(SEND)) == 1
    assert h.service.stats.silent == 2
