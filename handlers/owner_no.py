"""A condition said to fail for one holder of a batch told by person ("小王…高级工 小李…中级工
我自己…初级工", then "其实小李是在余杭区的街道上班 那她能拿吗").

The answer for that holder is no; the batch goes on without them, with the condition as it was for
the others, so "那我们滨江这边两个人一共多少" next is the two who still qualify, not nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from handlers.intents import has_any
from handlers.owners import ASKER, asked_person
from handlers.reply import Reply
from handlers.scan import category_spans, negated
from knowledge.models import KnowledgeBase


def one_owner_refused(
    kb: KnowledgeBase, state: dict[str, Any], new_state: dict[str, Any], reply: Reply, text: str
) -> tuple[Reply, dict[str, Any]] | None:
    """The reply with a line saying whose it is, and the state of the batch without that holder;
    None where the message does not refuse one known holder on a fact of their own."""
    held = state.get("owners")
    if not isinstance(held, dict) or len(held) < 2 or reply.kind != "answer" or reply.eligible is not False:
        return None
    who = asked_person(kb, text, held)
    if who is None or not isinstance(held.get(who), dict):
        return None
    before = state.get("facts") or {}
    after = new_state.get("facts") or {}
    turned = [k for k, v in after.items() if k in kb.slots and k not in held[who] and v != before.get(k)]
    if not turned or any(kb.slots[k].type not in ("bool", "enum") for k in turned):
        return None
    group = {k: v for k, v in after.items() if k not in turned}
    group.update({k: before[k] for k in turned if k in before})
    for slot, category in held[who].items():
        counts = dict(group.get(slot) or {})
        if counts.get(category, 0) < 1:
            return None
        counts[category] -= 1
        group[slot] = {k: v for k, v in counts.items() if v}
    label = kb.texts.get("asker_label", who) if who == ASKER else who
    categories = "、".join(str(c) for c in held[who].values())
    note = kb.texts.get("one_owner_refused", "").format(who=label, category=categories)
    kept = {k: v for k, v in new_state.items() if k not in ("person", "own_facts")}
    kept["facts"] = group
    kept["owners"] = {p: c for p, c in held.items() if p != who}
    return replace(reply, text=f"{note}\n{reply.text}" if note else reply.text), kept


def one_owner_moved(kb: KnowledgeBase, state: dict[str, Any], text: str) -> dict[str, Any] | None:
    """ "小李其实是技师" after "小王…高级工 小李…中级工 小张…初级工": one holder's level corrected,
    so one of theirs moves to the level named and the others keep theirs (技师 1, not 技师 3); "小张
    同时还有…中级工证书": a second certificate, which moves theirs only if higher. The state with
    those counts and owners, or None where the message is not that."""
    held = state.get("owners")
    facts = state.get("facts")
    if not isinstance(held, dict) or len(held) < 2 or not isinstance(facts, dict):
        return None
    # A correction moves the level; one more certificate of one holder ("小张同时还有…中级工证书")
    # counts once, at the higher level (从优、从高、不重复): only a higher one moves it.
    words = kb.lexicon.words
    more = has_any(text, words.get("more_words", ())) or "同时" in text
    if not more and not has_any(text, words.get("correction_words", ())):
        return None
    who = asked_person(kb, text, held)
    if who is None or not isinstance(held.get(who), dict):
        return None
    moved_facts, moved_owner = dict(facts), dict(held[who])
    kept = False  # a lower second certificate: the batch stands as it was
    for slot, category in held[who].items():
        # (not the level denied beside it: "我表哥是三等奖 不是一等奖")
        spans = category_spans(kb.slots[slot], text) if slot in kb.slots else []
        named = {c for start, _, c in spans if not negated(text, start)}
        counts = facts.get(slot)
        if len(named) != 1 or category in named or not isinstance(counts, dict) or counts.get(category, 0) < 1:
            continue
        (level,) = named
        if more and _rate(kb, slot, level) <= _rate(kb, slot, category):
            kept = True  # "小王另外还有一个…高级工的证" beside his 技师: the higher one stands
            continue
        after = {**counts, category: counts[category] - 1, level: counts.get(level, 0) + 1}
        moved_facts[slot] = {k: v for k, v in after.items() if v}
        moved_owner[slot] = level
    if moved_facts == facts:
        return state if kept else None
    return {**state, "facts": moved_facts, "owners": {**held, who: moved_owner}}


def _rate(kb: KnowledgeBase, slot: str, category: str) -> Decimal:
    """What one of ``category`` is paid under the rate table counting ``slot`` (0 where none)."""
    for clause in kb.clauses:
        for benefit in clause.benefits:
            rates = getattr(benefit.calculator, "rates", None)
            if getattr(benefit.calculator, "slot", None) == slot and isinstance(rates, Mapping):
                return Decimal(rates.get(category, 0))
    return Decimal(0)
