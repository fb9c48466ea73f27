"""Folding a message's slot values into what the user said before.

Plain values replace earlier ones (a correction "不对，是80人" is just a new value). Category
counts need more care: "线上也做了3次" adds a category, "说错了，是高级工" moves the earlier count
to the named category, and a bare "二十个人" fills the one category named without a number.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from knowledge.models import Slot
from knowledge.numbers import find_numbers


def merge(
    slots: Mapping[str, Slot],
    facts: dict[str, Any],
    fresh: dict[str, Any],
    *,
    correction: bool,
    increase: bool,
    bare: int | None,
    also: bool = False,
    accumulate: bool = True,
    more: bool = False,
    whole: bool = False,
    half: bool = False,
    part: bool = False,
    instead: bool = False,
    swap: bool = False,
    in_all: bool = False,
    kept: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """The facts after this message; ``fresh`` is what the message itself said.

    ``also`` ("同时也是省级") adds levels to those given before instead of replacing them;
    ``more`` ("又参加了线下3次") adds a category's new count to its old one. (``increase`` does
    that for plain counts, but its 再 is also the "再培训同样30个人" of a what-if.) ``whole``
    ("这4次都是线上的呢") moves all the counts given before to the categories named now; ``half``
    ("要是一半只拿到中级呢") moves half of the one count given before to the category named now;
    ``part`` ("有两次是线下的") moves that many of the one count given before; ``instead``
    ("专项能力证书的呢 也是20个") asks about other categories in place of those given before;
    ``swap`` ("要是省级那个其实是国家级呢") moves the count of one category named to the other;
    ``in_all`` (a total asked) keeps one named before with no figure as one beside those added;
    ``kept`` are counts said again before the adding word ("还是按两天 不过又多报名了10个"), not added.
    """
    merged = dict(facts)
    for name, value in fresh.items():
        slot = slots.get(name)
        old = facts.get(name)
        if slot is not None and slot.type == "counts" and isinstance(value, dict):
            merged[name] = _counts(
                value,
                old if isinstance(old, dict) else {},
                correction,
                accumulate,
                more,
                whole,
                half,
                part,
                instead,
                swap,
                in_all,
            )
        elif _is_count(value) and value < 0:
            # "其中20个离职了" takes them off the earlier figure; with none before ("招了120个，都是
            # 外省来的") nobody counts.
            merged[name] = max(old + value, 0) if _is_count(old) else 0
        elif increase and _is_count(value) and _is_count(old) and name not in kept:
            merged[name] = old + value
        elif also and isinstance(value, list) and isinstance(old, list):
            merged[name] = list(dict.fromkeys([*old, *value]))
        else:
            merged[name] = value
    for name, value in list(merged.items()):
        slot = slots.get(name)
        if slot is not None and slot.type == "counts" and isinstance(value, dict):
            merged[name] = _fill(value, bare if name in fresh or bare is not None else None, slot)
    return merged


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _counts(
    new: dict[str, int],
    old: dict[str, int],
    correction: bool,
    accumulate: bool,
    increase: bool = False,
    whole: bool = False,
    half: bool = False,
    part: bool = False,
    instead: bool = False,
    swap: bool = False,
    in_all: bool = False,
) -> dict[str, int]:
    """Category counts after a follow-up: a category named alone takes over the one count given
    before ("说错了，是高级工", "那一等奖呢", "那如果线上呢"); a correction replaces them all,
    unless it only re-counts categories given before ("三个技师一个高级技师" then "不对，是两个技师":
    the 高级技师 stays); the same total said to be all of new categories replaces them ("这4次都是
    线上的呢"); otherwise new figures update their own categories and the rest stay."""
    explicit = {k: v for k, v in new.items() if v}
    named = [k for k, v in new.items() if not v]
    known = {k: v for k, v in old.items() if v}
    if not explicit and len(named) == 1 and len(known) == 1 and named[0] not in known:
        ((before, count),) = known.items()
        if half and count % 2 == 0:
            return {before: count // 2, named[0]: count // 2}  # "要是一半只拿到中级呢"
        return {named[0]: count}
    if part and len(explicit) == 1 and not named and len(known) == 1 and not set(explicit) & set(known):
        ((before, count),) = known.items()
        ((after, moved),) = explicit.items()
        if moved < count:
            return {before: count - moved, after: moved}  # "都是线上的" then "有两次是线下的"
    if instead and explicit and not set(explicit) & set(known):
        return {**dict.fromkeys(named, 0), **explicit}
    if instead and not explicit and len(named) == 1 and named[0] not in known:
        return {named[0]: 0}  # "没获奖的参赛选手有没有补贴": that case alone
    if swap and not explicit and len(named) == 2 and len(set(named) & set(known)) == 1:
        # "要是省级那个其实是国家级呢": the one counted before moves to the other named
        (before,) = set(named) & set(known)
        (after,) = set(named) - {before}
        return {**{k: v for k, v in old.items() if k != before}, after: known[before] + old.get(after, 0)}
    if swap and len(explicit) == 1 and not named and len(known) == 1 and not set(explicit) & set(known):
        ((after, count),) = explicit.items()
        if list(known.values()) == [count]:  # "要是我考的是中级工呢" after my 专项能力: mine is that
            return {after: count}
    if whole and len(explicit) == 1 and len(named) == 1:
        ((source, count),) = explicit.items()
        if known.get(source) == count and named[0] != source:
            # "要是线上那四次都改成线下呢": those four move from the one named with them to the other
            return {**{k: v for k, v in old.items() if k != source}, named[0]: old.get(named[0], 0) + count}
    if whole and not explicit and len(named) == 1 and len(known) > 1:
        return {named[0]: sum(known.values())}  # "要是全部都是高级工呢" of 初级工 20 and 高级工 10: all 30
    if whole and explicit and sum(explicit.values()) == sum(known.values()):
        return {**dict.fromkeys(named, 0), **explicit}
    if whole and len(explicit) == 1 and not named:
        ((after, count),) = explicit.items()
        same = [k for k, v in known.items() if v == count and k != after]
        if len(same) == 1:  # "如果那12个考的是技师": the twelve 高级工 are now 技师
            return {**{k: v for k, v in old.items() if k != same[0]}, after: count + old.get(after, 0)}
        if (correction or swap) and len(known) == 1 and after not in known and count < next(iter(known.values())):
            # "外省的那二十个考的是高级工" of 35 中级工: those twenty move, the rest stay
            ((before, held),) = known.items()
            return {before: held - count, after: count}
    split = [k for k in explicit if known.get(k) == sum(explicit.values())] if len(explicit) == 2 else []
    if correction and not named and len(split) == 1:
        # "取得高级工的实际为12人，另外4人取得的是中级工" of 中级工 44 and 高级工 16: those sixteen
        # split in two, the other level's own count kept
        (source,) = split
        (other,) = set(explicit) - {source}
        return {**old, source: explicit[source], other: old.get(other, 0) + explicit[other]}
    if correction and explicit and not named and set(explicit) < set(known):
        return {**old, **explicit}
    if correction:
        return {**dict.fromkeys(named, 0), **explicit}
    if increase:  # "又参加了线下3次" after "线下五次": eight in all
        explicit = {k: v + old.get(k, 0) for k, v in explicit.items()}
        # "有个社区新认定为市级", then "还有两个区级的…合起来多少": the one named before with no
        # figure was answered as one, and stays one beside the ones added, when all are asked
        if in_all:
            old = {k: v or (1 if k not in explicit and explicit else v) for k, v in old.items()}
    # "高级工是15人" updates that category and keeps the others; "另外还有专项能力8人" adds one.
    return {**dict.fromkeys(named, 0), **old, **explicit}


def _fill(counts: dict[str, int], bare: int | None, slot: Slot) -> dict[str, int]:
    """Give categories named without a number the bare figure, else the slot's default."""
    unknown = [k for k, v in counts.items() if not v]
    if not unknown:
        return counts
    if bare is not None and len(unknown) == 1:
        return {**counts, unknown[0]: bare}
    if slot.default is not None:
        return {**counts, **dict.fromkeys(unknown, int(slot.default))}
    return counts


def said_before_adding(
    slots: Mapping[str, Slot], fresh: dict[str, Any], text: str, adding: tuple[str, ...]
) -> frozenset[str]:
    """The plain counts whose figure stands before the first adding word of ``text`` ("还是按两天
    不过又多报名了10个学生": the two days are said again, the ten are added)."""
    at = min((i for i in (text.find(w) for w in adding) if i != -1), default=-1)
    if at == -1:
        return frozenset()
    found = set()
    for name, value in fresh.items():
        slot = slots.get(name)
        if slot is None or slot.type != "count" or not _is_count(value):
            continue
        units = tuple(slot.units)
        spots = [n for n in find_numbers(text) if n.value == value and text[n.end :].lstrip().startswith(units)]
        if spots and all(n.start < at for n in spots):
            found.add(name)
    return frozenset(found)
