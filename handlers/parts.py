"""Parts of a whole in one message: sub-counts described by the slot's cue words ("120个，只有30个
是本区户籍", "200个，其中150个外地的") and parts named with 其中 ("技能人才120人，其中高技能人才60人").

Pure functions of the text and the figures the extractor picked, kept apart from it because they
decide how several figures for one slot combine, not which figures there are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from handlers.cues import PART_MARKERS
from handlers.scan import negated
from knowledge.models import Slot
from knowledge.numbers import Number, parse_number


def sub_count(text: str, slot: Slot, picked: list[Number], added: tuple[str, ...] = ()) -> int | None:
    """Figures tied to the slot's include or exclude cues ("120个，只有30个是本区户籍" → 30;
    "200个，其中150个外地的" → 50; "50个本区户籍、20个脱贫人口、10个外地的" → 70). A lone
    excluded figure in a follow-up ("其中20个离职了") comes back negative, to be taken off
    the figure given before. ``added`` (lexicon ``added_group_words``) sets a group beside the
    ones before ("另外还有15个本区户籍的实习生"), not within them."""
    inside: list[Number] = []
    outside: list[Number] = []
    plain: list[Number] = []
    for number in picked:
        # A description belongs to its nearest figure: it ends where the next figure starts.
        limit = min((n.start for n in picked if n.start > number.start), default=len(text))
        tag = _describes(
            text[:limit], number, slot.include_cues, slot.exclude_cues, last=limit == len(text), cut=limit < len(text)
        )
        if text[number.end : number.end + 1] in ("", " ", "，", ",", "。", "；", ";", "、"):
            tag = _cue_before(text, number, slot) or tag  # "本区户籍六十 外地四十": each its own cue
        (inside if tag == "in" else outside if tag == "out" else plain).append(number)
    if len(picked) == 1 and inside:
        return None  # one figure with its description: the ordinary reading
    again = [n for i, n in enumerate(inside) if i and _restated_whole(text, n, inside[:i])]
    if again:
        # "其中本区户籍76人…；本区户籍76人里有3人已经离职了": the same group named again, and the
        # excluded figures after it are a part of it
        inside = [n for n in inside if n not in again]
        return max(total(inside) - total([n for n in outside if n.start > again[0].start]), 0)
    if inside and outside and any(total(inside) + total(outside) == total([n]) for n in plain):
        return total(inside)  # "25人，其中15个本区户籍、10个外地的": the whole, split in two
    if inside and outside and plain and total(plain) + total(outside) == total(inside[:1]):
        # "20个本区户籍学员，15个是在校生，5个是离校3年的往届生": the included whole, split in two
        return total(inside[:1]) - total(outside)
    # "本区户籍80个，其中20个离职了", "…本区户籍里有6个已经离职了": a part of the included, named
    # after it; not people from elsewhere said beside it ("外地户口40个")
    part = min((i for m in PART_MARKERS if (i := text.find(m, inside[0].end if inside else 0)) != -1), default=-1)
    parts = [n for n in outside if cue_of(text, n, slot.exclude_cues) not in slot.beside_cues]
    after = [n for n in parts if n.start > part]
    if inside and after and part != -1 and total(after) < total(inside[:1]):
        return total(inside[:1]) - total(after)
    if slot.beside_cues and len(inside) == 1 and not plain:
        # "本区户籍那77个 有2个上周离职了": people who left, said after the local ones, are of them
        # (not "外地的20个", people beside them)
        left = [
            n for n in parts if n.start > inside[0].start and not any(w in text[inside[0].end : n.start] for w in added)
        ]
        if left and total(left) < total(inside):
            return total(inside) - total(left)
    if inside:
        return total(inside)
    if outside and len(plain) > 1 and total(plain[:1]) == total(plain[1:]) + total(outside):
        return total(plain[1:])  # "中级工班42人 失业人员20人 灵活就业10人 在职员工12人": the whole, split
    # (not "参加了4次评审，其中一次是市人社局组织的": a part of the four, named as one)
    marked = [text.find(m) for m in PART_MARKERS if m in text]
    a_part = bool(outside and plain and marked) and plain[0].start < min(marked) < outside[0].start
    if outside and plain and slot.parts_add and not a_part:
        return total(plain)  # "评审4次、培训2次，另…市总工会组织的3次": six
    if outside and plain and not marked and all(labelled(text, n) for n in (*plain, *outside)):
        # "离校1年还没工作的7个 已经上班的往届生5个": each group named right before its figure,
        # side by side with no part marker; the ones that count add up
        return total(plain)
    if outside and plain and all(_said_to_be(text, n) for n in plain):
        # "12个是离校一年的应届生…，8个是离校三年的": groups side by side, not a whole and its part
        return total(plain)
    if outside and plain:
        return max(total(plain[:1]) - total(outside), 0)
    if outside:
        return -total(outside)
    return None


def _cue_before(text: str, number: Number, slot: Slot) -> str:
    """ "in" or "out" for a bare figure right after an include or exclude cue (the longest that
    ends there, a joiner allowed: "不是本区户籍的：20" is out), else ""."""
    before = text[: number.start]
    if before[-1:] in " ：:有是为的":
        before = before[:-1]
    cues = [(len(c), "in") for c in slot.include_cues if before.endswith(c)]
    cues += [(len(c), "out") for c in slot.exclude_cues if before.endswith(c)]
    return max(cues)[1] if cues else ""


def _restated_whole(text: str, number: Number, before: list[Number]) -> bool:
    """The included figure repeats one said before and opens a part of it ("76人里有3人")."""
    after = text[number.end : number.end + 6].lstrip("个人名位")
    return any(n.value == number.value for n in before) and after.startswith(PART_MARKERS)


def labelled(text: str, number: Number) -> bool:
    """The figure's group is named right before it ("往届生5个", "没工作的7个"), not a bare figure
    after a break, a verb or a part word ("，5个…", "有8个是…", "招了30个")."""
    before = text[number.start - 1 : number.start]
    return bool(before) and ("\u4e00" <= before <= "\u9fff") and before not in "有是中共了招到过给培训考"


def _said_to_be(text: str, number: Number) -> bool:
    """The figure is described like its siblings ("12个是离校一年的"), not left bare as a whole."""
    return text[number.end : number.end + 3].lstrip("个人名位").startswith("是")


def describes(text: str, number: Number, slot: Slot, *, last: bool = False) -> str:
    """ "in", "out" or "": how the slot's cue words describe ``number`` (see ``_describes``)."""
    return _describes(text, number, slot.include_cues, slot.exclude_cues, last=last)


