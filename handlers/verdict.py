"""A verdict where the facts stated meet a benefit's conditions but no amount is said yet.

"对口帮扶地区来的脱贫人口，不是滨江户籍，算在招用人数里吗", "我是导师库的导师，参加人社局组织的
宣讲有补贴吗": the reply describes the rule or asks for the figure that sets the amount, and the
conditions the asker stated are met, so the contract's ``eligible`` is true, not unjudged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from calculators.requirements import check
from calculators.result import whole
from handlers.around import Around
from handlers.reply import Reply, sole_benefit
from knowledge.models import KnowledgeBase
from knowledge.numbers import find_numbers


def judged(kb: KnowledgeBase, reply: Reply, facts: Mapping[str, Any]) -> Reply:
    """``reply`` with ``eligible`` true where it was not judged, every benefit it is about has no
    stated fact against it, and at least one stated fact meets one of their conditions."""
    if reply.eligible is not None or reply.kind not in ("answer", "ask") or not reply.benefits:
        return reply
    benefits = [b for c in reply.clauses if c in kb.ids for b in kb.clause(c).benefits if b.id in reply.benefits]
    verdicts = [check((*b.requires, *getattr(b.calculator, "requires", ())), facts) for b in benefits]
    if not verdicts or any(failures for failures, _, _ in verdicts):
        return reply
    return replace(reply, eligible=True) if any(met for _, _, met in verdicts) else reply


def quoted_sum(kb: KnowledgeBase, reply: Reply, text: str) -> Reply:
    """A rule described for one benefit whose rate the message quotes ("浙江工匠那个2万是给个人
    还是给单位的"): that sum is the amount the reply is about, so it is said as such."""
    benefit = sole_benefit(kb, reply)
    rate = getattr(benefit.calculator, "rate", None) if benefit is not None else None
    if rate is None or reply.amount_yuan is not None or reply.eligible is False:
        return reply
    quoted = [n.value for n in find_numbers(text) if n.value is not None and Around.is_money(text, n)]
    return replace(reply, amount_yuan=whole(rate)) if rate in quoted else reply
