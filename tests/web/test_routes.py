"""The page's routes: served by the app itself, UTF-8 HTML, only its own assets."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bot.app import create_app
from bot.config import Config
from bot.web import STATIC_DIR
from handlers.engine import Engine
from handlers.reply import Reply

# Anything that would make the browser leave the origin: absolute or scheme-relative URLs.
EXTERNAL = re.compile(r"(?:https?:)?//[\w.-]+\.\w|@import|url\(\s*['\"]?(?:https?:)?//", re.I)


class HelpEngine(Engine):
    """Answers every message with a greeting: these tests are about routes, not the dialogue."""

    def respond(self, state: dict[str, Any], text: str) -> tuple[Reply, dict[str, Any]]:
        return Reply(text="您好", kind="help"), state


@pytest.fixture
async def client(aiohttp_client: Any, tmp_path: Path) -> Any:
    """The real app (memory store, a stub engine) on a test client."""
    config = Config.from_env({"BOT_STORE": "memory://", "BOT_DATA_DIR": str(tmp_path)})
    return await aiohttp_client(create_app(config, engine=HelpEngine()))


async def test_index_is_utf8_html(client: Any) -> None:
    """GET / answers the page as text/html; charset=utf-8, with a same-origin-only CSP."""
    resp = await client.get("/")
    assert resp.status == 200
    assert resp.headers["Content-Type"] == "text/html; charset=utf-8"
    assert "default-src 'none'" in resp.headers["Content-Security-Policy"]
    html = await resp.text()
    assert "滨江就业政策助手" in html
    assert "征求意见稿" in html


async def test_assets_referenced_by_the_page_are_served(client: Any) -> None:
    """Every src/href in the page resolves to a 200 under /static/."""
    html = await (await client.get("/")).text()
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sorted(refs) == ["static/app.js", "static/style.css"]
    for ref in refs:
        resp = await client.get("/" + ref)
        assert resp.status == 200, ref
        assert len(await resp.read()) > 100


@pytest.mark.parametrize("name", ["index.html", "app.js", "style.css"])
def test_no_external_urls(name: str) -> None:
    """The page fetches nothing from the internet: no CDN, fonts or absolute URLs."""
    text = (STATIC_DIR / name).read_text(encoding="utf-8")
    assert not EXTERNAL.findall(text)


def test_script_never_writes_markup() -> None:
    """Reply text is drawn with textContent: the script never writes HTML (innerHTML and kin)."""
    script = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", script)


async def test_unknown_static_file_is_404(client: Any) -> None:
    """A missing asset is a plain 404, not the page."""
    resp = await client.get("/static/nope.js")
    assert resp.status == 404


async def test_api_still_routed(client: Any) -> None:
    """Mounting the page leaves /healthz and /api/chat as they were."""
    assert (await client.get("/healthz")).status == 200
    resp = await client.post("/api/chat", json={"user_id": "u", "text": "帮助"})
    assert resp.status == 200
    assert (await resp.json())["kind"] == "help"
