"""Writing replies: amount first, then steps, assumptions, materials and the citation.

Plain text that reads on a phone and stays under WeCom's 2048 bytes: when a reply would be
longer, the least important sections are shortened first (materials, then conditions).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from calculators.result import Result, yuan
from knowledge.models import Benefit, Clause

MAX_BYTES = 2048
QUOTE_CHARS = 70


@dataclass(frozen=True, slots=True)
class Outcome:
    """One benefit's computed result, with the clause it belongs to."""

    clause: Clause
    benefit: Benefit
    result: Result


def clause_label(clause: Clause) -> str:
    """（四）鼓励企业积极吸纳就业; the annex is just 五、附则."""
    return clause.number if clause.title in clause.number else f"{clause.number}{clause.title}"


def citation(clause: Clause, quote: str, texts: Mapping[str, str]) -> str:
    """Clause number and title with a short verbatim quote."""
    short = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS] + "……"
    return f"{texts.get('citation_title', '政策依据：')}{clause_label(clause)}：“{short}”"


def _bullets(title: str, items: Sequence[str], limit: int) -> list[str]:
    if not items or limit <= 0:
        return []
    shown = list(items[:limit])
    if len(items) > limit:
        shown.append(f"等{len(items)}项")
    return [title, *(f"· {item}" for item in shown)]


def headline(outcomes: Sequence[Outcome], total: Decimal | None, texts: Mapping[str, str]) -> str:
    """The first line: the amount, the verdict, or the non-monetary grant."""
    failed = [o for o in outcomes if o.result.eligible is False]
    if failed and len(failed) == len(outcomes):
        reasons = "".join(f for o in failed for f in o.result.failures)
        return f"{texts.get('not_eligible_prefix', '')}{reasons}"
    if total is None:
        grants = [o.result.grant for o in outcomes if o.result.grant]
        if grants:
            return f"{texts.get('eligible_prefix', '')}{'；'.join(grants)}。"
        return ""
    up_to = any(o.result.up_to for o in outcomes if o.result.eligible)
    prefix = texts.get("up_to_prefix" if up_to else "amount_prefix", "")
    if len(outcomes) > 1:
        prefix = "合计" + prefix
    names = "、".join(o.benefit.name for o in outcomes if o.result.eligible)
    return f"{prefix}{yuan(total)}（{names}）"


def answer_text(
    outcomes: Sequence[Outcome],
    total: Decimal | None,
    texts: Mapping[str, str],
    *,
    extra_assumptions: Sequence[str] = (),
) -> str:
    """The full answer for one or more benefits; shortened to fit ``MAX_BYTES``."""
    for doc_limit, cond_limit in ((5, 5), (3, 3), (2, 2), (0, 1), (0, 0)):
        text = _answer(outcomes, total, texts, extra_assumptions, doc_limit, cond_limit)
        if len(text.encode()) <= MAX_BYTES:
            return text
    return text


def _answer(
    outcomes: Sequence[Outcome],
    total: Decimal | None,
    texts: Mapping[str, str],
    extra: Sequence[str],
    doc_limit: int,
    cond_limit: int,
) -> str:
    lines = [headline(outcomes, total, texts)]
    if all(o.result.eligible is False for o in outcomes):
        doc_limit = 0  # nothing to apply for: what would qualify matters, not the paperwork
    many = len(outcomes) > 1
    steps: list[str] = []
    advice: list[str] = []
    conditions: list[str] = list(extra)
    documents: list[str] = []
    for o in outcomes:
        label = f"【{o.benefit.name}】" if many else ""
        if many and o.result.eligible is False:
            steps.append(f"{label}不符合：{''.join(o.result.failures)}")
        elif o.result.amount is not None and many:
            steps.append(f"{label}{yuan(o.result.amount)}")
        steps.extend(o.result.steps)
        advice.extend(o.result.advice)
        if o.benefit.info and o.result.amount is None and not o.result.grant:
            lines.append(o.benefit.info)
        if o.result.eligible is not False:
            conditions.extend(c for c in o.benefit.conditions if c not in conditions)
        documents.extend(d for d in o.benefit.documents if d not in documents)
    lines += _bullets(texts.get("steps_title", "计算过程："), steps, 8)
    lines += _bullets(texts.get("advice_title", "怎样可以符合："), advice, 3)
    lines += _bullets(texts.get("assumptions_title", "前提条件："), conditions, cond_limit)
    lines += _bullets(texts.get("documents_title", "需准备："), documents, doc_limit)
    seen: set[str] = set()
    for o in outcomes:
        if o.clause.id not in seen:
            lines.append(citation(o.clause, o.benefit.quote, texts))
            seen.add(o.clause.id)
    lines.append(texts.get("draft_note", ""))
    return "\n".join(line for line in lines if line)


def numbered(intro: str, options: Sequence[str], outro: str = "") -> str:
    """A question with numbered options the user may answer with a digit or in words."""
    body = [intro, *(f"{i}. {text}" for i, text in enumerate(options, 1))]
    if outro:
        body.append(outro)
    return "\n".join(body)


def overview(clause: Clause, texts: Mapping[str, str], benefits: Sequence[Benefit] = ()) -> str:
    """What a clause (or some of its benefits) gives, for questions without facts."""
    shown = list(benefits) or list(clause.benefits)
    lines = [f"{clause_label(clause)}：{clause.summary}"]
    documents: list[str] = []
    conditions: list[str] = []
    for b in shown:
        conditions.extend(c for c in b.conditions if c not in conditions)
        documents.extend(d for d in b.documents if d not in documents)
    lines += _bullets(texts.get("assumptions_title", "条件："), conditions, 4)
    lines += _bullets(texts.get("documents_title", "需准备："), documents, 4)
    lines.append(citation(clause, shown[0].quote if len(shown) == 1 else clause.text, texts))
    lines.append(texts.get("overview_outro", ""))
    lines.append(texts.get("draft_note", ""))
    text = "\n".join(line for line in lines if line)
    return text if len(text.encode()) <= MAX_BYTES else text[: MAX_BYTES // 3]
