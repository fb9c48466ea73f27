"""Whose share of a sum is asked: an organisation asking for money the policy pays to persons
("公司能拿多少" of a competition prize), a person asking their own share of a total ("我个人一共能
拿多少" beside a 浙江工匠's unit money), in one answer or in the running total. Kept apart from
``payee`` (a person asking an organisation's money) because these split sums rather than refuse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from calculators.result import whole, yuan
from handlers.intents import has_any
from handlers.payee import for_a_person
from handlers.reply import Reply
from knowledge.models import Benefit, KnowledgeBase


def asked_for_organisation(kb: KnowledgeBase, reply: Reply, text: str) -> Reply:
    """ "我们公司有员工拿了区技能竞赛二等奖 公司能拿多少": an organisation asking for money the
    policy pays to persons. All of it a person's: no (``eligible`` false, 0); some of a total: the
    organisation's parts alone, the persons' named apart. Not a "给公司还是给个人" question, which
    asks who, and is answered by the rule."""
    words = kb.lexicon.words
    if reply.kind != "answer" or not reply.parts or "还是" in text:
        return reply
    if not has_any(text, words.get("org_payee_words", ())):
        return reply
    paid = [kb.clause(c).benefit(b) for c, b, _ in reply.parts]
    if not any(b.payee == "person" for b in paid):
        return reply
    if all(b.payee == "person" for b in paid):
        items = _items(kb, paid)
        note = kb.texts["paid_to_person_none"].format(items=items)
        return replace(reply, text=f"{note}\n{reply.text}", eligible=False, amount_yuan=0)
    return _split(kb, reply, paid, lambda b: b.payee != "person", "paid_to_person_part")


def own_share(kb: KnowledgeBase, reply: Reply, text: str) -> Reply:
    """ "我入选浙江工匠 区级竞赛拿了二等奖 我个人一共能拿多少": of a total, the parts paid to
    persons alone, the organisation's named apart (the 浙江工匠 2万 goes to the unit)."""
    words = kb.lexicon.words
    if reply.kind != "answer" or len(reply.parts) < 2 or has_any(text, words.get("both_payees_words", ())):
        return reply  # ("公司和员工一共能拿多少": everyone's, as summed)
    if not for_a_person(text, words.get("own_payee_words", ())):
        return reply
    paid = [kb.clause(c).benefit(b) for c, b, _ in reply.parts]
    if all(b.payee == "organisation" for b in paid) or not any(b.payee == "organisation" for b in paid):
        return reply
    return _split(kb, reply, paid, lambda b: b.payee != "organisation", "paid_to_unit_part")


def payees_share(
    kb: KnowledgeBase, answered: list[dict[str, Any]], text: str
) -> tuple[list[dict[str, Any]], str] | None:
    """Of answers to add up, those of the payee the total is asked for ("公司一共能拿多少": not
    the players' prizes; "员工那边一共多少": not the unit's), with a note naming the rest; None
    when the total is everyone's or no answer is another payee's."""
    words = kb.lexicon.words
    if has_any(text, words.get("both_payees_words", ())):
        return None
    if has_any(text, words.get("org_payee_words", ())):
        payee, key = "person", "paid_to_person_part"
    elif for_a_person(text, words.get("own_payee_words", ())):
        payee, key = "organisation", "paid_to_unit_part"
    else:
        return None

    def paid(entry: dict[str, Any]) -> list[Benefit]:
        clauses, benefits = entry.get("key") or [[], []]
        return [b for c in kb.clauses if c.id in clauses for b in c.benefits if b.id in benefits]

    others = [a for a in answered if paid(a) and all(b.payee == payee for b in paid(a))]
    kept = [a for a in answered if not any(a is o for o in others)]
    if not others or not kept:
        return None
    total = sum((Decimal(str(a["amount"])) for a in kept), Decimal(0))
    items = _items(kb, [b for a in others for b in paid(a)])
    return kept, kb.texts[key].format(items=items, amount=yuan(total))


def _split(kb: KnowledgeBase, reply: Reply, paid: list[Benefit], keep: Callable[[Benefit], bool], key: str) -> Reply:
    """``reply`` with only the parts ``keep`` accepts, the others named in a note."""
    kept = [p for p, b in zip(reply.parts, paid, strict=True) if keep(b)]
    total = sum((amount for *_, amount in kept), Decimal(0))
    note = kb.texts[key].format(items=_items(kb, [b for b in paid if not keep(b)]), amount=yuan(total))
    return replace(reply, text=f"{note}\n{reply.text}", amount_yuan=whole(total), parts=tuple(kept))


def _items(kb: KnowledgeBase, benefits: list[Benefit]) -> str:
    """ "区级职业技能竞赛获奖奖励发给获奖选手、…": who receives each."""
    return "、".join(kb.texts["paid_to_person_item"].format(name=b.name, recipient=b.recipient) for b in benefits)
