"""The flat kinds: a fixed sum, an amount by level, a rate per unit, a rate table, a ratio.

Each is a frozen dataclass built by ``parse`` from the YAML mapping; figures come only from
there, never from this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from calculators.base import Base
from calculators.result import (
    Facts,
    ParamError,
    Result,
    need_amount,
    need_int,
    number,
    to_decimal,
    yuan,
)


def _slot_name(params: Mapping[str, Any], key: str, problems: list[str]) -> str:
    value = params.get(key)
    if not isinstance(value, str) or not value:
        problems.append(f"{key}: must name a slot")
        return ""
    return value


def _amount_table(params: Mapping[str, Any], key: str, problems: list[str]) -> dict[str, Decimal]:
    table = params.get(key)
    if not isinstance(table, Mapping) or not table:
        problems.append(f"{key}: must map each level to an amount")
        return {}
    return {str(k): need_amount(v, f"{key}.{k}", problems) for k, v in table.items()}


@dataclass(frozen=True, slots=True)
class Fixed:
    """A set sum, or a stated maximum ("最高50万元") when ``up_to``."""

    amount: Decimal
    up_to: bool = False
    per: str = ""

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> Fixed:
        problems: list[str] = []
        amount = need_amount(params.get("amount"), "amount", problems)
        if problems:
            raise ParamError(problems)
        return cls(amount, bool(params.get("up_to", False)), str(params.get("per", "")))

    def slots(self) -> tuple[str, ...]:
        return ()

    def missing(self, facts: Facts, defaults: Mapping[str, Any]) -> list[str]:
        return []

    def compute(self, facts: Facts, bases: Mapping[str, Base]) -> Result:
        word = "最高" if self.up_to else ""
        step = f"{self.per}{word}{yuan(self.amount)}（按条款标准）"
        if self.up_to:
            step += "，实际金额按考核评估结果核定"
        return Result(self.amount, True, (step,), up_to=self.up_to)


@dataclass(frozen=True, slots=True)
class ByLevel:
    """An amount per level (国家级/省级…, 技师…, 三星…), optionally times a head count.

    Several levels stated at once count once, at the highest amount: the annex's
    从优、从高、不重复.
    """

    slot: str
    levels: Mapping[str, Decimal]
    count_slot: str | None = None
    counts_slot: str | None = None
    per: str = "人"
    reading: str = ""
    not_covered: str = ""

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> ByLevel:
        problems: list[str] = []
        slot = _slot_name(params, "slot", problems)
        levels = _amount_table(params, "levels", problems)
        count_slot, counts_slot = params.get("count_slot"), params.get("counts_slot")
        for key, value in (("count_slot", count_slot), ("counts_slot", counts_slot)):
            if value is not None and not isinstance(value, str):
                problems.append(f"{key}: must name a slot")
        if problems:
            raise ParamError(problems)
        return cls(
            slot=slot,
            levels=levels,
            count_slot=count_slot,
            counts_slot=counts_slot,
            per=str(params.get("per", "人")),
            reading=str(params.get("reading", "")),
            not_covered=str(params.get("not_covered", "")),
        )

    def slots(self) -> tuple[str, ...]:
        extra = tuple(s for s in (self.count_slot, self.counts_slot) if s)
        return (self.slot, *extra)

    def _counted(self, facts: Facts) -> Result | None:
        """Several units at stated levels ("两个社区省级、一个市级"): each counts at its level.
        Levels named without numbers are one unit's recognitions and count once, at the highest."""
        counts = {k: int(v) for k, v in (facts.get(self.counts_slot) or {}).items() if v} if self.counts_slot else {}
        covered = {k: v for k, v in counts.items() if k in self.levels}
        if not covered or (len(covered) == 1 and sum(covered.values()) == 1):
            return None
        steps, total = [], Decimal(0)
        for level, count in covered.items():
            part = self.levels[level] * count
            total += part
            steps.append(f"{level}{count}{self.per} × {yuan(self.levels[level])} = {yuan(part)}")
        steps.append(f"合计 {yuan(total)}")
        return Result(total, True, tuple(steps))

    def ceiling(self) -> tuple[Decimal, str] | None:
        """The highest level's amount, for "最高多少" questions without a level."""
        level, amount = max(self.levels.items(), key=lambda kv: kv[1])
        return amount, f"最高为{level}{yuan(amount)}"

    def missing(self, facts: Facts, defaults: Mapping[str, Any]) -> list[str]:
        return [] if facts.get(self.slot) else [self.slot]

    def compute(self, facts: Facts, bases: Mapping[str, Base]) -> Result:
        counted = self._counted(facts)
        if counted is not None:
            return counted
        given = list(facts.get(self.slot) or [])
        covered = [level for level in given if level in self.levels]
        if not covered:
            stated = "、".join(given)
            failure = f"{stated}不在本项奖补范围内。" + (self.not_covered or "")
            options = "、".join(f"{k}{yuan(v)}" for k, v in self.levels.items())
            return Result(Decimal(0), False, (), failures=(failure,), advice=(f"本项标准：{options}。",))
        best = max(covered, key=lambda level: self.levels[level])
        rate = self.levels[best]
        steps = [f"{best}：{yuan(rate)}" + (f"/{self.per}" if self.count_slot else "")]
        if len(set(given)) > 1:
            steps.append(f"同时涉及{'、'.join(given)}，按从高、不重复原则取{best}")
            if self.reading:
                steps.append(self.reading)
        amount = rate
        if self.count_slot:
            count = int(facts.get(self.count_slot) or 1)
            amount = rate * count
            if count != 1:
                steps.append(f"{yuan(rate)} × {count}{self.per} = {yuan(amount)}")
        return Result(amount, True, tuple(steps))


