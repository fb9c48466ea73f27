"""What kind of message this is, before any clause is considered: a command, small talk, a
topic outside the policy, or a question about an audience's benefits."""

from __future__ import annotations

import re
from collections.abc import Iterable
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
    if has_any(bare, words.get("help_words", ())) and len(_without(bare, words.get("greeting_words", ()))) <= 16:
        return "help"  # "您好，請問這個機器人可以查詢哪些內容" once the greeting is set aside
    for kind, key in (("greeting", "greeting_words"), ("thanks", "thanks_words")):
        rest = _without(bare, words.get(key, ()))
        if rest != bare and len(rest) <= 3:
            return kind
    if bare in ("?", "") or bare in ("你是谁", "你是什么", "你是机器人吗", "你叫什么"):
        return "help"
    return None


def restarted(text: str, lexicon: Lexicon) -> str | None:
    """The question after a reset word that opens the message ("重新问一个，我们机构是民办非企…"),
    to be asked afresh; None when the message does not open so or says nothing more."""
    opened = text.lstrip(" ，,。.：:好那嗯")
    for word in sorted(lexicon.words.get("reset_words", ()), key=len, reverse=True):
        if opened.startswith(word):
            rest = opened[len(word) :].lstrip(" ，,。.：:！!～~吧啊哈")
            return rest if len(rest) >= 4 else None
    # "算了，问问技能竞赛": the matter in hand dropped, another asked (not "算了一下 有80个")
    for word in sorted(lexicon.words.get("drop_topic_words", ()), key=len, reverse=True):
        if opened.startswith(word) and not opened[len(word) :].startswith(("一下", "下", "算")):
            rest = opened[len(word) :].lstrip(" ，,。.：:！!～~吧啊哈")
            # (not "算了，那如果招到100个呢": the matter in hand, supposed otherwise)
            going_on = rest.startswith(("那", "如果", "要是", "假如", "就按", "按", "还是"))
            return rest if len(rest) >= 4 and not going_on else None
    return None


def _without(text: str, words: Iterable[str]) -> str:
    """``text`` with every one of ``words`` taken out, longest first."""
    words = tuple(words)
    if not words or not has_any(text, words):
        return text  # (most messages hold none: one compiled scan says so)
    for word in sorted(words, key=lambda w: (-len(w), w)):
        text = text.replace(word, "")
    return text


def for_oneself(text: str, lexicon: Lexicon) -> bool:
    """A person asking for themself ("我考了…"), not on behalf of an organisation ("我们公司…").
    An organisation named as one's workplace ("我是在公司上班的") or within a title
    ("企业人力资源管理师", lexicon ``person_title_words``) is no organisation asking."""
    if "我" not in text:
        return False
    for title in lexicon.words.get("person_title_words", ()):
        text = text.replace(title, "")
    return not has_any(_WORKPLACE.sub("", text), tuple(lexicon.words.get("organisation_words", ())))


# "我是在公司上班的", "我在一家企业做人事": 在 and a few characters before the organisation word
_WORKPLACE = re.compile(r"我(?:是)?在[^，。,.！？!?\s]{0,4}?(?:公司|企业|单位|厂|机构)")


def out_of_scope(text: str, lexicon: Lexicon, asked_words: tuple[str, ...] = ()) -> str | None:
    """The name of an uncovered topic the message is about, if any. With ``asked_words`` (the
    best clause's words), a letter whose background names such a topic ("我街道累计举办线下招聘会
    12场…") while its question asks about the clause ("街道每年…补贴最高是多少？") is not about it."""
    asked = _question_part(text, tuple(lexicon.words.get("asking_words", ())))
    background = bool(asked_words) and asked != text and has_any(asked, asked_words)
    for topic, words in lexicon.out_of_scope.items():
        if has_any(asked if background else text, words):
            return topic
    return None


