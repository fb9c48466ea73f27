"""Category counts in one message ("30人中级工、10人高级工", "线上3次线下2次", "一等奖1个").

Kept apart from the extractor because the pairing has its own rule: the sentence's order decides
which figure belongs to which category, whatever the slot.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass
from decimal import Decimal

from handlers.around import OTHER_UNITS, PRONOUNS, Around
from handlers.cues import PART_MARKERS
from handlers.listed import certified, groups_one_level, one_per_item, own_phrase, phrase_span
from handlers.parts import sub_count
from handlers.scan import longest, negated, scan_spans
from knowledge.models import Clause, KnowledgeBase, Slot
from knowledge.numbers import Number

_JOINERS = " :：有是为"
_ITEM_ENDS = tuple(";；,，。、 ?？")
_ITEM_GAP = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)\s*[人名个位]\s+")
"""A head count with its unit, then a space: the end of one group's item in a list."""
_FIRST_N = re.compile(r"(?<![目之以此提当眼年从])前$")
"""The 前 of "前三个都在街道": the first three of a list, pointed at, not a count of a category."""
_PHRASE_END = "，,、。；;！!？?"
"""What may stand between a category and its bare count."""
_OF_HOLDERS = ("证书的有", "证书的", "证的有", "证的", "的有", "的", "证书", "证")
"""What may stand between a category and the count of its holders ("中级工证的五十八个")."""


def category_rates(kb: KnowledgeBase) -> dict[str, dict[str, frozenset[Decimal]]]:
    """Per category slot, the amounts the policy pays each category (技师 2500, 一等奖 2000), from
    the calculators that read it: a figure equal to its category's rate is that rate quoted."""
    rates: dict[str, dict[str, set[Decimal]]] = {}
    for clause in kb.clauses:
        for benefit in clause.benefits:
            calc = benefit.calculator
            table = getattr(calc, "levels", None) or getattr(calc, "rates", None)
            if not isinstance(table, Mapping):
                continue
            for name in {getattr(calc, "slot", None), getattr(calc, "counts_slot", None)} - {None}:
                for category, amount in table.items():
                    rates.setdefault(str(name), {}).setdefault(category, set()).add(amount)
    return {name: {c: frozenset(a) for c, a in table.items()} for name, table in rates.items()}


def paid_amounts(clause: Clause) -> frozenset[Decimal]:
    """Every amount of money ``clause``'s calculators name (rates, bases, steps, caps), so that
    "那个500块能直接给我吗" can be told as （九）'s 500元/人 and not （六）'s 1500元/人."""
    found: set[Decimal] = set()

    def walk(value: object) -> None:
        if isinstance(value, Decimal):
            found.add(value)
        elif isinstance(value, Mapping):
            for item in value.values():
                walk(item)
        elif isinstance(value, tuple):
            for item in value:
                walk(item)
        elif is_dataclass(value):
            for f in fields(value):
                walk(getattr(value, f.name))

    for benefit in clause.benefits:
        walk(benefit.calculator)
    return frozenset(a for a in found if a >= 100)  # ratios and percents are not sums of money


