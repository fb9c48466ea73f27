"""A message inside an ongoing topic: what it says for that topic and the next step (merge the
figures, switch benefits, ask again). Whether it continues the topic at all is ``continuity``'s.

Kept apart from ``Dialogue`` (which dispatches commands, menus, follow-ups and new questions)
because everything here reads the message against one topic's clause and its current benefits.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from handlers.cues import (
    PART_MARKERS,
    Cues,
    excluded_group,
    has_figures,
    names_part,
    part_said,
    taken_off,
    unreadable_figure,
)
from handlers.extract import Extractor
from handlers.followup_facts import FactReadings
from handlers.followup_reading import Reading, has_benefit
from handlers.followup_side import SideReplies
from handlers.intents import out_of_scope, wants_info
from handlers.merge import merge
from handlers.part_no import part_no_taken_off, part_not_that
from handlers.parts import sub_count, whole_again
from handlers.relative import for_one, other_track_dropped, rate_for_one, relative_value
from handlers.reply import Reply, under_headline
from handlers.routing import Router
from handlers.steps import Step, stated
from handlers.taken_off import counted_back, keep_taken_off, off_a_group
from handlers.target import aimed_again
from handlers.topic import Topic
from handlers.unsized import added, unsized_group
from knowledge.models import Benefit, Clause, KnowledgeBase
from knowledge.numbers import find_numbers
from knowledge.search import Query

MAX_TRIES = 2
"""Times a question is asked again when the answer cannot be read, before moving on."""
_PART_OF = re.compile(r"(其中|(?<![还另])有)[^，,。；;]{1,6}?(是|为)")
"""Some of the figure given before are of a kind ("有两次是线下的", "其中5个是高级工"; not "还有2个
是高级工", which adds two)."""
_THESE_MANY = re.compile(r"[这那][0-9一二两三四五六七八九十百]+[个人名位]")
""""如果这30个考的是高级工呢": the same ones, now of the kind named (moved only when the totals match)."""
_THESE_ONLY = re.compile(r"这(?:个|些|[0-9一二两三四五六七八九十百]+)\S{0,4}?(?:多少|几)|这部分")
"""The amount asked for the ones just added ("这10人补多少", "这个社区给多少", "这部分呢")."""
"""The amount asked for some of those counted, changed ("如果那12个考的是技师，那部分会更高吗")."""


class FollowUp(Reading, SideReplies, FactReadings):
    """Reads messages against the current topic."""

    def __init__(self, kb: KnowledgeBase, topic: Topic, extractor: Extractor, router: Router) -> None:
        self.kb = kb
        self.topic = topic
        self.extractor = extractor
        self.router = router
        self.texts = kb.texts
        self.cues = Cues(kb.lexicon)

    def proceed(
        self,
        topic: dict[str, Any],
        query: Query,
        facts: dict[str, Any],
        fresh: dict[str, Any],
        *,
        follow_up: bool = False,
        dropped: frozenset[str] = frozenset(),
    ) -> Step | None:
        clause = self.kb.clause(topic["clause"])
        asking = topic.get("asking")
        current = [clause.benefit(b) for b in topic.get("benefits", []) if has_benefit(clause, b)]
        fresh = self._described_part(current, facts, fresh, query.text)
        if asking and topic.get("adding") is not None and len(query.text) <= 8:  # the answer alone
            read = self.extractor.bare_number(query.text)
            read = read if read is not None else self.extractor.count_with_unit(query.text, asking)
            grown = added(self.kb, topic, query.text, read)
            if grown is not None:  # "五个" to how many more: added to the count said before
                fresh = grown
        elif not any(self.kb.slots[k].type in ("count", "counts") for k in fresh):
            unsized = unsized_group(self.kb, clause, facts, query.text)
            if unsized is not None:  # "还有几个对口帮扶地区的脱贫人口，也能算进去吗"
                return unsized
        selects = {k for b in clause.benefits for k in b.select}
        asks_who = self._has(query.text, "who_words") and not self._has(query.text, "amount_words")
        if current and fresh and set(fresh) <= selects and asks_who:
            fresh = {}  # "这个钱给街道还是给运营公司": who is paid the benefit in hand, not a turn to 街道's
        taken = part_no_taken_off(self.kb.slots, facts, fresh, query.text, PART_MARKERS)
        taken = part_not_that(self.kb.slots, facts, taken, query.text, PART_MARKERS)
        if taken is not fresh:  # "线上那5次里有1次…不是人社局组织的": those taken off, said so
            gone = frozenset(set(fresh) - set(taken))  # not to be read from the message again
            step = self.proceed(topic, query, facts, taken, follow_up=follow_up, dropped=gone)
            note = self.texts.get("part_said_no", "")
            if step is None or step.reply.kind != "answer" or not note:
                return step
            return replace(step, reply=replace(step.reply, text=under_headline(step.reply.text, note)))
        outside = (
            taken_off(fresh)
            or excluded_group(self.kb.slots, fresh, query.text)
            or self._denied_batch(facts, fresh, query.text, current)
        )
        more = self.cues.adds(query.text) or (taken_off(fresh) and self._has(query.text, "increase_words"))
        if current and outside and more and not names_part(query.text):
            return self._outside(clause, current, topic, facts, query.text)
        if names_part(query.text) and self._has(query.text, "rule_words"):
            # "其中有两次是线上的，也算吗": asked whether a part counts, with nothing that takes it
            # out, it is counted within the whole said before
            # (not "还是按两天算，其实里面有10个是外地户籍的": the days are said before the part)
            in_part = {n.value for n in find_numbers(part_said(query.text)) if n.value is not None}
            fresh = {k: facts[k] if _within_held(v, facts.get(k), in_part) else v for k, v in fresh.items()}
        gap = self._gap(clause, current, topic, facts, query.text, fresh)
        if gap is not None:
            return gap
        aimed = aimed_again(self.kb, self.topic.steps, clause, current, topic, facts, fresh, query.text)
        if aimed is not None:
            return aimed
        fresh = counted_back(self.kb, topic, facts, query.text) or fresh
        fresh = self._one_level(topic, facts, fresh)
        fresh = self._moved_within(facts, fresh, query.text)
        if names_part(query.text):
            fresh = off_a_group(self.kb, facts, fresh, query.text)
        bare = self.extractor.bare_number(query.text)
        if bare is None and asking and fresh.get(asking):
            bare = topic.get("number")  # "培训了20个人" before the category was named
        # (a short message; the figure alone, with no unit after it: not "2019年认定的")
        written = [
            n
            for n in find_numbers(query.text)
            if n.value is not None and query.text[n.end : n.end + 1] in ("", " ", "，", ",", "。")
        ]
        written = written if len(query.text) <= 16 and len(find_numbers(query.text)) == 1 else []
        conditions_only = all(self.kb.slots[k].type == "bool" for k in fresh)
        if asking and self.kb.slots[asking].type == "count" and fresh and conditions_only and len(written) == 1:
            count = self.extractor.figures.valid(self.kb.slots[asking], written[0].value)
            if isinstance(count, int):  # "本区户籍 两百": a condition and the count asked
                fresh = {**fresh, asking: count}
        target = asking or topic.get("last")
        # (a condition may come with it: "那换成灵活就业人员20个呢")
        no_figure = not any(self.kb.slots[k].type in ("count", "counts") for k in fresh)
        if bare is None and target and self.kb.slots[target].type == "counts" and no_figure:
            bare = self.extractor.count_with_unit(query.text, target)  # "我做了八次"
        part = part_said(query.text)  # "这20个里有5个是…": the words from the part on
        if bare is None and target and names_part(query.text):
            bare = self.extractor.count_with_unit(part, target)
        if target and bare is not None and self.kb.slots[target].type in ("count", "counts"):
            checked = self.extractor.figures.valid(self.kb.slots[target], Decimal(bare))
            bare = checked if isinstance(checked, int) else None  # (past the slot's max: no count)
        pending_count = bool(target and bare is not None and self._one_category(facts.get(target)))
        if pending_count and target and no_figure:
            (category,) = facts[target]
            fresh = {**fresh, target: {category: bare}}  # "我做了八次" restates the one category's count
            off = sub_count(part, self.kb.slots[target], list(find_numbers(part)))
            if names_part(query.text) and off is not None and off < 0:
                # "其中有5个是正常上班的": people the clause leaves out, taken off that count
                fresh = {**fresh, target: {category: max(int(facts[target][category]) + off, 0)}}
            elif names_part(query.text) and self._has(query.text, "rule_words") and bare < facts[target][category]:
                # "其中10个是外省来杭的务工人员，算吗": a part nothing takes out, counted within
                fresh = {**fresh, target: {category: int(facts[target][category])}}
        relative = relative_value(self.kb, query.text, fresh, facts, target)
        if relative is not None:
            fresh = relative  # "要是翻一倍呢", "少5个人呢": the figure given before, changed
        if self._has(query.text, "ordinal_words") and any(self.kb.slots[k].type == "enum" for k in fresh):
            # "第一个是省级的" of two communities: that one alone, each answered in its turn
            items = {s for b in current for s in b.calculator.slots() if self.kb.slots[s].type == "count"}
            fresh = {**fresh, **{s: 1 for s in items if isinstance(facts.get(s), int) and s not in fresh}}
            fresh = {k: v for k, v in fresh.items() if self.kb.slots[k].type != "counts"}
        per_one = for_one(self.kb, query.text, fresh, facts, current)
        if per_one is not None:
            # "每个人最多多少" after "15个人": the same benefits for one; the figures stay
            step = self.topic.resolve(clause, current, per_one, info=False, fresh={}, text=query.text)
            return replace(step, reply=replace(step.reply, illustrative=True), facts=facts)
        halves = self._half_and_half(topic, facts, query.text, asking)
        if halves is not None:
            fresh = {**fresh, **halves}  # "一半一半" to "几次线上、几次线下": the count said, split in two
        figures = [k for k in fresh if self.kb.slots[k].type in ("count", "counts")]
        if not figures and not pending_count and asking and self.kb.slots[asking].type == "counts":
            given = bare if bare is not None else self.extractor.count_with_unit(query.text, asking)
            if given is not None:  # "3场" to "几次线上、几次线下": kept, and which kind is asked
                kept = self.texts.get("count_kept", "").format(number=given)
                reply = Reply(text=f"{kept}{self.kb.slots[asking].ask}", kind="ask", clauses=(clause.id,))
                return Step(reply, topic={**topic, "number": given}, facts={**facts, **fresh})
        if not fresh and not pending_count and current and self._has(query.text, "matters_words"):
            # "户口不是滨江的 有影响伐" during （六）: a condition the clause does not set
            step = self.topic.resolve(clause, current, facts, info=False, fresh={}, text=query.text)
            note = self.texts.get("no_such_condition", "")
            return replace(step, reply=replace(step.reply, text=f"{note}\n{step.reply.text}")) if note else step
        if not fresh and not pending_count:
            unreadable = bool(target and unreadable_figure(self.kb.slots, query.text, target))
            rule_asked = self._has(query.text, "rule_words") and not (
                out_of_scope(query.text, self.kb.lexicon) or self.router.elsewhere(query.text)
            )
            if not asking and (follow_up or rule_asked) and not unreadable:
                extreme = self._extreme(clause, current, facts, query.text)
                if extreme is not None:
                    return extreme  # "那最多呢" after 省级: 国家级's amount
                capped = None
                if current and self._has(query.text, "maximum_words"):  # "每年都能评吗，一年封顶多少"
                    capped = self.topic.steps.cap(clause, current, facts)
                if capped is not None:
                    return capped
                if current and self._has(query.text, "rule_words") and not self._recompute(query.text):
                    # "是一次性的吗" about what was just answered: its rule, not another benefit
                    # (the 次 of 一次性 is not the mentor sessions' 次).
                    return self.topic.resolve(clause, current, facts, info=True, fresh={}, text=query.text, rule=True)
                benefits = self._switch(clause, query.text, {}, current)
                if self._has(query.text, "maximum_words"):  # "最多能拿多少" after a figure: the cap
                    capped = self.topic.steps.cap(clause, benefits, facts)
                    if capped is not None:
                        return capped
                # "能拿多少" right after an answer: the benefits answered, by what was said before
                levels = {k: v for k, v in facts.items() if k in self.kb.slots and self.kb.slots[k].type != "count"}
                return self.topic.resolve(clause, benefits, facts, info=False, fresh=levels, text=query.text)
            if asking and current and not unreadable and self._has(query.text, "rule_words"):
                return self._rule_then_ask(clause, current, topic, facts, query.text, asking)
            again = asking or (target if unreadable else None)
            if not again:
                return None
            tries = int(topic.get("tries", 0)) + 1
            if tries > MAX_TRIES:
                return None
            slot = self.kb.slots[again]
            reply = Reply(
                text=f"{self.texts.get('ask_again', '')}{slot.hint}\n{slot.ask}", kind="ask", clauses=(clause.id,)
            )
            return Step(reply, topic={**topic, "asking": again, "tries": tries}, facts=facts)
        if rate_for_one(self.kb, query.text, fresh):
            # "专项能力证书一个人多少" in the middle: the rate, the figures given before stay as they were
            benefits = self._switch(clause, query.text, fresh, current)
            step = self.topic.resolve(clause, benefits, {**facts, **fresh}, info=False, fresh=fresh, text=query.text)
            return replace(step, reply=replace(step.reply, illustrative=True), facts=facts)
        said = dict(facts)
        merged = merge(
            self.kb.slots,
            facts,
            fresh,
            # "我另一个同事是五级": another person's figures replace, they do not add up
            correction=(self._has(query.text, "correction_words") and not self.cues.some_added(query.text))
            or (self._has(query.text, "other_person_words") and not self._has(query.text, "increase_words"))
            or self._restates_all(query.text, fresh),
            increase=relative is None
            and self._has(query.text, "increase_words")
            and not self._has(query.text, "other_year_words")  # "明年再新增80个": next year's own count
            and not self.extractor.states_total(query.text)
            and not self._base_said(query.text, facts, fresh),
            bare=bare,
            also=self._has(query.text, "also_words")
            and not self.cues.asks_another_case(query.text)
            # "如果当时评的是二星，品牌这块还有吗": a level in place of the other, "还有吗" asks if it still pays
            and not (self._has(query.text, "what_if_words") and self._has(query.text, "still_asked_words")),
            accumulate=self.cues.adds(query.text),
            more=self._has(query.text, "more_words"),
            whole=self._has(query.text, "whole_words") or _THESE_MANY.search(query.text) is not None,
            half=self._has(query.text, "half_words"),
            part=_PART_OF.search(query.text) is not None
            or self.extractor.figures.names_group(query.text)
            or ("其中" in query.text and has_figures(query.text)),  # "如果其中十个只拿了专项能力证书呢"
            instead=self.cues.asks_another_case(query.text),
            swap=self._has(query.text, "what_if_words") or "其实" in query.text,
        )
        if "其中" in query.text:  # "其中高技能人才有90人" after the whole was given
            for name in fresh:
                whole = self.kb.slots[name].part_of
                if whole and whole not in fresh and isinstance(merged.get(whole), int):
                    merged[whole] = max(merged[whole] - fresh[name], 0)
        elif (
            self._has(query.text, "what_if_words") and relative is None and not self._has(query.text, "increase_words")
        ):
            # (not "如果技能人才再多十个呢": more of the same, the other track stays)
            merged = other_track_dropped(self.kb.slots, merged, fresh)
        if "其中" not in query.text and relative is None:
            merged = whole_again(self.kb.slots, merged, fresh, query.text)
        facts.clear()
        facts.update(merged)
        benefits = current
        # "上岗人员的绩效补贴呢，每人一年最多多少" while the 物业 posts were asked: another benefit
        # named, with no figure of its own (每人、一年 are its rate's words).
        named_other = [
            b
            for b in self.topic.named(clause, query.text)
            if b not in current
            and (not has_figures(query.text) or self._own([b], query.text) or self._only_sums(query.text))
        ]
        # "要是评上五星呢" after a total of the talent award and the star award: the same total, one
        # figure changed.
        whole_total = (
            len(current) > 1
            and self._has(query.text, "what_if_words")
            and not self._has(query.text, "only_this_words")  # "光算培养奖励…要是两百个呢": that one
            and all(any(stated(said.get(s)) for s in self.topic.specific(b)) for b in current)
        )
        switching = not (asking and (asking in fresh or pending_count)) or self.cues.adds_benefit(query.text)
        if (switching or named_other) and not whole_total:
            benefits = self._switch(clause, query.text, fresh, current)
        if current and benefits and not {b.id for b in benefits} & {b.id for b in current}:
            facts = self._conditions_left_behind(current, benefits, facts, fresh)
        if [b.id for b in benefits] != [b.id for b in current]:
            # Read the message again for the benefits it turned to ("一个岗位" is a post there).
            again = {k: v for k, v in self.topic.extract_for(benefits, query.text).items() if k not in dropped}
            facts.update(merge(self.kb.slots, facts, again, correction=False, increase=False, bare=None))
            fresh = {**fresh, **again}
        if len(benefits) > 1 and not self._has(query.text, "total_words"):
            # "要是认定了 150个能拿多少" after the clause's rule was described: the benefit the
            # figures are for, not also one with no figure said yet (the stars)
            figured = [
                b
                for b in benefits
                if self.topic.own_figure(b, fresh) or any(stated(said.get(s)) for s in self.topic.specific(b))
            ]
            benefits = figured if figured else benefits
        batch = self._separate_batch(query.text, fresh, said)
        if (
            (self.cues.adds(query.text) and _THESE_ONLY.search(query.text))
            or self._has(query.text, "that_part_words")
            or batch
        ):
            # "另外还有10人取得初级工，这10人补多少": the answer is theirs; the facts keep everyone.
            # (a level named with no figure, "还拿了一等奖，这个奖多少", is one, as it is anywhere)
            theirs = merge(self.kb.slots, {}, fresh, correction=False, increase=False, bare=None)
            step = self.topic.resolve(clause, benefits, {**said, **theirs}, info=False, fresh=fresh, text=query.text)
            if batch:  # "另外还有6个拿了专项能力证书": theirs, and everyone's sum beside it
                step = self._with_everyone(step, clause, benefits, facts, fresh, query.text)
            return replace(step, facts=dict(facts))
        # "物业公司承接的公益岗呢 区里怎么配套": another benefit's rule asked, with no figure for it.
        counted = any(self.kb.slots[k].type in ("count", "counts", "money") for k in fresh)
        rule = wants_info(query.text, self.kb.lexicon) and not counted
        if rule and not asking and self._recompute(query.text) and benefits == current:
            rule = False  # "怎么算的" after an answer: that answer's computation shown again
        if rule and asking and asking not in fresh and [b.id for b in benefits] == [b.id for b in current]:
            return self._rule_then_ask(clause, current, topic, facts, query.text, asking)  # "脱贫人口也算进去吗"
        step = self.topic.resolve(clause, benefits, facts, info=rule, fresh=fresh, text=query.text)
        return keep_taken_off(step, fresh)

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

    @staticmethod
    def _one_category(counts: Any) -> bool:
        return isinstance(counts, dict) and len(counts) == 1


def _said_alone(text: str, word: str) -> bool:
    """``word`` in ``text`` not as the tail of a count ("3个人" holds 个人 but names no benefit)."""
    at = text.find(word)
    return at != -1 and not (at > 0 and find_numbers(text[at - 1 : at]))


def _within_held(said: Any, held: Any, in_part: set[Any]) -> bool:
    """The figure of a part asked about ("其中10个是外省来杭的务工人员，算吗") is inside the one
    held: a count below it, or one level's count below that level's (50 初级工, ten of them)."""
    if isinstance(said, int) and isinstance(held, int):
        return 0 < said < held and said in in_part
    if isinstance(said, dict) and isinstance(held, dict) and len(said) == 1:
        ((level, count),) = said.items()
        return isinstance(count, int) and 0 < count < int(held.get(level) or 0) and count in in_part
    return False
