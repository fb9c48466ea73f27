"""Where a new question goes: a clause, a choice between clauses, an audience's list, or nowhere.

The router only decides; the dialogue acts on the ``Route`` (asks, answers, falls back). Kept
apart because the decision reads the question as a whole (out-of-scope topics, other regions,
clause numbers cited, figures only one clause pays for) while everything after it reads one
clause's slots.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from handlers.around import Around
from handlers.categories import paid_amounts
from handlers.extract import Extractor
from handlers.intents import (
    asks_for_list,
    audience,
    for_oneself,
    has_any,
    names_other_benefit,
    out_of_scope,
    without_stated_facts,
)
from handlers.steps import stated
from handlers.topic import Topic
from knowledge.models import Clause, KnowledgeBase
from knowledge.numbers import find_numbers
from knowledge.search import Cutoffs, Match, Query

_CLAUSE_REF = re.compile(r"第([一二三四五六七八九十]{1,3}|\d{1,2})条|[（(]([一二三四五六七八九十]{1,3})[）)]")
# Applied in order: "户口在上城区", then "上城区户籍", then "在浙大读书".
_PERSONAL_PLACES = (
    re.compile(r"(户口|户籍)[^\W的]{0,5}?(在|是|落在|迁到|迁去|迁回|转到)\w{0,4}"),  # (also "户口上个月迁到上城区")
    re.compile(r"[^\W招聘用雇请]{0,4}(户口|户籍)"),  # (not across the hiring verb: "西湖区招本地户籍")
    re.compile(r"在\w{0,6}(读书|上学|读大学|念书|工作|上班)"),
    re.compile(r"在\w{0,5}(登记|参保|失业)"),  # where someone registered ("10个在余杭区登记的失业人员")
    re.compile(r"在\w{0,4}?还?有(个|一个|家|一家)?(分公司|子公司|分厂|办事处)"),  # ("我们在西湖区还有个分公司…")
    re.compile(r"(来自|老家在|老家是|老家)\w{0,4}"),  # where someone comes from ("学员是温州来杭州打工的")
    re.compile(r"\w{0,4}(来杭州|来杭|来滨江|过来|来的|来打工|来务工)"),
)


@dataclass(frozen=True, slots=True)
class Route:
    """The decision for a new question.

    ``fallback`` (``topic``: the uncovered topic, if named), ``audience`` (``who`` and the
    clauses ``listed`` for them), ``help``, ``open`` (``clause``; ``topic``: another policy's
    benefit asked beside it) or ``clarify`` (``close``).
    """

    kind: Literal["fallback", "audience", "help", "open", "clarify"]
    clause: Clause | None = None
    topic: str | None = None
    who: str | None = None
    listed: tuple[Clause, ...] = ()
    close: tuple[Match, ...] = ()


class Router:
    """Decides where new questions go, over one knowledge base."""

    def __init__(self, kb: KnowledgeBase, cutoffs: Cutoffs, topic: Topic, extractor: Extractor) -> None:
        self.kb = kb
        self.cutoffs = cutoffs
        self.topic = topic
        self.extractor = extractor
        self._paid = {c.id: paid_amounts(c) for c in kb.clauses}

    _over_there: re.Pattern[str] | None = None

    def _inside_topic(self, text: str, top: Match) -> bool:
        """Every keyword of the best clause overlaps a longer phrase that named an uncovered topic."""
        spans = [
            (at, at + len(w))
            for words in self.kb.lexicon.out_of_scope.values()
            for w in words
            for at in [text.find(w)]
            if at >= 0
        ]
        hits = [(at, at + len(h)) for h in top.hits for at in [text.find(h)] if at >= 0]
        # (a keyword that is itself the topic's word, 杭州工匠, is the clause's claim on it: "not 浙江工匠")
        return bool(spans and hits) and all(
            any(a < e and s < b and (s, e) != (a, b) for s, e in spans) for a, b in hits
        )

    def strong(self, match: Match, query: Query) -> bool:
        """Confident, and on a distinctive keyword of the clause written in the question."""
        return match.score >= self.cutoffs.answer and match.strong > 0

    def route(self, query: Query, ranks: list[Match], remembered: str | None = None) -> Route:
        """Where ``query`` goes; ``remembered`` is the audience the user named earlier."""
        top = ranks[0]
        strong = self.strong(top, query)
        sure = strong and top.score >= 2 * self.cutoffs.answer
        scoped = without_stated_facts(query.text, self.kb.lexicon) if top.hits else query.text
        topic_name = out_of_scope(scoped, self.kb.lexicon, top.hits)
        if self.elsewhere(query.text):
            topic_name, sure = topic_name or "其他地区政策", False
        if topic_name and sure and self._inside_topic(query.text, top):
            sure = False  # "杭州市区最低工资标准现在是多少": （八）'s word only within the other topic's phrase
        combined = has_any(query.text, self.kb.lexicon.words.get("combine_words", ()))
        if topic_name and top.strong and top.clause != "annex" and combined and "annex" in self.kb.ids:
            # "吸纳就业奖补和市里的一次性扩岗补助能同时享受吗": this policy's benefit beside another
            # policy's, the annex's rule (从优、从高、不重复), not the other policy's amounts
            return Route("open", clause=self.kb.clause("annex"), topic=topic_name)
        # "公益岗干满一年能不能转成正式工": a matter of employment no clause word can make the policy's
        always = has_any(scoped, self.kb.lexicon.words.get("always_outside_words", ()))
        if topic_name and (not sure or always or names_other_benefit(scoped, self.kb.lexicon)):
            return Route("fallback", topic=topic_name)
        several = {m.clause for m in ranks[:3] if m.strong and m.clause != "annex"}
        if combined and len(several) > 1 and "annex" in self.kb.ids:
            # "员工拿了证书，公司也符合吸纳就业奖补，能否叠加享受": several clauses' benefits asked
            # together, the annex's rule
            return Route("open", clause=self.kb.clause("annex"))
        who = audience(query.text, self.kb.lexicon, remembered)
        if who and not sure and not self._plain_lead(ranks):
            listed = tuple(c for c in self.kb.clauses if who in c.audiences)
            if len(listed) > 1:
                return Route("audience", who=who, listed=listed)
        # "有啥政策" lists; "区级竞赛前三名有啥称号" names its clause well enough to be answered.
        listing = asks_for_list(query.text, self.kb.lexicon) and len(query.text) <= 12
        if not strong and listing and top.score < self.cutoffs.answer:
            return Route("help")
        named = self.clause_named(query.text)
        if named is not None:
            return Route("open", clause=named)  # "第三条是什么意思", "根据意见第十二条"
        words = self.kb.lexicon.words
        if (
            "annex" in self.kb.ids
            and has_any(query.text, words.get("combine_words", ()))
            and has_any(query.text, words.get("other_policy_words", ()))
        ):
            # "能同时享受这个政策和市里的招用奖补吗": this policy beside another, the annex's rule
            return Route("open", clause=self.kb.clause("annex"))
        if not query.text or top.score < self.cutoffs.fallback:
            return Route("fallback")
        close = [m for m in ranks[:3] if m.score >= top.score * self.cutoffs.margin]
        decided = None
        if len(close) > 1 and top.strong >= 2 and not any(m.strong for m in close[1:]):
            # "我是工作室领衔人，去了…专家评审": two of its own strong words against none, unless
            # only another clause's figures are stated ("培训机构…本区户籍大学生25个…培训了两天":
            # （七）'s head count and days, nothing （九） pays for)
            decided = self._figures_only_of(close, query) or self.kb.clause(top.clause)
        elif len(close) > 1 and top.score >= self.cutoffs.answer:
            decided = self._by_evidence(close, query)
        elif top.score >= self.cutoffs.answer and len(ranks) > 1 and ranks[1].score >= top.score / 2:
            # Words point to one clause, figures only to the runner-up ("本区户籍大学生培训补贴，
            # 二十五人，三天": 培训补贴 is （九）'s word, the days only （七） pays for): figures win.
            decided = self._by_figures(ranks[0], ranks[1], query)
        if decided is not None:
            return Route("open", clause=decided)
        if top.score < self.cutoffs.answer or len(close) > 1:
            # "高级工2000?": a bare figure that is one close clause's own rate (（六）'s 高级工)
            rate = self._by_quoted_amount(close if len(close) > 1 else ranks[:2], query.text, bare=True)
            if rate is not None:
                return Route("open", clause=rate)
            # "区里和市里都有的补贴 两个都能拿吗", short and with no clause named: the annex's rule
            both = len(query.text) <= 20 and has_any(query.text, self.kb.lexicon.words.get("both_asked_words", ()))
            if both and not strong and "annex" in self.kb.ids:
                return Route("open", clause=self.kb.clause("annex"))
            return Route("clarify", close=tuple(close if len(close) > 1 else ranks[:2]))
        return Route("open", clause=self.kb.clause(top.clause))

    def _plain_lead(self, ranks: list[Match]) -> bool:
        """The question's own words point to one clause well ahead of the rest ("我们公司今年招了60个
        本区户籍的，有什么补贴"): it asks about that clause, not for the audience's whole list."""
        top = ranks[0]
        runner_up = ranks[1].score if len(ranks) > 1 else 0.0
        return bool(top.hits) and top.score >= self.cutoffs.answer and runner_up < top.score * self.cutoffs.margin

    def elsewhere(self, text: str) -> bool:
        """Names another district or city and not ours: their policy, not this one.

        A place that only says where someone's 户口 is ("户口在上城区") is about the person, not
        the policy, so those phrases are set aside first. A place said with "那边" ("西湖区那边…
        有没有补贴，跟滨江一样吗") is asked about even beside ours.
        """
        words = self.kb.lexicon.words
        # (not "本区户籍" after another region opens the question: "余杭区企业招本区户籍员工" is 余杭's
        # own people; "公司注册在西湖区 …招了本区户籍的" is ours)
        opens = text.startswith(tuple(words.get("other_regions", ())))
        said = re.sub("本区(?=户籍|户口)", "", text) if opens else text
        home = has_any(said, words.get("home_words", ())) and not has_any(text, words.get("compared_home_words", ()))
        for pattern in _PERSONAL_PLACES:
            text = pattern.sub("", text)
        return self.over_there(text) or (not home and has_any(text, words.get("other_regions", ())))

    def over_there(self, text: str) -> bool:
        """Another region's own policy asked about ("西湖区那边的产业平台有没有类似的经费"), even
        in the middle of a dialogue on ours."""
        if self._over_there is None:  # one pattern, built on first use: this runs on every message
            words = self.kb.lexicon.words
            regions, sides = words.get("other_regions", ()), words.get("other_side_words", ())
            alternation = "|".join(re.escape(r + s) for r in regions for s in sides)
            self._over_there = re.compile(alternation) if alternation else re.compile(r"(?!)")
        return self._over_there.search(text) is not None

    def here(self, text: str) -> str:
        """The question asked about another place, asked about ours ("西湖区家燕回巢补贴多少" →
        "滨江家燕回巢补贴多少")."""
        home = next(iter(self.kb.lexicon.words.get("home_words", ())), "")
        for region in sorted(self.kb.lexicon.words.get("other_regions", ()), key=len, reverse=True):
            text = text.replace(region, home)
        return text

    def clause_named(self, text: str) -> Clause | None:
        """A clause cited by its number ("第三条", "第12条", "（四）")."""
        match = _CLAUSE_REF.search(text)
        if match is None:
            return None
        raw = match.group(1) or match.group(2)
        value = self.extractor.bare_number(raw) if not raw.isdigit() else int(raw)
        return self.kb.clause(str(value)) if value is not None and str(value) in self.kb.ids else None

    def _by_figures(self, top: Match, second: Match, query: Query) -> Clause | None:
        """The runner-up when the question states two or more of its own figures (numbers, not
        levels: "省级…新认定" fits several clauses) and nothing of the top clause's."""
        top_clause, other = self.kb.clause(top.clause), self.kb.clause(second.clause)
        if self.topic.evidence(top_clause, self.topic.extract(top_clause, query.text)):
            return None
        fresh = self.topic.extract(other, query.text)
        # A category counted ("中级工，18人") is two figures: the level and the head count (a
        # head count the message writes, not a sum of money: "省级…给10万吗").
        heads = [n for n in find_numbers(query.text) if n.value is not None and not Around.is_money(query.text, n)]
        figures = sum(
            2 if isinstance(v, dict) and any(v.values()) and heads else 1
            for n, v in fresh.items()
            if self.kb.slots[n].type in ("count", "counts") and stated(v)
        )
        return other if figures >= 2 and self.topic.evidence(other, fresh) >= 1 else None

    def _by_evidence(self, close: list[Match], query: Query) -> Clause | None:
        """Between close clauses, the one whose own figures the question states ("50人，培训5天"
        fills （七）'s head count and days, nothing of （九）), if exactly one does best."""
        aside = self._set_aside(query.text)
        kept = [m for m in close if not any(h in aside for h in m.hits)] if aside else close
        if len(kept) == 1:
            return self.kb.clause(kept[0].clause)  # "那个吸纳就业奖补另说 我就问问…公益性岗位"
        close = kept or close
        quoted = self._by_quoted_amount(close, query.text)
        if quoted is not None:
            return quoted
        counts = []
        read = [(self.kb.clause(m.clause), self.topic.extract(self.kb.clause(m.clause), query.text)) for m in close]
        # A figure one clause counts by level ("8个人拿了专项能力证书") is no plain head count of another's.
        levels = {
            (clause.id, v)
            for clause, fresh in read
            for n, value in fresh.items()
            if self.kb.slots[n].type == "counts" and isinstance(value, dict)
            for v in value.values()
            if v
        }
        for clause, fresh in read:
            evidence = self.topic.evidence(clause, fresh, query.text)
            taken = any(
                self.kb.slots[n].type == "count" and (other, v) in levels
                for n, v in fresh.items()
                for other in {c for c, _ in levels}
                if other != clause.id
            )
            counts.append((evidence - (1 if taken else 0), clause))
        best = max(n for n, _ in counts)
        winners = [c for n, c in counts if n == best]
        if best > 0 and len(winners) == 1:
            return winners[0]
        if best > 0:  # a tie on figures: a condition only one of them has, stated as met, decides
            own = {c.id: self._own_conditions(c, fresh) for c, fresh in read if c in winners}
            top = max(own.values())
            if top > 0 and list(own.values()).count(top) == 1:
                return next(c for c in winners if own[c.id] == top)
        # "我刚考出…初级工，在…公共就业服务窗口": a person asking for themself, and only one of the
        # clauses pays persons (（九） pays training bodies).
        person = has_any(query.text, self.kb.lexicon.words.get("other_person_words", ()))
        if for_oneself(query.text, self.kb.lexicon) or person:  # "我儿媳…她能补多少": a person too
            personal = [c for _, c in counts if any(b.payee != "organisation" for b in c.benefits)]
            if len(personal) == 1:
                return personal[0]
        # "家燕回巢 学员自己能领钱吗": the programme named, not （九）'s word for trainees
        named = [c for _, c in counts if any(n in query.text for n in c.names)]
        if len(named) == 1:
            return named[0]
        return self._by_own_words(close)

    def _figures_only_of(self, close: list[Match], query: Query) -> Clause | None:
        """The one close clause, not the first, with two or more figures of its own stated while
        the first has none."""
        read = [(m, self.kb.clause(m.clause)) for m in close]
        evidence = [(self.topic.evidence(c, self.topic.extract(c, query.text), query.text), c) for _, c in read]
        if evidence[0][0] > 0:
            return None
        strong = [c for n, c in evidence[1:] if n >= 2]
        return strong[0] if len(strong) == 1 else None

    def _by_quoted_amount(self, close: list[Match], text: str, *, bare: bool = False) -> Clause | None:
        """The one close clause that pays every sum of money the asker quotes ("那个500块能直接给
        我吗": （九）'s 500元/人, which （六） never pays); ``bare``: in a short message, a figure with
        no unit that is some clause's own rate counts as such a sum too ("高级工2000?")."""
        paid = set().union(*(self._paid[m.clause] for m in close))
        money = {
            n.value
            for n in find_numbers(text)
            if n.value is not None
            and (Around.is_money(text, n) or (bare and len(text) <= 12 and n.value >= 100 and n.value in paid))
        }
        if not money:
            return None
        paying = [m for m in close if money <= self._paid[m.clause]]
        return self.kb.clause(paying[0].clause) if len(paying) == 1 else None

    def _set_aside(self, text: str) -> str:
        """The words of the phrase a set-aside word closes ("那个吸纳就业奖补另说"), or ""."""
        words = self.kb.lexicon.words.get("set_aside_words", ())
        at = min((text.find(w) for w in words if w in text), default=-1)
        if at == -1:
            return ""
        start = max(text.rfind(mark, 0, at) for mark in "，,。；;！!？? ") + 1
        return text[start:at]

    def _own_conditions(self, clause: Clause, fresh: dict[str, object]) -> int:
        """Conditions only this clause has, stated as met ("街道就业服务中心" is （六）'s public
        employment service, "职业指导师" one of its certificates): as telling as a figure of its own."""
        slots = self.kb.slots
        return sum(
            1
            for name, value in fresh.items()
            if ((value is True and slots[name].type == "bool") or (slots[name].type == "enum" and bool(value)))
            and not slots[name].generic
            and self._users(name) == {clause.id}
        )

    def _users(self, slot: str) -> set[str]:
        """The clauses whose benefits require or read ``slot``."""
        return {
            c.id
            for c in self.kb.clauses
            for b in c.benefits
            if slot in b.calculator.slots() or any(r.slot == slot for r in b.requires)
        }

    def _by_own_words(self, close: list[Match]) -> Clause | None:
        """The one close clause with keywords the others' policy text lacks: in "在技能大师工作室
        培训拿了专项能力证书" the studio is named in （九）'s text too, 专项能力证书 only there."""
        own = []
        for match in close:
            others = [self.kb.clause(m.clause).text for m in close if m is not match]
            if any(all(h not in text for text in others) for h in match.hits):
                own.append(match)
        return self.kb.clause(own[0].clause) if len(own) == 1 else None
