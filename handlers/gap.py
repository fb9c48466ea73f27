"""How far to the next step ("还差几个人", "差几个才够"): the smallest count that pays more.

The benefit's own calculator is asked with the figure raised one at a time, so the answer holds
for every stepped rule (（四）'s 50 and then every 25, （十）'s two tracks) without this module
knowing their shapes, and every amount it states still comes from the policy data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from calculators.result import yuan
from handlers.reply import Reply
from knowledge.models import Clause, Slot

LIMIT = 1000
"""Counts tried above the current one; every step of the policy is far smaller."""


@dataclass(frozen=True, slots=True)
class Gap:
    """The count that first pays more, and the amounts now and then."""

    extra: int
    target: int
    now: Decimal
    then: Decimal


def next_step(amount: Callable[[dict[str, Any]], Decimal], facts: Mapping[str, Any], slot: str) -> Gap | None:
    """The first count above ``facts[slot]`` whose amount is higher; None at the cap."""
    value = facts.get(slot)
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    now = amount(dict(facts))
    for extra in range(1, LIMIT + 1):
        then = amount({**facts, slot: value + extra})
        if then > now:
            return Gap(extra, value + extra, now, then)
    return None


def gap_reply(texts: Mapping[str, str], clause: Clause, slot: Slot, value: int, gap: Gap | None, now: Decimal) -> Reply:
    """The answer to "还差几个": how many more, to what figure, for how much; or that the cap is
    reached."""
    unit = slot.units[0] if slot.units else ""
    if gap is None:
        text = texts["gap_capped"].format(value=value, unit=unit, now=yuan(now))
    else:
        text = texts["gap_next"].format(
            value=value, unit=unit, extra=gap.extra, target=gap.target, now=yuan(gap.now), then=yuan(gap.then)
        )
    # No amount or verdict: the figures are a what-if, not what the asker is due now.
    return Reply(text=f"{clause.number}{clause.title}：{text}", kind="answer", clauses=(clause.id,))
