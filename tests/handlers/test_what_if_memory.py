"""A what-if answered beside the asker's own figures is remembered beside them, not instead of
them: a later total that restates the actual figures ("按实际的…", "一百六十三人次的奖励加上…")
adds the actual amounts; a bare "一共多少" right after a what-if adds the what-if. Answers for a
case beside the asker's (the cap, one person's rate) are not remembered for totals at all."""

from __future__ import annotations

from dialogue_fixtures import Talk

PILOT = "我们公司是人社认定的职业技能等级认定试点单位，今年新增技能人才一百六十三人次，奖励多少"


def test_a_total_naming_the_actual_figure_adds_the_actual_answer(talk: Talk) -> None:
    *replies, total = talk(
        PILOT,
        "如果明年做到四百五十人次呢",
        "我们有个工作室刚被新认定为区级技能大师工作室，建室补助多少",
        "公司这边，今年技能人才一百六十三人次的奖励加上工作室建室补助，一共多少",
    )
    assert [r.amount_yuan for r in replies] == [80000, 200000, 100000]
    assert total.amount_yuan == 180000 and total.eligible is True


def test_as_stated_chooses_the_actual_answer_and_a_bare_total_the_what_if(talk: Talk) -> None:
    opening = ("我们公司在滨江，招了80个本区户籍的员工，吸纳就业奖补多少", "要是招到150个呢")
    love = "另外公司还是市级就业扶贫爱心企业，市里给了3万"
    *_, bare = talk(*opening, love, "两项一共多少")
    *_, actual = talk(*opening, love, "按实际的，两项一共多少")
    assert bare.amount_yuan == 150000 + 30000  # the figures last talked about
    assert actual.amount_yuan == 75000 + 30000


def test_a_level_named_in_the_total_chooses_between_answer_and_what_if(talk: Talk) -> None:
    *_, total = talk(
        "我们是认定试点企业，今年期满评估拿了四星，奖励多少",
        "要是评上五星呢",
        "另外我们今年新增培养高技能人才七十人次，这个多少",
        "按实际的四星，再加高技能人才七十人次那个，一共多少",
    )
    assert total.amount_yuan == 20000 + 70000


def test_a_change_reported_with_gai_cheng_is_the_actual_figure(talk: Talk) -> None:
    *_, total = talk(
        "我们是认定试点企业，今年期满评估拿了三星，奖励多少",
        "刚收到通知，复核后改成四星了",
        "另外我们今年新增培养高技能人才七十人次，这个多少",
        "两项一共多少",
    )
    assert total.amount_yuan == 20000 + 70000


def test_the_cap_and_one_persons_rate_are_not_remembered_as_the_answer(talk: Talk) -> None:
    *_, total = talk(
        "我们是滨江的企业，今年招本区户籍的两百个，都稳定在岗，吸纳就业奖补多少",
        "是不是人越多钱越多，没有上限？",
        "我们还是市级就业扶贫爱心企业，市里给了五万",
        "两项一共多少",
    )
    assert total.amount_yuan == 200000 + 50000
    *_, total = talk(
        "我是区就业创业导师库的导师，参加了两次区人社局组织的线下宣讲，补贴多少",
        "我还被省里评为先进个人",
        "线上的话一次多少",
        "两项一共多少",
    )
    assert total.amount_yuan == 2000 + 3000


def test_people_named_before_are_the_same_people_again(talk: Talk) -> None:
    *replies, total = talk(
        "我爸是社区就业专干，考了创业指导师，有补贴吗",
        "他说是高级工",
        "我妈在街道的公益性岗位上，绩效补贴一年最多多少",
        "我舅舅开了家培训机构，备案了，带了十个失业人员考出初级工，机构能拿多少",
        "回到我爸那个，要是他考的是技师呢",
        "按实际的，我爸的高级工证书补贴加上我舅舅机构十个初级工的，一共多少",
    )
    assert [r.amount_yuan for r in replies[1:]] == [2000, 3600, 5000, 2500]
    assert total.amount_yuan == 2000 + 5000  # not the 技师 what-if, not 我妈's 3600
    assert "（六）" in total.text and "（八）" not in total.text


def test_a_why_after_a_what_if_answers_the_what_if_again_and_keeps_it_one(talk: Talk) -> None:
    *_, why, _, total = talk(
        PILOT,
        "如果明年做到四百五十人次呢",
        "为什么四百五十人次不是二十五万",
        "我们有个工作室刚被新认定为区级技能大师工作室，建室补助多少",
        "今年技能人才一百六十三人次的奖励加上工作室建室补助，一共多少",
    )
    assert why.amount_yuan == 200000
    assert total.amount_yuan == 80000 + 100000


def test_a_person_named_for_the_first_time_is_one_not_the_group(talk: Talk) -> None:
    *_, group, mother = talk(
        "街道给公益性岗位上岗人员的绩效补贴一年是多少",
        "我们有三个人，一年加起来最多多少",
        "改一下，是四个人",
        "我妈在社区公益性岗位上，她一年绩效补贴最多能拿多少",
    )
    assert group.amount_yuan == 14400
    assert mother.amount_yuan == 3600


def test_a_what_if_right_after_a_total_asks_the_total_again(talk: Talk) -> None:
    opening = ("我们公司今年招了八十个本区户籍的，都稳定，能拿多少", "另外有个员工入选了浙江工匠，公司一共能拿多少")
    *_, total, what_if = talk(*opening, "如果本区户籍的再多招20个呢")
    assert (total.amount_yuan, what_if.amount_yuan) == (95000, 120000)
    *_, block = talk(*opening, "那吸纳就业这块要是再多招20个呢")
    assert block.amount_yuan == 100000  # that one named: not the total
    *_, later = talk(*opening, "那个工匠的配套是一次性的吗", "如果本区户籍的再多招20个呢")
    assert later.amount_yuan == 100000  # a total asked two turns before is not asked again


def test_a_total_may_name_an_answer_by_the_parts_said_for_it(talk: Talk) -> None:
    *_, total = talk(
        "我们是市级就业扶贫爱心企业，区里配套多少",
        "市里给了三万",
        "我们在滨江的。另外我们招了对口帮扶地区的脱贫人口四十个，本区户籍的十五个，都挺稳定",
        "为什么脱贫人口也能算",
        "如果本区户籍的只有九个呢",
        "按实际的四十个脱贫人口加十五个本区户籍的招人奖补，再加市里三万的配套，一共多少",
    )
    assert total.amount_yuan == 50000 + 30000


def test_a_figure_pointed_back_at_names_its_answer_in_a_total(talk: Talk) -> None:
    *_, total = talk(
        "我们单位有1名员工入选了浙江工匠，区里给多少经费支持",
        "还有2名员工在区级职业技能竞赛分别拿了一等奖和三等奖，奖励多少",
        "刚才说的那个工匠经费加上这两个奖，一共多少",
    )
    assert total.amount_yuan == 20000 + 3000


def test_the_training_subsidy_is_named_as_such_beside_the_leaders_sessions(talk: Talk) -> None:
    *_, total = talk(
        "区人社局组织的评审我去了2次，线上培训1次，我是区级大师工作室领衔人",
        "我们工作室组织本区户籍大学生培训，8个人拿了专项能力证书",
        "回到刚才，我那三次加上工作室培训补贴，一共多少",
    )
    assert total.amount_yuan == 3000 + 2400
