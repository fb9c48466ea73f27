"""Replies a follow-up gives beside merging figures: the best or least level, people who do not
count, a batch of its own, a rule asked while a figure is awaited, how many more pay more. A
mixin of ``FollowUp``, kept apart so the main path in ``FollowUp.proceed`` stays readable."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from calculators.result import yuan
from handlers.cues import Cues
from handlers.extremes import extreme_level
from handlers.gap import gap_reply, next_step
from handlers.intents import has_any
from handlers.leftout import left_out_pairs
from handlers.reply import under_headline
from handlers.steps import Step
from handlers.topic import Topic
from knowledge.models import Benefit, Clause, KnowledgeBase
from knowledge.numbers import find_numbers


class SideReplies:
    """The side replies of ``FollowUp`` (which sets these attributes)."""

    kb: KnowledgeBase
    topic: Topic
    texts: Mapping[str, str]
    cues: Cues

    def _has(self, text: str, key: str) -> bool:
        return self.cues.has(text, key)

    def _extreme(self, clause: Clause, current: list[Benefit], facts: dict[str, Any], text: str) -> Step | None:
        """ "那最多呢", "最少呢" in a short message after an answer on a level: the best or least
        paying level, where the benefit has levels (a tiered count gets its cap instead)."""
        if not current or len(text) > 12 or find_numbers(text):
            return None
        highest = self._has(text, "maximum_words")
        if not highest and not self._has(text, "minimum_words"):
            return None
        return extreme_level(self.kb, self.topic.steps, clause, current, facts, highest=highest)

    def _left_since(self, fresh: dict[str, Any], text: str) -> bool:
        """People taken off a count whose slot tells those beside it (外地的…) from those of it
        who left (离职, 走了): the message's all of the second kind."""
        for name, value in fresh.items():
            slot = self.kb.slots.get(name)
            if slot is None or not slot.beside_cues or not (isinstance(value, int) and value < 0):
                continue
            cues = [cue for _, cue in left_out_pairs(text, slot)]
            return bool(cues) and all(cue and cue not in slot.beside_cues for cue in cues)
        return False

    def _outside(
        self, clause: Clause, current: list[Benefit], topic: dict[str, Any], facts: dict[str, Any], text: str
    ) -> Step:
        """ "另外还有20个外地户口的…算进去的话一共多少": more people who do not count. The answer
        stays the one for those who do, said to leave them out; asked whether they count
        ("他们算不算"), the verdict on them is no."""
        step = self.topic.resolve(clause, current, facts, info=False, fresh={}, text=text)
        if step.reply.kind != "answer":
            return step
        note = self.texts.get("outside_not_counted", "")
        asked = (
            (self._has(text, "rule_words") or self._has(text, "yes_no_words"))
            and not self._has(text, "total_words")
            and not self._has(text, "include_asked_words")  # "能一起算吗", "也算上": the total stays
        )  # "他们算不算", "那次能补吗"
        # Asked whether they count, the verdict and the amount are theirs (no, 0: CONTRACTS.md pairs
        # false with 0); the text still shows what those who do count are paid.
        reply = replace(step.reply, text=f"{note}\n{step.reply.text}")
        if asked:
            reply = replace(reply, eligible=False, amount_yuan=0)
        return replace(step, reply=reply, topic={**topic, **(step.topic or {})}, facts=facts)

    def _separate_batch(self, text: str, fresh: dict[str, Any], said: dict[str, Any]) -> bool:
        """ "另外还有6个拿了专项能力证书" after other certificates: a batch of its own, paid per
        person by category, whose amount is asked (not asked as a total, and none of its
        categories counted before)."""
        if not self._has(text, "separate_batch_words") or self._has(text, "total_words"):
            return False
        counts = [k for k in fresh if self.kb.slots[k].type == "counts" and isinstance(fresh[k], dict)]
        if len(counts) != 1 or len(fresh) != 1:
            return False
        if not set(self.kb.slots[counts[0]].units) & {"人", "名", "位"}:
            return False  # "另外还有线下的赛事评审三次": more of one person's own times, added in
        before = said.get(counts[0])
        new = fresh[counts[0]]
        return isinstance(before, dict) and any(before.values()) and not set(new) & {k for k, v in before.items() if v}

    def _rule_then_ask(
        self,
        clause: Clause,
        current: list[Benefit],
        topic: dict[str, Any],
        facts: dict[str, Any],
        text: str,
        asking: str,
    ) -> Step:
        """ "最多补几天" while the bot waits for a head count: the rule first, then the same question
        again, so the question is answered and the figure still comes."""
        described = self.topic.resolve(clause, current, facts, info=True, fresh={}, text=text, rule=True)
        # "高技能人才算不算 我们主要是高技能的": the figure to come is that slot's, so ask for it.
        named = [
            s
            for b in current
            for s in b.calculator.slots()
            if s != asking and self.kb.slots[s].cue_required and has_any(text, self.kb.slots[s].cues)
        ]
        if len(set(named)) == 1:
            asking = named[0]
            topic = {**topic, "asking": asking}
        ask = self.kb.slots[asking].ask
        invite = self.texts.get("overview_outro", "")  # the question asked again takes its place
        lines = [line for line in described.reply.text.split("\n") if not invite or line != invite]
        reply = replace(described.reply, text="\n".join([*lines, ask]), kind="ask")
        return Step(reply, topic=topic, facts=facts)

    def _gap(
        self,
        clause: Clause,
        current: list[Benefit],
        topic: dict[str, Any],
        facts: dict[str, Any],
        text: str,
        fresh: dict[str, Any],
    ) -> Step | None:
        """ "还差几个人", "差几个才够" after a count was answered: how many more pay more."""
        name = topic.get("last")
        if fresh or not current or not name or not self._has(text, "gap_words"):
            return None
        slot = self.kb.slots[name]
        if slot.type != "count" or not isinstance(facts.get(name), int):
            return None
        gap = next_step(lambda f: self.topic.amount(current, f), facts, name)
        now = self.topic.amount(current, facts)
        reply = gap_reply(self.texts, clause, slot, facts[name], gap, now)
        return Step(reply, topic=topic, facts=facts)

    def _with_everyone(
        self,
        step: Step,
        clause: Clause,
        benefits: list[Benefit],
        facts: dict[str, Any],
        fresh: dict[str, Any],
        text: str,
    ) -> Step:
        """A batch's own answer with everyone's sum on the line under its headline; the parts
        (what totals across turns add) stay everyone's."""
        everyone = self.topic.resolve(clause, benefits, dict(facts), info=False, fresh=fresh, text=text)
        if everyone.reply.kind != "answer" or everyone.reply.amount_yuan is None or not step.reply.eligible:
            return step
        line = self.texts.get("batch_with_before", "").format(total=yuan(Decimal(everyone.reply.amount_yuan)))
        reply = replace(step.reply, text=under_headline(step.reply.text, line), parts=everyone.reply.parts)
        return replace(step, reply=reply)
