"""The kf channel's pure parts: msgids, fitting the budget, hand-off words, items, config."""

from __future__ import annotations

import re

import pytest
from fakes.engines import knowledge, knowledge_texts

from bot.config import Config
from bot.errors import ConfigError
from bot.wecom.kf import texts
from bot.wecom.kf.api import out_msgid
from bot.wecom.kf.items import KfItem
from bot.wecom.kf.responder import fit
from bot.wecom.split import MAX_BYTES

NOTE = knowledge_texts()["kf_truncated"]
WORDS = knowledge().lexicon.words["handoff_words"]


def test_out_msgids_are_short_valid_and_stable() -> None:
    """Derived msgids fit WeCom's rule, repeat for the same input and differ per part/account."""
    ids = {out_msgid("wkA", "from_msgid_" + "9" * 100, str(n)) for n in range(5)}
    assert len(ids) == 5
    assert all(re.fullmatch(r"[0-9A-Za-z_-]{1,32}", i) for i in ids)
    assert out_msgid("wkA", "m1", "0") == out_msgid("wkA", "m1", "0")
    assert out_msgid("wkA", "m1", "0") != out_msgid("wkB", "m1", "0")


def test_fit_cuts_to_the_budget_with_a_note() -> None:
    """Over budget, the last kept part carries the note and still fits 2048 bytes."""
    parts = ["字" * 682] * 7
    kept = fit(parts, 5, NOTE)
    assert len(kept) == 5 and kept[-1].endswith(NOTE)
    assert len(kept[-1].encode()) <= MAX_BYTES
    assert fit(parts[:2], 5, NOTE) == parts[:2]
    assert fit(parts, 0, NOTE) == []


@pytest.mark.parametrize("text", ["人工", "转人工", "转人工。", " 人工客服 ", "请转人工", "客服"])
def test_requests_for_a_human(text: str) -> None:
    """Short requests for a person are recognised."""
    assert texts.wants_human(text, WORDS)


@pytest.mark.parametrize("text", ["人工智能企业有补贴吗", "", "你好"])
def test_other_texts_are_questions(text: str) -> None:
    """Questions that merely mention 人工 are not hand-off requests."""
    assert not texts.wants_human(text, WORDS)


def test_event_items_read_ids_inside_the_event() -> None:
    """Event items carry open_kfid and external_userid inside ``event``."""
    item = KfItem.parse(
        {
            "msgid": "m",
            "send_time": 5,
            "origin": 4,
            "msgtype": "event",
            "event": {"event_type": "enter_session", "open_kfid": "wk", "external_userid": "wm", "welcome_code": "C"},
        }
    )
    assert (item.open_kfid, item.external_userid, item.welcome_code) == ("wk", "wm", "C")
    assert KfItem.parse("junk").msgid == ""


def test_kf_environment_variables() -> None:
    """WECOM_KF_SERVICER and WECOM_KF_MAX_AGE are read; an age over 48 h is refused."""
    env = {
        "WECOM_CORP_ID": "ww1",
        "WECOM_TOKEN": "t",
        "WECOM_ENCODING_AES_KEY": "a" * 43,
        "WECOM_AGENT_ID": "1",
        "WECOM_KF_SERVICER": "zhangsan",
        "WECOM_KF_MAX_AGE": "600",
    }
    wecom = Config.from_env(env).wecom
    assert wecom is not None and (wecom.kf_servicer, wecom.kf_max_age) == ("zhangsan", 600.0)
    with pytest.raises(ConfigError, match="WECOM_KF_MAX_AGE"):
        Config.from_env({**env, "WECOM_KF_MAX_AGE": "200000"})
