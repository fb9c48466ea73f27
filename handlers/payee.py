"""Money a person asks about that the policy pays to an organisation.

"我是学生，参加家燕回巢能领多少钱": the student's own benefit is taking part for free; the
200元/人/天 goes to the organiser. The answer for the student stands, and a first line says
where the money goes, so nobody expects a payment that will never come.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from handlers.intents import has_any
from handlers.reply import Reply
from handlers.steps import Step
from knowledge.models import Benefit, Clause, KnowledgeBase


def note_paid_elsewhere(kb: KnowledgeBase, clause: Clause, step: Step, text: str, *, individual: bool) -> Step:
    """``step`` with the note when a person asks for money and only an organisation is paid."""
    reply = step.reply
    if not individual or reply.kind not in ("ask", "answer"):
        return step
    words = kb.lexicon.words
    if not has_any(text, (*words.get("amount_words", ()), *words.get("yes_no_words", ()))):
        return step
    in_play = [b for b in clause.benefits if b.id in reply.benefits] or list(clause.benefits)
    if any(b.kind not in ("eligibility", "info") for b in in_play):
        return step  # the person's own benefit pays money: nothing to correct
    paid = [b for b in clause.benefits if b.payee == "organisation" and b not in in_play]
    if not paid:
        return step
    note = kb.texts["paid_elsewhere"].format(name=paid[0].name, recipient=paid[0].recipient)
    return replace(step, reply=replace(reply, text=f"{note}\n{reply.text}"))


def for_a_person(text: str, words: tuple[str, ...] | list[str]) -> bool:
    """A payee word said of a person: "发给我们机构" is the organisation asking about itself."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            following = text[at + len(word) : at + len(word) + 1]
            # (not "我自己是公司hr…": who the asker is, not whom a sum is paid to)
            if not (word.endswith(("我", "他", "她")) and following == "们") and following != "是":
                return True
            at = text.find(word, at + 1)
    return False


def asked_for_oneself(
    kb: KnowledgeBase, reply: Reply, text: str, describe: Callable[[Clause, list[Benefit]], Reply] | None = None
) -> Reply:
    """ "那个每人500的培训认定补贴是发给我本人的吗", "这个钱我自己能拿吗": whether the asker is
    paid, where only an organisation is. The answer is no (``eligible`` false, no amount of the
    asker's), with the organisation's amount kept below for reference. Asked before any figure
    ("学生自己能领吗？是一天200那个？"), the no comes with the benefit described (``describe``)
    instead of a question about the organisation's head count; that question stays in the state,
    so a figure said next is still read as its answer."""
    if reply.kind not in ("answer", "ask") or not for_a_person(text, kb.lexicon.words.get("own_payee_words", ())):
        return reply
    if reply.parts:
        benefits = [kb.clause(c).benefit(b) for c, b, _ in reply.parts]
    elif reply.benefits and reply.clauses and reply.amount_yuan is None:
        benefits = [kb.clause(reply.clauses[0]).benefit(b) for b in reply.benefits]
    else:
        return reply
    if any(b.payee != "organisation" for b in benefits):
        cashless = _cashless(kb, reply, benefits, text, describe)
        return cashless if cashless is not None else reply
    first = benefits[0]
    if not reply.parts:
        if reply.kind == "ask":
            if describe is None:
                return reply
            reply = describe(kb.clause(reply.clauses[0]), benefits)
        note = kb.texts["paid_to_organisation_none"].format(name=first.name, recipient=first.recipient)
    else:
        note = kb.texts["paid_to_organisation_only"].format(name=first.name, recipient=first.recipient)
    # the shorter "这项补贴发给…，不发给个人" an answer for oneself may carry says the same: once
    said = kb.texts.get("paid_to_organisation", "").format(recipient=first.recipient)
    text = reply.text.replace(f"{said}\n", "", 1) if said else reply.text
    return replace(
        reply, text=f"{note}\n{text}", eligible=False, amount_yuan=0
    )  # (0 to the asker: CONTRACTS pairs false with 0)


def _cashless(
    kb: KnowledgeBase,
    reply: Reply,
    benefits: list[Benefit],
    text: str,
    describe: Callable[[Clause, list[Benefit]], Reply] | None,
) -> Reply | None:
    """ "参加的学生自己能拿补贴吗": money asked for by a person whose own benefit pays none (free
    participation) while the clause pays an organisation: no (0), the benefit described, and
    who is paid; instead of a question about the person's own conditions."""
    words = kb.lexicon.words
    at = min((text.find(w) for w in words.get("own_payee_words", ()) if w in text), default=-1)
    # (the money asked after the person: not "…企业招本区户籍的有奖补 但我想问我自己…能不能免费参加")
    if at == -1 or not has_any(text[at:], words.get("money_words", ())) or not reply.clauses:
        return None
    if any(b.kind not in ("eligibility", "info") for b in benefits):
        return None
    clause = kb.clause(reply.clauses[0])
    paid = [b for b in clause.benefits if b.payee == "organisation"]
    if not paid:
        return None
    if reply.kind == "ask":
        if describe is None:
            return None
        reply = describe(clause, benefits)
    note = kb.texts["paid_to_organisation_none"].format(name=paid[0].name, recipient=paid[0].recipient)
    return replace(reply, text=f"{note}\n{reply.text}", eligible=False, amount_yuan=0)


def no_longer_asked(kb: KnowledgeBase, asked: Reply, reply: Reply, state: dict[str, Any]) -> dict[str, Any]:
    """``state`` without the question ``asked`` put, where ``asked_for_oneself`` turned it into an
    answer about a person's own benefit ("学生有补贴拿吗": no cash of theirs, so their 户籍 is no
    longer asked); an organisation's head count asked stays, so a figure said next answers it."""
    topic = state.get("topic")
    if asked.kind != "ask" or reply.kind != "answer" or not isinstance(topic, dict) or not topic.get("asking"):
        return state
    if topic.get("clause") not in kb.ids:
        return state
    theirs = [b for b in kb.clause(topic["clause"]).benefits if b.id in (topic.get("benefits") or [])]
    if not theirs or any(b.payee == "organisation" for b in theirs):
        return state
    return {**state, "topic": {**topic, "asking": None}}
