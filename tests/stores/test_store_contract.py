"""One contract, every backend: memory, SQLite and Redis must behave the same.

Parametrised through the ``backend`` fixture (aiogram's ``test_storages.py``); the few tests at
the end cover what only a shared or durable backend promises.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

import pytest

from handlers.store import JSON, Store, StoreError

from .backends import REDIS_URL, Backend

if TYPE_CHECKING:
    from bot.stores.redis import RedisStore

KEY = "wecom:张三"
UNICODE = {"问题": "一次性创业补贴能领多少？", "emoji": "👍", "list": ["滨江区", "高新区"]}


async def test_is_a_store(store: Store) -> None:
    """Every backend satisfies the ``Store`` protocol."""
    assert isinstance(store, Store)


async def test_get_absent_is_none(store: Store) -> None:
    """get returns None for a key never set."""
    assert await store.get("never-set") is None


@pytest.mark.parametrize(
    "value",
    [{"slot": {"count": 3, "ok": True, "none": None}}, [1, 2.5, "x"], "text", 0, -7, 1.25, False],
)
async def test_set_then_get_round_trips(store: Store, value: JSON) -> None:
    """A JSON-native value reads back equal, with its type."""
    await store.set(KEY, value)
    got = await store.get(KEY)
    assert got == value
    assert type(got) is type(value)


async def test_set_overwrites(store: Store) -> None:
    """A second set replaces the first value."""
    await store.set(KEY, 1)
    await store.set(KEY, 2)
    assert await store.get(KEY) == 2


async def test_value_read_back_is_a_copy(store: Store) -> None:
    """Mutating what get returned leaves the stored value unchanged."""
    await store.set(KEY, {"a": [1]})
    got = await store.get(KEY)
    assert got is not None
    got["a"].append(2)
    assert await store.get(KEY) == {"a": [1]}


async def test_non_json_value_is_refused(store: Store) -> None:
    """A value JSON can't encode raises TypeError and stores nothing."""
    with pytest.raises(TypeError):
        await store.set(KEY, object())
    with pytest.raises(TypeError):
        await store.append(KEY, {1, 2})
    assert await store.get(KEY) is None
    assert await store.items(KEY) == []


async def test_unicode_values(store: Store) -> None:
    """Chinese text and emoji survive values and logs unchanged."""
    await store.set(KEY, UNICODE)
    await store.append(KEY, UNICODE)
    assert await store.get(KEY) == UNICODE
    assert await store.items(KEY) == [UNICODE]


async def test_delete_removes_value_and_log(store: Store) -> None:
    """delete removes the key's value and its log; deleting an absent key is fine."""
    await store.set(KEY, "v")
    await store.append(KEY, "line")
    await store.delete(KEY)
    await store.delete(KEY)
    assert await store.get(KEY) is None
    assert await store.items(KEY) == []


async def test_ttl_expires(store: Store) -> None:
    """A value set with a ttl is there before it and gone after it."""
    await store.set(KEY, "short", ttl=0.2)
    await store.set("whole-seconds", "long", ttl=60)
    assert await store.get(KEY) == "short"
    await asyncio.sleep(0.35)
    assert await store.get(KEY) is None
    assert await store.get("whole-seconds") == "long"


async def test_set_without_ttl_clears_ttl(store: Store) -> None:
    """Setting again without a ttl keeps the value until deleted."""
    await store.set(KEY, "first", ttl=0.2)
    await store.set(KEY, "second")
    await asyncio.sleep(0.35)
    assert await store.get(KEY) == "second"


@pytest.mark.parametrize("ttl", [0, -1.5])
async def test_non_positive_ttl_is_refused(store: Store, ttl: float) -> None:
    """A ttl of zero or less raises ValueError."""
    with pytest.raises(ValueError, match="ttl"):
        await store.set(KEY, "v", ttl=ttl)
    with pytest.raises(ValueError, match="ttl"):
        await store.add(KEY, "v", ttl=ttl)


async def test_add_only_first_wins(store: Store) -> None:
    """add stores only when the key is absent and says whether it did."""
    assert await store.add(KEY, "first") is True
    assert await store.add(KEY, "second") is False
    assert await store.get(KEY) == "first"


async def test_add_after_expiry_wins_again(store: Store) -> None:
    """Once an added value expired, add succeeds again."""
    assert await store.add(KEY, "old", ttl=0.2) is True
    await asyncio.sleep(0.35)
    assert await store.add(KEY, "new", ttl=0.2) is True
    assert await store.get(KEY) == "new"