@dataclass(frozen=True, slots=True)
class Factor:
    """One multiplier of a per-unit rate: a slot, its unit and an optional ceiling."""

    slot: str
    unit: str
    max: int | None = None
    max_label: str = ""
    default_label: str = ""


def parse_factors(params: Mapping[str, Any], problems: list[str]) -> tuple[Factor, ...]:
    raw = params.get("factors")
    if not isinstance(raw, list) or not raw:
        problems.append("factors: must list at least one {slot, unit}")
        return ()
    factors = []
    for i, item in enumerate(raw):
        if not isinstance(item, Mapping) or not isinstance(item.get("slot"), str):
            problems.append(f"factors[{i}]: must be a mapping with a slot")
            continue
        cap = need_int(item, "max", problems, minimum=1) if "max" in item else None
        factors.append(
            Factor(
                item["slot"],
                str(item.get("unit", "")),
                cap,
                str(item.get("max_label", "")),
                str(item.get("default_label", "")),
            )
        )
    return tuple(factors)


def apply_factors(start: Decimal, factors: tuple[Factor, ...], facts: Facts) -> tuple[Decimal, list[str], list[str]]:
    """Multiply ``start`` by each factor; returns amount, the "× n单位" terms and notes.

    A factor the user did not give counts as 1 (one person, one month), said in the notes.
    """
    amount, terms, notes = start, [], []
    for factor in factors:
        given = facts.get(factor.slot)
        value = int(given) if given is not None else 1
        if given is None:
            notes.append(factor.default_label or f"按1{factor.unit}计")
        if factor.max is not None and value > factor.max:
            notes.append(
                f"{value}{factor.unit}超过上限，按{factor.max}{factor.unit}计"
                + (f"（{factor.max_label}）" if factor.max_label else "")
            )
            value = factor.max
        amount *= value
        terms.append(f"{value}{factor.unit}")
    return amount, terms, notes


