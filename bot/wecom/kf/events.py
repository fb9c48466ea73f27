"""System events and the hand-off to a human, for ``Responder``.

- ``enter_session`` with a welcome_code: the welcome menu through send_msg_on_event, once (the
  item's done mark) and only within the code's 20 s.
- ``session_status_change``: a servicer took (1), transferred (2) or re-opened (4) the session →
  the bot goes silent; the session ended (3) → it answers again and says so with the msg_code.
- ``msg_send_fail``: logged and counted, never retried (WeCom already refused the message).
- A request for a human: ``service_state/trans`` to the configured servicer (3), else to the
  queue (2); the notice goes out with the msg_code the transfer returns, since send_msg is
  refused once the session has left states 0/1.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.errors import WecomApiError
from bot.wecom.kf import texts
from bot.wecom.kf.api import TRANSIENT, out_msgid
from bot.wecom.kf.items import KfItem

if TYPE_CHECKING:
    from bot.wecom.kf.responder import Responder

log = logging.getLogger(__name__)

WELCOME_CODE_LIFE = 20
"""Seconds a welcome_code can be used after enter_session."""

TAKEN = frozenset({1, 2, 4})
"""session_status_change change_types after which a human owns the session."""
ENDED = 3


async def handle_event(r: Responder, kfid: str, item: KfItem) -> None:
    """React to one origin-4 event item."""
    user = item.external_userid
    if item.event_type == "enter_session":
        await _welcome(r, kfid, item)
    elif item.event_type == "session_status_change" and user:
        if item.change_type in TAKEN:
            await r.state.set_human(kfid, user, True)
        elif item.change_type == ENDED:
            await r.state.set_human(kfid, user, False)
            if item.msg_code:
                resumed = texts.text_message(r.engine.texts["kf_resumed"])
                await _on_event(r, item.msg_code, out_msgid(kfid, item.msgid, "r"), resumed)
    elif item.event_type == "msg_send_fail":
        r.stats.send_failed += 1
        log.warning(
            "kf %s: WeCom reports message %s failed (fail_type %d); not retried", kfid, item.fail_msgid, item.fail_type
        )


async def _welcome(r: Responder, kfid: str, item: KfItem) -> None:
    if not item.welcome_code:
        return  # no code: the customer is still within an earlier session
    if r.clock() - item.send_time > WELCOME_CODE_LIFE:
        log.info("kf %s: welcome_code of %s expired before we read it", kfid, item.msgid)
        return
    if await _on_event(r, item.welcome_code, out_msgid(kfid, item.msgid, "w"), texts.welcome_menu(r.engine.texts)):
        r.stats.welcomes += 1


async def _on_event(r: Responder, code: str, msgid: str, message: dict[str, object]) -> bool:
    """send_msg_on_event; True when sent. Transient errors propagate (the page is retried)."""
    try:
        await r.api.send_on_event(code, msgid, message)
    except WecomApiError as exc:
        if exc.errcode in TRANSIENT:
            raise
        log.warning("kf: send_msg_on_event errcode %d; code not used", exc.errcode)
        return False
    return True


async def hand_off(r: Responder, kfid: str, item: KfItem) -> None:
    """Move the customer's session to a human and tell them; apologise when nobody can take it."""
    user = item.external_userid
    targets: list[tuple[int, str | None]] = [(2, None)]
    if r.servicer:
        targets.insert(0, (3, r.servicer))
    for state, servicer in targets:
        try:
            code = await r.api.trans(kfid, user, state, servicer)
        except WecomApiError as exc:
            if exc.errcode in TRANSIENT:
                raise
            log.warning("kf %s: service_state/trans to %d failed (errcode %d)", kfid, state, exc.errcode)
            continue
        await r.state.set_human(kfid, user, True)
        r.stats.handoffs += 1
        if code:
            queued = texts.text_message(r.engine.texts["kf_handoff_queued"])
            await _on_event(r, code, out_msgid(kfid, item.msgid, "h"), queued)
        else:
            log.info("kf %s: transfer returned no msg_code; no notice possible", kfid)
        return
    await r.send(kfid, item, [r.engine.texts["kf_handoff_failed"]])
