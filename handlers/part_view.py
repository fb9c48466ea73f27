"""One part of the sum just answered, asked about alone: "技师那个是多少来着" after a technician and
a senior worker were added up, "线下那部分呢" after online and offline sessions.

The answer is that part computed on its own, with a line saying it is a part; the facts stay as
they were, so "那一共呢" or "要是线下再多两次呢" next is still about the whole. The same reading
answers one person of two told in one message ("那我自己能拿多少", with ``handlers.owners``), what
one of a category pays ("线上的话多少一次"), and a part asked in the last phrase of the message that
told the sum ("…问下那个技师的能补多少", ``focus``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from handlers.intents import has_any
from handlers.owners import ASKER, asked_person
from handlers.reply import Reply
from handlers.scan import category_spans
from handlers.topic import Topic
from knowledge.models import KnowledgeBase, Slot
from knowledge.numbers import find_numbers


def named_categories(slot: Slot, text: str) -> list[str]:
    """The slot's categories named in ``text``, in order, once each."""
    return list(dict.fromkeys(name for _, _, name in category_spans(slot, text)))


_PHRASES = re.compile(r"[,，。;；!！?？]")


class PartView:
    """Answers a question about one category of a sum in hand, or says it is not one."""

    def __init__(self, kb: KnowledgeBase, topic: Topic) -> None:
        self.kb = kb
        self.topic = topic
        words = kb.lexicon.words
        self._ask = tuple(words.get("part_ask_words", ()))
        self._per_one = tuple(words.get("rate_of_one_words", ()))
        self._focus = tuple(words.get("part_focus_words", ()))
        self._totals = tuple(words.get("total_words", ()))
        self._not = tuple(
            w
            for key in ("part_not_words", "what_if_words", "correction_words", "total_words", "why_words")
            for w in words.get(key, ())
        )

    def reply(self, state: dict[str, Any], text: str) -> Reply | None:
        """The part's own answer, when ``text`` is short, gives no figure, and names exactly one
        of two or more categories the facts in hand count, or one of the people they belong to
        (and no change to them)."""
        topic = state.get("topic")
        facts = state.get("facts")
        if not isinstance(topic, dict) or topic.get("asking") or not isinstance(facts, dict) or len(text) > 16:
            return None
        if topic.get("clause") not in self.kb.ids or not has_any(text, self._ask) or has_any(text, self._not):
            return None
        held = state.get("owners")
        if isinstance(held, dict) and held:
            who = asked_person(self.kb, text, held)
            if who is not None:
                return self._person(topic["clause"], facts, held, who, text)
        clause = self.kb.clause(topic["clause"])
        for benefit in clause.benefits:  # (not only the topic's: "先进个人那块" may have narrowed it)
            for name in benefit.calculator.slots():
                slot = self.kb.slots.get(name)
                counts = facts.get(name)
                if slot is None or slot.type != "counts" or not isinstance(counts, dict):
                    continue
                held_now = [k for k, v in counts.items() if isinstance(v, int) and v > 0]
                named = named_categories(slot, text)
                # "线上的话多少一次": what one of a category pays, held or not
                per_one = len(named) == 1 and has_any(text, self._per_one)
                if not per_one and (len(held_now) < 2 or len(named) != 1 or named[0] not in held_now):
                    continue
                rest = text
                for word in (*slot.values[named[0]], *self._per_one):  # (not the 一 of "一次多少")
                    rest = rest.replace(word, "")
                if any(n.value is not None for n in find_numbers(rest)):
                    return None  # "技师那个有三个人": a figure, not a part asked about
                part = {**facts, name: {named[0]: 1 if per_one else counts[named[0]]}}
                if per_one:
                    unit = (slot.units or ("",))[0]
                    return self._answer(clause.id, benefit.id, part, f"{named[0]}1{unit}", text, "per_one_note")
                return self._answer(clause.id, benefit.id, part, named[0], text)
        return None

    def focus(self, text: str) -> str | None:
        """The last phrase of a message that tells of a sum and asks about one part of it
        ("…一个技师，一个初级工，问下那个技师的能补多少", "…我徒弟拿了三等奖，我自己能拿多少")."""
        tail = _PHRASES.split(text.rstrip(" ,，。.?？!！"))[-1]
        if tail == text or not has_any(tail, self._focus) or has_any(tail, self._totals):
            return None
        return tail

    def _person(self, clause_id: str, facts: dict[str, Any], held: dict[str, Any], who: str, text: str) -> Reply | None:
        """One person's part, where the owners kept still add up to the facts in hand."""
        if any(n.value is not None for n in find_numbers(text)):
            return None
        theirs = held.get(who)
        if not isinstance(theirs, dict) or not theirs:
            return None
        for name in theirs:
            tally: dict[str, int] = {}
            for other in held.values():
                if isinstance(other, dict) and isinstance(other.get(name), str):
                    tally[other[name]] = tally.get(other[name], 0) + 1
            if facts.get(name) != tally:
                return None  # the counts moved on since the people were told apart
        part = {**facts, **{name: {category: 1} for name, category in theirs.items()}}
        clause = self.kb.clause(clause_id)
        label = self.kb.texts.get("asker_label", "您本人") if who == ASKER else who
        for benefit in clause.benefits:
            if set(theirs) & set(benefit.calculator.slots()):
                categories = "、".join(theirs.values())
                return self._answer(clause_id, benefit.id, part, f"{label}（{categories}）", text)
        return None

    def _answer(
        self, clause_id: str, benefit_id: str, facts: dict[str, Any], part: str, text: str, note: str = "part_note"
    ) -> Reply | None:
        clause = self.kb.clause(clause_id)
        benefit = next(b for b in clause.benefits if b.id == benefit_id)
        step = self.topic.resolve(clause, [benefit], dict(facts), info=False, fresh={}, text=text)
        if step.reply.kind != "answer":
            return None
        said = self.kb.texts.get(note, "").format(part=part)
        return replace(step.reply, text=f"{said}\n{step.reply.text}" if said else step.reply.text)
