"""Swapping the policy data without a restart: ``SIGHUP`` or ``POST /admin/reload``.

The new data is loaded and indexed off the event loop, then swapped in with one assignment, so
messages in flight finish on the old data and the next one sees the new. A file that fails the
checker is refused with its messages and the old data keeps serving. Dialogues in progress keep
their state; one that refers to a clause the new data no longer has starts afresh.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator

from aiohttp import web

from bot.guard import bearer_ok
from bot.heap import freeze_heap, frozen
from bot.keys import CONFIG, ENGINE
from handlers.dialogue import Dialogue
from knowledge.errors import KnowledgeError
from knowledge.loader import load

log = logging.getLogger("policy_bot.reload")

RELOAD_LOCK = web.AppKey("reload_lock", asyncio.Lock)


async def reload_knowledge(app: web.Application) -> list[str]:
    """Load, check and swap in the data; the checker's problems when refused (nothing swapped)."""
    path = app[CONFIG].knowledge_dir
    async with app[RELOAD_LOCK]:
        try:
            dialogue = await asyncio.get_running_loop().run_in_executor(None, lambda: Dialogue(load(path)))
        except KnowledgeError as exc:
            log.error("knowledge reload refused: %d problem(s): %s", len(exc.problems), "; ".join(exc.problems))
            return exc.problems
        app[ENGINE].swap(dialogue)
        if frozen():  # (served: the old knowledge collected, the new one frozen)
            freeze_heap()
    doc = dialogue.kb.document
    log.info("knowledge reloaded: %s（%s）data %s", doc.title, doc.status, doc.data_version)
    return []


async def admin_reload(request: web.Request) -> web.Response:
    """``POST /admin/reload`` with ``Authorization: Bearer BOT_ADMIN_TOKEN`` (404 when unset)."""
    token = request.app[CONFIG].admin_token
    if token is None:
        raise web.HTTPNotFound()
    if not bearer_ok(request, token):
        return web.json_response({"error": "unauthorized"}, status=401)
    problems = await reload_knowledge(request.app)
    if problems:
        return web.json_response({"error": "refused", "problems": problems}, status=422)
    doc = request.app[ENGINE].dialogue.kb.document
    return web.json_response({"status": "reloaded", "data_version": doc.data_version})


def setup_reload(app: web.Application) -> None:
    """Mount the admin endpoint and, while serving, reload on SIGHUP."""
    app[RELOAD_LOCK] = asyncio.Lock()
    app.router.add_post("/admin/reload", admin_reload)
    app.cleanup_ctx.append(_sighup)


async def _sighup(app: web.Application) -> AsyncIterator[None]:
    loop = asyncio.get_running_loop()
    tasks: set[asyncio.Task[list[str]]] = set()

    def on_hup() -> None:
        task = loop.create_task(reload_knowledge(app))
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    try:
        loop.add_signal_handler(signal.SIGHUP, on_hup)
        installed = True
    except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no signals
        installed = False
    yield
    if installed:
        loop.remove_signal_handler(signal.SIGHUP)
    for task in list(tasks):  # done callbacks shrink the set while we wait
        await task
