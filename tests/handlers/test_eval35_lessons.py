"""Lessons of evaluation set 35 (WeChat-style phrasing: unsure conditions, vague figures,
kinship pronouns, 家燕回巢 borderlines, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_neighbourhood_matters_that_share_a_word_with_a_clause_fall_back(talk: Talk) -> None:
    """A hobby class, a property fee, an e-bike plate, unpaid wages: each names 培训, 社区 or 物业,
    which the policy's clauses use too, but none of them is in the policy."""
    for question in (
        "老年大学的书法课在哪报名",
        "我家小孩想学钢琴 培训班有补贴吗",
        "物业费太贵了 社区管不管",
        "电瓶车上牌去哪个社区",
        "老板拖欠工资三个月了怎么办",
    ):
        (reply,) = talk(question)
        assert reply.kind == "fallback", question
    *_, aside = talk("我在公益性岗位上班 绩效补贴一年最多多少", "工资被拖欠了找谁")
    assert aside.kind == "fallback"
