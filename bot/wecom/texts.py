"""Every Chinese sentence the WeCom channel says on its own, in one place.

The dialogue's answers come from the engine; these are the channel's fixed replies: media the bot
cannot read, the welcome on entering the app, the flood notice and the store-down apology.
"""

from __future__ import annotations

EXAMPLE_QUESTIONS = (
    "我们公司招了120个本区户籍的人能拿多少",
    "我有技师证书，能领多少补贴",
)

_EXAMPLES = "\n".join(f"· {q}" for q in EXAMPLE_QUESTIONS)

TEXT_ONLY = (
    "抱歉，我目前只能读懂文字消息。请用文字描述您的问题，例如：\n" + _EXAMPLES
)

WELCOME = (
    "您好，我是滨江就业政策助手，可以帮您查询就业创业补贴：能不能领、能领多少、要准备哪些材料。"
    "请直接用文字提问，例如：\n" + _EXAMPLES + "\n发送“帮助”查看更多，发送“重新开始”重置对话。"
)

FLOOD_NOTICE = "您发送消息太频繁了，请稍等一分钟再继续提问。"

BUSY = "系统繁忙，请稍后再试。"

MEDIA_TYPES = frozenset({"image", "voice", "video", "shortvideo", "location", "link", "file"})
"""Message types answered with ``TEXT_ONLY``."""

WELCOME_EVENTS = frozenset({"enter_agent", "subscribe"})
"""Events answered with ``WELCOME``."""