def category_counts(
    text: str,
    slot: Slot,
    pairs: list[tuple[str, str]],
    numbers: list[Number],
    used: set[int],
    around: Around,
    per_one: tuple[str, ...],
    valid: Callable[[Slot, Decimal | None], int | str | None],
    per_group: tuple[str, ...] = (),
    groups: int = 1,
    halves: tuple[str, ...] = (),
    *,
    rate: bool = False,
    rates: Mapping[str, frozenset[Decimal]] | None = None,
    grouped: Callable[[list[Number]], bool] | None = None,
    corrected: Callable[[int, int], bool] | None = None,
    added: tuple[str, ...] = (),
) -> dict[str, int] | None:
    """Pair categories with their numbers ("30人中级工", "线上3次线下2次").

    The sentence's own order decides: numbers first pair each number with the category
    after it; categories first pair each with the number after it. A category named
    without a number maps to 0 (known category, count still to ask or default), except the one
    category of a message that asks its ``rate`` with no figure of its own: that is one person.
    """
    # "没进一二三等奖", "没有高级工": a category said not to apply is not one of the counts.
    spans = [span for span in scan_spans(text, pairs) if not negated(text, span[0])]
    if not spans:
        return None
    spans = _merged(text, spans)
    # "我老公区级…一等奖 我弟弟区级三等奖 我表妹是市里的比赛二等奖": a category whose own words leave
    # it out, with no figure of its own, is not one of the counts (unless all are: then the no decides)
    kept = [sp for sp in spans if not _left_out_alone(text, sp, slot.exclude_cues, numbers)]
    spans = kept or spans
    inside = {i for start, end, _ in spans for i in range(start, end)}
    units = sorted({*slot.units, *OTHER_UNITS}, key=longest)
    # A bare figure right after a category ("初级工二十") is that category's count; elsewhere
    # a figure needs one of the slot's units ("三份" is not a count of communities).
    # One joining character may stand between ("初级工 二十", "一等奖：2个"), not a verb ("一等奖奖两千").
    right_after = {end for _, end, _ in spans} | {end + 1 for _, end, _ in spans if text[end : end + 1] in _JOINERS}
    # "初级工合格二十二 中级工合格十八": a word of passing may join them too
    right_after |= {end + len(w) for _, end, _ in spans for w in around.passed if text.startswith(w, end)}
    # "技师2500是按人头吗", "一等奖2000 二等奖多少来着": the figure right after a category, with no
    # unit, equal to what the policy pays that category, is its rate quoted, not a head count.
    quoted = {
        end + gap: value
        for _, end, value in spans
        for gap in (0, 1)
        if rates and value in rates and (gap == 0 or text[end : end + 1] in _JOINERS)
        for n in numbers
        if n.start == end + gap and n.value in rates[value] and around.unit_after(text, n, units) not in slot.units
    }
    # "线下一次1000，线上一次多少": "一次" and the rate after it quote the category's rate per time.
    for _, end, value in spans:
        per = next((w for w in _PER_TIME if text.startswith(w, end)), "")
        if per and rates and value in rates:
            after = next((n for n in numbers if n.start == end + len(per)), None)
            if after is not None and after.value in rates[value]:
                quoted[after.start] = value
                used.update(n.start for n in numbers if end <= n.start < end + len(per))
    free = [
        n
        for n in numbers
        if n.start not in used
        and n.start not in inside
        and not around.is_money(text, n)
        and (
            around.unit_after(text, n, units) in slot.units
            or n.start in right_after
            or (not around.unit_after(text, n, units) and after_group(text, n, slot.group_words))
        )
        and not around.counts_things(text, n, units, slot)
        and not around.is_quoted(text, n)
        and not around.is_none(text, n, units)
        and not around.is_both(text, n)
        and not (halves and text[n.start :].startswith(halves))  # the 一 of 一半 is no count
        and not (_FIRST_N.search(text, 0, n.start) and n.start > spans[-1][0])  # (after the list)
        and n.start not in quoted
        and not (n.text == "俩" and around.is_total(text, n, units))  # "俩人一共多少": the two people
        # "我弟二等奖 我表哥一等奖 两人奖金一共多少": the people of several categories, in all
        # (or one more person's, added: "还有我堂妹…三等奖 三个人一共呢")
        and not (
            n.start > spans[-1][0]
            and (len({v for *_, v in spans}) > 1 or text.startswith(added))
            and _people_in_all(text, n, around, units)
        )
        and not (n.text == "俩" and text[: n.start].endswith((*PRONOUNS, "他", "她")))  # "我们俩", "他俩": who
    ]
    listed = one_per_item(text, spans, free, slot.exclude_cues) or groups_one_level(text, spans, free, slot, valid)
    if listed is not None:  # "三名工作人员 1…高级技师 2…高级技师 3…高级工": one holder an item
        used.update(n.start for n in free if n.start not in quoted)
        return listed
    halved = [value for start, _, value in spans if halves and text[:start].endswith(halves)]
    if len(halved) == 2 == len(spans) and len(free) == 1 and free[0].value and free[0].value % 2 == 0:
        # "一百个…一半中级工一半高级工": the one whole split in two
        half = valid(slot, free[0].value / 2)
        if isinstance(half, int):
            used.add(free[0].start)
            return dict.fromkeys(halved, half)
    # Items in sentence order: a category name (str) or a Number.
    items: list[tuple[int, str | Number]] = sorted(
        [(start, value) for start, _, value in spans] + [(n.start, n) for n in free], key=lambda i: i[0]
    )
    numbers_first = isinstance(items[0][1], Number)
    leading = [n for n in free if n.start < spans[0][0]]

    def own_figure(end: int) -> bool:
        """A figure right after the category, and nothing said of it but its unit ("高级技师1人；"),
        unlike "中级工 30个是本区户籍大学生", a group of its holders."""
        for n in free:
            if n.start in right_after and end <= n.start <= end + 2:  # (2: "初级工过了三十")
                tail = n.end + len(around.unit_after(text, n, units))
                return text[tail : tail + 1] in ("", *_ITEM_ENDS)
        return False

    def holders_after(end: int) -> bool:
        """The category's holders counted right after it ("拿到中级工证的五十八个"): its own figure,
        so a figure before it ("培训…六十三人") is everyone trained, not this category's."""
        for suffix in _OF_HOLDERS:
            if text.startswith(suffix, end):
                at = end + len(suffix)
                return any(n.start in (at, at + 1) and text[at : n.start].strip() == "" for n in free)
        return False

    if numbers_first and len(leading) == 1 and all(own_figure(e) or holders_after(e) for _, e, _ in spans):
        # "现有3名工作人员取得证书：高级技师1人；初级工2人": each category with its own figure
        # right after it, and one figure before them all: the whole, not the first category's
        items = [i for i in items if i[0] > free[0].start]
        numbers_first = False
    # "一等奖2000 二等奖多少来着": the category whose rate was quoted is known; the other is asked.
    result: dict[str, int] = {
        value: 0
        for _, _, value in spans
        if value not in quoted.values() or set(quoted.values()) == {v for *_, v in spans}
    }
    pending: str | Number | None = None
    paired: list[Number] = []
    left_out: set[str] = set()
    last_for: dict[str, Number] = {}
    waiting: list[str] = []  # categories named since the last figure ("初级工、中级工各10人")
    for _, item in items:
        if isinstance(item, Number) == numbers_first:
            pending = item
            if not isinstance(item, Number):
                waiting.append(item)
        elif pending is not None:
            if isinstance(item, Number) and len(waiting) > 1 and text[: item.start].rstrip().endswith("各"):
                each = valid(slot, item.value)
                if isinstance(each, int) and not excluded(text, item, slot.exclude_cues):
                    for named in waiting:  # "初级工 中级工 各10人": ten of each
                        result[named] += each
                    used.add(item.start)
                    paired.append(item)
                    pending, waiting = None, []
                    continue
            number, category = (pending, item) if numbers_first else (item, pending)
            assert isinstance(number, Number) and isinstance(category, str)
            count = valid(slot, number.value)
            if isinstance(count, int) and per_group and text[: number.start].endswith(per_group):
                count *= groups  # "3期培训，每期20个…中级工": twenty in each of three
            if isinstance(count, int) and excluded(text, number, slot.exclude_cues):
                count = 0  # "在职员工6个拿了中级工": people the policy does not pay for
                used.add(number.start)
                left_out.add(category)
            if isinstance(count, int):
                earlier = last_for.get(category)
                # "2个省级其实只有1个是省级": a correction between restates that level's count
                again = earlier is not None and corrected is not None and corrected(earlier.end, number.start)
                result[category] = count if again else result.get(category, 0) + count
                last_for[category] = number
                used.add(number.start)
                paired.append(number)
            pending, waiting = None, []
    _pair_trailing(text, slot, spans, free, used, result, left_out, valid)
    rest = [n for n in free if n.start not in used]
    rest = _the_rest(text, spans, rest, result, used, around, valid, slot)
    # ("两名员工分别获得二等奖和三等奖…两人合计多少": the same head count again, as the whole)
    restated = [n for n in rest if paired and n.value == paired[0].value and around.is_total(text, n, units)]
    if len(result) > 1 and len(paired) == 1 and rest == restated and paired[0].value == len(result):
        first = min(start for start, _, _ in spans)
        between = text[paired[0].end : first]
        # "三个专干都拿证了 小王…高级工": a space after more words parts the group from its members
        apart = paired[0].end < first and (
            any(p in between for p in "，,、；;：:")
            or ((" " in between.strip() or between.endswith(" ")) and len(between.strip()) > 1)
        )
        # ("小王…技师 小李…中级工 小赵…高级工 三个人都在…上班": the head count after them all, as the whole)
        last = max(end for _, end, _ in spans)
        after_all = paired[0].start > last and text[paired[0].end :].startswith(("个人都", "人都", "位都", "名都"))
        if "分别" in text or apart or after_all:
            # "3名员工分别拿了一等奖、二等奖、三等奖", "两个就业专干，小王拿了…高级工，小李是…中级工":
            # one each, not all of the first
            return dict.fromkeys(result, 1)
    if (
        len(result) == 1
        and len(paired) == 1
        and len(rest) == 1
        and corrected
        and corrected(paired[0].end, rest[0].start)
    ):
        # "线下三场记错了，是四场": the figure after the correction is the level's count
        count = valid(slot, rest[0].value)
        if isinstance(count, int):
            result[next(iter(result))] = count
            used.add(rest[0].start)
    elif len(result) == 1 and len(paired) == 1 and rest and grouped is not None and grouped([*paired, *rest]):
        # "都是中级工，一批20人一批25人": the groups' figures all belong to the one level
        for number in rest:
            count = valid(slot, number.value)
            if isinstance(count, int):
                result[next(iter(result))] += count
                used.add(number.start)
    elif len(result) == 1 and set(result) == left_out and rest and "都" in text[max(n.end for n in paired) :]:
        # "本区户籍大学生12个，还有8个是外地户籍的大学生，都拿了中级工": the level is everyone's,
        # and only the group left out is not paid for
        for number in rest:
            count = valid(slot, number.value)
            if isinstance(count, int) and not excluded(text, number, slot.exclude_cues):
                result[next(iter(result))] += count
                used.add(number.start)
    elif (
        len(result) == 1
        and len(paired) == 1
        and rest
        and slot.exclude_cues
        and not _one_added(text, paired, rest, added)
    ):
        # "60个学员都考出了中级工，30个是本区户籍大学生，另外30个是…在职员工": those the
        # clause leaves out come off the one level's count
        (level,) = result
        part = sub_count(text, slot, [*paired, *rest], added)
        if part is not None and 0 <= part < result[level]:
            result[level] = part
            used.update(n.start for n in rest)
    passed = [n for n in rest if n.start not in used and certified(text, n)]
    if len(result) == 1 and len(paired) == 1 and len(passed) == 1:
        # "培训了30个…考专项能力证书 拿证的25个": the 30 took the course, the 25 hold its certificate
        (level,) = result
        count = valid(slot, passed[0].value)
        if isinstance(count, int) and 0 < count < result[level]:
            result[level] = count
            used.add(passed[0].start)
    rate_asked = (
        any(w in text for w in per_one)
        or any(around.is_quoted(text, n) for n in numbers)
        or (rate and not [n for n in numbers if n.start not in inside])
    )
    if len(result) == 1 and not any(result.values()) and rate_asked:
        # "取得高级工证书，每人补贴多少", "初级工补500还是1000": the rate for one person
        result = dict.fromkeys(result, 1)
    if any(result.values()):
        # "另外企业hr有1个高级工": a level whose only figure was left out is not one still to
        # count (it would be taken as one person)
        result = {k: v for k, v in result.items() if v or k not in left_out}
    return result


