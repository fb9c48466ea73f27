"""The most and the least a benefit pays across its levels: "那最多呢" after 省级 is 国家级's
10万, "最少呢" is 区级's 1万; for (六)'s certificates 高级技师 3000 and 初级工 1000.

Each level is computed by the benefit's own calculator with the facts given, so the figures
come from the policy data; levels that pay nothing (区级 under （五）) are not "the least".
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from handlers.compose import Outcome
from handlers.steps import Step, Steps
from knowledge.models import Benefit, Clause, KnowledgeBase


def extreme_level(
    kb: KnowledgeBase, steps: Steps, clause: Clause, benefits: list[Benefit], facts: dict[str, Any], *, highest: bool
) -> Step | None:
    """The answer for the best (or least) paying level of the one benefit in hand; None where
    the benefit has no single level slot or no level pays."""
    if len(benefits) != 1:
        return None
    benefit = benefits[0]
    names = [s for s in benefit.calculator.slots() if kb.slots[s].type in ("enum", "counts") and kb.slots[s].values]
    names = list(dict.fromkeys(names))
    others = set(names)
    given_names = [n for n in names if _stated(facts.get(n))]
    names = given_names[:1] if len(given_names) == 1 else names  # (二): the level said, not its counts
    if len(names) != 1:
        return None
    name = names[0]
    slot = kb.slots[name]
    given = facts.get(name)
    if slot.type == "counts" and isinstance(given, dict) and len([v for v in given.values() if v]) > 1:
        return None  # several levels counted: "the most" of which is not clear
    heads = sum(v for v in given.values() if isinstance(v, int)) if isinstance(given, dict) else 0
    paid: list[tuple[Decimal, str, dict[str, Any]]] = []
    kept = {k: v for k, v in facts.items() if k not in others}  # the other way of saying the level goes
    for level in slot.values:
        trial = {**kept, name: {level: heads or 1} if slot.type == "counts" else [level]}
        result = steps.compute(benefit, trial)
        if result.eligible and result.amount:
            paid.append((result.amount, level, trial))
    if not paid:
        return None
    _, level, trial = (max if highest else min)(paid, key=lambda p: p[0])
    reply = steps.answer([Outcome(clause, benefit, steps.compute(benefit, trial))])
    note = kb.texts["extreme_high" if highest else "extreme_low"].format(level=level)
    topic = {"clause": clause.id, "benefits": [benefit.id], "asking": None, "last": name}
    return Step(replace(reply, text=f"{note}\n{reply.text}", illustrative=True), topic=topic, facts=facts)


def _stated(value: Any) -> bool:
    """A level said: a non-empty list, or counts with some figure."""
    if isinstance(value, dict):
        return any(value.values())
    return bool(value)
