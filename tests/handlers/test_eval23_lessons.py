"""Lessons from tests/eval23 (a week of mixed traffic: long messages with background, staff
and trainees with the same certificate levels, near-policy questions), each as a class of
messages rather than one item."""

from __future__ import annotations

from dialogue_fixtures import Talk, not_out_of_scope


def test_public_employment_staff_with_certificates(talk: Talk) -> None:
    (one,) = talk(
        "你好，我是浦沿街道一个社区的就业专干，干了三年了，今年终于把职业指导师高级工（三级）考下来了。"
        "听说区里对我们这种拿证的有一次性补贴，我能拿多少？"
    )
    assert (one.clauses, one.amount_yuan) == (("6",), 2000)  # 拿证 is no sign of （九）'s trainees
    (two,) = talk("我们社区有两个就业专干，一个刚考出职业指导师高级工，另一个考的是中级工，两个人一共能补多少")
    # the same two levels read for （六） and （九） are one matter, not a total of two clauses
    assert (two.clauses, two.amount_yuan) == (("6",), 2000 + 1500)


def test_near_policy_questions_are_out_of_scope(talk: Talk) -> None:
    assert not not_out_of_scope(
        talk,
        "杭州市E类人才怎么认定，有哪些待遇",  # lexicon words match the lower-cased text
        "硕士毕业想把户口落到杭州，需要什么条件",
        "企业招用退役士兵，增值税能减免多少",
        "我今年60岁了，还能继续交职工社保吗",
        "对了，营业执照年报在哪里报",
    )
    (yearly,) = talk("家燕回巢组织单位的补贴是一年报一次还是每次活动都能报")
    assert yearly.kind != "fallback"  # 一年报一次 is no 企业年报


def test_who_is_not_public_employment_staff(talk: Talk) -> None:
    (grid,) = talk("我在社区做网格员，平时不做就业服务这块，前阵子考了个劳动关系协调员中级工，能拿区里那个证书补贴吗")
    assert (grid.amount_yuan, grid.eligible) == (0, False)
    (hr,) = talk("我是区内一家企业的HR，自己考了企业人力资源管理师三级（高级工），听说有证书补贴，我能领吗")
    assert (hr.amount_yuan, hr.eligible) == (0, False)  # slot words are lower-cased like the text


def test_ranks_said_with_paiming_and_how_to_qualify(talk: Talk) -> None:
    *_, fourth, how = talk(
        "我参加了滨江区职业技能竞赛，拿奖了，奖金有多少", "二等奖", "我总排名第四，能评技术能手吗", "怎样才能评上"
    )
    assert fourth.eligible is False  # 前3名 only
    assert how.clauses[:1] == ("12",)  # still the title, not （二）'s 评上


def test_a_no_said_of_a_part_left_out(talk: Talk) -> None:
    (reply,) = talk("工作室领衔人今年参加了区人社局组织的2次评审，还有1次是市人社局组织的培训，能补多少")
    assert (reply.amount_yuan, reply.eligible) == (2000, True)  # the 市 one is left out, not everything
    (all_city,) = talk("工作室领衔人今年参加了2次市人社局组织的培训，能补多少")
    assert all_city.eligible is False


def test_asked_whether_a_part_left_out_is_paid(talk: Talk) -> None:
    *_, one = talk(
        "技能大师工作室领衔人参加区人社局组织的评审有补贴吗", "2次", "还有一次是市人社局组织的评审，那次能补吗"
    )
    assert one.eligible is False  # the verdict is on that one; the two counted stay in the text
    assert "2000" in one.text or "2千" in one.text or "2,000" in one.text


def test_a_week_of_training(talk: Talk) -> None:
    *_, week, rate = talk(
        "我们是区内的科技企业，在人社部门备案过，给本区户籍在校大学生办了3天的技能培训，来了25个人，能申报多少",
        "如果培训办了一周呢",
        "最高标准每人每天多少钱",
    )
    assert week.amount_yuan == 200 * 25 * 3  # a week is seven days, paid for three; not one person
    assert rate.amount_yuan == 200  # per person per day: both counts one


def test_only_some_and_another_group(talk: Talk) -> None:
    *_, reply, more = talk(
        "你好，我是滨江一家公司的HR，今年招了不少人，吸纳就业奖补能拿多少",
        "68",
        "刚才说错了，68是全部新招的。里面本区户籍的只有38个，另外7个是对口帮扶地区的脱贫人口，其余都是外地的",
        "那如果下半年再招10个本区户籍的，也都稳定干着呢",
    )
    assert reply.eligible is False and "45人" in reply.text  # 38 + 7, still under 50
    assert more.amount_yuan == 50000


def test_another_province_s_hukou(talk: Talk) -> None:
    (student,) = talk("我是江西户籍、在杭州读书的大学生，区里办的家燕回巢就业创业活动，我能免费参加吗")
    assert student.eligible is False
    (local,) = talk("我是滨江户籍、在江西读书的大学生，家燕回巢活动我能免费参加吗")
    assert local.eligible is True  # 江西 is where they study, not their 户籍


def test_a_company_s_hr_among_public_staff_is_left_out(talk: Talk) -> None:
    (reply,) = talk("街道就业服务中心有2个职业指导师中级工，另外企业hr有1个高级工，补贴一共多少")
    assert reply.amount_yuan == 2 * 1500  # the company's HR is not public employment service
