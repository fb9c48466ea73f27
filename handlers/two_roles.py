"""One activity claimed under two roles: a 技能大师工作室领衔人 who is also in the 区就业创业导师库
attends a 区人社局 review, which （十一） pays 1000元/次 and （五） pays by online or offline.

The annex says the policy is applied "从优、从高、不重复": the same activity is paid once, under
the role that pays more. The benefits that pay the same activity are data (lexicon
``same_activity_benefits``, "clause/benefit"); what each would pay comes from the answers given
before or, for a role only named now, from the message read for that benefit.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from calculators.result import yuan
from handlers.compose import citation
from handlers.intents import has_any
from handlers.reply import Reply
from knowledge.models import Benefit, Clause, KnowledgeBase

Price = Callable[[Clause, Benefit, str], Decimal | None]
"""What ``benefit`` pays on the facts of a message alone (None: not enough said)."""


def one_activity_two_roles(kb: KnowledgeBase, answered: list[dict[str, Any]], text: str, price: Price) -> Reply | None:
    """The annex's answer when the message asks to be paid for one activity under both roles
    ("两个身份能都拿吗", "能按导师身份再拿一份吗") and both roles are in play; None otherwise."""
    words = kb.lexicon.words
    pairs = [p.split("/", 1) for p in words.get("same_activity_benefits", ())]
    if len(pairs) != 2 or "annex" not in kb.ids or not has_any(text, words.get("two_roles_words", ())):
        return None
    roles: list[tuple[Clause, Benefit, Decimal | None]] = []
    for clause_id, benefit_id in pairs:
        if clause_id not in kb.ids or not any(b.id == benefit_id for b in kb.clause(clause_id).benefits):
            return None
        clause = kb.clause(clause_id)
        benefit = clause.benefit(benefit_id)
        before = _answered(answered, clause_id, benefit_id)
        if before is None and not any(w in text for w in benefit.refers):
            return None  # a role not in play: not this question
        # the activities this message names ("那2次线下"), else those answered before
        now = price(clause, benefit, text)
        roles.append((clause, benefit, now if now is not None else before))
    known = [amount for *_, amount in roles if amount is not None]
    if not known:
        return None
    best = max(known)
    chosen = next(b for _, b, amount in roles if amount == best)
    texts = kb.texts
    lines = [texts.get("two_roles_lead", "")]
    for _, benefit, amount in roles:
        shown = yuan(amount) if amount is not None else texts.get("two_roles_unknown", "")
        lines.append(f"· {benefit.name}：{shown}")
    lines.append(texts.get("two_roles_result", "").format(amount=yuan(best), name=chosen.name))
    annex = kb.clause("annex")
    lines.append(citation(annex, annex.benefits[0].quote, texts))
    lines.append(texts.get("draft_note", ""))
    return Reply(
        text="\n".join(line for line in lines if line),
        kind="answer",
        clauses=("annex", *(c.id for c, _, _ in roles)),
        amount_yuan=best,
        eligible=True,
        illustrative=True,  # (the roles' own answers stay what the running total adds)
    )


def _answered(answered: list[dict[str, Any]], clause_id: str, benefit_id: str) -> Decimal | None:
    """The last amount answered for that benefit alone, if any."""
    for entry in reversed(answered):
        key = entry.get("key") or [[], []]
        if list(key[0]) == [clause_id] and list(key[1]) == [benefit_id] and entry.get("amount") is not None:
            return Decimal(str(entry["amount"]))
    return None
