"""What kind of message this is, before any clause is considered: a command, small talk, a
topic outside the policy, or a question about an audience's benefits."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.models import Lexicon

_NOISE = re.compile(r"[\s,.，。!！?？~～、:：;；()（）]+")


def _bare(text: str) -> str:
    return _NOISE.sub("", text)


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` occurs in ``text``."""
    return bool(words) and _pattern(tuple(words)).search(text) is not None


@lru_cache(maxsize=256)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled alternation per word list: a single scan instead of one per word."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def command(text: str, lexicon: Lexicon, *, topical: bool) -> str | None:
    """reset, help, human, greeting or thanks; None for anything else.

    ``topical`` says the message also names policy words, in which case small talk around it
    ("你好，企业招人有补贴吗") is ignored and the question is answered.
    """
    words = lexicon.words
    bare = _bare(text)
    if has_any(bare, words.get("reset_words", ())) and len(bare) <= 12:
        return "reset"
    if topical:
        return None
    if has_any(bare, words.get("human_words", ())) and len(bare) <= 12:
        return "human"
    if has_any(bare, words.get("help_words", ())) and len(bare) <= 12:
        return "help"
    for kind, key in (("greeting", "greeting_words"), ("thanks", "thanks_words")):
        rest = bare
        for word in sorted(words.get(key, ()), key=lambda w: (-len(w), w)):
            rest = rest.replace(word, "")
        if rest != bare and len(rest) <= 3:
            return kind
    if bare in ("?", "") or bare in ("你是谁", "你是什么", "你是机器人吗", "你叫什么"):
        return "help"
    return None


def out_of_scope(text: str, lexicon: Lexicon) -> str | None:
    """The name of an uncovered topic the message is about, if any."""
    for topic, words in lexicon.out_of_scope.items():
        if has_any(text, words):
            return topic
    return None


def audience(text: str, lexicon: Lexicon) -> str | None:
    """The audience of a "我是企业，有哪些补贴" question, or None."""
    if not has_any(text, lexicon.persona_cues):
        return None
    best: tuple[int, str] | None = None
    for aud in lexicon.audiences.values():
        for word in aud.words:
            pos = text.find(word)
            if pos != -1 and (best is None or pos < best[0]):
                best = (pos, aud.id)
    return best[1] if best else None


def wants_info(text: str, lexicon: Lexicon) -> bool:
    """A question about rules or materials rather than a figure."""
    if has_any(text, lexicon.words.get("rule_words", ())):
        return True
    info = has_any(text, lexicon.words.get("info_words", ()))
    amount = has_any(text, lexicon.words.get("amount_words", ()))
    return info and not amount


def selection(text: str, count: int) -> int | None:
    """An option number from "2", "第二个", "选2", "二" (1-based), if the reply is only that."""
    bare = _bare(text).removeprefix("选").removeprefix("第").removesuffix("个").removesuffix("项")
    bare = bare.removesuffix("条").removesuffix("种")
    digits = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    value = int(bare) if bare.isdigit() else digits.get(bare)
    return value if value is not None and 1 <= value <= count else None
