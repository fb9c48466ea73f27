"""The 微信客服 (kf) side of the fake WeCom API: a message stream per account, sessions, codes.

It enforces what WeCom documents, so a bot that breaks a rule gets an errcode, not a pass:
sync_msg needs open_kfid, a live callback token of that account (10 min) when one is given, a
cursor of that account and limit ≤ 1000; send_msg needs state 0/1 (95018), a customer message
within 48 h, at most 5 sends after it, text ≤ 2048 bytes, and a msgid of ≤ 32 ``[0-9a-zA-Z_-]``
never used before on the account; send_msg_on_event needs an unused code younger than 20 s;
service_state/trans follows the documented state table. Event items carry open_kfid and
external_userid inside ``event`` only, as WeCom's do.

Tests drive it as the customers and servicers would: ``say``, ``send_media``, ``enter``,
``servicer_takes``, ``servicer_ends``, ``servicer_says``, ``recall``, ``send_failed``.
"""

from __future__ import annotations

import itertools
import re
import time
from dataclasses import dataclass, field
from typing import Any

# Only 95018, 45009, 40014 and 42001 are confirmed by WECOM.md; the others are this fake's.
SESSION_NOT_OURS = 95018
OVER_QUOTA = 45047
BAD_TOKEN = 95007
BAD_ARGS = 40058
BAD_CURSOR = 95001
BAD_MSGID = 95002
DUPLICATE_MSGID = 95003
OUT_OF_WINDOW = 95004
BAD_CODE = 95005
BAD_TRANSITION = 95016
SERVICER_OFF_DUTY = 95014

_MSGID = re.compile(r"[0-9A-Za-z_-]{1,32}")
ALLOWED = {0: {1, 2, 3, 4}, 1: {2, 3, 4}, 2: {3, 4}, 3: {3, 4}, 4: set()}
"""service_state/trans: the states each state may move to."""


def _err(code: int, msg: str) -> dict[str, Any]:
    return {"errcode": code, "errmsg": msg}


@dataclass
class Session:
    """One customer's session with one account."""

    state: int = 4
    servicer: str = ""
    last_customer: float | None = None
    sends: int = 0


