"""A sum the asker proposes to pay or claim, checked against a rate the policy caps ("每人每年
发放补贴不高于3600元"): "每人每年发5000可以吗", "一个月给400 这样超了吧".

Kept apart from the calculators: they compute what the policy pays; this compares a figure the
asker brings, in the period the asker used (a month, a day), with the rate's own period.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from calculators.result import yuan
from handlers.intents import has_any
from handlers.reply import Reply, sole_benefit
from knowledge.models import Benefit, KnowledgeBase
from knowledge.numbers import Number, find_numbers

_MONEY_AFTER = ("元", "块")
_COUNT_AFTER = ("个", "人", "名", "位", "次", "天", "岗", "年", "月")


def check_proposal(kb: KnowledgeBase, reply: Reply, text: str) -> Reply:
    """``reply`` with the verdict on a proposed sum, where the one benefit answered caps a rate
    and the message names a sum with a period; unchanged otherwise."""
    benefit = sole_benefit(kb, reply)
    if benefit is None:
        return reply  # several benefits, or one of another of the reply's clauses: nothing to check
    rate = getattr(benefit.calculator, "rate", None)
    if not benefit.proposal_periods or not getattr(benefit.calculator, "up_to", False) or rate is None:
        return reply
    words = kb.lexicon.words
    per_one = has_any(text, words.get("per_one_words", ()))
    found = _proposed(text, benefit, tuple(words.get("proposed_sum_before_chars", ())), per_one=per_one)
    if found is None:
        return reply
    number, period, times = found
    per = (number.value or Decimal(0)) * times
    over = per > rate
    if not over and reply.eligible is False:
        return reply  # "能申请…每人每天200元那个补贴吗" refused for another reason: the rate was only quoted
    label = getattr(benefit.calculator, "rate_label", "") or yuan(rate)
    said = f"{period}{yuan(number.value or Decimal(0))}"
    note = kb.texts.get("proposal_over" if over else "proposal_within", "")
    per_text = "" if times == 1 else kb.texts.get("proposal_per", "{per}").format(per=yuan(per))
    note = note.format(label=label, said=said, per=per_text)
    # Over the cap the verdict stays the facts' own: they still qualify, for the capped sum the
    # reply states (CONTRACTS.md pairs eligible false with 0, which would misstate it).
    return replace(reply, text=f"{note}\n{reply.text}")


def proposes_sum(kb: KnowledgeBase, benefits: list[Benefit], text: str) -> bool:
    """The message proposes a sum for one of ``benefits`` in a period ("每人每月300")."""
    before = tuple(kb.lexicon.words.get("proposed_sum_before_chars", ()))
    return any(b.proposal_periods and _proposed(text, b, before) is not None for b in benefits)


def _proposed(
    text: str, benefit: Benefit, pay_before: tuple[str, ...], *, per_one: bool = False
) -> tuple[Number, str, int] | None:
    """The money figure, the period word written just before it, and that period's multiple;
    with no period word but a per-one word ("能不能每人发到4000"), the rate's own period."""
    periods = sorted(benefit.proposal_periods, key=len, reverse=True)
    for number in find_numbers(text):
        if number.value is None:
            continue
        before = text[max(0, number.start - 8) : number.start]
        money = text[number.end : number.end + 1] in _MONEY_AFTER or "万" in number.text
        money = money or text[max(0, number.start - 1) : number.start] in pay_before
        # "每人每月300": a bare figure right after the period word, no unit of a count after it
        money = money or (before.endswith(tuple(periods)) and text[number.end : number.end + 1] not in _COUNT_AFTER)
        if not money:
            continue
        period = next((p for p in periods if p in before), None)
        if period is not None:
            return number, period, benefit.proposal_periods[period]
        if per_one and (number.value or 0) > 1 and not text[number.end :].startswith(("个", "人", "名", "位")):
            return number, "", 1
    return None
