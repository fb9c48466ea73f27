"""The entry point channels call: one user's message in, one ``Reply`` out.

``Engine.handle`` owns the per-user lock and the session round trip; ``Engine.respond`` is the
pure dialogue step (state and text in, reply and new state out) so tests and benchmarks can drive
it without a store.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handlers.reply import Reply
from handlers.store import Store

if TYPE_CHECKING:
    from handlers.dialogue import Dialogue
    from knowledge.models import KnowledgeBase

_log = logging.getLogger(__name__)

SESSION_PREFIX = "session:"
DEFAULT_SALT = "policy-bot/user-hash/v1"
"""The default salt of user pseudonyms; the server passes ``BOT_LOG_SALT`` so the unanswered
log and the message log name a user alike."""


UNANSWERED_KEY = "unanswered"
UNANSWERED_MAX = 10_000
"""Retention of the unanswered log: the newest 10,000 fallbacks and clarifications."""


def session_key(channel: str, user_id: str) -> str:
    """The store key of one dialogue: one per (channel, user id), as CONTRACTS.md fixes."""
    return f"{SESSION_PREFIX}{channel}:{user_id}"


class Engine:
    """Routes messages through the dialogue and keeps their state in a ``Store``."""

    def __init__(self, dialogue: Dialogue | None = None, *, path: Path | None = None, salt: str = DEFAULT_SALT) -> None:
        self._dialogue = dialogue
        self._path = path
        self.salt = salt

    @property
    def dialogue(self) -> Dialogue:
        """The dialogue over the knowledge in ``path`` (packaged data by default), built on first
        use rather than at import."""
        if self._dialogue is None:
            from handlers.dialogue import Dialogue
            from knowledge.loader import load

            self._dialogue = Dialogue(load(self._path))
        return self._dialogue

    @classmethod
    def load(cls, path: Path | None = None, *, salt: str = DEFAULT_SALT) -> Engine:
        """An engine over the data in ``path`` (the packaged data when None), built now."""
        from handlers.dialogue import Dialogue
        from knowledge.loader import load

        return cls(Dialogue(load(path)), path=path, salt=salt)

    @property
    def knowledge(self) -> KnowledgeBase:
        """The knowledge served now; channels read it per message so a reload changes them too."""
        return self.dialogue.kb

    @property
    def texts(self) -> Mapping[str, str]:
        """The fixed replies (replies.yaml), for the channels' own sentences."""
        return self.knowledge.texts

    def swap(self, dialogue: Dialogue) -> None:
        """Serve new knowledge from the next message on (one attribute store: atomic)."""
        self._dialogue = dialogue

    def respond(self, state: dict[str, Any], text: str) -> tuple[Reply, dict[str, Any]]:
        """One dialogue step without I/O. A fault of the dialogue's own (a reading it has not met)
        is logged with its traceback and answered politely, the state kept as it was: the user
        never sees a traceback and loses nothing said before."""
        try:
            return self.dialogue.respond(state, text)
        except Exception:  # (the one place every dialogue fault becomes a reply)
            _log.exception("dialogue failed on a message of %d characters", len(text))
            return Reply(text=self.texts.get("engine_error", ""), kind="fallback"), state

    async def handle(self, store: Store, channel: str, user_id: str, text: str, *, ttl: int = 1800) -> Reply:
        """Answer one message, holding the user's lock across read, respond and write."""
        key = session_key(channel, user_id)
        async with store.lock(key):
            state = await store.get(key) or {}
            reply, new_state = self.respond(state, text)
            await store.set(key, new_state, ttl=ttl)
        if reply.kind in ("fallback", "clarify"):
            await store.append(
                UNANSWERED_KEY, unanswered_record(channel, user_id, text, reply, self.salt), max_items=UNANSWERED_MAX
            )
        return reply


def hash_user(user_id: str, salt: str = DEFAULT_SALT) -> str:
    """A stable pseudonym: operators see repeat askers without seeing who they are."""
    return hashlib.sha256(salt.encode("utf-8") + b"\0" + user_id.encode("utf-8")).hexdigest()[:16]


def unanswered_record(channel: str, user_id: str, text: str, reply: Reply, salt: str = DEFAULT_SALT) -> dict[str, Any]:
    """What ``policy-bot report`` needs about a question the bot could not answer directly."""
    return {
        "time": time.time(),
        "channel": channel,
        "user": hash_user(user_id, salt),
        "text": text[:500],
        "kind": reply.kind,
        "candidates": [[clause, score] for clause, score in reply.candidates],
    }
