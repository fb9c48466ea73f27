"""A condition's "no" said only of a part a count leaves out ("还有1次是市人社局组织的培训",
"辖区一家企业的HR也考了…高级工"): that part's, not the whole's, which would refuse everything."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from handlers.categories import after_group, excluded, excluded_figure
from handlers.parts import PHRASE_END, describes
from knowledge.models import Slot
from knowledge.numbers import Number, find_numbers

_THE_REST = ("剩下的", "剩余的", "其余的", "其他人", "其他的呢")

_SOME_OF = re.compile(r"(?<![还另又也])有(?=[0-9一二两三四五六七八九十]+[次个人名位场回]是)")
_THOSE = re.compile(r"那(?=[0-9一二两三四五六七八九十]+[次个人名位场回](?:人)?(?:其实|实际上|都|全)?是)")
""""有一次是…", "有两个是…": some of a count given before, said of a kind."""


def part_no_dropped(slots: Mapping[str, Slot], values: dict[str, Any], text: str) -> dict[str, Any]:
    """ "区人社局组织的2次评审，还有1次是市人社局组织的培训": the 市人社局 is said of the one time
    a count's exclude cues take out; the other two are counted, so the "no" is that part's and
    not the whole's (it would refuse everything)."""
    # "有二十五个干了两个月就走了…那剩下的呢": some taken off the count before, the rest asked about
    rest = any(w in text for w in _THE_REST)
    counted = [
        slots[n]
        for n, v in values.items()
        if n in slots and slots[n].exclude_cues and (_some(v) or (rest and isinstance(v, int) and v < 0))
    ]
    if not counted:
        return values
    numbers = [n for n in find_numbers(text) if n.value is not None]
    out = [
        (n, s)
        for s in counted
        for n in numbers
        if (text[n.end :].lstrip().startswith(s.units) or after_group(text, n, s.group_words))
        and _left_out(text, n, s)
        and not _per_one(text, n)
    ]
    if not out:
        return values
    dropped = dict(values)
    for name, value in values.items():
        slot = slots.get(name)
        if value is not False or slot is None or slot.type != "bool":
            continue
        said = [i for w in slot.no for i in _positions(text, w)]
        if said and all(any(_same_phrase(text, i, n.start) for n, _ in out) for i in said):
            del dropped[name]
    return dropped


_PER_ONE = re.compile(r"(?:每|一)(?:个)?人(?:能|可以)?(?:拿|补|给|发|领|多少)")
"""A rate asked per person ("能一人拿一千吗", "每人补多少"): no part of the people."""


def _per_one(text: str, number: Number) -> bool:
    return _PER_ONE.match(text, number.start) is not None or _PER_ONE.match(text, number.start - 1) is not None


def split_by_condition(slots: Mapping[str, Slot], values: dict[str, Any], text: str) -> dict[str, Any]:
    """ "一共做了5次线下宣讲，其中2次是区人社局组织的，3次是我们公司自己办的": a condition met by
    some of a count and not by the rest, each said with its figure; the count is those that meet
    it, and the condition is met (instead of the last word, the "no", refusing all five)."""
    numbers = [n for n in find_numbers(text) if n.value is not None]
    if len(numbers) < 3:
        return values
    for name, held in values.items():
        slot = slots.get(name)
        if slot is None or slot.type != "bool" or not isinstance(held, bool):
            continue
        no_spans = [(i, i + len(w)) for w in slot.no for i in _positions(text, w)]
        no = [start for start, _ in no_spans]
        # a yes word inside a no word ("备案" in "没备案") is that no
        yes = [i for w in slot.yes for i in _positions(text, w) if not any(a <= i < b for a, b in no_spans)]
        if not yes or not no:
            continue
        met = [n for n in numbers if any(_same_phrase(text, i, n.start) for i in yes)]
        unmet = [n for n in numbers if any(_same_phrase(text, i, n.start) for i in no)]
        if not met or not unmet or set(map(id, met)) & set(map(id, unmet)):
            continue
        some = sum(int(n.value or 0) for n in met)
        whole = some + sum(int(n.value or 0) for n in unmet)
        for count_name, value in values.items():
            counted = slots.get(count_name)
            if counted is None or counted.type not in ("count", "counts") or counted.generic:
                continue
            if isinstance(value, dict) and len(value) == 1 and next(iter(value.values())) == whole:
                return {**values, name: True, count_name: {next(iter(value)): some}}
            if isinstance(value, int) and not isinstance(value, bool) and value == whole:
                return {**values, name: True, count_name: some}
    return values


