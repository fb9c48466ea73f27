"""A sum aimed at, and what it takes: "想拿满50万要招多少人", "要拿到10万最少招多少本区户籍的",
"想凑够1万块 线下评审要参加几次", "社区想拿10万奖补 得评到什么级别".

The benefit's own calculator is asked with the count raised one at a time (or each level in
turn), so the answer holds for every rule of the policy without this module knowing their
shapes; the answer shown is the ordinary one, computed at the least count or level that pays
the sum, so every figure still comes from the policy data.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from calculators.result import Result, yuan
from handlers.around import Around
from handlers.compose import Outcome
from handlers.intents import has_any
from handlers.steps import Step, Steps
from knowledge.models import Benefit, Clause, KnowledgeBase, Slot
from knowledge.numbers import find_numbers

LIMIT = 2000
"""Counts tried; the largest step of the policy is reached well below it ((四)'s cap at 500)."""


@dataclass(frozen=True, slots=True)
class Target:
    """The sum aimed at (None: the cap, "拿满") and whether a level rather than a count is asked."""

    amount: Decimal | None
    level: bool
    said: str


def aimed_at(kb: KnowledgeBase, text: str, *, asked: bool = False) -> Target | None:
    """The sum the message aims at and asks the requirement for, if it does; ``asked``: a
    requirement was asked just before, so "那要拿到30万呢" asks it again without saying so."""
    words = kb.lexicon.words
    level = has_any(text, words.get("target_level_words", ()))
    if not asked and not level and not _asks_count(text, kb):
        return None
    aims = tuple(words.get("target_sum_words", ()))
    for number in find_numbers(text):
        before = text[max(0, number.start - 4) : number.start]
        if number.value and Around.is_money(text, number) and any(a in before for a in aims):
            return Target(number.value, level, text[number.start : number.end + 1].rstrip("的，, "))
    full = tuple(words.get("target_full_words", ()))
    if full and has_any(text, full):
        return Target(None, level, "")
    return None


def asks_requirement(text: str, kb: KnowledgeBase) -> bool:
    """The message asks what a sum takes: a count ("要多少人") or a level ("什么等级")."""
    return _asks_count(text, kb) or has_any(text, kb.lexicon.words.get("target_level_words", ()))


def _asks_count(text: str, kb: KnowledgeBase) -> bool:
    """ "要多少人", "参加几次"; not the 几个 of a loose figure ("一百零几个", "十几个")."""
    for word in kb.lexicon.words.get("target_count_words", ()):
        at = text.find(word)
        while at != -1:
            if at == 0 or text[at - 1] not in _NUMERALS:
                return True
            at = text.find(word, at + 1)
    return False


_NUMERALS = "0123456789零一二两三四五六七八九十百千万"


def drop_target(fresh: dict[str, Any], kb: KnowledgeBase, target: Target) -> dict[str, Any]:
    """The facts read, without the aimed-at sum taken for a sum of the asker's ("拿满50万" is no
    city amount of 50万)."""
    if target.amount is None:
        return fresh
    return {
        k: v
        for k, v in fresh.items()
        if not (kb.slots[k].type == "money" and isinstance(v, str) and Decimal(v) == target.amount)
    }


def reach(
    kb: KnowledgeBase,
    steps: Steps,
    clause: Clause,
    benefits: list[Benefit],
    facts: dict[str, Any],
    target: Target,
    text: str,
) -> Step | None:
    """The answer at the least count or level of the one benefit in hand that pays the sum aimed
    at (its cap, where the sum is above it); None where no single unstated figure decides it."""
    paying = [b for b in benefits if b.kind not in ("eligibility", "info")]
    if len(paying) != 1:
        return None
    benefit = paying[0]
    tries = _trials(kb, benefit, facts, target, text)
    if tries is None or not tries.size:
        return None
    found = _least(steps, benefit, tries, target.amount)
    if found is None:
        return None
    index, result, best = found
    reply = steps.answer([Outcome(clause, benefit, result)])
    what = tries.make(index)[1]
    if target.amount is not None and target.amount > best:
        note = kb.texts["target_over"].format(target=yuan(target.amount), cap=yuan(best), what=what)
    else:
        goal = best if target.amount is None else target.amount
        note = kb.texts["target_reached"].format(target=yuan(goal), what=what)
    # The sum aimed at is kept for "那只算普通技能人才呢", "要是全做高级工呢"; the figures tried are
    # not the asker's, so the facts stay as they were.
    aim = "" if target.amount is None else format(target.amount, "f")
    topic = {"clause": clause.id, "benefits": [benefit.id], "asking": None, "last": None, "target": aim}
    return Step(replace(reply, text=f"{note}\n{reply.text}"), topic=topic, facts=facts)


def aimed_again(
    kb: KnowledgeBase,
    steps: Steps,
    clause: Clause,
    benefits: list[Benefit],
    topic: Mapping[str, Any],
    facts: dict[str, Any],
    fresh: dict[str, Any],
    text: str,
) -> Step | None:
    """After a sum aimed at: "那只算普通技能人才呢 要多少", "要是全做高级工呢" ask what the same sum
    takes another way; "那要拿到30万呢" another sum. A count of the asker's own is a fact instead."""
    said = topic.get("target")
    if not isinstance(said, str) or any(_stated(v) for v in fresh.values() if not isinstance(v, (bool, list))):
        return None
    new = aimed_at(kb, text, asked=True)
    words = kb.lexicon.words
    if new is None and not (asks_requirement(text, kb) or any(kb.slots[k].type in ("enum", "counts") for k in fresh)):
        return None
    level = has_any(text, words.get("target_level_words", ()))
    target = new or Target(Decimal(said) if said else None, level, "")
    return reach(kb, steps, clause, benefits, {**facts, **drop_target(fresh, kb, target)}, target, text)


@dataclass(frozen=True, slots=True)
class _Tries:
    """The facts to try, made one at a time (a count is tried up to LIMIT, and searched by
    halves, so most are never made), each with its words for the reply."""

    size: int
    make: Callable[[int], tuple[dict[str, Any], str]]
    monotone: bool  # counts in rising order: the amount never falls as the index rises


def _least(steps: Steps, benefit: Benefit, tries: _Tries, aim: Decimal | None) -> tuple[int, Result, Decimal] | None:
    """The try that pays the least sum reaching ``aim`` (the most paid, where ``aim`` is None or
    above it), with its result and the most any try pays. Counts pay more or the same as they
    rise, so they are searched by halves rather than computed one by one."""

    def paid(i: int) -> Decimal:
        result = steps.compute(benefit, tries.make(i)[0])
        return (result.amount or Decimal(0)) if result.eligible else Decimal(0)

    if tries.monotone:
        best = paid(tries.size - 1)
        goal = best if aim is None else min(aim, best)
        if best <= 0:
            return None
        index = bisect_left(range(tries.size), goal, key=paid)
        return index, steps.compute(benefit, tries.make(index)[0]), best
    amounts = [paid(i) for i in range(tries.size)]
    best = max(amounts, default=Decimal(0))
    if best <= 0:
        return None
    goal = best if aim is None else min(aim, best)
    index = min((i for i, a in enumerate(amounts) if a >= goal), key=lambda i: (amounts[i], i))
    return index, steps.compute(benefit, tries.make(index)[0]), best


def _trials(kb: KnowledgeBase, benefit: Benefit, facts: Mapping[str, Any], target: Target, text: str) -> _Tries | None:
    """The facts to try, each with its words, or None where no one figure decides the sum."""
    slots = kb.slots
    names = list(dict.fromkeys(benefit.calculator.slots()))
    open_ = [n for n in names if not _stated(facts.get(n))]
    counts = [n for n in open_ if slots[n].type == "counts" and isinstance(facts.get(n), dict) and facts[n]]
    if len(counts) == 1 and not target.level:  # "线下评审要参加几次": the category named, its count
        name = counts[0]
        category = next(iter(facts[name]))
        unit = _unit(slots[name])
        return _Tries(LIMIT, lambda i: ({**facts, name: {category: i + 1}}, f"{category}{i + 1}{unit}"), True)
    levels = [n for n in open_ if slots[n].type in ("enum", "counts") and slots[n].values]
    if target.level and len(levels) >= 1:
        name = levels[0]
        slot = slots[name]
        values = list(slot.values)
        kind = slot.type
        return _Tries(
            len(values),
            lambda i: ({**facts, name: {values[i]: 1} if kind == "counts" else [values[i]]}, values[i]),
            False,
        )
    # The count the text names; else the one the asker gave ("现在150人次…要到多少才能拿到封顶"),
    # else the only one there is.
    plain = [n for n in names if slots[n].type == "count"]
    given = [n for n in plain if _stated(facts.get(n))]
    chosen = _named(slots, plain, text) or (given[0] if len(given) == 1 else None)
    chosen = chosen or (plain[0] if len(plain) == 1 else None)
    if chosen is None or target.level:
        return None
    name = chosen
    slot = slots[name]
    label = slot.cues[0] if slot.cues else ""
    unit = _unit(slot)
    low = max(slot.minimum or 1, 1)
    now = facts.get(name)
    extra = kb.texts.get("target_extra", "") if isinstance(now, int) and not isinstance(now, bool) else ""

    def what(n: int) -> str:
        more = extra.format(now=now, unit=unit, extra=n - now) if extra and isinstance(now, int) and n > now else ""
        return f"{label}{n}{unit}{more}"

    return _Tries(LIMIT - low + 1, lambda i: ({**facts, name: low + i}, what(low + i)), True)


def _named(slots: Mapping[str, Slot], names: list[str], text: str) -> str | None:
    """Of several counts, the one whose cue words come first in the text, a cue inside a longer
    one of another slot not counting ("高技能人才" is no mention of "技能人才")."""
    spans: list[tuple[int, int, str]] = []
    for name in names:
        for cue in slots[name].cues:
            start = text.find(cue)
            while start != -1:
                spans.append((start, start + len(cue), name))
                start = text.find(cue, start + 1)
    kept = [s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and o[2] != s[2] and o != s for o in spans)]
    return min(kept)[2] if kept else None


def _unit(slot: Slot) -> str:
    return slot.units[0] if slot.units else ""


def _stated(value: Any) -> bool:
    if isinstance(value, dict):
        return any(value.values())
    return value not in (None, [], "")
