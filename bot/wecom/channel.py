"""What happens to one authenticated WeCom delivery: once, in order, in time or later.

``WecomChannel.receive`` is called by the HTTP handler with a parsed ``Inbound`` and returns the
text of a passive reply, or None for an empty 200. The first delivery of a key starts a task that
runs under the user's lock (so one user's answers keep their order, late ones included) and
decides the outcome as ``dedupe`` describes; redeliveries only wait for that outcome.

Delivery rule for answers: one part ready within the budget → passive reply. Several parts
(over 2048 bytes) → all of them through ``message/send`` in order, so the passive reply cannot
overtake or trail the rest. Too late → ``message/send``. Without ``WECOM_SECRET`` there is no
``message/send``: a late answer is dropped (logged) and of a long one only the first part is sent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from bot.config import WecomConfig
from bot.errors import WecomApiError
from bot.locks import KeyedLocks
from bot.observe import Observer
from bot.wecom import texts
from bot.wecom.client import WecomClient
from bot.wecom.dedupe import DEDUPE_TTL, Pending, result_key, seen_key
from bot.wecom.envelope import Inbound
from bot.wecom.flood import FloodGate
from bot.wecom.split import split_text
from handlers.engine import Engine
from handlers.store import Store, StoreError

log = logging.getLogger(__name__)

KfHook = Callable[[Inbound], Awaitable[None]]
_POLL = 0.05  # seconds between store reads while waiting for another instance's outcome


class WecomChannel:
    """The WeCom self-built app channel's state for one running app."""

    def __init__(self, config: WecomConfig, *, session_ttl: int = 1800, observer: Observer | None = None) -> None:
        self.config = config
        self.session_ttl = session_ttl
        self.observer = observer if observer is not None else Observer()
        self.client: WecomClient | None = None
        self.flood = FloodGate()
        self.kf_hook: KfHook | None = None
        """Called with ``kf_msg_or_event`` events (微信客服); None ignores them."""
        self._users = KeyedLocks()
        self._inflight: dict[str, Pending] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    async def receive(self, store: Store, engine: Engine, msg: Inbound) -> str | None:
        """The passive reply text for ``msg``, or None for an empty 200."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.config.reply_budget
        if msg.msg_type == "event" and msg.event == "kf_msg_or_event":
            if self.kf_hook is not None:
                self._spawn(self.kf_hook(msg))
            return None
        if msg.msg_type == "event" and msg.event not in texts.WELCOME_EVENTS:
            return None
        key = msg.key
        try:
            first = await store.add(seen_key(self.config.corp_id, key), 1, ttl=DEDUPE_TTL)
        except StoreError as exc:
            self.observer.store_error("wecom", exc)
            self.observer.message("wecom", msg.user_id, "busy")
            return texts.say(engine.texts, "store_busy")
        if not first:
            self.observer.dedupe_hit("wecom")
        pending = self._inflight.get(key)
        if first:
            pending = Pending(deadline)
            self._inflight[key] = pending
            self._spawn(self._process(store, engine, msg, pending))
        elif pending is None:
            return await self._outcome_elsewhere(store, key, deadline)
        try:
            await asyncio.wait_for(pending.ready.wait(), max(deadline - loop.time(), 0.0))
        except TimeoutError:
            pass
        finally:  # also when cancelled: nobody will carry a passive reply any more
            pending.decide("active")
        return pending.passive_text()

    async def _outcome_elsewhere(self, store: Store, key: str, deadline: float) -> str | None:
        """A redelivery whose first delivery is (or was) handled elsewhere: its stored outcome."""
        loop = asyncio.get_running_loop()
        while True:
            try:
                outcome = await store.get(result_key(self.config.corp_id, key))
            except StoreError:
                return None
            if isinstance(outcome, dict):
                text = outcome.get("text")
                return text if outcome.get("mode") == "passive" and isinstance(text, str) else None
            if loop.time() + _POLL > deadline:
                return None
            await asyncio.sleep(_POLL)

    async def _process(self, store: Store, engine: Engine, msg: Inbound, pending: Pending) -> None:
        """Answer ``msg`` under its user's lock and deliver the answer passively or actively."""
        try:
            async with self._users.hold(msg.user_id):
                text = await self._answer(store, engine, msg)
                parts = split_text(text) if text else []
                await self._deliver(store, msg, pending, parts)
        except Exception:
            log.exception("wecom: processing a %s failed", msg.msg_type)
            pending.decide("none")
        finally:
            self._inflight.pop(msg.key, None)

    async def _answer(self, store: Store, engine: Engine, msg: Inbound) -> str | None:
        """The reply text for ``msg``; the polite apology when the store is down."""
        try:
            if msg.msg_type == "event":
                self.observer.message("wecom", msg.user_id, "welcome")
                return texts.welcome(engine.texts)
            verdict = await self.flood.check(store, self.config.corp_id, msg.user_id)
            if verdict != "ok":
                self.observer.message("wecom", msg.user_id, "flood")
                return texts.say(engine.texts, "flood_notice") if verdict == "notice" else None
            if msg.msg_type != "text":
                self.observer.message("wecom", msg.user_id, "media")
                return texts.say(engine.texts, "text_only")
            reply = await self.observer.turn(engine, store, "wecom", msg.user_id, msg.content, ttl=self.session_ttl)
            return texts.say(engine.texts, "store_busy") if reply is None else reply.text
        except StoreError as exc:  # the flood count; the turn's own failures are handled above
            self.observer.store_error("wecom", exc)
            self.observer.message("wecom", msg.user_id, "busy")
            return texts.say(engine.texts, "store_busy")

    async def _deliver(self, store: Store, msg: Inbound, pending: Pending, parts: list[str]) -> None:
        """Put ``parts`` on the waiting HTTP response if in time, else send them actively."""
        loop = asyncio.get_running_loop()
        in_time = loop.time() < pending.deadline
        one_part = len(parts) == 1 or (len(parts) > 1 and self.client is None)
        if not parts:
            pending.decide("none")
        elif in_time and one_part and pending.decide("passive", parts[0]):
            if len(parts) > 1:
                log.warning("wecom: WECOM_SECRET unset, %d more parts dropped", len(parts) - 1)
        else:
            pending.decide("active")
        await self._record(store, msg.key, pending)
        self.observer.delivery("wecom", pending.mode or "none")
        if pending.mode == "active" and parts:
            await self._send(msg.user_id, parts)

    async def _record(self, store: Store, key: str, pending: Pending) -> None:
        """Keep the outcome for redeliveries landing on other instances (best effort)."""
        try:
            await store.set(
                result_key(self.config.corp_id, key),
                {"mode": pending.mode, "text": pending.passive_text()},
                ttl=DEDUPE_TTL,
            )
        except StoreError as exc:
            self.observer.store_error("wecom", exc)

    async def _send(self, user_id: str, parts: list[str]) -> None:
        """Send ``parts`` in order through ``message/send``; stop at the first failure."""
        if self.client is None:
            log.warning("wecom: answer ready too late and WECOM_SECRET unset: dropped")
            return
        for index, part in enumerate(parts):
            try:
                await self.client.send_text(self.config.agent_id, user_id, part)
            except WecomApiError as exc:
                log.warning(
                    "wecom: message/send part %d/%d failed (errcode %d); rest dropped",
                    index + 1,
                    len(parts),
                    exc.errcode,
                )
                return
            except StoreError as exc:  # the token cache is unreachable
                self.observer.store_error("wecom", exc)
                return

    def _spawn(self, coro: Awaitable[None]) -> None:
        async def run() -> None:
            await coro

        task = asyncio.get_running_loop().create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self, timeout: float = 10.0) -> None:
        """Let running tasks finish (late answers go out), then cancel what is left."""
        if not self._tasks:
            return
        _done, left = await asyncio.wait(set(self._tasks), timeout=timeout)
        for task in left:
            task.cancel()
        if left:
            await asyncio.gather(*left, return_exceptions=True)
