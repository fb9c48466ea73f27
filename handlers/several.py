"""One message asking the total over two clauses ("招了75人…又新培养技能人才100人次，两项合计多少").

Each clause is answered on its own, exactly as if asked alone, and the amounts are added; the
reply shows the total first, then each clause's answer with its steps and citation. Only when
every clause reaches an answer: a clause that would ask a follow-up leaves the message to the
ordinary one-clause route, which asks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from calculators.result import whole, yuan
from handlers.intents import has_any
from handlers.reply import Reply
from handlers.topic import Step, Topic
from knowledge.models import Clause, KnowledgeBase
from knowledge.search import Cutoffs, Match, Query

Opener = Callable[[Clause, Query, dict[str, Any]], Step]


def several_clauses(
    kb: KnowledgeBase,
    cutoffs: Cutoffs,
    topic: Topic,
    query: Query,
    ranks: list[Match],
    facts: dict[str, Any],
    open_clause: Opener,
) -> Step | None:
    """The combined answer when the message asks a total and gives facts for two or more
    clauses; None otherwise."""
    if not has_any(query.text, kb.lexicon.words.get("total_words", ())):
        return None
    chosen: list[tuple[int, Clause]] = []
    for match in ranks[:4]:
        clause = kb.clause(match.clause)
        if match.score < cutoffs.answer:
            break
        # Its own distinctive keyword, and facts of its own: levels shared by two clauses
        # ("中级工12人" fits （六） and （九）) make one question, not two.
        if match.strong > 0 and topic.evidence(clause, topic.extract(clause, query.text), query.text):
            chosen.append((_first_mention(query.text, match), clause))
    if len(chosen) < 2:
        return None
    # In the order the message asks them.
    steps = [open_clause(clause, query, dict(facts)) for _, clause in sorted(chosen, key=lambda c: c[0])]
    replies = [s.reply for s in steps]
    if any(r.kind != "answer" or r.amount_yuan is None for r in replies):
        return None
    return Step(_combined(kb, replies), topic=steps[-1].topic, facts={k: v for s in steps for k, v in s.facts.items()})


def _first_mention(text: str, match: Match) -> int:
    found = [text.find(word) for word in match.hits if word in text]
    return min(found) if found else len(text)


def _combined(kb: KnowledgeBase, replies: list[Reply]) -> Reply:
    total = sum((Decimal(r.amount_yuan or 0) for r in replies if r.eligible is not False), Decimal(0))
    note = kb.texts.get("draft_note", "")
    sections = [r.text.replace(note, "").rstrip() for r in replies]
    head = kb.texts.get("several_total", "{total}").format(total=yuan(total))
    text = "\n\n".join([head, *sections, note]).strip()
    return replace(
        replies[0],
        text=text,
        clauses=tuple(c for r in replies for c in r.clauses),
        amount_yuan=whole(total),
        eligible=any(r.eligible for r in replies),
        steps=tuple(s for r in replies for s in r.steps),
        documents=tuple(dict.fromkeys(d for r in replies for d in r.documents)),
        benefits=tuple(b for r in replies for b in r.benefits),
        parts=tuple(p for r in replies for p in r.parts),
    )
