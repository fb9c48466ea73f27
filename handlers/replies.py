"""Replies that are not about one clause's amounts: help, fallback, clarification, and an
audience's list of clauses. Texts come from ``replies.yaml``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from handlers.compose import clause_label, numbered
from handlers.reply import Reply
from handlers.steps import Step
from knowledge.models import Clause, KnowledgeBase
from knowledge.search import Match, Query

_HELP_TEXTS = {"reset": "reset", "human": "contact", "greeting": "help", "thanks": "thanks", "help": "help"}


def help_reply(texts: Mapping[str, str], kind: str) -> Reply:
    """重新开始, 帮助, 人工 (the hand-off contact), greetings and thanks."""
    text = texts.get(_HELP_TEXTS[kind]) or texts["help"]
    if kind == "greeting":
        text = f"{texts['welcome']}\n{texts['help']}"
    return Reply(text=text, kind="help")


def fallback_reply(texts: Mapping[str, str], topic: str | None) -> Reply:
    """Outside the policy (naming the topic when known) or not understood; with the contact."""
    text = texts["fallback"] if topic else texts.get("fallback_unclear", texts["fallback"])
    if topic and "out_of_scope_topic" in texts:
        text = texts["out_of_scope_topic"].format(topic=topic) + "\n" + text
    return Reply(text=f"{text}\n{texts['contact']}", kind="fallback")


def clarify_step(kb: KnowledgeBase, matches: list[Match], query: Query) -> Step:
    """Numbered clauses to choose from; the question is kept for when one is chosen."""
    clauses = [kb.clause(m.clause) for m in matches[:3]]
    labels = [clause_label(c) for c in clauses]
    text = numbered(kb.texts.get("clarify_intro", ""), labels)
    choice = {
        "options": [{"clause": c.id, "label": label} for c, label in zip(clauses, labels, strict=True)],
        "text": query.text,
    }
    reply = Reply(text=text, kind="clarify", clauses=tuple(c.id for c in clauses), options=tuple(labels))
    return Step(reply, choice=choice)


def persona_step(kb: KnowledgeBase, who: str, clauses: list[Clause], facts: dict[str, Any]) -> Step:
    """ "我是企业，有哪些补贴": the audience's clauses, one line each, choosable by number."""
    label = kb.lexicon.audiences[who].label
    lines = [f"{clause_label(c)}：{_short(c.summary)}" for c in clauses]
    intro = kb.texts.get("persona_intro", "").format(audience=label)
    text = numbered(intro, lines, kb.texts.get("persona_outro", ""))
    choice = {"options": [{"clause": c.id, "label": clause_label(c)} for c in clauses], "text": ""}
    reply = Reply(
        text=text, kind="answer", clauses=tuple(c.id for c in clauses), options=tuple(clause_label(c) for c in clauses)
    )
    return Step(reply, choice=choice, facts=facts, audience=who)


def _short(summary: str, limit: int = 48) -> str:
    """The summary up to its last clause break within ``limit``, never cut inside a figure."""
    if len(summary) <= limit:
        return summary
    cut = max(summary.rfind(p, 0, limit) for p in "，；。、")
    return (summary[:cut] if cut > 10 else summary[:limit]) + "…"
