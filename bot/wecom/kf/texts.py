"""What the 微信客服 channel says on its own: welcome menu, hand-off notices, the long-answer note.

The wording is in ``knowledge/data/replies.yaml`` (keys ``kf_*``); the welcome's head, the media
fallback and the examples are the app channel's (``bot.wecom.texts``), so residents hear the same
bot whichever way they reach it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Mapping
from typing import Any

from bot.wecom.texts import say

HANDOFF_MENU_ID = "handoff"
"""``menu_id`` of the 「转人工」 item; a click comes back as a text message carrying it."""

_STRIP = "，。！？!?,.~～ 　\n\t"


def wants_human(content: str, words: Collection[str], menu_id: str = "") -> bool:
    """True for the menu click or a short text that is one of ``words`` (lexicon
    ``handoff_words``) asking for a person."""
    if menu_id == HANDOFF_MENU_ID:
        return True
    word = unicodedata.normalize("NFKC", content).strip(_STRIP)
    return word in words or word.replace("请", "").replace("帮我", "") in words


def welcome_menu(texts: Mapping[str, str]) -> dict[str, Any]:
    """The welcome as a ``msgmenu`` with a 「转人工」 click item (send_msg_on_event body part)."""
    button = {"id": HANDOFF_MENU_ID, "content": texts["kf_handoff_button"]}
    return {
        "msgtype": "msgmenu",
        "msgmenu": {
            "head_content": say(texts, "channel_welcome_head"),
            "list": [{"type": "click", "click": button}],
            "tail_content": texts["kf_welcome_tail"],
        },
    }


def text_message(content: str) -> dict[str, Any]:
    """A ``text`` body part for send_msg_on_event."""
    return {"msgtype": "text", "text": {"content": content}}
