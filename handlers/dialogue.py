"""The dialogue: one message and the user's state in, a reply and the new state out.

State is JSON-native so any store can keep it::

    {"facts": {slot: value}, "topic": {"clause", "benefits", "asking", "tries"},
     "choice": {"options": [{"clause", "benefit"?, "label"}], "text": original question}}

Order of decisions: commands (重新开始, 帮助, 人工), a pending choice answered by number or
words, a pending question answered, then the message as a new question (out of scope, an
audience's list, clarify between close clauses, or the clause's benefits).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rapidfuzz import fuzz

from handlers.compose import numbered
from handlers.extract import Extractor
from handlers.intents import (
    command,
    has_any,
    out_of_scope,
    selection,
    wants_info,
)
from handlers.loose import qualify
from handlers.merge import merge
from handlers.replies import clarify_step, fallback_reply, help_reply, persona_step
from handlers.reply import Reply
from handlers.routing import Router
from handlers.several import several_clauses
from handlers.topic import Step, Topic, stated
from handlers.totals import grand_total, remember
from knowledge.models import Benefit, Clause, KnowledgeBase
from knowledge.numbers import find_numbers
from knowledge.search import Cutoffs, Match, Matcher, Query

MAX_TRIES = 2

class Dialogue:
    """Pure dialogue logic over a loaded knowledge base."""

    def __init__(self, kb: KnowledgeBase, cutoffs: Cutoffs | None = None) -> None:
        self.kb = kb
        self.cutoffs = cutoffs or Cutoffs()
        self.matcher = Matcher(kb, self.cutoffs)
        words = kb.lexicon.words
        self.extractor = Extractor(
            kb.slots,
            words.get("yes_words", ()),
            words.get("no_words", ()),
            words.get("correction_words", ()),
            quoted=words.get("quoted_after_words", ()),
            thresholds=words.get("threshold_after_words", ()),
            others=words.get("others_words", ()),
            per_one=words.get("per_one_words", ()),
            totals=words.get("total_words", ()),
        )
        self.topic = Topic(kb, self.extractor)
        self.router = Router(kb, self.cutoffs, self.topic, self.extractor)
        self.texts = kb.texts

    def respond(self, state: dict[str, Any], raw: str) -> tuple[Reply, dict[str, Any]]:
        """One turn. Never raises on user text; unknown input falls back politely.

        Amounts answered earlier in the dialogue are remembered, so "两项一共多少" can add up
        benefits asked about in different turns.
        """
        query = self.matcher.prepare(raw[:2000])
        total = grand_total(self.kb, state.get("answered") or [], query.text)
        if total is not None:
            return total, state
        reply, new_state = self._respond(state, query)
        reply = qualify(self.kb, reply, new_state.get("facts") or {}, query.text)
        if new_state:
            another = self._has(query.text, "other_person_words")
            new_state["answered"] = remember(state.get("answered") or [], reply, another=another)
        return reply, new_state

    def _still_valid(self, topic: dict[str, Any] | None) -> dict[str, Any] | None:
        """The stored topic, minus what a knowledge reload removed since it was saved: a gone
        clause drops the topic, a gone slot is no longer being asked or corrected."""
        if not topic or topic.get("clause") not in self.kb.ids:
            return None
        gone = [k for k in ("asking", "last") if topic.get(k) and topic[k] not in self.kb.slots]
        return {k: v for k, v in topic.items() if k not in gone} if gone else topic

    def _respond(self, state: dict[str, Any], query: Query) -> tuple[Reply, dict[str, Any]]:
        ranks = self.matcher.rank(query)
        facts: dict[str, Any] = dict(state.get("facts") or {})
        topic = self._still_valid(state.get("topic"))
        fresh = self._fresh(topic, query) if topic else {}
        cmd = command(query.text, self.kb.lexicon, topical=self.router.strong(ranks[0], query))
        if cmd == "reset":
            return help_reply(self.texts, "reset"), {}
        if cmd is not None and not (topic and topic.get("asking") and fresh):
            return help_reply(self.texts, cmd), state
        choice = state.get("choice")
        if choice and not all(o.get("clause") in self.kb.ids for o in choice.get("options", [])):
            choice = None  # the knowledge was reloaded without one of the offered clauses
        if choice:
            picked = self._pick(query, ranks, choice)
            if picked is not None:
                return self._finish(self._chosen(picked, choice, facts, query), facts)
            count = len(choice.get("options", []))
            if self.extractor.bare_number(query.text) is not None and count:
                # "3" to a menu of two: say which numbers work and keep the menu.
                labels = [o.get("label", "") for o in choice["options"]]
                text = numbered(self.texts.get("pick_range", "").format(count=count), labels)
                return Reply(
                    text=text,
                    kind="clarify",
                    clauses=tuple(dict.fromkeys(o["clause"] for o in choice["options"])),
                    options=tuple(labels),
                ), state
        if topic and not self._is_new(query, ranks, topic, fresh):
            step = self._continue(topic, query, facts, fresh, follow_up=self._follow_up(query, ranks))
            if step is not None:
                return self._finish(step, facts)
        previous = topic.get("clause") if topic else None
        reply, new_state = self._finish(self._new(query, ranks, facts, state.get("audience"), previous), facts)
        if "audience" not in new_state and state.get("audience"):
            new_state["audience"] = state["audience"]
        if reply.kind in ("fallback", "clarify"):
            reply = replace(reply, candidates=tuple((m.clause, m.score) for m in ranks[:3]))
        return reply, new_state

    # -- decisions -------------------------------------------------------------------------

    def _fresh(self, topic: dict[str, Any], query: Query) -> dict[str, Any]:
        """Slot values this message gives for the current topic. The whole clause is read first,
        so figures that belong to another of its benefits ("一等奖1个") are theirs; failing that,
        the current benefits alone ("那60个呢" re-states the figure given last). A "为什么"
        question states nothing: its figures are the ones being asked about."""
        if self._has(query.text, "why_words"):
            return {}
        clause = self.kb.clause(topic["clause"])
        current = [clause.benefit(b) for b in topic.get("benefits", []) if _has_benefit(clause, b)]
        target = topic.get("asking") or topic.get("last")
        short = len(query.text) <= 16
        if target and short and (self._has(query.text, "correction_words") or self._has(query.text, "what_if_words")):
            figure = self.extractor.restated(query.text, target)
            if figure is not None:
                return {target: figure}  # "不好意思，是80人" corrects the figure given last
        mine = self.topic.extract_for(current, query.text, asking=target) if current else {}
        wide = self.topic.extract(clause, query.text, topic.get("asking"))
        named = {  # another benefit named by its own words ("一等奖1个"), not just a figure
            s
            for b in clause.benefits
            if b not in current
            for s in self.topic.specific(b)
            if self.kb.slots[s].type in ("enum", "counts", "bool")
        }
        if any(k in named for k in wide):
            return wide
        if mine and self._adds_benefit(query.text) and set(wide) - set(mine):
            return {**wide, **mine}  # "120个，也是爱心企业，市里资助了3万元，一共多少": both benefits' facts
        return mine or wide

    def _is_new(self, query: Query, ranks: list[Match], topic: dict[str, Any], fresh: dict[str, Any]) -> bool:
        """A message that names another clause strongly is a new question, not an answer."""
        top = ranks[0]
        asking = topic.get("asking")
        if asking and asking in fresh:
            return False
        if top.clause == topic["clause"]:
            return not fresh and self.router.strong(top, query) and not asking
        if self.router.strong(top, query):
            return True
        if top.score >= self.cutoffs.answer and self._has(query.text, "back_words"):
            return True  # "回到刚才招人的，要是招到100人呢": back to another clause asked before
        # Conditions ("本区户籍", "区级") fit many clauses; only the topic's own figures keep it.
        clause = self.kb.clause(topic["clause"])
        figures = {s for b in clause.benefits for s in self.topic.specific(b)}
        own = any(k in figures for k in fresh) or (asking and self.extractor.bare_number(query.text) is not None)
        mine = next((m.score for m in ranks if m.clause == topic["clause"]), 0.0)
        if not asking and top.score >= self.cutoffs.answer and top.score >= 2 * mine + self.cutoffs.answer:
            return True  # "区级竞赛三等奖" after mentor fees: another clause fits far better
        return not own and top.score >= self.cutoffs.answer

    def _follow_up(self, query: Query, ranks: list[Match]) -> bool:
        """A short question about the last answer ("这个是一次性的吗", "还差几个人"): it names no
        clause of its own and no topic outside the policy."""
        if out_of_scope(query.text, self.kb.lexicon) or self.router.elsewhere(query.text):
            return False
        if self._has(query.text, "why_words"):
            return True
        return ranks[0].score < self.cutoffs.answer and 0 < len(query.text) <= 20

    def _continue(
        self,
        topic: dict[str, Any],
        query: Query,
        facts: dict[str, Any],
        fresh: dict[str, Any],
        *,
        follow_up: bool = False,
    ) -> Step | None:
        clause = self.kb.clause(topic["clause"])
        asking = topic.get("asking")
        current = [clause.benefit(b) for b in topic.get("benefits", []) if _has_benefit(clause, b)]
        bare = self.extractor.bare_number(query.text)
        if bare is None and asking and fresh.get(asking):
            bare = topic.get("number")  # "培训了20个人" before the category was named
        target = asking or topic.get("last")
        if bare is None and target and self.kb.slots[target].type == "counts" and not fresh:
            bare = self.extractor.count_with_unit(query.text, target)  # "我做了八次"
        pending_count = bool(target and bare is not None and self._one_category(facts.get(target)))
        if pending_count and target and not fresh:
            (category,) = facts[target]
            fresh = {target: {category: bare}}  # "我做了八次" restates the one category's count
        if not fresh and not pending_count:
            unreadable = bool(target and self._unreadable(query.text, target))
            if not asking and follow_up and not unreadable:
                if current and self._has(query.text, "rule_words"):
                    # "是一次性的吗" about what was just answered: its rule, not another benefit
                    # (the 次 of 一次性 is not the mentor sessions' 次).
                    return self.topic.resolve(clause, current, facts, info=True, fresh={}, text=query.text, rule=True)
                benefits = self._switch(clause, query.text, {}, current)
                if self._has(query.text, "maximum_words"):  # "最多能拿多少" after a figure: the cap
                    capped = self.topic.cap(clause, benefits, facts)
                    if capped is not None:
                        return capped
                return self.topic.resolve(clause, benefits, facts, info=False, fresh={}, text=query.text)
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
        merged = merge(
            self.kb.slots,
            facts,
            fresh,
            correction=self._has(query.text, "correction_words"),
            increase=self._has(query.text, "increase_words") and not self.extractor.states_total(query.text),
            bare=bare,
            also=self._has(query.text, "also_words"),
            accumulate=self._adds(query.text),
            more=self._has(query.text, "more_words"),
        )
        if "其中" in query.text:  # "其中高技能人才有90人" after the whole was given
            for name in fresh:
                whole = self.kb.slots[name].part_of
                if whole and whole not in fresh and isinstance(merged.get(whole), int):
                    merged[whole] = max(merged[whole] - fresh[name], 0)
        facts.clear()
        facts.update(merged)
        benefits = current
        if not (asking and (asking in fresh or pending_count)) or self._adds_benefit(query.text):
            benefits = self._switch(clause, query.text, fresh, current)
        if [b.id for b in benefits] != [b.id for b in current]:
            # Read the message again for the benefits it turned to ("一个岗位" is a post there).
            again = self.topic.extract_for(benefits, query.text)
            facts.update(merge(self.kb.slots, facts, again, correction=False, increase=False, bare=None))
            fresh = {**fresh, **again}
        return self.topic.resolve(clause, benefits, facts, info=False, fresh=fresh, text=query.text)

    def _switch(self, clause: Clause, text: str, fresh: dict[str, Any], current: list[Benefit]) -> list[Benefit]:
        """The benefits a follow-up is about: the current ones unless its own evidence points
        only elsewhere in the clause ("那上岗的人街道还发绩效补贴吗"); "另外…一共" keeps both."""
        owned = {s for b in current for s in b.calculator.slots()}
        named = self.topic.named(clause, text)
        keeps = any(name in owned for name in fresh) and not (
            named and not {b.id for b in named} & {b.id for b in current}
        )
        adds = self._adds_benefit(text)
        if keeps and not adds:
            return current  # "一年呢": a figure for the benefit already under discussion
        chosen = self.topic.choose(clause, text, fresh)
        if adds and chosen:
            return [*current, *(b for b in chosen if b not in current)]  # "另外…一共" keeps both
        if not chosen or {b.id for b in chosen} & {b.id for b in current}:
            return current
        return chosen

    def _adds_benefit(self, text: str) -> bool:
        """ "也是…", "一共多少": the message may bring in another benefit of the clause."""
        return self._has(text, "total_words") or self._has(text, "also_words")

    def _unreadable(self, text: str, slot_name: str) -> bool:
        """A figure in the slot's own unit that cannot be it ("那招了3.5个呢", "两三个"): ask
        again rather than silently answer for the figure given before."""
        units = self.kb.slots[slot_name].units
        for number in find_numbers(text):
            after = text[number.end : number.end + 3].lstrip()
            if units and after.startswith(units):
                value = number.value
                if value is None or value < 0 or value != value.to_integral_value():
                    return True
        return False

    @staticmethod
    def _one_category(counts: Any) -> bool:
        return isinstance(counts, dict) and len(counts) == 1

    def _adds(self, text: str) -> bool:
        """The follow-up adds to what was said ("线上也做了3次", "另外还有10人") rather than
        replacing it ("那一等奖呢")."""
        return self._has(text, "also_words") or self._has(text, "total_words") or any(w in text for w in "也还另")

    def _has(self, text: str, key: str) -> bool:
        return has_any(text, self.kb.lexicon.words.get(key, ()))

    def _new(
        self,
        query: Query,
        ranks: list[Match],
        facts: dict[str, Any],
        remembered: str | None = None,
        previous: str | None = None,
    ) -> Step:
        said = dict(facts)
        kept = {k: v for k, v in facts.items() if k in self.kb.slots and self.kb.slots[k].persist}
        if previous is not None and ranks[0].clause == previous:
            kept = said  # a new question on the same clause keeps what was said ("我们还不是试点单位")
        facts.clear()
        facts.update(kept)
        several = several_clauses(self.kb, self.cutoffs, self.topic, query, ranks, facts, self._open)
        if several is not None:
            return several  # "…两项合计多少" over two clauses: each answered, then added up
        route = self.router.route(query, ranks, remembered)
        if route.kind == "fallback":
            return Step(fallback_reply(self.texts, route.topic))
        if route.kind == "audience" and route.who is not None:
            return persona_step(self.kb, route.who, list(route.listed), facts)
        if route.kind == "help":
            return Step(help_reply(self.texts, "help"))
        if route.kind == "clarify":
            return clarify_step(self.kb, list(route.close), query)
        assert route.clause is not None
        return self._open(route.clause, query, facts)

    def _open(self, clause: Clause, query: Query, facts: dict[str, Any]) -> Step:
        fresh = self.topic.extract(clause, query.text)
        total = self._has(query.text, "total_words")
        benefits = self.topic.choose(clause, query.text, fresh, total=total)
        if benefits and len(benefits) < len(clause.benefits):
            # Figures are read again for the chosen benefits; stated conditions and levels
            # ("第4名", "区级") are kept for the clause's other benefits asked about next.
            words = {k: v for k, v in fresh.items() if self.kb.slots[k].type in ("enum", "bool")}
            fresh = {**words, **self.topic.extract_for(benefits, query.text)}
        merged = merge(self.kb.slots, facts, fresh, correction=False, increase=False, bare=None)
        facts.clear()
        facts.update(merged)
        # A question about the rule ("补贴标准是多少") stays one when a condition is stated with it
        # ("给本区户籍大学生…"); a figure or level turns any question into a request for the sum.
        rule_asked = self._has(query.text, "rule_words")
        info = wants_info(query.text, self.kb.lexicon) and not any(
            stated(fresh.get(s)) and not (rule_asked and self.kb.slots[s].type == "bool")
            for b in clause.benefits
            for s in b.calculator.slots()
        )
        maximum = self._has(query.text, "maximum_words")
        step = self.topic.resolve(
            clause,
            benefits,
            facts,
            info=info,
            fresh=fresh,
            maximum=maximum,
            text=query.text,
            individual="我" in query.text and not self._has(query.text, "organisation_words"),
            rule=self._has(query.text, "who_words")
            and not any(fresh.get(s) not in (None, {}, []) for b in clause.benefits for s in b.calculator.slots()),
        )
        self._remember_number(step, query.text)
        return step

    def _pick(self, query: Query, ranks: list[Match], choice: dict[str, Any]) -> dict[str, Any] | None:
        options: list[dict[str, Any]] = choice.get("options", [])
        number = selection(query.text, len(options))
        if number is not None:
            return options[number - 1]
        scored = [(fuzz.partial_ratio(query.text, o.get("label", "")), o) for o in options]
        best = max(scored, key=lambda pair: pair[0], default=None)
        if best and best[0] >= 80 and len(query.text) >= 2:
            return best[1]
        ids = [o["clause"] for o in options]
        if len(set(ids)) == 1 and all(o.get("benefit") for o in options):
            clause = self.kb.clause(ids[0])
            fresh = self.topic.extract(clause, query.text)
            offered = {o["benefit"] for o in options}
            chosen = [b for b in self.topic.choose(clause, query.text, fresh) if b.id in offered]
            if len(chosen) == 1:
                return next(o for o in options if o["benefit"] == chosen[0].id)
        inside = [m for m in ranks if m.clause in ids]
        # Words that name one of the offered clauses strongly choose it ("招人那个").
        if inside and inside[0] == ranks[0] and self.router.strong(inside[0], query) and len(set(ids)) > 1:
            return next(o for o in options if o["clause"] == inside[0].clause)
        return None

    def _chosen(self, option: dict[str, Any], choice: dict[str, Any], facts: dict[str, Any], query: Query) -> Step:
        clause = self.kb.clause(option["clause"])
        original = str(choice.get("text", ""))
        fresh = {**self.topic.extract(clause, original), **self.topic.extract(clause, query.text)}
        merged = merge(self.kb.slots, facts, fresh, correction=False, increase=False, bare=None)
        facts.clear()
        facts.update(merged)
        if option.get("benefit"):
            benefits = [clause.benefit(option["benefit"])]
        else:
            benefits = self.topic.choose(clause, original, fresh)
        info = (not original or wants_info(original, self.kb.lexicon)) and not fresh
        return self.topic.resolve(clause, benefits, facts, info=info, fresh=fresh, text=original)

    # -- replies ---------------------------------------------------------------------------

    def _remember_number(self, step: Step, text: str) -> None:
        """Keep "20个" from a question whose categories are still to be asked."""
        topic = step.topic
        if topic and topic.get("asking") and self.kb.slots[topic["asking"]].type == "counts":
            number = self.extractor.count_with_unit(text, topic["asking"])
            if number is not None:
                topic["number"] = number

    def _finish(self, step: Step, facts: dict[str, Any]) -> tuple[Reply, dict[str, Any]]:
        state: dict[str, Any] = {"facts": {**facts, **step.facts}}
        if step.topic:
            state["topic"] = step.topic
        if step.choice:
            state["choice"] = step.choice
        if step.audience:
            state["audience"] = step.audience
        return step.reply, state


def _has_benefit(clause: Clause, benefit_id: str) -> bool:
    return any(b.id == benefit_id for b in clause.benefits)
