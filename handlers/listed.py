"""A message written as a list, or as several groups with one level said of them all.

"三名工作人员 1…高级技师 2…高级技师 3…高级工": each item one holder at its level; "区内失业人员10人
本市在职职工8人 外省进城务工人员6人 都考中级工": the groups' figures, one level for all. Read apart
from ``categories`` (which pairs each category with its own figure) because the figures here are
not the categories' own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from decimal import Decimal

from handlers.parts import PHRASE_END, labelled
from knowledge.models import Slot
from knowledge.numbers import Number

CERTIFIED_LEADS = (
    "拿证的",
    "取证的",
    "考过的",
    "考出的",
    "考出来的",
    "拿到证的",
    "拿到证书的",
    "通过的",
    "取得证书的",
    "过了",
    "考过了",
    "通过了",
)
"""Before the count of those certified, whatever their level ("拿证的25个", "过了十八个")."""
CERTIFIED_TAILS = ("通过", "考过", "过了", "拿证", "取证", "拿到证", "考出")
"""After the count of those certified and its unit ("十五人通过")."""


def certified(text: str, number: Number) -> bool:
    """The figure counts those who passed ("过了十八个", "十五人通过"), not those who sat."""
    return text[: number.start].endswith(CERTIFIED_LEADS) or text[number.end :].lstrip("人个名位 ").startswith(
        CERTIFIED_TAILS
    )


def one_per_item(
    text: str, spans: list[tuple[int, int, str]], free: list[Number], cues: tuple[str, ...]
) -> dict[str, int] | None:
    """A numbered list ("；" between its items, from ``knowledge.text.normalize``) whose items
    each name a category with no figure: one of that category an item ("江一社区 新认定省级；白马湖
    社区 新认定市级"), an item the slot's exclude cues leave out not counted ("前年就认定市级了")."""
    if text.count("；") < 2:
        return None
    marks = [i for i, ch in enumerate(text) if ch == "；"] + [len(text)]
    result: dict[str, int] = {}
    counted = 0
    for start, end in itertools.pairwise(marks):
        inside = [value for a, _, value in spans if start < a < end]
        if any(start < n.start < end and not in_name(text, n) for n in free):
            return None  # an item with a figure of its own: the figures decide
        if inside and not any(c in text[start:end] for c in cues):
            result[inside[0]] = result.get(inside[0], 0) + 1
            counted += 1
    return result if counted >= 2 else None


def groups_one_level(
    text: str,
    spans: list[tuple[int, int, str]],
    free: list[Number],
    slot: Slot,
    valid: Callable[[Slot, Decimal | None], int | str | None],
) -> dict[str, int] | None:
    """Several groups' figures and one level said of them all: "区内失业人员10人 本市在职职工8人
    外省进城务工人员6人 都考中级工" (16: the group the clause does not list left out), or the
    level first and each group labelled ("专项能力证书考过的 脱贫人口16个 本区户籍大学生9个")."""
    if len({v for *_, v in spans}) != 1 or len(free) < 2:
        return None
    first, last = spans[0][0], spans[-1][1]
    before = [n for n in free if n.end <= first]
    after = [n for n in free if n.start >= last]
    if before and not after and re.search("[都全]", text[before[-1].end : first]):
        group = before
    elif (
        len(after) > 1
        and not before
        and after[0].start - last >= 3  # (not "中级工班40人…": the level's own figure, the whole)
        and all(labelled(text, n) and text[n.start - 1 : n.start] not in "这那" for n in after)
        and "其中" not in text
    ):
        group = after  # (not "初级工15人 这15个多少": the same fifteen pointed at)
    else:
        return None
    passed = [n for n in group if certified(text, n)]
    if passed and len(passed) < len(group):
        group = passed  # "培训了一百零五个…考过了九十八个 都是中级工": those who passed
    if len(group) > 1 and group[0].value == sum(n.value or 0 for n in group[1:]):
        group = group[1:]  # "这期三十个学员 二十个… 十个…": the first is the whole the groups split
    counts = [valid(slot, n.value) for n in group if not any(c in own_phrase(text, n) for c in slot.exclude_cues)]
    if not all(isinstance(c, int) for c in counts):
        return None
    return {spans[0][2]: sum(c for c in counts if isinstance(c, int))}


def phrase_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The words around ``text[start:end]`` up to a mark or a space either side."""
    breaks = PHRASE_END + " "
    left = max((text.rfind(c, 0, start) for c in breaks), default=-1) + 1
    ends = [i for i in (text.find(c, end) for c in breaks) if i != -1]
    return left, min(ends, default=len(text))


def own_phrase(text: str, number: Number) -> str:
    """The words around ``number`` up to a mark or a space either side ("本市在职职工8人")."""
    left, right = phrase_span(text, number.start, number.end)
    return text[left:right]


def in_name(text: str, number: Number) -> bool:
    """A numeral inside a name ("江一社区", "东二社区"): one character, a name's before it."""
    before = text[number.start - 1 : number.start]
    return number.text in "一二三四五六七八九" and "\u4e00" <= before <= "\u9fff" and before not in "有是了共各个其中"