def _positions(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _same_phrase(text: str, a: int, b: int) -> bool:
    """No phrase break between two positions."""
    low, high = min(a, b), max(a, b)
    return not any(ch in PHRASE_END for ch in text[low:high])


def _some(value: Any) -> bool:
    """A count above nothing, or counts with some figure."""
    if isinstance(value, dict):
        return any(isinstance(v, int) and v > 0 for v in value.values())
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _left_out(text: str, number: Number, slot: Slot) -> bool:
    """The figure is one the slot's exclude cues take out."""
    if slot.type == "counts":
        return excluded_figure(text, number, slot)
    return describes(text, number, slot, last=True) == "out"


def part_no_taken_off(
    slots: Mapping[str, Slot],
    facts: dict[str, Any],
    fresh: dict[str, Any],
    text: str,
    markers: tuple[str, ...],
    *,
    first: bool = True,
) -> dict[str, Any]:
    """ "线上那5次里有1次是学校就业办请的，不是人社局组织的", "高级工那15个里有5个没考过": a
    condition's "no" said of some of a count given before takes them off that count (the level
    named, or the whole); it refuses nothing else. ``fresh`` unchanged where the message is not that.
    ``first``: the message's first reading, where a part's figure read as the whole count ("其中1个
    其实没做过认定" as one post) is taken for the part; not again once the parts came off."""
    at = min((text.find(m) for m in markers if m in text), default=-1)
    if at == -1:  # "刚想起来，有一次是市人社局组织的": some of the count held, with no marker word
        some_of = _SOME_OF.search(text) or _THOSE.search(text)  # (or "高级工那5个是…": all of a level)
        at = some_of.start() if some_of else -1
    if at == -1:
        return fresh
    numbers = [n for n in find_numbers(text) if n.value is not None]
    after = [n for n in numbers if n.start > at]
    before = [n for n in numbers if n.end <= at]
    if not after:
        return fresh
    denied = [k for k, v in fresh.items() if v is False and k in slots and slots[k].type == "bool"]
    misread = [k for k, v in fresh.items() if type(v) is int and v == after[0].value and k in slots]
    if (
        first and not denied and not before and misread and any(m in text for m in markers)
    ):  # "其中1个其实没做过…认定": the part's figure read as all
        denied = [
            k
            for k, v in facts.items()
            if v is True and k in slots and slots[k].type == "bool" and any(w in text[at:] for w in slots[k].no)
        ]
        if denied:
            fresh = {k: v for k, v in fresh.items() if k not in misread}
    # "那50个中级工里有8个其实是本地企业在职员工": a group the count's own cues leave out
    out = any(
        slots[k].type == "counts" and excluded(text, after[0], slots[k].exclude_cues) for k in fresh if k in slots
    )
    # (the "no" said after the marker, as a no word or a denied yes word: "…有30个中途离职了，没有稳定就业")
    if not (denied or out) or not all(
        any(i > at for w in (*slots[k].no, *slots[k].yes) for i in _positions(text, w)) for k in denied
    ):
        return fresh
    some = int(after[0].value or 0)
    if not before:
        return _off_the_count_before(slots, facts, fresh, denied, some, text[:at])
    whole = int(before[-1].value or 0)
    for name, said in fresh.items():
        held = facts.get(name)
        if isinstance(held, dict) and isinstance(said, dict) and len(said) == 1:
            ((level, count),) = said.items()
            if held.get(level) == whole and count in (0, some, whole) and 0 < some < whole:
                rest = {k: v for k, v in fresh.items() if k not in denied and k != name}
                return {**rest, name: {**held, level: whole - some}}
        if isinstance(held, int) and not isinstance(held, bool) and held == whole and 0 < some < whole:
            rest = {k: v for k, v in fresh.items() if k not in denied and k != name}
            return {**rest, name: whole - some}
    return fresh


def _off_the_count_before(
    slots: Mapping[str, Slot],
    facts: dict[str, Any],
    fresh: dict[str, Any],
    denied: list[str],
    some: int,
    lead: str = "",
) -> dict[str, Any]:
    """ "其中有三次是我自己在抖音直播的 不是人社组织的" after eleven times: the one count held (a
    single figure, or a single category's, or the category named before it: "线下有1次是…" of
    线下 2 and 线上 3) loses those, and the "no" is theirs alone."""
    held = [
        (name, value)
        for name, value in facts.items()
        if name in slots and slots[name].type in ("count", "counts") and not slots[name].generic and _some(value)
    ]
    if len(held) != 1 or not denied:
        return fresh
    ((name, value),) = held
    rest = {k: v for k, v in fresh.items() if k not in denied and k != name}
    named = [k for k in value if k in lead] if isinstance(value, dict) else []
    if isinstance(value, dict) and len(value) > 1 and len(named) == 1:
        whole = value[named[0]]
        if some == whole:  # "高级工那5个是…": all of that level (a 0 would read as "named, no figure")
            return {**rest, name: {k: v for k, v in value.items() if k != named[0]}}
        return {**rest, name: {**value, named[0]: whole - some}} if 0 < some < whole else fresh
    if isinstance(value, dict) and len(value) == 1:
        ((level, whole),) = value.items()
        return {**rest, name: {level: whole - some}} if 0 < some < whole else fresh
    if isinstance(value, int) and 0 < some < value:
        return {**rest, name: value - some}
    return fresh


def part_not_that(
    slots: Mapping[str, Slot], facts: dict[str, Any], fresh: dict[str, Any], text: str, markers: tuple[str, ...]
) -> dict[str, Any]:
    """ "其中一个是杭州工匠不是浙江工匠" after two 浙江工匠: that one is not what the count was
    said to be, so it comes off the count; the others keep their level. ``fresh`` unchanged
    where the message is not that."""
    if not any(m in text for m in markers):
        return fresh
    for level, value in fresh.items():
        held = facts.get(level)
        if level not in slots or slots[level].type != "enum" or not isinstance(held, list) or value == held:
            continue
        if not any(f"不是{v}" in text for v in held):
            continue
        for name, some in fresh.items():
            whole = facts.get(name)
            counts = name in slots and slots[name].type == "count"
            if counts and isinstance(some, int) and isinstance(whole, int) and 0 < some < whole:
                rest = {k: v for k, v in fresh.items() if k not in (level, name)}
                return {**rest, name: whole - some}
    return fresh
