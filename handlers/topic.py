"""Inside one clause: which benefits the question is about, what is still missing, the answer.

Benefits are chosen by evidence in this message: a ``select`` value (社区 → the community
centre's benefit), then slot values only that benefit reads (线上3次 → mentor fees), then
trigger words. Several benefits with evidence are answered together with their total.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from calculators.requirements import check
from calculators.result import Result, whole
from handlers.compose import Outcome, answer_text, numbered, overview
from handlers.extract import Extractor
from handlers.intents import has_any
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


class Topic:
    """Resolves a question within one clause."""

    def __init__(self, kb: KnowledgeBase, extractor: Extractor) -> None:
        self._kb = kb
        self._extractor = extractor
        self._texts = kb.texts
        self._defaults = {n: s.default for n, s in kb.slots.items() if s.default is not None}

    def slots(self, clause: Clause) -> list[str]:
        """Every slot any benefit of the clause reads, selects on, or requires."""
        return self._benefit_slots(list(clause.benefits))

    def _benefit_slots(self, benefits: list[Benefit]) -> list[str]:
        names: list[str] = []
        for b in benefits:
            names += [*b.calculator.slots(), *b.select.keys(), *(r.slot for r in b.requires)]
            if b.kind == "percent_of_base":
                names += [base.override_slot for base in self._kb.bases.values() if base.override_slot]
        return list(dict.fromkeys(names))

    def extract(self, clause: Clause, text: str, asking: str | None = None) -> dict[str, Any]:
        return self._extractor.extract(text, self.slots(clause), asking=asking)

    def benefit_slots(self, benefit: Benefit) -> list[str]:
        """Every slot one benefit reads, selects on or requires."""
        return self._benefit_slots([benefit])

    def specific(self, benefit: Benefit) -> list[str]:
        """Public name of ``_specific``."""
        return self._specific(benefit)

    def _specific(self, benefit: Benefit) -> list[str]:
        """Slots whose presence shows which benefit is meant (not head counts or months)."""
        return [s for s in benefit.calculator.slots() if not self._kb.slots[s].generic]

    def evidence(self, clause: Clause, fresh: Mapping[str, Any], text: str | None = None) -> int:
        """How many of the clause's own specific figures and levels the message states; with
        ``text``, a head count whose slot's cue words are in it counts twice ("招了一千多个" is a
        number hired, more surely than a number of participants)."""
        names = {s for b in clause.benefits for s in self._specific(b)}
        given = [name for name in names if fresh.get(name) not in (None, {}, [])]
        slots = self._kb.slots
        cued = [n for n in given if text and slots[n].type == "count" and has_any(text, slots[n].cues)]
        return len(given) + len(cued)

    def named(self, clause: Clause, text: str) -> list[Benefit]:
        """Benefits named outright by their own trigger words while no other benefit's are used ("上岗的人街道还发
        绩效补贴吗"), which outweighs a figure that another benefit could also use."""
        hits = {b.id: sum(1 for t in b.triggers if t in text) for b in clause.benefits}
        return [
            b
            for b in clause.benefits
            if hits[b.id] >= 1 and all(hits[o.id] == 0 for o in clause.benefits if o.id != b.id)
        ]

    def choose(self, clause: Clause, text: str, fresh: Mapping[str, Any], *, total: bool = False) -> list[Benefit]:
        """The benefits this message is about; several when it names several or asks a total.

        Score: one and a half points per specific slot value given, one per trigger word. ``total``
        ("一共", "加起来") keeps every benefit with evidence instead of only the best.
        """
        if len(clause.benefits) == 1:
            return list(clause.benefits)
        selected = [b for b in clause.benefits if self._selected(b, fresh, strict=not total)]
        if selected:
            return selected
        scores = {
            b.id: 1.5 * sum(1 for s in self._specific(b) if s in fresh) + sum(1 for t in b.triggers if t in text)
            for b in clause.benefits
        }
        best = max(scores.values())
        if best == 0:
            return []
        # "一共多少": every benefit the message gives figures for, not every trigger word. Without
        # a total asked, the same when each of them has its own count or level ("五星 … 高技能人才
        # 30个"): answering one would drop the other unseen. A sum of money in the message may be
        # an amount asked about ("是不是能拿7.5万"), so it does not count as a stated figure there.
        shown = [
            b
            for b in clause.benefits
            if b.kind not in ("info", "eligibility")
            and (self._has_evidence(b, fresh) if total else self._own_figure(b, fresh))
        ]
        if len(shown) > 1:
            return shown
        tied = [b for b in clause.benefits if scores[b.id] == best]
        # "区级竞赛拿了第一名，能认定技术能手吗": the title needs nothing more, the prize would
        # need the prize level; between equally named benefits, answer the one that can be.
        # Not for a sum asked ("物业的 怎么算 多少"): that is the benefit with the missing figure.
        # A stated fact that rules one out is answered for all of them instead.
        words = self._kb.lexicon.words
        asks_amount = has_any(text, words.get("amount_words", ()))
        paying = [b for b in tied if b.kind != "eligibility"]
        if (asks_amount or has_any(text, words.get("money_words", ()))) and 0 < len(paying) < len(tied):
            return paying  # "公司能拿啥补贴": the money, not the students' free place
        if asks_amount or any(self._fails(b, fresh) for b in tied):
            return tied
        ready = [b for b in tied if not b.calculator.missing(fresh, self._defaults)]
        return ready if 0 < len(ready) < len(tied) else tied

    def resolve(
        self,
        clause: Clause,
        benefits: list[Benefit],
        facts: dict[str, Any],
        *,
        info: bool,
        fresh: Mapping[str, Any],
        maximum: bool = False,
        text: str = "",
        individual: bool = False,
        rule: bool = False,
    ) -> Step:
        """Ask for what is missing, describe, or answer with amounts.

        ``maximum`` marks a "最高多少" question: a missing figure is then answered with the
        benefit's stated ceiling instead of a follow-up question.
        """
        if not benefits:
            failing = [b for b in clause.benefits if self._fails(b, facts)]
            if failing and len(failing) == len(clause.benefits):
                return self._refused(clause, failing, facts)
            if info:
                return self._described(clause, [], facts)
            return self._ask_benefit(clause, list(clause.benefits), facts, text)
        if len(benefits) > 1 and not any(b.id for b in benefits if self._has_evidence(b, fresh)):
            if all(self._fails(b, facts) for b in benefits):
                return self._refused(clause, benefits, facts)
            if info:
                return self._described(clause, list(benefits), facts)
            return self._ask_benefit(clause, benefits, facts, text)
        for b in benefits:
            missing = b.calculator.missing(facts, self._defaults)
            if missing and self._fails(b, facts):
                continue  # a stated fact already rules it out: say so instead of asking
            if (
                missing
                and individual
                and b.payee == "organisation"
                and not any(stated(fresh.get(s)) for s in b.calculator.slots())
            ):
                # "我是退役军人，培训有补贴吗": say who receives it instead of asking for counts.
                return self._described(
                    clause, [b], facts, note=self._texts.get("paid_to_organisation", "").format(recipient=b.recipient)
                )
            if missing:
                ceiling = getattr(b.calculator, "ceiling", None)
                figures = any(stated(fresh.get(s)) for s in b.calculator.slots())
                if maximum and ceiling is not None and not figures and len(benefits) == 1:
                    return Step(self._ceiling(clause, b, *ceiling()), facts=facts)
                # A condition stated with a rule question ("滨江户籍大学生…要钱吗") keeps it one.
                if info and not any(
                    stated(fresh.get(s)) and self._kb.slots[s].type != "bool" for s in b.calculator.slots()
                ):
                    return self._described(clause, [b], facts)
                slot = self._kb.slots[self._to_ask(b, missing, facts, text)]
                topic = {
                    "clause": clause.id,
                    "benefits": [x.id for x in benefits],
                    "asking": slot.name,
                    "last": _last_number(fresh, facts),
                }
                reply = Reply(
                    text=f"{clause.number}{clause.title}：{self._yes_first(b, text)}{slot.ask}",
                    kind="ask",
                    clauses=(clause.id,),
                    benefits=tuple(x.id for x in benefits),
                )
                return Step(reply, topic=topic, facts=facts)
        money = ("fixed", "per_unit", "by_level", "rate_table", "tiered", "percent_of_base", "ratio")
        if rule and all(b.kind in money for b in benefits) and not any(self._fails(b, facts) for b in benefits):
            # "补贴是谁来发的", "是一次性的吗": a question about the rule, not a request for the sum.
            return self._described(clause, benefits, facts)
        outcomes = [Outcome(clause, b, self._compute(b, facts)) for b in benefits]
        if individual and any(b.payee == "organisation" for b in benefits):
            paid = next(b for b in benefits if b.payee == "organisation")
            note = self._texts.get("paid_to_organisation", "").format(recipient=paid.recipient)
            answer = self._answer(outcomes)
            topic = {"clause": clause.id, "benefits": [b.id for b in benefits], "asking": None, "last": None}
            return Step(replace(answer, text=f"{note}\n{answer.text}"), topic=topic, facts=facts)
        topic = {
            "clause": clause.id,
            "benefits": [b.id for b in benefits],
            "asking": None,
            "last": _last_number(fresh, facts),
        }
        return Step(self._answer(outcomes), topic=topic, facts=facts)

    @staticmethod
    def _selected(benefit: Benefit, fresh: Mapping[str, Any], *, strict: bool = True) -> bool:
        """The user named this benefit's recipient (and, when ``strict``, not one that excludes
        it: "零工市场…拨给街道" is about the market, unless a total of both is asked)."""
        if not benefit.select:
            return False
        named = all(v in (fresh.get(k) or []) for k, v in benefit.select.items())
        excluded = strict and any(v in (fresh.get(k) or []) for k, values in benefit.unless.items() for v in values)
        return named and not excluded

    def _own_figure(self, benefit: Benefit, fresh: Mapping[str, Any]) -> bool:
        """A count or level of this benefit's own is stated (not a sum of money, not a yes/no)."""
        figures = ("count", "counts", "enum")
        return any(s in fresh and self._kb.slots[s].type in figures for s in self._specific(benefit))

    def condition_met(self, benefit: Benefit, fresh: Mapping[str, Any]) -> bool:
        """A sum that needs no figure of its own, with one of its conditions stated as met
        ("新认定区级技能大师工作室", "零工市场验收通过"): evidence of it without any figure."""
        if benefit.kind == "info" or not all(self._kb.slots[s].generic for s in benefit.calculator.slots()):
            return False
        return any(fresh.get(r.slot) is not None and r.holds(fresh[r.slot]) for r in benefit.requires)

    def _has_evidence(self, benefit: Benefit, fresh: Mapping[str, Any]) -> bool:
        """Figures for it, its recipient named, or (for a sum without figures, like the studio
        grant) one of its conditions stated as met ("刚认定为区级…")."""
        if any(s in fresh for s in self._specific(benefit)) or self._selected(benefit, fresh):
            return True
        return self.condition_met(benefit, fresh)

    def extract_for(self, benefits: list[Benefit], text: str, asking: str | None = None) -> dict[str, Any]:
        """Re-read the message for the chosen benefits only, so rival slots don't compete."""
        names = self._benefit_slots(benefits)
        return self._extractor.extract(text, names, asking=asking if asking in names else None)

    def _to_ask(self, benefit: Benefit, missing: list[str], facts: Mapping[str, Any], text: str) -> str:
        """The first missing slot, unless the question named another of the benefit's slots by
        its cue ("新增高技能人才" asks for the 高技能人才 count, not the 技能人才 one)."""
        for name in benefit.calculator.slots():
            slot = self._kb.slots[name]
            if name not in facts and slot.cue_required and any(c in text for c in slot.cues):
                return name
        return missing[0]

    @staticmethod
    def _fails(benefit: Benefit, facts: Mapping[str, Any]) -> bool:
        return bool(check(benefit.requires, facts)[0])

    def _yes_first(self, benefit: Benefit, text: str) -> str:
        """For "有补贴吗" asked before the figure that sets the amount: yes, in the policy's words,
        and then the question, so the asker learns the rule while the figure is still to come."""
        if not benefit.quote or not has_any(text, self._kb.lexicon.words.get("yes_no_words", ())):
            return ""
        return self._texts.get("yes_then_ask", "{quote}").format(quote=benefit.quote)

    def amount(self, benefits: list[Benefit], facts: Mapping[str, Any]) -> Decimal:
        """What ``benefits`` pay for ``facts`` together (nothing where one is refused)."""
        return sum((self._compute(b, facts).amount or Decimal(0) for b in benefits), Decimal(0))

    def _compute(self, benefit: Benefit, facts: Mapping[str, Any]) -> Result:
        failures, advice, _ = check(benefit.requires, facts)
        if failures:
            unpriced = benefit.kind == "eligibility" or (
                benefit.kind == "info" and not getattr(benefit.calculator, "paid", False)
            )
            return Result(None if unpriced else Decimal(0), False, failures=failures, advice=advice)
        return benefit.calculator.compute(facts, self._kb.bases)

    def _answer(self, outcomes: list[Outcome]) -> Reply:
        amounts = [o.result.amount for o in outcomes if o.result.amount is not None]
        total = sum(amounts, Decimal(0)) if amounts else None
        verdicts = [o.result.eligible for o in outcomes]
        eligible = None
        if any(v is True for v in verdicts):
            eligible = True
        elif verdicts and all(v is False for v in verdicts):
            eligible = False
        if total is not None and eligible is True:
            total = sum((o.result.amount or Decimal(0) for o in outcomes if o.result.eligible), Decimal(0))
        steps = tuple(s for o in outcomes for s in o.result.steps)
        documents = tuple(dict.fromkeys(d for o in outcomes for d in o.benefit.documents))
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
                if o.result.eligible and o.result.amount is not None
            ),
        )

    def cap(self, clause: Clause, benefits: list[Benefit], facts: dict[str, Any]) -> Step | None:
        """The yearly cap of a stepped reward, for "最多能拿多少" once figures were given (the
        figures' own amount was the previous answer); None where the benefit has no cap."""
        if len(benefits) != 1 or benefits[0].kind != "tiered":
            return None
        ceiling = getattr(benefits[0].calculator, "ceiling", None)
        if ceiling is None or ceiling() is None:
            return None
        topic = {"clause": clause.id, "benefits": [benefits[0].id], "asking": None, "last": None}
        return Step(self._ceiling(clause, benefits[0], *ceiling()), topic=topic, facts=facts)

    def _ceiling(self, clause: Clause, benefit: Benefit, amount: Decimal, how: str) -> Reply:
        result = Result(
            amount,
            True,
            (self._texts.get("ceiling_step", "{how}").format(how=how), self._texts.get("ceiling_note", "")),
            up_to=True,
        )
        return self._answer([Outcome(clause, benefit, result)])

    def _refused(self, clause: Clause, benefits: list[Benefit], facts: dict[str, Any]) -> Step:
        """Every benefit in question is ruled out by a stated fact; the clause stays the topic so a
        later figure ("新增技能人才150人") is judged with that fact."""
        topic = {"clause": clause.id, "benefits": [b.id for b in benefits], "asking": None, "last": None}
        return Step(
            self._answer([Outcome(clause, b, self._compute(b, facts)) for b in benefits]), topic=topic, facts=facts
        )

    def _described(self, clause: Clause, benefits: list[Benefit], facts: dict[str, Any], note: str = "") -> Step:
        """The clause described; it stays the topic, so "招了60个" next is read against it."""
        topic = {"clause": clause.id, "benefits": [b.id for b in benefits], "asking": None, "last": None}
        reply = self._overview(clause, benefits)
        if note:
            reply = replace(reply, text=f"{note}\n{reply.text}")
        return Step(reply, topic=topic, facts=facts)

    def _overview(self, clause: Clause, benefits: list[Benefit] | tuple[Benefit, ...]) -> Reply:
        return Reply(
            text=overview(clause, self._texts, list(benefits)),
            kind="answer",
            clauses=(clause.id,),
            benefits=tuple(b.id for b in benefits),
        )

    def _ask_benefit(self, clause: Clause, benefits: list[Benefit], facts: dict[str, Any], question: str) -> Step:
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


def _last_number(fresh: Mapping[str, Any], facts: Mapping[str, Any]) -> str | None:
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
