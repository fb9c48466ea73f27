"""The value every handler returns; channels (``bot/``) render and send it.

A reply carries more than its text so that the JSON API, WeCom and the evaluation can read the
amount and verdict without parsing Chinese prose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from knowledge.models import Benefit, KnowledgeBase

Kind = Literal["answer", "ask", "clarify", "fallback", "help"]


@dataclass(frozen=True, slots=True)
class Reply:
    """What the bot says for one message, with its machine-readable meaning.

    ``kind``, ``clauses``, ``amount_yuan`` and ``eligible`` have the meanings fixed in
    CONTRACTS.md; ``steps``, ``documents`` and ``options`` are extras for richer channels.
    """

    text: str
    kind: Kind
    clauses: tuple[str, ...] = ()
    amount_yuan: int | Decimal | None = None
    eligible: bool | None = None
    steps: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    benefits: tuple[str, ...] = field(default=())
    candidates: tuple[tuple[str, float], ...] = ()
    """Best clauses and scores behind a fallback or clarification (for the unanswered log)."""
    parts: tuple[tuple[str, str, Decimal], ...] = ()
    """(clause, benefit, amount) of each granted benefit of an answer, for totals across turns."""
    illustrative: bool = False
    """An amount for a case beside the asker's own figures (the cap once figures were given, one
    person's rate, the best level): answered, but not remembered for totals."""

    def to_json(self) -> dict[str, Any]:
        """The JSON API body: the five contract fields first, extras after."""
        amount: int | str | None
        if self.amount_yuan is None:
            amount = None
        elif isinstance(self.amount_yuan, Decimal) and self.amount_yuan != self.amount_yuan.to_integral():
            amount = str(self.amount_yuan)
        else:
            amount = int(self.amount_yuan)
        return {
            "reply": self.text,
            "kind": self.kind,
            "clauses": list(self.clauses),
            "amount_yuan": amount,
            "eligible": self.eligible,
            "steps": list(self.steps),
            "documents": list(self.documents),
            "options": list(self.options),
            "benefits": list(self.benefits),
        }


def under_headline(text: str, *notes: str) -> str:
    """``text`` with ``notes`` on the lines right under its headline, where a reader looks first
    for why the figure is what it is ("（未计入…）", "（连同前面说的…）")."""
    head, _, rest = text.partition("\n")
    return "\n".join(line for line in (head, *notes, rest) if line)


def sole_benefit(kb: KnowledgeBase, reply: Reply) -> Benefit | None:
    """The one benefit an answer is about, looked up in its first clause; None for several, none,
    or one that belongs to another of its clauses. The refinements that run after an answer
    (a proposed sum, a difference, a quoted rate) each work on that one benefit."""
    if reply.kind != "answer" or len(reply.benefits) != 1 or not reply.clauses or reply.clauses[0] not in kb.ids:
        return None
    return next((b for b in kb.clause(reply.clauses[0]).benefits if b.id == reply.benefits[0]), None)
