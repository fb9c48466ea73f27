"""Counts said loosely ("八十多个", "100多人", "80到90个"): the answer says what the range means.

"八十多" is 80 to 89. The engine reads the figure said (80); this step then asks the same
calculators about the top of the range. Where the amount is the same throughout (eighty-odd
hires all fall in one step of （四）) the answer says so; where it is not (一百多人 spans four
steps) the answer stays a minimum, says what the top of the range would give, and asks for the
exact figure. Amounts still come only from the policy data.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from calculators.requirements import check
from calculators.result import yuan
from handlers.reply import Reply, under_headline
from knowledge.models import KnowledgeBase
from knowledge.numbers import find_numbers, range_top
from knowledge.text import spelled


@dataclass(frozen=True, slots=True)
class Loose:
    """A count said as a range: the words, the figure said and the top of the range."""

    said: str
    low: int
    high: int


def loose_counts(text: str, more: tuple[str, ...]) -> list[Loose]:
    """The "N多 / N余" counts in ``text`` (N ending in a zero: 80多, 100多, 1000余) and the ranges
    ("80到90个", "3到5天")."""
    found = []
    for number in find_numbers(text):
        value = number.value
        if value is None or value != value.to_integral_value():
            continue
        top = range_top(number)
        if top is not None and top == top.to_integral_value():
            said = text[number.start : number.end + 1].rstrip("，,。；; ")  # ("101到119，": no unit after)
            found.append(Loose(said, int(value), int(top)))
            continue
        low = int(value)
        if text.startswith("零几", number.end) and not text.startswith(("零几十", "零几百"), number.end):
            found.append(Loose(_said(text, number.start, number.end + 2), low, low + 9))  # "一百零几个"
            continue
        word = next((w for w in sorted(more, key=len, reverse=True) if text.startswith(w, number.end)), "")
        if not word:
            continue
        place = 1
        while low and low % (place * 10) == 0:
            place *= 10
        # "一百来个", "四百出头" are a little over: a quarter of the place; "一百多个" any of it.
        span = max(place // (4 if place >= 100 else 2), 1) if word in ("来", "出头") else place
        if place > 1:
            found.append(Loose(_said(text, number.start, number.end + len(word)), low, low + span - 1))
    return found


def _said(text: str, start: int, end: int) -> str:
    """The words of a loose count, with its unit where one follows ("八十多个", "四百出头")."""
    return text[start : end + 1] if text[end : end + 1] in _UNIT_CHARS else text[start:end]


_UNIT_CHARS = "个人名位家次天"


def qualify(kb: KnowledgeBase, reply: Reply, facts: dict[str, Any], text: str, raw: str = "") -> Reply:
    """``reply`` with a note on each loose count its amount was computed from; the loose words
    are quoted where the asker wrote them (``raw``), not where they were rewritten from bounds."""
    if reply.kind != "answer":
        return reply
    if not reply.parts:
        return _refused_at_low(kb, reply, facts, text, raw)
    notes = []
    for loose in loose_counts(text, tuple(kb.lexicon.words.get("loose_after_words", ()))):
        slot = next((n for n, v in facts.items() if v == loose.low and _is_count(kb, n)), None)
        if slot is None:
            continue
        at_top = Decimal(0)
        for clause_id, benefit_id, amount in reply.parts:
            benefit = kb.clause(clause_id).benefit(benefit_id)
            if slot in benefit.calculator.slots():
                result = benefit.calculator.compute({**facts, slot: loose.high}, kb.bases)
                at_top += result.amount or 0
            else:
                at_top += amount
        same = at_top == sum((p[2] for p in reply.parts), Decimal(0))
        key = "loose_same" if same else "loose_differs"
        said = _quoted(loose, raw)
        notes.append(kb.texts[key].format(said=said, low=loose.low, high=loose.high, amount=yuan(at_top)))
    if not notes:
        return reply
    return replace(reply, text=under_headline(reply.text, *notes))


def _refused_at_low(kb: KnowledgeBase, reply: Reply, facts: dict[str, Any], text: str, raw: str) -> Reply:
    """A range refused at its low end that pays at its top ("30到60个", "不到一百个"): the
    refusal stands for the low end, and a note says what the top would give and asks the figure."""
    if reply.eligible is not False or not reply.clauses or reply.clauses[0] not in kb.ids:
        return reply
    clause = kb.clause(reply.clauses[0])
    benefits = [b for b in clause.benefits if b.id in reply.benefits] or list(clause.benefits)
    for loose in loose_counts(text, tuple(kb.lexicon.words.get("loose_after_words", ()))):
        slot = next((n for n, v in facts.items() if v == loose.low and _is_count(kb, n)), None)
        if slot is None:
            continue
        if any(check(b.requires, facts)[0] for b in benefits):
            return reply  # refused on a condition, not on the count: the range changes nothing
        if kb.slots[slot].part_of or any(s.part_of == slot for s in kb.slots.values()):
            return reply  # (a part of a whole said apart: its top is not read against the whole)
        top = Decimal(0)
        for benefit in benefits:
            if slot in benefit.calculator.slots():
                top += benefit.calculator.compute({**facts, slot: loose.high}, kb.bases).amount or 0
        key = "loose_refused_low" if top > 0 else "loose_all_refused"  # (the whole range refused alike)
        note = kb.texts[key].format(said=_quoted(loose, raw), low=loose.low, high=loose.high, amount=yuan(top))
        return replace(reply, text=f"{note}\n{reply.text}")
    return reply


def _quoted(loose: Loose, raw: str) -> str:
    """The loose words in quotes if the asker wrote them so ("八十多个"); nothing for a range
    rewritten from its bounds ("不到50人" is read as "1到49人")."""
    return f"“{loose.said}”" if loose.said in spelled(raw) else ""


def _is_count(kb: KnowledgeBase, name: str) -> bool:
    slot = kb.slots.get(name)
    return slot is not None and slot.type == "count"
