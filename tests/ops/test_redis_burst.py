"""Redis under a burst: more concurrent calls than pooled connections wait rather than fail."""

from __future__ import annotations

import asyncio

import pytest

from bot.stores import open_store
from bot.stores.redis import MAX_CONNECTIONS

pytestmark = pytest.mark.redis


async def test_burst_beyond_the_pool_waits_instead_of_failing(redis_url: str) -> None:
    """Three times the pool's size in concurrent locked read-modify-writes all succeed."""
    store = await open_store(redis_url)
    try:

        async def bump(user: int) -> None:
            async with store.lock(f"burst:{user % 50}", timeout=10.0):
                value = await store.get(f"burst:{user % 50}") or 0
                await store.set(f"burst:{user % 50}", value + 1, ttl=60)

        await asyncio.gather(*(bump(n) for n in range(3 * MAX_CONNECTIONS)))
        totals = [await store.get(f"burst:{k}") for k in range(50)]
    finally:
        await store.close()
    assert totals == [3 * MAX_CONNECTIONS // 50] * 50
