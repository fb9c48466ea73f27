"""The WeCom channel's typed application keys (the shared ones live in ``bot.keys``)."""

from __future__ import annotations

from aiohttp import web

from bot.wecom.channel import WecomChannel
from bot.wecom.crypto import CallbackCrypto

WECOM = web.AppKey("wecom", WecomChannel)
WECOM_CRYPTO = web.AppKey("wecom_crypto", CallbackCrypto)
