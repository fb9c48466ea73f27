"""Eighteenth session: readings found by the blind sets eval60 and eval69–74, each written with
its own wording."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_one_post_asked_after_the_street_pay_head_count(talk: Talk) -> None:
    """ "每个岗每月区配套多少": one post's monthly share (0.55 × the wage given), not the head
    count of the street's performance pay asked about before."""
    first, second = talk(
        "街道公益岗上岗的有20个 绩效一年最多给多少",
        "物业公司承接的公益岗 最低工资按2280 每个岗每月区配套多少",
    )
    assert first.amount_yuan == 72000  # 20 × 3600, the most the street may pay
    assert (second.clauses[:1], second.amount_yuan) == (("8",), 1254)


def test_the_minimum_wage_figure_itself_is_not_the_policy(talk: Talk) -> None:
    """The policy names the minimum wage as a base but never its figure: asking for it is out of scope."""
    (reply,) = talk("杭州现在的最低工资标准到底是多少钱")
    assert reply.kind == "fallback"


def test_awards_of_named_mentors_are_each_paid(talk: Talk) -> None:
    """ "三个人一共": several mentors' awards are each paid at their own level (区级 none)."""
    (reply,) = talk("我们两个公益导师 一个被评为省级先进个人 一个拿了市里组织的职业指导竞赛奖 两人一共奖励多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("5",), 5000)


def test_one_mentor_with_two_awards_is_paid_once(talk: Talk) -> None:
    """One person's national and provincial awards count once, at the highest."""
    (reply,) = talk("我是公益导师 拿了国家级先进个人 还有个省级竞赛奖 一共多少")
    assert (reply.clauses[:1], reply.amount_yuan) == (("5",), 5000)
