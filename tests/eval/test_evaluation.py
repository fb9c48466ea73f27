"""The evaluation set's figures stay at the levels the README records."""

from __future__ import annotations

import pytest
from evaluate import evaluate  # tests/eval is on the path for this module

from handlers.dialogue import Dialogue


@pytest.fixture(scope="module")
def figures(dialogue: Dialogue) -> dict[str, float]:
    return {name: tally.rate for name, tally in evaluate(dialogue).items()}


def test_routing_at_least_97_percent(figures: dict[str, float]) -> None:
    """Questions reach the expected clause (a clarification counts as a miss)."""
    assert figures["routing"] >= 97.0


def test_amounts_and_eligibility_exact(figures: dict[str, float]) -> None:
    """Every stated amount and verdict is right."""
    assert figures["amount"] == 100.0
    assert figures["eligible"] == 100.0


def test_eligible_false_goes_with_no_amount(figures: dict[str, float]) -> None:
    """CONTRACTS.md: where the facts do not qualify, amount_yuan is 0 or null."""
    assert figures["contract"] == 100.0


def test_out_of_scope_rejected(figures: dict[str, float]) -> None:
    """Questions outside the policy fall back (greetings get help)."""
    assert figures["out_of_scope"] >= 95.0


# The later, independent sets, held at (about a point below) the figures the README records, so a
# change that helps one set cannot quietly cost another: (routing, amount, eligible, out_of_scope).
FLOORS = {
    "eval2": (99.0, 99.0, 99.0, 97.0),
    "eval3": (99.0, 97.5, 98.0, 97.0),
    "eval4": (98.5, 99.0, 98.5, 96.0),
    "eval5": (98.5, 95.0, 97.0, 91.0),
    "eval6": (99.0, 99.0, 99.0, 97.0),
    "eval7": (99.0, 98.0, 97.5, 97.0),
    "eval8": (98.5, 98.0, 97.5, 97.0),
    "eval9": (99.0, 99.0, 99.0, 97.0),
    "eval10": (97.5, 96.0, 98.5, 97.0),
    "eval11": (99.0, 97.0, 99.0, 99.0),
    "eval12": (99.0, 98.0, 99.0, 97.0),
    "eval13": (99.0, 97.0, 97.0, 97.0),
    "eval14": (98.5, 96.5, 96.0, 97.0),
    "eval15": (97.0, 98.0, 99.0, 97.0),
    "eval16": (99.0, 97.0, 99.0, 97.0),
    "eval17": (98.5, 98.5, 98.5, 97.0),
    "eval18": (98.5, 94.5, 99.0, 97.0),
    "eval19": (99.0, 97.0, 98.0, 97.0),
    "eval20": (98.0, 96.0, 99.0, 97.0),
    "eval21": (98.5, 97.5, 99.0, 97.0),
    "eval22": (99.0, 96.0, 96.0, 97.0),
    "eval23": (97.0, 96.0, 97.0, 96.0),
    "eval24": (99.0, 98.5, 97.5, 97.0),
    "eval25": (98.5, 94.5, 97.0, 97.0),
    "eval26": (98.5, 94.0, 97.5, 97.0),
    "eval27": (99.0, 98.5, 98.0, 96.0),
    "eval28": (99.0, 97.0, 95.5, 96.0),
    "eval29": (97.5, 94.5, 96.0, 96.0),
    "eval30": (99.0, 94.0, 97.0, 99.0),
    "eval31": (99.0, 98.5, 99.0, 99.0),
    "eval32": (98.0, 97.0, 98.5, 85.0),
    "eval33": (97.5, 94.0, 98.0, 99.0),
    "eval34": (99.0, 94.5, 98.0, 99.0),
    "eval35": (99.0, 99.0, 99.0, 99.0),
    "eval36": (99.0, 98.0, 99.0, 99.0),
    "eval37": (99.0, 99.0, 99.0, 99.0),
    "eval38": (99.0, 98.5, 96.0, 99.0),
    "eval39": (96.0, 89.0, 85.0, 87.0),
    "eval40": (99.0, 97.5, 99.0, 99.0),
    "eval41": (97.5, 92.0, 90.0, 89.0),
    "eval42": (98.5, 97.5, 97.0, 90.0),
    "eval43": (98.5, 97.0, 96.0, 99.0),
    "eval44": (96.5, 95.0, 93.0, 99.0),
    "eval45": (98.5, 92.0, 99.0, 95.0),
    "eval46": (98.0, 89.5, 99.0, 95.0),
    "eval47": (99.0, 98.0, 99.0, 93.0),
    "eval48": (97.5, 92.0, 90.5, 95.0),
    "eval49": (98.0, 79.5, 96.0, 88.0),
    "eval50": (99.0, 98.5, 96.5, 95.5),
    "eval51": (97.0, 92.5, 93.5, 93.0),
    "eval52": (98.5, 94.5, 94.5, 93.0),
    "eval53": (99.0, 97.5, 96.0, 92.0),
    "eval54": (95.5, 91.0, 99.0, 99.0),
    "eval55": (95.5, 98.0, 98.0, 88.0),
    "eval56": (97.0, 93.5, 97.0, 97.0),
    "eval57": (98.5, 82.0, 90.0, 96.0),
    "eval58": (97.5, 95.5, 96.5, 96.5),
    "eval59": (99.0, 91.0, 99.0, 90.0),
    "eval60": (96.5, 73.5, 88.0, 95.5),
    "eval61": (99.0, 95.5, 99.0, 95.5),
    "eval62": (97.0, 88.0, 99.0, 99.0),
    "eval63": (97.5, 89.0, 91.0, 92.5),
    "eval64": (96.0, 87.5, 94.0, 95.5),
    "eval65": (98.5, 96.5, 96.0, 99.0),
    "eval66": (97.0, 95.0, 93.5, 83.5),
    "eval67": (98.0, 96.5, 95.5, 92.0),
    "eval68": (98.5, 94.5, 95.0, 99.0),
    "eval69": (94.5, 91.5, 92.0, 90.0),
    "eval70": (99.0, 94.5, 99.0, 93.0),
    "eval71": (95.5, 82.5, 93.0, 88.5),
    "eval72": (98.0, 89.0, 95.5, 94.0),
    "eval73": (99.0, 93.5, 93.5, 94.5),
    "eval74": (98.5, 96.5, 95.5, 91.0),
    "eval75": (99.0, 96.5, 99.0, 89.0),
    "eval76": (97.5, 96.5, 95.5, 99.0),
    "eval77": (98.5, 81.5, 92.0, 90.5),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_later_sets_stay_at_their_recorded_levels(dialogue: Dialogue, name: str) -> None:
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / name
    got = {key: tally.rate for key, tally in evaluate(dialogue, folder).items()}
    for key, floor in zip(("routing", "amount", "eligible", "out_of_scope"), FLOORS[name], strict=True):
        assert got[key] >= floor, f"{name} {key} {got[key]:.2f} % < {floor} %"
    assert got["contract"] == 100.0, f"{name}: a reply says eligible false with an amount"
