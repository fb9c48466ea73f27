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
)
from handlers.extract import Extractor
from handlers.followup_bare import BareReplies
from handlers.followup_facts import FactReadings
from handlers.followup_reading import has_benefit
from handlers.intents import wants_info
from handlers.merge import merge, said_before_adding
from handlers.part_no import part_no_taken_off, part_not_that
from handlers.parts import sub_count, whole_again
from handlers.relative import for_one, other_track_dropped, rate_for_one, relative_value
from handlers.reply import Reply, under_headline
from handlers.routing import Router
from handlers.steps import Step, stated
from handlers.taken_off import counted_back, keep_taken_off, off_a_group, restated_off
from handlers.target import aimed_again
from handlers.topic import Topic
from handlers.unsized import added, unsized_group
from knowledge.models import KnowledgeBase
from knowledge.numbers import find_numbers
from knowledge.search import Query

_PART_OF = re.compile(r"(其中|(?<![还另])有)[^，,。；;]{1,6}?(是|为)")
"""Some of the figure given before are of a kind ("有两次是线下的", "其中5个是高级工"; not "还有2个
是高级工", which adds two)."""
_ONE_OF = re.compile(r"其中[一二两三四五六七八九十0-9]+[个张位名]")
_THESE_MANY = re.compile(r"[这那][0-9一二两三四五六七八九十百]+[个人名位]")
""""如果这30个考的是高级工呢": the same ones, now of the kind named (moved only when the totals match)."""
_MISSED = re.compile(
    r"(?:漏算|漏统计|漏|少算)了?[0-9一二两三四五六七八九十]+(?:个人|个|人|名|位|次|人次)(?![部车班组门单])"
)
"""More left out of the count before ("漏算了三个 也是本区户籍的"): added (not "漏了一个车间 应该是162")."""
_ONE_MORE_ASKED = re.compile(r"还有(?:个|一个|一位|一名).{0,12}?(?:有|能拿|能领|给).{0,3}?(?:奖金|奖励|钱|补贴)吗")
"""Whether one more, just added, is paid ("还有个优秀奖的 有奖金吗"): their answer, the others kept."""
_THESE_ONLY = re.compile(r"这(?:个(?![月季星礼])|些|[0-9一二两三四五六七八九十百]+)\S{0,4}?(?:多少|几)|这部分")
"""The amount asked for the ones just added ("这10人补多少", "这个社区给多少", "这部分呢"; not "这个月
一共多少", a period)."""


