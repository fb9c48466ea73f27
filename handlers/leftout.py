"""People the answer did not count, said back: "招了100人，其中30个外地的" is answered for 70,
and the reply says the 30 were left out and why, so the figure is no surprise.

The same readings that took the figures out (the count slots' exclude cues, through
``parts.describes`` for counts and ``categories.excluded`` for level counts) find them again
here; the note goes right under the headline.
"""

from __future__ import annotations

from dataclasses import replace

from handlers.categories import excluded
from handlers.parts import cue_of, describes
from handlers.reply import Reply
from knowledge.models import KnowledgeBase, Slot
from knowledge.numbers import find_numbers


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
    for name in sorted(names):
        for item in left_out(text, kb.slots[name]):
            found[item] = None
    if not found:
        return reply
    note = kb.texts.get("left_out_note", "").format(items="、".join(found))
    head, _, rest = reply.text.partition("\n")
    return replace(reply, text="\n".join(line for line in (head, note, rest) if line))


def left_out(text: str, slot: Slot) -> list[str]:
    """ "外地12人", "在职员工8人": each figure in the slot's units that its exclude cues take out."""
    units = tuple(sorted(slot.units, key=len, reverse=True))
    numbers = [
        n
        for n in find_numbers(text)
        if n.value is not None and n.value == n.value.to_integral_value() and text[n.end :].lstrip().startswith(units)
    ]
    items = []
    for number in numbers:
        limit = min((n.start for n in numbers if n.start > number.start), default=len(text))
        if slot.type == "counts":
            out = excluded(text, number, slot.exclude_cues)
        else:
            out = describes(text[:limit], number, slot, last=limit == len(text)) == "out"
        cue = cue_of(text[:limit], number, slot.exclude_cues) if out else ""
        if cue:
            items.append(f"{cue}{int(number.value or 0)}{slot.units[0]}")
    return items
