"""Facts a follow-up adjusts before they are merged: one trainee's level, a count split half and
half, a condition another body failed, some of a level moved to another, a part described or a
whole corrected with a part named in it. A mixin of ``FollowUp``, kept apart so ``FollowUp.proceed``
stays readable."""

from __future__ import annotations

import re
from typing import Any

from handlers.cues import PART_MARKERS, Cues, names_part, part_said
from handlers.parts import describes
from handlers.scan import category_spans
from handlers.topic import Topic
from knowledge.models import Benefit, KnowledgeBase
from knowledge.numbers import find_numbers


class FactReadings:
    """Adjustments of ``FollowUp``'s facts (which sets these attributes)."""

    kb: KnowledgeBase
    cues: Cues
    topic: Topic

    def _has(self, text: str, key: str) -> bool:
        return self.cues.has(text, key)

    def _half_and_half(
        self, topic: dict[str, Any], facts: dict[str, Any], text: str, asking: str | None
    ) -> dict[str, Any] | None:
        """ "一半一半" (or "诶不对，是八次，还是一半一半") while two kinds are asked: the count said
        now or before, half of it each."""
        if not self._has(text, "half_each_words"):
            return None
        held = [k for k, v in facts.items() if isinstance(v, dict) and k in self.kb.slots]
        name = asking or (held[0] if len(held) == 1 else None)
        if name is None:
            return None
        slot = self.kb.slots[name]
        kinds = list(slot.values)
        if slot.type != "counts" or len(kinds) != 2:
            return None
        said = [n.value for n in find_numbers(text) if n.value is not None and not text.startswith("半", n.end)]
        whole = int(said[0]) if len(said) == 1 else topic.get("number")
        if not isinstance(whole, int) or whole <= 0 or whole % 2:
            return None
        return {name: dict.fromkeys(kinds, whole // 2)}

    def _conditions_left_behind(
        self, current: list[Benefit], benefits: list[Benefit], facts: dict[str, Any], fresh: dict[str, Any]
    ) -> dict[str, Any]:
        """ "有个社区的中心没去备案" then "产业平台的就业创业服务中心…最多多少": a condition failed by
        the organisation paid before is not the next one's (another payee, another body)."""
        before = {b.recipient for b in current if b.payee == "organisation"}
        after = {b.recipient for b in benefits if b.payee == "organisation"}
        if not before or not after or before & after:
            return facts
        kept = {
            k: v for k, v in facts.items() if not (v is False and k not in fresh and self.kb.slots[k].type == "bool")
        }
        if len(kept) != len(facts):
            facts.clear()
            facts.update(kept)
        return facts

    def _one_level(self, topic: dict[str, Any], facts: dict[str, Any], fresh: dict[str, Any]) -> dict[str, Any]:
        """ "高级工" after "我…考出证了，机构能拿多少": that one person at the level named (a level
        with no figure reads as a count of 0; later levels move that one, as for any one category)."""
        if not topic.get("one"):
            return fresh
        for name, value in fresh.items():
            slot = self.kb.slots[name]
            if slot.type != "counts" or not slot.rate_for_one or not isinstance(value, dict):
                continue
            if facts.get(name) is None and list(value.values()) == [0]:
                return {**fresh, name: {next(iter(value)): 1}}
        return fresh

    def _a_few_more(self, facts: dict[str, Any], fresh: dict[str, Any], text: str) -> dict[str, Any]:
        """ "还有几个拿了高级工" after 24 中级工: one more category beside those held, its count
        still to say (not the held 24 moved to 高级工, as a level named alone would)."""
        if not _A_FEW.search(text) or not self._has(text, "more_words"):
            return fresh
        for name, value in fresh.items():
            held = facts.get(name)
            if self.kb.slots[name].type != "counts" or not isinstance(held, dict) or not isinstance(value, dict):
                continue
            if list(value.values()) == [0] and not set(value) & set(held):
                return {**fresh, name: {**held, **value}}
        return fresh

    def _moved_within(self, facts: dict[str, Any], fresh: dict[str, Any], text: str) -> dict[str, Any]:
        """ "中级工那两个里有一个其实是技师": some of one level held move to another; the other
        levels stay (read alone, the message would be 中级工 2 and 技师 1 in place of everything)."""
        for name, value in fresh.items():
            held = facts.get(name)
            slot = self.kb.slots[name]
            if slot.type != "counts" or not isinstance(held, dict) or not isinstance(value, dict):
                continue
            spans = category_spans(slot, text)
            marker = next((text.find(m) for m in PART_MARKERS if m in text), -1)
            before = list(dict.fromkeys(c for start, _, c in spans if start < marker))
            after = list(dict.fromkeys(c for start, _, c in spans if start > marker))
            if marker < 0 or len(before) != 1 or len(after) != 1 or before[0] == after[0]:
                continue
            source, target = before[0], after[0]
            moved = [n for n in find_numbers(text[marker:]) if n.value is not None]
            count = int(moved[0].value or 0) if moved else 0
            if not 0 < count <= int(held.get(source) or 0):
                continue
            counts = {k: int(v) for k, v in held.items() if isinstance(v, int)}
            counts[source] -= count
            counts[target] = counts.get(target, 0) + count
            return {**fresh, name: {k: v for k, v in counts.items() if v}}
        return fresh

    def _described_part(
        self, current: list[Benefit], facts: dict[str, Any], fresh: dict[str, Any], text: str
    ) -> dict[str, Any]:
        """ "这15个里有4个是离校一年半还没工作的，算吗" of an organiser's participants: the words on
        the part (离校, 未就业) are another benefit's facts and describe those four, not a turn to
        that benefit; a part that nothing takes out stays within the whole held (15, not 19)."""
        if not current or not names_part(text):
            return fresh
        fresh = self._whole_restated(facts, fresh, text)
        read = {s for b in current for s in self.topic.benefit_slots(b)}
        held = [k for k in fresh if k in read and isinstance(facts.get(k), int) and self.kb.slots[k].type == "count"]
        if not held or all(k in read for k in fresh):
            return fresh
        kept = {k: v for k, v in fresh.items() if k in read}
        in_part = {int(n.value) for n in find_numbers(part_said(text)) if n.value is not None}
        for name in held:
            whole, said = facts[name], kept[name]
            if isinstance(said, int) and said > 0 and any(0 < n < whole and said in (n, whole + n) for n in in_part):
                kept[name] = whole  # (counted within: "这15个里有4个…", read as 4 or as 15 + 4)
        return kept

    def _whole_restated(self, facts: dict[str, Any], fresh: dict[str, Any], text: str) -> dict[str, Any]:
        """ "不对，是一百五十个，里面二十个是对口帮扶地区的脱贫人口" after a count of those who count:
        a correction of the whole, with a part that counts too named in it; the whole is the count
        (read alone, the part's include words make it twenty)."""
        if not self._has(text, "correction_words") or any(w in text for w in ("只有", "仅有", "只剩")):
            return fresh
        marker = min((i for i in (text.find(m) for m in PART_MARKERS) if i >= 0), default=-1)
        figures = [n for n in find_numbers(text) if n.value is not None]
        wholes = [n for n in figures if n.start < marker]
        parts = [n for n in figures if n.start > marker]
        changed = dict(fresh)
        for name, value in fresh.items():
            slot = self.kb.slots[name]
            if slot.type != "count" or not slot.include_cues or not isinstance(facts.get(name), int):
                continue
            one_part = len(wholes) == 1 and parts and value == int(parts[0].value or 0) < int(wholes[0].value or 0)
            if one_part and describes(text, parts[0], slot, last=True) == "in":
                changed[name] = int(wholes[0].value or 0)
        return changed


# "还有几个…", "另外一些…": more people, how many not said
_A_FEW = re.compile(r"几(?:个|位|名|人)|一些|一部分|部分")
