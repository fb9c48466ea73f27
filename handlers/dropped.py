"""Parts of the running total: one dropped ("零工市场那个不算了 重新算一下一共": the answers the
message names by their own words leave the total, and the state, so a later "一共" does not bring
them back) or asked alone ("导师那部分单独多少", "只算试点单位那两块呢": those answers' sum, the
others kept for the next total)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from handlers.intents import has_any
from handlers.remembered import counted, summed
from handlers.reply import Reply
from handlers.restated import answer_key, named_by_words
from knowledge.models import Clause, KnowledgeBase
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


def part_alone(kb: KnowledgeBase, answered: list[dict[str, Any]], text: str) -> tuple[Reply, int] | None:
    """The sum of the answers the message names and asks alone, and how many they are; None
    unless it names some, not all, of two or more answers, with a word that sets them apart (单独,
    只算), a pointer at a block (那块, 那部分) and no figure."""
    words = kb.lexicon.words
    if len(answered) < 2 or len(text) > 24 or not has_any(text, words.get("alone_words", ())):
        return None
    if not has_any(text, words.get("block_pointer_words", ())):
        return None  # (not "那一次单独能补吗", "三星的奖励单独是多少": a part of a count, a new matter)
    if any(n.value is not None and n.value > 2 for n in find_numbers(text)):
        return None  # a new figure, not a part pointed at ("那两块" is)
    kept = counted(answered, what_if=True)
    chosen = named_by_words(kb, kept, text)
    if not chosen:  # "只算试点单位那两块": the answers of a clause named by its own keyword
        chosen = {answer_key(a) for a in kept if any(w in text for c in _clauses(kb, a) for w in c.strong)}
    if not chosen or len(chosen) == len({answer_key(a) for a in kept}):
        return None
    return summed(kb, [a for a in kept if answer_key(a) in chosen]), len(chosen)


def _clauses(kb: KnowledgeBase, entry: dict[str, Any]) -> list[Clause]:
    return [c for c in kb.clauses if c.id in (entry.get("key") or [[]])[0]]
