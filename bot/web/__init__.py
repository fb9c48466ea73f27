"""The try-it web page: ``GET /`` and its static files, a plain HTML/CSS/JS client of /api/chat.

The page is committed as written (no build step, nothing fetched from the internet) so that the
same wheel that serves the API can show residents and officers the bot. Everything it does goes
through ``POST /api/chat``; it has no server-side logic of its own.

Access follows /api/chat: without ``BOT_API_TOKEN`` the API answers loopback clients only, so the
page works from the machine itself (http://127.0.0.1:8080/). With the token set, the user pastes
it into the page's 设置 field; it is kept in ``sessionStorage`` (this tab only) and sent as
``Authorization: Bearer …``.
"""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

STATIC_DIR = Path(__file__).with_name("static")

# The page loads only its own files and talks only to its own origin; the policy also stops any
# reply text that slipped into markup from running as script.
_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_HEADERS = {
    "Content-Security-Policy": _CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


def setup_web(app: web.Application) -> None:
    """Mount ``GET /`` and ``/static/…`` on ``app``; reads the page once, at app build time."""
    page = (STATIC_DIR / "index.html").read_bytes()

    async def index(request: web.Request) -> web.Response:
        """The page itself; its assets are referenced relative to it, so a path prefix works."""
        return web.Response(body=page, content_type="text/html", charset="utf-8", headers=_HEADERS)

    app.router.add_get("/", index, name="web-index")
    app.router.add_static("/static/", STATIC_DIR, name="web-static", append_version=False)
