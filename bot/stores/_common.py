"""What every backend shares, so the three behave the same under one contract test.

The JSON codec is the single place values are turned into text: ``ensure_ascii=False`` keeps
Chinese user text readable in SQLite and Redis and about a third the size of ``\\uXXXX`` escapes.
The in-process backends (memory, SQLite) lock keys with ``bot.locks.KeyedLocks``.
"""

from __future__ import annotations

import json

from handlers.store import JSON


def encode(value: JSON) -> str:
    """``value`` as compact JSON text; TypeError for anything not JSON-native."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def decode(raw: str | bytes) -> JSON:
    """The value ``encode`` wrote."""
    return json.loads(raw)


def check_ttl(ttl: float | None) -> None:
    """Reject a ttl that cannot mean "keep for this long" (Redis refuses them too)."""
    if ttl is not None and not ttl > 0:
        raise ValueError(f"ttl must be a positive number of seconds or None, got {ttl!r}")


def check_lock_timeout(timeout: float) -> None:
    """Reject a lock timeout that would hold forever or never wait."""
    if not timeout > 0:
        raise ValueError(f"lock timeout must be a positive number of seconds, got {timeout!r}")


def check_max_items(max_items: int) -> None:
    """A capped log keeps at least one item."""
    if max_items < 1:
        raise ValueError(f"max_items must be at least 1, got {max_items!r}")
