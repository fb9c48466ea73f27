"""How a follow-up's message is read against the topic in hand: the slot values it gives, and
the small judgements on its figures (a sum of money, the one count a benefit needs, a whole
restated). A mixin of ``FollowUp``, kept apart so its reply logic stays readable."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from calculators.requirements import check
from handlers.cues import Cues, names_part, taken_off
from handlers.extract import Extractor
from handlers.proposal import proposes_sum
from handlers.relative import per_one_only
from handlers.topic import Topic
from knowledge.models import Benefit, Clause, KnowledgeBase
from knowledge.numbers import Number, find_numbers
from knowledge.search import Query

_FIGURE_IF = re.compile(r"[0-9零一二两三四五六七八九十百千万]的话")
""" "50的话多少", "六十的话呢": a figure supposed."""


class Reading:
    """The reading half of ``FollowUp`` (which sets these attributes)."""

    kb: KnowledgeBase
    topic: Topic
    extractor: Extractor
    cues: Cues

    def _has(self, text: str, key: str) -> bool:
        return self.cues.has(text, key)

    def fresh(self, topic: dict[str, Any], query: Query, facts: dict[str, Any] | None = None) -> dict[str, Any]:
        """Slot values this message gives for the current topic; where it takes a part off the
        figure given before ("其中有10个是外地户籍的", "其中二十个干了两个月就走了"), its "no"
        is that part's, not everyone's, and is left out."""
        fresh = self._read(topic, query, facts or {})
        fresh = self.topic.in_context(fresh, query.text, facts or {}, topic.get("asking"))
        held = facts or {}
        # "这480个里面其实有30个是外地的" read as 450: the part taken off already
        less = any(
            self.kb.slots[k].type == "count" and isinstance(v, int) and isinstance(held.get(k), int) and 0 < v < held[k]
            for k, v in fresh.items()
        )
        if names_part(query.text) and (
            taken_off(fresh) or less
        ):  # not "那外地的30个能算吗": those alone are asked about
            return {k: v for k, v in fresh.items() if not (self.kb.slots[k].type == "bool" and v is False)}
        return fresh

    def _denied_batch(
        self, facts: dict[str, Any], fresh: dict[str, Any], text: str, current: list[Benefit] | None = None
    ) -> bool:
        """ "另外还有一次线下是我们协会自己办的": more of a count, with a condition's "no" said of
        them while it held for those before: a batch that does not count (not another person's
        case, "我老婆也是…不过在一家外贸公司上班")."""
        if self._has(text, "other_person_words"):
            return False
        slots = self.kb.slots
        separate = self._has(text, "separate_batch_words")
        denied = [k for k, v in fresh.items() if v is False and slots[k].type == "bool" and facts.get(k) is not False]
        counted = [k for k, v in fresh.items() if slots[k].type in ("count", "counts") and v]
        # "还有一个在外企做HR的 也考了中级工": more people, counted by a figure of theirs, with a
        # "no" the others passed (not "还有国家级那个是2019年认定的", one of those held)
        units = tuple(u for k in counted for u in slots[k].units)
        extra = (
            bool(counted)
            and self._has(text, "extra_group_words")
            and any(n.value is not None and text[n.end :].lstrip().startswith(units) for n in find_numbers(text))
        )
        denied = [k for k in denied if separate or extra or facts.get(k) is None]
        if denied and not counted and (separate or self._has(text, "extra_group_words")):
            # "没拿到证的也有十个", "另外5个没考过": more people said with a condition they fail, no figure read for
            # the count held (the "no" took them), which stays as it was
            held = [k for k, v in facts.items() if k in slots and slots[k].type in ("count", "counts") and v]
            units = tuple(u for k in held for u in slots[k].units)
            return any(
                n.value is not None and text[n.end :].lstrip().startswith(units) for n in find_numbers(text)
            ) and bool(held)
        what_if = self._has(text, "what_if_words") or self._has(text, "still_asked_words")
        if counted and (separate or self._has(text, "extra_group_words")) and current and not what_if:
            # "还有一位员工在市级竞赛拿了二等奖": more, with a level the benefit in hand refuses
            # (市级 for a 区级 contest) while the level held passed
            merged = {**facts, **fresh}
            for benefit in current:
                levels = tuple(r for r in benefit.requires if r.slot in fresh and slots[r.slot].type == "enum")
                if levels and check(levels, merged)[0] and not check(levels, facts)[0]:
                    return True
        return bool((separate or extra) and denied and counted and all(facts.get(k) for k in counted))

    def _read(self, topic: dict[str, Any], query: Query, facts: dict[str, Any]) -> dict[str, Any]:
        """Slot values this message gives for the current topic. The whole clause is read first,
        so figures that belong to another of its benefits ("一等奖1个") are theirs; failing that,
        the current benefits alone ("那60个呢" re-states the figure given last). A "为什么"
        question states nothing: its figures are the ones being asked about."""
        if self._has(query.text, "why_words"):
            return {}
        clause = self.kb.clause(topic["clause"])
        current = [clause.benefit(b) for b in topic.get("benefits", []) if has_benefit(clause, b)]
        target = topic.get("asking") or topic.get("last")
        short = len(query.text) <= 16
        # (not "其中30个是外地的 不是脱贫人口": a part described, its 不是 no correction)
        correcting = self._has(query.text, "correction_words") and not names_part(query.text)
        # (not "要是其中15个人后来离职了呢": a part of the figure, taken off below)
        supposed = self._has(query.text, "what_if_words") or _FIGURE_IF.search(query.text) is not None
        if target and short and (correcting or supposed) and not names_part(query.text):
            money = self._sum_again(query.text, target)
            if money is not None:  # "如果按两千六算呢" after the wage was said: the wage again
                return {target: money}
            figure = self.extractor.restated(query.text, target)
            base = self._base_restated(current, target, figure, facts) if figure is not None else None
            if base is not None:  # "不好意思 是两千二百八" after "最低工资按2400算 一个岗位": the wage
                return {base: figure}
            if figure is not None:  # "不好意思，是80人" corrects the figure given last
                # (with the conditions said beside it: "要是认定了 150个能拿多少")
                said = self.topic.extract(self.kb.clause(topic["clause"]), query.text)
                kept = {k: v for k, v in said.items() if self.kb.slots[k].type in ("bool", "enum")}
                return {**kept, target: figure}
        wide = self.topic.extract(clause, query.text, topic.get("asking"))
        # "还有两个区级的": a figure counted by its category is that category's, whatever count came last
        levels = any(
            self.kb.slots[k].type == "counts" and isinstance(v, dict) and any(v.values()) for k, v in wide.items()
        )
        first = topic.get("asking") if levels else target
        mine = self.topic.extract_for(current, query.text, asking=first) if current else {}
        if not mine and not wide and short and current:
            only = self._sole_count(current)
            figure = self.extractor.bare_number(query.text) if only else None
            base = self._base_restated(current, only, figure, facts) if only else None
            if base is not None:
                return {base: figure}  # "不好意思 是两千五" after the wage and one post
            if only and figure is not None:
                return {only: figure}  # "我们现在 40" after the rule: the one count it needs
        named = {  # another benefit named by its own words ("一等奖1个"), not just a figure
            s
            for b in clause.benefits
            if b not in current
            for s in self.topic.specific(b)
            if self.kb.slots[s].type in ("enum", "counts", "bool")
        }
        if current and per_one_only(self.kb, query.text, wide, current, self._money):
            return mine  # "是不是每个人都一样拿满": a rate's 每个人, not one 物业 post
        if current and proposes_sum(self.kb, current, query.text):
            return mine  # "每人每月300" during the 绩效补贴: a sum proposed per its period, no posts or months
        if any(k in named for k in wide):
            return wide
        if mine and self.cues.adds_benefit(query.text) and set(wide) - set(mine):
            return {**wide, **mine}  # "120个，也是爱心企业，市里资助了3万元，一共多少": both benefits' facts
        return mine or wide

    def _sum_again(self, text: str, target: str) -> int | None:
        """The one figure of a short correction or what-if, when the fact asked last is a sum of
        money and the figure lies in its bounds."""
        slot = self.kb.slots[target]
        figures = [n.value for n in find_numbers(text) if n.value is not None]
        if slot.type != "money" or len(figures) != 1 or figures[0] != figures[0].to_integral_value():
            return None
        value = int(figures[0])
        return value if (slot.minimum or 0) <= value <= (slot.maximum or value) else None

    def _base_restated(
        self, current: list[Benefit], target: str, figure: int | None, facts: dict[str, Any]
    ) -> str | None:
        """The share's base a bare figure restates rather than the count asked last: one the base's
        slot allows that lies nearer the base held (or the policy's own) than the count held."""
        for benefit in current:
            for name in self.topic.overrides(benefit):
                slot = self.kb.slots[name]
                held = facts.get(name) or next(
                    (b.value for b in self.kb.bases.values() if b.override_slot == name), None
                )
                count = facts.get(target)
                if figure is None or held is None or not isinstance(count, int):
                    continue
                low, high = slot.minimum or 0, slot.maximum or figure
                if low <= figure <= high and abs(figure - Decimal(held)) < abs(figure - count):
                    return name
        return None

    def _sole_count(self, benefits: list[Benefit]) -> str | None:
        """The one head count the benefits in hand are computed from, if there is exactly one."""
        names = {
            s
            for b in benefits
            for s in b.calculator.slots()
            if self.kb.slots[s].type == "count" and not self.kb.slots[s].generic
        }
        return names.pop() if len(names) == 1 else None

    def _money(self, text: str, number: Number) -> bool:
        """A sum of money: written as one ("4000元", "3w"), or a bare figure proposed as a sum
        ("每人发到4000")."""
        proposed = tuple(self.kb.lexicon.words.get("proposed_sum_before_words", ()))
        return self.extractor.around.is_money(text, number) or (
            bool(proposed) and text[: number.start].endswith(proposed)
        )

    def _only_sums(self, text: str) -> bool:
        """Every figure of the message is a sum of money, written as one or proposed ("发4000")."""
        paid = tuple(self.kb.lexicon.words.get("proposed_sum_before_chars", ()))
        figures = [n for n in find_numbers(text) if n.value is not None and n.value > 1]
        return bool(figures) and all(
            self._money(text, n) or text[max(0, n.start - 1) : n.start] in paid for n in figures
        )

    def _own(self, benefits: list[Benefit], text: str) -> dict[str, Any]:
        """The figures ``text`` gives for ``benefits`` alone (not a generic yes or no)."""
        read = self.topic.extract_for(benefits, text)
        return {k: v for k, v in read.items() if self.kb.slots[k].type in ("count", "counts")}

    def _base_said(self, text: str, facts: dict[str, Any], fresh: dict[str, Any]) -> bool:
        """ "一百八十个再多10个" after 180: the message says the figure it adds to, so what it
        gives is the new whole, not more on top; so does "准确说现在是112个，再加三十个" after
        130, read already as 142, the sum of two figures it says."""
        said = [n.value for n in find_numbers(text) if n.value is not None]
        sums = {a + b for i, a in enumerate(said) for b in said[i + 1 :]}
        return any(
            isinstance(facts.get(k), int) and isinstance(v, int) and ((v > facts[k] and facts[k] in said) or v in sums)
            for k, v in fresh.items()
        )

    def _restates_all(self, text: str, fresh: dict[str, Any]) -> bool:
        """ "我们社区一共三个人拿证，两个中级工一个初级工，总共多少": a whole stated with its
        categories is everything now, not more to add to what was said."""
        counts = [v for k, v in fresh.items() if self.kb.slots[k].type == "counts" and isinstance(v, dict)]
        # "那就按三十个初级工、十个高级工、再加…一个专项能力，一共": the whole, restated
        whole = self.extractor.states_total(text) or self._has(text, "as_stated_words")
        return any(len([n for n in c.values() if n]) >= 2 for c in counts) and whole


def has_benefit(clause: Clause, benefit_id: str) -> bool:
    return any(b.id == benefit_id for b in clause.benefits)
