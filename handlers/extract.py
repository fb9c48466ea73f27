"""Reading slot values from free text, as declared in ``slots.yaml``.

Numbers are tied to slots by the unit after them (120人, 3天, 12个月, 3次) and, where two slots
share a unit, by the cue words around them (高技能人才60人). Enum words are matched longest
first so that 高级技师 is never read as 技师. A value in a later message replaces the earlier
one, which is how corrections ("不对，是80人") work.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from handlers.around import COUNT_UNITS, CUE_WINDOW, OTHER_UNITS, Around
from handlers.categories import category_counts
from handlers.parts import describes_a_part, sub_count, take_out_parts
from handlers.scan import longest, longest_first, negated, qualified, scan_spans, scan_words
from knowledge.models import Slot
from knowledge.numbers import Number, find_numbers, parse_number

_MONEY_UNITS = ("元", "块")
_RELATIVE = ("差", "少", "缺", "还差", "多了")
_YEAR_EVENT = re.compile(r"((?:19|20)\d\d)\s*年(?:\s*(\d{1,2})\s*月份?)?(?:\s*\d{1,2}\s*[日号])?\s*(?:毕业|离校)")
_MORE_THAN = ("年半", "半", "年多", "年零")
# Words around a bare answer: "不对，是八十", "那一百五十呢".
_FILLERS = (
    "不对",
    "说错了",
    "错了",
    "应该是",
    "其实是",
    "实际是",
    "改成",
    "改为",
    "更正",
    "那",
    "呢",
    "是",
    "哦",
    "啊",
    "吧",
    "嗯",
    "大概",
    "差不多",
    "一共",
    "总共",
    "共",
    "有",
    "的",
)


_HOW = ("哪", "怎么", "如何", "咋")
"""Process questions: a yes word they follow in its phrase is asked about ("去备案要找哪个部门")."""


def _how_next(text: str, end: int) -> bool:
    """The rest of the phrase after ``end`` asks how or where ("能算…人员吗" is ``asked_about``)."""
    rest = text[end : end + 12]
    stop = min((rest.find(c) for c in "，,。；;！!？? " if c in rest), default=len(rest))
    return any(w in rest[:stop] for w in _HOW)


def _heads(text: str, number: Number) -> bool:
    """A head count ("20个", "15人"), not a duration ("两个月"), a firm ("一家") or a sum."""
    after = text[number.end : number.end + 2].lstrip("多余几来")
    return after[:1] in ("人", "名", "位") or (after[:1] == "个" and not after.startswith("个月"))


class Extractor:
    """Extracts the values of chosen slots from one normalised message."""

    def __init__(
        self,
        slots: Mapping[str, Slot],
        yes: Iterable[str],
        no: Iterable[str],
        fillers: Iterable[str] = (),
        today: Callable[[], date] = date.today,
        *,
        quoted: Iterable[str] = (),
        thresholds: Iterable[str] = (),
        others: Iterable[str] = (),
        per_one: Iterable[str] = (),
        totals: Iterable[str] = (),
        nones: Iterable[str] = (),
        restates: Iterable[str] = (),
        only: Iterable[str] = (),
        per_group: Iterable[str] = (),
        group_units: Iterable[str] = (),
        halves: Iterable[str] = (),
        asks_amount: Iterable[str] = (),
    ) -> None:
        self._slots = slots
        self._asks_amount = tuple(asks_amount)
        self._totals = tuple(totals)
        self._only = tuple(only)
        self._per_group = tuple(per_group)
        self._group_units = sorted(group_units, key=longest)
        self._halves = tuple(sorted(halves, key=longest))
        self._per_one = tuple(per_one)
        self.around = Around(quoted=quoted, thresholds=thresholds, others=others, totals=totals, nones=nones)
        self._today = today
        self._fillers = sorted(set(fillers) | set(_FILLERS), key=longest)
        self._restates = tuple(restates)
        self._enum = {
            name: longest_first((w.lower(), v) for v, words in s.values.items() for w in words)
            for name, s in slots.items()
            if s.type in ("enum", "counts")
        }
        # Negations first among words of equal length: "不是试点" beats "试点单位".
        self._bool = {
            name: longest_first([(w, "0") for w in s.no] + [(w, "1") for w in s.yes])
            for name, s in slots.items()
            if s.type == "bool"
        }
        self._generic_bool = longest_first([(w, "0") for w in no] + [(w, "1") for w in yes])
        # One compiled alternation per word slot: most messages name none of a slot's words,
        # and a single regex scan says so faster than a find per word.
        self._present = {
            name: re.compile("|".join(re.escape(w) for w, _ in pairs))
            for name, pairs in (*self._enum.items(), *self._bool.items())
            if pairs
        }

    def extract(self, text: str, names: Iterable[str], *, asking: str | None = None) -> dict[str, Any]:
        """Values for ``names`` found in ``text``; ``asking`` accepts a bare answer for that slot."""
        wanted = [n for n in dict.fromkeys(names) if n in self._slots]
        numbers = [n for n in find_numbers(text) if n.value is not None]
        used: set[int] = set()
        values: dict[str, Any] = {}
        # The slot just asked for claims its numbers first ("就45个" answers 其中高技能人才有多少),
        # then category counts, then cue-bound counts, then the rest.
        order = sorted(wanted, key=lambda n: (n != asking, self._slots[n].type != "counts", not self._slots[n].cues))
        for name in order:
            slot = self._slots[name]
            value: Any = None
            if slot.type == "enum":
                value = self._enum_values(text, name)
            elif slot.type == "bool":
                value = self._bool_value(text, name, generic=asking == name)
            elif slot.type == "counts":
                value = self._category_counts(text, name, numbers, used)
            elif slot.type in ("count", "money"):
                value = self._since_year(text, slot)
                if value is None:
                    value = self._number(text, slot, numbers, used, wanted, bare=asking == name)
                if value is None:
                    value = next((v for p, v in slot.phrases.items() if p in text), None)
            if value is not None and value != [] and value != {}:
                values[name] = value
        return take_out_parts(self._slots, values, text)

    def _mentions(self, text: str, name: str) -> bool:
        pattern = self._present.get(name)
        return pattern is not None and pattern.search(text) is not None

    def _enum_values(self, text: str, name: str) -> list[str] | None:
        if not self._mentions(text, name):
            return None
        slot = self._slots[name]
        spans = scan_spans(text, self._enum[name])
        found = list(
            dict.fromkeys(
                slot.negated.get(v, v) if v in slot.negated and negated(text, start) else v
                for start, _, v in spans
                # "是杭州工匠不是浙江工匠": a value denied beside another one stated is not said
                if v in slot.negated or len(spans) < 2 or not negated(text, start)
            )
        )
        if slot.priority and len(found) > 1:
            found = [next((v for v in slot.priority if v in found), found[0])]
        return found or None

    def _bool_value(self, text: str, name: str, *, generic: bool) -> bool | None:
        if not generic and not self._mentions(text, name):
            return None
        found = [
            (pos, "0" if value == "1" and negated(text, pos) else value)
            for pos, end, value in qualified(text, scan_spans(text, self._bool[name]))
            if value == "0" or not (self.around.asked_about(text, end) or _how_next(text, end))
        ]
        # "考出专项能力证书的有四十个，其他的都没考过": a "no" about the others is not about them.
        found = [(pos, value) for pos, value in found if value == "1" or not self.around.about_others(text, pos)]
        # "不是本区户籍的有20个" beside the whole 80: a part is not all; the sub-count decides.
        if any(value == "0" for _, value in found):  # only a "no" needs the figures read (hot path)
            counts = [n for n in find_numbers(text) if n.value is not None and _heads(text, n)]
            found = [(pos, v) for pos, v in found if v == "1" or not describes_a_part(text, pos, counts)]
        if not found and generic:
            found = scan_words(text, self._generic_bool)
        if self._slots[name].either and any(value == "1" for _, value in found):
            return True
        return found[-1][1] == "1" if found else None

    def _number(
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
            if number.start in used or self.around.is_both(text, number):
                continue
            unit = self.around.unit_after(text, number, units)
            if slot.type == "money":
                wan = ("万" in number.text or "w" in number.text) and unit not in COUNT_UNITS
                fits = wan or unit in _MONEY_UNITS
                fits = fits or self.around.cue_distance(text, number, slot.cues)[0] < CUE_WINDOW
            else:
                fits = unit in slot.units and unit != "" and not self.around.is_money(text, number)
                if unit == "" and not fits and not self.around.is_money(text, number):
                    # "技能人才一百二": the slot's cue right before it; "六十个 哦不对是五十八":
                    # a correction of a figure this slot already took.
                    ends = text[number.end : number.end + 1] in ("", " ", "，", ",", "。", "呢", "吗", "吧", "啊", "?")
                    # "人数是60，": a 是 / 为 / ： may join the cue and the figure.
                    gap = 1 if text[number.start - 1 : number.start] in ("是", "为", ":", "：") else 0
                    fits = ends and bool(slot.cues) and self.around.cue_distance(text, number, slot.cues)[0] <= gap
                    fits = fits or bool(picked and self._corrected_before(text, picked[-1].end, number.start))
            if not fits or (unit == "" and self.around.is_quoted(text, number)):
                continue
            mine = self.around.cue_distance(text, number, slot.cues)
            better = [r for r in rivals if unit in r.units and self.around.cue_distance(text, number, r.cues) < mine]
            if better:
                continue
            corrects = bool(picked and self._corrected_before(text, picked[-1].end, number.start))
            if slot.cue_required and mine[0] >= CUE_WINDOW and not bare and not corrects:
                continue  # a cue-only slot (高技能人才) needs its cue, unless it was just asked for
            picked.append(number)
        if not picked and bare:
            if any(self.around.unit_after(text, n, units) not in ("", *slot.units) for n in numbers):
                return None  # "是4个" is not a number of months
            for filler in self._fillers:
                text = text.replace(filler, "")
            return self._valid(slot, parse_number(text))
        if not picked:
            return None
        if slot.type == "money":
            # One amount: the one written as money (3万, 30000元) rather than a bare figure.
            marked = [n for n in picked if "万" in n.text or self.around.unit_after(text, n, units) in _MONEY_UNITS]
            chosen = (marked or picked)[-1]
            used.add(chosen.start)
            return self._valid(slot, chosen.value)
        # "80个，不对不对，是85个", "本来报了45个，哦不对，最后是50个": the figure after the
        # correction replaces the one before it.
        fixed = [n for n in picked[1:] if self._corrected_before(text, picked[0].end, n.start)]
        if fixed:
            picked = [n for n in picked if n.start >= fixed[-1].start]
        only = [n for n in picked if self._only and text[max(0, n.start - 3) : n.start].endswith(self._only)]
        if len(picked) > 1 and len(only) == 1:
            # "招了80个…结果只有30个留下来": the figure said to be all that counts is the count.
            used.update(n.start for n in picked)
            picked = only
        if slot.include_cues or slot.exclude_cues:
            subset = sub_count(text, slot, picked)
            if subset is not None:
                used.update(n.start for n in picked)
                return subset
        if len(picked) > 1:
            # Several figures add up ("培训4次 评审2次"), except a shortfall ("招了49个，就差一个"),
            # the policy's threshold quoted beside one's own ("50人以上才有吗？我们49个") and, when
            # some are tied to the slot's cue words, the untied ones.
            picked = [n for n in picked if not text[max(0, n.start - 2) : n.start].endswith(_RELATIVE)]
            own = [n for n in picked if not self.around.is_threshold(text, n, units)]
            picked = own or picked
            whole = [n for n in picked if self.around.is_total(text, n, units)]
            picked = whole[:1] or picked  # "又有一个同事入选了，两个人一共多少": two, not three
            part = min((text.find(w) for w in ("其中", "包括") if w in text), default=-1)
            if part != -1 and any(n.start < part for n in picked):
                # "给15个大学生做了培训，其中10人拿到了证书": the figure before 其中 is the whole,
                # whatever cue words stand nearer the part.
                picked = [n for n in picked if n.start < part]
            cued = [n for n in picked if self.around.cue_distance(text, n, slot.cues)[0] < CUE_WINDOW]
            if cued:
                picked = cued
        if "其中" in text or "包括" in text:
            picked = picked[:1]  # "120人，其中本区80人": the first is the total
        used.update(n.start for n in picked)
        amount = sum((n.value for n in picked if n.value is not None), Decimal(0))
        if len(picked) == 1 and self._per_group and text[: picked[0].start].endswith(self._per_group):
            amount *= self._groups(text)  # "开了2个班…每班40人": forty in each of the two classes
        if slot.from_year and any(self.around.unit_after(text, n, units) == "个月" for n in picked):
            # "毕业8个月", "一年零两个月": whole years, any part of a year counting as one.
            unit_of = self.around.unit_after
            months = sum((n.value or 0) * (1 if unit_of(text, n, units) == "个月" else 12) for n in picked)
            return self._valid(slot, Decimal(-(-int(months) // 12)))
        if slot.half_up and any(
            text[n.end : n.end + 3].lstrip().startswith(("年半", "半", "年多", "年零")) for n in picked
        ):
            amount += 1  # "两年半": more than two whole years, which is what a limit of 2 years asks
        return self._valid(slot, amount)

    def _since_year(self, text: str, slot: Slot) -> int | None:
        """ "2020年毕业", "2022年6月毕业": years since then, counted from today's year."""
        if not slot.from_year:
            return None
        match = _YEAR_EVENT.search(text)
        if match is None:
            return None
        today = self._today()
        if match.group(2):  # with the month: whole years, any part of a year counting as one
            months = (today.year - int(match.group(1))) * 12 + today.month - int(match.group(2))
            return -(-months // 12) if months >= 0 else None
        years = today.year - int(match.group(1))
        return years if years >= 0 else None

    def _valid(self, slot: Slot, value: Decimal | None) -> int | str | None:
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

    def _category_counts(self, text: str, name: str, numbers: list[Number], used: set[int]) -> dict[str, int] | None:
        if not self._mentions(text, name):
            return None
        slot = self._slots[name]
        groups = self._groups(text)
        return category_counts(
            text,
            slot,
            self._enum[name],
            numbers,
            used,
            self.around,
            self._per_one,
            self._valid,
            self._per_group,
            groups,
            self._halves,
            rate=slot.rate_for_one and self._asks_rate(text),
        )

    def _asks_rate(self, text: str) -> bool:
        """An amount asked with no figure at all, not even a vague one ("几次"), and no total
        ("一共"): what one category pays for one ("拿了技师证，机构补多少")."""
        return (
            any(w in text for w in self._asks_amount)
            and not any(w in text for w in self._totals)
            and not any(n.value is None for n in find_numbers(text))
        )

    def _groups(self, text: str) -> int:
        """The number of groups ("2个班", "3期") when a count is given per group, else 1."""
        if not self._per_group or not any(w in text for w in self._per_group):
            return 1
        found = [n for n in find_numbers(text) if self.around.unit_after(text, n, self._group_units)]
        value = found[0].value if len(found) == 1 else None
        return int(value) if value is not None and value == value.to_integral_value() and value > 0 else 1

    def restated(self, text: str, name: str) -> int | None:
        """The one figure of a short correction ("不好意思，是80人") when its unit suits ``name``
        (or it has none) and no cue of another slot is in the message."""
        slot = self._slots[name]
        numbers = [n for n in find_numbers(text) if n.value is not None]
        if slot.type != "count" or len(numbers) != 1 or self.around.is_money(text, numbers[0]):
            return None
        units = sorted({*slot.units, *OTHER_UNITS, *COUNT_UNITS}, key=longest)  # 20人 is not 20天
        if self.around.unit_after(text, numbers[0], units) not in ("", *slot.units):
            return None
        others = [s for s in self._slots.values() if s.name != name and s.type == "count" and s.cue_required]
        if any(c in text for s in others for c in s.cues):
            return None
        # "那如果是普通技能人才120人次呢" after 高技能人才: the linked count named, not this one
        linked = [s for s in self._slots.values() if s.part_of == name or slot.part_of == s.name]
        if any(c in text for s in linked for c in s.cues) and not any(c in text for c in slot.cues):
            return None
        value = self._valid(slot, numbers[0].value)
        return value if isinstance(value, int) else None

    def count_with_unit(self, text: str, name: str) -> int | None:
        """The one figure in ``text`` carrying one of the slot's units, if exactly one."""
        slot = self._slots[name]
        units = sorted({*slot.units, *OTHER_UNITS}, key=longest)
        found = [
            n
            for n in find_numbers(text)
            if n.value is not None
            and not self.around.is_money(text, n)
            and self.around.unit_after(text, n, units) in slot.units
        ]
        if len(found) != 1 or found[0].value is None:
            return None
        return int(found[0].value) if found[0].value == found[0].value.to_integral_value() else None

    def _corrected_before(self, text: str, start: int, end: int) -> bool:
        """A correction word ("不对", "说错了") stands between two figures."""
        between = text[start:end]
        return any(word in between for word in self._restates)

    def states_total(self, text: str) -> bool:
        """A figure in the message is a whole ("两个人一共多少"), so it replaces, never adds."""
        units = sorted({*COUNT_UNITS, *OTHER_UNITS}, key=longest)
        return any(self.around.is_total(text, n, units) for n in find_numbers(text) if n.value is not None)

    def bare_number(self, text: str) -> int | None:
        """A reply that is only a figure once fillers are removed ("二十个人", "说错了 一百五十")."""
        for filler in self._fillers:
            text = text.replace(filler, "")
        value = parse_number(text)
        if value is None or value != value.to_integral_value() or value < 0:
            return None
        return int(value)