def _pair_trailing(
    text: str,
    slot: Slot,
    spans: list[tuple[int, int, str]],
    free: list[Number],
    used: set[int],
    result: dict[str, int],
    left_out: set[str],
    valid: Callable[[Slot, Decimal | None], int | str | None],
) -> None:
    """ "初级工30个 高级工10个 还有20个拿的专项能力证书": the order turns at the last pair, so the
    figure left over is the count of the category named right after it in its phrase (or, turned
    the other way, right before it: "1次线下，另外线上咨询做了3次")."""
    for start, _, category in spans:
        if result.get(category) or category in left_out:
            continue
        before = [n for n in free if n.start not in used and n.end <= start and start - n.end <= 6]
        if not before:
            continue
        number = before[-1]
        between = text[number.end : start]
        if any(mark in between for mark in _PHRASE_END) or any(number.end <= s < start for s, _, _ in spans):
            continue
        count = valid(slot, number.value)
        if isinstance(count, int) and count > 0:
            result[category] = count
            used.add(number.start)
    # "去了1次线下，另外线上咨询做了3次": turned the other way, a figure after its category
    for _, end, category in spans:
        if result.get(category) or category in left_out:
            continue
        after = [n for n in free if n.start not in used and n.start >= end and n.start - end <= 6]
        if not after:
            continue
        number = after[0]
        between = text[end : number.start]
        if any(mark in between for mark in _PHRASE_END) or any(end <= s < number.start for s, _, _ in spans):
            continue
        count = valid(slot, number.value)
        if isinstance(count, int) and count > 0:
            result[category] = count
            used.add(number.start)


