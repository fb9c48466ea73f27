"""Every message type and event gets the right fixed answer, or an empty 200."""

from __future__ import annotations

import asyncio

import pytest
from fakes.engines import knowledge_texts

from bot.wecom import WECOM, texts
from bot.wecom.envelope import Inbound

from .harness import MakeHarness

MEDIA = {
    "image": "<PicUrl><![CDATA[http://p/1.jpg]]></PicUrl><MediaId><![CDATA[m1]]></MediaId>",
    "voice": "<MediaId><![CDATA[m2]]></MediaId><Format><![CDATA[amr]]></Format>",
    "video": "<MediaId><![CDATA[m3]]></MediaId><ThumbMediaId><![CDATA[t]]></ThumbMediaId>",
    "location": "<Location_X>30.2</Location_X><Location_Y>120.2</Location_Y><Scale>15</Scale>"
    "<Label><![CDATA[滨江]]></Label>",
    "link": "<Title><![CDATA[t]]></Title><Description><![CDATA[d]]></Description>"
    "<Url><![CDATA[http://x]]></Url><PicUrl><![CDATA[http://p]]></PicUrl>",
    "file": "<MediaId><![CDATA[m4]]></MediaId><FileName><![CDATA[a.pdf]]></FileName>",
}


@pytest.mark.parametrize("msg_type", sorted(MEDIA))
async def test_media_gets_text_only_hint(wecom_app: MakeHarness, msg_type: str) -> None:
    """image, voice, video, location, link and file get the 'text questions please' hint."""
    h = await wecom_app()
    reply = await h.ask(h.peer.message("u", msg_type, MEDIA[msg_type]))
    assert reply == texts.say(knowledge_texts(), "text_only")
    assert all(q in reply for q in texts.example_questions(knowledge_texts()))
    assert h.engine.seen == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("event", ["enter_agent", "subscribe"])
async def test_welcome_events_get_welcome(wecom_app: MakeHarness, event: str) -> None:
    """Entering the app or following it is answered with the welcome and example questions."""
    h = await wecom_app()
    assert await h.ask(h.peer.event("u", event)) == texts.welcome(knowledge_texts())


async def test_repeated_event_is_answered_once(wecom_app: MakeHarness) -> None:
    """A redelivered event (same user, time and event) gets the same reply, not a new one."""
    h = await wecom_app()
    event = h.peer.event("u", "enter_agent", create_time=1_700_000_000)
    assert await h.ask(event) == texts.welcome(knowledge_texts())
    assert await h.ask(event) == texts.welcome(knowledge_texts())
    assert len(h.app[WECOM]._inflight) == 0


@pytest.mark.parametrize("event", ["click", "unsubscribe", "LOCATION", "some_future_event"])
async def test_other_events_get_empty_200(wecom_app: MakeHarness, event: str) -> None:
    """Unknown and uninteresting events are acknowledged with an empty 200."""
    h = await wecom_app()
    assert await h.post(h.peer.event("u", event)) == (200, "")


async def test_kf_event_reaches_the_hook(wecom_app: MakeHarness) -> None:
    """kf_msg_or_event is acknowledged at once and handed to the 微信客服 hook when set."""
    h = await wecom_app()
    assert await h.post(h.peer.event("sys", "kf_msg_or_event")) == (200, "")
    got: list[Inbound] = []
    done = asyncio.Event()

    async def hook(msg: Inbound) -> None:
        got.append(msg)
        done.set()

    h.app[WECOM].kf_hook = hook
    fields = (
        "<Token><![CDATA[ENCApHxnGDNAVNY4AaSJKj4Tb5mwsEMzxhFmHVGcra996NR]]></Token>"
        "<OpenKfId><![CDATA[wkxxx]]></OpenKfId>"
    )
    assert await h.post(h.peer.event("sys", "kf_msg_or_event", fields=fields)) == (200, "")
    await asyncio.wait_for(done.wait(), 1)
    assert got[0].field("OpenKfId") == "wkxxx"
    assert got[0].field("Token").startswith("ENCA")
