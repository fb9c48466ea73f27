"""Choose the matcher's weights and thresholds on the evaluation set (not by hand).

    python bench/tune_cutoffs.py [--trials 200] [--seed 1]

Random search around the current ``Cutoffs``; each candidate is scored on half of the
evaluation items (odd positions) and reported on the other half too, so a choice that only
fits the tuning half shows. Prints the best candidates; copy the winner into
``knowledge/search.py``'s ``Cutoffs`` defaults.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "eval"))

import yaml  # noqa: E402
from evaluate import Tally, check  # noqa: E402

from handlers.dialogue import Dialogue  # noqa: E402
from knowledge.loader import load  # noqa: E402
from knowledge.search import Cutoffs  # noqa: E402

RANGES = {
    "strong": (1.5, 5.0),
    "normal": (0.3, 1.5),
    "bm25": (0.0, 1.5),
    "fuzzy": (0.0, 8.0),
    "answer": (1.5, 6.0),
    "fallback": (0.5, 3.0),
    "margin": (0.6, 0.95),
}


def score(dialogue: Dialogue, cutoffs: Cutoffs, items: list[Any], convs: list[Any]) -> tuple[int, dict[str, Tally]]:
    dialogue.cutoffs = cutoffs
    dialogue.matcher.cutoffs = cutoffs
    tallies = {k: Tally() for k in ("routing", "amount", "eligible", "out_of_scope", "kind")}
    for item in items:
        reply, _ = dialogue.respond({}, item["text"])
        check(item, reply, tallies, item["id"])
    for conv in convs:
        state: dict[str, Any] = {}
        for turn in conv["turns"]:
            reply, state = dialogue.respond(state, turn["user"])
            check(turn, reply, tallies, conv["id"])
    total = sum(t.ok for name, t in tallies.items() if name != "kind")
    return total, tallies


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    here = ROOT / "tests" / "eval"
    questions = yaml.safe_load((here / "questions.yaml").read_text(encoding="utf-8"))
    convs = yaml.safe_load((here / "dialogues.yaml").read_text(encoding="utf-8"))
    tune_q, check_q = questions[::2], questions[1::2]
    tune_d, check_d = convs[::2], convs[1::2]
    dialogue = Dialogue(load())
    best = Cutoffs()
    best_score, _ = score(dialogue, best, tune_q, tune_d)
    print(f"current {best} → {best_score}")
    for _ in range(args.trials):
        fields = {}
        for name, (lo, hi) in RANGES.items():
            centre = getattr(best, name)
            width = (hi - lo) / 4
            fields[name] = round(min(hi, max(lo, rng.gauss(centre, width))), 2)
        candidate = dataclasses.replace(best, **fields)
        value, _ = score(dialogue, candidate, tune_q, tune_d)
        if value > best_score:
            best, best_score = candidate, value
            print(f"better {best} → {best_score}")
    for label, (q, d) in (("tuning half", (tune_q, tune_d)), ("check half", (check_q, check_d))):
        _, tallies = score(dialogue, best, q, d)
        figures = ", ".join(f"{k} {t.rate:.1f}%" for k, t in tallies.items())
        print(f"{label}: {figures}")
    print(f"recommended: {best}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
