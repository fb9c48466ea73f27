"""What eval25's first run (messages typed on a phone) taught."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_2w_is_the_money_and_liang_xiang_the_items_to_add(talk: Talk) -> None:
    (reply,) = talk("我们公司今年本区户籍稳定就业300人 同时是市级就业扶贫爱心企业 市里奖了2w 区里两项一共能拿多少")
    assert reply.amount_yuan == 300000 + 20000  # it had read the 两 of 两项 as 2 yuan


def test_typed_homophones_of_certificate_levels(talk: Talk) -> None:
    _, level = talk("我是社区就业专干考了职业指导师证书有没有补帖", "技事")
    assert level.amount_yuan == 2500
    *_, total = talk(
        "备案的技能大师工作室组织脱贫人口培训考证 有补贴吗 给多少", "高技工 二十个", "还有五个拿了技事证 一共多少"
    )
    assert total.amount_yuan == 25000 and total.clauses[:1] == ("9",)


def test_a_studio_organising_training_for_target_groups_is_the_training_subsidy(talk: Talk) -> None:
    (reply,) = talk("技能大师工作室组织脱贫人口培训考证 有补贴吗 给多少")
    assert reply.clauses[:1] == ("9",)


def test_leave_is_outside_the_policy_and_this_money_stays_on_the_answer(talk: Talk) -> None:
    assert talk("hr问下 员工工作满一年年假有几天")[0].kind == "fallback"
    *_, payee = talk("我们公司有员工入选浙江工匠，单位能拿多少", "那员工个人能拿到这笔钱吗")
    assert payee.clauses == ("12",)


def test_a_condition_and_a_bare_count_answer_the_count_asked(talk: Talk) -> None:
    _, reply, cap = talk("吸纳就业 奖补 多少钱", "本区户籍 两百", "封顶多少")
    assert (reply.kind, reply.amount_yuan) == ("answer", 200000)
    assert cap.amount_yuan == 500000
