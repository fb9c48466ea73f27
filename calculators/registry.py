"""The calculator kinds the data may name, and parsing a calculator spec from YAML.

Adding a kind is adding one entry here; ``check-knowledge`` rejects any other name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from calculators.base import Calculator
from calculators.other import Eligibility, Info, PercentOfBase
from calculators.result import ParamError
from calculators.simple import Fixed, PerUnit, Ratio
from calculators.tables import ByLevel, RateTable
from calculators.tiered import Tiered

KINDS: dict[str, Callable[[Mapping[str, Any]], Calculator]] = {
    "fixed": Fixed.parse,
    "by_level": ByLevel.parse,
    "per_unit": PerUnit.parse,
    "rate_table": RateTable.parse,
    "ratio": Ratio.parse,
    "tiered": Tiered.parse,
    "percent_of_base": PercentOfBase.parse,
    "eligibility": Eligibility.parse,
    "info": Info.parse,
}


def build(spec: Any) -> Calculator:
    """Parse a ``calculator:`` mapping (``kind`` plus parameters); ``ParamError`` on problems."""
    if not isinstance(spec, Mapping):
        raise ParamError(["calculator: must be a mapping with a kind"])
    kind = spec.get("kind")
    if kind not in KINDS:
        raise ParamError([f"kind: unknown calculator kind {kind!r} (known: {', '.join(KINDS)})"])
    return KINDS[kind](spec)
