"""Which figures in a message are a count or money slot's value.

A message holds many figures ("招了80个，其中本区户籍30个，差不多干了两年"); the unit after each,
the cue words around it, corrections ("不对，是85个"), parts (其中), shortfalls (还差) and the
policy's own thresholds quoted beside the asker's figure decide which ones a slot takes.
Split from ``extract`` so that the word slots and the figures each read on their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal

from handlers.around import COUNT_UNITS, CUE_WINDOW, OTHER_UNITS, PRONOUNS, Around
from handlers.parts import describes, fraction_part, sub_count
from handlers.scan import denied_each, longest
from knowledge.models import Slot
from knowledge.numbers import Number, find_numbers, parse_number

_MONEY_UNITS = ("元", "块")
_RELATIVE = ("差", "少", "缺", "还差", "多了")
_LEFT_SCHOOL = (
    r"\s*年(?:\s*(\d{1,2})\s*月份?)?(?:\s*\d{1,2}\s*[日号])?\s*(?:从?(?:大学|本科|大专|专科|研究生|硕士)|就)?"
    r"\s*(?:毕业|离校)"
)
_YEAR_EVENT = re.compile(r"(?<![0-9])((?:19|20)\d\d|\d\d)" + _LEFT_SCHOOL)
"""The year one left school: "2020年毕业", "2022年6月离校", "2020年大学毕业"."""
_YEAR_ONLY = re.compile(r"(?<![0-9])((?:19|20)\d\d|\d\d)(?=" + _LEFT_SCHOOL + ")")
"""The same year alone, the rest left as written (for ``Figures.dated``)."""
_MORE_THAN = ("年半", "半", "年多", "年零")
_JOINERS = ("是", "为", "有", ":", "：")
_BARE_MAX = 10**9


class Figures:
    """Reads the figures of count and money slots; one per engine, shared by every turn."""

    def __init__(
        self,
        slots: Mapping[str, Slot],
        around: Around,
        *,
        fillers: Iterable[str],
        denied: Iterable[str],
        loose: Iterable[str],
        joiners: Iterable[str],
        increase: Iterable[str],
        added: Iterable[str],
        only: Iterable[str],
        per_group: Iterable[str],
        group_units: Iterable[str],
        restates: Iterable[str],
        today: Callable[[], date],
        others: Iterable[str] = (),
        called: re.Pattern[str] | None = None,
    ) -> None:
        self._slots = slots
        self.around = around
        self._fillers = sorted(set(fillers), key=longest)
        self._denied = tuple(denied)
        self._loose = tuple(sorted(loose, key=len, reverse=True))
        self._joiners = tuple(sorted(joiners, key=len, reverse=True))
        self._increase = tuple(increase)
        self._added = tuple(added)
        self._only = tuple(only)
        self._per_group = tuple(per_group)
        self._group_units = sorted(group_units, key=longest)
        self._restates = tuple(restates)
        self._others = tuple(others)
        self._called = called
        self._today = today

    def number(
        self,
        text: str,
        slot: Slot,
        numbers: list[Number],
        used: set[int],
        wanted: list[str],
        *,
        bare: bool,
    ) -> int | str | None:
        rivals = [self._slots[n] for n in wanted if n != slot.name and self._slots[n].type == slot.type]
        # Other units too, so "一个月" reads as 个月 (not a head count of 个).
        units = sorted(
            {u for s in (slot, *rivals) for u in s.units} | set(_MONEY_UNITS) | set(OTHER_UNITS), key=longest
        )
        picked: list[Number] = []
        for number in numbers:
            if number.start in used or self.around.is_both(text, number) or self.around.is_step(text, number):
                continue
            if self.around.is_article(text, number):
                continue  # "搞了一个3天的培训": "a", before the figure that counts
            if self.around.is_proposed(text, number, units) and _sum_of_others(number, numbers):
                continue  # "去年80个 今年60个 能合起来按140个算吗": the sum proposed, not a count
            if number.text == "俩" and text[: number.start].endswith(PRONOUNS) and self._names_other(text):
                continue  # "我老公也在… 我俩一年最多多少": the asker and the one named, each answered
            if slot.type == "count" and self.around.is_size(text, number):
                continue  # "员工总数620人": the firm's size, not a count of the clause's
            if (
                slot.parts_add
                and picked
                and text[number.start - 1 : number.start] == "有"
                and _said_is(text, number)
                and not describes(text, number, slot)
            ):
                continue  # "是4次 有一次是区人社局组织的培训": one of the four, described (not left out)
            if (
                slot.type != "money"
                and not picked
                and self._increased(text, number)
                and any(n.start < number.start for n in numbers)
            ):
                continue  # "高技能人才60个，再多培养10个": more of the figure before, in its slot
            unit = self.around.unit_after(text, number, units)
            if unit and text[: number.start].rstrip().endswith(self._denied) and self._said_instead(text, number, unit):
                continue  # "离职的是18个 不是8个": the figure put right beside the one denied
            if slot.type == "money":
                wan = ("万" in number.text or "w" in number.text) and unit not in COUNT_UNITS
                fits = wan or unit in _MONEY_UNITS
                fits = fits or self.around.cue_distance(text, number, slot.cues)[0] < CUE_WINDOW
            else:
                fits = unit in slot.units and unit != "" and not self.around.is_money(text, number)
                if unit == "" and not fits and not self.around.is_money(text, number):
                    # "技能人才一百二": the slot's cue right before it; "六十个 哦不对是五十八":
                    # a correction of a figure this slot already took.
                    tail = number.end + len(next((w for w in self._loose if text.startswith(w, number.end)), ""))
                    ends = text[tail : tail + 1] in ("", " ", "，", ",", "。", "呢", "吗", "吧", "啊", "?")
                    # "人数是60，", "工人有1百5 ": a 是 / 为 / 有 / ： may join the cue and the figure;
                    # "脱贫人口一共两百五 ": so may a word of the whole.
                    gap = self._joined(text, number.start)
                    fits = ends and bool(slot.cues) and self.around.cue_distance(text, number, slot.cues)[0] <= gap
                    fits = fits or bool(picked and self.corrected_before(text, picked[-1].end, number.start))
                    # "其中本区户籍四十五 外地十五": a group's own cue right before a bare figure
                    fits = fits or (ends and _after_cue(text, number, (*slot.include_cues, *slot.exclude_cues)))
            if fits and self.around.counts_things(text, number, units, slot):
                continue  # "两个奖补能一起领吗": the awards, not communities
            if not fits or (unit == "" and self.around.is_quoted(text, number)):
                continue
            mine = self.around.cue_distance(text, number, slot.cues)
            # "技能人才一百四 高技能人才七十呢": a bare figure goes to the nearest, longest cue too
            better = [
                r for r in rivals if unit in (*r.units, "") and self.around.cue_distance(text, number, r.cues) < mine
            ]
            if better:
                continue
            corrects = bool(picked and self.corrected_before(text, picked[-1].end, number.start))
            more = bool(picked) and self._increased(text, number)  # "高技能人才60个，再多培养10个"
            # (asked for, unless its cue is said not to hold: "如果是技能人才不是高技能人才 60个呢")
            asked = bare and not denied_each(text, slot.cues)
            if slot.cue_required and mine[0] >= CUE_WINDOW and not asked and not corrects and not more:
                continue  # a cue-only slot (高技能人才) needs its cue, unless it was just asked for
            picked.append(number)
        # "招了本区户籍60人 再多招15人": the figures after an increase word add to the rest's reading
        extra = [n for n in picked[1:] if self._increased(text, n)] if slot.type != "money" else []
        extra = [
            n
            for n in extra
            if not self.around.is_money(text, n) and not (slot.exclude_cues and describes(text, n, slot) == "out")
        ]
        if extra:
            picked = [n for n in picked if n not in extra]
            used.update(n.start for n in extra)
        value = self._settle(text, slot, picked, used, units, numbers, bare=bare)
        if extra and isinstance(value, int) and not isinstance(value, bool):
            return self.valid(slot, Decimal(value) + sum((n.value or Decimal(0) for n in extra), Decimal(0)))
        return value

    def _names_other(self, text: str) -> bool:
        """Another person is named ("我老公", "王阿姨")."""
        return any(w in text for w in self._others) or bool(self._called and self._called.search(text))

    def _said_instead(self, text: str, denied: Number, unit: str) -> bool:
        """Another figure of the same unit, not denied itself, is said instead of ``denied``."""
        return any(
            n.start != denied.start
            and n.value is not None
            and self.around.unit_after(text, n, [unit]) == unit
            and not text[: n.start].rstrip().endswith(self._denied)
            for n in find_numbers(text)
        )

    def _asked_again(self, text: str, number: Number, before: list[Number], units: list[str]) -> bool:
        """The figure said before, with the same unit, again in the question ("干了两年了 两年最多
        多少"): the same two years, asked about, not two more."""
        unit = self.around.unit_after(text, number, units)
        kind = _PEOPLE.get(unit, unit)  # ("12个…12个人一年最多一共": one unit of people)
        same = any(
            n.value == number.value and _PEOPLE.get(self.around.unit_after(text, n, units), "") == kind for n in before
        ) or any(n.value == number.value and self.around.unit_after(text, n, units) == unit for n in before)
        if text[number.start - 1 : number.start] not in (" ", "，", ",", "。"):
            # (not "培训去了2次，评审去了2次": each figure said of its own activity; but "我和我爱人
            # (我们俩)…绩效补贴两个人一年最多加起来多少": the same two people, added up in the question)
            ahead = text[number.end : number.end + 12]
            people = unit in ("人", "个人", "个", "位") and any(
                n.value == number.value and n.text == "俩" for n in before
            )
            return people and any(w in ahead for w in self.around.totals) and "多少" in ahead
        # ("12个人一年最多一共发多少"; people's questions run longer: "十二个人一年绩效补贴最多发多少")
        tail = text[number.end : number.end + len(unit) + (16 if kind == "人" else 10)]
        return same and any(q in tail for q in ("多少", "呢", "吗", "几"))

    @staticmethod
    def _each_of(text: str, number: Number, numbers: list[Number]) -> int:
        """How many people "各N次" is said of: the head count before it ("两个…领衔人", "三位导师"), else 1."""
        heads = [
            n
            for n in numbers
            if n.end <= number.start and n.value and text[n.end : n.end + 1] in ("个", "位", "名", "人")
        ]
        value = heads[-1].value if heads else None
        return int(value) if value is not None and value == value.to_integral_value() and 1 < value <= 50 else 1

    def _added_in(self, text: str, slot: Slot, picked: list[Number]) -> bool:
        """The second figure is a group the slot counts, said as one more ("另外本区户籍的三十个")."""
        first, second = picked
        between = text[first.end : second.start]
        return describes(text, second, slot) == "in" and any(w in between for w in self._added)

    def _joined(self, text: str, start: int) -> int:
        """How many characters of joining words stand right before ``start``: "是", "有", a word of
        the whole ("一共"), the persons named ("人员"), or two of them ("本区户籍人员有六百多")."""
        gap = 0
        for _ in range(2):
            before = text[: start - gap]
            joined = next((w for w in self._joiners if before.endswith(w)), "")
            step = len(joined) if joined else int(before[-1:] in _JOINERS)
            if not step:
                break
            gap += step
        return gap

    def _settle(
        self,
        text: str,
        slot: Slot,
        picked: list[Number],
        used: set[int],
        units: list[str],
        numbers: list[Number],
        *,
        bare: bool,
    ) -> int | str | None:
        """The slot's value from the figures picked for it."""
        if not picked and bare:
            if any(self.around.unit_after(text, n, units) not in ("", *slot.units) for n in numbers):
                return None  # "是4个" is not a number of months
            for filler in self._fillers:
                text = text.replace(filler, "")
            text = text.strip(" 。.!！?？,，个人名位次")
            loose = next((w for w in self._loose if text.endswith(w) and len(text) > len(w)), "")
            return self.valid(slot, parse_number(text[: len(text) - len(loose)]))  # "八十多": 80, said loosely
        if not picked:
            return None
        if slot.type == "money":
            if self.around.this_year(text):
                # "去年我们已经拿过10万的奖补了，今年…": last year's money is no grant of this year's
                picked = [n for n in picked if not self.around.is_past(text, n)]
                if not picked:
                    return None
            # One amount: the one written as money (3万, 30000元) rather than a bare figure.
            marked = [  # ("2w" is as much money as 2万)
                n
                for n in picked
                if "万" in n.text or "w" in n.text or self.around.unit_after(text, n, units) in _MONEY_UNITS
            ]
            chosen = (marked or picked)[-1]
            used.add(chosen.start)
            return self.valid(slot, chosen.value)
        # "80个，不对不对，是85个", "本来报了45个，哦不对，最后是50个": the figure after the
        # correction replaces the one before it.
        fixed = [n for n in picked[1:] if self.corrected_before(text, picked[0].end, n.start)]
        if fixed:
            picked = [n for n in picked if n.start >= fixed[-1].start]
        # "只有30个": right before the figure; "稳定就业的二百八十个": a longer one, after a whole said
        # before it (not "本区户籍稳定就业的40个 脱贫人口20个", two groups)
        only = [
            n
            for i, n in enumerate(picked)
            if self._only
            and (
                text[max(0, n.start - 3) : n.start].endswith(self._only) or (i and text[: n.start].endswith(self._only))
            )
        ]
        # (not "本区户籍的只有38个，另外7个是对口帮扶地区的脱贫人口": the others counted too)
        included = slot.include_cues and any(
            describes(text, n, slot) == "in" and any(w in text[only[0].end : n.start] for w in self._added)
            for n in picked
            if only and n.start > only[0].start
        )
        if len(picked) > 1 and len(only) == 1 and not included:
            # "招了80个…结果只有30个留下来": the figure said to be all that counts is the count.
            used.update(n.start for n in picked)
            picked = only
        if len(picked) > 1 and self.around.this_year(text):
            # "去年招了60个…今年…110个": last year's figure beside this year's
            picked = [n for n in picked if not self.around.is_past(text, n)] or picked
        if len(picked) == 1 and self.around.is_threshold(text, picked[0], units) and self.around.quotes_rule(text):
            return None  # "高技能人才50人次就有5万是吧", "50人以上才有是吧": the rule's threshold
        if len(picked) == 1 and (slot.include_cues or slot.exclude_cues):
            share = fraction_part(text, slot, picked[0])  # "新招200人，其中三成是滨江本区户籍"
            if share is not None:
                used.add(picked[0].start)
                return share
        whole = [n for n in picked if self.around.is_total(text, n, units)] if len(picked) > 1 else []
        if whole and whole == picked[-1:] and not any(describes(text, n, slot) == "out" for n in picked):
            picked = whole  # "算上一个对口帮扶地区来的脱贫人口，一共是一百个": the whole, said last
        if bare and len(picked) == 2 and describes(text, picked[0], slot) == "" and self._added_in(text, slot, picked):
            # "二十五个，另外本区户籍的三十个" to the count asked: the answer, and one more group
            used.update(n.start for n in picked)
            return self.valid(slot, sum((n.value or Decimal(0) for n in picked), Decimal(0)))
        if slot.include_cues or slot.exclude_cues:
            subset = sub_count(text, slot, picked, self._added)
            if subset is not None:
                used.update(n.start for n in picked)
                return subset
        if len(picked) > 1 and all(n.text == "俩" for n in picked):
            picked = picked[:1]  # "我们俩都在公益性岗位…我们俩一年最多": the same two, said twice
        if len(picked) > 1:
            picked = [n for i, n in enumerate(picked) if not (i and self._asked_again(text, n, picked[:i], units))]
        if len(picked) == 2 and self._new_whole(text, *picked):
            picked = picked[1:]  # "更正 漏算了十五个 是一百一十人次": the added, then the new whole
        if len(picked) > 1 and not self.group_parts(text, picked):
            # Several figures add up ("培训4次 评审2次"), except a shortfall ("招了49个，就差一个"),
            # the policy's threshold quoted beside one's own ("50人以上才有吗？我们49个") and, when
            # some are tied to the slot's cue words, the untied ones.
            picked = [n for n in picked if not text[max(0, n.start - 2) : n.start].endswith(_RELATIVE)]
            picked = [n for n in picked if not text[max(0, n.start - 2) : n.start].endswith(self._denied)] or picked
            own = [n for n in picked if not self.around.is_threshold(text, n, units)]
            picked = own or picked
            whole = [n for n in picked if self.around.is_total(text, n, units)]
            picked = whole[:1] or picked  # "又有一个同事入选了，两个人一共多少": two, not three
            if len(picked) > 2 and picked[0].value == sum((n.value or Decimal(0) for n in picked[1:]), Decimal(0)):
                picked = picked[:1]  # "去了5次 评审2次 培训3次": the first the whole, the rest its parts
            part = min((text.find(w) for w in ("其中", "包括") if w in text), default=-1)
            if part != -1 and any(n.start < part for n in picked):
                # "给15个大学生做了培训，其中10人拿到了证书": the figure before 其中 is the whole,
                # whatever cue words stand nearer the part.
                picked = [n for n in picked if n.start < part]
            cued = [n for n in picked if self.around.cue_distance(text, n, slot.cues)[0] < CUE_WINDOW]
            if cued:
                # "现在60个，要是再多培养10个": more of the same, added to the figure cued
                more = [n for n in picked if n not in cued and self._increased(text, n)]
                picked = sorted([*cued, *more], key=lambda n: n.start)
        if "其中" in text or "包括" in text:
            picked = picked[:1]  # "120人，其中本区80人": the first is the total
        used.update(n.start for n in picked)
        amount = sum((n.value for n in picked if n.value is not None), Decimal(0))
        if len(picked) == 1 and slot.parts_add and text[: picked[0].start].rstrip().endswith("各"):
            amount *= self._each_of(text, picked[0], numbers)  # "两个领衔人…各3次": six sessions
        if len(picked) == 1 and self._per_group and text[: picked[0].start].endswith(self._per_group):
            amount *= self.groups(text)  # "开了2个班…每班40人": forty in each of the two classes
        if slot.from_year and any(self.around.unit_after(text, n, units) == "个月" for n in picked):
            # "毕业8个月", "一年零两个月": whole years, any part of a year counting as one.
            unit_of = self.around.unit_after
            months = sum((n.value or 0) * (1 if unit_of(text, n, units) == "个月" else 12) for n in picked)
            return self.valid(slot, Decimal(-(-int(months) // 12)))
        if slot.half_up and any(text[n.end : n.end + 3].lstrip().startswith(_MORE_THAN) for n in picked):
            amount += 1  # "两年半": more than two whole years, which is what a limit of 2 years asks
        return self.valid(slot, amount)

    def said_as_whole(self, text: str) -> bool:
        """ "更正 漏算了十五个 是一百一十人次": the message ends on the new whole, not more to add."""
        numbers = [n for n in find_numbers(text) if n.value is not None]
        return len(numbers) == 2 and self._new_whole(text, *numbers)

    def _new_whole(self, text: str, first: Number, second: Number) -> bool:
        """A correction that says what was missed, then the figure it comes to after 是."""
        restated = text[: second.start].rstrip().endswith("是")
        correcting = any(w in text[: first.start] for w in self._restates)
        return restated and correcting and (second.value or 0) > (first.value or 0)

    def _increased(self, text: str, number: Number) -> bool:
        """An increase word just before the figure ("再多培养10个", "再招20人")."""
        before = text[max(0, number.start - 4) : number.start]
        return any(word in before for word in self._increase)

    @staticmethod
    def short_year(text: str, slot: Slot) -> bool:
        """The year one left school written with two digits ("26年6月毕业")."""
        match = _YEAR_EVENT.search(text) if slot.from_year else None
        return match is not None and len(match.group(1)) == 2

    def since_year(self, text: str, slot: Slot) -> int | None:
        """ "2020年毕业", "2022年6月毕业": years since then, counted from today's year."""
        if not slot.from_year:
            return None
        match = _YEAR_EVENT.search(text)
        if match is None:
            return None
        today = self._today()
        year = _full_year(int(match.group(1)), today.year)
        if match.group(2):  # with the month: whole years, any part of a year counting as one
            months = (today.year - year) * 12 + today.month - int(match.group(2))
            return -(-months // 12) if months >= 0 else None
        years = today.year - year
        return years if years >= 0 else None

    def dated(self, text: str) -> str:
        """``text`` with each year of leaving school said as the years since ("2023年毕业一直没工作的2个"
        → "离校3年年毕业…"), same length, so that a group's exclude cues ("离校3年") read it; a
        year ten or more years back stays as written."""
        today = self._today()

        def since(match: re.Match[str]) -> str:
            if len(match.group(1)) != 4:
                return match.group(1)  # (the same length only for a four-digit year)
            year, month = int(match.group(1)), match.group(2)
            months = (today.year - year) * 12 + (today.month - int(month) if month else 0)
            years = -(-months // 12) if month else today.year - year
            return f"离校{years}年" if 0 <= years <= 9 else match.group(1)

        return _YEAR_ONLY.sub(since, text) if _YEAR_EVENT.search(text) else text

    def valid(self, slot: Slot, value: Decimal | None) -> int | str | None:
        if value is None:
            return None
        if slot.minimum is not None and value < slot.minimum:
            return None
        if slot.maximum is not None and value > slot.maximum:
            return None
        if slot.type == "money":
            return format(value, "f") if value >= 0 else None
        if value != value.to_integral_value():
            return int(value) if slot.round_down and value > 0 else None
        return int(value)

    def groups(self, text: str) -> int:
        """The number of groups ("2个班", "3期") when a count is given per group, else 1."""
        if not self._per_group or not any(w in text for w in self._per_group):
            return 1
        found = [n for n in find_numbers(text) if self.around.unit_after(text, n, self._group_units)]
        value = found[0].value if len(found) == 1 else None
        return int(value) if value is not None and value == value.to_integral_value() and value > 0 else 1

    def group_parts(self, text: str, numbers: list[Number]) -> bool:
        """Each figure opens a group of its own ("一个班30人，一个班25人", "一批20人一批25人",
        "第二批25人"): parts of one count, which add up whatever cue words stand nearer one."""
        return len(numbers) > 1 and all(self._opens_group(text, n) for n in numbers)

    def names_group(self, text: str) -> bool:
        """The message names one group of several ("第二批25个人拿的是高级工", "其中一个班"):
        its figure is that part of the count given before."""
        units = "|".join(re.escape(u) for u in self._group_units)
        return bool(units) and re.search(rf"(第[一二三四五六七八九十\d]+|其中一|另一)({units})", text) is not None

    def _opens_group(self, text: str, number: Number) -> bool:
        before = text[max(0, number.start - 6) : number.start].rstrip("有是共：: ")
        for unit in self._group_units:
            if before.endswith(unit):
                head = before[: -len(unit)]
                return head.endswith("一") or head[-2:-1] == "第"
        return False

    def corrected_before(self, text: str, start: int, end: int) -> bool:
        """A correction word ("不对", "说错了") stands between two figures."""
        between = text[start:end]
        return any(word in between for word in self._restates)

    def bare_number(self, text: str) -> int | None:
        """A reply that is only a figure once fillers are removed ("二十个人", "说错了 一百五十")."""
        for filler in self._fillers:
            text = text.replace(filler, "")
        value = parse_number(text)
        if value is None or value != value.to_integral_value() or value < 0 or value > _BARE_MAX:
            return None  # (fifty ones are no answer: the slots' own max then judge what is)
        return int(value)


_PEOPLE = {"人": "人", "个人": "人", "个": "人", "名": "人", "位": "人"}
"""Units that count people, one kind whichever is written."""


def _after_cue(text: str, number: Number, cues: tuple[str, ...]) -> bool:
    """A bare figure right after one of ``cues``, a joiner allowed ("本区户籍四十五", "外地的：15")."""
    before = text[: number.start]
    return bool(cues) and (before.endswith(cues) or (before[:-1].endswith(cues) and before[-1:] in " ：:有是为的"))


def _full_year(year: int, this_year: int) -> int:
    """ "26年6月毕业", "19年毕业": a two-digit year is this century's, unless that is still ahead."""
    if year >= 100:
        return year
    full = this_year - this_year % 100 + year
    return full if full <= this_year else full - 100


def _sum_of_others(number: Number, numbers: list[Number]) -> bool:
    """``number`` is the sum of the other figures said ("80个…60个…按140个算")."""
    others = [n.value for n in numbers if n is not number and n.value is not None]
    return len(others) >= 2 and number.value == sum(others)


def _said_is(text: str, number: Number) -> bool:
    """The figure is followed by its unit and 是 ("有一次是…"): one of those counted, described."""
    return bool(re.match(r"(?:人次|个人|个|人|名|位|次)是", text[number.end : number.end + 3]))
