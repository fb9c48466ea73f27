"""'还差几个人': how many more until the amount goes up, computed by the benefit's own calculator."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from dialogue_fixtures import Talk

from handlers.gap import next_step


def test_below_the_threshold_says_how_many_to_reach_it(talk: Talk) -> None:
    _, reply = talk("我们公司招了40个本区户籍的", "还差几个人")
    assert reply.kind == "answer" and reply.clauses == ("4",)
    assert "再增加10人（达到50人）可得5万元" in reply.text
    assert reply.amount_yuan is None  # a what-if, not what is due now


def test_between_steps_says_how_many_to_the_next(talk: Talk) -> None:
    _, reply = talk("我们公司招了60个本区户籍的", "还差多少人能多拿")
    assert "再增加15人（达到75人）可得7.5万元" in reply.text


def test_at_the_cap_says_more_pays_no_more(talk: Talk) -> None:
    _, reply = talk("我们公司招了500个本区户籍的", "还差几个")
    assert "最高金额" in reply.text and "再增加" in reply.text and "可得" in reply.text


def test_the_track_asked_about_is_the_one_counted(talk: Talk) -> None:
    """ "就45个" answers "其中高技能人才有多少": 45 高技能人才, 5 short of 50 (not 55 short of 100)."""
    _, answer, gap = talk("我们是技能等级认定试点单位，今年新增高技能人才能拿多少", "就45个", "差几个才够")
    assert answer.eligible is False and "高技能人才45人（次），未达到50人（次）起点" in answer.text
    assert "再增加5人（达到50人）可得5万元" in gap.text


def test_next_step_on_a_plain_function() -> None:
    def stepped(facts: dict[str, Any]) -> Decimal:
        return Decimal(facts["n"] // 10 * 100)

    gap = next_step(stepped, {"n": 23}, "n")
    assert gap is not None and (gap.extra, gap.target, gap.then) == (7, 30, Decimal(300))
    assert next_step(lambda f: Decimal(5), {"n": 1}, "n") is None  # flat: nothing more to reach
    assert next_step(stepped, {"n": "x"}, "n") is None
