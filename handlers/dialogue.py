"""The dialogue: one message and the user's state in, a reply and the new state out.

State is JSON-native so any store can keep it::

    {"facts": {slot: value}, "topic": {"clause", "benefits", "asking", "tries", "opened", "adding"},
     "choice": {"options": [{"clause", "benefit"?, "label"}], "text": original question},
     "answered": [...], "earlier": {...}, "people": {...}, "owners": {person: {slot: category}}}

("opened": the message that opened the topic, for the asker's own name of it later; "adding":
the count an extra group's size is being asked to add to.)

Order of decisions: commands (重新开始, 帮助, 人工), a pending choice answered by number or
words, a pending question answered, then the message as a new question (out of scope, an
audience's list, clarify between close clauses, or the clause's benefits).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import partial
from typing import Any

from handlers.categories import category_rates
from handlers.compare import against_earlier, compare, options_compared
from handlers.compose import numbered
from handlers.continuity import Continuity
from handlers.dropped import part_alone, total_without
from handlers.earlier import keep_left, resumed, set_aside, with_opening
from handlers.extract import Extractor
from handlers.followup import FollowUp
from handlers.intents import (
    command,
    has_any,
    restarted,
)
from handlers.leftout import note_left_out
from handlers.loose import qualify
from handlers.menu import Menu
from handlers.opening import Opening
from handlers.owner_no import one_owner_moved, one_owner_refused
from handlers.owners import owners
from handlers.part_view import PartView
from handlers.payee import asked_for_oneself, no_longer_asked
from handlers.people import keep_own_facts, newcomer_alone, speaker, speaks_of_self, with_names, with_own_facts
from handlers.proposal import check_proposal
from handlers.questions import answer_each, split_questions
from handlers.remembered import remember
from handlers.replies import clarify_step, fallback_reply, help_reply, persona_step
from handlers.reply import Reply
from handlers.restated import answer_key, said_figures, told
from handlers.routing import Router
from handlers.several import several_clauses
from handlers.shares import asked_for_organisation, own_share
from handlers.step_rate import step_asked
from handlers.steps import Step
from handlers.taken_off import remember_left_out
from handlers.topic import Topic
from handlers.totals import grand_total, with_earlier
from handlers.two_roles import one_activity_two_roles
from handlers.verdict import judged, quoted_sum
from knowledge.models import Benefit, Clause, KnowledgeBase
from knowledge.numbers import find_numbers
from knowledge.search import Cutoffs, Match, Matcher, Query

_ADOPTED = re.compile(r"就按(?!实际|现在|目前|原来|原先|之前)[^，,。？?\s]{1,8}算")
"""A what-if taken as the facts ("那就按备案了算"), not the facts as stated again ("就按实际的算")."""
_BATCH_AGAIN = "那一共多少"
"""What a message that only corrected one holder's level asks: the batch's sum with it."""


class Dialogue:
    """Pure dialogue logic over a loaded knowledge base."""

    def __init__(self, kb: KnowledgeBase, cutoffs: Cutoffs | None = None) -> None:
        self.kb = kb
        self.cutoffs = cutoffs or Cutoffs()
        self.matcher = Matcher(kb, self.cutoffs)
        self.extractor = Extractor(
            kb.slots,
            kb.lexicon.words,
            rates=category_rates(kb),
            conditions={r.slot for c in kb.clauses for b in c.benefits for r in b.requires}
            - {k for c in kb.clauses for b in c.benefits for k in b.select},
        )
        self.topic = Topic(kb, self.extractor)
        self.router = Router(kb, self.cutoffs, self.topic, self.extractor)
        self.follow = FollowUp(kb, self.topic, self.extractor, self.router)
        self.continuity = Continuity(kb, self.cutoffs, self.topic, self.extractor, self.router)
        self.menu = Menu(kb, self.topic, self.router)
        self.part = PartView(kb, self.topic)
        self.texts = kb.texts
        self.opening = Opening(kb, self.topic, self.extractor)

    def respond(self, state: dict[str, Any], raw: str) -> tuple[Reply, dict[str, Any]]:
        """One turn. Never raises on user text; unknown input falls back politely.

        Amounts answered earlier in the dialogue are remembered, so "两项一共多少" can add up
        benefits asked about in different turns.
        """
        query = self.matcher.prepare(raw[:2000])
        fresh_start = restarted(query.text, self.kb.lexicon)
        if fresh_start is not None:  # "重新问一个，…": the question asked as the first of a new chat
            state, raw, query = set_aside(state), fresh_start, self.matcher.prepare(fresh_start)
        elsewhere = state.get("elsewhere")
        if isinstance(elsewhere, str) and len(query.text) <= 10 and self._has(query.text, "home_words"):
            query = self.matcher.prepare(self.router.here(elsewhere))  # "那滨江的呢" after 西湖区's
        known = state.get("people") if isinstance(state.get("people"), dict) else None
        alone, parts = part_alone(self.kb, state.get("answered") or [], query.text) or (None, 0)
        if alone is not None and parts > 1:  # "只算试点单位那两块呢": those answers' sum
            return alone, {**state, "totalled": True}
        over = self._over_answers(state, query, known)
        if over is not None:
            return over
        part = self.part.reply(state, query.text)
        if part is not None:  # "技师那个是多少来着": one part of the sum in hand; the facts stay whole
            return part, state
        questions = split_questions(self.matcher, self.router, raw[:2000]) if not state.get("topic") else None
        if questions is not None:
            return answer_each(questions, state, self.respond, self.texts.get("draft_note", ""))
        spoke = bool(state.get("self_spoken")) or not state.get("answered")
        batch: dict[str, Any] = state["owners"] if isinstance(state.get("owners"), dict) else {}
        person = speaker(
            self.kb, state.get("answered") or [], state.get("person"), query.text, known, self_spoken=spoke, owned=batch
        )
        moved = one_owner_moved(self.kb, state, query.text)
        if moved is not None:  # "小李其实是技师": one holder's level corrected, the batch answered again
            state, query = moved, self.matcher.prepare(_BATCH_AGAIN)
        if self._as_stated(state, query.text):  # "实际还是180": the what-if's answers go with its facts
            state = {**state, "answered": [a for a in state.get("answered") or [] if not a.get("if")]}
        reply, new_state = self._respond(
            newcomer_alone(self.kb, with_own_facts(state, person), person, query.text), query
        )
        apart = one_owner_refused(self.kb, state, new_state, reply, query.text)
        if apart is not None:  # "其实小李是在余杭区上班 那她能拿吗": her no, the batch goes on without her
            (reply, new_state), person = apart, 0
        reply = qualify(self.kb, reply, new_state.get("facts") or {}, query.text, query.raw)
        reply = note_left_out(self.kb, reply, query.text)
        reply = check_proposal(self.kb, reply, query.text)
        reply = step_asked(self.kb, reply, query.text) or reply  # "每多招25个再加多少": the increment
        compared = compare(self.kb, reply, new_state.get("facts") or {}, query.text, state.get("facts"))
        if compared is reply:  # "产业平台的中心跟社区的比 最高差多少": this answer against the last one
            compared = against_earlier(self.kb, reply, state.get("answered") or [], query.text)
        if compared is not reply:  # the two options compared are no facts of the asker's
            facts = options_compared(self.kb, compared, new_state.get("facts") or {}, state.get("facts"))
            new_state = {**new_state, "facts": facts}
        reply = compared
        reply = judged(self.kb, quoted_sum(self.kb, reply, query.text), new_state.get("facts") or {})
        if "elsewhere" in new_state:  # a copy: ``state`` itself may have come back unchanged
            new_state = {k: v for k, v in new_state.items() if k != "elsewhere"}
        if reply.kind == "fallback" and self.router.elsewhere(query.text):
            new_state = {**new_state, "elsewhere": query.text}  # kept for a "那滨江的呢" next
        new_state = keep_left(state, with_opening(state, new_state, query.text))
        new_state = remember_left_out(self.kb, reply, new_state, query.text, state.get("topic"))
        if new_state:
            before = state.get("answered") or []
            another_case = self._has(query.text, "another_case_words")  # "我个人还获得了…": one more
            what_if = (
                self._has(query.text, "hypothetical_words")
                or (self._has(query.text, "what_if_words") and "呢" in query.text)
            ) and not self._has(query.text, "as_stated_words")
            facts = new_state.get("facts") or {}
            # (a correction, not a question "不是区内企业也能配套吗")
            corrected = self._has(query.text, "correction_words") and "吗" not in query.text
            new_state["answered"] = remember(
                before,
                reply,
                person=person,
                another_case=another_case,
                what_if=what_if,
                said=lambda key: said_figures(self.kb, key[1], key[0], facts),
                told=told(query.text),
                corrected=corrected and not what_if,
            )
            single = reply
            reply = with_earlier(
                self.kb,
                before,
                new_state["answered"],
                reply,
                query.text,
                again=bool(state.get("totalled")) and what_if,
                within=state.get("totalled") == "within",
                corrected=corrected and not what_if,
            )
            new_state = {k: v for k, v in new_state.items() if k not in ("totalled", "before_if")}
            old, now = state.get("topic"), new_state.get("topic")
            same = isinstance(old, dict) and isinstance(now, dict) and old.get("clause") == now.get("clause")
            if what_if and same:  # the facts as stated, for when the dialogue leaves this question
                new_state["before_if"] = state.get("before_if") or dict(state.get("facts") or {})
            if reply is not single:  # a total: "要是…呢" next asks it again with that figure changed
                new_state["totalled"] = "within" if set(reply.clauses) == set(single.clauses) else True
            new_state = keep_own_facts(state, new_state, person)
            if state.get("self_spoken") or speaks_of_self(query.text, self.kb.lexicon):
                new_state["self_spoken"] = True  # the asker spoke of themself: 他/她 is someone else
            names = with_names(self.kb, known, query.text, person)
            if names:
                new_state["people"] = names
            # "我拿了技师，我同事拿了高级工": whose each is, for "那我同事能拿多少" (checked when read)
            held = owners(self.kb, query.text, new_state.get("facts") or {}) or new_state.get(
                "owners", state.get("owners")
            )
            if held:
                new_state["owners"] = held
            if reply.kind == "answer" and reply is single:
                reply = self._focused(new_state, query.text, reply)
        if alone is not None and reply.kind in ("ask", "clarify"):
            return alone, {**state, "totalled": True}  # "导师那部分单独多少": that one answer, not a question
        return reply, new_state

    def _over_answers(
        self, state: dict[str, Any], query: Query, known: dict[str, int] | None
    ) -> tuple[Reply, dict[str, Any]] | None:
        """A message about the answers given so far rather than a case: one activity claimed
        under two roles, a part dropped from the running total, or the total itself."""
        text = query.text
        answered = state.get("answered") or []
        both = one_activity_two_roles(self.kb, answered, text, self._price)
        if both is not None:  # "两个身份能都拿吗": one activity, paid once under the better role
            return both, state
        without = total_without(self.kb, answered, text)
        if without is not None:  # "零工市场那个不算了 重新算一下一共": that part out, for good
            reply, gone = without
            kept = [a for a in answered if answer_key(a) not in gone]
            return reply, {**state, "answered": kept, "totalled": True}
        total = grand_total(self.kb, answered, text, known)
        if total is not None and self._names_another(query, answered):
            return None  # "我徒弟入选浙江工匠了 单位一共能拿多少": a new matter's sum, not the answers'
        return (total, {**state, "totalled": True}) if total is not None else None

    def _names_another(self, query: Query, answered: list[dict[str, Any]]) -> bool:
        """The message names, by a strong word of its own, a clause none of the answers is on."""
        top = self.matcher.rank(query)[0]
        on = {c for a in answered if isinstance(a.get("key"), list) and a["key"] for c in a["key"][0]}
        return top.strong > 0 and top.clause not in on

    def _price(self, clause: Clause, benefit: Benefit, text: str) -> Decimal | None:
        """What ``benefit`` pays on this message's own figures, if they are enough."""
        fresh = self.topic.extract_for([benefit], text)
        if not any(self.kb.slots[k].type in ("count", "counts") for k in fresh):
            return None
        reply = self.topic.resolve(clause, [benefit], dict(fresh), info=False, fresh=fresh, text=text).reply
        if reply.kind != "answer" or reply.eligible is False or reply.amount_yuan is None:
            return None
        return Decimal(reply.amount_yuan)

    def _focused(self, state: dict[str, Any], text: str, whole: Reply) -> Reply:
        """ "…问下那个技师的能补多少", "…先进个人那块奖多少钱": the sum told, one part of it asked
        about in the last phrase; that phrase is answered as the follow-up it would be."""
        tail = self.part.focus(text)
        if tail is None or not isinstance(whole.amount_yuan, int | Decimal) or not whole.amount_yuan:
            return whole
        part = self.part.reply(state, tail)
        if part is None:
            part, _ = self.respond(state, tail)
        amount = part.amount_yuan
        if part.kind != "answer" or amount is None or amount <= 0:
            return whole
        if part.clauses[:1] == whole.clauses[:1]:
            return part if amount < whole.amount_yuan else whole
        # "公司有人选上浙江工匠了，同时今年还招了120个本区户籍的，工匠那块额外再给多少": the part is
        # another clause the message told of, by its own words
        told = {m.clause for m in self.matcher.rank(self.matcher.prepare(text))[:3] if m.strong}
        return part if part.clauses[0] in told else whole

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
        if self._as_stated(state, query.text):
            facts = dict(state["before_if"])  # "还是按实际的": the facts as stated, before the what-if
        topic = self._still_valid(state.get("topic"))
        # A correction that fits another clause best is about an earlier question on it, if any.
        # ("是不是要看考核" asks: its 不是 corrects nothing)
        corrects = (
            self._has(query.text.replace("是不是", ""), "correction_words")
            and topic is not None
            and ranks[0].clause != topic["clause"]
        )
        fresh = self.follow.fresh(topic, query, facts) if topic else {}
        figures_of = None
        if fresh and state.get("earlier") and all(self.kb.slots[k].generic for k in fresh):
            # only multipliers for the topic in hand ("20个" as 浙江工匠 persons)
            figures_of = partial(self._own_figures, text=query.text)
        back = resumed(self.kb, state, query.text, ranks, corrects=corrects, figures_of=figures_of)
        if back is not None:  # "回到刚才招人的问题…": that question again, with its own figures
            topic, facts = self._still_valid(back[0]), back[1]
            fresh = self.follow.fresh(topic, query, facts) if topic else {}
        cmd = command(query.text, self.kb.lexicon, topical=self.router.strong(ranks[0], query))
        if cmd == "reset":
            return help_reply(self.texts, "reset"), {}
        if cmd is not None and not (topic and topic.get("asking") and fresh):
            return help_reply(self.texts, cmd), state
        choice = state.get("choice")
        if choice and not all(o.get("clause") in self.kb.ids for o in choice.get("options", [])):
            choice = None  # the knowledge was reloaded without one of the offered clauses
        if choice:
            picked = self.menu.pick(query, ranks, choice)
            if picked is not None:
                return self._finish(self.menu.chosen(picked, choice, facts, query), facts)
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
        if topic and (back is not None or not self.continuity.is_new(query, ranks, topic, fresh)):
            step = self.follow.proceed(topic, query, facts, fresh, follow_up=self.continuity.is_follow_up(query, ranks))
            if step is not None:
                return self._finish_for(query, step, facts)
        previous = topic.get("clause") if topic else None
        reply, new_state = self._finish_for(
            query, self._new(query, ranks, facts, state.get("audience"), previous), facts
        )
        told = self._told_before(topic, reply, query, facts)
        if told is not None:  # "那三个社区的奖补加起来呢": the communities were told of before
            reply, new_state = told
        if "audience" not in new_state and state.get("audience"):
            new_state["audience"] = state["audience"]
        if reply.kind == "fallback" and topic:
            # "对了今天杭州下雨吗" between two questions on hiring: the topic in hand survives it,
            # so "那招到一百个呢" still has something to be about.
            new_state = {**new_state, "topic": topic, "facts": dict(state.get("facts") or {})}
        combine = self._has(query.text, "combine_words") and len(query.text) <= 20
        # "找哪个部门申请": the annex names the department, for the benefit in hand
        where = self._has(query.text, "apply_where_words") and len(query.text) <= 14
        if topic and previous != "annex" and reply.clauses == ("annex",) and (combine or where):
            # "这两个能同时拿吗", "两个不能叠加吗": the annex's rule, about the benefits in hand
            note = self.texts.get("combine_note" if combine else "apply_where_note", "")
            about = (str(previous), "annex")
            # "…区里别的政策，会重复享受吗", "不是说不重复享受吗，具体是什么原则": the annex's rule itself
            if self._has(query.text, "other_policy_words") or self._has(query.text, "principle_words"):
                about = ("annex", str(previous))
            reply = replace(reply, clauses=about, text=f"{note}\n{reply.text}" if note else reply.text)
            new_state = {**new_state, "topic": topic, "facts": dict(state.get("facts") or {})}
        if reply.kind in ("fallback", "clarify"):
            reply = replace(reply, candidates=tuple((m.clause, m.score) for m in ranks[:3]))
        return reply, new_state

    def _finish_for(self, query: Query, step: Step, facts: dict[str, Any]) -> tuple[Reply, dict[str, Any]]:
        """``_finish``, with the reply read for whether the asker themself is paid."""
        reply, state = self._finish(step, facts)
        asked = reply
        reply = asked_for_oneself(self.kb, reply, query.text, self.topic.steps.overview)
        state = no_longer_asked(self.kb, asked, reply, state)
        reply = own_share(self.kb, reply, query.text)
        return asked_for_organisation(self.kb, reply, query.text), state

    def _as_stated(self, state: dict[str, Any], text: str) -> bool:
        """Back to the facts as stated after a what-if ("还是按实际的", "实际还是180"); not "那就按备案了算",
        the what-if taken as the facts from now on."""
        before = state.get("before_if")
        if not isinstance(before, dict):
            return False
        # ("今年这460人里有20个已经离职了" after "明年要是530呢": the figure as stated, named again)
        said = {int(n.value) for n in find_numbers(text) if n.value is not None and n.value == int(n.value)}
        named = any(v in said for v in before.values() if type(v) is int and v > 1) and not (
            self._has(text, "hypothetical_words") or self._has(text, "what_if_words")
        )
        return (named or self._has(text, "as_stated_words")) and _ADOPTED.search(text) is None

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
        first = self._asked_first(query)
        route = self.router.route(*first, remembered) if first else None
        if route is None or route.kind != "open":
            route = self.router.route(query, ranks, remembered)
        if route.kind == "fallback":  # out of scope or another region's policy: before any sum
            return Step(fallback_reply(self.texts, route.topic))
        several = several_clauses(
            self.kb, self.cutoffs, self.topic, query, ranks, facts, self.opening, self.matcher.prepare
        )
        if several is not None:
            return several  # "…两项合计多少" over two clauses: each answered, then added up
        if route.kind == "audience" and route.who is not None:
            return persona_step(self.kb, route.who, list(route.listed), facts)
        if route.kind == "help":
            return Step(help_reply(self.texts, "help"))
        if route.kind == "clarify":
            return clarify_step(self.kb, list(route.close), query)
        assert route.clause is not None
        opened = self.opening(route.clause, query, facts)
        if route.topic:  # "…和市里的一次性扩岗补助能同时享受吗": that one is not this policy's
            note = self.texts.get("combine_other_policy", "").format(topic=route.topic)
            opened = replace(opened, reply=replace(opened.reply, text=f"{note}\n{opened.reply.text}"))
        return opened

    def _told_before(
        self, topic: dict[str, Any] | None, reply: Reply, query: Query, facts: dict[str, Any]
    ) -> tuple[Reply, dict[str, Any]] | None:
        """A new clause's question answered from the message that opened the topic before, where
        that message told of this clause too ("…零工市场验收通过了…两个社区新认定省级 一个市级
        先问零工市场…", then "那三个社区的奖补加起来呢"); None where it still has to ask."""
        opened = topic.get("opened") if topic else None
        if reply.kind != "ask" or not isinstance(opened, str) or not reply.clauses or topic is None:
            return None
        clause_id = reply.clauses[0]
        if clause_id == topic.get("clause") or clause_id not in self.kb.ids:
            return None
        if not any(m.clause == clause_id and m.strong for m in self.matcher.rank(self.matcher.prepare(opened))[:3]):
            return None
        combined = self.matcher.prepare(f"{opened}；{query.text}")
        step = self.opening(self.kb.clause(clause_id), combined, dict(facts))
        if step.reply.kind != "answer":
            return None
        reply, state = self._finish_for(query, step, facts)
        if isinstance(state.get("topic"), dict):  # (its facts' own words, for "市级那个…" later)
            state["topic"] = {**state["topic"], "opened": combined.text[:120]}
        return reply, state

    def _asked_first(self, query: Query) -> tuple[Query, list[Match]] | None:
        """ "…零工市场验收通过了…两个社区新认定省级…先问零工市场的经费每年多少": of several matters
        told, the one asked first (with its ranks), to route by where its phrase names a clause
        strongly."""
        at = max((query.text.rfind(w) for w in self.kb.lexicon.words.get("asked_first_words", ())), default=-1)
        if at <= 0:
            return None
        tail = self.matcher.prepare(query.text[at:])
        ranks = self.matcher.rank(tail)
        return (tail, ranks) if ranks[0].strong else None

    def _own_figures(self, clause_id: str, *, text: str) -> bool:
        """A head count of the clause's own, with its slot's cue words ("本区户籍…招20个")."""
        if clause_id not in self.kb.ids:
            return False
        fresh = self.topic.extract(self.kb.clause(clause_id), text)
        slots = self.kb.slots
        counts = [k for k in fresh if not slots[k].generic and slots[k].type in ("count", "counts")]
        return any(has_any(text, slots[k].cues) for k in counts)

    def _finish(self, step: Step, facts: dict[str, Any]) -> tuple[Reply, dict[str, Any]]:
        state: dict[str, Any] = {"facts": {**facts, **step.facts}}
        if step.topic:
            state["topic"] = step.topic
        if step.choice:
            state["choice"] = step.choice
        if step.audience:
            state["audience"] = step.audience
        return step.reply, state
