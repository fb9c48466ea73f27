"""A refused benefit whose money the policy does not put a figure on (``info`` with ``paid``)
is refused with 0 yuan; a refused title stays without an amount."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_refused_money_without_a_figure_is_zero(talk: Talk) -> None:
    (reply,) = talk("公益岗招的人没做过就业困难人员认定 承接单位能拿补贴吗")
    assert reply.kind == "answer" and reply.clauses == ("8",)
    assert reply.amount_yuan == 0 and reply.eligible is False
    assert "就业困难人员认定" in reply.text


def test_a_refused_title_receives_nothing(talk: Talk) -> None:
    """A refusal says 0 yuan, also where the benefit itself pays none (a title, a free place)."""
    (reply,) = talk("区级技能竞赛我拿了第5名，能认定技术能手吗")
    assert reply.clauses == ("12",) and reply.eligible is False
    assert reply.amount_yuan == 0


def test_a_unit_hosting_posts_asks_about_the_host_units_subsidy(talk: Talk) -> None:
    """ "我们单位承接了…" names the host units' benefit, not the post-holders' bonus."""
    (reply,) = talk("我们单位承接了公益性岗位，但招的人没有经过就业困难人员认定，能拿公益性岗位的补贴吗？")
    assert reply.kind == "answer" and reply.amount_yuan == 0 and reply.eligible is False