def cue_of(text: str, number: Number, cues: tuple[str, ...]) -> str:
    """The cue word describing ``number``: the first after it in its phrase, else the last
    before it ("外地户籍12个" → 外地, "12个是外地的" → 外地)."""
    end = number.end
    while end < len(text) and not _ends_phrase(text, number.end, end):
        end += 1
    after = text[number.end : end]
    hits = [c for c in cues if c in after and not _a_not_a(after, c)]
    if hits:
        return min(hits, key=after.find)
    start = number.start
    while start > 0 and text[start - 1] not in PHRASE_END:
        start -= 1
    before = text[start : number.start]
    return max((c for c in cues if c in before and not _a_not_a(before, c)), key=before.rfind, default="")


def _a_not_a(text: str, cue: str) -> bool:
    """The cue's 不 is a question's ("算不算50人及以上" asks, "不算" would deny)."""
    return cue.startswith("不") and len(cue) > 1 and f"{cue[1:]}{cue}" in text


def fraction_part(text: str, slot: Slot, whole: Number) -> int | None:
    """ "新招200人，其中三成是滨江本区户籍", "百分之四十是外地的": a share of the one figure,
    described by the slot's cue words; whole people, rounded down."""
    found = fraction_said(text, slot, whole)
    return found[1] if found else None


