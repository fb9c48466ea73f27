"""Adding up benefits answered in different turns ("另外…" then "两项一共多少")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from calculators.result import whole, yuan
from handlers.intents import has_any
from handlers.people import named_people
from handlers.reply import Reply
from handlers.restated import points_at, words_named
from knowledge.models import KnowledgeBase
from knowledge.numbers import find_numbers

MAX_REMEMBERED = 6


def remember(
    answered: list[dict[str, Any]],
    reply: Reply,
    *,
    person: int = 0,
    another_case: bool = False,
    what_if: bool = False,
    said: Callable[[list[list[str]]], list[str]] | None = None,
    told: list[str] | None = None,
) -> list[dict[str, Any]]:
    """The dialogue's answered amounts, one per benefit where the reply says them apart, in the
    order first asked; a benefit answered again replaces its earlier figure for the same person.
    Another ``person`` ("我同事…他是高级工") has their answers kept beside the asker's, and so has
    ``another_case`` of the same benefit ("我个人还获得了…" after the organisation's award).

    A ``what_if`` answer ("那假如年底招满一百个呢") does not replace the answer on the asker's own
    figures: it is kept beside it, marked (``counted`` chooses which of the two a total adds); a
    later answer on actual figures replaces both. ``said`` gives the figures each new answer was
    computed from (restated.said_figures) and ``told`` the figures the message said, kept so a
    later total can name it by them."""
    if reply.kind != "answer" or reply.amount_yuan is None or reply.eligible is not True or reply.illustrative:
        return answered
    entries = [([c], [b], amount) for c, b, amount in reply.parts]
    if not entries:
        entries = [(list(reply.clauses), list(reply.benefits), Decimal(reply.amount_yuan))]
    kept = list(answered)
    for clauses, benefits, amount in entries:
        key = [clauses, benefits]
        entry: dict[str, Any] = {"key": key, "amount": str(amount), "who": person}
        if said is not None:
            entry["said"] = said(key)
        if told:
            entry["told"] = told
        same = [i for i, a in enumerate(kept) if a.get("who", 0) == person and _overlaps(a.get("key"), key)]
        # "为什么四百五十人次不是二十五万" answers the what-if again: it stays one
        again = [i for i in same if kept[i].get("if") and kept[i].get("said") == entry.get("said")]
        if (what_if or again) and any(not kept[i].get("if") for i in same):
            entry["if"] = True  # the actual answer stays; an earlier what-if on it is replaced
            same = [i for i in same if kept[i].get("if")]
        if same and another_case:
            entry["case"] = max(int(kept[i].get("case", 0)) for i in same) + 1
            same = [i for i in same if kept[i].get("case", 0) == entry["case"]]
        for i in same:  # the same answer given again ("为什么…"): what was said with it stays
            if kept[i].get("said") == entry.get("said") and kept[i].get("told"):
                entry["told"] = list(dict.fromkeys([*kept[i]["told"], *entry.get("told", [])]))
        if same:  # a new figure for a benefit answered before keeps its place in the list
            kept = [a for i, a in enumerate(kept) if i not in same[1:]]
            kept[same[0]] = entry
        else:
            kept.append(entry)
    return kept[-MAX_REMEMBERED:]


def counted(answered: list[dict[str, Any]], *, what_if: bool) -> list[dict[str, Any]]:
    """The remembered answers a total adds: of an actual answer and a what-if answered beside it,
    the what-if (``what_if``) or the actual one."""

    def twin(a: dict[str, Any], b: dict[str, Any]) -> bool:
        same = a.get("who", 0) == b.get("who", 0) and a.get("case", 0) == b.get("case", 0)
        return a is not b and same and _overlaps(a.get("key"), b.get("key") or [[], []])

    kept = []
    for a in answered:
        if a.get("if") and any(twin(a, b) for b in answered):
            continue  # it stands in its actual answer's place, or not at all
        chosen = [b for b in answered if what_if and b.get("if") and twin(a, b)]
        kept.append(chosen[-1] if chosen else a)
    return kept


def _overlaps(old: Any, new: list[list[str]]) -> bool:
    """True when an earlier answer covered one of the same benefits: the newer one replaces it,
    so "一共多少" never counts a benefit twice."""
    if not isinstance(old, list) or len(old) != 2:
        return True  # unreadable: drop it rather than add it up
    return bool(set(old[0]) & set(new[0])) and bool(set(old[1]) & set(new[1]))


def grand_total(
    kb: KnowledgeBase, answered: list[dict[str, Any]], text: str, known: dict[str, int] | None = None
) -> Reply | None:
    """A reply adding up what was answered, when the message only asks for the total; where it
    names some of the answers ("零工市场和高质量社区那两块加起来"), those alone."""
    # After a what-if, "一共多少" adds the what-if's amount (the figures last talked about);
    # "按实际的…" the actual ones.
    as_stated = has_any(text, kb.lexicon.words.get("as_stated_words", ()))
    named = named_total(kb, answered, text, as_stated=as_stated, known=known)
    if named is not None:
        return named
    answered = counted(answered, what_if=not as_stated)
    # "两项", "我们俩", "两个人加起来": how many answers to add, not a new fact.
    counters = ("项", "块", "样", "个", "人", "位")
    # ... unless the figure is not that many ("3个人的话一共" after two answers: three people).
    sizes = {len(answered), len({a.get("who", 0) for a in answered})}
    figures = [
        n
        for n in find_numbers(text)
        if n.text != "俩" and (text[n.end : n.end + 1] not in counters or n.value not in sizes)
    ]
    if len(answered) < 2 or figures or len(text) > 20:
        return None  # a figure means a new fact ("一共招了80个"), not a sum of the answers
    if not has_any(text, kb.lexicon.words.get("total_words", ())):
        return None
    if has_any(text, kb.lexicon.words.get("what_if_words", ())):
        return None  # "线上的如果改成线下呢，总共多少": the what-if first, then the total (with_earlier)
    people = _people_counted(text)
    if people:
        # "小王小李两个人一共多少": the people's answers on the clause answered last, not the
        # community's grants asked before them
        last = answered[-1].get("key", [[]])[0]
        same = [a for a in answered if a.get("key", [[]])[0] == last]
        if 1 < len(same) < len(answered) and len({a.get("who", 0) for a in same}) == people:
            return _summed(kb, same)
    return _summed(kb, answered)


def _people_counted(text: str) -> int | None:
    """ "两个人", "两位", "俩": how many people a total is asked over."""
    for number in find_numbers(text):
        if number.text == "俩" or text[number.end :].startswith(("个人", "人", "位")):
            return int(number.value) if number.value is not None else None
    return None


def with_earlier(
    kb: KnowledgeBase,
    before: list[dict[str, Any]],
    after: list[dict[str, Any]],
    reply: Reply,
    text: str,
    *,
    again: bool = False,
) -> Reply:
    """ "我还在区级技能竞赛拿了二等奖，加起来一共多少": the answer just given plus what was answered
    before for other clauses, where the message asks a total; also, ``again``, a what-if right
    after such a total ("如果本区户籍的再多招20个呢"): the total with that figure changed.
    ``reply`` otherwise."""
    if reply.kind != "answer" or reply.eligible is not True or reply.amount_yuan is None:
        return reply
    words = kb.lexicon.words
    # (not "那吸纳就业这块要是明年做到五百人呢": that one, or another year's)
    again = again and not has_any(text, (*words.get("one_block_words", ()), *words.get("other_year_words", ())))
    if not (again or has_any(text, words.get("total_words", ()))) or len(reply.clauses) != 1:
        return reply
    if not again and not has_any(text, (*words.get("another_matter_words", ()), *words.get("what_if_words", ()))):
        return reply  # "3个人的话一共": the total of this answer, not of earlier ones too
    if not any(a.get("key") and reply.clauses[0] not in a["key"][0] for a in before) or len(after) < 2:
        return reply
    summed = _summed(kb, counted(after, what_if=not has_any(text, words.get("as_stated_words", ()))))
    note = kb.texts.get("draft_note", "")
    listed = [line for line in summed.text.split("\n") if line != note]  # the total, then each answer
    return replace(summed, text="\n".join([*listed, reply.text]))


def _summed(kb: KnowledgeBase, answered: list[dict[str, Any]]) -> Reply:
    """The remembered answers added up, each named with its amount."""
    amounts = [Decimal(a["amount"]) for a in answered]
    total = sum(amounts, Decimal(0))
    lines = [kb.texts.get("grand_total", "合计{total}").format(total=yuan(total))]
    names = [
        _name(kb, a)
        + (kb.texts.get("another_person", "") if a.get("who") else "")
        + (kb.texts.get("another_case", "") if a.get("case") else "")
        for a in answered
    ]
    lines += [f"· {name}：{yuan(x)}" for name, x in zip(names, amounts, strict=True)]
    lines.append(kb.texts.get("draft_note", ""))
    clauses = tuple(dict.fromkeys(c for a in answered for c in a["key"][0]))
    steps = (" + ".join(yuan(x) for x in amounts) + f" = {yuan(total)}",)
    return Reply(
        text="\n".join(line for line in lines if line),
        kind="answer",
        clauses=clauses,
        amount_yuan=whole(total),
        eligible=True,
        steps=steps,
    )


def _name(kb: KnowledgeBase, answered: dict[str, Any]) -> str:
    """ "（四）企业吸纳就业奖补": the clause number and the benefits' names."""
    clauses, benefits = answered["key"]
    names = [b.name for c in kb.clauses if c.id in clauses for b in c.benefits if b.id in benefits]
    numbers = "".join(c.number for c in kb.clauses if c.id in clauses)
    return f"{numbers}{'、'.join(names)}"


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
    scores = [sum(points_at(a, text, n) for n in figures) + words_named(a, text) for a in answered]
    pointed = [a for a, score in zip(answered, scores, strict=True) if score and figures]
    answered = _chosen_twins(answered, scores, what_if=not as_stated)
    clauses = [c for a in answered for c in a["key"][0]]
    shared = {c for c in clauses if clauses.count(c) > 1}
    keys = {_key(a): _words(kb, a, shared) for a in answered}
    chosen = set()
    for key, own in keys.items():
        others = set().union(*(w for k, w in keys.items() if k != key))
        if any(w in text for w in own - others):
            chosen.add(key)
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
        return _summed(kb, named)  # "培训这块一共": that answer alone, not everything answered
    return _summed(kb, named) if len(named_keys) >= 2 else None


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
