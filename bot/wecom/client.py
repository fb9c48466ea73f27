"""WeCom's active API on aiohttp: the access token and ``message/send``.

Shared by every channel that calls WeCom's API (the self-built app now, 微信客服 later): give it
a corp id, a secret and a ``TokenCache`` key of its own. The token is cached until shortly before
``expires_in``, fetched by one caller at a time however many wait (calling gettoken often gets the
corp blocked), refetched once when WeCom says it is invalid or expired, and never logged; nor is
the secret. Every call has a timeout.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

import aiohttp

from bot.errors import WecomApiError
from handlers.store import Store

log = logging.getLogger(__name__)

TOKEN_ERRORS = frozenset({40001, 40014, 42001})
"""errcodes after which a fresh token is fetched and the call retried once."""

_FAILED_FETCH_PAUSE = 30.0


class TokenCache(Protocol):
    """Where the access token lives: the shared store, so instances share one token."""

    async def get(self) -> str | None:
        """The cached token, or None when absent or expired."""
        ...

    async def set(self, token: str, ttl: float) -> None:
        """Keep ``token`` for ``ttl`` seconds."""
        ...

    def refreshing(self, timeout: float) -> AbstractAsyncContextManager[None]:
        """Held while fetching a token: one fetch at a time across every sharing instance."""
        ...


class StoreTokenCache:
    """A ``TokenCache`` under one key of a ``handlers.store.Store`` (memory, SQLite, Redis)."""

    def __init__(self, store: Store, key: str) -> None:
        self._store = store
        self._key = key

    async def get(self) -> str | None:
        value = await self._store.get(self._key)
        return value if isinstance(value, str) and value else None

    async def set(self, token: str, ttl: float) -> None:
        await self._store.set(self._key, token, ttl=ttl)

    def refreshing(self, timeout: float) -> AbstractAsyncContextManager[None]:
        # The store's lock spans instances on Redis; it expires if its holder dies mid-fetch.
        return self._store.lock(self._key, timeout=timeout)


def _cache_ttl(expires_in: float) -> float:
    """Refresh five minutes early (or halfway for short-lived tokens)."""
    return max(expires_in - 300.0, expires_in / 2, 1.0)


class WecomClient:
    """Calls ``{api_base}/cgi-bin/...`` with a cached access token."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        api_base: str,
        corp_id: str,
        secret: str,
        cache: TokenCache,
        timeout: float = 10.0,
        on_error: Callable[[str, int], None] | None = None,
    ) -> None:
        self._session = session
        self._base = api_base.rstrip("/")
        self._corp_id = corp_id
        self._secret = secret
        self._cache = cache
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._refresh_timeout = timeout + 5.0
        self._on_error = on_error  # (path, errcode) of every failed call, for metrics
        self._lock = asyncio.Lock()
        self._failed_at = -_FAILED_FETCH_PAUSE
        self.token_fetches = 0

    async def token(self, *, stale: str | None = None) -> str:
        """A valid token; ``stale`` is one WeCom just refused, so it is not returned again."""
        cached = await self._cache.get()
        if cached is not None and cached != stale:
            return cached
        # Single flight: in this process, then across instances; the first fetches, the rest
        # find its token in the cache once they get the lock.
        async with self._lock, self._cache.refreshing(self._refresh_timeout):
            cached = await self._cache.get()
            if cached is not None and cached != stale:
                return cached
            if time.monotonic() - self._failed_at < _FAILED_FETCH_PAUSE:
                raise WecomApiError(-1, "gettoken failed recently; not asking again yet")
            try:
                data = await self._request(
                    "GET", "/cgi-bin/gettoken", None, {"corpid": self._corp_id, "corpsecret": self._secret}
                )
                token = data.get("access_token")
                if not isinstance(token, str) or not token:
                    raise WecomApiError(-1, "gettoken answered without access_token")
            except (WecomApiError, aiohttp.ClientError, TimeoutError):
                self._failed_at = time.monotonic()
                raise
            self.token_fetches += 1
            expires_in = data.get("expires_in", 7200)
            ttl = _cache_ttl(float(expires_in) if isinstance(expires_in, int | float) else 7200.0)
            await self._cache.set(token, ttl)
            return token

    async def call(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        """POST ``payload`` to ``path`` with the token; refetch it once on a token errcode."""
        token = await self.token()
        try:
            return await self._request("POST", path, payload, {"access_token": token})
        except WecomApiError as exc:
            if exc.errcode not in TOKEN_ERRORS:
                raise
            log.info("wecom %s: errcode %d, fetching a new access token", path, exc.errcode)
        token = await self.token(stale=token)
        return await self._request("POST", path, payload, {"access_token": token})

    async def send_text(self, agent_id: int, touser: str, content: str) -> None:
        """``message/send`` one text (at most 2048 bytes) to one member."""
        await self.call(
            "/cgi-bin/message/send",
            {
                "touser": touser,
                "msgtype": "text",
                "agentid": agent_id,
                "text": {"content": content},
                "safe": 0,
            },
        )

    async def _request(
        self, method: str, path: str, payload: dict[str, Any] | None, params: dict[str, str]
    ) -> dict[str, Any]:
        """One HTTP call; ``WecomApiError`` for errcode ≠ 0, logged without the query string."""
        url = self._base + path
        try:
            async with self._session.request(method, url, params=params, json=payload, timeout=self._timeout) as resp:
                data: Any = await resp.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            # str(exc) can carry the URL with its token or secret: log the class only.
            log.warning("wecom %s %s failed: %s", method, path, type(exc).__name__)
            self._failed(path, -1)
            raise WecomApiError(-1, f"transport: {type(exc).__name__}") from None
        if not isinstance(data, dict):
            log.warning("wecom %s %s: answer is not a JSON object", method, path)
            self._failed(path, -1)
            raise WecomApiError(-1, "answer is not a JSON object")
        errcode = data.get("errcode", 0)
        if errcode not in (0, None):
            errmsg = str(data.get("errmsg", ""))[:200]
            code = errcode if isinstance(errcode, int) else -1
            log.warning("wecom %s %s: errcode %s %s", method, path, code, errmsg)
            self._failed(path, code)
            raise WecomApiError(code, errmsg)
        return data

    def _failed(self, path: str, errcode: int) -> None:
        if self._on_error is not None:
            self._on_error(path, errcode)
