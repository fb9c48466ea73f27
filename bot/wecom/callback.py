"""``GET`` and ``POST /wecom/callback``: authenticate, then parse, then answer.

The order is the security: cap the body (413), cut ``Encrypt`` out with a regex (400), check the
signature in constant time (403), decrypt and check the corp id (403), and only then parse the
plaintext with DTDs refused (400). Refusals are short plain-text 4xx answers, logged at info
without the body; nothing unauthenticated reaches an XML parser or the store.
"""

from __future__ import annotations

import logging
import time

from aiohttp import web

from bot.errors import RequestError
from bot.guard import read_capped
from bot.keys import ENGINE, STORE
from bot.wecom.crypto import CallbackCrypto
from bot.wecom.envelope import extract_encrypt, parse_inbound, render_text
from bot.wecom.keys import WECOM, WECOM_CRYPTO

log = logging.getLogger(__name__)


def _refuse(request: web.Request, exc: RequestError) -> web.Response:
    log.info("wecom %s refused: %d %s", request.method, exc.status, exc)
    return web.Response(status=exc.status, text=str(exc))


def _params(request: web.Request) -> tuple[str, str, str]:
    # request.query is already percent-decoded once; decoding again would turn "+" into " ".
    query = request.query
    return query.get("msg_signature", ""), query.get("timestamp", ""), query.get("nonce", "")


async def verify_url(request: web.Request) -> web.Response:
    """URL verification: answer the decrypted ``echostr``, bare, at once."""
    crypto: CallbackCrypto = request.app[WECOM_CRYPTO]
    signature, timestamp, nonce = _params(request)
    try:
        plain = crypto.open(request.query.get("echostr", ""), signature, timestamp, nonce)
    except RequestError as exc:
        return _refuse(request, exc)
    return web.Response(body=plain.encode("utf-8"), content_type="text/plain")


async def receive(request: web.Request) -> web.Response:
    """A message or event: an encrypted passive reply, or an empty 200."""
    crypto: CallbackCrypto = request.app[WECOM_CRYPTO]
    channel = request.app[WECOM]
    signature, timestamp, nonce = _params(request)
    try:
        body = await read_capped(request)
        plain = crypto.open(extract_encrypt(body), signature, timestamp, nonce)
        msg = parse_inbound(plain)
    except RequestError as exc:
        return _refuse(request, exc)
    if msg.corp_id and msg.corp_id != channel.config.corp_id:
        return _refuse(request, RequestError("ToUserName is not our corp id", 403))
    text = await channel.receive(request.app[STORE], request.app[ENGINE], msg)
    if text is None:
        return web.Response(status=200, body=b"")
    plaintext = render_text(msg.user_id, channel.config.corp_id, text, int(time.time()))
    return web.Response(text=crypto.seal(plaintext), content_type="application/xml")
