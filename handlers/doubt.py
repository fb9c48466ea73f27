"""A condition the asker puts in doubt ("不确定我现在的工作算不算区内公共就业服务"): it is asked,
not assumed met, so the answer that follows ("没有", "是的") decides the amount; unless the
message itself asks what it would be if the condition held ("要是算的话能拿多少").

Only conditions the chosen benefits require are read, and only where a word that says the
condition holds stands in the same phrase as a doubt word (lexicon ``doubt_words``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from handlers.intents import has_any
from handlers.reply import Reply
from handlers.steps import Step
from knowledge.models import Benefit, Clause, KnowledgeBase

_MARKS = "，,。；;！!？? "


def doubted(kb: KnowledgeBase, benefits: list[Benefit], text: str, said_no: Iterable[str] = ()) -> str | None:
    """The bool slot required by ``benefits`` whose yes word the message puts in doubt, if one;
    not one the message ``said_no`` to elsewhere ("当时不知道需要备案，活动前没有去备案")."""
    doubt = kb.lexicon.words.get("doubt_words", ())
    if not doubt or not has_any(text, doubt):
        return None
    if has_any(text, kb.lexicon.words.get("hypothetical_words", ())):
        return None  # "不确定有没有备过案…如果能补的话是多少": the amount if it holds is asked
    for phrase in _phrases(text):
        if not has_any(phrase, doubt):
            continue
        for name in dict.fromkeys(r.slot for b in benefits for r in b.requires):
            slot = kb.slots.get(name)
            if slot is not None and slot.type == "bool" and has_any(phrase, slot.yes) and name not in said_no:
                return name
    return None


def ask_doubted(kb: KnowledgeBase, clause: Clause, benefits: list[Benefit], facts: dict[str, Any], name: str) -> Step:
    """Ask the doubted condition, the facts said so far kept for the answer."""
    slot = kb.slots[name]
    note = kb.texts.get("doubt_ask", "")
    reply = Reply(
        text=f"{clause.number}{clause.title}：{note}{slot.ask}",
        kind="ask",
        clauses=(clause.id,),
        benefits=tuple(b.id for b in benefits),
    )
    topic = {"clause": clause.id, "benefits": [b.id for b in benefits], "asking": name, "last": None}
    return Step(reply, topic=topic, facts={k: v for k, v in facts.items() if k != name})


def _phrases(text: str) -> list[str]:
    phrases, start = [], 0
    for at, char in enumerate(text):
        if char in _MARKS:
            phrases.append(text[start:at])
            start = at + 1
    return [*phrases, text[start:]]
