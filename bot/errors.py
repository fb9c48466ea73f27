"""The project's exception root and where each branch is translated.

    PolicyBotError
    ├── ConfigError          bad environment        → serve exits with one line
    ├── RequestError         bad HTTP input         → 400 / 413 (status on the instance)
    │   └── AuthError        bad signature, corp id, token → 401 / 403
    └── WecomApiError        WeCom answered errcode ≠ 0 → logged with errcode, retried or dropped

``handlers.store.StoreError`` (backend down) is translated to a polite "稍后再试" reply.
``knowledge.errors.KnowledgeError`` (bad data) is reported by ``check-knowledge``.
"""

from __future__ import annotations


class PolicyBotError(Exception):
    """Root of the errors this package raises on purpose."""


class ConfigError(PolicyBotError):
    """A variable is missing or malformed; the message starts with its name."""


class RequestError(PolicyBotError):
    """The client sent something we refuse; ``status`` is the HTTP status to answer."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class AuthError(RequestError):
    """Authentication failed (signature, corp id, bearer token)."""

    def __init__(self, message: str, status: int = 403) -> None:
        super().__init__(message, status)


class WecomApiError(PolicyBotError):
    """WeCom's API answered with a non-zero errcode."""

    def __init__(self, errcode: int, errmsg: str) -> None:
        super().__init__(f"errcode {errcode}: {errmsg}")
        self.errcode = errcode
        self.errmsg = errmsg
