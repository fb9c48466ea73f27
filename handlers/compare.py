"""Two options of one benefit compared ("国家级跟区级差多少", "技师比高级工多多少"): what each
pays on its own, and the difference.

The answer for both together would add them up or take the higher one (从高、不重复), which is
not what was asked. Kept apart from the calculators: they compute one case; this runs the same
calculator once per option named and subtracts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from calculators.result import Result, whole, yuan
from handlers.compose import citation, clause_label
from handlers.intents import has_any
from handlers.reply import Reply, sole_benefit
from handlers.scan import category_spans
from knowledge.models import Benefit, KnowledgeBase
from knowledge.numbers import find_numbers


def compare(
    kb: KnowledgeBase, reply: Reply, facts: Mapping[str, Any], text: str, before: Mapping[str, Any] | None = None
) -> Reply:
    """``reply`` turned into the difference between the two options the message names (or the
    one it names and the one of the turn ``before``: "那跟高级工差多少"), where it asks for a
    difference and the one benefit answered reads both; unchanged otherwise."""
    if reply.eligible is not True or not _asks_difference(kb, text):
        return reply  # (the common case, decided before the benefit is looked up)
    benefit = sole_benefit(kb, reply)
    if benefit is None:
        return reply
    options = (
        _named_levels(kb, benefit, facts, text)
        or _options(kb, benefit, facts, before or {})
        or _counts_apart(kb, benefit, facts, before or {}, text)
    )
    if len(options) != 2:
        return reply
    results = [(label, benefit.calculator.compute(variant, kb.bases)) for label, variant in options]
    if any(r.amount is None or r.eligible is False for _, r in results):
        return reply
    (first, a), (second, b) = sorted(results, key=lambda pair: -_amount(pair[1]))
    return _difference(kb, reply, benefit, (first, _amount(a)), (second, _amount(b)))


def against_earlier(kb: KnowledgeBase, reply: Reply, answered: list[dict[str, Any]], text: str) -> Reply:
    """ "产业平台的中心跟社区的比 最高差多少": the answer just given against the one before it on
    another benefit of the same clause; ``reply`` otherwise."""
    if reply.eligible is not True or reply.amount_yuan is None or not answered:
        return reply
    if not _asks_difference(kb, text) or not has_any(text, kb.lexicon.words.get("set_against_words", ())):
        return reply  # (not "单位能多拿多少": more on top, nothing set against it)
    benefit = sole_benefit(kb, reply)
    if benefit is None:
        return reply
    key, amount = answered[-1].get("key"), answered[-1].get("amount")
    if not key or key[0] != [reply.clauses[0]] or len(key[1]) != 1 or key[1] == [benefit.id]:
        return reply
    try:
        earlier = Decimal(str(amount))
    except ArithmeticError:
        return reply
    if earlier <= 0:
        return reply  # (a ceiling or a refusal remembered as nothing: no figure to compare with)
    other = kb.clause(reply.clauses[0]).benefit(key[1][0])
    now = Decimal(reply.amount_yuan)
    pairs = sorted([(benefit.name, now), (other.name, earlier)], key=lambda pair: -pair[1])
    return _difference(kb, reply, benefit, *pairs)


def _asks_difference(kb: KnowledgeBase, text: str) -> bool:
    """A difference word outside the cap words: the 多多少 of "最多多少", the 高多少 of "最高多少"
    ask a cap, not a difference."""
    for word in kb.lexicon.words.get("maximum_words", ()):
        text = text.replace(word, "")
    return has_any(text, kb.lexicon.words.get("compare_words", ()))


def _difference(
    kb: KnowledgeBase, reply: Reply, benefit: Benefit, high: tuple[str, Decimal], low: tuple[str, Decimal]
) -> Reply:
    """The reply saying how much more ``high`` pays than ``low``, with both amounts as steps."""
    clause = kb.clause(reply.clauses[0])
    difference = high[1] - low[1]
    texts = kb.texts
    head = texts.get("compare_head", "{first}比{second}多{difference}").format(
        first=high[0], second=low[0], difference=yuan(difference), clause=clause_label(clause)
    )
    steps = (
        *(f"{label}：{yuan(amount)}" for label, amount in (high, low)),
        texts.get("compare_step", "{high} − {low} = {difference}").format(
            high=yuan(high[1]), low=yuan(low[1]), difference=yuan(difference)
        ),
    )
    lines = [
        head,
        texts.get("steps_title", "计算过程："),
        *(f"· {s}" for s in steps),
        citation(clause, benefit.quote, texts),
        texts.get("draft_note", ""),
    ]
    return replace(
        reply,
        text="\n".join(line for line in lines if line),
        amount_yuan=whole(difference),
        steps=steps,
        documents=(),
        parts=(),
    )


def options_compared(
    kb: KnowledgeBase, reply: Reply, facts: Mapping[str, Any], before: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """``facts`` without the options a difference was just answered for ("技师和高级工补贴差多少",
    "区级跟市级一个差多少"): levels compared are no levels of the asker's, so the level slots stay
    as they were before the question (or unsaid), and "我是技师" next is one 技师, not both."""
    benefit = sole_benefit(kb, reply)
    if benefit is None or reply.parts or reply.amount_yuan is None:
        return dict(facts)
    before = before or {}
    kept = dict(facts)
    for name in benefit.calculator.slots():
        slot = kb.slots.get(name)
        if slot is None or slot.type not in ("enum", "counts") or facts.get(name) == before.get(name):
            continue
        if name in before:
            kept[name] = before[name]
        else:
            kept.pop(name, None)
    return kept


def _options(
    kb: KnowledgeBase, benefit: Benefit, facts: Mapping[str, Any], before: Mapping[str, Any]
) -> list[tuple[str, dict[str, Any]]]:
    """The first slot of the benefit that names exactly two options, each as the facts of one
    case alone: one value of a level list, or one of each category counted."""
    for name in benefit.calculator.slots():
        value = _paired(facts.get(name), before.get(name))
        slot = kb.slots.get(name)
        if slot is None or not isinstance(value, list | dict) or len(value) != 2:
            continue
        if slot.type == "enum" and isinstance(value, list):
            return [(v, {**facts, name: [v]}) for v in value]
        if slot.type == "counts" and isinstance(value, dict):
            return [(k, {**facts, name: {k: 1}}) for k in value]
    return []


def _named_levels(
    kb: KnowledgeBase, benefit: Benefit, facts: Mapping[str, Any], text: str
) -> list[tuple[str, dict[str, Any]]]:
    """Two categories the message names, one of each ("区级跟市级一个差多少" after a batch of
    three levels)."""
    for name in benefit.calculator.slots():
        slot = kb.slots.get(name)
        if slot is None or slot.type != "counts":
            continue
        named = list(dict.fromkeys(category for _, _, category in category_spans(slot, text)))
        if len(named) == 2:
            alone = {k: v for k, v in facts.items() if k not in benefit.calculator.slots()}
            levels = [n for n in benefit.calculator.slots() if n in kb.slots and kb.slots[n].type == "enum"]
            return [(k, {**alone, name: {k: 1}, **{e: [k] for e in levels if k in kb.slots[e].values}}) for k in named]
    return []


def _counts_apart(
    kb: KnowledgeBase, benefit: Benefit, facts: Mapping[str, Any], before: Mapping[str, Any], text: str
) -> list[tuple[str, dict[str, Any]]]:
    """A head count before and after more are added ("现在60个 再多招15个的话能多拿多少", or "要是
    再多招30个 能多拿多少" after 75): the two counts as the two cases."""
    increase = tuple(kb.lexicon.words.get("increase_words", ()))
    for name in benefit.calculator.slots():
        slot = kb.slots.get(name)
        now = facts.get(name)
        if slot is None or slot.type != "count" or not isinstance(now, int) or isinstance(now, bool):
            continue
        then = before.get(name)
        if not isinstance(then, int) or isinstance(then, bool) or then == now:
            added = [
                int(n.value)
                for n in find_numbers(text)
                if n.value is not None and any(text[: n.start].endswith(w) for w in increase)
            ]
            then = now - added[0] if len(added) == 1 and 0 < added[0] < now else None
        if then is None:
            continue
        unit = slot.units[0] if slot.units else ""
        return [(f"{then}{unit}", {**facts, name: then}), (f"{now}{unit}", dict(facts))]
    return []


def _paired(now: Any, then: Any) -> Any:
    """One option now and another one the turn before: the two to compare."""
    if isinstance(now, list) and isinstance(then, list) and len(now) == len(then) == 1 and now != then:
        return [*then, *now]
    if isinstance(now, dict) and isinstance(then, dict) and len(now) == len(then) == 1 and now.keys() != then.keys():
        return {**then, **now}
    return now


def _amount(result: Result) -> Decimal:
    return result.amount if result.amount is not None else Decimal(0)
