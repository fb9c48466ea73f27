"""The flat kinds: a fixed sum, a rate per unit (with capped factors), a ratio.

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


def slot_name(params: Mapping[str, Any], key: str, problems: list[str]) -> str:
    value = params.get(key)
    if not isinstance(value, str) or not value:
        problems.append(f"{key}: must name a slot")
        return ""
    return value


def amount_table(params: Mapping[str, Any], key: str, problems: list[str]) -> dict[str, Decimal]:
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
    basis: str = ""
    """How the actual sum under a maximum is set, in the policy's words ("根据考核评估结果核定")."""

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> Fixed:
        problems: list[str] = []
        amount = need_amount(params.get("amount"), "amount", problems)
        if problems:
            raise ParamError(problems)
        up_to, basis = bool(params.get("up_to", False)), str(params.get("basis", ""))
        return cls(amount, up_to, str(params.get("per", "")), basis)

    def slots(self) -> tuple[str, ...]:
        return ()

    def missing(self, facts: Facts, defaults: Mapping[str, Any]) -> list[str]:
        return []

    def compute(self, facts: Facts, bases: Mapping[str, Base]) -> Result:
        word = "最高" if self.up_to else ""
        step = f"{self.per}{word}{yuan(self.amount)}（按条款标准）"
        if self.basis:
            step += f"，{self.basis}"
        return Result(self.amount, True, (step,), up_to=self.up_to)


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


def nothing_counted(steps: list[str]) -> Result:
    """A stated count of zero ("0个人入选", "干了0个月"): nothing to pay, said plainly."""
    return Result(Decimal(0), False, tuple(steps), failures=("按您说的数量为0，没有可以计算的补贴。",))


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

    def ceiling(self) -> tuple[Decimal, str] | None:
        """The rate per unit ("最高200元/人/天"), for "每人每天最高补贴多少"."""
        return self.rate, self.rate_label or yuan(self.rate)

    def missing(self, facts: Facts, defaults: Mapping[str, Any]) -> list[str]:
        return [f.slot for f in self.factors if facts.get(f.slot) is None and f.slot not in defaults]

    def compute(self, facts: Facts, bases: Mapping[str, Base]) -> Result:
        amount, terms, notes = apply_factors(self.rate, self.factors, facts)
        label = self.rate_label or yuan(self.rate)
        steps = [*notes, f"{label}：{yuan(self.rate)} × {' × '.join(terms)} = {yuan(amount)}"]
        if amount == 0:
            return nothing_counted(steps)
        return Result(amount, True, tuple(steps), up_to=self.up_to)


@dataclass(frozen=True, slots=True)
class Ratio:
    """A share of another amount the user states (市级资助 × 1:1 配套)."""

    slot: str
    ratio: Decimal
    label: str = ""

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> Ratio:
        problems: list[str] = []
        slot = slot_name(params, "slot", problems)
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