async def test_add_concurrent_single_winner(store: Store) -> None:
    """Of 20 concurrent adds exactly one wins, and its value is the one stored."""
    results = await asyncio.gather(*(store.add(KEY, i, ttl=30) for i in range(20)))
    assert results.count(True) == 1
    assert await store.get(KEY) == results.index(True)


async def test_lock_serialises_read_modify_write(store: Store) -> None:
    """20 tasks incrementing a counter through get/set inside the lock end exactly at 20."""
    inside = 0
    most_inside = 0

    async def increment() -> None:
        nonlocal inside, most_inside
        async with store.lock(KEY, timeout=10):
            inside += 1
            most_inside = max(most_inside, inside)
            value = await store.get("counter") or 0
            await asyncio.sleep(0.001)  # invite a race the lock must prevent
            await store.set("counter", value + 1)
            inside -= 1

    await asyncio.gather(*(increment() for _ in range(20)))
    assert await store.get("counter") == 20
    assert most_inside == 1


async def test_lock_wait_is_bounded(store: Store) -> None:
    """Waiting longer than ``timeout`` for a held lock raises StoreError."""
    held = asyncio.Event()
    done = asyncio.Event()

    async def holder() -> None:
        async with store.lock(KEY, timeout=10):
            held.set()
            await done.wait()

    task = asyncio.create_task(holder())
    await held.wait()
    started = time.monotonic()
    with pytest.raises(StoreError):
        async with store.lock(KEY, timeout=0.2):
            pytest.fail("entered a lock someone else holds")
    waited = time.monotonic() - started
    done.set()
    await task
    assert 0.15 <= waited < 3


async def test_lock_released_on_error_and_per_key(store: Store) -> None:
    """An exception inside the section releases the lock; other keys are never blocked."""
    with pytest.raises(RuntimeError):
        async with store.lock(KEY, timeout=5):
            raise RuntimeError("boom")
    async with store.lock(KEY, timeout=0.5), store.lock("someone-else", timeout=0.5):
        pass


@pytest.mark.parametrize("timeout", [0, -1])
async def test_non_positive_lock_timeout_is_refused(store: Store, timeout: float) -> None:
    """A lock timeout of zero or less raises ValueError."""
    with pytest.raises(ValueError, match="timeout"):
        async with store.lock(KEY, timeout=timeout):
            pass


async def test_append_items_capped_oldest_first(store: Store) -> None:
    """items lists appended values oldest first, keeping only the last ``max_items``."""
    assert await store.items(KEY) == []
    for i in range(1, 6):
        await store.append(KEY, {"n": i}, max_items=3)
    assert await store.items(KEY) == [{"n": 3}, {"n": 4}, {"n": 5}]
    await store.append(KEY, {"n": 6})
    assert await store.items(KEY) == [{"n": 3}, {"n": 4}, {"n": 5}, {"n": 6}]


async def test_value_and_log_are_separate(store: Store) -> None:
    """A key's value and its log don't overwrite each other."""
    await store.set(KEY, "value")
    await store.append(KEY, "log")
    assert await store.get(KEY) == "value"
    assert await store.items(KEY) == ["log"]


async def test_ping_and_close(backend: Backend) -> None:
    """ping passes on an open store; after close (which may repeat) calls raise StoreError."""
    store = await backend.open()
    await store.ping()
    await store.close()
    await store.close()
    with pytest.raises(StoreError):
        await store.get(KEY)
    with pytest.raises(StoreError):
        await store.ping()


async def test_values_survive_reopen(durable_backend: Backend) -> None:
    """Values, ttls and logs written before close are there after reopening."""
    first = await durable_backend.open()
    await first.set(KEY, {"step": "ask_age", "slots": {"人数": 3}})
    await first.set("dedupe", 1, ttl=60)
    await first.set("short", 1, ttl=0.2)
    await first.append(KEY, "你好")
    await first.close()
    await asyncio.sleep(0.35)
    second = await durable_backend.open()
    try:
        assert await second.get(KEY) == {"step": "ask_age", "slots": {"人数": 3}}
        assert await second.get("dedupe") == 1
        assert await second.get("short") is None
        assert await second.items(KEY) == ["你好"]
        assert await second.add("dedupe", 2) is False
    finally:
        await second.close()


# What only Redis promises: several instances, a namespace, survival of a crashed holder.


def _redis_store(namespace: str = "policy-bot:") -> RedisStore:
    from bot.stores.redis import RedisStore

    return RedisStore.from_url(REDIS_URL, namespace=namespace)


