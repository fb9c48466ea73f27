"""Classes of mistakes found by evaluation set 10 (dialogues written from the policy by a helper
who never read the engine), each pinned by a message of its own kind."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_sum_quoted_after_a_prize_is_not_a_head_count(talk: Talk) -> None:
    """ "一等奖奖两千，是真的吗": 两千 is the prize quoted (it was read as 2,000 winners)."""
    (reply,) = talk("听说区级职业技能竞赛一等奖奖两千，是真的吗？我拿的是一等奖第2名")
    assert reply.amount_yuan == 2000
    (joined,) = talk("初级工 二十 中级工十 高级工有五个 备案机构 失业人员")
    assert joined.amount_yuan == 20 * 500 + 10 * 500 + 5 * 1000
