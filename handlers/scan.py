"""Finding a slot's words in a message: longest match first, never overlapping, and whether
a word is negated just before it ("木有备案", "不是滨江户口")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from knowledge.models import Slot


def longest(word: str) -> tuple[int, str]:
    """Sort key: longest first, then by the text itself, so equal lengths never depend on
    set order (hash randomisation would make replies differ between runs)."""
    return (-len(word), word)


def longest_first(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(pairs, key=lambda p: -len(p[0]))


NEGATIONS = ("没有", "木有", "没", "未", "不是", "不在", "尚未", "还没", "并非")
_CLAUSE_BREAK = set(",，。;；!！?？ ")
_SUBJECT_END = re.compile("的(也|都|算|还|能|可以)")
_ASKED = ("有没有", "是不是", "有木有")
"""Yes-or-no questions: their 没 / 不是 deny nothing ("不确定有没有在人社部门备过案")."""


def negated(text: str, pos: int) -> bool:
    """A negation shortly before ``pos`` in the same phrase: "木有去区人社局备案", "不是滨江户口"."""
    start = pos
    # (a list reaches further: "不是失业、灵活就业、退役军人、脱贫人口或大学生" denies every item)
    reach = 24 if "、" in text[max(0, pos - 24) : pos] else 16
    while start > 0 and pos - start < reach and text[start - 1] not in _CLAUSE_BREAK:
        start -= 1
    window = text[start:pos]
    for asked in _ASKED:
        window = window.replace(asked, "")
    last = max((window.rfind(n) + len(n) for n in NEGATIONS if n in window), default=-1)
    if last != -1 and any(mark in window[last:] for mark in ")]】"):
        return False  # "(户口不在滨江)也考了高级工": a no inside an aside closed before denies no more
    # "还没就业的也算本区户籍…": a 的 ending the phrase that is the subject closes what it denies
    # (not "不是人社部门认定的试点单位", where the 的 is inside what is denied)
    return last != -1 and _SUBJECT_END.search(window[last:]) is None


def denied_each(text: str, words: Iterable[str]) -> bool:
    """One of ``words`` is in ``text``, each time just after a negation ("不是高技能人才")."""
    found = [m.start() for w in words for m in re.finditer(re.escape(w), text)]
    return bool(found) and all(negated(text, i) for i in found)


def scan_spans(text: str, pairs: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping longest matches of (word → value) pairs: [(start, end, value)]."""
    found: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    for word, value in pairs:
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            if not any(taken[start:end]):
                found.append((start, end, value))
                taken[start:end] = [True] * len(word)
            start = text.find(word, end)
    return sorted(found)


def scan_words(text: str, pairs: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """Like ``scan_spans`` without the ends: [(position, value)]."""
    return [(start, value) for start, _, value in scan_spans(text, pairs)]


def qualified(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop the "yes" words that a "no" before them in the same phrase qualifies: in "在上城区的人社
    服务窗口做公共就业服务" the 服务窗口 and the 公共就业 are the other district's, so the "no" stands."""
    kept: list[tuple[int, int, str]] = []
    no_end = -1  # where the last "no" ended, while its phrase goes on
    for start, end, value in spans:
        if value == "1" and no_end >= 0 and not any(ch in _CLAUSE_BREAK for ch in text[no_end:start]):
            continue
        no_end = end if value == "0" else -1
        kept.append((start, end, value))
    return kept


def category_spans(slot: Slot, text: str) -> list[tuple[int, int, str]]:
    """Where the slot's categories are named in ``text``, in order, each word taken at its longest
    ("高级技师" is not also "技师" and "高级")."""
    spans = [
        (at, at + len(word), name) for name, words in slot.values.items() for word in words for at in all_at(text, word)
    ]
    unique = set(spans)  # (two words of one category at one place are one mention)
    return sorted(s for s in unique if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in unique))


def all_at(text: str, word: str) -> list[int]:
    """Every place ``word`` starts in ``text``, overlaps included."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def called_pattern(words: Mapping[str, Iterable[str]]) -> re.Pattern[str]:
    """ "小王", "老李", "王阿姨": a person called by surname, from the lexicon's
    ``name_prefix_chars``, ``surname_chars`` and ``name_suffix_words``."""
    prefixes, surnames = tuple(words.get("name_prefix_chars", ())), tuple(words.get("surname_chars", ()))
    suffixes = sorted(words.get("name_suffix_words", ()), key=len, reverse=True)
    if not (prefixes and surnames):
        return re.compile(r"(?!)")
    called = f"[{''.join(prefixes)}][{''.join(surnames)}]"
    if suffixes:  # "王阿姨", "李叔": a surname and a way of calling
        called += f"|[{''.join(surnames)}](?:{'|'.join(map(re.escape, suffixes))})"
    return re.compile(called)
