"""One message asking the total over two clauses ("招了75人…又新培养技能人才100人次，两项合计多少").

Each clause is answered on its own, from the phrases of the message that are about it, exactly
as if asked alone, and the amounts are added; the reply shows the total first, then each
clause's answer with its steps and citation. Only when every clause reaches an answer: a clause
that would ask a follow-up leaves the message to the ordinary one-clause route, which asks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from calculators.result import whole, yuan
from handlers.intents import has_any
from handlers.reply import Reply
from handlers.steps import Step
from handlers.topic import Topic
from knowledge.models import Clause, KnowledgeBase
from knowledge.search import Cutoffs, Match, Query

Opener = Callable[[Clause, Query, dict[str, Any]], Step]
Preparer = Callable[[str], Query]
_PIECES = re.compile(r"[，,；;。？?！!]|另外|此外|同时")
"""Where one part of a message ends: punctuation, or a word that starts another matter."""
_TYPED = re.compile(r" (?![人个名位天次场岗月年元块万])|还有")
"""Within a part, where phone typing parts matters: a space, 还有. A piece between them with no
clause's word ("各10人") goes on the one before it, not to every clause."""


def several_clauses(
    kb: KnowledgeBase,
    cutoffs: Cutoffs,
    topic: Topic,
    query: Query,
    ranks: list[Match],
    facts: dict[str, Any],
    open_clause: Opener,
    prepare: Preparer | None = None,
) -> Step | None:
    """The combined answer when the message asks a total and gives facts for two or more
    clauses; None otherwise."""
    words = kb.lexicon.words
    # "一共多少", or another matter added with an amount asked ("…中级工证，另外在区里的技能竞赛
    # 拿了二等奖，能拿多少")
    another = has_any(query.text, words.get("another_matter_words", ()))
    if not has_any(query.text, words.get("total_words", ())) and not (
        another and has_any(query.text, words.get("amount_words", ()))
    ):
        return None
    chosen: list[Clause] = []
    cued: list[tuple[Match, Clause]] = []
    hits = {m.clause: m.hits for m in ranks}
    read: dict[str, dict[str, Any]] = {}
    for match in ranks[:4]:
        clause = kb.clause(match.clause)
        if match.score < cutoffs.answer:
            break
        # Its own distinctive keyword, and facts of its own: levels shared by two clauses
        # ("中级工12人" fits （六） and （九）) make one question, not two.
        fresh = topic.extract(clause, query.text)
        read[clause.id] = fresh
        # A sum without figures counts by a condition met ("新认定区级技能大师工作室").
        # Or one of its benefits named by its own words with the most asked ("绩效补贴按最高算").
        evidence = (
            topic.evidence(clause, fresh, query.text)
            or any(topic.condition_met(b, fresh) for b in clause.benefits)
            or (has_any(query.text, words.get("maximum_words", ())) and bool(topic.named(clause, query.text)))
        )
        if match.strong > 0 and evidence and not any(_same_levels(fresh, read[c.id]) for c in chosen):
            chosen.append(clause)
        elif len(match.hits) >= 2 and topic.evidence(clause, fresh, query.text) >= 2:
            cued.append((match, clause))  # "招了80个本区户籍的": ordinary words, a head count of its own
    # A clause all of whose words are another chosen one's ("学员是脱贫人口 中级工证书50人": 脱贫人口
    # is （九）'s too) is that one's subject, not a second matter.
    chosen = [
        c
        for c in chosen
        if not set(hits[c.id]) <= {h for o in chosen if o.id != c.id for h in hits[o.id]} or len(chosen) < 2
    ]
    # A clause of ordinary words joins one named strongly when none of its words are that one's.
    for match, clause in cued:
        if chosen and not any(set(match.hits) & set(hits.get(c.id, ())) for c in chosen):
            chosen.append(clause)
    if len(chosen) < 2:
        return None
    # As the message asks them, by the words only each clause has ("社区" is both （一）'s and （二）'s;
    # （五）'s 职业指导 is part of （六）'s 职业指导师).
    position = {
        c.id: _first_mention(
            query.text,
            [h for h in hits[c.id] if not any(h in w for o in chosen if o != c for w in hits[o.id])]
            or list(hits[c.id]),
        )
        for c in chosen
    }
    ordered = sorted(chosen, key=lambda c: position[c.id])
    own = _own_text(
        query.text,
        [(c, hits[c.id]) for c in ordered],
        lambda c, piece: bool(topic.extract(c, piece)),
        tuple(words.get("asker_alone_words", ())),
    )
    # A clause joined by ordinary words that no phrase went to ("员工" beside 竞赛 and 工匠) is no
    # matter of its own: reading the whole message for it would take the others' figures.
    cued_ids = {c.id for _, c in cued}
    if prepare is not None and len([c for c in ordered if own[c.id] or c.id not in cued_ids]) >= 2:
        ordered = [c for c in ordered if own[c.id] or c.id not in cued_ids]
    if prepare is not None and all(own[c.id] for c in ordered):
        steps = [open_clause(c, prepare(own[c.id]), dict(facts)) for c in ordered]
    else:
        steps = [open_clause(c, query, dict(facts)) for c in ordered]
    # A clause joined by its head count alone that comes out refused ("有1个员工入选浙江工匠" is no
    # hiring of one) was not what was asked about.
    joined = {c.id for _, c in cued}
    # (but "招了四十五个本区户籍的…": a phrase of its own, refused on its own figure, is a matter asked)
    steps = [
        s
        for c, s in zip(ordered, steps, strict=True)
        if c.id not in joined or s.reply.eligible is not False or (prepare is not None and own.get(c.id))
    ]
    replies = [s.reply for s in steps]
    if len(replies) < 2 or any(r.kind != "answer" or r.amount_yuan is None for r in replies):
        return None
    return Step(_combined(kb, replies), topic=steps[-1].topic, facts={k: v for s in steps for k, v in s.facts.items()})


