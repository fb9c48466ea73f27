"""微信客服 (WeCom customer service): residents on personal WeChat, through the app's callback.

``kf_msg_or_event`` carries no message: the channel pulls them with ``kf/sync_msg`` and answers
through ``kf/send_msg``, on the app's ``WecomClient`` and token. Modules: ``items`` (what
sync_msg returns), ``api`` (the kf endpoints and our msgids), ``state`` (cursor, done marks,
replies, budget, hand-off in the store), ``responder`` (one page: every item once),
``events`` (welcome, session changes, send failures, hand-off), ``service`` (callbacks, one
pass at a time per account, retries), ``texts``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from aiohttp import web

from bot.keys import ENGINE, OBSERVER, STORE
from bot.wecom.channel import WecomChannel
from bot.wecom.kf.metrics import KfCollector
from bot.wecom.kf.service import KfService

__all__ = ["WECOM_KF", "KfService", "setup_kf"]

log = logging.getLogger(__name__)

WECOM_KF = web.AppKey("wecom_kf", KfService)


def setup_kf(app: web.Application, channel: WecomChannel) -> KfService:
    """Hook the kf service onto ``channel``; call right after ``setup_wecom``.

    Cleanup contexts unwind in reverse, so the pulls stop before the client's session closes.
    """
    service = KfService(channel.config, session_ttl=channel.session_ttl, observer=channel.observer)
    app[WECOM_KF] = service
    if OBSERVER in app:
        app[OBSERVER].registry.register(KfCollector(service.stats))

    async def kf_ctx(app: web.Application) -> AsyncIterator[None]:
        if channel.client is None:
            log.warning("kf: WECOM_SECRET unset, 微信客服 callbacks will be ignored")
        else:
            service.start(channel.client, app[STORE], app[ENGINE])
            channel.kf_hook = service.on_callback
        yield
        channel.kf_hook = None
        await service.close()

    app.cleanup_ctx.append(kf_ctx)
    return service