@dataclass(frozen=True, slots=True)
class PerUnit:
    """A rate times counts (200元/人/天 × 人数 × 天数, at most 3 days)."""

    rate: Decimal
    factors: tuple[Factor, ...]
    rate_label: str = ""
    up_to: bool = False

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> PerUnit:
        problems: list[str] = []
        rate = need_amount(params.get("rate"), "rate", problems)
        factors = parse_factors(params, problems)
        if problems:
            raise ParamError(problems)
        return cls(rate, factors, str(params.get("rate_label", "")), bool(params.get("up_to", False)))

    def slots(self) -> tuple[str, ...]:
        return tuple(f.slot for f in self.factors)

    def missing(self, facts: Facts, defaults: Mapping[str, Any]) -> list[str]:
        return [f.slot for f in self.factors if facts.get(f.slot) is None and f.slot not in defaults]

    def compute(self, facts: Facts, bases: Mapping[str, Base]) -> Result:
        amount, terms, notes = apply_factors(self.rate, self.factors, facts)
        label = self.rate_label or yuan(self.rate)
        steps = [*notes, f"{label}：{yuan(self.rate)} × {' × '.join(terms)} = {yuan(amount)}"]
        return Result(amount, True, tuple(steps), up_to=self.up_to)


@dataclass(frozen=True, slots=True)
class RateTable:
    """Counts per category, each at its rate, summed (培训认定: 中级工30人 × 500元 + …)."""

    slot: str
    rates: Mapping[str, Decimal]
    unit: str = "人"
    not_covered: str = ""

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> RateTable:
        problems: list[str] = []
        slot = _slot_name(params, "slot", problems)
        rates = _amount_table(params, "rates", problems)
        if problems:
            raise ParamError(problems)
        return cls(slot, rates, str(params.get("unit", "人")), str(params.get("not_covered", "")))

    def slots(self) -> tuple[str, ...]:
        return (self.slot,)

    def ceiling(self) -> tuple[Decimal, str] | None:
        """The highest rate per unit, for "最高多少" questions without counts."""
        category, amount = max(self.rates.items(), key=lambda kv: kv[1])
        return amount, f"最高为{category}{yuan(amount)}/{self.unit}"

    def missing(self, facts: Facts, defaults: Mapping[str, Any]) -> list[str]:
        counts = facts.get(self.slot) or {}
        return [] if any(v for v in counts.values()) else [self.slot]

    def compute(self, facts: Facts, bases: Mapping[str, Base]) -> Result:
        counts: Mapping[str, int] = {k: v for k, v in (facts.get(self.slot) or {}).items() if v}
        uncovered = [k for k in counts if k not in self.rates]
        if counts and len(uncovered) == len(counts):
            options = "、".join(f"{k}{yuan(v)}/{self.unit}" for k, v in self.rates.items())
            return Result(
                Decimal(0),
                False,
                (),
                failures=(f"{'、'.join(uncovered)}不在本项补贴范围内。{self.not_covered}",),
                advice=(f"本项标准：{options}。",),
            )
        terms, total = [], Decimal(0)
        for category, rate in self.rates.items():
            count = int(counts.get(category) or 0)
            if count:
                part = rate * count
                total += part
                terms.append(f"{category}{count}{self.unit} × {yuan(rate)} = {yuan(part)}")
        steps = [*terms]
        if len(terms) > 1:
            steps.append(f"合计 {yuan(total)}")
        return Result(total, True, tuple(steps))


@dataclass(frozen=True, slots=True)
class Ratio:
    """A share of another amount the user states (市级资助 × 1:1 配套)."""

    slot: str
    ratio: Decimal
    label: str = ""

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> Ratio:
        problems: list[str] = []
        slot = _slot_name(params, "slot", problems)
        ratio = need_amount(params.get("ratio"), "ratio", problems)
        if problems:
            raise ParamError(problems)
        return cls(slot, ratio, str(params.get("label", "")))

    def slots(self) -> tuple[str, ...]:
        return (self.slot,)

    def missing(self, facts: Facts, defaults: Mapping[str, Any]) -> list[str]:
        return [] if facts.get(self.slot) is not None else [self.slot]

    def compute(self, facts: Facts, bases: Mapping[str, Base]) -> Result:
        base = to_decimal(facts[self.slot])
        amount = base * self.ratio
        step = f"{self.label or '基数'}{yuan(base)} × {number(self.ratio)} = {yuan(amount)}"
        return Result(amount, True, (step,))
