"""Reading slot values from free text, as declared in ``slots.yaml``.

Numbers are tied to slots by the unit after them (120人, 3天, 12个月, 3次) and, where two slots
share a unit, by the cue words around them (高技能人才60人). Enum words are matched longest
first so that 高级技师 is never read as 技师. A value in a later message replaces the earlier
one, which is how corrections ("不对，是80人") work. Which figures a count or money slot takes
is ``figures``' work; this module reads the words and hands the figures over.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from handlers.apart import apart_at, blanked, groups_apart
from handlers.around import COUNT_UNITS, OTHER_UNITS, Around
from handlers.categories import category_counts, excluded
from handlers.figures import Figures
from handlers.part_no import part_no_dropped, split_by_condition
from handlers.parts import describes, describes_a_part, take_out_parts
from handlers.scan import NEGATIONS, called_pattern, denied_each, longest, longest_first, negated, qualified, scan_spans
from knowledge.models import Slot
from knowledge.numbers import Number, find_numbers

_HOW = ("哪", "怎么", "如何", "咋")
"""Process questions: a yes word they follow in its phrase is asked about ("去备案要找哪个部门")."""


def _how_next(text: str, end: int) -> bool:
    """The rest of the phrase after ``end`` asks how or where ("能算…人员吗" is ``asked_about``)."""
    rest = text[end : end + 12]
    stop = min((rest.find(c) for c in "，,。；;！!？? " if c in rest), default=len(rest))
    return any(w in rest[:stop] for w in _HOW)


def _in_question(text: str, pos: int, *, counts_as: bool = False) -> bool:
    """The phrase around ``pos`` asks ("能领区级竞赛的奖励吗"), it does not state; with
    ``counts_as``, only one asking whether something counts as it ("这个算国家省市那个奖励吗")."""
    start = max((text.rfind(c, 0, pos) for c in "，,。；;！!？? "), default=-1) + 1
    ends = [i for i in (text.find(c, pos) for c in "，,。；;！!？? ") if i != -1]
    phrase = text[start : min(ends, default=len(text))]
    return phrase.endswith("吗") and (not counts_as or "算" in phrase)


_DENIED_AFTER = re.compile(r"的(?:还|也|都)?(?:没|未|不是)")


def _denied_after(text: str, end: int) -> bool:
    """ "区级的没申报", "省级的还没批": the value just named is denied by what follows it."""
    return _DENIED_AFTER.match(text, end) is not None


_DENIED_INSIDE = re.compile(r"[不没非未](?:在|是|到|来)")
"""A denial between the two words of a "yes_pairs" phrase ("公司不在滨江")."""


def _places_next(text: str, end: int, spans: list[tuple[int, int, str]], places: tuple[str, ...]) -> bool:
    """The value ending at ``end`` is followed by a place word and 的 (lexicon ``place_words``:
    "园区边上的社区…"), then right by another value: the first only says where the second is."""
    word = next((w for w in places if text.startswith(w + "的", end)), None)
    return word is not None and any(start == end + len(word) + 1 for start, _, _ in spans)


_NOT_MOVED = re.compile(r"(?:没有|没|未|不)(?:迁|转|落)")
"""A move said not to have happened, inside a "no_apart" phrase ("户口没迁走")."""


def _heads(text: str, number: Number) -> bool:
    """A head count ("20个", "15人"), not a duration ("两个月"), a firm ("一家"), a sum or a
    certificate ("一个证都没拿到")."""
    after = text[number.end : number.end + 2].lstrip("多余几来")
    return after[:1] in ("人", "名", "位") or (after[:1] == "个" and not after.startswith(("个月", "个证")))


class Extractor:
    """Extracts the values of chosen slots from one normalised message."""

    def __init__(
        self,
        slots: Mapping[str, Slot],
        words: Mapping[str, Iterable[str]],
        today: Callable[[], date] = date.today,
        *,
        rates: Mapping[str, Mapping[str, frozenset[Decimal]]] | None = None,
        conditions: Iterable[str] = (),
    ) -> None:
        """``words``: the lexicon's word lists, read by key (yes_words, total_words, …)."""

        def listed(key: str) -> tuple[str, ...]:
            return tuple(words.get(key, ()))

        yes, no = listed("yes_words"), listed("no_words")
        self._slots = slots
        self._today = today
        self._rates = rates or {}
        self._conditions = frozenset(conditions)  # slots benefits require, not choose by
        self._asks_amount = listed("amount_words")
        self._totals = listed("total_words")
        self._per_group = listed("per_group_words")
        self._halves = tuple(sorted(listed("half_words"), key=longest))
        self._per_one = listed("per_one_words")
        self._become = listed("become_words")
        self.around = Around(words)
        self._added = listed("added_group_words")
        self._vague_counts = listed("vague_count_words")
        self._pointers = listed("block_pointer_words")
        self._places = listed("place_words")
        self._asked_before = listed("asked_before_words")
        self.figures = Figures(
            slots,
            self.around,
            fillers=listed("correction_words") + listed("bare_answer_words"),
            denied=listed("denied_before_words"),
            loose=listed("loose_after_words"),
            joiners=listed("whole_before_words"),
            increase=listed("more_of_same_words"),
            added=listed("added_group_words"),
            only=listed("only_words"),
            per_group=self._per_group,
            group_units=listed("group_unit_words"),
            restates=listed("restate_words"),
            others=listed("other_person_words"),
            called=called_pattern(words),
            today=today,
        )
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
        # "公司注册和办公都在西湖区": the subject, then 在 and the place, in one phrase; not across
        # a comma, nor past 滨 (滨江) or 户 (a person's 户口 is not the company's seat).
        self._near = {
            name: re.compile(
                f"({_alternation(s.no_near[0])})[^，,。；;！!？?滨户]{{0,8}}?在({_alternation(s.no_near[1])})"
            )
            for name, s in slots.items()
            if s.type == "bool" and s.no_near[0] and s.no_near[1]
        }
        # "江西户籍", "安徽的户口": a place right before a 户籍 word
        self._pairs = {
            name: re.compile(f"({_alternation(s.no_pairs[0])})的?({_alternation(s.no_pairs[1])})")
            for name, s in slots.items()
            if s.type == "bool" and s.no_pairs[0] and s.no_pairs[1]
        }
        self._yes_pairs = {
            name: re.compile(
                f"(?:{_alternation(s.yes_pairs[0])})[^，,。；;！!？?\\s]{{0,6}}?(?:{_alternation(s.yes_pairs[1])})"
            )
            for name, s in slots.items()
            if s.type == "bool" and s.yes_pairs[0] and s.yes_pairs[1]
        }
        self._no_apart = {
            name: re.compile(
                f"(?:{_alternation(s.no_apart[0])})[^，,、。；;！!？?\\s]{{0,6}}?(?:{_alternation(s.no_apart[1])})"
            )
            for name, s in slots.items()
            if s.type == "bool" and s.no_apart[0] and s.no_apart[1]
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
        # "本区户籍2023年毕业一直没工作的2个": a group's year of leaving school, as its years since
        dated = self.figures.dated(text)
        dated_numbers = [n for n in find_numbers(dated) if n.value is not None] if dated != text else numbers
        used: set[int] = set()
        values: dict[str, Any] = {}
        # The slot just asked for claims its numbers first ("就45个" answers 其中高技能人才有多少),
        # then category counts, then cue-bound counts, then the rest.
        order = sorted(wanted, key=lambda n: (n != asking, self._slots[n].type != "counts", not self._slots[n].cues))
        vague = any(w in text for w in self._vague_counts)  # "去了好几次": no "有补贴吗" as one time
        apart = self._groups_apart(text, wanted)
        for name in order:
            slot = self._slots[name]
            value: Any = None
            if slot.type == "enum":
                value = self._enum_values(text, name)
            elif slot.type == "bool":
                value = self._bool_value(text, name, generic=asking == name)
            elif slot.type == "counts":
                # (not a group with a figure its own exclude cues leave out: "另外30个是…在职员工" is
                # read there)
                off = [(a, b) for a, b in apart if not self._left_out_there(text[a:b], slot)]
                kept = [n for n in numbers if not any(a <= n.start < b for a, b in off)]
                value = self._category_counts(blanked(text, off) if off else text, name, kept, used)
            elif slot.type in ("count", "money"):
                # "2022年6月毕业…离校一年半左右": the time said outright before the one reckoned from a year
                by_leaving = dated != text and any(c.startswith("离校") for c in slot.exclude_cues)
                own, own_numbers = (dated, dated_numbers) if by_leaving else (text, numbers)
                # "25年毕业": a two-digit year, not twenty-five years
                value = self.figures.since_year(text, slot) if self.figures.short_year(text, slot) else None
                if value is None:
                    value = self.figures.number(own, slot, own_numbers, used, wanted, bare=asking == name)
                if value is None:
                    value = self.figures.since_year(text, slot)
                if value is None and not vague and (not slot.cue_required or any(c in text for c in slot.cues)):
                    value = next((v for p, v in slot.phrases.items() if p in text), None)  # "今年招了" is no 今年毕业
            if value is not None and value != [] and value != {}:
                values[name] = value
        values = split_by_condition(self._slots, values, text)
        return part_no_dropped(self._slots, take_out_parts(self._slots, values, text), text)

    def _past_year(self, text: str, slot: Slot) -> list[tuple[int, str]]:
        """ "2019年认定的", "2020年就已经是市级": a year before this one, then one of the slot's
        ``past_year_no`` words: a "no" at the year."""
        if not slot.past_year_no:
            return []
        this_year = self._today().year
        return [
            (m.start(), "0")
            for m in _YEAR.finditer(text)
            if _full_year(m.group(1), this_year) < this_year
            and text[m.end() : m.end() + 6].lstrip("的时候份里").startswith(slot.past_year_no)
        ]

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
        if len(found) > 1:
            # "刚被认定为市级技能大师工作室 区级的没申报": a level denied right after it is not held
            kept = [v for start, end, v in spans if not _denied_after(text, end)]
            found = [v for v in found if v in kept] or found
        if len(found) > 1:
            # "街道组织的技能比赛拿了三等奖，能领区级竞赛的奖励吗": the level asked about is not stated;
            # nor, for any slot, one asked whether it counts as ("区里办的大赛…这个算国家省市那个奖励吗")
            asked_only = name in self._conditions
            said = [v for start, _, v in spans if not _in_question(text, start, counts_as=not asked_only)]
            found = [v for v in found if v in said] if 0 < len(set(said) & set(found)) < len(found) else found
        if len(found) > 1 and name not in self._conditions:
            # "…零工市场还在建设中。请问街道这一块最高多少": the one pointed at is the one asked
            pointed = {v for _, end, v in spans if text[end:].lstrip("的").startswith(self._pointers)}
            found = list(pointed) if len(pointed) == 1 else found
        if len(found) > 1 and name in self._rates:
            # "那个5000块是国家级的吧 省级的多少": the level whose amount is quoted is known; the other is asked.
            quoted = {n.value for n in find_numbers(text) if n.value is not None and self.around.is_money(text, n)}
            asked = [v for v in found if not quoted & self._rates[name].get(v, frozenset())]
            if not asked and len(quoted) > 1 and spans[-1][2] in found:
                asked = [spans[-1][2]]  # "国家级奖十万，那省级是不是五万": each quoted, the last one asked
            found = asked if 0 < len(asked) < len(found) else found
        if len(found) > 1:
            # "园区边上的社区就业创业服务中心": a value that only places the next one is no value of its own
            placed = {v for _, end, v in spans if _places_next(text, end, spans, self._places)}
            found = [v for v in found if v not in placed] or found
        if slot.priority and len(found) > 1 and any(v in found for v in slot.priority):
            found = [next((v for v in slot.priority if v in found), found[0])]
        return found or None

    def _bool_value(self, text: str, name: str, *, generic: bool) -> bool | None:
        near = self._near.get(name)
        apart = [(m.start(), "0") for m in near.finditer(text)] if near is not None else []
        pairs = self._pairs.get(name)
        paired = [m.span() for m in pairs.finditer(text)] if pairs is not None else []
        apart += [(start, "0") for start, _ in paired]
        apart += self._past_year(text, self._slots[name])
        moved = self._no_apart.get(name)
        if moved is not None:  # "户口上个月迁到上城区了"
            # (not "户口没迁走": the move itself said not to have happened)
            spans = [
                m.span()
                for m in moved.finditer(text)
                if not negated(text, m.start()) and not _NOT_MOVED.search(m.group(0))
            ]
            apart += [(start, "0") for start, _ in spans]
            paired += spans  # ("预计明年3月验收": its 验收 is no yes of its own)
        together = self._yes_pairs.get(name)
        if together is not None:  # "户口上个月刚迁来滨江"
            apart += [
                (m.start(), "1")
                for m in together.finditer(text)
                if not negated(text, m.start()) and not _DENIED_INSIDE.search(m.group(0))
            ]  # (not "公司不在滨江": a no said between the two words)
        if not generic and not apart and not self._mentions(text, name):
            return None
        if any(w in text for w in self._slots[name].decisive_no):
            return False
        found = [
            (pos, "0" if value == "1" and negated(text, pos) and not self._denial_elsewhere(text, pos, name) else value)
            for pos, end, value in qualified(text, scan_spans(text, self._bool[name]))
            if value == "0"
            or not (
                self.around.asked_about(text, end)
                or _how_next(text, end)
                or self._becoming(text, pos)
                or text[:pos].endswith(self._asked_before)  # "算不算本区户籍大学生": asked, not said
            )
        ]
        if self._slots[name].no_said_of_else:  # "证是在上城区考的": the certificate's place, not the job's
            found = [(pos, v) for pos, v in found if v == "1" or not self._said_of_else(text, pos, name)]
        # "在余杭区登记的失业人员": the yes word inside a pair said no is that no's
        found = [(pos, v) for pos, v in found if v == "0" or not any(a < pos < b for a, b in paired)]
        found = sorted([*found, *apart])
        # "考出专项能力证书的有四十个，其他的都没考过": a "no" about the others is not about them.
        found = [(pos, value) for pos, value in found if value == "1" or not self.around.about_others(text, pos)]
        if any(v == "1" for _, v in found):
            # "区人社局组织的线上4次…另外学校请我去讲了2次": one more group's "no" (handlers.apart)
            yeses = [pos for pos, v in found if v == "1"]
            found = [(pos, v) for pos, v in found if v == "1" or not apart_at(text, pos, self._added, yeses)]
        # "不是本区户籍的有20个" beside the whole 80: a part is not all; the sub-count decides.
        if any(value == "0" for _, value in found) and not self._slots[name].of_whole:  # (hot path)
            counts = [n for n in find_numbers(text) if n.value is not None and _heads(text, n)]
            found = [(pos, v) for pos, v in found if v == "1" or not describes_a_part(text, pos, counts)]
        if not found and generic:
            # "我离校刚好两年 还没上班" to "是本区户籍吗": the 没 is 没上班's, another slot's word
            others = [
                (a, b)
                for other, pairs in (*self._enum.items(), *self._bool.items())
                if other != name and self._mentions(text, other)
                for a, b, _ in scan_spans(text, pairs)
            ]
            found = [
                (pos, v)
                for pos, end, v in scan_spans(text, self._generic_bool)
                if not any(a <= pos and end <= b and (a, b) != (pos, end) for a, b in others)
            ]
        if self._slots[name].either and any(value == "1" for _, value in found):
            return True
        return found[-1][1] == "1" if found else None

    @staticmethod
    def _left_out_there(phrase: str, slot: Slot) -> bool:
        return any(c in phrase for c in slot.exclude_cues) and any(n.value for n in find_numbers(phrase))

    def _groups_apart(self, text: str, wanted: list[str]) -> list[tuple[int, int]]:
        """Phrases of one more group said "no" beside a "yes" (handlers.apart), for the counts."""
        if not any(a in text for a in self._added) and text.count("；") < 2:
            return []  # (hot path: most messages add no group and list nothing)
        bools = [n for n in wanted if self._slots[n].type == "bool"]
        return [s for n in bools for s in groups_apart(text, scan_spans(text, self._bool[n]), self._added)]

    def _denial_elsewhere(self, text: str, pos: int, name: str) -> bool:
        """The negation before ``pos`` is inside another slot's word that ends before it, with
        no other negation after it: "还没上班户口一直在滨江" denies the job, not the 户口."""
        start = max(0, pos - 12)
        owned = [
            end
            for other, pairs in (*self._enum.items(), *self._bool.items())
            if other != name and self._mentions(text[start:pos], other)
            for a, end, _ in scan_spans(text[start:pos], pairs)
            if any(n in text[start + a : start + end] for n in NEGATIONS)
        ]
        after = start + max(owned, default=pos - start)
        # (not "不是认定的试点单位", "不是本区的街道": a 的 between makes the word the denied one's)
        return bool(owned) and "的" not in text[after - 1 : pos] and not negated(text[after:], pos - after)

    def _said_of_else(self, text: str, pos: int, name: str) -> bool:
        """The phrase from ``pos`` on reaches one of the slot's ``no_said_of_else`` words."""
        phrase = re.split(r"[，,。；;！!？?\s]", text[pos : pos + 12], maxsplit=1)[0]
        return any(w in phrase for w in self._slots[name].no_said_of_else)

    def _becoming(self, text: str, pos: int) -> bool:
        """ "那要怎么才算试点单位": how to become it is asked, not that one is."""
        before = text[max(0, pos - 6) : pos]
        return bool(self._become) and any(before.endswith(w) for w in self._become)

    def _category_counts(self, text: str, name: str, numbers: list[Number], used: set[int]) -> dict[str, int] | None:
        if not self._mentions(text, name):
            return None
        slot = self._slots[name]
        groups = self.figures.groups(text)
        return category_counts(
            text,
            slot,
            self._enum[name],
            numbers,
            used,
            self.around,
            self._per_one,
            self.figures.valid,
            self._per_group,
            groups,
            self._halves,
            rate=slot.rate_for_one and (self._asks_rate(text) or one_holder(text)),
            rates=self._rates.get(name),
            grouped=lambda found: self.figures.group_parts(text, found),
            corrected=lambda start, end: self.figures.corrected_before(text, start, end),
            added=self._added,
        )

    def _asks_rate(self, text: str) -> bool:
        """An amount asked with no figure at all, not even a vague one ("几次"), and no total
        ("一共"): what one category pays for one ("拿了技师证，机构补多少")."""
        return (
            any(w in text for w in self._asks_amount)
            and not any(w in text for w in self._totals)
            and not any(n.value is None for n in find_numbers(text))
        )

    def restated(self, text: str, name: str) -> int | None:
        """The one figure of a short correction ("不好意思，是80人") when its unit suits ``name``
        (or it has none) and no cue of another slot is in the message."""
        slot = self._slots[name]
        numbers = [n for n in find_numbers(text) if n.value is not None]
        if len(numbers) > 1:
            # "表上是五十九 不是四十九", "差一个到50 50的话多少": the figure denied, the shortfall and
            # the mark it falls short of are not the one restated
            numbers = [n for n in numbers if not text[: n.start].endswith(("不是", "差", "到", "差了"))]
            if len({n.value for n in numbers}) == 1:
                numbers = numbers[:1]
        if slot.type != "count" or len(numbers) != 1 or self.around.is_money(text, numbers[0]):
            return None
        units = sorted({*slot.units, *OTHER_UNITS, *COUNT_UNITS}, key=longest)  # 20人 is not 20天
        if self.around.unit_after(text, numbers[0], units) not in ("", *slot.units):
            return None
        if slot.half_up and text.startswith(tuple(f"{u}半" for u in slot.units), numbers[0].end):
            return None  # "毕业两年半了呢": read whole by the slot, more than two
        if slot.exclude_cues and describes(text, numbers[0], slot) == "out":
            return None  # "要是离职的只有3个呢": the part left out, not the count
        others = [s for s in self._slots.values() if s.name != name and s.type == "count" and s.cue_required]
        if any(c in text for s in others for c in s.cues):
            return None
        # "要是最低工资调到2500呢" after a count of posts: a sum of money's cue names that figure
        near = text[max(0, numbers[0].start - 8) : numbers[0].start] if len(numbers) == 1 else ""
        if any(c in near for s in self._slots.values() if s.type == "money" and s.name != name for c in s.cues):
            return None
        # "那如果是普通技能人才120人次呢" after 高技能人才: the linked count named, not this one
        linked = [s for s in self._slots.values() if s.part_of == name or slot.part_of == s.name]
        # (nor "如果是技能人才不是高技能人才 60个呢": this one's cue said not to hold)
        own = any(c in text for c in slot.cues) and not denied_each(text, slot.cues)
        if any(c in text for s in linked for c in s.cues) and not own:
            return None
        value = self.figures.valid(slot, numbers[0].value)
        return value if isinstance(value, int) else None

    def count_with_unit(self, text: str, name: str) -> int | None:
        """The one figure in ``text`` carrying one of the slot's units, if exactly one."""
        found = self._with_unit(text, name)
        if len(found) == 2 and self._restated_with_the_rest(text, found):
            found = found[:1]  # "其实是18个 有2个没考过": the figure restated, the rest explained
        elif len(found) == 2 and self.figures.corrected_before(text, found[0].end, found[1].start):
            found = found[1:]  # "十来次吧 具体12次": the rough figure, then the exact one
        if len(found) != 1 or found[0].value is None:
            return None
        return int(found[0].value) if found[0].value == found[0].value.to_integral_value() else None

    def _restated_with_the_rest(self, text: str, found: list[Number]) -> bool:
        """A correction's figure, then those it leaves out said not to count ("拿证的其实是18个 有2个
        没考过"): the second explains the first, it is no second count."""
        first, second = found
        corrected = self.figures.corrected_before(text, 0, first.start)
        tail = text[second.end : second.end + 4].lstrip("个人名位")
        return corrected and tail.startswith(("没", "未", "不"))

    def groups_with_unit(self, text: str, name: str) -> int | None:
        """ "本区户籍大学生十个、外省进城务工人员二十个、脱贫人口五个": several groups, each with its
        figure and unit, none of them one the slot leaves out: together one count (35)."""
        found = self._with_unit(text, name)
        if len(found) < 2 or any(excluded(text, n, self._slots[name].exclude_cues) for n in found):
            return None
        total = sum((n.value or Decimal(0) for n in found), Decimal(0))
        return int(total) if total == total.to_integral_value() else None

    def _with_unit(self, text: str, name: str) -> list[Number]:
        """The figures in ``text`` followed by one of the slot's units (not sums of money)."""
        slot = self._slots[name]
        units = sorted({*slot.units, *OTHER_UNITS}, key=longest)
        return [
            n
            for n in find_numbers(text)
            if n.value is not None
            and not self.around.is_money(text, n)
            and self.around.unit_after(text, n, units) in slot.units
        ]

    def states_total(self, text: str) -> bool:
        """A figure in the message is a whole ("两个人一共多少"), so it replaces, never adds."""
        units = sorted({*COUNT_UNITS, *OTHER_UNITS}, key=longest)
        return any(self.around.is_total(text, n, units) for n in find_numbers(text) if n.value is not None)

    def bare_number(self, text: str) -> int | None:
        """A reply that is only a figure once fillers are removed ("二十个人", "说错了 一百五十")."""
        return self.figures.bare_number(text)


def one_holder(text: str) -> bool:
    """ "我是转业复退军人，…拿了专项能力证书，工作室有补贴吗": the asker holds the certificate
    and gives no figure, so one person is counted (not "我们机构…拿了中级工")."""
    rest = text.replace("我们", "").replace("咱们", "")
    return "我" in rest and not [n for n in find_numbers(text) if n.value is not None]


_YEAR = re.compile(r"(?<![0-9])((?:19|20)?\d\d)\s*年")
"""A year written out ("2019年", or "21年" for 2021)."""


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, words))


def _full_year(digits: str, this_year: int) -> int:
    """ "2019" as it is; "21" as 2021 where that is a recent year (not "12年" of twelve years ago
    said as "十二年", nor a duration), else as this year, which decides nothing."""
    if len(digits) == 4:
        return int(digits)
    year = 2000 + int(digits)
    return year if 2010 <= year <= this_year else this_year
