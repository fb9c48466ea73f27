"""``open_store`` picks the backend from the URL and refuses what it doesn't know."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.stores import open_store
from bot.stores.memory import MemoryStore
from bot.stores.sqlite import SQLiteStore
from handlers.store import StoreError


async def test_memory_url() -> None:
    """memory:// opens a fresh MemoryStore."""
    store = await open_store("memory://")
    assert isinstance(store, MemoryStore)
    await store.close()


async def test_sqlite_absolute_path_creates_directory(tmp_path: Path) -> None:
    """sqlite:////abs/path opens that file, creating its missing directories."""
    path = tmp_path / "a" / "b" / "bot.sqlite3"
    store = await open_store(f"sqlite:///{path}")
    try:
        assert isinstance(store, SQLiteStore)
        await store.set("k", "v")
    finally:
        await store.close()
    assert path.is_file()


async def test_sqlite_relative_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """sqlite:///rel/path is relative to the working directory."""
    monkeypatch.chdir(tmp_path)
    store = await open_store("sqlite:///data/bot.sqlite3")
    await store.close()
    assert (tmp_path / "data" / "bot.sqlite3").is_file()


async def test_sqlite_unopenable_path_raises_store_error(tmp_path: Path) -> None:
    """A path under a regular file can't be opened: StoreError, not a bare OSError."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(StoreError):
        await open_store(f"sqlite:///{blocker / 'bot.sqlite3'}")


@pytest.mark.parametrize("url", ["", "postgres://db/bot", "sqlite://relative.db", "sqlite:///", "bot.sqlite3"])
async def test_unknown_url_raises_value_error(url: str) -> None:
    """Any URL but memory://, sqlite:///PATH and redis:// raises ValueError naming BOT_STORE."""
    with pytest.raises(ValueError, match="BOT_STORE"):
        await open_store(url)


async def test_redis_url_connects_lazily() -> None:
    """redis:// returns a store without connecting, so opening never blocks on the network."""
    pytest.importorskip("redis")
    from bot.stores.redis import RedisStore

    store = await open_store("redis://127.0.0.1:1/0")
    assert isinstance(store, RedisStore)
    await store.close()


async def test_redis_without_extra_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the redis package, a redis:// URL raises ConfigError saying what to install."""
    monkeypatch.setitem(sys.modules, "redis", None)
    monkeypatch.setitem(sys.modules, "redis.asyncio", None)
    with pytest.raises(ConfigError, match=r"policy-bot\[redis\]"):
        await open_store("redis://127.0.0.1:6379/0")
