"""Two questions in one message, each about another clause ("这个意见什么时候施行？企业招人奖补
每年最高多少？"): each is answered on its own, in the order asked, and the replies are joined.

Only where every question routes by itself, strongly, to a clause of its own; questions on one
clause ("能拿多少？要准备什么材料？") stay one message for the dialogue to read as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from handlers.reply import Reply
from handlers.routing import Router
from knowledge.search import Matcher

_QUESTION_END = re.compile(r"(?<=[？?])")
_UNMARKED_END = re.compile(
    r"(?:(?<=多久)|(?<=多少)|(?<=几个)|(?<=几次)|(?<=个月)|(?<=多长)|(?<=时间)|(?<=怎么办)|(?<=怎么算)|(?<=哪里)|(?<=在哪)|(?<=[吗呢么嘛啥]))\s+(?=还有|另外|再问|顺便问|还想问)"
)
"""Questions typed without question marks, the next opened by "还有", "另外"… after a space."""


def split_questions(matcher: Matcher, router: Router, text: str) -> list[str] | None:
    """The message's questions, where it asks two or more, each strongly about a clause of its own."""
    parts = [p.strip() for p in _QUESTION_END.split(text) if p.strip()]
    unmarked = len(parts) == 1
    if unmarked:  # "失业金能领多久 还有公益岗绩效补贴最多多少": each asked, unmarked
        parts = [f"{p.strip()}？" for p in _UNMARKED_END.split(text) if p.strip()] or parts
    # Whole questions only: each says enough to stand alone and ends with a question mark (the
    # message's last may end without one: "…一共多少？另外导师讲课的钱要交个税吗").
    if len(parts) < 2 or any(not p.endswith(("？", "?")) or len(p) < 7 for p in parts[:-1]) or len(parts[-1]) < 7:
        return None
    clauses = []
    outside = 0
    for part in parts:
        query = matcher.prepare(part)
        ranks = matcher.rank(query)
        route = router.route(query, ranks)
        if route.kind == "fallback" and route.topic:
            outside += 1
            continue  # "另外杭州技能人才落户是什么条件": another service's question, said so in turn
        if not part.endswith(("？", "?")):
            return None  # (a last phrase with no question mark splits off only as another service's)
        if route.kind != "open" or route.clause is None or not ranks[0].hits:
            return None
        clauses.append(route.clause.id)
    if unmarked and not outside:
        return None  # unmarked, only beside another service's question ("…是多少 还有这个钱拨给谁": one matter)
    return parts if clauses and len(set(clauses)) == len(clauses) else None


def answer_each(
    parts: list[str],
    state: dict[str, Any],
    respond: Callable[[dict[str, Any], str], tuple[Reply, dict[str, Any]]],
    note: str = "",
) -> tuple[Reply, dict[str, Any]]:
    """Each question answered in turn (the state carried from one to the next), the replies joined
    under their questions, the draft ``note`` once at the end; the amount is the sum of those
    that have one."""
    replies = []
    for part in parts:
        reply, state = respond(state, part)
        replies.append((part, reply))
    amounts = [r.amount_yuan for _, r in replies if r.amount_yuan is not None]
    bodies = ["\n".join(line for line in r.text.split("\n") if not note or line != note) for _, r in replies]
    text = "\n\n".join(
        f"{i}. {part}\n{body}" for i, ((part, _), body) in enumerate(zip(replies, bodies, strict=True), 1)
    )
    text = f"{text}\n{note}" if note else text
    first = replies[0][1]
    answered = any(r.kind == "answer" for _, r in replies)
    verdicts = [r.eligible for _, r in replies if r.eligible is not None]
    joined = replace(
        first,
        text=text,
        # (another service's question beside answered ones: the message is answered)
        kind="answer" if all(r.kind in ("answer", "fallback") for _, r in replies) and answered else first.kind,
        clauses=tuple(dict.fromkeys(c for _, r in replies for c in r.clauses)),
        amount_yuan=int(sum(Decimal(a) for a in amounts)) if amounts else None,
        eligible=all(verdicts) if verdicts else None,
        benefits=tuple(b for _, r in replies for b in r.benefits),
        parts=tuple(p for _, r in replies for p in r.parts),
    )
    return joined, state
