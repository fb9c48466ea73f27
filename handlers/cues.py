"""The cue words of a follow-up that say how its figures relate to what was said before: more
("也", "另外还有"), the same case asked again ("也有吗"), a correction that adds some back.

Pure readings of the message against the lexicon; ``FollowUp`` decides what to do with them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from handlers.intents import has_any
from knowledge.models import Lexicon, Slot
from knowledge.numbers import find_numbers


class Cues:
    """Reads a follow-up's cue words from the lexicon's word lists."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._words = lexicon.words

    def has(self, text: str, key: str) -> bool:
        """One of the words listed under ``key`` is in ``text``."""
        return has_any(text, self._words.get(key, ()))

    def adds(self, text: str) -> bool:
        """The follow-up adds to what was said ("线上也做了3次", "另外还有10人") rather than
        replacing it ("那一等奖呢"); "市级比赛的一等奖呢 也有吗" asks about another case instead."""
        if self.asks_another_case(text):
            return False
        return self.has(text, "also_words") or self.has(text, "total_words") or any(w in text for w in "也还另")

    def adds_benefit(self, text: str) -> bool:
        """ "也是…", "一共多少": the message may bring in another benefit of the clause."""
        return self.has(text, "total_words") or self.has(text, "also_words")

    def some_added(self, text: str) -> bool:
        """ "我说错了，那14个在职员工里有7个其实是外省来的，也拿了高级工，这样总共多少": the
        correction is that some of those left out count after all; they add to the counts."""
        return self.adds(text) and any(m in text for m in PART_MARKERS[1:])

    def asks_another_case(self, text: str) -> bool:
        """ "市级比赛的一等奖呢 也有吗", "专项能力证书的呢 也是20个", "没获奖的参赛选手有没有补贴":
        whether another case pays too, or what it pays for the same figure (也是 = the same), a
        what-if rather than one more."""
        if self.has(text, "also_asked_words"):
            return True
        if self.has(text, "yes_no_words") and not any(w in text for w in "也还另") and not find_numbers(text):
            return True
        return (
            "呢" in text and "也是" in text and not any(w in text for w in "还另") and not self.has(text, "total_words")
        )


def unreadable_figure(slots: Mapping[str, Slot], text: str, slot_name: str) -> bool:
    """A figure in the slot's own unit that cannot be it ("那招了3.5个呢", "两三个"): ask
    again rather than silently answer for the figure given before."""
    units = slots[slot_name].units
    for number in find_numbers(text):
        after = text[number.end : number.end + 3].lstrip()
        if units and after.startswith(units):
            value = number.value
            if value is None or value < 0 or value != value.to_integral_value():
                return True
    return False


def has_figures(text: str) -> bool:
    """Figures of the asker's own: more than one of anything ("每人一年" are a rate's words)."""
    return any(n.value is not None and n.value > 1 for n in find_numbers(text))


def taken_off(fresh: dict[str, Any]) -> bool:
    """A figure read as people to leave out of one given before ("其中20个外地的" reads -20)."""
    return any(isinstance(v, int) and not isinstance(v, bool) and v < 0 for v in fresh.values())


PART_MARKERS = ("其中", "里有", "中有", "里面有", "里面其实有", "里面")
"""Words that make a figure a part of one given before ("其中10个", "这一百个里有20个")."""


def names_part(text: str) -> bool:
    """The message describes a part of a figure given before."""
    return any(marker in text for marker in PART_MARKERS)


def part_said(text: str) -> str:
    """The words from the first part marker on ("这20个里有5个是外地的" → "里有5个是外地的"), or
    the whole text where no part is named."""
    at = min((text.find(m) for m in PART_MARKERS if m in text), default=-1)
    return text if at == -1 else text[at:]


def excluded_group(slots: Mapping[str, Slot], fresh: dict[str, Any], text: str) -> bool:
    """ "另外还有八个是企业送过来的在职员工 也考了高级工": a counted group the slot leaves out
    (its level read with no count, one of the slot's exclude cues beside a figure)."""
    return any(
        slots[name].type == "counts"
        and isinstance(value, dict)
        and value
        and not any(value.values())
        and any(cue in text for cue in slots[name].exclude_cues)
        and has_figures(text)
        for name, value in fresh.items()
    )
