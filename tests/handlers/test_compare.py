"""'国家级跟区级差多少', '技师比高级工多多少': two options of one benefit named with a difference
asked are answered with each one's amount and the difference, not their sum or the higher one."""

from __future__ import annotations

import pytest
from dialogue_fixtures import Talk


@pytest.mark.parametrize(
    ("text", "clause", "difference", "high", "low"),
    [
        ("高质量就业社区奖补 国家级跟区级差多少", "2", 90000, "10万元", "1万元"),
        ("省级和市级的高质量就业社区相差多少", "2", 10000, "5万元", "4万元"),
        ("技师证和高级工证补贴差多少", "6", 500, "2500元", "2000元"),
        ("区级技能竞赛一等奖比三等奖多多少", "12", 1000, "2000元", "1000元"),
        ("五星品牌和三星的差多少钱", "10", 20000, "3万元", "1万元"),
        ("线下指导一次比线上多多少", "5", 700, "1000元", "300元"),
    ],
)
def test_two_options_named_give_the_difference(
    talk: Talk, text: str, clause: str, difference: int, high: str, low: str
) -> None:
    (reply,) = talk(text)
    assert reply.kind == "answer" and reply.clauses == (clause,)
    assert reply.amount_yuan == difference and reply.eligible is True
    assert high in reply.steps[0] and low in reply.steps[1] and len(reply.steps) == 3
    assert "政策依据" in reply.text


def test_the_option_of_the_turn_before_is_compared_with_the_one_named_now(talk: Talk) -> None:
    first, second = talk("我有技师证能拿多少", "那跟高级工差多少")
    assert first.amount_yuan == 2500
    assert second.amount_yuan == 500 and "技师比高级工多500元" in second.text


def test_a_shortfall_or_one_option_is_not_a_comparison(talk: Talk) -> None:
    _, gap = talk("招了60个本区户籍的能拿多少", "还差多少人才能多拿")
    assert "再增加15人" in gap.text  # the shortfall to the next step, as before
    (one,) = talk("技师证补贴差多少能到3000")
    assert one.amount_yuan == 2500 and "比" not in one.text.split("\n")[0]


def test_a_refusal_is_not_turned_into_a_difference(talk: Talk) -> None:
    (reply,) = talk("前年认定的国家级高质量就业社区跟区级的差多少")
    assert reply.amount_yuan == 0 and reply.eligible is False