def fraction_said(text: str, slot: Slot, whole: Number) -> tuple[str, int, bool] | None:
    """The share's words ("三成"), the count counted and whether the share is the part left out,
    for ``fraction_part`` and for the reply to say how the count was reached."""
    if whole.value is None:
        return None
    for match in _FRACTION.finditer(text, whole.end):
        raw = next(g for g in match.groups() if g)
        read = Decimal(raw) if raw.replace(".", "").isdigit() else parse_number(raw)
        if match.group(4):  # "一半是本区户籍，另一半是外地的"
            read = Decimal(50)
        if read is None:
            continue
        share = read / 10 if match.group(3) else read / 100
        if not 0 < share <= 1:
            continue
        span = Number(share, match.start(), match.end(), match.group(0))
        tag = _describes(text, span, slot.include_cues, slot.exclude_cues, last=True)
        if tag:
            return match.group(0), int(whole.value * (share if tag == "in" else 1 - share)), tag == "out"
    return None


_FRACTION = re.compile(
    r"百分之([一二三四五六七八九十百\d]+)|(\d+(?:\.\d+)?)\s*[%％]|([一二三四五六七八九\d])成(?![绩本员立功为了])|(?<!另)(一半)"
)
"""A share: 百分之三十, 30%, 三成, 一半."""


def describes_a_part(text: str, pos: int, numbers: list[Number]) -> bool:
    """Whether the words at ``pos`` share their phrase with one of several figures: in "招了80个人，
    不是本区户籍的有20个" or "15个本区户籍、10个外地户籍的" they describe a part of the people, so
    they say nothing about whether all of them qualify."""
    if len(numbers) < 2:
        return False
    start = pos
    while start > 0 and text[start - 1] not in PHRASE_END:
        start -= 1
    end = pos
    while end < len(text) and text[end] not in PHRASE_END:
        end += 1
    return any(start <= n.start < end for n in numbers)


def take_out_parts(slots: Mapping[str, Slot], values: dict[str, Any], text: str) -> dict[str, Any]:
    """ "技能人才120人，其中高技能人才60人", "技能人才九十个 高技能人才四十个": the part is inside
    the whole, so the whole is counted without it (the calculator adds the two). Not where the
    whole is qualified as a group apart ("初中级技能人才90人次") or is smaller than the part."""
    for name, slot in slots.items():
        whole = slot.part_of
        if (
            whole
            and isinstance(values.get(name), int)
            and isinstance(values.get(whole), int)
            and ("其中" in text or within(slot, text, values[whole], values[name]))
        ):
            values[whole] = max(values[whole] - values[name], 0)
    return values


def whole_again(
    slots: Mapping[str, Slot], merged: dict[str, Any], fresh: Mapping[str, Any], text: str
) -> dict[str, Any]:
    """A whole said after its part ("另外新增的技能人才是一百六十个" after 68 高技能人才): the
    part is among them, so the whole is kept without it."""
    for name, slot in slots.items():
        whole, count = slot.part_of, merged.get(name)
        if (
            whole is not None
            and whole in fresh
            and name not in fresh
            and isinstance(count, int)
            and count
            and within(slot, text, fresh[whole], count)
        ):
            merged[whole] = fresh[whole] - count
    return merged


def within(part: Slot, text: str, whole: int, count: int) -> bool:
    """A whole said beside its part includes it: not qualified apart, and no smaller; said to
    include it ("算上普通技能人才一共一百二十个（含那四十五个）"), whatever group words it has."""
    if whole < count:
        return False
    return any(w in text for w in _INCLUDES) or not any(cue in text for cue in part.separate_cues)


_INCLUDES = ("含那", "包括那", "包含那", "含这", "包括这", "包含这", "(含", "（含")
"""Words that say a whole includes the part named before it."""


def total(numbers: list[Number]) -> int:
    """The sum of the figures, as a whole count."""
    return int(sum((n.value for n in numbers if n.value is not None), Decimal(0)))


PHRASE_END = "，,、。；;！!？?:："
"""Marks that end the phrase a figure is described in."""
_BUT = ("不过", "但是", "但", "可是")
"""Opens a phrase that goes on describing the people just counted."""


