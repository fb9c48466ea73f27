"""A reply to a menu of clauses or benefits ("请回复序号"): which option it chooses, and the
original question answered for it.

Kept apart from ``Dialogue``: choosing reads the reply against the offered options only.
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from handlers.intents import selection, wants_info
from handlers.merge import merge
from handlers.routing import Router
from handlers.steps import Step
from handlers.topic import Topic
from knowledge.models import KnowledgeBase
from knowledge.search import Match, Query


class Menu:
    """Reads replies to the menus the dialogue offers."""

    def __init__(self, kb: KnowledgeBase, topic: Topic, router: Router) -> None:
        self.kb = kb
        self.topic = topic
        self.router = router

    def pick(self, query: Query, ranks: list[Match], choice: dict[str, Any]) -> dict[str, Any] | None:
        """The option a reply to the menu chooses: its number, its label, its benefit's words, or a
        clause named strongly; None when it chooses none."""
        options: list[dict[str, Any]] = choice.get("options", [])
        number = selection(query.text, len(options))
        if number is not None:
            return options[number - 1]
        ids = [o["clause"] for o in options]
        if ranks and ranks[0].clause not in ids and self.router.strong(ranks[0], query) and ranks[0].strong > 1:
            return None  # "园区里一家企业新认定为区级技能大师工作室…": another clause asked, no option
        scored = [(fuzz.partial_ratio(query.text, o.get("label", "")), o) for o in options]
        best = max(scored, key=lambda pair: pair[0], default=None)
        if best and best[0] >= 80 and len(query.text) >= 2:
            return best[1]
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

    def chosen(self, option: dict[str, Any], choice: dict[str, Any], facts: dict[str, Any], query: Query) -> Step:
        """The question that led to the menu, answered for the option chosen, with both messages' facts."""
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
