"""What the 微信客服 channel keeps in the shared store, per corp and open_kfid.

    wecom:kf:cursor:<corp>:<kfid>            {"cursor": next_cursor, "cold": bool}, no expiry
    wecom:kf:done:<corp>:<kfid>:<msgid>      an item fully handled (4 days: WeCom keeps 3)
    wecom:kf:reply:<corp>:<kfid>:<msgid>     the answer's parts, fixed before the first send
    wecom:kf:out:<corp>:<kfid>:<out msgid>   "trying" before a send, "sent" after
    wecom:kf:quota:<corp>:<kfid>:<user>      the 5-in-48-h budget: {"since": t, "sends": [t…]}
    wecom:kf:human:<corp>:<kfid>:<user>      a human (queue or servicer) owns the session

The cursor moves only after every item of its page is done, so a crash replays the page and the
``done`` marks skip what was handled; the stored reply keeps a replayed answer identical (the
engine is not asked twice) and the ``out`` marks skip parts already sent.
"""

from __future__ import annotations

import time
from typing import Any

from handlers.store import Store

DONE_TTL = 4 * 24 * 3600
"""Seconds a handled msgid is remembered: longer than the 3 days sync_msg can return."""
WINDOW = 48 * 3600
"""WeCom's send window after a customer message, seconds."""
QUOTA = 5
"""Messages we may send after each customer message."""


class KfState:
    """Typed access to the kf keys of one corp."""

    def __init__(self, store: Store, corp_id: str) -> None:
        self.store = store
        self._corp = corp_id

    def _key(self, kind: str, *parts: str) -> str:
        return ":".join(("wecom:kf", kind, self._corp, *parts))

    def lock_key(self, kfid: str) -> str:
        """The store lock serialising pulls of one account across instances."""
        return self._key("pull", kfid)

    async def cursor(self, kfid: str) -> tuple[str | None, bool]:
        """(cursor, cold): None and cold on the very first pull of an account."""
        value = await self.store.get(self._key("cursor", kfid))
        if not isinstance(value, dict) or not isinstance(value.get("cursor"), str):
            return None, True
        return value["cursor"], bool(value.get("cold"))

    async def commit_cursor(self, kfid: str, cursor: str, *, cold: bool) -> None:
        await self.store.set(self._key("cursor", kfid), {"cursor": cursor, "cold": cold})

    async def is_done(self, kfid: str, msgid: str) -> bool:
        return await self.store.get(self._key("done", kfid, msgid)) is not None

    async def mark_done(self, kfid: str, msgid: str) -> bool:
        """Record ``msgid`` as handled; False when it already was."""
        return await self.store.add(self._key("done", kfid, msgid), 1, ttl=DONE_TTL)

    async def reply(self, kfid: str, msgid: str) -> list[str] | None:
        value = await self.store.get(self._key("reply", kfid, msgid))
        if isinstance(value, list) and all(isinstance(p, str) for p in value):
            return value
        return None

    async def keep_reply(self, kfid: str, msgid: str, parts: list[str]) -> list[str]:
        """Fix the reply to ``msgid``; the one fixed first wins."""
        if await self.store.add(self._key("reply", kfid, msgid), parts, ttl=DONE_TTL):
            return parts
        return await self.reply(kfid, msgid) or parts

    async def out(self, kfid: str, out_id: str) -> str | None:
        value = await self.store.get(self._key("out", kfid, out_id))
        return value if isinstance(value, str) else None

    async def set_out(self, kfid: str, out_id: str, status: str) -> None:
        await self.store.set(self._key("out", kfid, out_id), status, ttl=DONE_TTL)

    async def _quota(self, kfid: str, user: str) -> dict[str, Any]:
        value = await self.store.get(self._key("quota", kfid, user))
        if isinstance(value, dict):
            return value
        return {"since": 0, "sends": []}

    async def saw_customer(self, kfid: str, user: str, send_time: int) -> None:
        """A customer message at ``send_time`` renews the budget (WeCom resets it per message)."""
        quota = await self._quota(kfid, user)
        if send_time > int(quota.get("since", 0)):
            quota["since"] = send_time
            await self.store.set(self._key("quota", kfid, user), quota, ttl=WINDOW)

    async def budget(self, kfid: str, user: str, now: float | None = None) -> int:
        """How many more messages WeCom accepts for ``user`` now."""
        quota = await self._quota(kfid, user)
        since = float(quota.get("since", 0))
        if (now if now is not None else time.time()) - since > WINDOW:
            return 0
        used = sum(1 for t in quota.get("sends", []) if isinstance(t, int | float) and t >= since)
        return max(QUOTA - used, 0)

    async def spent(self, kfid: str, user: str, now: float | None = None) -> None:
        """Count one message sent to ``user``."""
        quota = await self._quota(kfid, user)
        sends = [t for t in quota.get("sends", []) if isinstance(t, int | float)]
        quota["sends"] = [*sends[-(QUOTA * 2) :], int(now if now is not None else time.time())]
        await self.store.set(self._key("quota", kfid, user), quota, ttl=WINDOW)

    async def human(self, kfid: str, user: str) -> bool:
        return await self.store.get(self._key("human", kfid, user)) is not None

    async def set_human(self, kfid: str, user: str, owned: bool) -> None:
        key = self._key("human", kfid, user)
        if owned:
            await self.store.set(key, 1, ttl=WINDOW)
        else:
            await self.store.delete(key)
