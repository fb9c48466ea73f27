"""Odd settings and an unopenable store stop with one line naming the variable, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Config
from bot.errors import ConfigError
from bot.wecom.kf.items import KfItem

WECOM = {
    "WECOM_CORP_ID": "ww1",
    "WECOM_TOKEN": "tok",
    "WECOM_ENCODING_AES_KEY": "a" * 43,
    "WECOM_AGENT_ID": "1000002",
}


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "1e999"])
@pytest.mark.parametrize("name", ["BOT_SESSION_TTL", "WECOM_REPLY_BUDGET"])
def test_non_finite_numbers_are_refused(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        Config.from_env({"BOT_STORE": "memory://", **WECOM, name: value})


def test_a_superscript_agent_id_is_refused() -> None:
    with pytest.raises(ConfigError, match="WECOM_AGENT_ID"):
        Config.from_env({"BOT_STORE": "memory://", **WECOM, "WECOM_AGENT_ID": "²"})


def test_an_empty_sqlite_path_is_refused() -> None:
    with pytest.raises(ConfigError, match="BOT_STORE"):
        Config.from_env({"BOT_STORE": "sqlite:///"})


def test_a_kf_item_with_a_superscript_time_still_parses() -> None:
    assert KfItem.parse({"msgid": "m", "send_time": "³", "origin": 3}).send_time == 0


def test_an_unopenable_store_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("BOT_STORE", f"sqlite:///{blocker}/sub/bot.db")
    monkeypatch.delenv("WECOM_CORP_ID", raising=False)
    assert main(["ask", "你好"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("policy-bot: BOT_STORE:")
