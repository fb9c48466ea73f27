"""Whose level or prize each is, where one message tells of the asker and of another person
("我拿了技师证，我同事拿了高级工"): each category word belongs to the person named last before
it. Kept with the facts so "那我同事能拿多少" can be answered for that person alone.
"""

from __future__ import annotations

from typing import Any

from handlers.people import named_people
from handlers.scan import all_at as _all
from handlers.scan import category_spans
from knowledge.models import KnowledgeBase

ASKER = "我"


def _bare(name: str) -> str:
    """ "我徒弟" and "徒弟" are the same person."""
    return name[1:] if name.startswith(ASKER) and len(name) > 1 else name


def _mentions(kb: KnowledgeBase, text: str) -> list[tuple[int, str]]:
    """Where each person is spoken of, in order: the named ones, and the asker's own 我 (not 我们,
    not the 我 of "我同事")."""
    names = named_people(kb, text)
    spans = [(at, at + len(name), _bare(name)) for name in names for at in _all(text, name)]
    found = [(at, who) for at, _, who in spans]
    for at in _all(text, ASKER):
        inside = any(a <= at < b for a, b, _ in spans)
        if not inside and not text.startswith("我们", at) and not any(text.startswith(n, at + 1) for n in names):
            found.append((at, ASKER))
    if not names:  # "我一等奖 他三等奖": the other one by a pronoun, where nobody is named
        found += [(at, p) for p in ("他", "她") for at in _all(text, p) if not text.startswith(p + "们", at)]
    return sorted(found)


def owners(kb: KnowledgeBase, text: str, facts: dict[str, Any]) -> dict[str, dict[str, str]]:
    """{person: {slot: category}} for a counts slot whose every counted one is one person's
    single category, as the message tells them; empty when it does not tell it that plainly."""
    several = {
        name: {k: v for k, v in counts.items() if isinstance(v, int) and v > 0}
        for name, counts in facts.items()
        if name in kb.slots and kb.slots[name].type == "counts" and isinstance(counts, dict)
    }
    several = {name: held for name, held in several.items() if len(held) >= 2}
    if not several:
        return {}  # (the common case, decided before the people are looked for: this runs on every message)
    mentions = _mentions(kb, text)
    if len({who for _, who in mentions}) < 2:
        return {}
    found: dict[str, dict[str, str]] = {}
    for name, held in several.items():
        slot = kb.slots[name]
        mine: dict[str, list[str]] = {}
        for at, _, category in category_spans(slot, text):
            before = [who for where, who in mentions if where < at]
            if before:
                mine.setdefault(before[-1], []).append(category)
        tally: dict[str, int] = {}
        for categories in mine.values():
            for category in set(categories):
                tally[category] = tally.get(category, 0) + 1
        if len(mine) >= 2 and all(len(set(c)) == 1 for c in mine.values()) and tally == held:
            for who, categories in mine.items():
                found.setdefault(who, {})[name] = categories[0]
    return found


def asked_person(kb: KnowledgeBase, text: str, held: dict[str, dict[str, str]]) -> str | None:
    """Which one of ``held`` a short message asks about: a person it names, the asker ("我自己",
    "那我呢"), or the only other one by a pronoun ("他的呢")."""
    named = [_bare(n) for n in named_people(kb, text)]
    known = [n for n in named if n in held]
    if named:
        return known[0] if len(known) == 1 and len(named) == 1 else None
    if any(w in text for w in ("我们", "俩", "两个")):
        return None
    if ASKER in text:
        return ASKER if ASKER in held else None
    others = [n for n in held if n != ASKER]
    if len(others) == 1 and any(p in text for p in ("他", "她", "人家", "对方")):
        return others[0]
    return None