class FollowUp(BareReplies, FactReadings):
    """Reads messages against the current topic."""

    def __init__(self, kb: KnowledgeBase, topic: Topic, extractor: Extractor, router: Router) -> None:
        self.kb = kb
        self.topic = topic
        self.extractor = extractor
        self.router = router
        self.texts = kb.texts
        self.cues = Cues(kb.lexicon)
        self._increase = tuple(kb.lexicon.words.get("increase_words", ()))
        self._added = tuple(kb.lexicon.words.get("added_group_words", ()))

    def proceed(
        self,
        topic: dict[str, Any],
        query: Query,
        facts: dict[str, Any],
        fresh: dict[str, Any],
        *,
        follow_up: bool = False,
        dropped: frozenset[str] | None = None,
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
        # (``dropped`` is set once the parts were taken off: the message is not read for them again)
        taken = part_no_taken_off(self.kb.slots, facts, fresh, query.text, PART_MARKERS, first=dropped is None)
        taken = part_not_that(self.kb.slots, facts, taken, query.text, PART_MARKERS)
        if taken is not fresh:  # "线上那5次里有1次…不是人社局组织的": those taken off, said so
            gone = frozenset(set(fresh) - set(taken))  # not to be read from the message again
            # (the counts taken off are whole: "高级工那5个是…" leaves no 高级工 to merge back)
            held = {k: v for k, v in taken.items() if isinstance(v, dict) and self.kb.slots[k].type == "counts"}
            step = self.proceed(topic, query, {**facts, **held}, taken, follow_up=follow_up, dropped=gone)
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
        # (not "又走了3个": more of those counted left, taken off them, not a batch beside them)
        if current and outside and more and not names_part(query.text) and not self._left_since(fresh, query.text):
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
        few = self._a_few_more(facts, fresh, query.text)
        a_few, fresh = few is not fresh, few  # (the held counts restated: nothing adds to them)
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
            off = sub_count(part, self.kb.slots[target], list(find_numbers(part)), self._added)
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
            return self._nothing_new(clause, current, topic, facts, query.text, target, follow_up=follow_up)
        if rate_for_one(self.kb, query.text, fresh):
            # "专项能力证书一个人多少" in the middle: the rate, the figures given before stay as they were
            benefits = self._switch(clause, query.text, fresh, current)
            step = self.topic.resolve(clause, benefits, {**facts, **fresh}, info=False, fresh=fresh, text=query.text)
            return replace(step, reply=replace(step.reply, illustrative=True), facts=facts)
        back = restated_off(self.kb, topic, fresh, query.text, more=self._has(query.text, "increase_words"))
        restated = {k: -fresh[k] for k in back}
        # (the part before put back, the new one off: the count as it now stands)
        fresh = {
            k: max(facts[k] + back[k] + v, 0) if k in back and isinstance(facts.get(k), int) else v
            for k, v in fresh.items()
        }
        said = dict(facts)
        # (not "搞错了 是三星 四星是隔壁那家": one's own fact corrected, another's set beside it)
        if self._has(query.text, "other_entity_words") and not self._has(query.text, "correction_words"):
            facts = {k: v for k, v in facts.items() if self.kb.slots[k].type not in ("count", "counts")}
        increased = (
            relative is None
            and (self._has(query.text, "increase_words") or _MISSED.search(query.text) is not None)
            and not self._has(query.text, "other_year_words")  # "明年再新增80个": next year's own count
            and not self.extractor.states_total(query.text)
            and not self._base_said(query.text, facts, fresh)
            and not self.extractor.figures.said_as_whole(query.text)
            and not _part_of_held(query.text, facts)
        )
        merged = merge(
            self.kb.slots,
            facts,
            fresh,
            # "我另一个同事是五级": another person's figures replace, they do not add up
            correction=(self._has(query.text, "correction_words") and not self.cues.some_added(query.text))
            or (self._has(query.text, "other_person_words") and not self._has(query.text, "increase_words"))
            or self._restates_all(query.text, fresh),
            increase=increased,
            bare=bare,
            also=(
                self._has(query.text, "also_words")
                and not self.cues.asks_another_case(query.text)
                # "她哥哥也是滨江户口…": the 也 likens another person to the first, adds nothing to hers
                and not self._has(query.text, "other_person_words")
                # "如果当时评的是二星，品牌这块还有吗": a level in place of the other, "还有吗" asks if it still pays
                and not (self._has(query.text, "what_if_words") and self._has(query.text, "still_asked_words"))
            )
            # "其中一个技师证是电工的，不是职业指导师": that one's occupation beside the others'
            or _ONE_OF.search(query.text) is not None,
            accumulate=self.cues.adds(query.text) and not a_few,
            more=self._has(query.text, "more_words") and not self._has(query.text, "other_entity_words") and not a_few,
            whole=self._has(query.text, "whole_words") or _THESE_MANY.search(query.text) is not None,
            half=self._has(query.text, "half_words"),
            part=_PART_OF.search(query.text) is not None
            or self.extractor.figures.names_group(query.text)
            or ("其中" in query.text and has_figures(query.text)),  # "如果其中十个只拿了专项能力证书呢"
            instead=self.cues.asks_another_case(query.text),
            swap=self._has(query.text, "what_if_words") or "其实" in query.text,
            in_all=self._has(query.text, "total_words"),
            kept=said_before_adding(self.kb.slots, fresh, query.text, self._increase) if increased else frozenset(),
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
            again = {k: v for k, v in self.topic.extract_for(benefits, query.text).items() if k not in (dropped or ())}
            facts.update(merge(self.kb.slots, facts, again, correction=False, increase=False, bare=None))
            fresh = {**fresh, **again}
        # "不对 是4次" after the studio's grant and its sessions were added up: both again
        # ("还是按实际的三星" after "要是五星呢" on the same total: the total as stated)
        corrects_all = [b.id for b in benefits] == [b.id for b in current] and (
            (
                self._has(query.text, "correction_words")
                and any(self.kb.slots[k].type in ("count", "counts") for k in fresh)
            )
            or self._has(query.text, "as_stated_words")
        )
        if len(benefits) > 1 and not self._has(query.text, "total_words") and not corrects_all:
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
            or _ONE_MORE_ASKED.search(query.text)
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
        return keep_taken_off(step, fresh, restated)

    @staticmethod
    def _one_category(counts: Any) -> bool:
        return isinstance(counts, dict) and len(counts) == 1


_INSIDE_HELD = re.compile(r"[个人名位]?(?:里|中|当中|之中)")


def _part_of_held(text: str, facts: dict[str, Any]) -> bool:
    """ "哦还有 这四十五个里有八个是余杭户口的": a part of a count held, named by its figure; the
    还有 adds nothing to it."""
    held = {v for v in facts.values() if isinstance(v, int) and not isinstance(v, bool) and v > 1}
    return any(
        n.value in held and _INSIDE_HELD.match(text, n.end) is not None
        for n in find_numbers(text)
        if n.value is not None
    )


def _within_held(said: Any, held: Any, in_part: set[Any]) -> bool:
    """The figure of a part asked about ("其中10个是外省来杭的务工人员，算吗") is inside the one
    held: a count below it, or one level's count below that level's (50 初级工, ten of them)."""
    if isinstance(said, int) and isinstance(held, int):
        return 0 < said < held and said in in_part
    if isinstance(said, dict) and isinstance(held, dict) and len(said) == 1:
        ((level, count),) = said.items()
        return isinstance(count, int) and 0 < count < int(held.get(level) or 0) and count in in_part
    return False
