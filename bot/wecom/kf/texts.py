"""What the 微信客服 channel says on its own: welcome menu, hand-off notices, the long-answer note.

Media fallbacks and the examples are the app channel's (``bot.wecom.texts``), so residents hear
the same bot whichever way they reach it.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from bot.wecom import texts as app_texts

HANDOFF_MENU_ID = "handoff"
"""``menu_id`` of the 「转人工」 item; a click comes back as a text message carrying it."""

HANDOFF_WORDS = frozenset({"人工", "转人工", "人工客服", "转人工客服", "找人工", "人工服务"})
"""Texts (after trimming punctuation and spaces) that ask for a human."""

WELCOME_HEAD = (
    "您好，我是滨江就业政策助手，可以帮您查询就业创业补贴：能不能领、能领多少、要准备哪些材料。"
    "请直接用文字提问，例如：\n" + "\n".join(f"· {q}" for q in app_texts.EXAMPLE_QUESTIONS)
)
WELCOME_TAIL = "发送“帮助”查看更多；需要工作人员时点击或发送“转人工”。"

HANDOFF_QUEUED = "已为您转接人工客服，请稍候，工作人员接入后会直接回复您。"
HANDOFF_FAILED = "抱歉，暂时无法转接人工客服，请稍后再试。您也可以继续向我提问政策问题。"
RESUMED = "人工服务已结束。您可以继续向我提问就业创业补贴的问题。"
TRUNCATED = "\n……（回复较长，已省略部分内容。请把问题问得更具体一些，我再详细回答。）"

TEXT_ONLY = app_texts.TEXT_ONLY
BUSY = app_texts.BUSY

_STRIP = "，。！？!?,.~～ 　\n\t"


def wants_human(content: str, menu_id: str = "") -> bool:
    """True for the menu click or a short text asking for a person."""
    if menu_id == HANDOFF_MENU_ID:
        return True
    word = unicodedata.normalize("NFKC", content).strip(_STRIP)
    return word in HANDOFF_WORDS or word.replace("请", "").replace("帮我", "") in HANDOFF_WORDS


def welcome_menu() -> dict[str, Any]:
    """The welcome as a ``msgmenu`` with a 「转人工」 click item (send_msg_on_event body part)."""
    return {
        "msgtype": "msgmenu",
        "msgmenu": {
            "head_content": WELCOME_HEAD,
            "list": [{"type": "click", "click": {"id": HANDOFF_MENU_ID, "content": "转人工"}}],
            "tail_content": WELCOME_TAIL,
        },
    }


def text_message(content: str) -> dict[str, Any]:
    """A ``text`` body part for send_msg_on_event."""
    return {"msgtype": "text", "text": {"content": content}}
