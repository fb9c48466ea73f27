"""``policy-bot report``: the questions the bot fell back on or had to clarify, most frequent
first, near-duplicates clustered, with the clause each came closest to.

An officer reads it to decide which keyword or example question to add to ``knowledge/data``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from bot.config import Config
from handlers.engine import UNANSWERED_KEY

SIMILAR = 80
"""rapidfuzz token-set similarity (0–100) above which two questions are one cluster."""

_PERIOD = re.compile(r"^(\d+)([hdw])$")
_SECONDS = {"h": 3600, "d": 86400, "w": 7 * 86400}


def parse_since(text: str) -> float:
    """ "24h", "7d", "2w" → seconds; ValueError with a usable message otherwise."""
    match = _PERIOD.match(text.strip())
    if not match:
        raise ValueError(f"--since: expected a period like 24h, 7d or 2w, got {text!r}")
    return int(match.group(1)) * _SECONDS[match.group(2)]


@dataclass
class Cluster:
    """Questions that say nearly the same thing."""

    text: str
    count: int = 0
    users: set[str] = field(default_factory=set)
    kinds: dict[str, int] = field(default_factory=dict)
    nearest: dict[str, float] = field(default_factory=dict)

    def add(self, record: dict[str, Any]) -> None:
        self.count += 1
        self.users.add(str(record.get("user", "")))
        kind = str(record.get("kind", ""))
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        for clause, score in record.get("candidates", [])[:1]:
            self.nearest[clause] = max(self.nearest.get(clause, 0.0), float(score))


def cluster(records: Iterable[dict[str, Any]]) -> list[Cluster]:
    """Group near-duplicate questions (greedy, in time order); biggest clusters first."""
    clusters: list[Cluster] = []
    for record in records:
        text = str(record.get("text", "")).strip()
        if not text:
            continue
        home = next((c for c in clusters if fuzz.token_set_ratio(_chars(text), _chars(c.text)) >= SIMILAR), None)
        if home is None:
            home = Cluster(text)
            clusters.append(home)
        home.add(record)
    return sorted(clusters, key=lambda c: (-c.count, c.text))


def _chars(text: str) -> str:
    """Characters spaced out, so token-set similarity works on Chinese without a tokenizer."""
    return " ".join(ch for ch in text.lower() if not ch.isspace())


def render(clusters: list[Cluster], *, since: str, total: int, limit: int) -> str:
    """The report as plain text."""
    lines = [f"未直接回答的问题（近{since}）：共{total}条，{len(clusters)}类"]
    for i, c in enumerate(clusters[:limit], 1):
        nearest = max(c.nearest.items(), key=lambda kv: kv[1], default=None)
        near = f"最接近第{nearest[0]}条（得分{nearest[1]:.1f}）" if nearest else "无接近条款"
        kinds = "、".join(f"{k}×{n}" for k, n in sorted(c.kinds.items()))
        lines.append(f"{i:>3}. {c.count}次 / {len(c.users)}人  {c.text}  [{kinds}；{near}]")
    return "\n".join(lines)


async def print_report(since: str, limit: int) -> int:
    """Read the unanswered log from the configured store and print the report."""
    from bot.stores import open_store

    try:
        window = parse_since(since)
    except ValueError as exc:
        print(exc)
        return 2
    store = await open_store(Config.from_env().store_url)
    try:
        records = await store.items(UNANSWERED_KEY)
    finally:
        await store.close()
    cutoff = time.time() - window
    recent = [r for r in records if isinstance(r, dict) and float(r.get("time", 0)) >= cutoff]
    print(render(cluster(recent), since=since, total=len(recent), limit=limit))
    return 0
