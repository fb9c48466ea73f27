"""Score the dialogue engine on the evaluation set and print the figures.

    python tests/eval/evaluate.py [-v] [--set tests/eval2]

Routing: the reply's first clause equals the expected one (answer or ask; a clarify counts as
a miss). Amounts and eligibility: exact, where the item states them. Out of scope: the reply is
a fallback (or help, for greetings). Dialogues are checked turn by turn on the keys they state.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent


@dataclass
class Tally:
    """Counts of one measure, with the failures for -v."""

    ok: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, passed: bool, why: str) -> None:
        self.total += 1
        self.ok += passed
        if not passed:
            self.misses.append(why)

    @property
    def rate(self) -> float:
        return 100.0 * self.ok / self.total if self.total else 100.0


def _amount(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def check(item: dict[str, Any], reply: Any, tallies: dict[str, Tally], where: str) -> None:
    """Score one reply against one item's expectations."""
    got = reply.to_json()
    said = item.get("text") or item.get("user")
    desc = f"{where} {said!r} → {got['kind']} {got['clauses']} {got['amount_yuan']} {got['eligible']}"
    # CONTRACTS.md: eligible false goes with an amount of 0 or null, whatever the item expects.
    paired = got["eligible"] is not False or got["amount_yuan"] in (0, None)
    tallies["contract"].add(paired, f"{desc} (eligible false with an amount)")
    expected_clause = item.get("expect_clause", "unset")
    if expected_clause is None:
        tallies["out_of_scope"].add(got["kind"] in ("fallback", "help"), desc)
    elif expected_clause != "unset":
        routed = got["kind"] in ("answer", "ask") and got["clauses"][:1] == [str(expected_clause)]
        tallies["routing"].add(routed, f"{desc} (want {expected_clause})")
    if "expect_kind" in item:
        tallies["kind"].add(got["kind"] == item["expect_kind"], f"{desc} (want kind {item['expect_kind']})")
    if item.get("expect_amount") is not None:
        ok = _amount(got["amount_yuan"]) == _amount(item["expect_amount"])
        tallies["amount"].add(ok, f"{desc} (want amount {item['expect_amount']})")
    if item.get("expect_eligible") is not None:
        ok = got["eligible"] is item["expect_eligible"]
        tallies["eligible"].add(ok, f"{desc} (want eligible {item['expect_eligible']})")


def evaluate(dialogue: Any, folder: Path = HERE) -> dict[str, Tally]:
    """Run every question and dialogue in ``folder`` through ``dialogue.respond``."""
    tallies = {k: Tally() for k in ("routing", "amount", "eligible", "out_of_scope", "kind", "contract")}
    questions = yaml.safe_load((folder / "questions.yaml").read_text(encoding="utf-8"))
    for item in questions:
        reply, _ = dialogue.respond({}, item["text"])
        check(item, reply, tallies, item["id"])
    dialogues = yaml.safe_load((folder / "dialogues.yaml").read_text(encoding="utf-8"))
    for conv in dialogues:
        state: dict[str, Any] = {}
        for i, turn in enumerate(conv["turns"], 1):
            reply, state = dialogue.respond(state, turn["user"])
            check(turn, reply, tallies, f"{conv['id']}#{i}")
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument(
        "--set", type=Path, default=HERE, help="folder with questions.yaml and dialogues.yaml (default: this one)"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent.parent))
    from handlers.dialogue import Dialogue
    from knowledge.loader import load

    tallies = evaluate(Dialogue(load()), args.set)
    for name, tally in tallies.items():
        print(f"{name:13s} {tally.rate:6.2f}%  ({tally.ok}/{tally.total})")
        if args.verbose:
            for miss in tally.misses:
                print(f"    {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
