"""The callback's front door: URL verification, passive replies, and every refusal as a 4xx."""

from __future__ import annotations

import base64
import io
import time
from collections.abc import AsyncIterator

import pytest
from fakes.engines import CannedEngine, knowledge_texts
from fakes.wecom_peer import random_aes_key

from handlers.engine import Engine
from handlers.reply import Reply
from handlers.store import Store, StoreError

from .harness import MakeHarness

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<xml><ToUserName>wwcorp0001</ToUserName><FromUserName>u</FromUserName><CreateTime>1</CreateTime>
<MsgType>text</MsgType><Content>&lol9;</Content><MsgId>1</MsgId><AgentID>1</AgentID></xml>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xml><ToUserName>wwcorp0001</ToUserName><FromUserName>u</FromUserName><CreateTime>1</CreateTime>
<MsgType>text</MsgType><Content>&xxe;</Content><MsgId>2</MsgId><AgentID>1</AgentID></xml>"""


async def test_url_verification_returns_bare_plaintext(wecom_app: MakeHarness) -> None:
    """GET with a valid signature answers the decrypted echostr, bare."""
    h = await wecom_app()
    path, expected = h.peer.verify_url("1616140317555161061")
    resp = await h.client.get(path)
    assert resp.status == 200
    assert await resp.read() == expected.encode()


async def test_url_verification_keeps_plus_signs(wecom_app: MakeHarness) -> None:
    """An echostr with '+' and '/' survives: the query string is decoded exactly once."""
    h = await wecom_app()
    for n in range(200):
        path, expected = h.peer.verify_url(f"echo-{n}")
        if "%2B" in path and "%2F" in path:
            break
    else:
        pytest.fail("no ciphertext with both + and / in 200 tries")
    resp = await h.client.get(path)
    assert resp.status == 200
    assert await resp.text() == expected


async def test_url_verification_is_fast(wecom_app: MakeHarness) -> None:
    """Verification answers well within WeCom's one second."""
    h = await wecom_app()
    path, _ = h.peer.verify_url("fast")
    started = time.perf_counter()
    resp = await h.client.get(path)
    assert resp.status == 200
    assert time.perf_counter() - started < 0.5


async def test_url_verification_bad_signature_is_403(wecom_app: MakeHarness) -> None:
    """A GET whose signature was made with another token is refused with 403."""
    h = await wecom_app()
    echostr = h.peer.encrypt("x")
    resp = await h.client.get("/wecom/callback?" + h.peer.query(echostr, token="other", echostr=echostr))
    assert resp.status == 403
    assert "Traceback" not in await resp.text()


async def test_missing_parameters_are_400(wecom_app: MakeHarness) -> None:
    """A GET or POST without msg_signature/timestamp/nonce is a 400."""
    h = await wecom_app()
    assert (await h.client.get("/wecom/callback")).status == 400
    body = h.peer.envelope(h.peer.encrypt(h.peer.text("u", "hi")))
    assert (await h.client.post("/wecom/callback", data=body)).status == 400


async def test_text_gets_encrypted_passive_reply(wecom_app: MakeHarness) -> None:
    """A text message is answered with a signed, encrypted passive reply the peer can open."""
    h = await wecom_app()
    path, body = h.peer.callback(h.peer.text("zhangsan", "一次性创业补贴能领多少"))
    resp = await h.client.post(path, data=body.encode())
    assert resp.status == 200
    fields = h.peer.open_reply(await resp.text())
    assert fields["Content"] == "答：一次性创业补贴能领多少"
    assert fields["ToUserName"] == "zhangsan"
    assert fields["FromUserName"] == h.peer.corp_id
    assert fields["MsgType"] == "text"


async def test_cdata_terminator_in_answer_is_escaped(wecom_app: MakeHarness) -> None:
    """An answer containing ']]>' reaches the user intact, the reply XML stays well-formed."""
    h = await wecom_app(CannedEngine("看这里]]><b>不是标签</b>]]>结束"))
    assert await h.ask(h.peer.text("u1", "hi")) == "看这里]]><b>不是标签</b>]]>结束"


async def test_bad_signature_is_403(wecom_app: MakeHarness) -> None:
    """A POST signed with another token is refused with 403 and never reaches the engine."""
    h = await wecom_app()
    encrypt = h.peer.encrypt(h.peer.text("u", "hi"))
    resp = await h.client.post(
        "/wecom/callback?" + h.peer.query(encrypt, token="forged"), data=h.peer.envelope(encrypt)
    )
    assert resp.status == 403
    assert h.engine.seen == []  # type: ignore[attr-defined]


async def test_wrong_corp_id_is_403(wecom_app: MakeHarness) -> None:
    """A message sealed for another corp id is refused with 403."""
    h = await wecom_app()
    encrypt = h.peer.encrypt(h.peer.text("u", "hi"), corp_id="wwsomeoneelse")
    resp = await h.client.post("/wecom/callback?" + h.peer.query(encrypt), data=h.peer.envelope(encrypt))
    assert resp.status == 403