def _one_added(text: str, paired: list[Number], rest: list[Number], added: tuple[str, ...]) -> bool:
    """ "本区户籍大学生12个，还有8个是外地户籍的": one more group said after the counted one, with
    an adding word between ("还有", "另外"), is beside those 12, not a part of them."""
    return len(rest) == 1 and any(w in text[paired[0].end : rest[0].start] for w in added)


_PER_TIME = ("一次", "每次", "一场", "每场")


def _left_out_alone(text: str, span: tuple[int, int, str], cues: tuple[str, ...], numbers: list[Number]) -> bool:
    """The words around a category, up to a mark or a space, name a group its slot leaves out, and
    hold no figure."""
    if not cues:
        return False
    start, end = phrase_span(text, span[0], span[1])
    return any(c in text[start:end] for c in cues) and not any(start <= n.start < end for n in numbers)


def after_group(text: str, number: Number, words: tuple[str, ...]) -> bool:
    """A bare figure right after a group's name, a joiner allowed ("区内失业人员四十", "灵活就业：30")."""
    before = text[: number.start]
    return bool(words) and (before.endswith(words) or (before[:-1].endswith(words) and before[-1:] in _JOINERS))


def excluded_figure(text: str, number: Number, slot: Slot) -> bool:
    """``excluded``, for a figure after its group's name too ("本市在职职工20"): there the words
    that leave it out come before it, in its own phrase, not after it."""
    if after_group(text, number, slot.group_words) and not text[number.end :].lstrip().startswith(slot.units):
        return any(c in own_phrase(text, number) for c in slot.exclude_cues)
    return excluded(text, number, slot.exclude_cues)


