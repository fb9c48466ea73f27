"""Lessons of evaluation set 38 (the less-asked clauses in depth, follow-up answers given in
unexpected ways, edge amounts and the annex's 不重复), written with their own wording."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_another_districts_own_award_asked_of_its_district_is_theirs(talk: Talk) -> None:
    """ "上城区新认定的市级高质量就业社区，区里给多少": 区里 is that district, not ours (区里 is
    no home word); "滨江…区里给多少" stays ours."""
    (theirs,) = talk("上城区新认定了一个市级高质量就业社区 区里给多少奖补")
    assert theirs.kind == "fallback"
    (ours,) = talk("我们滨江的社区新认定了市级高质量就业社区 区里给多少")
    assert (ours.clauses, ours.amount_yuan) == (("2",), 40000)


def test_other_insurance_pensions_apprenticeships_and_points_are_outside(talk: Talk) -> None:
    """A benefit the policy lacks, named beside its words (零工市场, 公益性岗位, 高技能人才), is
    what the message is about."""
    for text in (
        "零工市场里打零工受伤了 工伤保险谁交",
        "公益岗干到退休 退休金怎么算",
        "新型学徒制的补贴 企业每人能拿多少",
        "技师证落户能加积分吗",
    ):
        (reply,) = talk(text)
        assert reply.kind == "fallback", text


def test_a_market_accepted_only_later_is_not_accepted_yet(talk: Talk) -> None:
    """ "还没验收 年底才验收": the 验收 of "才验收" is to come, so no 150,000 yet."""
    *_, reply = talk("街道零工市场验收通过了 每年多少", "搞错了 还没验收 年底才验收")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_a_figure_for_one_benefit_and_a_level_for_another_answer_both(talk: Talk) -> None:
    """After the rule of the talent award, "高技能人才新增80个 另外期满评估拿了四星": 80,000 for
    the talents and 20,000 for the stars, 100,000 in all (had left the stars out)."""
    *_, reply = talk("我们是认定的试点单位 技能人才奖励怎么算", "高技能人才新增80个 另外期满评估拿了四星")
    assert reply.amount_yuan == 100000


def test_a_count_said_not_to_be_of_the_level_asked_is_the_other_count(talk: Talk) -> None:
    """ "要是普通技能人才不是高技能人才 70个呢" after 70 high-skill talents: 70 skill talents,
    under the 100 start, so nothing (had kept the 70 as high-skill: 70,000)."""
    *_, reply = talk("试点单位 新增高技能人才70人次 奖多少", "要是是技能人才不是高技能人才 70个呢")
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_another_community_with_its_own_level_opens_that_clause_and_adds_up(talk: Talk) -> None:
    """During （一）'s 零工市场, "还有一个社区新认定了省级的": （二）'s level and count, though 社区
    is also （一）'s word; the total keeps both communities (40,000 + 50,000) beside the market."""
    *_, other, total = talk(
        "我们街道有个社区今年新认定了市级高质量就业社区 奖多少",
        "街道零工市场也验收通过了 一年拨多少",
        "还有一个社区新认定了省级的",
        "这几项加起来多少",
    )
    assert (other.clauses, other.amount_yuan) == (("2",), 50000)
    assert total.amount_yuan == 240000


def test_a_sum_proposed_as_two_years_together_is_not_this_years_count(talk: Talk) -> None:
    """ "去年新增90个 今年新增70个 能合起来按160个算吗": each year on its own, so this year's 70,
    under the 100 start (had answered 160: 80,000); 去年 said first does not make 今年's 70 past."""
    (reply,) = talk("我们是试点单位 去年新增技能人才90个 今年新增70个 能合起来按160个算吗")
    assert (reply.amount_yuan, reply.eligible) == (0, False)
    assert "70人" in reply.text


