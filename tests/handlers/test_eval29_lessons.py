"""Lessons of evaluation set 29 (the awkward ones, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_not_a_pilot_said_at_length(talk: Talk) -> None:
    """ "不是人社认定的职业技能等级认定试点单位": the denial stands far before 试点单位."""
    (reply,) = talk("我们企业不是人社认定的职业技能等级认定试点单位，今年自己培养了150个技能人才，有那个5万奖励吗")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_a_contest_a_company_runs_is_no_government_award(talk: Talk) -> None:
    (reply,) = talk("我是公益导师，参加了一家人力资源公司自己办的职业指导竞赛得了一等奖，有没有奖励")
    assert (reply.amount_yuan, reply.eligible) == (0, False)
