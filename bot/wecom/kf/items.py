"""One ``kf/sync_msg`` list item as a typed value, parsed defensively.

Messages carry ``open_kfid`` and ``external_userid`` at the top level; event items (origin 4)
carry them inside ``event`` instead, so both places are read. Unknown fields are ignored and a
malformed item becomes one with empty fields rather than an exception: a single odd item must
not stall the cursor of a whole account.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CUSTOMER = 3
"""origin of a message the WeChat customer sent."""
SYSTEM = 4
"""origin of a system event (enter_session, session_status_change, msg_send_fail, …)."""
SERVICER = 5
"""origin of a message a human servicer sent from the WeCom client."""


def _str(data: dict[str, Any], name: str) -> str:
    value = data.get(name)
    if isinstance(value, str):
        return value
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else ""


def _int(data: dict[str, Any], name: str) -> int:
    value = data.get(name)
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():  # not "³": int() refuses it
        return int(value)
    return 0


@dataclass(frozen=True, slots=True)
class KfItem:
    """A message or event read from ``kf/sync_msg``."""

    msgid: str
    open_kfid: str
    external_userid: str
    send_time: int
    origin: int
    msgtype: str
    content: str = ""
    menu_id: str = ""
    event_type: str = ""
    welcome_code: str = ""
    msg_code: str = ""
    change_type: int = 0
    recall_msgid: str = ""
    fail_msgid: str = ""
    fail_type: int = 0
    servicer_userid: str = ""

    @classmethod
    def parse(cls, raw: Any) -> KfItem:
        """The item for one element of ``msg_list``."""
        data: dict[str, Any] = raw if isinstance(raw, dict) else {}
        text = data.get("text")
        text = text if isinstance(text, dict) else {}
        event = data.get("event")
        event = event if isinstance(event, dict) else {}
        return cls(
            msgid=_str(data, "msgid"),
            open_kfid=_str(data, "open_kfid") or _str(event, "open_kfid"),
            external_userid=_str(data, "external_userid") or _str(event, "external_userid"),
            send_time=_int(data, "send_time"),
            origin=_int(data, "origin"),
            msgtype=_str(data, "msgtype"),
            content=_str(text, "content"),
            menu_id=_str(text, "menu_id"),
            event_type=_str(event, "event_type"),
            welcome_code=_str(event, "welcome_code"),
            msg_code=_str(event, "msg_code"),
            change_type=_int(event, "change_type"),
            recall_msgid=_str(event, "recall_msgid"),
            fail_msgid=_str(event, "fail_msgid"),
            fail_type=_int(event, "fail_type"),
            servicer_userid=_str(data, "servicer_userid") or _str(event, "new_servicer_userid"),
        )
