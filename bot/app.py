"""The aiohttp application factory; no work happens at import time."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

from aiohttp import web

from bot import api
from bot.config import Config
from bot.guard import MAX_BODY
from bot.keys import CONFIG, ENGINE, OBSERVER, STORE
from bot.observe import Observer, metrics
from bot.reload import setup_reload
from bot.web import setup_web
from handlers.engine import Engine
from handlers.store import Store


async def healthz(request: web.Request) -> web.Response:
    """Liveness and what is being served (document, status, data version)."""
    doc = request.app[ENGINE].dialogue.kb.document
    return web.json_response(
        {"status": "ok", "document": doc.full_title, "document_status": doc.status, "data_version": doc.data_version},
        dumps=lambda o: json.dumps(o, ensure_ascii=False),
    )


def create_app(config: Config, *, store: Store | None = None, engine: Engine | None = None) -> web.Application:
    """Build the app; ``store`` and ``engine`` are injected by tests, opened from config otherwise."""
    app = web.Application(client_max_size=MAX_BODY)
    app[CONFIG] = config
    app[ENGINE] = engine if engine is not None else Engine(path=config.knowledge_dir, salt=config.log_salt)
    app[OBSERVER] = Observer(salt=config.log_salt)

    async def store_ctx(app: web.Application) -> AsyncIterator[None]:
        if store is not None:
            app[STORE] = store
            yield
            return
        from bot.stores import open_store

        opened = await open_store(config.store_url)
        app[STORE] = opened
        yield
        await opened.close()

    app.cleanup_ctx.append(store_ctx)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    app.router.add_post("/api/chat", api.chat)
    setup_web(app)
    setup_reload(app)
    if config.wecom is not None:
        from bot.wecom import setup_wecom
        from bot.wecom.kf import setup_kf

        # 微信客服 after the channel: its pulls stop before the channel's API client closes.
        setup_kf(app, setup_wecom(app, config.wecom))
    return app