def without_stated_facts(text: str, lexicon: Lexicon) -> str:
    """``text`` without the facts of the asker's case said with their figure ("月薪5000", "社保交了
    3年", lexicon ``case_fact_words``): "…招了本区户籍的六十三个 月薪5000 有多少奖励" does not ask
    about wages."""
    words = tuple(lexicon.words.get("case_fact_words", ()))
    return _stated(words).sub("", text) if words and has_any(text, words) else text


@lru_cache(maxsize=4)
def _stated(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?=[是为约有了：:\s]{{0,2}}[0-9０-９])")


_SENTENCE = re.compile(r"[^。！!？?；;]+[。！!？?；;]?")


def _question_part(text: str, asking: tuple[str, ...]) -> str:
    """The sentences of ``text`` that ask something (one of ``asking``), or all of it if none or
    every one does."""
    sentences = _SENTENCE.findall(text)
    asked = [s for s in sentences if any(w in s for w in asking)]
    return "".join(asked) if asked and len(asked) < len(sentences) else text


def names_other_benefit(text: str, lexicon: Lexicon) -> bool:
    """The message names a benefit this policy does not have ("就业见习补贴", "稳岗返还") or a tax:
    it is about that even when it also names a group or reward the policy has ("高校毕业生",
    "竞赛奖金要交个人所得税吗")."""
    endings = tuple(lexicon.words.get("benefit_ending_words", ()))
    return bool(endings) and any(
        w in text and w.endswith(endings) for words in lexicon.out_of_scope.values() for w in words
    )


_SELF = ("我是", "我们是", "俺是", "本人是", "我们这是", "我这边是")


def audience(text: str, lexicon: Lexicon, remembered: str | None = None) -> str | None:
    """The audience of "我是企业，有哪些补贴", of a bare "我是企业", or of a later "有哪些补贴"
    from someone who said who they are before (``remembered``); None otherwise."""
    cue = has_any(text, lexicon.persona_cues)
    bare = _bare(text)
    introduction = bare.startswith(_SELF) and len(bare) <= 10
    if not cue and not introduction:
        return None
    best: tuple[int, str] | None = None
    for aud in lexicon.audiences.values():
        for word in aud.words:
            pos = text.find(word)
            if pos != -1 and (best is None or pos < best[0]):
                best = (pos, aud.id)
    if best:
        return best[1]
    return remembered if cue else None


def asks_for_list(text: str, lexicon: Lexicon) -> bool:
    """ "有哪些补贴", "有什么政策": a request for the whole list."""
    return has_any(text, lexicon.persona_cues)


def wants_info(text: str, lexicon: Lexicon) -> bool:
    """A question about rules or materials rather than a figure.

    "我们招了不少本区户籍的，奖补怎么算": a case of one's own with its figure left vague asks for
    that case's sum, so "怎么算" is no rule question there (the figure is asked for next)."""
    if has_any(text, lexicon.words.get("vague_amount_words", ())):
        text = _without(text, lexicon.words.get("how_computed_words", ()))
    if has_any(text, lexicon.words.get("rule_words", ())):
        return True
    # "有没有补贴" asks like "有补贴吗" (yes, and for how much: the amount's slots are asked);
    # only an info word outside it ("有没有补贴，要什么材料") makes a question about rules.
    info = has_any(_without(text, lexicon.words.get("yes_no_words", ())), lexicon.words.get("info_words", ()))
    amount = has_any(text, lexicon.words.get("amount_words", ()))
    return info and not amount


def selection(text: str, count: int) -> int | None:
    """An option number from "2", "第二个", "选2", "二" (1-based), if the reply is only that."""
    bare = _bare(text).removeprefix("选")
    if bare.startswith("第"):
        bare = bare.removeprefix("第").removesuffix("个")  # "第3个" chooses; "3个" is a count
    bare = bare.removesuffix("项")
    bare = bare.removesuffix("条").removesuffix("种")
    digits = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    value = int(bare) if bare.isdecimal() else digits.get(bare)  # isdigit admits ¹ and ፩, which int() refuses
    return value if value is not None and 1 <= value <= count else None
