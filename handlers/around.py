"""What the words around a figure say about it: its unit, its cue words, and whether it is a
count of the asker's at all.

A figure in a question is often not the asker's count: an amount (5000块, 1.5万), an amount asked
back ("是1500吗"), the policy's threshold quoted ("50人以上才有吗"), a count of certificates
rather than people ("两个证"). Each reading is a small test of the text right before or after
the figure, kept here so the extractor can ask them by name. The word lists come from
lexicon.yaml and slots.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from handlers.scan import NEGATIONS, negated
from knowledge.models import Slot
from knowledge.numbers import Number, find_numbers

TRANSPARENT = " 多余几来左右名个"  # between a number and its unit: 120多人, 八十几个, 30 人
_TERM_WORD_ENDS = tuple("满间末中限初")
"""After 期, the words 期满, 期间, 期末…: no unit "期" (a training round)."""
_LOOSE_GAPS = ("出头", "零几")
"""Between a round number and its unit, saying it loosely ("一百出头个", "一百零几个")."""
CUE_WINDOW = 8
_NUMERAL_START = frozenset("0123456789一二两三四五六七八九十")
COUNT_UNITS = ("个", "人", "名", "位", "家", "次")
# Units that show a number is not a head count or a number of sessions ("干了三年", "5天").
OTHER_UNITS = (
    "年",
    "岁",
    "天",
    "日",
    "个月",
    "月",
    "号",
    "元",
    "块",
    "万",
    "届",
    "小时",
    "分",
    "个班",
    "班",
    "期",
    "周",
    "个星期",
    "星期",
    "个礼拜",
    "礼拜",
)
"""Units after a 万 figure that make it a count rather than money ("1万个本区户籍")."""
_BREAKS = "，,。；;！!？? "
_SEPARATORS = "、，,。；;"
_BOTH = (
    "个都能",
    "个都可以",
    "个都可",
    "个都拿",
    "项都能",
    "项都可以",
    "项都拿",
    "样都能",
    "个加起来",
    "个加一起",
    "个加在一起",
    "项加一起",
    "个合起来",
    "项加起来",
    "个一共",
    "项一共",
    "个合计",
    "项合计",
    *(f"{m}{c}{v}" for m in "个项" for c in ("能", "不能", "可以", "可不可以") for v in ("加", "一起", "同时", "叠加")),
)
"""After a figure: all of the things named ("两个都能拿吗"), or whether they combine ("两个不能加起来吗")."""


_PHRASE_MARKS = "，,。；;！!？?"


PRONOUNS = ("我们", "咱们", "咱", "我", "他们", "她们", "你们")
"""Before 俩 they name who ("我们俩"), not how many of something."""


class Around:
    """Tests of the text around a figure; the word lists are the lexicon's."""

    def __init__(self, words: Mapping[str, Iterable[str]]) -> None:
        """``words``: the lexicon's word lists, read by key."""

        def listed(key: str) -> tuple[str, ...]:
            return tuple(words.get(key, ()))

        self._quoted = listed("quoted_after_words")
        self._size = listed("size_before_words")
        self._staff = listed("staff_words")
        # One compiled test each for "ends with one of these": is_size runs for every figure.
        self._size_end = re.compile(f"(?:{'|'.join(map(re.escape, self._size))})$") if self._size else None
        self._staff_end = re.compile(f"(?:{'|'.join(map(re.escape, self._staff))})$") if self._staff else None
        self._hire_verbs = listed("hire_verb_words")
        self._thresholds = listed("threshold_after_words")
        self._others = listed("others_words")
        self._totals = listed("total_words")
        self._nones = listed("none_after_words")
        self._steps = listed("step_before_words")
        self._past = listed("past_year_words")
        self._this_year = listed("this_year_words")
        self._step_adds = listed("step_adds_words")
        self._reaching = listed("reaching_words")
        self._confirm = listed("confirm_words")
        self._adding = listed("adding_before_words")
        self._counted_as = listed("counted_as_before_words")
        self._counted_as_after = listed("counted_as_after_words")
        self.passed = listed("passed_words")  # "初级工合格二十二": between a level and its figure
        self.kin_pairs = listed("kin_pair_words")  # "兄弟俩": who the two are

    @staticmethod
    def unit_after(text: str, number: Number, units: list[str]) -> str:
        """The longest unit right after the number, among the units of the slots in play."""
        i = number.end
        while i < len(text) and text[i] in TRANSPARENT and not any(text.startswith(u, i) for u in units):
            i += 1
        if text.startswith("号人", i):
            i += 1  # "百来号人": 号 counts people here, it is no date
        gap = next((g for g in _LOOSE_GAPS if text.startswith(g, i)), "")
        i += len(gap)  # "一百出头个", "一百零几个": said loosely, the unit after
        unit = next((u for u in units if text.startswith(u, i)), "")
        if not unit and number.text in ("俩", "仨") and "人" in units:
            return "人"  # "我俩都在公益性岗位": two people
        if unit == "期" and text[i + 1 : i + 2] in _TERM_WORD_ENDS:
            return ""  # "技能人才120 期满评估三星": 期满 is a word of its own, no unit of the figure
        return unit

    @staticmethod
    def cue_distance(text: str, number: Number, cues: tuple[str, ...]) -> tuple[int, int]:
        """(distance, -length) of the nearest cue before or just after the number; big if none."""
        best = (10_000, 0)
        longest = max((len(c) for c in cues), default=0)
        before = text[max(0, number.start - CUE_WINDOW - longest) : number.start]
        after = text[number.end : number.end + CUE_WINDOW]
        start = max(0, number.start - CUE_WINDOW - longest)
        denied = any(n in before for n in NEGATIONS)  # (only then is a cue looked at twice)
        for cue in cues:
            pos = before.rfind(cue)
            # "如果是技能人才不是高技能人才 60个": a cue said not to hold is not the figure's
            while pos != -1 and denied and negated(text, start + pos):
                pos = before.rfind(cue, 0, pos)
            if pos != -1 and len(before) - pos - len(cue) < CUE_WINDOW:
                best = min(best, (len(before) - pos - len(cue), -len(cue)))
            pos = after.find(cue)
            between = after[:pos] if pos != -1 else ""
            if any(c in between for c in _SEPARATORS):
                continue  # "60人次、高级工和技师45人次": the cue after 、 is the next figure's
            if pos != -1 and _figure_first(text[number.end + pos + len(cue) :].lstrip(" 是有为:：")):
                continue  # "培训了120人次 高技能人才75人": a cue with its own figure right after it
            if pos != -1 and (pos <= 3 or (pos <= 6 and between.endswith("是"))):  # "130人次都是高技能人才"
                best = min(best, (pos + 1, -len(cue)))
        return best

    @staticmethod
    def is_money(text: str, number: Number) -> bool:
        """ "300一次", "5000块", "1.5万", "5w", "3k": an amount of money, never a head count."""
        after_unit = text[number.end : number.end + 1]
        if "万" in number.text or number.text.endswith(("w", "k", "W", "K")):
            return after_unit not in COUNT_UNITS or after_unit == ""  # "1万个本区户籍" is a head count
        after = text[number.end : number.end + 3].lstrip()
        return after.startswith(("元", "块", "一次", "/次", "每次", "一个人", "/人", "每人"))

    def is_size(self, text: str, number: Number) -> bool:
        """ "员工总数620人", "公司2019年成立的 员工两百多 今年新招了一批…": how big the firm is,
        not how many it hired; a staff word right before the figure counts so only when the hiring
        is said in another phrase."""
        near = text[max(0, number.start - 8) : number.start]
        sized = self._size_end is not None and self._size_end.search(near) is not None
        if not sized and (self._staff_end is None or not self._staff_end.search(near)):
            return False  # (the common case, decided on the few characters before the figure)
        start = max((text.rfind(mark, 0, number.start) for mark in _PHRASE_MARKS + " "), default=-1) + 1
        before = text[start : number.start]
        if sized:  # "员工总数620人"; not "招用并稳定就业的本区户籍员工一共49人", hired in the phrase
            return not any(v in before for v in self._hire_verbs)
        if self._staff_end is None or not self._staff_end.search(before) or any(v in before for v in self._hire_verbs):
            return False  # (the staff word must stand in the figure's own phrase, with no hiring in it)
        rest = text[:start] + text[number.end :]
        return any(v in rest for v in self._hire_verbs)

    def is_quoted(self, text: str, number: Number) -> bool:
        """A bare figure asked about ("是1500吗", "500还是1000"): an amount, never a count."""
        after = text[number.end : number.end + 4].lstrip()
        return bool(self._quoted) and after.startswith(self._quoted)

    @staticmethod
    def is_proposed(text: str, number: Number, units: Iterable[str]) -> bool:
        """ "能合起来按140个算吗": a count the asker proposes to be counted as, not one they state."""
        if not text[: number.start].endswith("按"):
            return False
        after = text[number.end : number.end + 6].lstrip()
        unit = next((u for u in sorted(units, key=len, reverse=True) if after.startswith(u)), "")
        return after[len(unit) :].lstrip().startswith(("算", "计算", "来算"))

    def asked_about(self, text: str, end: int) -> bool:
        """The words ending at ``end`` are asked about, not stated ("能算外省进城务工人员吗")."""
        return bool(self._quoted) and text[end : end + 4].lstrip().startswith(self._quoted)

    @staticmethod
    def is_both(text: str, number: Number) -> bool:
        """ "市级和区级…两个都能拿吗": all of those named, not a count of them."""
        after = text[number.end :]
        # "8个都拿了技师证": how many got the certificate, not "两个都拿吗" of two benefits
        return after.startswith(_BOTH) and not after.startswith(("个都拿了", "个都拿到"))

    def is_threshold(self, text: str, number: Number, units: list[str]) -> bool:
        """ "50人以上", "100人次起": a figure of the rule, not of the asker."""
        return bool(self._thresholds) and self._after_unit(text, number, units).startswith(self._thresholds)

    def this_year(self, text: str) -> bool:
        """The message sets this year's figures against another year's ("今年", "现在")."""
        return any(word in text for word in self._this_year)

    def quotes_rule(self, text: str) -> bool:
        """The message quotes the rule back ("就有5万是吧", "不是100人就给5w吗", "50人以上才有是吧"):
        a sum of money stands in it beside the threshold, or it asks to have the rule confirmed."""
        return any(self.is_money(text, n) for n in find_numbers(text)) or text.rstrip("？?。. ").endswith(self._confirm)

    def is_past(self, text: str, number: Number) -> bool:
        """ "去年招了60个…今年…110个": a figure of another year, in the words of its own phrase."""
        if not self._past:
            return False
        start = number.start
        while start > 0 and number.start - start < 16 and text[start - 1] not in _PHRASE_MARKS:
            start -= 1
        phrase = text[start : number.start]
        last = max((phrase.rfind(w) for w in self._past), default=-1)
        # (not "去年新增80个 今年新增60个": this year named after the past one, nearer the figure)
        return last != -1 and not any(w in phrase[last:] for w in self._this_year)

    def is_step(self, text: str, number: Number) -> bool:
        """ "每满20个加1万", "每多招25个加两万五": the rule's step and what it adds, quoted; not
        figures of the asker's."""
        before = text[: number.start].rstrip()
        if not self._steps:
            return False
        return before.endswith(self._steps) or (
            before.endswith(self._step_adds) and any(s in before[-16:] for s in self._steps)
        )

    @staticmethod
    def is_article(text: str, number: Number) -> bool:
        """ "搞了一个3天的培训", "办了一期两天的": 一个 right before another figure is "a", no count."""
        if number.value != 1 or not text.startswith(("个", "期", "场"), number.end):
            return False
        return text[number.end + 1 : number.end + 2] in _NUMERAL_START

    def counts_things(self, text: str, number: Number, units: list[str], slot: Slot) -> bool:
        """The figure counts things the slot does not ("两个证", "两个等级"), by what follows its unit
        directly: after a space a new phrase starts ("初级工5个 证都是职业指导师")."""
        after = self._after_unit(text, number, units, strip=False)
        thing = next((t for t in slot.things if after.startswith(t)), None)
        # (not "一个认定了市级": the word as a verb, said of the one counted)
        return thing is not None and after[len(thing) : len(thing) + 1] not in ("了", "为", "成")

    def is_total(self, text: str, number: Number, units: list[str]) -> bool:
        """ "两个人一共多少", "合计3人": the figure is the whole, the others in the message its parts."""
        # "评审2次 一共补多少": after a space the 一共 asks for the sum; it says nothing of the 2.
        after = self._after_unit(text, number, units, strip=False).lstrip("人")  # ("两个人…": 个 the unit)
        after = (
            after[2:] if after.startswith(("一年", "每年", "全年", "奖金", "补贴", "奖励")) else after
        )  # "两人奖金一共"
        after = after[:3]
        after = after[: min((after.find(m) for m in _BREAKS if m in after), default=len(after))]
        before = text[max(0, number.start - 4) : number.start]
        if before.endswith(self._adding):
            return False  # "再加上2次": two more, not two in all
        if before.endswith(self._reaching):
            return True  # "下个月再招5个本区的 到53个", "再到75呢": the figure reached, in all
        if before.endswith(self._counted_as) and after.startswith(self._counted_as_after):
            return True  # "那招人这块按八十八个算": the figure to count by, in all
        said = before.rstrip("是为：: ")  # "一共是一百个": the whole, said with 是
        return any(word in after or before.endswith(word) or said.endswith(word) for word in self._totals)

    def is_none(self, text: str, number: Number, units: list[str]) -> bool:
        """ "线上一回也没有": "not even one", a count of none rather than of one."""
        return bool(self._nones) and self._after_unit(text, number, units).startswith(self._nones)

    @property
    def totals(self) -> tuple[str, ...]:
        """The lexicon's words for a sum ("一共", "合计", "加起来"…)."""
        return tuple(self._totals)

    def about_others(self, text: str, pos: int) -> bool:
        """The phrase before ``pos`` is about the rest ("其他的都", "剩下的")."""
        start = max(text.rfind(mark, 0, pos) for mark in _BREAKS) + 1
        return any(word in text[start:pos] for word in self._others)

    def _after_unit(self, text: str, number: Number, units: list[str], *, strip: bool = True) -> str:
        unit = self.unit_after(text, number, units)
        at = text.find(unit, number.end) + len(unit) if unit else number.end
        return text[at:].lstrip() if strip else text[at:]


def _figure_first(text: str) -> bool:
    """``text`` opens with a figure ("75人", "一百二十个"; not "一共"), or with one after the rest
    of a longer word ("高技能" + "人才75人")."""
    head = text[:10]
    return any(n.start <= 2 and not any(c in head[: n.start] for c in " ，,、。") for n in find_numbers(head))
