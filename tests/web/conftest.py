"""Fixtures for the browser tests: the real app on 127.0.0.1 and Debian's headless Chromium.

Chromium is driven by the ``playwright`` package with ``executable_path`` set: its bundled driver
talks to the system browser, so nothing is downloaded (never ``playwright install``). Without a
browser the tests skip, except under CI or ``REQUIRE_BROWSER=1``, where a missing browser fails.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest

from bot.app import create_app
from bot.config import Config
from handlers.engine import Engine

if TYPE_CHECKING:
    from playwright.async_api import Page

# playwright adds --headless itself (headless=True); the profile is a fresh --user-data-dir.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 420, "height": 860}  # a large phone: the page is built mobile first

StartApp = Callable[..., Awaitable[str]]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives headless Chromium against the real app")


def _browser_required() -> bool:
    return bool(os.environ.get("CI")) or os.environ.get("REQUIRE_BROWSER") == "1"


def _unavailable(reason: str) -> None:
    if _browser_required():
        pytest.fail(f"{reason} (required because CI or REQUIRE_BROWSER=1 is set)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """The system Chromium, or skip (fail under CI) with the reason."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None and os.access("/usr/bin/chromium", os.X_OK):
        path = "/usr/bin/chromium"
    if path is None:
        _unavailable("no chromium on PATH: apt-get install chromium (.ci/run does)")
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        _unavailable("the playwright package is not installed: pip install -e '.[test]'")
    assert path is not None
    return path


@pytest.fixture
async def start_app(aiohttp_server: Any, tmp_path: Path) -> StartApp:
    """Start ``create_app`` with a memory store on a free 127.0.0.1 port; returns its base URL."""

    async def start(engine: Engine | None = None, **env: str) -> str:
        environ = {"BOT_STORE": "memory://", "BOT_DATA_DIR": str(tmp_path / "data"), **env}
        server = await aiohttp_server(create_app(Config.from_env(environ), engine=engine))
        return str(server.make_url("/"))

    return start


@pytest.fixture
async def page(chromium_path: str, tmp_path: Path) -> AsyncIterator[Page]:
    """A fresh headless Chromium tab that may reach loopback only; anything else fails the test."""
    from playwright.async_api import Route, async_playwright

    outside: list[str] = []

    async def local_only(route: Route) -> None:
        host = urlsplit(route.request.url).hostname
        if host in ("127.0.0.1", "localhost", "::1"):
            await route.continue_()
        else:
            outside.append(route.request.url)
            await route.abort()

    async with async_playwright() as pw:
        context = await pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=chromium_path,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport=VIEWPORT,  # type: ignore[arg-type]
            locale="zh-CN",
        )
        try:
            await context.route("**/*", local_only)
            tab = context.pages[0] if context.pages else await context.new_page()
            errors: list[str] = []
            tab.on("pageerror", lambda exc: errors.append(str(exc)))
            yield tab
            assert not errors, f"script errors on the page: {errors}"
        finally:
            await context.close()
    assert not outside, f"the page tried to fetch from outside: {outside}"
