"""A part of the running total dropped: "零工市场那个不算了 重新算一下一共", "领衔人那个不算了
一共多少". The answers the message names by their own words leave the total, and the state, so
a later "一共" does not bring them back; the rest are added up as before."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from handlers.intents import has_any
from handlers.remembered import counted, summed
from handlers.reply import Reply
from handlers.restated import answer_key, named_by_words
from knowledge.models import KnowledgeBase
from knowledge.numbers import find_numbers


def total_without(kb: KnowledgeBase, answered: list[dict[str, Any]], text: str) -> tuple[Reply, set[str]] | None:
    """The total of the answers not named, with the keys of those dropped; None unless the
    message drops some, not all, of two or more answers."""
    words = kb.lexicon.words
    if len(answered) < 2 or len(text) > 40 or not has_any(text, words.get("drop_part_words", ())):
        return None
    if any(n.value is not None for n in find_numbers(text)):
        return None  # "线下那4次…不算了", "专项能力那40个不算了": a part of one answer's count, not it
    kept = counted(answered, what_if=True)
    dropped = named_by_words(kb, kept, text)
    if not dropped or len(dropped) == len({answer_key(a) for a in kept}):
        return None
    rest = [a for a in kept if answer_key(a) not in dropped]
    total = summed(kb, rest)
    note = kb.texts.get("part_dropped", "")
    return (replace(total, text=f"{note}\n{total.text}") if note else total), dropped
