"""A new question on one clause: its figures read, the benefits chosen, and the step decided —
an aim ("想拿满50万要招多少人"), a doubted condition or an unsized group asked about, a rate of
one, the yearly cap, the rule described, or the benefits resolved with the facts.

Split from ``dialogue`` so the turn's routing and memory read apart from what opening a clause
decides.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from handlers.doubt import ask_doubted, doubted
from handlers.extract import Extractor
from handlers.intents import for_oneself, has_any, wants_info
from handlers.merge import merge
from handlers.payee import note_paid_elsewhere
from handlers.relative import one_of_those_told, rate_of_one
from handlers.steps import Step, stated
from handlers.target import aimed_at, drop_target, reach
from handlers.topic import YEARS, Topic
from handlers.unsized import unsized_group
from knowledge.models import Clause, KnowledgeBase
from knowledge.numbers import find_numbers
from knowledge.search import Query


class Opening:
    """Opens a clause for a new question; one per dialogue, shared by every turn."""

    def __init__(self, kb: KnowledgeBase, topic: Topic, extractor: Extractor) -> None:
        self.kb = kb
        self.topic = topic
        self.extractor = extractor
        self.texts = kb.texts

    def _has(self, text: str, key: str) -> bool:
        return has_any(text, self.kb.lexicon.words.get(key, ()))

    def __call__(self, clause: Clause, query: Query, facts: dict[str, Any]) -> Step:
        """The step for ``query`` opening ``clause``; ``facts`` become the merged facts."""
        fresh = self.topic.in_context(self.topic.extract(clause, query.text), query.text, facts)
        target = aimed_at(self.kb, query.text)
        if target is not None:  # "想拿满50万要招多少人": the sum is the aim, not a fact
            fresh = drop_target(fresh, self.kb, target)
        # "连着两年一共多少": the total is over the years, not of every benefit named
        total = self._has(query.text, "total_words") and not (fresh.get(YEARS) or 0) > 1
        benefits = self.topic.choose(clause, query.text, fresh, total=total)
        if benefits and len(benefits) < len(clause.benefits):
            # Figures are read again for the chosen benefits; stated conditions and levels
            # ("第4名", "区级") are kept for the clause's other benefits asked about next.
            words = {k: v for k, v in fresh.items() if self.kb.slots[k].type in ("enum", "bool")}
            fresh = {**words, **self.topic.extract_for(benefits, query.text)}
        rule_asked = self._has(query.text, "rule_words")
        # "每多招25个多给多少": the rule's own step; "补贴标准一天多少": its rate
        rate_asked = rule_asked and self._has(query.text, "rate_words")
        # "不是说每增加25人给2.5w吗 我们招了本区户籍99个人": the rule quoted, the asker's own count given
        stepwise = rate_asked or (
            self._has(query.text, "step_words") and not self._own_count(clause, fresh, query.text)
        )
        if stepwise:  # its figures are the rule's, not the asker's counts
            fresh = {k: v for k, v in fresh.items() if self.kb.slots[k].type == "bool"}
        merged = merge(self.kb.slots, facts, fresh, correction=False, increase=False, bare=None)
        facts.clear()
        facts.update(merged)
        unsure = doubted(
            self.kb, benefits or list(clause.benefits), query.text, [k for k, v in fresh.items() if v is False]
        )
        if unsure is not None:  # "不确定我现在的工作算不算区内公共就业服务": asked, not assumed
            return ask_doubted(self.kb, clause, benefits or list(clause.benefits), facts, unsure)
        unsized = unsized_group(self.kb, clause, facts, query.text)
        if unsized is not None:  # "招了40个本区户籍的，另外还有一批从对口帮扶地区来的": how many more?
            return unsized
        each = rate_of_one(self.kb, query.text, benefits or list(clause.benefits), facts)
        if each is not None:  # "区里配套多少钱一个月": one post for one month, the facts kept as said
            step = self.topic.resolve(clause, benefits, each, info=False, fresh={}, text=query.text)
            return _illustrated(step, self.texts.get("rate_of_one_note", ""), facts)
        if target is not None:
            reached = reach(self.kb, self.topic.steps, clause, benefits, facts, target, query.text)
            if reached is not None:
                return reached
        # A question about the rule ("补贴标准是多少") stays one when a condition is stated with it
        # ("给本区户籍大学生…"); a figure or level turns any question into a request for the sum.
        maximum = self._has(query.text, "maximum_words")
        used = {s for b in benefits or clause.benefits for s in b.calculator.slots()}
        if (
            maximum
            and any(stated(facts.get(k)) and self.kb.slots[k].type != "bool" for k in used)
            and not any(stated(v) and self.kb.slots[k].type != "bool" for k, v in fresh.items())
        ):
            # "吸纳就业这个奖补每年最多能拿多少" after a head count: the yearly cap, not that count's sum
            capped = self.topic.steps.cap(clause, benefits or list(clause.benefits), facts)
            if capped is not None:
                return capped
        # "每多招25个加两万五对吧 一年封顶多少": the rule's step quoted, and the cap asked
        info = (stepwise and not maximum) or (
            wants_info(query.text, self.kb.lexicon)
            and not any(
                stated(fresh.get(s)) and not (rule_asked and self.kb.slots[s].type == "bool")
                for b in clause.benefits
                for s in b.calculator.slots()
            )
        )
        quoted = any(stated(v) for v in fresh.values())
        if quoted and self._has(query.text, "meaning_words") and not for_oneself(query.text, self.kb.lexicon):
            # "离校2年未就业是什么意思": the policy's words quoted, not a case to judge
            return self.topic.steps.described(clause, benefits or list(clause.benefits), {})
        if not info and self._has(query.text, "how_computed_words"):
            # "物业公司…区里配套怎么算": a share of a figure the policy text does not give (市区最低
            # 工资标准): the rule is the answer to how, even for one's own case
            info = any(b.kind == "percent_of_base" for b in (benefits or clause.benefits))
        # (a person too: "学生自己能领钱吗", "学员本人能拿到吗", a payee word said of a person)
        individual = for_oneself(query.text, self.kb.lexicon) or self._has(query.text, "own_payee_words")
        one = one_of_those_told(self.kb, query.text, fresh, facts, benefits or list(clause.benefits))
        if one is not None:  # "我们有5个人，每人每年最高能发多少": one's amount; the 5 are kept
            step = self.topic.resolve(clause, benefits, one, info=False, fresh={}, text=query.text)
            told = next(v for k, v in fresh.items() if one.get(k) == 1 and v != 1)
            return _illustrated(step, self.texts.get("each_of_told_note", "").format(count=told), facts)
        step = self.topic.resolve(
            clause,
            benefits,
            facts,
            info=info,
            fresh=fresh,
            maximum=maximum,
            text=query.text,
            individual=individual,
            # "是给谁的" is a rule question, unless a sum is asked too ("每年给多少…是给谁的")
            rule=self._has(query.text, "who_words")
            and not self._has(query.text, "amount_words")
            and not any(fresh.get(s) not in (None, {}, []) for b in clause.benefits for s in b.calculator.slots()),
        )
        step = note_paid_elsewhere(self.kb, clause, step, query.text, individual=individual)
        self._remember_number(step, query.text)
        return step

    def _own_count(self, clause: Clause, fresh: dict[str, Any], text: str) -> bool:
        """A head count of the asker's own among the figures read: one the amount depends on,
        written in the message, and not the rule's threshold ("50人以后每增加25人")."""
        around = self.extractor.around
        paying = [b for b in clause.benefits if b.kind not in ("eligibility", "info")]
        for name in {s for b in paying for s in b.calculator.slots()} & set(fresh):
            slot = self.kb.slots[name]
            value = fresh[name]
            if slot.type not in ("count", "counts"):
                continue
            values = set(value.values()) if isinstance(value, dict) else {value}
            if any(
                n.value in values and not around.is_threshold(text, n, list(slot.units)) for n in find_numbers(text)
            ):
                return True
        return False

    # -- replies ---------------------------------------------------------------------------

    def _remember_number(self, step: Step, text: str) -> None:
        """Keep "20个" from a question whose categories are still to be asked; "这次能拿多少" is
        one (of sessions, of activities) whichever category it turns out to be."""
        topic = step.topic
        if topic and topic.get("asking") and self.kb.slots[topic["asking"]].type == "counts":
            number = self.extractor.count_with_unit(text, topic["asking"])
            if number is None and self._has(text, "this_once_words"):
                number = 1
            if number is None:
                number = self.extractor.groups_with_unit(text, topic["asking"])
            if number is not None:
                topic["number"] = number


def _illustrated(step: Step, note: str, facts: dict[str, Any]) -> Step:
    """``step`` as an example computed on figures other than the facts (one of each, one of those
    told), with ``note`` saying so; the facts stay as the user gave them."""
    text = f"{note}\n{step.reply.text}" if note and step.reply.kind == "answer" else step.reply.text
    return replace(step, reply=replace(step.reply, text=text, illustrative=True), facts=facts)
