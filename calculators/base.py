"""The interface every calculator kind implements, and the registry the data names.

A kind is parsed once from its YAML mapping (so ``check-knowledge`` can report bad parameters
before any user sees them) and then computes many times from facts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from calculators.result import Facts, Result


@dataclass(frozen=True, slots=True)
class Base:
    """A value the policy refers to but does not state (e.g. 市区最低工资标准)."""

    value: Decimal
    label: str
    override_slot: str | None = None


class Calculator(Protocol):
    """A parsed calculator: which slots it reads, which are missing, and the computation."""

    def slots(self) -> tuple[str, ...]:
        """Every slot name it may read (validated against the slot definitions)."""
        ...

    def missing(self, facts: Facts, defaults: Mapping[str, Any]) -> list[str]:
        """Slots still needed before ``compute`` can give a figure, in asking order."""
        ...

    def compute(self, facts: Facts, bases: Mapping[str, Base]) -> Result:
        """The amount or verdict with its steps; pure."""
        ...


class Kind(Protocol):
    """Turns the YAML parameters of one calculator kind into a ``Calculator``."""

    def __call__(self, params: Mapping[str, Any]) -> Calculator:
        """Parse ``params``; raise ``ParamError`` listing every problem."""
        ...
