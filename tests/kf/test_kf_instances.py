"""Two instances sharing one Redis pull the same 微信客服 account without answering twice."""

from __future__ import annotations

import asyncio

import pytest
from stores.backends import REDIS_URL, redis_test_db

from bot.stores import open_store
from bot.wecom.kf import WECOM_KF

from .conftest import KF_A, MakeKf, kf_event_xml, warm

pytestmark = pytest.mark.redis


async def test_two_instances_answer_each_message_once(kf_app: MakeKf) -> None:
    """Callbacks spread over two instances on one Redis: one reply per message, in order."""
    with redis_test_db():
        first, second = await open_store(REDIS_URL), await open_store(REDIS_URL)
        try:
            h = await kf_app(store=first, page_size=3)
            other = await h.start_on(second)
            await warm(h)
            for n in range(7):
                h.api.kf.say(KF_A, f"wm{n % 3}", f"问题{n}")

            async def deliver(client_index: int) -> None:
                client = (h.client, other)[client_index]
                token = h.api.kf.token(KF_A)
                path, body = h.peer.callback(kf_event_xml(h.peer.corp_id, KF_A, token))
                resp = await client.post(path, data=body.encode())
                assert resp.status == 200

            await asyncio.gather(*(deliver(n % 2) for n in range(6)))
            await h.service.settled(1 + 3)
            await other.app[WECOM_KF].settled(3)
            for user in range(3):
                expected = [f"答：问题{n}" for n in range(7) if n % 3 == user]
                assert h.api.kf.texts_to(f"wm{user}") == expected
        finally:
            await first.close()
            await second.close()