def _describes(
    text: str,
    number: Number,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    *,
    last: bool = False,
    cut: bool = False,
) -> str:
    """Whether the words describing a figure include or exclude it: first what follows it up to
    the end of the phrase ("10个外地的", "20个干了三个月就离职了"), else what stands before it
    in its phrase ("其中滨江户籍大学生60人"). A person must meet every condition, so one that
    fails outweighs one met ("10个本区户籍离校3年没工作的" is out); and a description may go on
    past "、" when it is the ``last`` figure ("5个是本市其他区户籍、正常上班的"); before another
    figure, the words after "、" are that figure's ("30人、外省户籍人员120人"), and so are words
    ending in 的 right before it when ``text`` was ``cut`` there ("30个外地的20个")."""
    if _WITHIN.match(text, number.end) and not _cue_said_before(text, number, include, exclude):
        return ""  # "八十个里面走了十个": the whole; 走了 is its part's
    end = number.end
    while end < len(text) and end - number.end < 20 and not _ends_phrase(text, number.end, end):
        end += 1
    after = text[number.end : end]
    if cut and end == len(text) and after.rstrip().endswith("的"):
        after = ""  # "本区户籍的30个外地的20个": "外地的" stands before the next figure, it is that one's
    if text[end : end + 1] in ("，", ",") and text[end + 1 :].startswith(_BUT):
        # "5个是脱贫人口，不过他们老家不是对口帮扶地区的": the same people, a condition they fail
        more = end + 1
        while more < len(text) and text[more] not in PHRASE_END:
            more += 1
        after += text[end:more]
    if last and not any(c in after for c in (*include, *exclude)) and text.startswith("、", end):
        more = end + 1
        while more < len(text) and more - end < 10 and text[more] not in PHRASE_END:
            more += 1
        after = text[end + 1 : more]
    if any(c in after for c in exclude):
        return "out"
    for cue in include:
        at = after.find(cue)
        if at != -1:  # "8个老家不在对口帮扶地区": the cue under a negation excludes the figure
            tail = after[:at].rsplit("的", 1)[-1]  # (not "还没工作的本区户籍": 没 is of 工作)
            return "out" if negated(tail + cue, len(tail)) else "in"
    start = number.start  # back to the phrase's start, at most 16 characters
    while start > 0 and text[start - 1] == " ":
        start -= 1  # "本区户籍的 40 个": a space right before the figure is still inside its phrase
    while start > 0 and number.start - start < 16 and text[start - 1] not in PHRASE_END + " ":
        start -= 1
    before = text[start : number.start]
    if any(c in before for c in exclude):
        return "out"
    for cue in include:
        at = before.find(cue)
        if at != -1:
            # "不是本区户籍的有20个": the cue under a negation excludes the figure; not a negation
            # closed by 的 before it ("离校1年未就业的本区户籍毕业生5人": 未 is of 就业)
            tail = before[:at].rsplit("的", 1)[-1]
            return "out" if negated(tail + cue, len(tail)) else "in"
    return ""


def _cue_said_before(text: str, number: Number, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    """A cue in the few characters before the figure, in its phrase ("外地的那一百里有…")."""
    start = max(0, number.start - 8)
    before = re.split(f"[{re.escape(PHRASE_END)} ]", text[start : number.start])[-1]
    return any(c in before for c in (*include, *exclude))


_PART = "其中"
"""Starts the description of a part: "120个 其中本区户籍40个" describes the 40, not the 120."""


_WITHIN = re.compile("[个人名位]?(?:里面|里头|里有|中有|当中|之中|里)")
"""After a figure, makes it the whole the next words take a part of ("八十个里面走了十个")."""


def _ends_phrase(text: str, begin: int, pos: int) -> bool:
    """``pos`` ends the phrase that began at ``begin``: punctuation, 其中, or a space after words
    (a space right after the figure, "30 人", is still inside it)."""
    ch = text[pos]
    return ch in PHRASE_END or text.startswith(_PART, pos) or (ch == " " and text[begin:pos].strip() != "")