def test_a_sum_quoted_per_time_and_asked_back_is_the_rate(talk: Talk) -> None:
    """ "领衔人去参加线上的评审 也是1000一次吗": the rate, for one time (had asked how many
    times); "是每年算一次吗" is no sum quoted."""
    (reply,) = talk("工作室领衔人去参加区人社局组织的线上评审 也是1000一次吗")
    assert (reply.kind, reply.amount_yuan) == ("answer", 1000)
    (yearly,) = talk("吸纳就业奖补是每年算一次吗 一年最多多少")
    assert yearly.amount_yuan == 500000


def test_a_rule_asked_after_an_answer_keeps_the_sum_in_hand(talk: Talk) -> None:
    """ "这个每年都能拿吗" after 省级's 50,000: the rule (one-off), with that sum still the answer's
    amount and said first, not "tell me your case" as if nothing had been said."""
    *_, reply = talk("我们社区新认定了省级高质量就业社区 奖多少", "这个每年都能拿吗")
    assert (reply.kind, reply.amount_yuan, reply.eligible) == ("answer", 50000, True)
    assert "一次性" in reply.text
    assert "告诉我具体情况" not in reply.text


def test_one_activity_under_two_roles_is_paid_once_at_the_better_rate(talk: Talk) -> None:
    """A 领衔人 in the 导师库 at one review: the annex's 从优、从高、不重复, one payment under the role
    that pays more; said in one message or after each role was answered (not their sum)."""
    (one,) = talk("我是工作室领衔人 也是区导师库的导师 去了一次区人社局组织的线上评审 两边都能拿吗")
    assert (one.kind, one.clauses[:1], one.amount_yuan) == ("answer", ("annex",), 1000)
    assert "不重复" in one.text
    *_, both = talk(
        "我是区导师库导师 参加了区人社局组织的线上评审3次 补多少",
        "我也是技能大师工作室领衔人 这3次按领衔人算呢",
        "两个身份能都拿吗 一共多少",
    )
    assert (both.clauses[:1], both.amount_yuan) == (("annex",), 3000)


def test_a_monthly_sum_proposed_for_the_performance_subsidy_is_judged_not_read_as_posts(talk: Talk) -> None:
    """ "每人每月300" after 3 people's 绩效补贴: a sum per month (3,600 a year, within the cap),
    not one 物业 post for one month (had answered 1,254); "每月400" is over it."""
    *_, within = talk("公益性岗位上岗人员的绩效补贴", "4个人", "每人每月300")
    assert (within.amount_yuan, within.eligible) == (14400, True)
    assert "没有超过" in within.text
    *_, over = talk("公益性岗位上岗人员的绩效补贴", "4个人", "每人每月400可以吗")
    assert "超出了上限" in over.text


def test_a_matter_dropped_with_suanle_asks_the_next_afresh(talk: Talk) -> None:
    """ "算了 问下浙江工匠": the menu of （五） dropped, （十二） asked; "算了一下 有80个" is a
    figure worked out, not a new question."""
    *_, other = talk("我想问公益导师的补贴", "算了 问下入选浙江工匠单位给多少")
    assert (other.clauses, other.amount_yuan) == (("12",), 20000)
    *_, counted = talk("招了本区户籍的员工 有奖补吗", "算了一下 有80个")
    assert (counted.clauses, counted.amount_yuan) == (("4",), 75000)


def test_not_knowing_the_answer_asked_is_met_kindly(talk: Talk) -> None:
    """ "不清楚是几级": where to look, and the question again, not "没能识别"."""
    *_, reply = talk("街道就业专干拿了职业指导师证书 补多少", "不清楚是几级")
    assert reply.kind == "ask"
    assert "没能识别" not in reply.text


def test_how_to_sit_an_exam_or_who_pays_wages_is_outside(talk: Talk) -> None:
    """ "职业指导师证怎么考", "服务中心工作人员工资谁发": the policy pays for certificates and
    centres, it says nothing of exams or wages; "考了技师证 有补贴吗" stays （六）'s."""
    for text in ("劳动关系协调员证书怎么考", "社区就业服务中心工作人员的工资谁发"):
        (reply,) = talk(text)
        assert reply.kind == "fallback", text
    (ours,) = talk("我考了职业指导师技师证 在街道做就业服务 有补贴吗")
    assert ours.amount_yuan == 2500
