"""The 微信客服 endpoints on the shared ``WecomClient`` (and so on its cached access token).

wechatpy has no kf API; these are thin typed calls: ``kf/sync_msg`` [94670], ``kf/send_msg``
[94677], ``kf/send_msg_on_event`` [95122] and ``kf/service_state/get|trans`` [94669]. Errors
come up as ``WecomApiError``; the client has already fetched a fresh token once on 40014/42001.
``out_msgid`` derives our outbound msgids from the inbound one, so a retried send reuses its id
and WeCom, which keeps msgids unique per account, cannot deliver it twice.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from bot.wecom.client import TOKEN_ERRORS, WecomClient

SYNC_LIMIT = 1000
"""``limit`` of one sync_msg page: WeCom's default and maximum."""

SESSION_NOT_OURS = 95018
"""send_msg refused: the session is not in state 0 (new) or 1 (bot), e.g. a human has it."""
RATE_LIMITED = 45009
TRANSIENT = frozenset({-1, RATE_LIMITED, *TOKEN_ERRORS})
"""errcodes worth retrying later: transport or busy (-1), rate limit, token trouble."""

_MSGID = re.compile(r"[0-9A-Za-z_-]{1,32}")


def out_msgid(open_kfid: str, inbound: str, part: str) -> str:
    """Our msgid for ``part`` ("0", "1", "w", …) of the reply to ``inbound``: ≤ 32 bytes."""
    digest = hashlib.sha256(f"{open_kfid}\n{inbound}".encode()).hexdigest()[:24]
    msgid = f"pb{digest}-{part}"
    if not _MSGID.fullmatch(msgid):
        raise ValueError(f"bad msgid part {part!r}")
    return msgid


@dataclass(frozen=True, slots=True)
class Page:
    """One sync_msg answer."""

    items: list[Any]
    next_cursor: str
    has_more: bool


class KfApi:
    """Calls the kf endpoints through a ``WecomClient``."""

    def __init__(self, client: WecomClient) -> None:
        self.client = client

    async def sync_msg(self, open_kfid: str, cursor: str | None, token: str) -> Page:
        """One page of messages and events after ``cursor`` (from the start when None)."""
        payload: dict[str, Any] = {"token": token, "limit": SYNC_LIMIT, "open_kfid": open_kfid}
        if cursor:
            payload["cursor"] = cursor
        data = await self.client.call("/cgi-bin/kf/sync_msg", payload)
        items = data.get("msg_list")
        next_cursor = data.get("next_cursor")
        return Page(
            items=items if isinstance(items, list) else [],
            next_cursor=next_cursor if isinstance(next_cursor, str) else (cursor or ""),
            has_more=data.get("has_more") in (1, True),
        )

    async def send_text(self, open_kfid: str, touser: str, msgid: str, content: str) -> None:
        """``kf/send_msg`` one text (≤ 2048 bytes) under our own ``msgid``."""
        await self.client.call(
            "/cgi-bin/kf/send_msg",
            {
                "touser": touser,
                "open_kfid": open_kfid,
                "msgid": msgid,
                "msgtype": "text",
                "text": {"content": content},
            },
        )

    async def send_on_event(self, code: str, msgid: str, message: dict[str, Any]) -> None:
        """``kf/send_msg_on_event``: answer a welcome_code or msg_code (each usable once)."""
        await self.client.call("/cgi-bin/kf/send_msg_on_event", {"code": code, "msgid": msgid, **message})

    async def service_state(self, open_kfid: str, external_userid: str) -> tuple[int, str]:
        """(service_state, servicer_userid) of the customer's session."""
        data = await self.client.call(
            "/cgi-bin/kf/service_state/get", {"open_kfid": open_kfid, "external_userid": external_userid}
        )
        state = data.get("service_state")
        servicer = data.get("servicer_userid")
        return (state if isinstance(state, int) else 0, servicer if isinstance(servicer, str) else "")

    async def trans(self, open_kfid: str, external_userid: str, state: int, servicer: str | None = None) -> str:
        """Move the session to ``state`` (2 queue, 3 ``servicer``); the msg_code, or ""."""
        payload: dict[str, Any] = {"open_kfid": open_kfid, "external_userid": external_userid, "service_state": state}
        if servicer:
            payload["servicer_userid"] = servicer
        data = await self.client.call("/cgi-bin/kf/service_state/trans", payload)
        code = data.get("msg_code")
        return code if isinstance(code, str) else ""
