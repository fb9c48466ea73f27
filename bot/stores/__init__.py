"""Open the ``Store`` that ``BOT_STORE`` names; the backends themselves live beside this module.

Only this module knows URL schemes, so the app, the CLI and tests open stores the same way. The
Redis backend is imported lazily: ``redis`` is an optional extra, and a deployment on the
embedded SQLite store should neither need it installed nor pay for importing it.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from urllib.parse import urlsplit

from bot.errors import ConfigError
from handlers.store import Store

__all__ = ["open_store"]


async def open_store(url: str) -> Store:
    """The store for ``memory://``, ``sqlite:///PATH`` or ``redis://HOST:PORT/DB``.

    ``sqlite:///data/bot.db`` is relative to the working directory, ``sqlite:////var/x.db``
    absolute; the file's directory is created. Redis connects on first use (``ping`` to check).
    Raises ValueError for any other URL, ConfigError when ``redis`` is not installed.
    """
    scheme = urlsplit(url).scheme.lower()
    if scheme == "memory":
        from bot.stores.memory import MemoryStore

        return MemoryStore()
    if scheme == "sqlite":
        prefix = "sqlite:///"
        path = url[len(prefix) :] if url.lower().startswith(prefix) else ""
        if not path:
            raise ValueError(f"BOT_STORE: expected sqlite:///PATH, got {url!r}")
        from bot.stores.sqlite import SQLiteStore

        return await SQLiteStore.open(Path(path))
    if scheme in ("redis", "rediss"):
        try:
            importlib.import_module("redis.asyncio")
        except ImportError as exc:
            raise ConfigError("BOT_STORE: redis:// needs the redis extra: pip install 'policy-bot[redis]'") from exc
        from bot.stores.redis import RedisStore

        return RedisStore.from_url(url)
    raise ValueError(f"BOT_STORE: expected memory://, sqlite:///PATH or redis://HOST:PORT/DB, got {url!r}")
