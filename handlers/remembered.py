"""The answers a dialogue remembers for totals across turns ("另外…" then "两项一共多少"): one
per benefit and person, with what each was computed from, a what-if kept beside the answer on
the asker's own figures; and the reply that adds some of them up."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from calculators.result import whole, yuan
from handlers.reply import Reply
from knowledge.models import KnowledgeBase

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
    corrected: bool = False,
) -> list[dict[str, Any]]:
    """The dialogue's answered amounts, one per benefit where the reply says them apart, in the
    order first asked; a benefit answered again replaces its earlier figure for the same person.
    Another ``person`` ("我同事…他是高级工") has their answers kept beside the asker's, and so has
    ``another_case`` of the same benefit ("我个人还获得了…" after the organisation's award).

    A ``what_if`` answer ("那假如年底招满一百个呢") does not replace the answer on the asker's own
    figures: it is kept beside it, marked (``counted`` chooses which of the two a total adds); a
    later answer on actual figures replaces both. ``said`` gives the figures each new answer was
    computed from (restated.said_figures) and ``told`` the figures the message said, kept so a
    later total can name it by them. A refusal on a ``corrected`` figure removes the benefit's
    earlier amount (not a refusal of a part or of a question "也能…吗")."""
    refused = reply.kind == "answer" and reply.eligible is False and not reply.illustrative and bool(reply.clauses)
    if refused and corrected:
        # "不对 稳定就业的只有45人": the benefit answered before pays nothing on the corrected figure
        key = [list(reply.clauses[:1]), list(reply.benefits)]
        return [a for a in answered if not (a.get("who", 0) == person and _overlaps(a.get("key"), key))]
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


def summed(kb: KnowledgeBase, answered: list[dict[str, Any]]) -> Reply:
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
