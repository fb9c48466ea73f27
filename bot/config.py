"""Configuration: one frozen object built once from the environment (CONTRACTS.md's table).

A missing or malformed variable raises ``ConfigError`` naming it, so ``serve`` stops at start
with one clear line instead of failing on the first message.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import ConfigError
from handlers.engine import DEFAULT_SALT

DEFAULT_LOG_SALT = DEFAULT_SALT
"""Salt of the hashed user ids in logs when ``BOT_LOG_SALT`` is unset (same on every instance)."""

_WECOM_VARS = ("WECOM_CORP_ID", "WECOM_TOKEN", "WECOM_ENCODING_AES_KEY", "WECOM_AGENT_ID")


def _default_data_dir(env: Mapping[str, str]) -> Path:
    xdg = env.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path(env.get("HOME", str(Path.home()))) / ".local" / "share"
    return base / "policy-bot"


def _positive_float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name}: not a number: {raw!r}") from None
    if not math.isfinite(value):  # "inf" would wait forever, "nan" compares false to everything
        raise ConfigError(f"{name}: must be a finite number, got {raw!r}")
    if value <= 0:
        raise ConfigError(f"{name}: must be positive, got {raw!r}")
    return value


@dataclass(frozen=True, slots=True)
class WecomConfig:
    """The self-built app's callback and API settings; secrets hidden from ``repr``."""

    corp_id: str
    token: str = field(repr=False)
    encoding_aes_key: str = field(repr=False)
    agent_id: int
    secret: str | None = field(default=None, repr=False)
    api_base: str = "https://qyapi.weixin.qq.com"
    reply_budget: float = 3.0
    kf_servicer: str | None = None
    """微信客服: the on-duty servicer's userid for hand-offs; None queues them (state 2)."""
    kf_max_age: float = 86400.0
    """微信客服: customer messages older than this many seconds are never answered."""


@dataclass(frozen=True, slots=True)
class Config:
    """Everything ``serve``, ``chat`` and ``ask`` need, validated."""

    data_dir: Path
    store_url: str
    session_ttl: int = 1800
    api_token: str | None = field(default=None, repr=False)
    admin_token: str | None = field(default=None, repr=False)
    knowledge_dir: Path | None = None
    wecom: WecomConfig | None = None
    log_level: str = "INFO"
    log_salt: str = field(default=DEFAULT_LOG_SALT, repr=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Config:
        """Read and validate the environment; raise ``ConfigError`` naming the bad variable."""
        env = os.environ if environ is None else environ
        data_dir = Path(env["BOT_DATA_DIR"]) if env.get("BOT_DATA_DIR") else _default_data_dir(env)
        store_url = env.get("BOT_STORE") or f"sqlite:///{data_dir / 'policy-bot.sqlite3'}"
        if not store_url.startswith(("sqlite:///", "redis://", "rediss://", "memory://")) or store_url == "sqlite:///":
            raise ConfigError(
                f"BOT_STORE: expected sqlite:///PATH, redis://HOST:PORT/DB or memory://, got {store_url!r}"
            )
        ttl = _positive_float(env, "BOT_SESSION_TTL", 1800)
        if ttl != int(ttl):
            raise ConfigError("BOT_SESSION_TTL: must be a whole number of seconds")
        return cls(
            data_dir=data_dir,
            store_url=store_url,
            session_ttl=int(ttl),
            api_token=env.get("BOT_API_TOKEN") or None,
            admin_token=env.get("BOT_ADMIN_TOKEN") or None,
            knowledge_dir=_knowledge_dir(env),
            wecom=_wecom_from_env(env),
            log_level=(env.get("BOT_LOG_LEVEL") or "INFO").upper(),
            log_salt=env.get("BOT_LOG_SALT") or DEFAULT_LOG_SALT,
        )


def _knowledge_dir(env: Mapping[str, str]) -> Path | None:
    """An editable copy of the policy data (for reloads without reinstalling), if configured."""
    raw = env.get("BOT_KNOWLEDGE_DIR")
    if not raw:
        return None
    path = Path(raw)
    if not (path / "policy.yaml").is_file():
        raise ConfigError(f"BOT_KNOWLEDGE_DIR: no policy.yaml in {raw!r}")
    return path


def _wecom_from_env(env: Mapping[str, str]) -> WecomConfig | None:
    given = [name for name in _WECOM_VARS if env.get(name)]
    if not given:
        return None
    missing = [name for name in _WECOM_VARS if not env.get(name)]
    if missing:
        raise ConfigError(f"{missing[0]}: required when {given[0]} is set (WeCom channel)")
    key = env["WECOM_ENCODING_AES_KEY"]
    if not re.fullmatch(r"[A-Za-z0-9+/]{43}", key):
        raise ConfigError("WECOM_ENCODING_AES_KEY: must be exactly 43 base64 characters")
    token = env["WECOM_TOKEN"]
    if not re.fullmatch(r"[A-Za-z0-9]{1,32}", token):
        raise ConfigError("WECOM_TOKEN: must be 1 to 32 letters or digits")
    agent = env["WECOM_AGENT_ID"]
    if not (agent.isascii() and agent.isdigit()):  # "²" is a digit to isdigit, not to int
        raise ConfigError(f"WECOM_AGENT_ID: must be a number, got {agent!r}")
    api_base = (env.get("WECOM_API_BASE") or "https://qyapi.weixin.qq.com").rstrip("/")
    if not api_base.startswith(("http://", "https://")):
        raise ConfigError(f"WECOM_API_BASE: not an http(s) URL: {api_base!r}")
    return WecomConfig(
        corp_id=env["WECOM_CORP_ID"],
        token=token,
        encoding_aes_key=key,
        agent_id=int(agent),
        secret=env.get("WECOM_SECRET") or None,
        api_base=api_base,
        reply_budget=_positive_float(env, "WECOM_REPLY_BUDGET", 3.0),
        kf_servicer=env.get("WECOM_KF_SERVICER") or None,
        kf_max_age=_kf_max_age(env),
    )


def _kf_max_age(env: Mapping[str, str]) -> float:
    # WeCom refuses kf/send_msg 48 h after the customer's message: a longer age means nothing.
    value = _positive_float(env, "WECOM_KF_MAX_AGE", 86400.0)
    if value > 48 * 3600:
        raise ConfigError("WECOM_KF_MAX_AGE: at most 172800 seconds (WeCom's 48 h window)")
    return value
