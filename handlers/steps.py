"""The replies a clause can give once the benefits are chosen, and the topic each one keeps.

``Topic`` decides which benefits a message is about and what is missing; this module builds
what is said: the answer with its amounts (a refused benefit's share counted out of the total),
the yearly cap, the clause described, the choice between its benefits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from calculators.requirements import check
from calculators.result import Result, whole, yuan
from handlers.compose import Outcome, answer_text, numbered, overview
from handlers.reply import Reply
from knowledge.models import Benefit, Clause, KnowledgeBase


@dataclass(frozen=True, slots=True)
class Step:
    """What the dialogue does next inside a clause: a reply and the topic state to keep."""

    reply: Reply
    topic: dict[str, Any] | None = None
    choice: dict[str, Any] | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    audience: str | None = None  # who the user said they are ("我是企业"), kept for "有哪些补贴"


class Steps:
    """Builds a clause's replies from the policy data and its texts."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._kb = kb
        self._texts = kb.texts

    def compute(self, benefit: Benefit, facts: Mapping[str, Any]) -> Result:
        failures, advice, _ = check(benefit.requires, facts)
        if failures:
            unpriced = benefit.kind == "eligibility" or (
                benefit.kind == "info" and not getattr(benefit.calculator, "paid", False)
            )
            return Result(None if unpriced else Decimal(0), False, failures=failures, advice=advice)
        result = benefit.calculator.compute(facts, self._kb.bases)
        years = facts.get("years")
        if benefit.yearly and isinstance(years, int) and years > 1 and result.amount:
            # "连着两年一共多少": the year's sum, once for each year
            total = result.amount * years
            step = self._texts["years_step"].format(amount=yuan(result.amount), years=years, total=yuan(total))
            result = replace(result, amount=total, steps=(*result.steps, step))
        return result

    def answer(self, outcomes: list[Outcome]) -> Reply:
        outcomes, held = self._held_within(outcomes)
        amounts = [o.result.amount for o in outcomes if o.result.amount is not None and o.benefit.id not in held]
        total = sum(amounts, Decimal(0)) if amounts else None
        verdicts = [o.result.eligible for o in outcomes]
        eligible = None
        if any(v is True for v in verdicts):
            eligible = True
        elif verdicts and all(v is False for v in verdicts):
            eligible = False
        if total is not None and eligible is True:
            total = sum(
                (o.result.amount or Decimal(0) for o in outcomes if o.result.eligible and o.benefit.id not in held),
                Decimal(0),
            )
        steps = tuple(s for o in outcomes for s in o.result.steps)
        documents = tuple(dict.fromkeys(d for o in outcomes for d in o.benefit.documents))
        if eligible is False and total is None:
            total = Decimal(0)  # "毕业三年了还能参加家燕回巢吗": refused, nothing is received
        return Reply(
            text=answer_text(outcomes, total, self._texts),
            kind="answer",
            clauses=tuple(dict.fromkeys(o.clause.id for o in outcomes)),
            amount_yuan=whole(total),
            eligible=eligible,
            steps=steps,
            documents=documents,
            benefits=tuple(o.benefit.id for o in outcomes),
            parts=tuple(
                (o.clause.id, o.benefit.id, o.result.amount)
                for o in outcomes
                if o.result.eligible and o.result.amount is not None and o.benefit.id not in held
            ),
        )

    def _held_within(self, outcomes: list[Outcome]) -> tuple[list[Outcome], set[str]]:
        """A benefit paid out of another answered with it ("其中…社区就业创业服务中心…最高15万元"
        inside the street's 50万) adds nothing to the total; a step says why. Returns the
        outcomes and the ids of those held within another."""
        present = {(o.clause.id, o.benefit.id): o for o in outcomes if o.result.eligible is not False}
        shown, held = [], set()
        for o in outcomes:
            whole = present.get((o.clause.id, o.benefit.within))
            if whole is not None and o.result.amount:
                note = self._texts["within_note"].format(part=yuan(o.result.amount), whole=whole.benefit.name)
                o = replace(o, result=replace(o.result, steps=(*o.result.steps, note)))
                held.add(o.benefit.id)
            shown.append(o)
        return shown, held

    def cap(self, clause: Clause, benefits: list[Benefit], facts: dict[str, Any]) -> Step | None:
        """The yearly cap of a stepped reward, for "最多能拿多少" once figures were given (the
        figures' own amount was the previous answer); None where the benefit has no cap."""
        if len(benefits) != 1 or benefits[0].kind != "tiered":
            return None
        ceiling = getattr(benefits[0].calculator, "ceiling", None)
        if ceiling is None or ceiling() is None:
            return None
        topic = {"clause": clause.id, "benefits": [benefits[0].id], "asking": None, "last": None}
        reply = replace(self.ceiling(clause, benefits[0], *ceiling()), illustrative=True)
        return Step(reply, topic=topic, facts=facts)

    def ceiling(self, clause: Clause, benefit: Benefit, amount: Decimal, how: str) -> Reply:
        result = Result(
            amount,
            True,
            (self._texts.get("ceiling_step", "{how}").format(how=how), self._texts.get("ceiling_note", "")),
            up_to=True,
        )
        return self.answer([Outcome(clause, benefit, result)])

    def refused(self, clause: Clause, benefits: list[Benefit], facts: dict[str, Any]) -> Step:
        """Every benefit in question is ruled out by a stated fact; the clause stays the topic so a
        later figure ("新增技能人才150人") is judged with that fact."""
        # (its count stays the one a bare figure next changes: "50的话呢" after 49 refused)
        topic = {
            "clause": clause.id,
            "benefits": [b.id for b in benefits],
            "asking": None,
            "last": last_number({}, facts),
        }
        return Step(
            self.answer([Outcome(clause, b, self.compute(b, facts)) for b in benefits]), topic=topic, facts=facts
        )

    def described(
        self, clause: Clause, benefits: list[Benefit], facts: dict[str, Any], note: str = "", last: str | None = None
    ) -> Step:
        """The clause described; it stays the topic, so "招了60个" next is read against it, and a
        bare figure ("60") fills ``last``, the figure the rule needs first."""
        topic = {"clause": clause.id, "benefits": [b.id for b in benefits], "asking": None, "last": last}
        reply = self.overview(clause, benefits)
        if note:
            reply = replace(reply, text=f"{note}\n{reply.text}")
        return Step(reply, topic=topic, facts=facts)

    def overview(self, clause: Clause, benefits: list[Benefit] | tuple[Benefit, ...]) -> Reply:
        return Reply(
            text=overview(clause, self._texts, list(benefits)),
            kind="answer",
            clauses=(clause.id,),
            benefits=tuple(b.id for b in benefits),
        )

    def ask_benefit(self, clause: Clause, benefits: list[Benefit], facts: dict[str, Any], question: str) -> Step:
        """Which of the clause's benefits; the question is kept to read its facts once chosen."""
        labels = [f"{b.name}（{b.recipient}）" for b in benefits]
        prompt = numbered(f"{clause.number}{clause.title}：{self._texts.get('choose_benefit', '')}", labels)
        choice = {
            "options": [{"clause": clause.id, "benefit": b.id, "label": labels[i]} for i, b in enumerate(benefits)],
            "text": question,
        }
        return Step(
            Reply(text=prompt, kind="ask", clauses=(clause.id,), options=tuple(labels)), choice=choice, facts=facts
        )


def last_number(fresh: Mapping[str, Any], facts: Mapping[str, Any]) -> str | None:
    """The count slot (or one-category count) filled most recently, for follow-ups that give
    a bare figure ("那60个呢", "我做了八次")."""
    for source in (fresh, facts):
        names = [
            k
            for k, v in source.items()
            if (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, dict) and len(v) == 1)
        ]
        if names:
            return names[-1]
    return None


def stated(value: Any) -> bool:
    """A slot value that states something (category counts of 0 only name categories)."""
    if isinstance(value, dict):
        return any(value.values())
    return value is not None
