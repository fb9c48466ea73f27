"""Lessons from tests/eval15 (the less-asked clauses, many kinds of askers, the annex), each as a
class of messages rather than the one item that showed it."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_every_level_quoted_the_last_one_is_asked(talk: Talk) -> None:
    (reply,) = talk("听说国家级高质量就业社区奖十万，那省级是不是五万？")
    assert reply.amount_yuan == 50000


def test_posts_without_certified_hardship_persons_get_none_of_the_clause(talk: Talk) -> None:
    (reply,) = talk("我们单位公益性岗位招的人没有经过就业困难人员认定，这些补贴能享受吗")
    assert (reply.amount_yuan, reply.eligible) == (0, False)
    (posts,) = talk("我们物业公司承接了3个公益性岗位，招的都是认定的就业困难人员，干了12个月，区配套补贴一共多少？")
    assert posts.benefits == ("property_posts",)  # the condition is no sign of the performance subsidy


def test_elderly_care_is_outside(talk: Talk) -> None:
    (reply,) = talk("社区养老服务中心的运营补贴是多少")
    assert reply.kind == "fallback"
