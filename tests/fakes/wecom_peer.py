"""A WeCom server as the callback sees it, written from the protocol, not from wechatpy.

It builds what WeCom would send (signed, AES-256-CBC encrypted callbacks and URL verifications)
and opens what the bot answers, so tests check the bot against an independent implementation:
AESKey = base64(EncodingAESKey + "="), IV = AESKey[:16], PKCS#7 padding to 32 bytes, plaintext =
16 random bytes + 4-byte big-endian length + message + corp id, msg_signature = sha1 of the
sorted [token, timestamp, nonce, encrypt].
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import os
import re
import struct
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode
from xml.etree import ElementTree

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_BLOCK = 32


def random_aes_key() -> str:
    """A fresh 43-character EncodingAESKey."""
    return base64.b64encode(os.urandom(32)).decode()[:43]


def sign(token: str, timestamp: str, nonce: str, encrypt: str) -> str:
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, encrypt])).encode()).hexdigest()


def _cdata(value: str) -> str:
    return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"


@dataclass
class WecomPeer:
    """One corp's WeCom: the app's token, key and corp id, and a MsgId counter."""

    corp_id: str = "wwcorp0001"
    token: str = "tok3n"
    encoding_aes_key: str = field(default_factory=random_aes_key)
    agent_id: int = 1000002
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(7_100_000_000))

    @property
    def key(self) -> bytes:
        return base64.b64decode(self.encoding_aes_key + "=")

    def encrypt(self, message: str, *, corp_id: str | None = None, key: bytes | None = None) -> str:
        """The base64 ciphertext WeCom would put in ``Encrypt`` (or ``echostr``)."""
        aes_key = key or self.key
        body = message.encode()
        plain = os.urandom(16) + struct.pack(">I", len(body)) + body
        plain += (corp_id if corp_id is not None else self.corp_id).encode()
        pad = _BLOCK - len(plain) % _BLOCK
        plain += bytes([pad]) * pad
        enc = Cipher(algorithms.AES(aes_key), modes.CBC(aes_key[:16])).encryptor()
        return base64.b64encode(enc.update(plain) + enc.finalize()).decode()

    def decrypt(self, encrypt: str) -> tuple[str, str]:
        """(message, receive id) of a ciphertext sealed with this peer's key."""
        dec = Cipher(algorithms.AES(self.key), modes.CBC(self.key[:16])).decryptor()
        plain = dec.update(base64.b64decode(encrypt)) + dec.finalize()
        pad = plain[-1]
        assert 1 <= pad <= _BLOCK, "bad PKCS#7 padding"
        plain = plain[:-pad]
        (length,) = struct.unpack(">I", plain[16:20])
        return plain[20 : 20 + length].decode(), plain[20 + length :].decode()

    def query(self, encrypt: str, *, token: str | None = None, **extra: str) -> str:
        """A signed query string (percent-encoded once, as WeCom sends it)."""
        timestamp, nonce = str(int(time.time())), str(int.from_bytes(os.urandom(4), "big"))
        params = {
            "msg_signature": sign(token or self.token, timestamp, nonce, encrypt),
            "timestamp": timestamp,
            "nonce": nonce,
            **extra,
        }
        return urlencode(params)

    def verify_url(self, echo: str) -> tuple[str, str]:
        """(path with query, expected answer) for a URL verification of plaintext ``echo``."""
        echostr = self.encrypt(echo)
        return "/wecom/callback?" + self.query(echostr, echostr=echostr), echo

    def envelope(self, encrypt: str) -> str:
        return (
            f"<xml><ToUserName>{_cdata(self.corp_id)}</ToUserName>"
            f"<AgentID>{_cdata(str(self.agent_id))}</AgentID>"
            f"<Encrypt>{_cdata(encrypt)}</Encrypt></xml>"
        )

    def callback(self, message_xml: str) -> tuple[str, str]:
        """(path with query, body) of a POST delivering ``message_xml``, properly sealed."""
        encrypt = self.encrypt(message_xml)
        return "/wecom/callback?" + self.query(encrypt), self.envelope(encrypt)

    def text(self, user: str, content: str, msg_id: int | None = None) -> str:
        """The plaintext XML of a text message (a fresh MsgId unless given)."""
        return self.message(user, "text", f"<Content>{_cdata(content)}</Content>", msg_id)

    def message(self, user: str, msg_type: str, fields: str = "", msg_id: int | None = None) -> str:
        mid = msg_id if msg_id is not None else next(self._ids)
        return (
            f"<xml><ToUserName>{_cdata(self.corp_id)}</ToUserName>"
            f"<FromUserName>{_cdata(user)}</FromUserName>"
            f"<CreateTime>{int(time.time())}</CreateTime>"
            f"<MsgType>{_cdata(msg_type)}</MsgType>{fields}"
            f"<MsgId>{mid}</MsgId><AgentID>{self.agent_id}</AgentID></xml>"
        )

    def event(self, user: str, event: str, create_time: int | None = None, fields: str = "") -> str:
        when = create_time if create_time is not None else int(time.time())
        return (
            f"<xml><ToUserName>{_cdata(self.corp_id)}</ToUserName>"
            f"<FromUserName>{_cdata(user)}</FromUserName>"
            f"<CreateTime>{when}</CreateTime><MsgType>{_cdata('event')}</MsgType>"
            f"<Event>{_cdata(event)}</Event>{fields}<AgentID>{self.agent_id}</AgentID></xml>"
        )

    def open_reply(self, body: str) -> dict[str, str]:
        """Check a passive reply's signature, decrypt it, return its fields (Content, ...)."""
        outer = ElementTree.fromstring(body)
        encrypt = outer.findtext("Encrypt") or ""
        timestamp = outer.findtext("TimeStamp") or ""
        nonce = outer.findtext("Nonce") or ""
        assert outer.findtext("MsgSignature") == sign(self.token, timestamp, nonce, encrypt)
        message, receive_id = self.decrypt(encrypt)
        assert receive_id == self.corp_id, receive_id
        assert not re.search(r"<!DOCTYPE", message)
        inner = ElementTree.fromstring(message)
        return {child.tag: child.text or "" for child in inner}
