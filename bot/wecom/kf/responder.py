"""Handling one sync_msg page: every item once, customer texts answered through the Engine.

Order per page: every customer message first renews its sender's send budget (WeCom renewed it
when the message arrived), recalled msgids are collected, then items are handled in order and
each is marked done. A transient failure (``WecomApiError`` with an errcode in ``TRANSIENT``,
``StoreError``) stops the page where it is: the caller does not move the cursor, and the replay
skips what is already done.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.errors import WecomApiError
from bot.observe import Observer
from bot.wecom.kf import texts
from bot.wecom.kf.api import SESSION_NOT_OURS, TRANSIENT, KfApi, out_msgid
from bot.wecom.kf.events import hand_off, handle_event
from bot.wecom.kf.items import CUSTOMER, SYSTEM, KfItem
from bot.wecom.kf.state import KfState
from bot.wecom.split import MAX_BYTES, split_text
from bot.wecom.texts import say
from handlers.engine import Engine
from handlers.store import StoreError

log = logging.getLogger(__name__)

CHANNEL = "kf"
"""The Engine's channel name: one dialogue per (kf, external_userid)."""


@dataclass
class KfStats:
    """Counters of what the kf channel did, for logs and tests."""

    answered: int = 0
    parts_sent: int = 0
    backlog_skipped: int = 0
    too_old: int = 0
    recalled: int = 0
    silent: int = 0
    handoffs: int = 0
    welcomes: int = 0
    send_failed: int = 0
    send_errors: int = 0
    over_quota: int = 0
    retries: int = 0


def fit(parts: list[str], budget: int, note: str) -> list[str]:
    """At most ``budget`` parts; when cut, the last kept part ends with ``note``."""
    if budget <= 0:
        return []
    if len(parts) <= budget:
        return parts
    kept = parts[:budget]
    room = MAX_BYTES - len(note.encode("utf-8"))
    kept[-1] = split_text(kept[-1], room)[0] + note
    return kept


class Responder:
    """Answers the items of one corp's kf accounts."""

    def __init__(
        self,
        api: KfApi,
        state: KfState,
        engine: Engine,
        *,
        servicer: str | None,
        max_age: float,
        session_ttl: int,
        stats: KfStats,
        observer: Observer | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.api = api
        self.state = state
        self.engine = engine
        self.servicer = servicer
        self.max_age = max_age
        self.session_ttl = session_ttl
        self.stats = stats
        self.observer = observer if observer is not None else Observer()
        self.clock = clock

    async def page(self, kfid: str, raw_items: list[Any], *, cold: bool) -> None:
        """Handle every item of a page not handled before; raises to stop the page."""
        items = [KfItem.parse(raw) for raw in raw_items]
        recalled = {i.recall_msgid for i in items if i.event_type == "user_recall_msg"}
        for item in items:
            if item.origin == CUSTOMER and item.external_userid:
                await self.state.saw_customer(kfid, item.external_userid, item.send_time)
        for item in items:
            if not item.msgid or await self.state.is_done(kfid, item.msgid):
                continue
            if cold:
                self.stats.backlog_skipped += 1
            elif item.msgid in recalled:
                self.stats.recalled += 1
            elif item.origin == SYSTEM or item.msgtype == "event":
                await handle_event(self, kfid, item)
            elif item.origin == CUSTOMER and item.external_userid:
                await self._customer(kfid, item)
            # origin SERVICER (a human's own message) and anything unknown: never answered
            await self.state.mark_done(kfid, item.msgid)

    async def _customer(self, kfid: str, item: KfItem) -> None:
        user = item.external_userid
        if self.clock() - item.send_time > self.max_age:
            self.stats.too_old += 1
            log.info("kf %s: message %s older than %gs, not answered", kfid, item.msgid, self.max_age)
            return
        if await self.state.human(kfid, user):
            self.stats.silent += 1
            return
        if item.msgtype == "text" and texts.wants_human(item.content, self._handoff_words(), item.menu_id):
            await hand_off(self, kfid, item)
            return
        parts = await self.state.reply(kfid, item.msgid)
        if parts is None:
            text = await self._ask(user, item.content) if item.msgtype == "text" else None
            budget = await self.state.budget(kfid, user, self.clock())
            words = self.engine.texts
            parts = fit(split_text(text or say(words, "text_only")), budget, words["kf_truncated"])
            parts = await self.state.keep_reply(kfid, item.msgid, parts)
        if not parts:
            self.stats.over_quota += 1
            log.warning("kf %s: 5-message budget spent before %s could be answered", kfid, item.msgid)
        elif await self.send(kfid, item, parts):
            self.stats.answered += 1

    def _handoff_words(self) -> tuple[str, ...]:
        return self.engine.knowledge.lexicon.words.get("handoff_words", ())

    async def _ask(self, user: str, content: str) -> str:
        """The Engine's answer; the apology when the dialogue itself fails."""
        started = time.perf_counter()
        try:
            reply = await self.engine.handle(self.state.store, CHANNEL, user, content, ttl=self.session_ttl)
        except StoreError as exc:
            self.observer.store_error(CHANNEL, exc)
            raise  # the pass stops and is retried; the message is not marked done
        except Exception:
            log.exception("kf: the dialogue failed on a message")
            return say(self.engine.texts, "store_busy")
        self.observer.message(
            CHANNEL, user, reply.kind, clauses=reply.clauses, latency=time.perf_counter() - started, text=content
        )
        return reply.text

    async def send(self, kfid: str, item: KfItem, parts: list[str]) -> bool:
        """Send ``parts`` in order under derived msgids; True when all went out."""
        user = item.external_userid
        for index, part in enumerate(parts):
            out_id = out_msgid(kfid, item.msgid, str(index))
            status = await self.state.out(kfid, out_id)
            if status == "sent":
                continue
            if await self.state.budget(kfid, user, self.clock()) <= 0:
                self.stats.over_quota += 1
                log.warning(
                    "kf %s: 5-message budget spent, %d parts of %s dropped", kfid, len(parts) - index, item.msgid
                )
                return False
            await self.state.set_out(kfid, out_id, "trying")
            try:
                await self.api.send_text(kfid, user, out_id, part)
            except WecomApiError as exc:
                if exc.errcode in TRANSIENT:
                    raise  # the page stops here and is replayed later
                if exc.errcode == SESSION_NOT_OURS:
                    log.info("kf %s: session not ours (95018), staying silent", kfid)
                    await self.state.set_human(kfid, user, True)
                    self.stats.silent += 1
                    return False
                if status != "trying":
                    self.stats.send_errors += 1
                    log.warning("kf %s: send_msg errcode %d, %s not answered", kfid, exc.errcode, item.msgid)
                    return False
                # An earlier attempt with this msgid may have reached WeCom, which then refuses
                # the reused id: never send it under a new one.
                log.info("kf %s: resend of %s refused (errcode %d); taken as sent", kfid, out_id, exc.errcode)
            await self.state.set_out(kfid, out_id, "sent")
            await self.state.spent(kfid, user, self.clock())
            self.stats.parts_sent += 1
        return True
