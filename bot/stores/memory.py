"""The in-process store: for tests, ``policy-bot chat`` and single-instance trials.

Nothing survives the process, which is the point: no file, no server. Values are kept as their
JSON text rather than as objects, so a caller mutating what ``get`` returned cannot change what is
stored, and a value that would not survive SQLite or Redis fails here too. Expiry uses
``time.monotonic`` (immune to clock changes; meaningless across processes, which this store never
is); expired entries are dropped when read, and swept from a heap of expiry times every few
hundred writes, so a sweep costs what expired rather than a pass over every key.
"""

from __future__ import annotations

import heapq
import time
from contextlib import AbstractAsyncContextManager

from bot.locks import KeyedLocks
from bot.stores._common import check_max_items, check_ttl, decode, encode
from handlers.store import JSON, StoreError

_SWEEP_EVERY = 512  # writes between sweeps of expired entries


class MemoryStore:
    """``Store`` on dicts; one asyncio lock per key."""

    def __init__(self) -> None:
        self._values: dict[str, tuple[str, float | None]] = {}
        self._expiries: list[tuple[float, str]] = []  # heap; may hold stale entries
        self._logs: dict[str, list[str]] = {}
        self._locks = KeyedLocks()
        self._writes = 0
        self._closed = False

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("store is closed")

    def _live(self, key: str, now: float) -> str | None:
        """The raw value under ``key`` unless absent or expired (then dropped)."""
        entry = self._values.get(key)
        if entry is None:
            return None
        raw, expires_at = entry
        if expires_at is not None and expires_at <= now:
            del self._values[key]
            return None
        return raw

    def _put(self, key: str, raw: str, ttl: float | None, now: float) -> None:
        expires_at = None if ttl is None else now + ttl
        self._values[key] = (raw, expires_at)
        if expires_at is not None:
            heapq.heappush(self._expiries, (expires_at, key))
        self._writes += 1
        if self._writes % _SWEEP_EVERY == 0:
            self._sweep(now)

    def _sweep(self, now: float) -> None:
        """Drop the entries whose expiry has passed; heap entries a later write superseded are
        skipped (the key's current expiry is what counts)."""
        heap = self._expiries
        while heap and heap[0][0] <= now:
            expires_at, key = heapq.heappop(heap)
            entry = self._values.get(key)
            if entry is not None and entry[1] == expires_at:
                del self._values[key]
        if len(heap) > 2 * len(self._values) + _SWEEP_EVERY:
            # Rewritten keys left stale entries behind: rebuild from the live ones (amortised).
            self._expiries = [(exp, k) for k, (_, exp) in self._values.items() if exp is not None]
            heapq.heapify(self._expiries)

    async def get(self, key: str) -> JSON | None:
        """The value under ``key``, or None when absent or expired."""
        self._check_open()
        raw = self._live(key, time.monotonic())
        return None if raw is None else decode(raw)

    async def set(self, key: str, value: JSON, *, ttl: float | None = None) -> None:
        """Store ``value``; ``ttl`` in seconds, None keeps it until deleted."""
        self._check_open()
        check_ttl(ttl)
        self._put(key, encode(value), ttl, time.monotonic())

    async def add(self, key: str, value: JSON, *, ttl: float | None = None) -> bool:
        """Store only if absent; True when this call created it."""
        self._check_open()
        check_ttl(ttl)
        raw = encode(value)
        now = time.monotonic()
        # No await between the check and the write: atomic on the event loop.
        if self._live(key, now) is not None:
            return False
        self._put(key, raw, ttl, now)
        return True

    async def incr(self, key: str, *, ttl: float | None = None) -> int:
        """One more on the count under ``key``; the expiry is set by the first count only."""
        self._check_open()
        check_ttl(ttl)
        now = time.monotonic()
        raw = self._live(key, now)
        if raw is None:
            self._put(key, "1", ttl, now)
            return 1
        count = decode(raw)
        if type(count) is not int:
            raise StoreError(f"incr: {key!r} does not hold a whole number")
        self._values[key] = (str(count + 1), self._values[key][1])
        return count + 1

    async def delete(self, key: str) -> None:
        """Remove the value and the log under ``key``; absent keys are fine."""
        self._check_open()
        self._values.pop(key, None)
        self._logs.pop(key, None)

    def lock(self, key: str, *, timeout: float = 30.0) -> AbstractAsyncContextManager[None]:
        """Exclusive section per key within this process."""
        self._check_open()
        return self._locks.hold(key, timeout)

    async def append(self, key: str, value: JSON, *, max_items: int = 10_000) -> None:
        """Append to the capped log under ``key``."""
        self._check_open()
        check_max_items(max_items)
        raw = encode(value)
        log = self._logs.setdefault(key, [])
        log.append(raw)
        if len(log) > max_items:
            del log[:-max_items]

    async def items(self, key: str) -> list[JSON]:
        """The log under ``key``, oldest first."""
        self._check_open()
        return [decode(raw) for raw in self._logs.get(key, ())]

    async def ping(self) -> None:
        """Always reachable while open."""
        self._check_open()

    async def close(self) -> None:
        """Drop everything; later calls raise StoreError."""
        self._closed = True
        self._values.clear()
        self._expiries.clear()
        self._logs.clear()
