"""Whether a message continues the topic in hand or starts another question.

A message during a topic may name words of other clauses (街道, 五级, 区级) that are also the
topic's own, or ask a short rule question ("这个是一次性的吗") with no clause named at all; both
continue the topic. Only a message that names another clause strongly, or fits one far better,
starts over. Kept apart from ``followup``, which says what a continuing message does.
"""

from __future__ import annotations

import re
from typing import Any

from handlers.cues import has_figures, names_part
from handlers.extract import Extractor
from handlers.intents import has_any, names_other_benefit, out_of_scope
from handlers.routing import Router
from handlers.target import asks_requirement
from handlers.topic import Topic
from knowledge.models import KnowledgeBase
from knowledge.search import Cutoffs, Match, Query


class Continuity:
    """Judges a message against the current topic: new question, follow-up, or an answer."""

    def __init__(self, kb: KnowledgeBase, cutoffs: Cutoffs, topic: Topic, extractor: Extractor, router: Router) -> None:
        self.kb = kb
        self.cutoffs = cutoffs
        self.topic = topic
        self.extractor = extractor
        self.router = router
        self._words: dict[str, str] = {}

    def is_new(self, query: Query, ranks: list[Match], topic: dict[str, Any], fresh: dict[str, Any]) -> bool:
        """A message that names another clause strongly is a new question, not an answer."""
        top = ranks[0]
        asking = topic.get("asking")
        words = self._vocabulary(topic["clause"])
        elsewhere = (
            top.clause != topic["clause"] and self.router.strong(top, query) and any(h not in words for h in top.hits)
        )
        if asking and asking in fresh and not elsewhere:
            return False  # (not "我们社区的就业创业服务中心在区人社局备过案" while （二）'s level is asked)
        if (
            out_of_scope(query.text, self.kb.lexicon)
            and not self.router.strong(top, query)
            and not (names_part(query.text) and has_figures(query.text))
            and not (fresh and self._has(query.text, "what_if_words"))
            # "上面也写了中级工，我在所里主要管就业登记…": facts of the topic stated, nothing asked
            and not (
                fresh and not self._has(query.text, "asking_words") and not self._has(query.text, "question_words")
            )
        ):
            # "那失业金一个月能领多少" during （七）: another policy's benefit; not "那12个本省的里面有
            # 5个在滨江登记失业了", a part of the figure in hand described, nor "那要是把户口迁到滨江来
            # 呢", a what-if on a fact of the topic
            return True
        if names_other_benefit(query.text, self.kb.lexicon) or self.router.over_there(query.text):
            return True  # "退役军人一次性安置费怎么领" during （九）, "西湖区那边…": another policy
        if self._has(query.text, "always_outside_words") and out_of_scope(query.text, self.kb.lexicon):
            return True  # "公益岗干满一年能不能转成正式工" during （八）: never the policy's
        if names_part(query.text) and has_figures(query.text) and not self.router.strong(top, query):
            return False  # "这20个里有5个是本市其他区户籍、正常上班的": a part of a figure given before
        if not fresh and len(query.text) <= 10 and self._has(query.text, "qualify_words"):
            return False  # "怎样才能评上" after a refusal: what the answer in hand needs
        if (
            not fresh
            and len(query.text) <= 14
            and self._has(query.text, "why_words")
            and self._has(query.text, "answered_part_words")
            and not self.router.strong(top, query)
        ):
            return False  # "为什么物业那次不算": why the answer in hand left something out
        if not fresh and len(query.text) <= 24 and self._has(query.text, "matters_words"):
            return False  # "户口不是滨江的 有影响伐": a condition asked of the answer in hand
        if (
            not fresh
            and len(query.text) <= 16
            and self._has(query.text, "this_money_words")
            and not self.router.strong(top, query)
        ):
            return False  # "那员工个人能拿到这笔钱吗": the money just answered, whatever else its words fit
        if top.clause == topic["clause"]:
            if not asking and len(query.text) <= 16 and self._has(query.text, "why_words"):
                return False  # "为什么高技能人才是十个一档": about the answer in hand, its figures the rule's
            if isinstance(topic.get("target"), str) and not fresh and asks_requirement(query.text, self.kb):
                return False  # "那只算普通技能人才呢 要多少": the sum aimed at before, another way
            return not fresh and self.router.strong(top, query) and not asking
        if top.hits and all(h in words for h in top.hits) and not self._has(query.text, "back_words"):
            # "我们街道说一个月给400" during （八）: its own 街道 is no sign of （一）; nor is 五级
            # during （六）, whose certificate levels it is. Unless the other clause reads far more
            # of the message: "还有一个社区新认定了区级的" during （一） is （二）'s level and count.
            if asking or top.score < self.cutoffs.answer:
                return False
            other = self.kb.clause(top.clause)
            read = self.topic.evidence(other, self.topic.extract(other, query.text), query.text)
            ours = self.topic.evidence(self.kb.clause(topic["clause"]), fresh, query.text)
            return read >= 2 and read > 2 * ours
        if self.router.strong(top, query):
            return True
        mine = next((m.score for m in ranks if m.clause == topic["clause"]), 0.0)
        me = any(f"{w}我" in query.text for w in self.kb.lexicon.words.get("back_words", ()))
        if top.score >= self.cutoffs.answer and self._has(query.text, "back_words") and not me:
            # "回到刚才招人的，要是招到100人呢": back to another clause asked before; not "回到奖补，
            # 申请要准备哪些材料" while 奖补 is the topic in hand.
            return mine < top.score * self.cutoffs.margin
        if not top.hits and len(query.text) <= 20 and not asking:
            return False  # "这个钱谁来发": no keyword of any clause, a question on this one
        # Conditions ("本区户籍", "区级") fit many clauses; only the topic's own figures keep it.
        clause = self.kb.clause(topic["clause"])
        figures = {s for b in clause.benefits for s in self.topic.specific(b)}
        own = any(k in figures for k in fresh) or (asking and self.extractor.bare_number(query.text) is not None)
        # "我们街道有6个人" after 绩效补贴 per person: a short count for the benefit just answered.
        answered = {s for b in clause.benefits if b.id in topic.get("benefits", []) for s in b.calculator.slots()}
        own = own or (len(query.text) <= 12 and any(k in answered for k in fresh))
        # "那要是备案了呢" after a refusal for want of 备案: a what-if on the answered benefit's condition.
        required = {r.slot for b in clause.benefits if b.id in topic.get("benefits", []) for r in b.requires}
        condition_if = self._has(query.text, "what_if_words") and any(k in required for k in fresh)
        if condition_if and top.strong == 0:
            return (
                False  # "如果活动是我们自己办的，不是人社部门组织的呢": this answer's condition, no other clause named
            )
        own = own or condition_if
        if not asking and top.score >= self.cutoffs.answer and top.score >= 2 * mine + self.cutoffs.answer:
            return True  # "区级竞赛三等奖" after mentor fees: another clause fits far better
        outside = out_of_scope(query.text, self.kb.lexicon) or self.router.elsewhere(query.text)
        if (
            top.strong == 0
            and mine > 0
            and len(query.text) <= 20
            and self._has(query.text, "rule_words")
            and not outside
        ):
            return False  # "那去备案要找哪个部门" during （九）: a rule of this clause, not the annex's 哪个部门
        if not top.hits and len(query.text) <= 20:
            return False  # "这钱是给个人还是给单位": no keyword of another clause, a question on this one
        if len(query.text) <= 20 and mine >= top.score / 2 and self._has(query.text, "who_words") and not elsewhere:
            # "钱发给社区还是街道" during （二）: who is paid there, not （一）'s 街道; but "工匠那2万是打给
            # 公司还是给他本人" during （十） names （十二） by its own word
            return False
        if own and top.score > mine and len(self._foreign(top.hits, words, query.text)) >= 2:
            # "今年公司有3名员工拿了区级竞赛一等奖" during hiring: the figure is the other clause's
            # own (winners by prize), said with two of its words the topic does not have
            theirs = self.topic.extract(self.kb.clause(top.clause), query.text)
            slots = self.kb.slots
            mine_slots = {n for b in clause.benefits for n in self.topic.benefit_slots(b)}
            if any(
                slots[k].type == "counts" and not slots[k].generic and theirs[k] and k not in mine_slots for k in theirs
            ):
                return True
        return not own and top.score >= self.cutoffs.answer

    @staticmethod
    def _foreign(hits: tuple[str, ...], words: str, text: str) -> list[str]:
        """The hits a clause's vocabulary lacks, not counting a certificate of a level it has
        ("技师证" of 技师) nor a chance of segmentation after a figure (the 个人 of "12个人")."""
        return [
            h
            for h in hits
            if h not in words
            and h.removesuffix("书").removesuffix("证") not in words
            and not re.search(f"[0-9一二两三四五六七八九十百几]{re.escape(h)}", text)
        ]

    def _vocabulary(self, clause_id: str) -> str:
        """The clause's policy text and the words of every slot its benefits read, select on or
        require: what a message may say while still being about this clause."""
        if clause_id not in self._words:
            clause = self.kb.clause(clause_id)
            names = {s for b in clause.benefits for s in self.topic.benefit_slots(b)}
            slots = [self.kb.slots[n] for n in sorted(names) if n in self.kb.slots]
            words = [w for s in slots for w in (*s.cues, *s.yes, *s.no, *(x for ws in s.values.values() for x in ws))]
            self._words[clause_id] = "\n".join([clause.text, *words])
        return self._words[clause_id]

    def is_follow_up(self, query: Query, ranks: list[Match]) -> bool:
        """A short question about the last answer ("这个是一次性的吗", "还差几个人"): it names no
        clause of its own and no topic outside the policy."""
        if out_of_scope(query.text, self.kb.lexicon) or self.router.elsewhere(query.text):
            return False
        if self._has(query.text, "why_words"):
            return True
        about_it = ("this_words", "who_words", "this_money_words")
        if any(self._has(query.text, k) for k in about_it) and len(query.text) <= 20:
            return True  # "这个奖补一年最多多少", "钱发给社区还是街道", "这钱员工个人能拿吗": the answer in hand
        # Scored only by wording, with no keyword of any clause ("这钱是给个人还是给单位"): about
        # the topic in hand, however well its words happen to match another clause's examples.
        return (ranks[0].score < self.cutoffs.answer or not ranks[0].hits) and 0 < len(query.text) <= 20

    def _has(self, text: str, key: str) -> bool:
        return has_any(text, self.kb.lexicon.words.get(key, ()))
