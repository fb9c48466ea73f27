"""People the answer did not count, said back: "招了100人，其中30个外地的" is answered for 70,
and the reply says the 30 were left out and why, so the figure is no surprise.

The same readings that took the figures out (the count slots' exclude cues, through
``parts.describes`` for counts and ``categories.excluded_figure`` for level counts) find them again
here; the note goes right under the headline.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from handlers.apart import groups_apart
from handlers.categories import after_group, excluded_figure
from handlers.cues import names_part
from handlers.intents import has_any
from handlers.parts import cue_of, describes, fraction_said
from handlers.reply import Reply, under_headline
from handlers.scan import longest_first, scan_spans
from knowledge.models import KnowledgeBase, Slot
from knowledge.numbers import Number, find_numbers

_POINTER = re.compile(r"[这那][0-9一二两三四五六七八九十]+[个次人名位场]")
""" "这8个呢", "那两次": the part pointed at by its own figure."""


def note_left_out(kb: KnowledgeBase, reply: Reply, text: str) -> Reply:
    """``reply`` with a line naming the figures of ``text`` its count slots left out."""
    if reply.kind != "answer" or not reply.parts:
        return reply
    names = {
        s
        for c, b, _ in reply.parts
        for s in kb.clause(c).benefit(b).calculator.slots()
        if kb.slots[s].type in ("count", "counts") and kb.slots[s].exclude_cues
    }
    found: dict[str, None] = {}
    shares = []
    for name in sorted(names):
        for item in left_out(text, kb.slots[name]):
            found[item] = None
        shares += shares_of(text, kb.slots[name])
    notes = [kb.texts.get("share_out_note" if s.pop("out") else "share_note", "").format(**s) for s in shares]
    for group in _groups_apart(kb, reply, text):
        found[group] = None
    if found:
        notes.append(kb.texts.get("left_out_note", "").format(items="、".join(found)))
    if not notes:
        return reply
    said = under_headline(reply.text, *notes)
    already = reply.eligible is False and reply.amount_yuan == 0  # said so by the follow-up ("另外还有…")
    asked = has_any(text, kb.lexicon.words.get("part_counted_words", ()))
    if asked and names_part(text) and not points_at_part(kb, text):
        # "其中十个是外地户籍的，也算吗": asked of the whole said before, whose sum is now the rest's;
        # not "不过其中一次是市人社局组织的，那次算不算", which asks of that part
        asked = False
    if found and not already and asked and not has_any(text, kb.lexicon.words.get("include_asked_words", ())):
        # "不过其中一次是市人社局组织的，那次算不算": the verdict and amount are that part's (no,
        # 0: CONTRACTS.md pairs false with 0); the text still gives what the rest are paid.
        lead = kb.texts.get("asked_part_not_counted", "")
        return replace(reply, text=f"{lead}\n{said}" if lead else said, eligible=False, amount_yuan=0)
    return replace(reply, text=said)


def points_at_part(kb: KnowledgeBase, text: str) -> bool:
    """The question names the part itself ("那次", "他们", "这8个") as what may count."""
    return has_any(text, kb.lexicon.words.get("part_pointer_words", ())) or _POINTER.search(text) is not None


def _groups_apart(kb: KnowledgeBase, reply: Reply, text: str) -> list[str]:
    """One more group said "no" beside a "yes" (handlers.apart): the phrase, without its 另外."""
    added = tuple(kb.lexicon.words.get("added_group_words", ()))
    if not any(a in text for a in added) and text.count("；") < 2:
        return []
    slots = {
        r.slot for c, b, _ in reply.parts for r in kb.clause(c).benefit(b).requires if kb.slots[r.slot].type == "bool"
    }
    spans = []
    for name in sorted(slots):
        slot = kb.slots[name]
        spans += groups_apart(
            text, scan_spans(text, longest_first([(w, "0") for w in slot.no] + [(w, "1") for w in slot.yes])), added
        )
    phrases = [
        text[a:b].removeprefix(next((w for w in added if text.startswith(w, a)), "")) for a, b in sorted(set(spans))
    ]
    return [re.sub("[a-z]+", lambda m: m.group().upper(), p) for p in phrases]  # read lower-cased: "HR" again


def left_out(text: str, slot: Slot) -> list[str]:
    """ "外地12人", "在职员工8人": each figure in the slot's units that its exclude cues take out."""
    return [f"{_label(cue)}{int(number.value or 0)}{slot.units[0]}" for number, cue in _left_out(text, slot) if cue]


def _label(cue: str) -> str:
    """A cue as the reply says it: the text was lower-cased to be read, so "hr" is "HR" again,
    with a space before the figure ("公司做HR 1人", not "公司做hr1人")."""
    return f"{cue.upper()} " if cue[-1:].isascii() and cue[-1:].isalpha() else cue


def left_out_pairs(text: str, slot: Slot) -> list[tuple[Number, str]]:
    """Each figure the slot's exclude cues take out, with the cue ("离职8个" → 8, 离职)."""
    return _left_out(text, slot)


def left_out_counts(text: str, slot: Slot) -> list[int]:
    """The figures of ``left_out``, for "那20个要是脱贫人口呢" to count back in."""
    return [int(number.value or 0) for number, _ in _left_out(text, slot)]


def left_out_groups(text: str, slot: Slot) -> list[list[Any]]:
    """[category, count] of each group a level count left out ("在职员工6个拿了中级工" → ["中级工",
    6]), for "如果那6个是转业复退军人呢" to count back in as that level."""
    groups: list[list[Any]] = []
    for number, _ in _left_out(text, slot):
        ends = [i for i in (text.find(mark, number.end) for mark in "，,。；;") if i != -1]
        phrase = text[number.end : min(ends, default=len(text))]
        found = [(phrase.find(w), len(w), k) for k, words in slot.values.items() for w in words if w and w in phrase]
        if found:  # the first named; of two at one place (技师 in 高级技师), the longer
            groups.append([min(found, key=lambda f: (f[0], -f[1]))[2], int(number.value or 0)])
    return groups


def _left_out(text: str, slot: Slot) -> list[tuple[Number, str]]:
    units = tuple(sorted(slot.units, key=len, reverse=True))
    numbers = [
        n
        for n in find_numbers(text)
        if n.value is not None
        and n.value == n.value.to_integral_value()
        and (text[n.end :].lstrip().startswith(units) or after_group(text, n, slot.group_words))
    ]
    items = []
    for number in numbers:
        limit = min((n.start for n in numbers if n.start > number.start), default=len(text))
        if slot.type == "counts":
            out = excluded_figure(text, number, slot)
        else:
            out = describes(text[:limit], number, slot, last=limit == len(text)) == "out"
        if out:
            items.append((number, cue_of(text[:limit], number, slot.exclude_cues)))
    return items


def shares_of(text: str, slot: Slot) -> list[dict[str, Any]]:
    """ "200人，其中三成是本区户籍": the whole, the share's words and the count it comes to."""
    if not (slot.include_cues or slot.exclude_cues):
        return []
    units = tuple(sorted(slot.units, key=len, reverse=True))
    for number in find_numbers(text):
        if number.value is not None and text[number.end :].lstrip().startswith(units):
            found = fraction_said(text, slot, number)
            if found:
                unit = slot.units[0]
                return [
                    {
                        "whole": f"{int(number.value)}{unit}",
                        "share": found[0],
                        "count": f"{found[1]}{unit}",
                        "out": found[2],
                    }
                ]
            return []
    return []