def _same_levels(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """The same levels and counts read for two clauses ("一个高级工，另一个中级工" is （六）'s
    certificates or （九）'s trainees): one matter, the better ranked clause's."""

    def levels(fresh: dict[str, Any]) -> list[dict[str, Any]]:
        return [v for v in fresh.values() if isinstance(v, dict) and any(v.values())]

    mine = levels(one)
    return bool(mine) and mine == levels(other)


def _own_text(
    text: str,
    clauses: list[tuple[Clause, tuple[str, ...]]],
    reads: Callable[[Clause, str], bool],
    askers: tuple[str, ...] = (),
) -> dict[str, str]:
    """Each clause's own phrases: a phrase goes to the clause whose keywords cover most of it
    ("我们街道零工市场验收通过" to （一）, "辖区社区又新认定国家级高质量就业社区" to （二）);
    phrases with none ("合计多少") go to each clause with several phrases of its own (two matters
    of one clause to add up too), not to a clause said in one phrase ("我们街道零工市场验收通过"
    is the market's grant alone, not every grant a street could get); a phrase with none of
    their keywords that states a fact a clause reads ("我在私企上班") goes to that clause; the asker
    named alone in a phrase (``askers``: "街道") goes nowhere."""
    own: dict[str, list[str]] = {c.id: [] for c, _ in clauses}
    stated: dict[str, list[str]] = {c.id: [] for c, _ in clauses}
    shared: list[str] = []
    last = ""
    pieces = [(p.strip(), i > 0) for part in _PIECES.split(text) for i, p in enumerate(_TYPED.split(part))]
    for piece, typed in pieces:
        if piece in askers:
            continue  # "街道 零工市场验收通过…": who asks, alone in its phrase, is no grant asked about
        # (how much of the piece its words cover, then how many of them: "招了60个本区户籍员工" is
        # （四）'s 招了 and 员工 before （七）'s one 本区户籍)
        cover = [
            ((sum(len(w) for w in set(hits) if w in piece), sum(w in piece for w in set(hits))), c.id)
            for c, hits in clauses
        ]
        best = max(cover, default=((0, 0), ""))
        tied = [c for n, c in cover if n == best[0]]
        if best[0][0] > 0 and len(tied) > 1 and last in tied:
            own[last].append(piece)  # "…领衔人，参加区人社局组织的评审一次": 评审 is both's; it goes on
        elif best[0][0] > 0 and len(tied) == 1:
            own[best[1]].append(piece)
            last = best[1]
        elif piece and typed and last and own[last] and any(ch.isdigit() for ch in piece):
            own[last][-1] += f" {piece}"  # "初级工 中级工 各10人": the figure of the words before it
        elif piece and best[0][0] == 0:
            shared.append(piece)
            for clause, _ in clauses:
                if reads(clause, piece):
                    stated[clause.id].append(piece)
    return {
        c: "，".join([*(stated[c] if len(pieces) <= 1 else []), *pieces, *(shared if len(pieces) > 1 else [])])
        for c, pieces in own.items()
    }


def _first_mention(text: str, words: list[str]) -> int:
    found = [text.find(word) for word in words if word in text]
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
