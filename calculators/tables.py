"""Amounts by category: a level's amount (国家级/省级…, 三星…) and rates per category summed
(培训认定: 中级工30人 × 500元 + 高级工10人 × 1000元).

Both read their tables from the data; ``sum_counts`` writes the shared "n × rate" steps.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from calculators.base import Base
from calculators.result import Facts, ParamError, Result, yuan
from calculators.simple import amount_table, nothing_counted, slot_name


def sum_counts(rates: Mapping[str, Decimal], counts: Mapping[str, int], unit: str) -> tuple[Decimal, list[str]]:
    """Σ count × rate over the categories with a count, with one step each and a total line."""
    total, steps = Decimal(0), []
    for category, rate in rates.items():
        count = int(counts.get(category) or 0)
        if count:
            part = rate * count
            total += part
            steps.append(f"{category}{count}{unit} × {yuan(rate)} = {yuan(part)}")
    if len(steps) > 1:
        steps.append(f"合计 {yuan(total)}")
    return total, steps


@dataclass(frozen=True, slots=True)
class ByLevel:
    """An amount per level (国家级/省级…, 技师…, 三星…), optionally times a head count.

    Several levels stated at once count once, at the highest amount: the annex's
    从优、从高、不重复; unless ``holders_slot`` says they are different holders' ("组织被评为市级
    先进组织，我们一位导师还拿了国家级…奖"), each of whom is paid once at their level.
    """

    slot: str
    levels: Mapping[str, Decimal]
    count_slot: str | None = None
    counts_slot: str | None = None
    per: str = "人"
    reading: str = ""
    not_covered: str = ""
    holders_slot: str | None = None
    holders_reading: str = ""

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> ByLevel:
        problems: list[str] = []
        slot = slot_name(params, "slot", problems)
        levels = amount_table(params, "levels", problems)
        count_slot, counts_slot = params.get("count_slot"), params.get("counts_slot")
        holders_slot = params.get("holders_slot")
        for key, value in (("count_slot", count_slot), ("counts_slot", counts_slot), ("holders_slot", holders_slot)):
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
            holders_slot=holders_slot,
            holders_reading=str(params.get("holders_reading", "")),
        )

    def slots(self) -> tuple[str, ...]:
        extra = tuple(s for s in (self.count_slot, self.counts_slot, self.holders_slot) if s)
        return (self.slot, *extra)

    def _counted(self, facts: Facts) -> Result | None:
        """Several units at stated levels ("两个社区省级、一个市级"): each counts at its level.
        Levels named without numbers are one unit's recognitions and count once, at the highest.
        One unit at one level, with another level named but not counted (left out: "一个社区今年新认定
        国家级…另一个是前年认定的市级"), is that one unit, not every unit said before."""
        counts = {k: int(v) for k, v in (facts.get(self.counts_slot) or {}).items() if v} if self.counts_slot else {}
        covered = {k: v for k, v in counts.items() if k in self.levels}
        others = set(facts.get(self.slot) or []) - set(covered)
        if not covered or (len(covered) == 1 and sum(covered.values()) == 1 and not others):
            return None
        total, steps = sum_counts(self.levels, covered, self.per)
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
        holders = self.holders_slot is not None and facts.get(self.holders_slot) is True
        if holders and len(set(covered)) > 1 and not self.count_slot:
            # each holder once, at their own level
            levels = list(dict.fromkeys(covered))
            total = sum((self.levels[level] for level in levels), Decimal(0))
            steps = [f"{level}：{yuan(self.levels[level])}" for level in levels]
            steps += [s for s in (self.holders_reading, f"合计 {yuan(total)}") if s]
            return Result(total, True, tuple(steps))
        best = max(covered, key=lambda level: self.levels[level])
        rate = self.levels[best]
        steps = [f"{best}：{yuan(rate)}" + (f"/{self.per}" if self.count_slot else "")]
        if len(set(given)) > 1:
            steps.append(f"同时涉及{'、'.join(given)}，按从高、不重复原则取{best}")
            if self.reading:
                steps.append(self.reading)
        amount = rate
        if self.count_slot:
            raw_count = facts.get(self.count_slot)
            count = 1 if raw_count is None else int(raw_count)
            if count <= 0:
                return nothing_counted(steps)
            amount = rate * count
            if count != 1:
                steps.append(f"{yuan(rate)} × {count}{self.per} = {yuan(amount)}")
        return Result(amount, True, tuple(steps))


@dataclass(frozen=True, slots=True)
class RateTable:
    """Counts per category, each at its rate, summed (培训认定: 中级工30人 × 500元 + …)."""

    slot: str
    rates: Mapping[str, Decimal]
    unit: str = "人"
    not_covered: str = ""
    holder_slot: str | None = None
    """A yes/no slot: "one person holds them all" ("我有两个证，高级工和技师"). Then the categories,
    one each, are one person's several levels and count once, at the highest (从优、从高、不重复)."""
    holder_note: str = ""

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> RateTable:
        problems: list[str] = []
        slot = slot_name(params, "slot", problems)
        rates = amount_table(params, "rates", problems)
        holder = params.get("holder_slot")
        if holder is not None and not isinstance(holder, str):
            problems.append("holder_slot: must name a slot")
        if problems:
            raise ParamError(problems)
        return cls(
            slot,
            rates,
            str(params.get("unit", "人")),
            str(params.get("not_covered", "")),
            holder,
            str(params.get("holder_note", "")),
        )

    def slots(self) -> tuple[str, ...]:
        return (self.slot, self.holder_slot) if self.holder_slot else (self.slot,)

    def ceiling(self) -> tuple[Decimal, str] | None:
        """The highest rate per unit, for "最高多少" questions without counts."""
        category, amount = max(self.rates.items(), key=lambda kv: kv[1])
        return amount, f"最高为{category}{yuan(amount)}/{self.unit}"

    def missing(self, facts: Facts, defaults: Mapping[str, Any]) -> list[str]:
        counts = facts.get(self.slot) or {}
        return [] if any(v for v in counts.values()) else [self.slot]

    def compute(self, facts: Facts, bases: Mapping[str, Base]) -> Result:
        counts: Mapping[str, int] = {k: v for k, v in (facts.get(self.slot) or {}).items() if v}
        one_holder = self.holder_slot is not None and facts.get(self.holder_slot) is True
        covered = [k for k in counts if k in self.rates]
        # One holder has each level once, whatever figure came with it ("两个都没领过").
        if one_holder and len(covered) > 1:
            best = max(covered, key=lambda k: self.rates[k])
            others = "、".join(k for k in covered if k != best)
            note = self.holder_note.format(best=best, others=others)
            amount = yuan(self.rates[best])
            return Result(self.rates[best], True, (f"{best}1{self.unit} × {amount} = {amount}", note))
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
        total, steps = sum_counts(self.rates, counts, self.unit)
        if uncovered:  # said, not silently dropped: "专项能力3人" is outside this benefit
            left_out = "、".join(f"{k}{counts[k]}{self.unit}" for k in uncovered)
            steps.append(f"{left_out}不在本项补贴范围内，未计入。{self.not_covered}".strip())
        return Result(total, True, tuple(steps))
