"""A part taken off a count ("其中三十个是外地的") and counted back in when pointed at again as
one the count takes ("那三十个要是对口帮扶地区的脱贫人口呢")."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from handlers.parts import describes
from handlers.steps import Step
from knowledge.models import KnowledgeBase
from knowledge.numbers import find_numbers


def keep_taken_off(step: Step, fresh: dict[str, Any]) -> Step:
    """The step, with the part this message took off a count kept ("其中三十个是外地的"), so
    that "那三十个要是脱贫人口呢" can count it back in."""
    off = {k: -v for k, v in fresh.items() if isinstance(v, int) and not isinstance(v, bool) and v < 0}
    if not off or not step.topic:
        return step
    return replace(step, topic={**step.topic, "off": off})


def counted_back(kb: KnowledgeBase, topic: dict[str, Any], facts: dict[str, Any], text: str) -> dict[str, Any]:
    """ "那三十个要是对口帮扶地区的脱贫人口呢" after "其中三十个是外地的": the part taken off,
    pointed back at and described as one the count takes, counted in again."""
    off = topic.get("off")
    if not isinstance(off, dict):
        return {}
    references = tuple(kb.lexicon.words.get("reference_before_chars", ()))
    for name, part in off.items():
        if name not in kb.slots or not isinstance(facts.get(name), int):
            continue
        for number in find_numbers(text):
            pointed = text[max(0, number.start - 1) : number.start] in references
            if pointed and number.value == part and describes(text, number, kb.slots[name], last=True) == "in":
                return {name: facts[name] + part}
    return {}
