"""Pulling each 微信客服 account: one pass at a time, the cursor moved only after its page.

``on_callback`` is ``WecomChannel.kf_hook``: it checks the event carries a Token and an
OpenKfId, notes the token and returns; the pull runs in a task of its own. Per open_kfid at most
one pass runs on an instance (and the store lock makes it one across instances); callbacks that
land during a pass ask for exactly one more pass after it. A pass pages through sync_msg while
has_more (an empty page with has_more=1 is normal; a run of them ends the pass), hands each page
to the ``Responder`` and commits next_cursor only after. The first pass of an account (no cursor
yet) drains the backlog without answering it. A transient failure retries the pass after a
backoff (45009 included); other failures wait for the next callback.
"""

from __future__ import annotations

import asyncio
import functools
import logging

from bot.config import WecomConfig
from bot.errors import WecomApiError
from bot.observe import Observer
from bot.wecom.client import WecomClient
from bot.wecom.envelope import Inbound
from bot.wecom.kf.api import TRANSIENT, KfApi
from bot.wecom.kf.responder import KfStats, Responder
from bot.wecom.kf.state import KfState
from handlers.engine import Engine
from handlers.store import Store, StoreError

log = logging.getLogger(__name__)

MAX_PAGES = 10_000
"""Pages in one pass at most: a guard against a has_more that never ends."""
MAX_EMPTY_PAGES = 20
"""Empty has_more=1 pages in a row that end a pass (the next callback resumes)."""
LOCK_TIMEOUT = 300.0


class KfService:
    """The 微信客服 channel of one app: callbacks in, pulls and answers out."""

    def __init__(self, config: WecomConfig, *, session_ttl: int = 1800, observer: Observer | None = None) -> None:
        self.config = config
        self.session_ttl = session_ttl
        self.observer = observer if observer is not None else Observer()
        """Where kf turns are counted and logged, like every other channel's."""
        self.stats = KfStats()
        self.backoff: tuple[float, ...] = (1.0, 5.0, 30.0)
        """Seconds before each retry of a failed pass; then it waits for the next callback."""
        self.close_timeout = 5.0
        """Seconds a running pull may go on at shutdown before it is cancelled."""
        self.responder: Responder | None = None
        self.callbacks = 0
        self.passes = 0
        self._api: KfApi | None = None
        self._state: KfState | None = None
        self._tokens: dict[str, str] = {}
        self._runs: dict[str, asyncio.Task[None]] = {}
        self._again: set[str] = set()
        self._changed = asyncio.Event()
        self._closing = False

    def start(self, client: WecomClient, store: Store, engine: Engine) -> None:
        """Begin serving callbacks with the app's API client, store and engine."""
        self._api = KfApi(client)
        self._state = KfState(store, self.config.corp_id)
        self.responder = Responder(
            self._api,
            self._state,
            engine,
            servicer=self.config.kf_servicer,
            max_age=self.config.kf_max_age,
            session_ttl=self.session_ttl,
            stats=self.stats,
            observer=self.observer,
        )
        self._closing = False

    async def on_callback(self, msg: Inbound) -> None:
        """A ``kf_msg_or_event`` callback: schedule a pull of its account."""
        self.callbacks += 1
        token, kfid = msg.field("Token"), msg.field("OpenKfId")
        if not token or not kfid:
            log.warning("kf: callback without Token or OpenKfId ignored")
        elif self._api is None or self._closing:
            log.warning("kf: callback for %s ignored (channel not running; WECOM_SECRET set?)", kfid)
        else:
            self.request(kfid, token)
        self._notify()

    def request(self, kfid: str, token: str) -> None:
        """Pull ``kfid`` now, or once more after the pass already running."""
        self._tokens[kfid] = token
        run = self._runs.get(kfid)
        if run is not None and not run.done():
            self._again.add(kfid)
            return
        task = asyncio.get_running_loop().create_task(self._run(kfid))
        self._runs[kfid] = task
        task.add_done_callback(functools.partial(self._finished, kfid))

    def _finished(self, kfid: str, task: asyncio.Task[None]) -> None:
        if self._runs.get(kfid) is task:
            del self._runs[kfid]
        if not task.cancelled() and task.exception() is not None:
            log.error("kf %s: pull task failed", kfid, exc_info=task.exception())
        self._notify()

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def settled(self, callbacks: int = 0) -> None:
        """Wait until ``callbacks`` callbacks arrived and no pull is running (for tests)."""
        while self.callbacks < callbacks or self._runs:
            await self._changed.wait()

    async def _run(self, kfid: str) -> None:
        attempt = 0
        while True:
            self._again.discard(kfid)
            try:
                await self._pass(kfid)
                attempt = 0
            except (WecomApiError, StoreError) as exc:
                errcode = exc.errcode if isinstance(exc, WecomApiError) else -1
                if errcode not in TRANSIENT or attempt >= len(self.backoff):
                    log.warning("kf %s: pull stopped (%s); waiting for the next callback", kfid, exc)
                    if kfid not in self._again:
                        return
                    attempt = 0
                    continue
                if self._closing:
                    return
                delay = self.backoff[attempt]
                attempt += 1
                self.stats.retries += 1
                log.warning("kf %s: pull failed (%s); retrying in %gs", kfid, exc, delay)
                await asyncio.sleep(delay)
                continue
            if kfid not in self._again or self._closing:
                return

    async def _pass(self, kfid: str) -> None:
        """Page through sync_msg from the stored cursor, committing after each page."""
        assert self._api is not None and self._state is not None and self.responder is not None
        self.passes += 1
        state = self._state
        async with state.store.lock(state.lock_key(kfid), timeout=LOCK_TIMEOUT):
            cursor, cold = await state.cursor(kfid)
            if cold:
                log.info("kf %s: first pull, draining the backlog without answering", kfid)
            empty = 0
            for _ in range(MAX_PAGES):
                page = await self._api.sync_msg(kfid, cursor, self._tokens[kfid])
                await self.responder.page(kfid, page.items, cold=cold)
                still_cold = cold and page.has_more
                if page.next_cursor != cursor or still_cold != cold:
                    await state.commit_cursor(kfid, page.next_cursor, cold=still_cold)
                cursor, cold = page.next_cursor, still_cold
                if not page.has_more:
                    return
                empty = 0 if page.items else empty + 1
                if empty >= MAX_EMPTY_PAGES:
                    log.warning("kf %s: %d empty pages with has_more; pausing", kfid, empty)
                    return
            log.warning("kf %s: more than %d pages in one pass; pausing", kfid, MAX_PAGES)

    async def close(self) -> None:
        """Let running pulls finish for up to ``close_timeout`` seconds, then cancel them.

        A cancelled pass has not moved its cursor: the next process replays the page.
        """
        self._closing = True
        runs = [task for task in self._runs.values() if not task.done()]
        if runs:
            _done, left = await asyncio.wait(runs, timeout=self.close_timeout)
            for task in left:
                task.cancel()
            await asyncio.gather(*runs, return_exceptions=True)
        self._api = self._state = self.responder = None