@dataclass
class FakeKf:
    """The accounts, their message streams and everything the bot sent."""

    accounts: tuple[str, ...] = ("wkAAAA", "wkBBBB")
    page_size: int = 1000
    on_duty: set[str] = field(default_factory=lambda: {"zhangsan"})
    streams: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    sessions: dict[tuple[str, str], Session] = field(default_factory=dict)
    tokens: dict[str, tuple[str, float]] = field(default_factory=dict)
    codes: dict[str, tuple[str, str, float]] = field(default_factory=dict)
    used_msgids: dict[str, set[str]] = field(default_factory=dict)
    empty_pages: dict[str, int] = field(default_factory=dict)
    sent: list[dict[str, Any]] = field(default_factory=list)
    on_event_sent: list[dict[str, Any]] = field(default_factory=list)
    syncs: list[dict[str, Any]] = field(default_factory=list)
    transitions: list[dict[str, Any]] = field(default_factory=list)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(4622416642169450000))

    def __post_init__(self) -> None:
        for kfid in self.accounts:
            self.streams.setdefault(kfid, [])
            self.used_msgids.setdefault(kfid, set())

    # ---- the world: customers, servicers, WeCom ------------------------------------------
    def token(self, kfid: str, *, age: float = 0.0) -> str:
        """A callback Token for ``kfid``, issued ``age`` seconds ago (valid 10 minutes)."""
        token = f"ENC{next(self._ids)}"
        self.tokens[token] = (kfid, time.time() - age + 600)
        return token

    def _append(self, kfid: str, item: dict[str, Any], at: float | None) -> str:
        msgid = f"from_msgid_{next(self._ids)}"
        self.streams[kfid].append({"msgid": msgid, "send_time": int(at or time.time()), **item})
        return msgid

    def session(self, kfid: str, user: str) -> Session:
        return self.sessions.setdefault((kfid, user), Session())

    def say(self, kfid: str, user: str, content: str, *, at: float | None = None, menu_id: str = "") -> str:
        """The customer sends a text (a menu click when ``menu_id``); its msgid."""
        text: dict[str, Any] = {"content": content}
        if menu_id:
            text["menu_id"] = menu_id
        return self.send_media(kfid, user, "text", at=at, body=text)

    def send_media(
        self, kfid: str, user: str, msgtype: str, *, at: float | None = None, body: dict[str, Any] | None = None
    ) -> str:
        """The customer sends a message of ``msgtype`` (image, voice, …); its msgid."""
        session = self.session(kfid, user)
        if session.state == 4:
            session.state = 0
        session.last_customer = at or time.time()
        session.sends = 0
        return self._append(
            kfid,
            {
                "open_kfid": kfid,
                "external_userid": user,
                "origin": 3,
                "msgtype": msgtype,
                msgtype: body if body is not None else {"media_id": "MEDIA"},
            },
            at,
        )

    def _event(self, kfid: str, user: str, event_type: str, at: float | None = None, **fields: Any) -> str:
        event = {"event_type": event_type, "open_kfid": kfid, "external_userid": user, **fields}
        return self._append(kfid, {"origin": 4, "msgtype": "event", "event": event}, at)

    def _code(self, kfid: str, user: str, at: float | None = None) -> str:
        code = f"CODE{next(self._ids)}"
        self.codes[code] = (kfid, user, (at or time.time()) + 20)
        return code

    def enter(self, kfid: str, user: str, *, at: float | None = None) -> str:
        """The customer opens the chat: an enter_session event; its welcome_code."""
        code = self._code(kfid, user, at)
        self._event(kfid, user, "enter_session", at, scene="", welcome_code=code)
        return code

    def servicer_takes(self, kfid: str, user: str, servicer: str = "zhangsan") -> None:
        """A servicer picks the session up from the queue (change_type 1)."""
        session = self.session(kfid, user)
        session.state, session.servicer = 3, servicer
        self._event(
            kfid,
            user,
            "session_status_change",
            change_type=1,
            new_servicer_userid=servicer,
            msg_code=self._code(kfid, user),
        )

    def servicer_ends(self, kfid: str, user: str) -> str:
        """The servicer ends the session (change_type 3); the msg_code for a closing text."""
        session = self.session(kfid, user)
        session.state, session.servicer = 4, ""
        code = self._code(kfid, user)
        self._event(kfid, user, "session_status_change", change_type=3, msg_code=code)
        return code

    def servicer_says(self, kfid: str, user: str, content: str) -> str:
        """A human servicer writes from the WeCom client (origin 5)."""
        return self._append(
            kfid,
            {
                "open_kfid": kfid,
                "external_userid": user,
                "origin": 5,
                "servicer_userid": "zhangsan",
                "msgtype": "text",
                "text": {"content": content},
            },
            None,
        )

    def recall(self, kfid: str, user: str, msgid: str) -> str:
        return self._event(kfid, user, "user_recall_msg", recall_msgid=msgid)

    def send_failed(self, kfid: str, user: str, fail_msgid: str, fail_type: int = 4) -> str:
        return self._event(kfid, user, "msg_send_fail", fail_msgid=fail_msgid, fail_type=fail_type)

    def texts_to(self, user: str) -> list[str]:
        """Texts the bot sent ``user`` through send_msg, in order."""
        return [b["text"]["content"] for b in self.sent if b.get("touser") == user and b.get("msgtype") == "text"]

    # ---- the API ---------------------------------------------------------------------------
    def sync_msg(self, body: dict[str, Any]) -> dict[str, Any]:
        self.syncs.append(body)
        kfid, token, cursor = body.get("open_kfid"), body.get("token"), body.get("cursor")
        limit = body.get("limit", 1000)
        if not isinstance(kfid, str) or kfid not in self.streams:
            return _err(BAD_ARGS, "open_kfid required")
        if token is not None:
            owner, expires = self.tokens.get(token, ("", 0.0))
            if owner != kfid or time.time() > expires:
                return _err(BAD_TOKEN, "invalid msg token")
        if not isinstance(limit, int) or not 1 <= limit <= 1000:
            return _err(BAD_ARGS, "limit must be 1..1000")
        stream = self.streams[kfid]
        if cursor:
            prefix, _, pos_text = str(cursor).rpartition(".")
            if prefix != kfid or not pos_text.isdigit() or len(cursor.encode()) > 64:
                return _err(BAD_CURSOR, "invalid cursor")
            pos = int(pos_text)
        else:
            oldest = time.time() - 3 * 86400
            pos = next((i for i, m in enumerate(stream) if m["send_time"] >= oldest), len(stream))
        if self.empty_pages.get(kfid, 0) > 0:
            self.empty_pages[kfid] -= 1
            return {"errcode": 0, "errmsg": "ok", "next_cursor": cursor or "", "has_more": 1, "msg_list": []}
        page = stream[pos : pos + min(limit, self.page_size)]
        end = pos + len(page)
        return {
            "errcode": 0,
            "errmsg": "ok",
            "next_cursor": f"{kfid}.{end}",
            "has_more": int(end < len(stream)),
            "msg_list": page,
        }

    def _check_msgid(self, kfid: str, msgid: Any) -> dict[str, Any] | None:
        if msgid is None:
            return None
        if not isinstance(msgid, str) or not _MSGID.fullmatch(msgid):
            return _err(BAD_MSGID, "msgid must be 1..32 of [0-9a-zA-Z_-]")
        if msgid in self.used_msgids[kfid]:
            return _err(DUPLICATE_MSGID, "msgid already used")
        return None

    def _check_content(self, body: dict[str, Any]) -> dict[str, Any] | None:
        msgtype = body.get("msgtype")
        if msgtype == "text":
            content = (body.get("text") or {}).get("content")
            if not isinstance(content, str) or not content or len(content.encode()) > 2048:
                return _err(BAD_ARGS, "text.content must be 1..2048 bytes")
        elif msgtype == "msgmenu":
            menu = body.get("msgmenu") or {}
            items = menu.get("list") or []
            if len(menu.get("head_content", "").encode()) > 1024 or len(items) > 10:
                return _err(BAD_ARGS, "msgmenu too long")
            for item in items:
                click = item.get("click") or {}
                if (
                    item.get("type") != "click"
                    or not 1 <= len(click.get("id", "")) <= 64
                    or not 1 <= len(click.get("content", "").encode()) <= 128
                ):
                    return _err(BAD_ARGS, "bad msgmenu item")
        else:
            return _err(BAD_ARGS, f"msgtype {msgtype!r} not supported by the fake")
        return None

    def send_msg(self, body: dict[str, Any]) -> dict[str, Any]:
        kfid, user = body.get("open_kfid"), body.get("touser")
        if kfid not in self.streams or (kfid, user) not in self.sessions:
            return _err(BAD_ARGS, "unknown open_kfid or touser")
        assert isinstance(kfid, str) and isinstance(user, str)
        problem = self._check_msgid(kfid, body.get("msgid")) or self._check_content(body)
        if problem:
            return problem
        session = self.sessions[(kfid, user)]
        if session.state not in (0, 1):
            return _err(SESSION_NOT_OURS, "send msg session status invalid")
        if session.last_customer is None or time.time() - session.last_customer > 48 * 3600:
            return _err(OUT_OF_WINDOW, "over 48 hours since the customer's message")
        if session.sends >= 5:
            return _err(OVER_QUOTA, "over 5 messages since the customer's message")
        session.sends += 1
        msgid = body.get("msgid") or f"auto{next(self._ids)}"
        self.used_msgids[kfid].add(msgid)
        self.sent.append(body)
        return {"errcode": 0, "errmsg": "ok", "msgid": msgid}

    def send_msg_on_event(self, body: dict[str, Any]) -> dict[str, Any]:
        code = body.get("code")
        kfid, _user, expires = self.codes.pop(str(code), ("", "", 0.0))
        if not kfid or time.time() > expires:
            return _err(BAD_CODE, "code invalid, used or expired")
        problem = self._check_msgid(kfid, body.get("msgid")) or self._check_content(body)
        if problem:
            return problem
        if body.get("msgid"):
            self.used_msgids[kfid].add(body["msgid"])
        self.on_event_sent.append(body)
        return {"errcode": 0, "errmsg": "ok", "msgid": body.get("msgid", "")}

    def service_state_get(self, body: dict[str, Any]) -> dict[str, Any]:
        session = self.session(str(body.get("open_kfid")), str(body.get("external_userid")))
        return {"errcode": 0, "errmsg": "ok", "service_state": session.state, "servicer_userid": session.servicer}

    def service_state_trans(self, body: dict[str, Any]) -> dict[str, Any]:
        kfid, user = str(body.get("open_kfid")), str(body.get("external_userid"))
        target, servicer = body.get("service_state"), body.get("servicer_userid") or ""
        session = self.session(kfid, user)
        if target not in ALLOWED[session.state]:
            return _err(BAD_TRANSITION, f"cannot move from {session.state} to {target}")
        if target == 3 and servicer not in self.on_duty:
            return _err(SERVICER_OFF_DUTY, "servicer not on duty")
        first = target in (2, 3) and session.state in (0, 1)
        session.state, session.servicer = target, servicer if target == 3 else ""
        self.transitions.append(body)
        code = self._code(kfid, user) if first or target == 4 else ""
        return {"errcode": 0, "errmsg": "ok", "msg_code": code}

    def routes(self) -> dict[str, Any]:
        """The handlers by path, for ``FakeWecomApi.route``."""
        return {
            "/cgi-bin/kf/sync_msg": self.sync_msg,
            "/cgi-bin/kf/send_msg": self.send_msg,
            "/cgi-bin/kf/send_msg_on_event": self.send_msg_on_event,
            "/cgi-bin/kf/service_state/get": self.service_state_get,
            "/cgi-bin/kf/service_state/trans": self.service_state_trans,
        }
