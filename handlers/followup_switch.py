"""Which benefits of the clause in hand a follow-up is about: the current ones, another the
message names, or both. A mixin of ``FollowUp`` (through ``Reading``, whose judgements on
figures it uses), kept apart because the choice is one question with many small cues."""

from __future__ import annotations

from typing import Any

from handlers.cues import has_figures, names_part
from handlers.followup_reading import Reading
from knowledge.models import Benefit, Clause
from knowledge.numbers import find_numbers


class Switching(Reading):
    """The benefit-choosing part of ``FollowUp``."""

    def _recompute(self, text: str) -> bool:
        """ "怎么算的", "怎么算的 不是四天吗": how the answer in hand was reached, with little else
        said (not "高技能人才那条线是怎么算的", the rule of a track)."""
        words = [w for w in self.kb.lexicon.words.get("recompute_words", ()) if w in text]
        return bool(words) and len(text) - len(max(words, key=len)) <= 6

    def _switch(self, clause: Clause, text: str, fresh: dict[str, Any], current: list[Benefit]) -> list[Benefit]:
        """The benefits a follow-up is about: the current ones unless its own evidence points
        only elsewhere in the clause ("那上岗的人街道还发绩效补贴吗"); "另外…一共" keeps both."""
        # A figure for the benefit in hand keeps it; a yes/no said of everyone (本区户籍) does not.
        slots = self.kb.slots
        owned = {s for b in current for s in b.calculator.slots() if not (slots[s].generic and slots[s].type == "bool")}
        named = self.topic.named(clause, text)
        counts = [n for n in fresh if n in slots and slots[n].type in ("count", "counts")]
        keeps = (
            any(name in owned for name in fresh)
            and not (named and not {b.id for b in named} & {b.id for b in current})
            # "这个月去了4次" during the award: a count only another benefit reads moves to it
            and not (counts and not any(n in owned for n in counts))
        )
        adds = self.cues.adds_benefit(text)
        if names_part(text) and counts and all(n in owned for n in counts) and not adds:
            return current  # "这15个里有4个是离校一年半还没工作的": a part of the count in hand, described
        if (
            keeps
            and not adds
            and len(current) > 1
            and (self._has(text, "correction_words") or self._has(text, "as_stated_words"))
        ):
            return current  # "不对 是4次…" after the studio's grant and its sessions: both still
        if named and not adds and {b.id for b in named} < {b.id for b in current}:
            return [b for b in current if b in named]  # after a rule of several: "绩效补贴一年最多多少"
        # "上岗人员的绩效补贴呢，每人一年最多多少" while the 物业 posts were asked, or with a
        # figure of its own ("街道的绩效补贴，8个人一年最多多少")
        elsewhere = named and not {b.id for b in named} & {b.id for b in current}
        # "认定了的那2个人，街道的绩效补贴一年最多一共发多少": a total over its own people, not
        # one joining it to the benefit in hand (加上, 也, 两项…)
        by_name = any(b.name[i : i + 3] in text for b in named for i in range(len(b.name) - 2)) or any(
            _said_alone(text, t) for b in named for t in b.triggers if len(t) >= 2
        )
        joins = not by_name or self._has(text, "also_words") or self._has(text, "joining_words")
        if (
            elsewhere
            and not (adds and joins)
            and (not has_figures(text) or self._own(named, text) or self._only_sums(text))
        ):
            return named  # "街道给每人一年发4000行伐": a sum proposed is no figure of the one in hand
        # "高技能人才新增70个 另外品牌建设期满评估拿了五星": the benefit in hand's figure and another
        # benefit's own value, each read by one of them only: both are answered
        theirs_alone = [
            b
            for b in clause.benefits
            if b not in current
            and b.kind not in ("eligibility", "info")  # (a pay benefit: 在校 is no amount of its own)
            and any(s in fresh and s not in owned for s in self.topic.specific(b))
            and any(t in text for t in b.triggers)
        ]
        alone = not adds and not names_part(text) and not self._has(text, "increase_words")  # (not "再多培养20个")
        if theirs_alone and counts and all(n in owned for n in counts) and alone:
            return [*current, *theirs_alone]
        if keeps and not adds:
            return current  # "一年呢": a figure for the benefit already under discussion
        if not adds and self._has(text, "increase_words") and any(n in owned for n in counts):
            return current  # "再多5个在校的滨江户籍大学生呢": more of the organiser's participants
        chosen = self.topic.choose(clause, text, fresh)
        if adds and chosen:
            # "另外…一共" keeps both; "我们街道5个人 最多一共发多少" (a figure for the benefit in
            # hand) adds only a benefit the message names by its words, not one its figure fits.
            added = [b for b in chosen if b not in current and (not keeps or any(t in text for t in b.triggers))]
            if added and not keeps and not self._has(text, "total_words"):
                return added  # "另外我们期满评估拿了四星，那块还有奖吗": the new one; "一共" adds up
            return [*current, *added]
        if not chosen:
            return current
        if {b.id for b in chosen} & {b.id for b in current}:
            new = [b for b in chosen if b not in current]
            theirs = {n for b in new for n in b.calculator.slots()}
            if new and counts and not any(n in owned for n in counts) and all(n in theirs for n in counts):
                return new  # the count is the other benefit's alone: it is the one asked about
            return current
        return chosen


def _said_alone(text: str, word: str) -> bool:
    """``word`` in ``text`` not as the tail of a count ("3个人" holds 个人 but names no benefit)."""
    at = text.find(word)
    return at != -1 and not (at > 0 and find_numbers(text[at - 1 : at]))
