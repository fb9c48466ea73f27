"""Kinds that are not a plain multiplication: a percentage of an outside base, an eligibility
verdict, and information without an amount."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from calculators.base import Base
from calculators.requirements import Requirement, check, parse_requirements, pending
from calculators.result import Facts, ParamError, Result, cents, need_amount, number, to_decimal, yuan
from calculators.simple import Factor, apply_factors, nothing_counted, parse_factors


@dataclass(frozen=True, slots=True)
class PercentOfBase:
    """``percent``% of a named base (e.g. 55% of 市区最低工资标准), times counts.

    The base's value, date and source are data; the user may override it through the base's
    ``override_slot`` (the wage changes more often than the policy).
    """

    percent: Decimal
    base: str
    factors: tuple[Factor, ...]

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> PercentOfBase:
        problems: list[str] = []
        percent = need_amount(params.get("percent"), "percent", problems)
        base = params.get("base")
        if not isinstance(base, str):
            problems.append("base: must name a parameter")
            base = ""
        factors = parse_factors(params, problems)
        if problems:
            raise ParamError(problems)
        return cls(percent, base, factors)

    def slots(self) -> tuple[str, ...]:
        return tuple(f.slot for f in self.factors)

    def missing(self, facts: Facts, defaults: Mapping[str, Any]) -> list[str]:
        return [f.slot for f in self.factors if facts.get(f.slot) is None and f.slot not in defaults]

    def compute(self, facts: Facts, bases: Mapping[str, Base]) -> Result:
        base = bases[self.base]
        value, source = base.value, base.label
        if base.override_slot and facts.get(base.override_slot) is not None:
            value, source = to_decimal(facts[base.override_slot]), "您给出的标准"
        per_unit = cents(value * self.percent / 100)  # money is paid in 分: a stated 2490.33 gives 1369.68
        amount, terms, notes = apply_factors(per_unit, self.factors, facts)
        steps = [
            f"{source}{yuan(value)} × {number(self.percent)}% = {yuan(per_unit)}",
            *notes,
            f"{yuan(per_unit)} × {' × '.join(terms)} = {yuan(amount)}",
        ]
        if amount == 0:
            return nothing_counted(steps)
        return Result(amount, True, tuple(steps))


@dataclass(frozen=True, slots=True)
class Eligibility:
    """A yes/no verdict for a non-monetary benefit (家燕回巢's free activities)."""

    grant: str
    requires: tuple[Requirement, ...]

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> Eligibility:
        problems: list[str] = []
        grant = params.get("grant")
        if not isinstance(grant, str) or not grant:
            problems.append("grant: must say what the eligible person gets")
        requires = parse_requirements(params.get("requires"), "requires", problems)
        if not requires:
            problems.append("requires: must list at least one requirement")
        if problems:
            raise ParamError(problems)
        return cls(str(grant), requires)

    def slots(self) -> tuple[str, ...]:
        return tuple(r.slot for r in self.requires)

    def missing(self, facts: Facts, defaults: Mapping[str, Any]) -> list[str]:
        return pending(self.requires, facts)

    def compute(self, facts: Facts, bases: Mapping[str, Base]) -> Result:
        failures, advice, met = check(self.requires, facts)
        if failures:
            return Result(None, False, tuple(met), failures=failures, advice=advice)
        return Result(None, True, tuple(met), grant=self.grant)


@dataclass(frozen=True, slots=True)
class Info:
    """A benefit the policy gives no figure for (procurement, a title, a recognition).

    With ``grant`` it is something the asker receives (a title): the answer then says they are
    eligible, as the stated facts meet the condition. With ``paid`` it is money whose amount is
    set elsewhere ("不足部分由区财政承担"): a refusal then withholds all of it, an amount of 0.
    """

    grant: str = ""
    paid: bool = False

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> Info:
        return cls(str(params.get("grant", "")), bool(params.get("paid", False)))

    def slots(self) -> tuple[str, ...]:
        return ()

    def missing(self, facts: Facts, defaults: Mapping[str, Any]) -> list[str]:
        return []

    def compute(self, facts: Facts, bases: Mapping[str, Base]) -> Result:
        if self.grant:
            return Result(None, True, grant=self.grant)
        return Result(None, None)
