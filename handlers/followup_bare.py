"""A follow-up that gives no new figure or fact for the topic in hand: a question about what was
just answered (its cap, its rule, the amount again, the highest level), or an answer that could
not be read, asked again. A mixin of ``FollowUp``, kept apart so ``proceed`` reads as the path
of a message that does give something."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from handlers.cues import unreadable_figure
from handlers.followup_side import SideReplies
from handlers.followup_switch import Switching
from handlers.intents import out_of_scope
from handlers.reply import Reply
from handlers.routing import Router
from handlers.steps import Step
from knowledge.models import Benefit, Clause

MAX_TRIES = 2
"""Times a question is asked again when the answer cannot be read, before moving on."""


class BareReplies(Switching, SideReplies):
    """The replies of ``FollowUp`` to a message with nothing new in it."""

    router: Router

    def _nothing_new(
        self,
        clause: Clause,
        current: list[Benefit],
        topic: dict[str, Any],
        facts: dict[str, Any],
        text: str,
        target: str | None,
        *,
        follow_up: bool,
    ) -> Step | None:
        """Nothing new said: the answer in hand asked about again, or the question asked again."""
        asking = topic.get("asking")
        unreadable = bool(target and unreadable_figure(self.kb.slots, text, target))
        rule_asked = self._has(text, "rule_words") and not (
            out_of_scope(text, self.kb.lexicon) or self.router.elsewhere(text)
        )
        if not asking and (follow_up or rule_asked) and not unreadable:
            extreme = self._extreme(clause, current, facts, text)
            if extreme is not None:
                return extreme  # "那最多呢" after 省级: 国家级's amount
            capped = None
            if current and self._has(text, "maximum_words"):  # "每年都能评吗，一年封顶多少"
                capped = self.topic.steps.cap(clause, current, facts)
            if capped is not None:
                return capped
            if current and self._has(text, "rule_words") and not self._recompute(text):
                # "是一次性的吗" about what was just answered: its rule, not another benefit
                # (the 次 of 一次性 is not the mentor sessions' 次), with the sum in hand kept.
                ruled = self.topic.resolve(clause, current, facts, info=True, fresh={}, text=text, rule=True)
                return self._with_case(
                    ruled, self.topic.resolve(clause, current, facts, info=False, fresh={}, text=text)
                )
            benefits = self._switch(clause, text, {}, current)
            if self._has(text, "maximum_words"):  # "最多能拿多少" after a figure: the cap
                capped = self.topic.steps.cap(clause, benefits, facts)
                if capped is not None:
                    return capped
            # "能拿多少" right after an answer: the benefits answered, by what was said before
            levels = {k: v for k, v in facts.items() if k in self.kb.slots and self.kb.slots[k].type != "count"}
            return self.topic.resolve(clause, benefits, facts, info=False, fresh=levels, text=text)
        # ("我自己能领吗" while the head count is asked: whether the asker is paid, then the question)
        if (
            asking
            and current
            and not unreadable
            and (self._has(text, "rule_words") or self._has(text, "own_payee_words"))
        ):
            return self._rule_then_ask(clause, current, topic, facts, text, asking)
        again = asking or (target if unreadable else None)
        if not again:
            return None
        tries = int(topic.get("tries", 0)) + 1
        if tries > MAX_TRIES:
            return None
        slot = self.kb.slots[again]
        # "不知道是几级": not knowing is no unreadable answer; where to find it, then the question
        unsure = self._has(text, "doubt_words") and not self._has(text, "rule_words")
        lead = self.texts.get("ask_unsure" if unsure else "ask_again", "")
        reply = Reply(text=f"{lead}{slot.hint}\n{slot.ask}", kind="ask", clauses=(clause.id,))
        return Step(reply, topic={**topic, "asking": again, "tries": tries}, facts=facts)

    def _with_case(self, ruled: Step, case: Step) -> Step:
        """The rule asked about, with the amount the facts in hand give ("这个是每年都有吗" after
        市级's 40,000: the rule, and that sum is still the answer's), not "tell me your case"."""
        if ruled.reply.kind != "answer" or case.reply.kind != "answer" or not case.reply.amount_yuan:
            return ruled
        lead = self.texts.get("case_in_hand", "").format(headline=case.reply.text.split("\n", 1)[0])
        outro = self.texts.get("overview_outro", "")
        body = ruled.reply.text.replace(f"{outro}\n", "") if outro else ruled.reply.text
        reply = replace(
            ruled.reply,
            text=f"{lead}\n{body}" if lead else body,
            amount_yuan=case.reply.amount_yuan,
            eligible=case.reply.eligible,
            parts=case.reply.parts,
        )
        return replace(ruled, reply=reply)
