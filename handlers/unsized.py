"""More people of the counted kind, their number not said ("还有几个对口帮扶地区的脱贫人口，也能算
进去吗", "招了40个本区户籍的，另外还有一批从对口帮扶地区来的员工"): they count, and the sum
depends on how many, so the bot asks; the number answered is added to the count said before
("五个" after 75: 80), and "没有" adds none."""

from __future__ import annotations

import re
from typing import Any

from handlers.intents import has_any
from handlers.reply import Reply
from handlers.steps import Step
from knowledge.models import Clause, KnowledgeBase
from knowledge.numbers import find_numbers


def unsized_group(kb: KnowledgeBase, clause: Clause, facts: dict[str, Any], text: str) -> Step | None:
    """An ask for the size of an extra group the clause's head count includes, said after that
    count without a figure of its own; None when the message is anything else."""
    words = kb.lexicon.words
    adding = _after_adding(text, words.get("adding_group_words", ()))
    if adding is None or not has_any(adding, words.get("unsized_words", ())):
        return None
    bare = _strip(adding, words.get("unsized_words", ()))
    if any(n.value is not None for n in find_numbers(bare)):
        return None  # "还有一批，20个": sized after all
    for name in dict.fromkeys(s for b in clause.benefits for s in b.calculator.slots()):
        slot = kb.slots[name]
        said = facts.get(name)
        if slot.type != "count" or not slot.include_cues or not isinstance(said, int) or isinstance(said, bool):
            continue
        if has_any(adding, slot.include_cues) and not has_any(adding, slot.exclude_cues):
            note = kb.texts.get("unsized_ask", "").format(count=said)
            reply = Reply(text=f"{clause.number}{clause.title}：{note}", kind="ask", clauses=(clause.id,))
            topic = {
                "clause": clause.id,
                "benefits": [b.id for b in clause.benefits if name in b.calculator.slots()],
                "asking": name,
                "last": name,
                "adding": said,
            }
            return Step(reply, topic=topic, facts=facts)
    return None


def added(kb: KnowledgeBase, topic: dict[str, Any], text: str, read: int | None) -> dict[str, Any] | None:
    """The head count with the extra group's size, once asked for: the figure read (``read``)
    added to the count said before, or that count alone where the answer is "没有"."""
    base, asking = topic.get("adding"), topic.get("asking")
    if not isinstance(base, int) or not asking:
        return None
    if has_any(text, kb.lexicon.words.get("none_words", ())):
        read = 0  # (before the figure: "一个都没有" is none, not one)
    return None if read is None else {asking: base + read}


def _after_adding(text: str, adding: tuple[str, ...]) -> str | None:
    """The words from the first adding word ("还有", "另外") on, if there is one."""
    if not adding:
        return None
    found = re.search("|".join(re.escape(w) for w in adding), text)
    return text[found.start() :] if found else None


def _strip(text: str, words: tuple[str, ...]) -> str:
    for word in sorted(words, key=len, reverse=True):
        text = text.replace(word, "")
    return text
