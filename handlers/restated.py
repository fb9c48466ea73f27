"""Totals that name the answers they add by the figures those answers were computed from:
"今年技能人才一百六十三人次的奖励加上工作室建室补助，一共多少", "按实际的：招人一百个、高技能人才
五十五人次、大学生培训二十人三天，一共多少".

Each remembered answer keeps what it was computed from (``said``: its counts, their sum, its
levels and categories). A figure in a total that one of them was computed from points at that
answer; where the dialogue answered a what-if beside the actual figures ("如果是六十人次呢"), the
figure also says which of the two is meant.
"""

from __future__ import annotations

from typing import Any

from knowledge.models import KnowledgeBase
from knowledge.numbers import Number, find_numbers


def said_figures(kb: KnowledgeBase, benefit_ids: list[str], clause_ids: list[str], facts: dict[str, Any]) -> list[str]:
    """The figures and level words the benefits' answer rests on: every count (and, where there
    are several, their sum: "一共是一百个" of 99 + 1), every category and level named."""
    slots = {
        s
        for clause in kb.clauses
        if clause.id in clause_ids
        for benefit in clause.benefits
        if benefit.id in benefit_ids
        for s in benefit.calculator.slots()
    }
    counts: list[int] = []
    words: list[str] = []
    for name in sorted(slots):
        value = facts.get(name)
        if isinstance(value, bool):
            continue
        if isinstance(value, int):
            counts.append(value)
        elif isinstance(value, dict):
            words.extend(str(k) for k in value)
            counts.extend(v for v in value.values() if isinstance(v, int) and not isinstance(v, bool))
        elif isinstance(value, list | tuple):
            words.extend(str(v) for v in value)
        elif isinstance(value, str):
            words.append(value)
    if len(counts) > 1:
        counts.append(sum(counts))
    return [str(c) for c in dict.fromkeys(counts)] + list(dict.fromkeys(words))


def told(text: str) -> list[str]:
    """The whole figures a message said, kept with its answer beside ``said_figures`` (they may
    be the parts of a count: "脱贫人口四十个，本区户籍的十五个" counted as 55)."""
    return [str(int(n.value)) for n in find_numbers(text) if n.value is not None and n.value == int(n.value)]


def points_at(entry: dict[str, Any], text: str, number: Number) -> bool:
    """True when ``number`` in ``text`` is one the answer was computed from or said with, or
    begins a level word of it ("四星", "三等奖")."""
    said = [*(entry.get("said") or []), *(entry.get("told") or [])]
    if number.value is not None and number.value == int(number.value) and str(int(number.value)) in said:
        return True
    return any(len(s) >= 2 and text.startswith(s, number.start) for s in said)


def words_named(entry: dict[str, Any], text: str) -> int:
    """How many of the answer's own category and level words the message says ("线下3次")."""
    return sum(1 for s in entry.get("said") or [] if len(s) >= 2 and not s.isdigit() and s in text)