def _people_in_all(text: str, number: Number, around: Around, units: list[str]) -> bool:
    """ "两人奖金一共", "三个人一共呢": the people, counted in all (not "线上一次一共", a time)."""
    if number.text in ("俩", "仨") and around.kin_pairs and text[: number.start].endswith(around.kin_pairs):
        return True  # "兄弟俩加一块": the people, whatever the total is called
    return text[number.end :].startswith(("人", "个人", "位", "名")) and around.is_total(text, number, units)


def excluded(text: str, number: Number, cues: tuple[str, ...]) -> bool:
    """The phrase of ``number`` names a group its slot leaves out ("在职员工6个拿了中级工"), unless
    the figure is some of them described on ("那14个在职员工里有7个其实是外省来杭州打工的")."""
    if not cues:
        return False
    start = max((text.rfind(mark, 0, number.start) for mark in _PHRASE_END), default=-1) + 1
    ends = [i for i in (text.find(mark, number.end) for mark in _PHRASE_END) if i != -1]
    after = text[number.end : min(ends, default=len(text))]
    if text.count("；") < 2:  # (a list's item ends at its "；" only: "一个社区 前年认定的国家级；")
        after = after.strip().split(" ")[0]  # "60个学员都考出了中级工 另外30个是在职员工": a space ends it too
    # "本市在职职工8人 外省进城务工人员6人": a space after the figure before ends that one's group
    start = max([start] + [m.end() for m in _ITEM_GAP.finditer(text, start, number.start)])
    before = text[start : number.start]
    if any(cue in after for cue in cues):
        return True
    last = max((before.rfind(cue) + len(cue) for cue in cues if cue in before), default=-1)
    return last != -1 and not any(mark in before[last:] for mark in PART_MARKERS)


def _merged(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One category named twice in a row ("一级/高级技师", "高级工（三级）") is one span: the
    national grade and the level's name are the same certificate, not two."""
    out: list[tuple[int, int, str]] = []
    for span in spans:
        if out and out[-1][2] == span[2] and text[out[-1][1] : span[0]].strip() in ("", "/", "(", "/(", "（"):
            out[-1] = (out[-1][0], span[1], span[2])
        else:
            out.append(span)
    return out


def _the_rest(
    text: str,
    spans: list[tuple[int, int, str]],
    rest: list[Number],
    result: dict[str, int],
    used: set[int],
    around: Around,
    valid: Callable[[Slot, Decimal | None], int | str | None],
    slot: Slot,
) -> list[Number]:
    """ "一共40个 25个考了中级工 剩下的拿了专项能力证书": the category said of the rest, with no
    figure of its own, counts the whole left over by the others. Returns the figures still unread."""
    if len(rest) != 1 or rest[0].start > spans[0][0] or rest[0].value is None:
        return rest
    named = [value for start, _, value in spans if not result.get(value) and around.about_others(text, start)]
    if len(named) != 1 or len(result) < 2:
        return rest
    left = valid(slot, rest[0].value - sum(v for k, v in result.items() if k != named[0]))
    if not isinstance(left, int) or left <= 0:
        return rest
    result[named[0]] = left
    used.add(rest[0].start)
    return []
