"""Totals that name the answers they add, by their words ("零工市场和高质量社区那两块加起来") or by
the figures those answers were computed from:
"今年技能人才一百六十三人次的奖励加上工作室建室补助，一共多少", "按实际的：招人一百个、高技能人才
五十五人次、大学生培训二十人三天，一共多少".

Each remembered answer keeps what it was computed from (``said``: its counts, their sum, its
levels and categories). A figure in a total that one of them was computed from points at that
answer; where the dialogue answered a what-if beside the actual figures ("如果是六十人次呢"), the
figure also says which of the two is meant.
"""

from __future__ import annotations

from typing import Any

from handlers.intents import has_any
from handlers.people import named_people
from handlers.remembered import counted, summed
from handlers.reply import Reply
from knowledge.models import KnowledgeBase
from knowledge.numbers import Number, find_numbers


def said_figures(kb: KnowledgeBase, benefit_ids: list[str], clause_ids: list[str], facts: dict[str, Any]) -> list[str]:
    """The figures and level words the benefits' answer rests on: every count (and, where there
    are several, their sum: "一共是一百个" of 99 + 1), every category and level named."""
    slots = {
        s
        for clause in kb.clauses
        if clause.id in clause_ids
        for benefit in clause.benefits
        if benefit.id in benefit_ids
        for s in benefit.calculator.slots()
    }
    counts: list[int] = []
    words: list[str] = []
    for name in sorted(slots):
        value = facts.get(name)
        if isinstance(value, bool):
            continue
        if isinstance(value, int):
            counts.append(value)
        elif isinstance(value, dict):
            words.extend(str(k) for k in value)
            counts.extend(v for v in value.values() if isinstance(v, int) and not isinstance(v, bool))
        elif isinstance(value, list | tuple):
            words.extend(str(v) for v in value)
        elif isinstance(value, str):
            words.append(value)
    if len(counts) > 1:
        counts.append(sum(counts))
    return [str(c) for c in dict.fromkeys(counts)] + list(dict.fromkeys(words))


def told(text: str) -> list[str]:
    """The whole figures a message said, kept with its answer beside ``said_figures`` (they may
    be the parts of a count: "脱贫人口四十个，本区户籍的十五个" counted as 55)."""
    return [str(int(n.value)) for n in find_numbers(text) if n.value is not None and n.value == int(n.value)]


def points_at(entry: dict[str, Any], text: str, number: Number) -> bool:
    """True when ``number`` in ``text`` is one the answer was computed from or said with, or its
    amount ("单位的2万加上…": the 20,000 answered), or begins a level word of it ("四星", "三等奖")."""
    said = [*(entry.get("said") or []), *(entry.get("told") or [])]
    whole = number.value is not None and number.value == int(number.value)
    if whole and (str(int(number.value or 0)) in said or str(entry.get("amount")) == str(int(number.value or 0))):
        return True
    return any(len(s) >= 2 and text.startswith(s, number.start) for s in said)


def words_named(entry: dict[str, Any], text: str) -> int:
    """How many of the answer's own category and level words the message says ("线下3次")."""
    return sum(1 for s in entry.get("said") or [] if len(s) >= 2 and not s.isdigit() and s in text)


