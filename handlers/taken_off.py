"""A part taken off a count ("其中三十个是外地的", "还有20个外地的，不是脱贫人口") and counted back
in when pointed at again as one the count takes ("那三十个要是对口帮扶地区的脱贫人口呢")."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from handlers.categories import excluded
from handlers.cues import PART_MARKERS
from handlers.leftout import left_out_counts, left_out_groups, left_out_pairs
from handlers.parts import describes, fraction_said
from handlers.reply import Reply
from handlers.steps import Step
from knowledge.models import KnowledgeBase, Slot
from knowledge.numbers import find_numbers


def restated_off(
    kb: KnowledgeBase, topic: dict[str, Any], fresh: dict[str, Any], text: str, *, more: bool
) -> dict[str, int]:
    """ "离职的是18个", "要是离职的只有3个呢" after "本区户籍90个 其中离职8个": the part left out said
    again with the same words, in place of the one before, unless more are added ("又走了2个").
    Returns the amounts to add to the fresh negatives (the part before, put back) by slot."""
    said = topic.get("off_said")
    if more or not isinstance(said, dict):
        return {}
    back: dict[str, int] = {}
    for name, value in fresh.items():
        before = said.get(name)
        if not (_count(value) and value < 0 and isinstance(before, dict)):
            continue
        cues = [cue for number, cue in left_out_pairs(text, kb.slots[name]) if number.value == -value]
        if len(cues) == 1 and _count(before.get(cues[0])):
            back[name] = int(before[cues[0]])
        elif len(cues) == 1 and len(before) == 1 and _count(next(iter(before.values()))):
            # "其中有二十六个已经离职了", then "如果只走了二十五个呢": the one part, in other words
            # (not people from elsewhere, then leavers: "外地的30个", then "…有20个已经离职了")
            beside = kb.slots[name].beside_cues
            if cues[0] not in beside and next(iter(before)) not in beside:
                back[name] = int(next(iter(before.values())))
    return back


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def keep_taken_off(step: Step, fresh: dict[str, Any], again: dict[str, int] | None = None) -> Step:
    """The step, with the part this message took off a count kept ("其中三十个是外地的"); a part
    said again in place of the one before (``again``, see ``restated_off``) is kept as said."""
    off = {k: [-v] for k, v in fresh.items() if _count(v) and v < 0} | {k: [v] for k, v in (again or {}).items()}
    if not off or not step.topic:
        return step
    return replace(step, topic={**step.topic, "off": off})


def remember_left_out(
    kb: KnowledgeBase, reply: Reply, state: dict[str, Any], text: str, before: Any = None
) -> dict[str, Any]:
    """``state`` with the groups the answer left out of its head counts ("还有20个外地的") kept
    beside those a follow-up took off, for the same "那20个要是…呢"; those kept ``before`` (the
    topic of the turn before) stay while the clause does ("在职员工那6个为啥不算" in between)."""
    topic = state.get("topic")
    if not isinstance(topic, dict):
        return state
    kept = before.get("off") if isinstance(before, dict) and before.get("clause") == topic.get("clause") else None
    if isinstance(kept, dict) and kept and not topic.get("off"):
        topic = {**topic, "off": kept}
        state = {**state, "topic": topic}
    if reply.kind != "answer" or not reply.parts:
        return state
    facts = state.get("facts") or {}
    off: dict[str, list[Any]] = {k: list(v) for k, v in (topic.get("off") or {}).items() if isinstance(v, list)}
    said_before = (
        before.get("off_said") if isinstance(before, dict) and before.get("clause") == topic.get("clause") else None
    )
    said: dict[str, Any] = {**(said_before or {}), **(topic.get("off_said") or {})}
    for clause_id, benefit_id, _ in reply.parts:
        for name in kb.clause(clause_id).benefit(benefit_id).calculator.slots():
            slot = kb.slots[name]
            if slot.type == "count" and slot.exclude_cues and isinstance(facts.get(name), int):
                off.setdefault(name, []).extend(left_out_counts(text, slot))
                pairs = {cue: int(n.value or 0) for n, cue in left_out_pairs(text, slot) if cue}
                if pairs:  # each part by its words, for the same part said again (``restated_off``)
                    said[name] = {**(said.get(name) or {}), **pairs}
                off[name].extend(_share_left_out(text, slot))
            elif slot.type == "counts" and slot.exclude_cues and isinstance(facts.get(name), dict):
                off.setdefault(name, []).extend(left_out_groups(text, slot))
    off = {k: v for k, v in off.items() if v}
    topic = {**topic, "off_said": said} if said else topic
    return {**state, "topic": {**topic, "off": off}} if off else {**state, "topic": topic}


def _share_left_out(text: str, slot: Slot) -> list[int]:
    """ "两百人，一半是本区户籍，另一半是外地的": the hundred a share left out."""
    units = tuple(sorted(slot.units, key=len, reverse=True))
    for number in find_numbers(text):
        if number.value is not None and text[number.end :].lstrip().startswith(units):
            found = fraction_said(text, slot, number)
            if found is not None:
                return [int(number.value) - found[1]] if not found[2] else [found[1]]
    return []


def counted_back(kb: KnowledgeBase, topic: dict[str, Any], facts: dict[str, Any], text: str) -> dict[str, Any]:
    """ "那三十个要是对口帮扶地区的脱贫人口呢" after "其中三十个是外地的": the part taken off,
    pointed back at and described as one the count takes, counted in again."""
    off = topic.get("off")
    if not isinstance(off, dict):
        return {}
    references = tuple(kb.lexicon.words.get("reference_before_chars", ()))
    for name, parts in off.items():
        if name in kb.slots and isinstance(facts.get(name), dict) and isinstance(parts, list):
            back = _group_back(kb.slots[name], facts[name], parts, text, references)
            if back is not None:
                return {name: back}
        if name not in kb.slots or not isinstance(facts.get(name), int) or not isinstance(parts, list):
            continue
        numbers = find_numbers(text)
        for i, number in enumerate(numbers):
            pointed = text[max(0, number.start - 1) : number.start] in references
            if pointed and number.value in parts and describes(text, number, kb.slots[name], last=True) == "in":
                # "那四十个里有十个是对口帮扶地区的脱贫人口呢": only those ten come back
                some = next(iter(numbers[i + 1 :]), None)
                between = text[number.end : some.start] if some is not None else ""
                if (
                    some is not None
                    and any(m in between for m in PART_MARKERS)
                    and 0 < (some.value or 0) < (number.value or 0)
                ):
                    return {name: facts[name] + int(some.value or 0)}
                return {name: facts[name] + int(number.value or 0)}
    return {}


def _group_back(
    slot: Slot, counts: dict[str, Any], groups: list[Any], text: str, references: tuple[str, ...]
) -> dict[str, int] | None:
    """ "如果那6个是转业复退军人呢" after "在职员工6个拿了中级工" was left out: the level counts with
    those six back in at their level; None where no left-out group is pointed at."""
    for number in find_numbers(text):
        pointed = text[max(0, number.start - 1) : number.start] in references
        if not pointed or excluded(text, number, slot.exclude_cues):
            continue
        for group in groups:
            if isinstance(group, list) and len(group) == 2 and group[1] == number.value and group[0] in slot.values:
                level = str(group[0])
                return {**{k: int(v) for k, v in counts.items()}, level: int(counts.get(level, 0)) + int(group[1])}
    return None


def off_a_group(kb: KnowledgeBase, facts: dict[str, Any], fresh: dict[str, Any], text: str) -> dict[str, Any]:
    """ "不过那十八个里有三个已经离职了" after 本区户籍六十个、脱贫人口十八个 (78 in all): the three
    leave the whole, not the eighteen; read alone, the message would make the count 15."""
    references = tuple(kb.lexicon.words.get("reference_before_chars", ()))
    changed = dict(fresh)
    for name, value in fresh.items():
        whole = facts.get(name)
        if kb.slots[name].type != "count" or not isinstance(value, int) or not isinstance(whole, int):
            continue
        for number in find_numbers(text):
            group = int(number.value or 0)
            pointed = text[max(0, number.start - 1) : number.start] in references
            if pointed and value < group < whole:
                changed[name] = whole - (group - value)
                break
    return changed
