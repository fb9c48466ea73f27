"""Inside one clause: which benefits the question is about, what is still missing, the answer
(built by ``steps``).

Benefits are chosen by evidence in this message: a ``select`` value (社区 → the community
centre's benefit), then slot values only that benefit reads (线上3次 → mentor fees), then
trigger words. Several benefits with evidence are answered together with their total.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from calculators.requirements import check
from calculators.result import Result
from handlers.compose import Outcome
from handlers.extract import Extractor, one_holder
from handlers.intents import has_any
from handlers.reply import Reply
from handlers.steps import Step, Steps, last_number, stated
from knowledge.models import Benefit, Clause, KnowledgeBase

YEARS = "years"
"""The slot of how many years a yearly sum is asked for ("连着两年一共多少")."""


class Topic:
    """Resolves a question within one clause."""

    def __init__(self, kb: KnowledgeBase, extractor: Extractor) -> None:
        self._kb = kb
        self._extractor = extractor
        self._texts = kb.texts
        self.steps = Steps(kb)
        self._defaults = {n: s.default for n, s in kb.slots.items() if s.default is not None}

    def slots(self, clause: Clause) -> list[str]:
        """Every slot any benefit of the clause reads, selects on, or requires."""
        return self._benefit_slots(list(clause.benefits))

    def _benefit_slots(self, benefits: list[Benefit]) -> list[str]:
        names: list[str] = []
        for b in benefits:
            names += [*b.calculator.slots(), *b.select.keys(), *(r.slot for r in b.requires)]
            if b.yearly and YEARS in self._kb.slots:
                names.append(YEARS)
            names += self.overrides(b)
        return list(dict.fromkeys(names))

    def overrides(self, benefit: Benefit) -> list[str]:
        """The slots a user may state a share's base in ("最低工资按2490算")."""
        if benefit.kind != "percent_of_base":
            return []
        return [base.override_slot for base in self._kb.bases.values() if base.override_slot]

    def extract(self, clause: Clause, text: str, asking: str | None = None) -> dict[str, Any]:
        return self._extractor.extract(text, self.slots(clause), asking=asking)

    def in_context(
        self, fresh: dict[str, Any], text: str, facts: Mapping[str, Any], asking: str | None = None
    ) -> dict[str, Any]:
        """``fresh`` without the slots whose context words the text lacks, unless the slot was just
        asked for ("省里组织的") or the dialogue already holds a value for it ("市里组织的呢" after an
        award's level is a what-if on it)."""
        slots = self._kb.slots
        return {
            k: v
            for k, v in fresh.items()
            if not slots[k].context or k == asking or k in facts or any(w in text for w in slots[k].context)
        }

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
        hits = {b.id: sum(1 for t in (*b.triggers, *b.refers) if t in text) for b in clause.benefits}
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
        holder = self._kb.lexicon.words.get("holder_words", ())
        if has_any(text, holder) and has_any(text, self._kb.lexicon.words.get("amount_words", ())):
            # "我在社区公益性岗位 一年最多能拿多少": the one on the post asks their own money; the
            # community hosting it is no benefit asked about
            mine = [b for b in clause.benefits if b.payee == "person" and b.kind not in ("info", "eligibility")]
            others = tuple(t for b in clause.benefits if b not in mine for t in b.triggers)
            if len(mine) == 1 and not has_any(text, others):  # (not "我妈在物业公司的公益性岗位")
                return mine
        selected = [b for b in clause.benefits if self._selected(b, fresh, strict=not total)]
        if total and len(selected) > 1:
            # "我是街道办的…零工市场验收通过了，一共多少": who asks is not a recipient asked about
            asked = self.extract(clause, self._without_asker(text))
            # (a recipient named only as the asker still counts where its own words are said:
            # "我们街道…就业服务考核也是优秀 两块加起来")
            selected = [
                b
                for b in selected
                if self._selected(b, asked, strict=False)
                or has_any(text, self._kb.lexicon.words.get(f"{b.id}_own_words", ()))
            ] or selected
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
        words = self._kb.lexicon.words
        asks_amount = has_any(text, words.get("amount_words", ()))
        if shown and asks_amount and all(b.kind == "eligibility" for b in tied):
            # "来了25个…离校一年内还没工作的毕业生，培训3天，已经备案，补多少": the students are
            # described; the sum asked is the organiser's, whose own figures are given.
            return shown
        # "区级竞赛拿了第一名，能认定技术能手吗": the title needs nothing more, the prize would
        # need the prize level; between equally named benefits, answer the one that can be.
        # Not for a sum asked ("物业的 怎么算 多少"): that is the benefit with the missing figure.
        # A stated fact that rules one out is answered for all of them instead.
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
        if individual and len(benefits) != 1 and has_any(text, self._kb.lexicon.words.get("amount_words", ())):
            among = benefits or list(clause.benefits)
            personal = [b for b in among if b.payee != "organisation"]
            if len(personal) == 1 and not any(self._has_evidence(b, fresh) for b in among):
                benefits = personal  # "我老公也在公益性岗位 他最多多少": the one benefit a person is paid
        if not benefits:
            failing = [b for b in clause.benefits if self._fails(b, facts)]
            if failing and len(failing) == len(clause.benefits):
                return self.steps.refused(clause, failing, facts)
            if info:
                return self.steps.described(clause, [], facts)
            return self.steps.ask_benefit(clause, list(clause.benefits), facts, text)
        if len(benefits) > 1 and not any(b.id for b in benefits if self._has_evidence(b, fresh)):
            if all(self._fails(b, facts) for b in benefits):
                return self.steps.refused(clause, benefits, facts)
            if info:
                return self.steps.described(clause, list(benefits), facts)
            return self.steps.ask_benefit(clause, benefits, facts, text)
        for b in benefits:
            missing = b.calculator.missing(facts, self._defaults)
            if missing and self._fails(b, facts):
                continue  # a stated fact already rules it out: say so instead of asking
            if (
                missing
                and (individual or has_any(text, self._kb.lexicon.words.get("own_payee_words", ())))
                and b.payee == "organisation"
                and not any(stated(fresh.get(s)) for s in b.calculator.slots())
            ):
                # "我是退役军人，培训有补贴吗": say who receives it instead of asking for counts.
                return self.steps.described(
                    clause, [b], facts, note=self._texts.get("paid_to_organisation", "").format(recipient=b.recipient)
                )
            if missing:
                ceiling = getattr(b.calculator, "ceiling", None)
                figures = any(stated(fresh.get(s)) for s in b.calculator.slots())
                if maximum and ceiling is not None and not figures and len(benefits) == 1:
                    whole = self._most_for_one(b, facts, text)
                    if whole is not None:
                        return Step(self.steps.answer([Outcome(clause, b, whole)]), facts=facts)
                    return Step(self.steps.ceiling(clause, b, *ceiling()), facts=facts)
                # A condition stated with a rule question ("滨江户籍大学生…要钱吗") keeps it one; a
                # share of a figure outside the policy text ("物业公司的呢") is its rule first.
                said = [*b.calculator.slots(), *self.overrides(b)]  # (a base said: "最低工资按2000算")
                if (info or b.kind == "percent_of_base") and not any(
                    stated(fresh.get(s)) and self._kb.slots[s].type != "bool" for s in said
                ):
                    return self.steps.described(clause, [b], facts, last=self._to_ask(b, missing, facts, text))
                slot = self._kb.slots[self._to_ask(b, missing, facts, text)]
                topic: dict[str, Any] = {
                    "clause": clause.id,
                    "benefits": [x.id for x in benefits],
                    "asking": slot.name,
                    "last": last_number(fresh, facts),
                }
                if slot.type == "counts" and slot.rate_for_one and one_holder(text):
                    topic["one"] = True  # "我…考出证了，机构能拿多少": a level next is one person's
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
            return self.steps.described(clause, benefits, facts)
        outcomes = [Outcome(clause, b, self.steps.compute(b, facts)) for b in benefits]
        if individual and any(b.payee == "organisation" for b in benefits):
            paid = next(b for b in benefits if b.payee == "organisation")
            note = self._texts.get("paid_to_organisation", "").format(recipient=paid.recipient)
            answer = self.steps.answer(outcomes)
            topic = {"clause": clause.id, "benefits": [b.id for b in benefits], "asking": None, "last": None}
            return Step(replace(answer, text=f"{note}\n{answer.text}"), topic=topic, facts=facts)
        topic = {
            "clause": clause.id,
            "benefits": [b.id for b in benefits],
            "asking": None,
            "last": last_number(fresh, facts) or self._defaulted(benefits, facts),
        }
        return Step(self.steps.answer(outcomes), topic=topic, facts=facts)

    def _defaulted(self, benefits: list[Benefit], facts: Mapping[str, Any]) -> str | None:
        """The one head count an answer took at its default ("按1人计"): a bare figure next
        ("20") is that count."""
        names = {
            s
            for b in benefits
            for s in b.calculator.slots()
            if s not in facts and self._kb.slots[s].type == "count" and s in self._defaults
        }
        return names.pop() if len(names) == 1 else None

    def _without_asker(self, text: str) -> str:
        """``text`` without the asker's introduction of themself ("我是街道办的，", "街道这边")."""
        for word in self._kb.lexicon.words.get("asker_words", ()):
            text = text.replace(word, " ")
        for word in self._kb.lexicon.words.get("self_intro_words", ()):
            at = text.find(word)
            if at != -1:
                end = min((i for i in (text.find(p, at) for p in "，,。；;:：！!？?") if i != -1), default=len(text))
                text = text[:at] + text[end:]
        return text

    @staticmethod
    def _selected(benefit: Benefit, fresh: Mapping[str, Any], *, strict: bool = True) -> bool:
        """The user named this benefit's recipient (and, when ``strict``, not one that excludes
        it: "零工市场…拨给街道" is about the market, unless a total of both is asked)."""
        if not benefit.select:
            return False
        named = all(v in (fresh.get(k) or []) for k, v in benefit.select.items())
        excluded = strict and any(v in (fresh.get(k) or []) for k, values in benefit.unless.items() for v in values)
        return named and not excluded

    def own_figure(self, benefit: Benefit, fresh: Mapping[str, Any]) -> bool:
        """Public name of ``_own_figure``."""
        return self._own_figure(benefit, fresh)

    def _own_figure(self, benefit: Benefit, fresh: Mapping[str, Any]) -> bool:
        """A count or level of this benefit's own is stated (not a sum of money, not a yes/no)."""
        figures = ("count", "counts", "enum")
        return any(s in fresh and self._kb.slots[s].type in figures for s in self._specific(benefit))

    def condition_met(self, benefit: Benefit, fresh: Mapping[str, Any]) -> bool:
        """A sum that needs no figure of its own, with one of its conditions stated as met
        ("新认定区级技能大师工作室", "零工市场验收通过"): evidence of it without any figure."""
        if benefit.kind == "info" or not all(self._kb.slots[s].generic for s in benefit.calculator.slots()):
            return False
        slots = self._kb.slots
        return any(
            fresh.get(r.slot) is not None and r.holds(fresh[r.slot]) and not slots[r.slot].generic
            for r in benefit.requires
        )

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
        words = self._kb.lexicon.words
        if benefit.quote and has_any(text, words.get("how_computed_words", ())):
            # "…补贴怎么算": how, in the policy's words, then the figure that the sum needs
            return self._texts.get("rule_then_ask", "{quote}").format(quote=benefit.quote)
        if not benefit.quote or not has_any(text, words.get("yes_no_words", ())):
            return ""
        return self._texts.get("yes_then_ask", "{quote}").format(quote=benefit.quote)

    def _most_for_one(self, benefit: Benefit, facts: Mapping[str, Any], text: str) -> Result | None:
        """ "每个学生最多能补多少": a rate per person per day, for one person over the most days
        it pays (200 × 1 × 3); not where the period itself is asked ("每人每天最高多少")."""
        factors = getattr(benefit.calculator, "factors", ())
        capped = [f for f in factors if f.max]
        if not capped or not has_any(text, self._kb.lexicon.words.get("per_one_words", ())):
            return None
        if any(f"每{f.unit}" in text or f"一{f.unit}" in text for f in capped):
            return None
        trial = {**facts, **{f.slot: f.max or 1 for f in factors if facts.get(f.slot) is None}}
        result = self.steps.compute(benefit, trial)
        return result if result.eligible and result.amount else None

    def amount(self, benefits: list[Benefit], facts: Mapping[str, Any]) -> Decimal:
        """What ``benefits`` pay for ``facts`` together (nothing where one is refused)."""
        return sum((self.steps.compute(b, facts).amount or Decimal(0) for b in benefits), Decimal(0))
