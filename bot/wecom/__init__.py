"""The WeCom (企业微信) self-built app channel: ``setup_wecom`` mounts it on the app.

Modules, one concern each: ``crypto`` (signature and AES), ``envelope`` (XML in and out),
``callback`` (the HTTP handlers), ``channel`` (once, in order, in time or later), ``dedupe``,
``flood``, ``split``, ``client`` (the active API and its token), ``texts`` (what it says).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web

from bot.config import WecomConfig
from bot.keys import CONFIG, OBSERVER, STORE
from bot.wecom.callback import receive, verify_url
from bot.wecom.channel import WecomChannel
from bot.wecom.client import StoreTokenCache, WecomClient
from bot.wecom.crypto import CallbackCrypto
from bot.wecom.keys import WECOM, WECOM_CRYPTO

__all__ = ["WECOM", "WecomChannel", "setup_wecom"]

log = logging.getLogger(__name__)


def setup_wecom(app: web.Application, config: WecomConfig) -> WecomChannel:
    """Route ``/wecom/callback`` and open the API client with the app; returns the channel.

    Call it after the store's cleanup context is registered: the client's token cache lives in
    the store, and on shutdown late answers are sent before the store closes.
    """
    if config.reply_budget >= 4.5:
        log.warning("WECOM_REPLY_BUDGET=%s: WeCom redelivers after 5 s; keep it well under", config.reply_budget)
    session_ttl = app[CONFIG].session_ttl if CONFIG in app else 1800
    observer = app.get(OBSERVER)
    channel = WecomChannel(config, session_ttl=session_ttl, observer=observer)
    app[WECOM] = channel
    app[WECOM_CRYPTO] = CallbackCrypto(config)

    async def client_ctx(app: web.Application) -> AsyncIterator[None]:
        session: aiohttp.ClientSession | None = None
        if config.secret:
            session = aiohttp.ClientSession()
            cache = StoreTokenCache(app[STORE], f"wecom:token:{config.corp_id}:{config.agent_id}")
            channel.client = WecomClient(
                session,
                api_base=config.api_base,
                corp_id=config.corp_id,
                secret=config.secret,
                cache=cache,
                on_error=channel.observer.wecom_api_error,
            )
        yield
        await channel.drain()
        channel.client = None
        if session is not None:
            await session.close()

    app.cleanup_ctx.append(client_ctx)
    app.router.add_get("/wecom/callback", verify_url)
    app.router.add_post("/wecom/callback", receive)
    return channel
