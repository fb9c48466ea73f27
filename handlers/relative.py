"""Figures said relative to what was said before: doubled or fewer ("要是翻一倍呢", "少5个人呢"),
for one ("每个人最多多少", "专项能力证书一个人多少"), or on the other of two linked counts ("那如果是
普通技能人才120人次呢" after 高技能人才).

Pure functions of the message, its fresh values and the facts so far; the follow-up decides when
to use them. Kept apart from it because each one says how a figure relates to an earlier one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from handlers.intents import has_any
from knowledge.models import Benefit, KnowledgeBase, Slot
from knowledge.numbers import find_numbers


def relative_value(
    kb: KnowledgeBase, text: str, fresh: dict[str, Any], facts: dict[str, Any], target: str | None
) -> dict[str, Any] | None:
    """The new value of a figure given before, said relative to it: doubled ("翻一倍") or
    less by the figure after a fewer word ("少5个人呢", "少一百个呢"); None otherwise."""
    words = kb.lexicon.words
    plain = text
    for word in words.get("double_words", ()):
        plain = plain.replace(word, "")
    if target and len(plain) < len(text) and not [n for n in find_numbers(plain) if n.value is not None]:
        slots = kb.slots
        named = [  # "人数翻一倍呢" after the days were asked about: the head count
            n
            for n, v in facts.items()
            if n in slots and isinstance(v, int) and any(w in plain for w in (*slots[n].units, *slots[n].cues))
        ]
        target = named[0] if len(named) == 1 else target
        old = facts.get(target)
        if isinstance(old, int) and not isinstance(old, bool):
            return {target: old * 2}
        if isinstance(old, dict) and any(old.values()):
            return {target: {k: v * 2 for k, v in old.items()}}
        return None
    fewer = tuple(words.get("fewer_words", ()))
    if len(fresh) != 1 or not fewer:
        return None
    ((name, value),) = fresh.items()
    old = facts.get(name)
    numbers = [n for n in find_numbers(text) if n.value is not None]
    said_fewer = len(numbers) == 1 and text[: numbers[0].start].rstrip().endswith(fewer)
    if said_fewer and isinstance(value, int) and isinstance(old, int) and not isinstance(old, bool):
        return {name: max(old - value, 0)}
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
    if len(heads) != 1:
        return None
    return {**facts, heads[0]: 1}


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
