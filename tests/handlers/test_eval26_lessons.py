"""What eval26's first run (edges of eligibility) taught."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_half_is_a_share_and_the_half_left_out_can_be_counted_back(talk: Talk) -> None:
    (half,) = talk("招了160人，一半是本区户籍，另一半都是外地的，也不是脱贫人口，企业吸纳就业奖补怎么算")
    assert half.amount_yuan == 75000 and "按80人计算" in half.text
    first, back = talk(
        "我们公司在滨江，今年招了两百人，一半是本区户籍，另一半是外地的，都稳定就业，奖补多少",
        "外地的那一百里有26个是对口帮扶地区的脱贫人口",
    )
    assert (first.amount_yuan, back.amount_yuan) == (100000, 125000)
    (gone,) = talk("招了60个本区户籍的，不过有一半干了两个月就走了，还能拿奖补不")
    assert (gone.amount_yuan, gone.eligible) == (0, False)


def test_a_part_that_does_not_count_asked_to_be_added_keeps_the_total(talk: Talk) -> None:
    *_, also, total = talk(
        "我是区就业创业导师库的导师，参加了区人社局组织的宣讲咨询，有补贴吗",
        "线上2次，线下3次",
        "另外还有一次线下是我们协会自己办的，也算上",
        "我今年还拿了市里组织的职业指导技能竞赛奖，宣讲补贴加上这个奖励一共多少",
    )
    assert (also.amount_yuan, also.eligible) == (3600, True) and "不计入" in also.text
    assert total.amount_yuan == 5600
    *_, together = talk(
        "领衔人今年参加了区人社局组织的评审2次、培训1次，这个怎么补", "还有一次是市人社局组织的评审，能一起算吗"
    )
    assert (together.amount_yuan, together.eligible) == (3000, True)
    *_, asked = talk(
        "领衔人今年参加了区人社局组织的评审2次、培训1次，这个怎么补", "还有一次是市人社局组织的评审，那次能补吗"
    )
    assert (asked.amount_yuan, asked.eligible) == (0, False)  # asked of that one: no


def test_a_part_said_of_a_count_with_its_no_is_taken_off_not_refused(talk: Talk) -> None:
    *_, part = talk(
        "我们公司本区户籍稳定就业的今年有五百多人，吸纳就业奖补多少",
        "那如果只有480个呢",
        "这480个里面其实有30个是外地的，也不是脱贫人口",
    )
    assert (part.amount_yuan, part.eligible) == (450000, True)


def test_a_no_in_brackets_after_a_count_is_said_of_that_count(talk: Talk) -> None:
    (reply,) = talk(
        "我们公司在滨江，今年招了本区户籍35个，对口帮扶地区的脱贫人口20个，还有外地的30个（不是脱贫人口），奖补多少"
    )
    assert reply.amount_yuan == 50000  # 35 + 20; the thirty are left out


def test_the_car_plate_lottery_is_outside_the_policy(talk: Talk) -> None:
    assert talk("杭州小客车摇号个人怎么报名")[0].kind == "fallback"


def test_a_long_description_after_a_figure_is_still_its_own(talk: Talk) -> None:
    (reply,) = talk("培训的人里有10个是本区户籍在校生，5个是离校一年还没工作的本区户籍毕业生，培训2天，已备案，补多少")
    assert reply.amount_yuan == 6000  # 15 × 2 × 200: the five are 本区户籍 too


def test_a_session_run_by_oneself_in_the_neighbourhood_is_not_the_bureaus(talk: Talk) -> None:
    (reply,) = talk("我是导师库的导师，自己在小区里办了一场创业宣讲，能按1000一次申请补贴吗")
    assert (reply.kind, reply.amount_yuan, reply.eligible) == ("answer", 0, False)


def test_some_of_a_group_said_not_to_qualify_come_off_the_whole(talk: Talk) -> None:
    *_, off, more = talk(
        "我们公司在滨江，今年招了本区户籍35个，对口帮扶地区的脱贫人口20个，还有外地的30个（不是脱贫人口），奖补多少",
        "不对，那20个脱贫人口里有8个老家不在对口帮扶地区",
        "如果再招28个本区户籍的呢",
    )
    assert (off.amount_yuan, off.eligible) == (0, False) and "47人" in off.text  # 35 + 12
    assert more.amount_yuan == 75000  # 47 + 28


def test_we_two_in_a_what_if_are_the_people_whose_answers_add_up(talk: Talk) -> None:
    *_, both, what_if = talk(
        "我在街道就业服务中心上班，拿了创业指导师技师证，补多少",
        "我同事也在中心，她拿的是劳动保障协理员初级工",
        "我们俩一共多少",
        "那要是我当时考的是高级技师，我们俩一共多少",
    )
    assert both.amount_yuan == 3500
    assert what_if.amount_yuan == 3000 + 1000  # 俩 is the two of us, not two 高级技师
