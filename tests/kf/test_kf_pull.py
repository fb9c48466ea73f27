"""Pulling 微信客服 messages: callbacks, cursors, pages, restarts and concurrency."""

from __future__ import annotations

import asyncio
import time

from fakes.engines import EchoEngine

from .conftest import KF_A, KF_B, MakeKf, kf_event_xml, warm

SYNC = "/cgi-bin/kf/sync_msg"


async def test_callback_is_answered_at_once_then_pulled(kf_app: MakeKf) -> None:
    """The callback gets an empty 200 while WeCom is slow; the pull then sends a correct body."""
    h = await kf_app()
    h.api.gate = asyncio.Event()
    token = h.api.kf.token(KF_A)
    started = time.monotonic()
    h.posted += 1
    status, body = await h.post(kf_event_xml(h.peer.corp_id, KF_A, token))
    assert (status, body) == (200, "")
    assert time.monotonic() - started < 1.0  # WeCom gives up after 5 s
    h.api.gate.set()
    await h.settle()
    assert h.api.kf.syncs == [{"token": token, "limit": 1000, "open_kfid": KF_A}]


async def test_other_events_and_tokenless_callbacks_never_pull(kf_app: MakeKf) -> None:
    """Non-kf events are left to the app channel; a kf event without Token triggers nothing."""
    h = await kf_app()
    status, _ = await h.post(h.peer.event("zhangsan", "change_contact"))
    assert status == 200
    status, _ = await h.callback(KF_A, token=None)
    assert status == 200
    await h.settle()
    assert h.api.calls_to(SYNC) == []


async def test_cold_start_drains_the_backlog_silently(kf_app: MakeKf) -> None:
    """With no cursor yet, existing messages are read to the end but not answered."""
    h = await kf_app(page_size=2)
    for n in range(5):
        h.api.kf.say(KF_A, f"wm{n}", f"旧问题{n}")
    await h.pull()
    assert h.api.kf.sent == []
    assert h.service.stats.backlog_skipped == 5
    assert len(h.api.kf.syncs) == 3
    h.api.kf.say(KF_A, "wm0", "新问题")
    await h.pull()
    assert h.api.kf.texts_to("wm0") == ["答：新问题"]
    assert h.api.kf.syncs[-1]["cursor"] == f"{KF_A}.5"


async def test_pages_with_an_empty_has_more_page(kf_app: MakeKf) -> None:
    """Every message of several pages is answered once, across an empty has_more=1 page."""
    h = await kf_app(page_size=2)
    await warm(h)
    for n in range(5):
        h.api.kf.say(KF_A, f"wm{n}", f"问题{n}")
    h.api.kf.empty_pages[KF_A] = 1
    await h.pull()
    assert sorted(b["text"]["content"] for b in h.api.kf.sent) == [f"答：问题{n}" for n in range(5)]
    cursors = [s.get("cursor") for s in h.api.kf.syncs[1:]]
    assert cursors == [f"{KF_A}.0", f"{KF_A}.0", f"{KF_A}.2", f"{KF_A}.4"]


async def test_restart_resumes_from_the_stored_cursor(kf_app: MakeKf) -> None:
    """A new process reads on from where the last one committed, answering only new messages."""
    h = await kf_app()
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "第一")
    await h.pull()
    await h.restart()
    h.api.kf.say(KF_A, "wm1", "第二")
    await h.pull()
    assert h.api.kf.texts_to("wm1") == ["答：第一", "答：第二"]
    assert h.api.kf.syncs[-1]["cursor"] == f"{KF_A}.1"


async def test_repeated_and_concurrent_callbacks_answer_once(kf_app: MakeKf) -> None:
    """The same callback three times, then five at once: one reply per message."""
    h = await kf_app()
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "你好")
    token = h.api.kf.token(KF_A)
    for _ in range(3):
        await h.callback(KF_A, token)
    h.api.kf.say(KF_A, "wm2", "在吗")
    await asyncio.gather(*(h.callback(KF_A) for _ in range(5)))
    await h.settle()
    assert h.api.kf.texts_to("wm1") == ["答：你好"]
    assert h.api.kf.texts_to("wm2") == ["答：在吗"]


async def test_callbacks_during_a_pass_cause_exactly_one_more(kf_app: MakeKf) -> None:
    """Callbacks landing while a pass runs are folded into one further pass."""
    h = await kf_app()
    await warm(h)
    h.api.gate = asyncio.Event()
    await h.callback()
    while len(h.api.calls_to(SYNC)) < 2:  # the pass is waiting on sync_msg
        await asyncio.sleep(0)
    h.api.kf.say(KF_A, "wm1", "你好")
    for _ in range(3):
        await h.callback()
    h.api.gate.set()
    await h.settle()
    assert len(h.api.calls_to(SYNC)) == 3
    assert h.api.kf.texts_to("wm1") == ["答：你好"]


async def test_a_replayed_page_is_not_answered_again(kf_app: MakeKf) -> None:
    """Messages seen again after the cursor moved back are skipped by their msgid."""
    h = await kf_app()
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "一")
    h.api.kf.say(KF_A, "wm2", "二")
    await h.pull()
    await h.store.set(f"wecom:kf:cursor:{h.peer.corp_id}:{KF_A}", {"cursor": f"{KF_A}.0"})
    h.api.kf.say(KF_A, "wm3", "三")
    await h.pull()
    assert [len(h.api.kf.texts_to(u)) for u in ("wm1", "wm2", "wm3")] == [1, 1, 1]


async def test_two_accounts_keep_independent_cursors(kf_app: MakeKf) -> None:
    """Each open_kfid pulls with its own cursor; the fake refuses another account's cursor."""
    h = await kf_app()
    await warm(h, KF_A)
    await warm(h, KF_B)
    h.api.kf.say(KF_A, "wm1", "甲")
    h.api.kf.say(KF_A, "wm1", "乙")
    h.api.kf.say(KF_B, "wm1", "丙")
    await asyncio.gather(h.callback(KF_A), h.callback(KF_B))
    await h.settle()
    assert [b["open_kfid"] for b in h.api.kf.sent].count(KF_B) == 1
    assert sorted(h.api.kf.texts_to("wm1")) == ["答：丙", "答：乙", "答：甲"]
    assert all(c.ok for c in h.api.calls_to(SYNC))
    store = h.store
    assert await store.get(f"wecom:kf:cursor:{h.peer.corp_id}:{KF_A}") == {"cursor": f"{KF_A}.2", "cold": False}
    assert await store.get(f"wecom:kf:cursor:{h.peer.corp_id}:{KF_B}") == {"cursor": f"{KF_B}.1", "cold": False}


async def test_an_expired_access_token_is_refreshed_once(kf_app: MakeKf) -> None:
    """42001 on sync_msg fetches one new access token and the pull goes on."""
    h = await kf_app(EchoEngine())
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "你好")
    h.api.expire_next()
    await h.pull()
    assert h.api.token_fetches == 2
    assert h.api.kf.texts_to("wm1") == ["答：你好"]


async def test_shutdown_cancels_a_stuck_pull_and_loses_nothing(kf_app: MakeKf) -> None:
    """App cleanup cancels a pull WeCom does not answer; the next process answers the message."""
    h = await kf_app()
    await warm(h)
    h.api.kf.say(KF_A, "wm1", "你好")
    h.api.gate = asyncio.Event()
    await h.callback()
    while len(h.api.calls_to(SYNC)) < 2:
        await asyncio.sleep(0)
    h.service.close_timeout = 0.01
    await h.restart()
    h.api.gate.set()
    await h.pull()
    assert h.api.kf.texts_to("wm1") == ["答：你好"]