def named_total(
    kb: KnowledgeBase,
    answered: list[dict[str, Any]],
    text: str,
    *,
    as_stated: bool = False,
    known: dict[str, int] | None = None,
) -> Reply | None:
    """ "那高质量社区奖补和服务中心补贴加起来最多多少", "领衔人那3000和导师那边加起来": the sum of
    the answers the message names, two or more of them, by words each alone has (its benefit's
    name and trigger words, its clause's strong keywords). Figures are allowed only as
    references to those answers ("那5次", "那3000") or as the figures one of them was computed
    from ("技能人才一百六十三人次的奖励加上…"), which also choose between an answer and a what-if
    answered beside it (unnamed: the what-if, unless ``as_stated``, "按实际的…")."""
    if len(answered) < 2 or len(text) > 48 or not has_any(text, kb.lexicon.words.get("total_words", ())):
        return None
    references = kb.lexicon.words.get("reference_before_chars", ())
    numbers = [n for n in find_numbers(text) if n.value is not None]
    figures = [n for n in numbers if text[max(0, n.start - 1) : n.start] not in references]
    if any(not any(points_at(a, text, n) for a in answered) for n in figures):
        return None  # a figure no answer was computed from: a new fact
    # a figure pointed back at ("我那三次") names its answer too
    scores = [sum(points_at(a, text, n) for n in numbers) + words_named(a, text) for a in answered]
    pointed = [a for a, score in zip(answered, scores, strict=True) if score and numbers]
    answered = _chosen_twins(answered, scores, what_if=not as_stated)
    chosen = named_by_words(kb, answered, text)
    if has_any(text, kb.lexicon.words.get("other_person_words", ())):
        # "那我老公那5次和我的…": theirs too; "我爸的…加上我舅舅机构…": those two people's
        named_ids = {known[n] for n in named_people(kb, text) if n in known} if known else set()
        chosen.update(_key(a) for a in answered if a.get("who") and (not named_ids or a.get("who") in named_ids))
    chosen.update(_key(a) for a in pointed if any(a is b for b in answered))
    named = [a for a in answered if _key(a) in chosen]
    if not has_any(text, kb.lexicon.words.get("other_person_words", ())):
        # "我们社区…加…": the asker's own answers where a key was answered for others too
        mine = {_key(a) for a in named if not a.get("who")}
        named = [a for a in named if not a.get("who") or _key(a) not in mine]
    named_keys = {_key(a) for a in named}
    if len(named_keys) == 1 and len(answered) > 1 and has_any(text, kb.lexicon.words.get("one_block_words", ())):
        return summed(kb, named)  # "培训这块一共": that answer alone, not everything answered
    return summed(kb, named) if len(named_keys) >= 2 else None


def named_by_words(kb: KnowledgeBase, answered: list[dict[str, Any]], text: str) -> set[str]:
    """The keys of the answers ``text`` names by words only each of them has."""
    clauses = [c for a in answered for c in a["key"][0]]
    shared = {c for c in clauses if clauses.count(c) > 1}
    keys = {_key(a): _words(kb, a, shared) for a in answered}
    chosen = set()
    for key, own in keys.items():
        others = set().union(*(w for k, w in keys.items() if k != key))
        if any(w in text for w in own - others):
            chosen.add(key)
    return chosen


def _chosen_twins(answered: list[dict[str, Any]], scores: list[int], *, what_if: bool) -> list[dict[str, Any]]:
    """``counted`` where the message's figures choose between an answer and its what-if: the
    one more of them point at, else the default."""
    best: dict[tuple[str, int, int], int] = {}
    for a, score in zip(answered, scores, strict=True):
        twin = (_key(a), a.get("who", 0), a.get("case", 0))
        best[twin] = max(best.get(twin, 0), score)
    ties = [
        a
        for a, score in zip(answered, scores, strict=True)
        if score == best[(_key(a), a.get("who", 0), a.get("case", 0))]
    ]
    return counted(ties, what_if=what_if)


def _key(answered: dict[str, Any]) -> str:
    return repr(answered.get("key"))


def _words(kb: KnowledgeBase, answered: dict[str, Any], shared: set[str]) -> set[str]:
    """Words that name one remembered answer: three-character pieces of its benefits' names,
    their trigger and reference words, and its clauses' strong keywords where no other answer
    is of the same clause (工匠 names (十二), not which of its benefits)."""
    clauses, benefits = answered["key"]
    found: set[str] = set()
    for clause in kb.clauses:
        if clause.id not in clauses:
            continue
        if clause.id not in shared:
            found.update(w for w in clause.strong if len(w) >= 2)
        for benefit in clause.benefits:
            if benefit.id in benefits:
                found.update(benefit.name[i : i + 3] for i in range(len(benefit.name) - 2))
                found.update(t for t in (*benefit.triggers, *benefit.refers) if len(t) >= 2)
    return found


answer_key = _key
"""Public name of ``_key``: one remembered answer's identity."""