async def test_wrong_aes_key_is_403_every_time(wecom_app: MakeHarness) -> None:
    """Correctly signed but encrypted with another key: 403, whatever garbage comes out."""
    h = await wecom_app()
    for _ in range(60):
        key = base64.b64decode(random_aes_key() + "=")
        encrypt = h.peer.encrypt(h.peer.text("u", "hi"), key=key)
        resp = await h.client.post("/wecom/callback?" + h.peer.query(encrypt), data=h.peer.envelope(encrypt))
        assert resp.status == 403, await resp.text()


async def test_billion_laughs_unauthenticated_is_refused_fast(wecom_app: MakeHarness) -> None:
    """A billion-laughs body is never parsed: 400 at once (no Encrypt field)."""
    h = await wecom_app()
    started = time.perf_counter()
    resp = await h.client.post("/wecom/callback?" + h.peer.query("x"), data=BILLION_LAUGHS)
    assert resp.status == 400
    assert time.perf_counter() - started < 0.5


async def test_billion_laughs_inside_signed_message_is_400(wecom_app: MakeHarness) -> None:
    """Even a correctly signed plaintext with a DTD is refused before any entity expands."""
    h = await wecom_app()
    status, _ = await h.post(BILLION_LAUGHS.replace("wwcorp0001", h.peer.corp_id))
    assert status == 400
    assert h.engine.seen == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("signed", [False, True])
async def test_xxe_is_refused(wecom_app: MakeHarness, signed: bool) -> None:
    """An external entity is never resolved: 400 whether or not the body is authenticated."""
    h = await wecom_app()
    if signed:
        status, text = await h.post(XXE)
    else:
        resp = await h.client.post("/wecom/callback?" + h.peer.query("x"), data=XXE)
        status, text = resp.status, await resp.text()
    assert status == 400
    assert "root:" not in text


async def test_three_megabyte_body_is_413(wecom_app: MakeHarness) -> None:
    """A body over 64 KiB is refused with 413 without being read in full."""
    h = await wecom_app()
    body = io.BytesIO(b"<" * 3_000_000)
    resp = await h.client.post("/wecom/callback?" + h.peer.query("x"), data=body)
    assert resp.status == 413


async def test_three_megabyte_chunked_body_is_413(wecom_app: MakeHarness) -> None:
    """The cap holds without a Content-Length too (chunked upload)."""
    h = await wecom_app()

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(30):
            yield b"a" * 100_000

    resp = await h.client.post("/wecom/callback?" + h.peer.query("x"), data=chunks())
    assert resp.status == 413


@pytest.mark.parametrize("body", [b"hello", b'{"Encrypt": "abc"}', b"", b"\xff\xfe<xml>"])
async def test_non_xml_body_is_400(wecom_app: MakeHarness, body: bytes) -> None:
    """A body without exactly one Encrypt element is a 400, not a 500."""
    h = await wecom_app()
    resp = await h.client.post("/wecom/callback?" + h.peer.query("x"), data=body)
    assert resp.status == 400


async def test_malformed_signed_plaintext_is_400(wecom_app: MakeHarness) -> None:
    """Authenticated but broken XML (or no MsgType) is a 400."""
    h = await wecom_app()
    assert (await h.post("<xml><FromUserName>u</FromUserName"))[0] == 400
    assert (await h.post("<xml><FromUserName>u</FromUserName></xml>"))[0] == 400
    assert (await h.post("not xml at all"))[0] == 400


class _StoreDownEngine(Engine):
    async def handle(self, store: Store, channel: str, user_id: str, text: str, *, ttl: int = 1800) -> Reply:
        raise StoreError("backend unreachable")


async def test_store_error_gets_polite_text(wecom_app: MakeHarness) -> None:
    """When the store fails under the dialogue, the user gets "系统繁忙" with HTTP 200."""
    h = await wecom_app(_StoreDownEngine())
    assert await h.ask(h.peer.text("u", "hi")) == knowledge_texts()["store_busy"]


async def test_store_down_at_dedupe_gets_polite_text(wecom_app: MakeHarness) -> None:
    """When the store fails before anything else, still 200 and the polite text."""
    h = await wecom_app()
    await h.store.close()
    assert await h.ask(h.peer.text("u", "hi")) == knowledge_texts()["store_busy"]


async def test_url_verification_wrong_key_is_403(wecom_app: MakeHarness) -> None:
    """A correctly signed echostr encrypted with another key is a 403, not a 500."""
    h = await wecom_app()
    for _ in range(20):
        echostr = h.peer.encrypt("x", key=base64.b64decode(random_aes_key() + "="))
        resp = await h.client.get("/wecom/callback?" + h.peer.query(echostr, echostr=echostr))
        assert resp.status == 403
