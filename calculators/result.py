"""What every calculator returns, and how money is written in Chinese.

Amounts are ``Decimal`` yuan (never float) so that 55% of a wage or 2.5万 stay exact; the steps
are the human-readable derivation the bot shows under the amount.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

Facts = Mapping[str, Any]
"""Slot values: int for counts, Decimal or str for money, list[str] for enums,
dict[str, int] for category counts, bool for yes/no."""


class ParamError(ValueError):
    """Calculator parameters in the data are malformed; ``problems`` are ``key: what`` lines."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Result:
    """An amount (or a verdict) with the steps that justify it.

    ``amount`` is None where the benefit is not money (information, eligibility for free
    services). ``eligible`` is False with ``failures`` naming the unmet condition and ``advice``
    saying what would qualify.
    """

    amount: Decimal | None
    eligible: bool | None
    steps: tuple[str, ...] = ()
    up_to: bool = False
    failures: tuple[str, ...] = ()
    advice: tuple[str, ...] = ()
    grant: str | None = None


def yuan(amount: Decimal | int) -> str:
    """Write an amount as a Chinese reader expects: 2500元, 7.5万元, 1254元, 1369.5元. Exact
    whatever its size (an amount a user quotes may have fifty digits; the default 28-digit
    context could not take its remainder)."""
    value = Decimal(amount)
    with localcontext() as exact:
        exact.prec = max(28, value.adjusted() + 8)
        if value >= 10000 and value % 1000 == 0:
            wan = (value / 10000).normalize()
            return f"{wan:f}万元"
        if value == value.to_integral():
            return f"{int(value)}元"
        return f"{value.normalize():f}元"


def whole(amount: Decimal | None) -> int | Decimal | None:
    """An amount as an int when it has no fraction (the JSON API's amount_yuan), else as is."""
    if amount is None:
        return None
    return int(amount) if amount == amount.to_integral_value() else amount


def cents(amount: Decimal) -> Decimal:
    """``amount`` rounded half-up to the 分, the smallest sum that can be paid."""
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def number(value: Decimal | int) -> str:
    """A plain number without trailing zeros (55, 0.55, 1254)."""
    return f"{Decimal(value).normalize():f}"


def to_decimal(value: Any) -> Decimal:
    """Slot values arrive JSON-native; money may be a string. Floats are refused on purpose."""
    if isinstance(value, (bool, float)):
        raise TypeError(f"refusing {type(value).__name__} as an amount: {value!r}")
    return Decimal(str(value)) if not isinstance(value, Decimal) else value


def need_int(params: Mapping[str, Any], key: str, problems: list[str], *, minimum: int = 0) -> int:
    """Read an integer parameter, recording a problem instead of raising."""
    value = params.get(key)
    if isinstance(value, bool) or not isinstance(value, int | str):
        problems.append(f"{key}: must be a whole number, got {value!r}")
        return 0
    try:
        number_ = int(str(value))
    except ValueError:
        problems.append(f"{key}: must be a whole number, got {value!r}")
        return 0
    if number_ < minimum:
        problems.append(f"{key}: must be at least {minimum}, got {number_}")
    return number_


def need_amount(value: Any, key: str, problems: list[str]) -> Decimal:
    """Read an amount parameter (int or numeric string; floats refused as inexact)."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        problems.append(f"{key}: amount must be an integer or a numeric string, got {value!r}")
        return Decimal(0)
    try:
        amount = Decimal(str(value))
    except ArithmeticError:
        problems.append(f"{key}: not a number: {value!r}")
        return Decimal(0)
    if not amount.is_finite() or amount < 0:
        problems.append(f"{key}: must be a non-negative number, got {value!r}")
    return amount
