"""Figures said relative to what was said before: doubled or fewer ("要是翻一倍呢", "少5个人呢"),
for one ("每个人最多多少", "专项能力证书一个人多少"), or on the other of two linked counts ("那如果是
普通技能人才120人次呢" after 高技能人才).

Pure functions of the message, its fresh values and the facts so far; the follow-up decides when
to use them. Kept apart from it because each one says how a figure relates to an earlier one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from handlers.intents import has_any
from knowledge.models import Benefit, KnowledgeBase, Slot
from knowledge.numbers import Number, find_numbers


def relative_value(
    kb: KnowledgeBase, text: str, fresh: dict[str, Any], facts: dict[str, Any], target: str | None
) -> dict[str, Any] | None:
    """The new value of a figure given before, said relative to it: doubled ("翻一倍") or halved
    ("人数减半呢"), less by the figure after a fewer word ("少5个人呢", "少六个呢" of the one
    category counted) or more by a bare figure after a more word ("再多三十呢"); None otherwise."""
    words = kb.lexicon.words
    for key, factor in (("double_words", 2), ("halve_words", 0.5)):
        plain = text
        for word in words.get(key, ()):
            plain = plain.replace(word, "")
        if target and len(plain) < len(text) and not [n for n in find_numbers(plain) if n.value is not None]:
            return _scaled(kb.slots, plain, facts, target, factor)
    values = [n for n in find_numbers(text) if n.value is not None]
    said = values[0].value if len(values) == 1 else None
    if said is None or said != said.to_integral_value():
        return None
    number, figure = values[0], int(said)
    before = text[: number.start].rstrip()
    if before.endswith(tuple(words.get("fewer_words", ()))):
        return _moved(fresh, facts, target, -figure)
    more = tuple(words.get("increase_words", ()))
    if (
        not fresh
        and target
        and more
        and before.endswith(more)
        and text[number.end :].strip() in ("", "呢", "个呢", "人呢")
    ):
        return _moved({}, facts, target, figure)  # "再多三十呢": a bare figure more than before
    return None


def _scaled(
    slots: Mapping[str, Slot], plain: str, facts: dict[str, Any], target: str, factor: float
) -> dict[str, Any] | None:
    """The figure given before (the one whose unit or cue the message names, else ``target``)
    times ``factor``; None where half of it is not whole."""
    named = [  # "人数翻一倍呢" after the days were asked about: the head count
        n
        for n, v in facts.items()
        if n in slots and isinstance(v, int) and any(w in plain for w in (*slots[n].units, *slots[n].cues))
    ]
    target = named[0] if len(named) == 1 else target
    old = facts.get(target)

    def times(value: int) -> int | None:
        scaled = value * factor
        return int(scaled) if scaled == int(scaled) else None

    if isinstance(old, int) and not isinstance(old, bool):
        value = times(old)
        return None if value is None else {target: value}
    if isinstance(old, dict) and any(old.values()):
        counts = {k: times(v) for k, v in old.items()}
        return None if None in counts.values() else {target: counts}
    return None


def _moved(fresh: dict[str, Any], facts: dict[str, Any], target: str | None, change: int) -> dict[str, Any] | None:
    """The one figure given before (the slot the message re-reads, else ``target``) changed by
    ``change``; for category counts, the one category counted."""
    if len(fresh) > 1:
        return None
    name = next(iter(fresh), target)
    if name is None:
        return None
    value, old = fresh.get(name), facts.get(name)
    size = abs(change)
    if isinstance(old, int) and not isinstance(old, bool) and (value is None or value == size):
        return {name: max(old + change, 0)}
    if isinstance(old, dict) and len([v for v in old.values() if v]) == 1:
        ((category, count),) = [(k, v) for k, v in old.items() if v]
        if value is None or (isinstance(value, dict) and set(value) <= {category} and sum(value.values()) in (0, size)):
            return {name: {**old, category: max(count + change, 0)}}
    return None


def for_one(
    kb: KnowledgeBase, text: str, fresh: dict[str, Any], facts: dict[str, Any], current: list[Benefit]
) -> dict[str, Any] | None:
    """The facts with the head count given before set to one, for "每个人最多多少" (no figure,
    a per-one word); None when the message is not that."""
    if not current or not has_any(text, kb.lexicon.words.get("per_one_words", ())):
        return None
    own = {n for b in current for n in b.calculator.slots()}
    if any(n in own or v != 1 for n, v in fresh.items()):
        return None  # a figure of its own (only another benefit's "每人" = one post may stand)
    if [n for n in find_numbers(text) if n.value is not None and n.text not in ("一", "1")]:
        return None
    heads = [
        name
        for b in current
        for name in b.calculator.slots()
        if kb.slots[name].type == "count" and isinstance(facts.get(name), int) and facts[name] > 1
    ]
    # "每人每天最高多少": a count named per its own unit (每天) is one as well; of the rest, the
    # head count ("每个人最多多少" over 20 people and 3 days is one person's 3 days).
    per_unit = [
        n for n in heads if any(f"每{u}" in text or f"一{u}" in text for u in kb.slots[n].units if u not in "人个名位")
    ]
    rest = [n for n in heads if n not in per_unit]
    people = tuple(kb.lexicon.words.get("per_person_words", ()))
    if len(rest) > 1 and has_any(text, people):  # (not "每次活动都能报": sessions, not people)
        rest = [n for n in rest if "人" in kb.slots[n].units]
    if len(rest) != 1:
        return None
    return {**facts, **{n: 1 for n in (*per_unit, *rest)}}


def per_one_only(
    kb: KnowledgeBase,
    text: str,
    fresh: dict[str, Any],
    current: list[Benefit],
    money: Callable[[str, Number], bool] = lambda _text, _number: False,
) -> bool:
    """Every figure read for a benefit not in hand is the one of a per-one word ("每个人都一样吗"
    reads one 物业 post; "能不能每人发到4000" too, its 4000 being money): a question on the rate,
    no sign of that other benefit."""
    if not has_any(text, kb.lexicon.words.get("per_one_words", ())):
        return False
    own = {n for b in current for n in b.calculator.slots()}
    others = {n: v for n, v in fresh.items() if n not in own}
    explicit = [
        n for n in find_numbers(text) if n.value is not None and n.text not in ("一", "1") and not money(text, n)
    ]
    return bool(others) and all(v == 1 for v in others.values()) and not explicit


def rate_for_one(kb: KnowledgeBase, text: str, fresh: dict[str, Any]) -> bool:
    """ "一个人多少", "每人补多少": every figure read is the one of a rate asked."""
    counts = [v for v in fresh.values() if isinstance(v, dict)]
    per_one = has_any(text, kb.lexicon.words.get("per_one_words", ()))
    return per_one and len(counts) == len(fresh) == 1 and list(counts[0].values()) == [1]


def other_track_dropped(slots: Mapping[str, Slot], merged: dict[str, Any], fresh: dict[str, Any]) -> dict[str, Any]:
    """ "那如果是普通技能人才120人次呢" after 高技能人才58: a what-if on one of two linked counts
    (``part_of``) is asked instead of the other, which goes back to its default."""
    dropped = dict(merged)
    for name in fresh:
        linked = [
            other
            for other in merged
            if other not in fresh and other in slots and (slots[other].part_of == name or slots[name].part_of == other)
        ]
        for other in linked:
            default = slots[other].default
            if default is None:
                dropped.pop(other)
            else:
                dropped[other] = default
    return dropped


def one_of_those_told(
    kb: KnowledgeBase, text: str, fresh: Mapping[str, Any], facts: dict[str, Any], benefits: list[Benefit]
) -> dict[str, Any] | None:
    """The facts with the head count just told set to one, for a question that gives the count and
    asks for each one in its last phrase ("我们有5个人，每人每年最高能发多少"); None otherwise (not
    "10个人每人拿了技师证，能拿多少": the per-one word is not in the phrase that asks)."""
    words = kb.lexicon.words
    last = _last_phrase(text)
    if not has_any(last, words.get("per_one_words", ())) or "多少" not in last:
        return None
    figures = [n for n in find_numbers(last) if n.value is not None and n.value != 1]  # (not 一年)
    if has_any(text, words.get("total_words", ())) or figures:
        return None
    own = {n for b in benefits for n in b.calculator.slots()}
    told = [n for n, v in fresh.items() if n in own and kb.slots[n].type == "count" and isinstance(v, int) and v > 1]
    # (a head count: "办了五天 一个学生最多补多少" is one student's five days, not one day)
    told = [n for n in told if set(kb.slots[n].units) & {"人", "名", "位", "个"}]
    return {**facts, told[0]: 1} if len(told) == 1 else None


def _last_phrase(text: str) -> str:
    cut = max(text.rfind(mark) for mark in "，,。；;！!？? ")
    tail = text[cut + 1 :]
    return tail if tail.strip() else text


def rate_of_one(kb: KnowledgeBase, text: str, benefits: list[Benefit], facts: dict[str, Any]) -> dict[str, Any] | None:
    """The facts with every count the one benefit still needs set to one, where the message asks
    its rate per unit ("物业公司承接公益性岗位 区里配套多少钱一个月": one post, one month); None
    otherwise. The caller keeps the facts as they were, so a head count said next still counts."""
    quoted = tuple(kb.lexicon.words.get("quoted_rate_after_words", ()))
    # "也是1000一次吗": a sum quoted per time, asked back (not "是每年算一次吗")
    per_time = bool(quoted) and any(n.value is not None and text.startswith(quoted, n.end) for n in find_numbers(text))
    if len(benefits) != 1 or not (per_time or has_any(text, kb.lexicon.words.get("rate_per_unit_words", ()))):
        return None
    counts = [s for s in benefits[0].calculator.slots() if kb.slots[s].type == "count"]
    unsaid = [s for s in counts if not isinstance(facts.get(s), int) or facts[s] < 1]
    return {**facts, **dict.fromkeys(unsaid, 1)} if unsaid else None
