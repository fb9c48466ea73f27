"""The XML at both ends of the callback, handled in the order that keeps it safe.

Inbound: ``extract_encrypt`` reads the one ``Encrypt`` field out of the raw, still
unauthenticated body with a regular expression, never an XML parser; only the decrypted, signed
plaintext is parsed (``parse_inbound``), and even then a DTD is refused before wechatpy's parser
sees it, so entity expansion and external entities cannot happen.

Outbound: ``render_text`` writes the passive-reply XML itself because wechatpy's ``TextReply``
does not escape ``]]>`` inside CDATA.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wechatpy.enterprise import parse_message

from bot.errors import RequestError

_ENCRYPT = re.compile(
    rb"<Encrypt>\s*(?:<!\[CDATA\[([A-Za-z0-9+/=]{1,65536})\]\]>|([A-Za-z0-9+/=]{1,65536}))\s*</Encrypt>"
)
_DTD = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
# Characters XML 1.0 cannot carry at all, even in CDATA.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def extract_encrypt(body: bytes) -> str:
    """The ciphertext of a callback body; ``RequestError`` (400) unless there is exactly one."""
    found = _ENCRYPT.findall(body)
    if len(found) != 1:
        raise RequestError("body has no single Encrypt field")
    inside_cdata, bare = found[0]
    value: bytes = inside_cdata or bare
    return value.decode("ascii")


@dataclass(frozen=True, slots=True)
class Inbound:
    """One decrypted message or event; ``event`` is "" for messages.

    ``key`` identifies it across WeCom's redeliveries: MsgId for messages, sender + time + event
    for events (which carry no MsgId).
    """

    msg_type: str
    user_id: str
    corp_id: str
    create_time: str
    msg_id: str = ""
    event: str = ""
    content: str = ""
    agent_id: str = ""
    raw: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        if self.msg_type == "event":
            return f"ev:{self.user_id}:{self.create_time}:{self.event}"
        return f"msg:{self.msg_id or self.user_id + ':' + self.create_time}"

    def field(self, name: str) -> str:
        """A top-level field of the message by its XML name ("" when absent), for hooks."""
        return dict(self.raw).get(name, "")


def _text(data: dict[str, Any], name: str, *, required: bool = False) -> str:
    value = data.get(name)
    if value is None:
        if required:
            raise RequestError(f"message lacks {name}")
        return ""
    if not isinstance(value, str):
        raise RequestError(f"message field {name} is not text")
    return value


def parse_inbound(xml: str) -> Inbound:
    """Parse the decrypted plaintext; ``RequestError`` (400) for a DTD or malformed XML."""
    if _DTD.search(xml):
        raise RequestError("DTDs are refused")
    try:
        message = parse_message(xml)
        data: Any = message._data if message is not None else None
    except Exception:  # expat errors, a missing root or MsgType: all mean a malformed body
        raise RequestError("malformed message XML") from None
    if not isinstance(data, dict):
        raise RequestError("malformed message XML")
    msg_type = _text(data, "MsgType", required=True).lower()
    # WeCom's own example of kf_msg_or_event (微信客服) has no FromUserName: it concerns an account.
    kf = msg_type == "event" and _text(data, "Event").lower() == "kf_msg_or_event"
    inbound = Inbound(
        msg_type=msg_type,
        user_id=_text(data, "FromUserName", required=not kf),
        corp_id=_text(data, "ToUserName"),
        create_time=_text(data, "CreateTime", required=True),
        msg_id=_text(data, "MsgId", required=msg_type not in ("event",)),
        event=_text(data, "Event").lower() if msg_type == "event" else "",
        content=_text(data, "Content") if msg_type == "text" else "",
        agent_id=_text(data, "AgentID"),
        raw=tuple((k, v) for k, v in data.items() if isinstance(v, str)),
    )
    if (not inbound.user_id and not kf) or len(inbound.user_id) > 256:
        raise RequestError("bad FromUserName")
    return inbound


def cdata(value: str) -> str:
    """``value`` as CDATA, with ``]]>`` split across two sections and non-XML characters dropped."""
    clean = _NOT_XML.sub("", value)
    return "<![CDATA[" + clean.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def render_text(to_user: str, from_corp: str, content: str, create_time: int) -> str:
    """The plaintext of a passive text reply (encrypted by ``CallbackCrypto.seal``)."""
    return (
        f"<xml><ToUserName>{cdata(to_user)}</ToUserName>"
        f"<FromUserName>{cdata(from_corp)}</FromUserName>"
        f"<CreateTime>{int(create_time)}</CreateTime>"
        f"<MsgType><![CDATA[text]]></MsgType>"
        f"<Content>{cdata(content)}</Content></xml>"
    )
