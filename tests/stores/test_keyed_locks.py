"""The in-process per-key locks behind the memory and SQLite stores keep no entry when idle."""

from __future__ import annotations

import asyncio

import pytest

from bot.locks import KeyedLocks
from handlers.store import StoreError


async def test_entries_dropped_after_use() -> None:
    """After holders, waiters and timed-out waiters are gone, no lock entry remains."""
    locks = KeyedLocks()
    for user in range(100):
        async with locks.hold(f"user:{user}", timeout=1):
            assert len(locks) == 1
    assert len(locks) == 0

    async def waiter() -> None:
        async with locks.hold("busy", timeout=1):
            await asyncio.sleep(0.01)

    async with locks.hold("busy", timeout=1):
        with pytest.raises(StoreError):
            async with locks.hold("busy", timeout=0.05):
                pass
        waiting = [asyncio.create_task(waiter()) for _ in range(3)]
        await asyncio.sleep(0.01)
        assert len(locks) == 1
    await asyncio.gather(*waiting)
    assert len(locks) == 0


async def test_cancelled_waiter_leaves_no_entry() -> None:
    """A waiter cancelled while waiting neither keeps an entry nor blocks the next holder."""
    locks = KeyedLocks()

    async def wait_forever() -> None:
        async with locks.hold("k", timeout=60):
            pass

    async with locks.hold("k", timeout=1):
        task = asyncio.create_task(wait_forever())
        await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert len(locks) == 0
    async with locks.hold("k", timeout=0.1):
        pass
