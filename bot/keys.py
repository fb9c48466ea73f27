"""Typed application keys, in one place so every module reads the same state."""

from __future__ import annotations

from aiohttp import web

from bot.config import Config
from bot.observe import Observer
from handlers.engine import Engine
from handlers.store import Store

CONFIG = web.AppKey("config", Config)
ENGINE = web.AppKey("engine", Engine)
STORE = web.AppKey("store", Store)
OBSERVER = web.AppKey("observer", Observer)
