"""Tiered rewards: a base at a threshold, an increment per further full step, a yearly cap.

（四）: 50人 → 5万, each further 25人 → +2.5万, at most 50万.
（十）: two routes (技能人才 100/20, 高技能人才 50/10); the data says how they combine and why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from calculators.base import Base
from calculators.result import Facts, ParamError, Result, need_amount, need_int, yuan


@dataclass(frozen=True, slots=True)
class Route:
    """One way of counting: the slots summed, the threshold, the step and the amounts."""

    label: str
    slots: tuple[str, ...]
    unit: str
    threshold: int
    base: Decimal
    step: int
    increment: Decimal
    more: str = "再增加"

    def count(self, facts: Facts) -> int:
        return sum(int(facts.get(slot) or 0) for slot in self.slots)

    def amount(self, count: int) -> tuple[Decimal, str]:
        """Uncapped amount for ``count`` and the step that shows it."""
        if count < self.threshold:
            return Decimal(0), f"{self.label}{count}{self.unit}，未达到{self.threshold}{self.unit}起点"
        extra = (count - self.threshold) // self.step
        amount = self.base + self.increment * extra
        if extra == 0:
            return amount, f"{self.label}{count}{self.unit}，达到{self.threshold}{self.unit}：基础{yuan(self.base)}"
        return amount, (
            f"{self.label}{count}{self.unit}：基础{yuan(self.base)} + ({count}−{self.threshold})÷{self.step}"
            f"取整{extra}档 × {yuan(self.increment)} = {yuan(amount)}"
        )


def _parse_route(raw: Any, i: int, problems: list[str]) -> Route | None:
    where = f"routes[{i}]"
    if not isinstance(raw, Mapping):
        problems.append(f"{where}: must be a mapping")
        return None
    slots = raw.get("slots")
    if not isinstance(slots, list) or not slots or not all(isinstance(s, str) for s in slots):
        problems.append(f"{where}.slots: must list slot names")
        slots = []
    local: list[str] = []
    route = Route(
        label=str(raw.get("label", "")),
        slots=tuple(slots),
        unit=str(raw.get("unit", "人")),
        threshold=need_int(raw, "threshold", local, minimum=1),
        base=need_amount(raw.get("base"), "base", local),
        step=need_int(raw, "step", local, minimum=1),
        increment=need_amount(raw.get("increment"), "increment", local),
        more=str(raw.get("more", "再增加")),
    )
    problems.extend(f"{where}.{p}" for p in local)
    return route


@dataclass(frozen=True, slots=True)
class Tiered:
    """Best of one or more routes, capped; the reading of several routes is stated in steps."""

    routes: tuple[Route, ...]
    cap: Decimal
    cap_label: str = "最高"
    reading: str = ""

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> Tiered:
        problems: list[str] = []
        raw = params.get("routes")
        routes: list[Route] = []
        if not isinstance(raw, list) or not raw:
            problems.append("routes: must list at least one route")
        else:
            routes = [r for i, item in enumerate(raw) if (r := _parse_route(item, i, problems))]
        cap = need_amount(params.get("cap"), "cap", problems)
        if problems:
            raise ParamError(problems)
        return cls(tuple(routes), cap, str(params.get("cap_label", "最高")), str(params.get("reading", "")))

    def slots(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(slot for route in self.routes for slot in route.slots))

    def ceiling(self) -> tuple[Decimal, str] | None:
        """The stated maximum, for "最高多少" questions asked without figures."""
        return self.cap, f"{self.cap_label}{yuan(self.cap)}"

    def missing(self, facts: Facts, defaults: Mapping[str, Any]) -> list[str]:
        names = self.slots()
        return [] if any(facts.get(slot) is not None for slot in names) else [names[0]]

    def compute(self, facts: Facts, bases: Mapping[str, Base]) -> Result:
        results = [(route, route.count(facts), *route.amount(route.count(facts))) for route in self.routes]
        applicable = [r for r in results if any(facts.get(s) is not None for s in r[0].slots)]
        results = applicable or results
        best = max(results, key=lambda r: r[2])
        steps = [r[3] for r in results]
        if len(results) > 1 and best[2] > 0:
            steps.append(f"取较高的“{best[0].label}”口径" + (f"（{self.reading}）" if self.reading else ""))
        amount = best[2]
        if amount == 0:
            advice = []
            for route, count, _, _ in results:
                need = route.threshold - count
                advice.append(
                    f"{route.more}{need}{route.unit}（达到{route.threshold}{route.unit}）可得{yuan(route.base)}"
                )
            # Every route falls short: say so for each ("技能人才…未达到100；高技能人才…未达到50").
            failures = ("；".join(r[3] for r in results) + "。",)
            return Result(Decimal(0), False, tuple(steps), failures=failures, advice=tuple(advice))
        if amount > self.cap:
            steps.append(f"超过上限（{self.cap_label}{yuan(self.cap)}），按{yuan(self.cap)}计")
            amount = self.cap
        else:
            steps.append(f"未超过上限（{self.cap_label}{yuan(self.cap)}）")
            route, count = best[0], best[1]
            if amount + route.increment <= self.cap:
                need = route.step - (count - route.threshold) % route.step
                steps.append(f"提示：{route.more}{need}{route.unit}可再增加{yuan(route.increment)}")
        return Result(amount, True, tuple(steps))
