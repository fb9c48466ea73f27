"""Conditions on stated facts: 本区户籍, 在校 or 离校2年内未就业, a certificate's occupation.

A requirement whose slot is unknown is not failed: for an eligibility verdict it is asked
(``pending``); for a money benefit it is stated as an assumption in the reply instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from calculators.result import Facts


@dataclass(frozen=True, slots=True)
class Requirement:
    """One condition on one slot, with the Chinese reason and advice when it fails."""

    slot: str
    fail: str
    advice: str = ""
    label: str = ""
    unit: str = ""
    equals: Any = None
    in_: tuple[str, ...] = ()
    not_in: tuple[str, ...] = ()
    max: int | None = None
    when: Mapping[str, Any] = field(default_factory=dict)

    def applies(self, facts: Facts) -> bool:
        """False when its ``when`` guard does not hold (e.g. years only for those who left)."""
        # Unknown counts as possible: "毕业三年了" fails the 2-year limit before 在校/离校 is known.
        return all(facts.get(slot) is None or _matches(facts.get(slot), value) for slot, value in self.when.items())

    def holds(self, value: Any) -> bool:
        """Whether a known ``value`` satisfies the condition."""
        values = value if isinstance(value, list) else [value]
        if self.equals is not None and value != self.equals:
            return False
        if self.in_ and not any(v in self.in_ for v in values):
            return False
        if self.not_in and all(v in self.not_in for v in values):
            return False
        return not (self.max is not None and int(value) > self.max)


def _matches(value: Any, expected: Any) -> bool:
    if isinstance(value, list):
        return expected in value
    return bool(value == expected)


def parse_requirements(raw: Any, where: str, problems: list[str]) -> tuple[Requirement, ...]:
    """Read a ``requires`` list from the data, recording problems as ``where[i]: what``."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append(f"{where}: must be a list")
        return ()
    result = []
    for i, item in enumerate(raw):
        if not isinstance(item, Mapping) or not isinstance(item.get("slot"), str):
            problems.append(f"{where}[{i}]: must be a mapping with a slot")
            continue
        if not isinstance(item.get("fail"), str):
            problems.append(f"{where}[{i}].fail: must say why the condition fails")
            continue
        if not any(k in item for k in ("equals", "in", "not_in", "max")):
            problems.append(f"{where}[{i}]: needs one of equals, in, not_in, max")
        bad = [k for k in ("in", "not_in") if k in item and not isinstance(item[k], list)]
        if bad or ("max" in item and (isinstance(item["max"], bool) or not isinstance(item["max"], int))):
            # "in: 区级" would be read as the characters 区 and 级, so the condition never held
            problems.append(f"{where}[{i}]: in and not_in must be lists, max a whole number")
            continue
        result.append(
            Requirement(
                slot=item["slot"],
                fail=item["fail"],
                advice=str(item.get("advice", "")),
                label=str(item.get("label") or item["slot"]),
                unit=str(item.get("unit", "")),
                equals=item.get("equals"),
                in_=tuple(item.get("in", ())),
                not_in=tuple(item.get("not_in", ())),
                max=int(item["max"]) if "max" in item else None,
                when=dict(item.get("when") or {}),
            )
        )
    return tuple(result)


def check(requires: tuple[Requirement, ...], facts: Facts) -> tuple[tuple[str, ...], tuple[str, ...], list[str]]:
    """Failures, advice and the conditions seen to hold, over the known facts only."""
    failures, advice, met = [], [], []
    for req in requires:
        value = facts.get(req.slot)
        if value is None or not req.applies(facts):
            continue
        if req.holds(value):
            said = _describe(req, value)
            if said not in met:  # (two checks of one slot, "在校或离校情况：在校", say it once)
                met.append(said)
        else:
            failures.append(req.fail)
            if req.advice:
                advice.append(req.advice)
    return tuple(failures), tuple(advice), met


def pending(requires: tuple[Requirement, ...], facts: Facts) -> list[str]:
    """Slots still to ask, in order; none once a known fact already fails."""
    missing = []
    for req in requires:
        if not req.applies(facts):
            continue
        value = facts.get(req.slot)
        if value is None:
            missing.append(req.slot)
        elif not req.holds(value):
            return []
    return missing


def _describe(req: Requirement, value: Any) -> str:
    shown = "、".join(value) if isinstance(value, list) else f"{value}{req.unit}"
    if isinstance(value, bool):
        shown = "是" if value else "否"
    if req.max is not None:
        return f"{req.label}：{shown}（不超过{req.max}{req.unit}）"
    return f"{req.label}：{shown}"