async def test_redis_unreachable_raises_store_error() -> None:
    """Against a port nobody listens on, ping and get raise StoreError."""
    pytest.importorskip("redis")
    from bot.stores import open_store

    store = await open_store("redis://127.0.0.1:1/0")
    try:
        with pytest.raises(StoreError):
            await store.ping()
        with pytest.raises(StoreError):
            await store.get(KEY)
    finally:
        await store.close()


@pytest.mark.redis
@pytest.mark.usefixtures("redis_db")
async def test_redis_lock_excludes_across_instances() -> None:
    """Two instances sharing Redis serialise increments under the same lock."""
    stores = [_redis_store(), _redis_store()]

    async def increment(store: Store) -> None:
        async with store.lock(KEY, timeout=10):
            value = await store.get("counter") or 0
            await asyncio.sleep(0.001)
            await store.set("counter", value + 1)

    try:
        await asyncio.gather(*(increment(stores[i % 2]) for i in range(20)))
        assert await stores[0].get("counter") == 20
    finally:
        for store in stores:
            await store.close()


@pytest.mark.redis
@pytest.mark.usefixtures("redis_db")
async def test_redis_stuck_holder_loses_lock_after_timeout(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A holder stuck past its timeout frees the key; its late exit only logs a warning."""
    stuck, other = _redis_store(), _redis_store()
    try:
        section = stuck.lock(KEY, timeout=0.3)
        await section.__aenter__()
        started = time.monotonic()
        async with other.lock(KEY, timeout=3):
            assert time.monotonic() - started < 2
            with caplog.at_level(logging.WARNING, logger="bot.stores.redis"):
                await section.__aexit__(None, None, None)
        assert "expired" in caplog.text
    finally:
        await stuck.close()
        await other.close()


@pytest.mark.redis
@pytest.mark.usefixtures("redis_db")
async def test_redis_namespaces_are_separate() -> None:
    """Stores with different namespaces on one Redis don't see each other's keys."""
    a, b = _redis_store("tenant-a:"), _redis_store("tenant-b:")
    try:
        await a.set(KEY, "a")
        assert await b.get(KEY) is None
        assert await b.add(KEY, "b") is True
        assert await a.get(KEY) == "a"
    finally:
        await a.close()
        await b.close()


async def test_incr_counts_from_one(store: Store) -> None:
    """incr starts an absent count at 1 and adds one per call; get reads the same number."""
    assert [await store.incr(KEY, ttl=60) for _ in range(3)] == [1, 2, 3]
    assert await store.get(KEY) == 3


async def test_incr_window_is_fixed_by_the_first_count(store: Store) -> None:
    """The ttl runs from the first count: later counts do not extend it, and after it the
    count starts again at 1."""
    assert await store.incr(KEY, ttl=0.3) == 1
    await asyncio.sleep(0.2)
    assert await store.incr(KEY, ttl=0.3) == 2
    await asyncio.sleep(0.2)
    assert await store.get(KEY) is None
    assert await store.incr(KEY, ttl=0.3) == 1


async def test_incr_refuses_what_is_not_a_count(store: Store) -> None:
    """A key holding text or a fraction is not silently turned into a count."""
    await store.set(KEY, "text")
    await store.set("fraction", 1.5)
    with pytest.raises(StoreError):
        await store.incr(KEY)
    with pytest.raises(StoreError):
        await store.incr("fraction")
    assert await store.get(KEY) == "text"


async def test_concurrent_incr_loses_no_count(store: Store) -> None:
    """Fifty increments at once end at fifty, each caller seeing a different number."""
    seen = await asyncio.gather(*(store.incr(KEY, ttl=60) for _ in range(50)))
    assert sorted(seen) == list(range(1, 51))


async def test_memory_sweep_drops_expired_and_keeps_rewritten_keys() -> None:
    """The in-process store's sweep removes what expired, keeps a key whose later write moved
    its expiry, and its bookkeeping stays proportional to the live keys."""
    from bot.stores.memory import _SWEEP_EVERY, MemoryStore

    store = MemoryStore()
    await store.set("short", 1, ttl=0.05)
    await store.set("moved", 1, ttl=0.05)
    await store.set("moved", 2, ttl=60)
    await asyncio.sleep(0.1)
    for n in range(_SWEEP_EVERY * 4):
        await store.set("session", n, ttl=60)  # one key rewritten many times
    assert "short" not in store._values
    assert await store.get("moved") == 2
    assert len(store._expiries) <= 2 * len(store._values) + _SWEEP_EVERY
