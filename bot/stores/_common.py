"""What every backend shares, so the three behave the same under one contract test.

The JSON codec is the single place values are turned into text: ``ensure_ascii=False`` keeps
Chinese user text readable in SQLite and Redis and about a third the size of ``\\uXXXX`` escapes.
``KeyedLocks`` serves the two in-process backends (memory, SQLite): one ``asyncio.Lock`` per key,
dropped as soon as nobody holds or awaits it, so the table never grows with the number of users.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from handlers.store import JSON, StoreError


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


@dataclass
class _Entry:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0  # holders plus waiters; the entry is dropped when this reaches 0


class KeyedLocks:
    """One asyncio lock per key, existing only while someone holds or awaits it."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}

    def __len__(self) -> int:
        """How many keys currently have a lock entry (held or awaited)."""
        return len(self._entries)

    @asynccontextmanager
    async def hold(self, key: str, timeout: float) -> AsyncIterator[None]:
        """Hold ``key``'s lock; waiting longer than ``timeout`` raises StoreError."""
        check_lock_timeout(timeout)
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry()
        entry.users += 1
        try:
            try:
                async with asyncio.timeout(timeout):
                    await entry.lock.acquire()
            except TimeoutError:
                raise StoreError(f"lock not acquired within {timeout:g} s") from None
            try:
                yield
            finally:
                entry.lock.release()
        finally:
            entry.users -= 1
            if entry.users == 0:
                del self._entries[key]
