"""CONTRACTS.md pairs ``eligible: false`` with an amount of 0 or null: a verdict of no never
carries a sum. Two replies had broken that: a proposed sum over a capped rate, and a group asked
about that does not count."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_proposed_sum_over_the_cap_is_refused_in_the_text_and_the_facts_keep_their_verdict(talk: Talk) -> None:
    reply = talk("街道想给公益性岗位的人每人每年发5000绩效补贴，政策允许吗")[-1]
    assert reply.kind == "answer" and list(reply.clauses) == ["8"]
    assert reply.amount_yuan == 3600 and reply.eligible is True
    assert "超" in reply.text and "3600" in reply.text


def test_a_group_that_does_not_count_is_no_and_nothing(talk: Talk) -> None:
    first, asked = talk(
        "我们招了70个人 40个滨江户籍30个对口帮扶地区的脱贫人口 都稳定就业 区内企业",
        "还有20个外地户籍的能算进去吗",
    )
    assert first.amount_yuan == 50000 and first.eligible is True
    assert asked.eligible is False and asked.amount_yuan == 0
    assert "不计入" in asked.text and "5万元" in asked.text  # the others' amount is still shown


def test_a_total_after_the_group_refused_keeps_the_others(talk: Talk) -> None:
    *_, total = talk(
        "我们招了70个人 40个滨江户籍30个对口帮扶地区的脱贫人口 都稳定就业 区内企业",
        "还有20个外地户籍的能算进去吗",
        "那一共能拿多少",
    )
    assert total.amount_yuan == 50000 and total.eligible is True


def test_a_part_left_out_asked_about_is_no_and_nothing_and_the_rest_follows(talk: Talk) -> None:
    *_, asked, rest = talk(
        "我是技能大师工作室领衔人，参加区人社局组织的评审，一次补多少",
        "今年一共去了4次",
        "不过其中一次是市人社局组织的，那次算不算",
        "那实际能补多少",
    )
    assert (asked.eligible, asked.amount_yuan) == (False, 0)
    assert "市人社1次" in asked.text and "3000元" in asked.text
    assert (rest.eligible, rest.amount_yuan) == (True, 3000)
    (whole,) = talk("我是技能大师工作室领衔人，参加了4次评审，其中一次是市人社局组织的，能补多少")
    assert (whole.eligible, whole.amount_yuan) == (True, 3000)  # not asked of the part: the whole's answer
