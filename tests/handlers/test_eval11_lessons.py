"""Classes of mistakes found by evaluation set 11 (eligibility edge cases written from the policy
by a helper who never read the engine), each pinned by a message of its own kind."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_registration_still_in_progress_is_not_registered(talk: Talk) -> None:
    (reply,) = talk("我们培训机构还在办备案手续，上个月培训的30个失业人员都考出了初级工证，能申请培训认定补贴吗")
    assert reply.clauses == ("9",) and reply.amount_yuan == 0 and reply.eligible is False


def test_an_association_running_the_activity_is_not_the_hr_bureau(talk: Talk) -> None:
    *_, changed = talk("我是区就业创业导师库的导师，参加了3次线下宣讲咨询，能补多少", "改一下，其实是行业协会主办的")
    assert changed.eligible is False and changed.amount_yuan == 0


def test_a_refusal_stays_a_refusal_when_the_rate_quoted_is_within_the_cap(talk: Talk) -> None:
    """ "能申请…每人每天200元那个补贴吗" from a company in 西湖区: 200 is the rate, not over it,
    and that does not make the company eligible."""
    (reply,) = talk("我们公司在西湖区，给滨江户籍的大学生做就业培训，能申请滨江每人每天200元那个补贴吗")
    assert reply.amount_yuan == 0 and reply.eligible is False


def test_eval11_wordings(talk: Talk) -> None:
    (moved,) = talk("户口刚迁到滨江，我在读研究生，能参加家燕回巢的活动吗")
    assert moved.kind == "answer" and moved.eligible is True
    (tax,) = talk("公司招用退役军人能减免多少税")
    assert tax.kind == "fallback"
    *_, must = talk("我们有5个公益性岗位，区里怎么补", "招的人一定要是认定过的就业困难人员吗")
    assert must.kind == "answer" and must.clauses == ("8",)


def test_another_benefit_added_without_a_total_is_answered_alone(talk: Talk) -> None:
    """ "另外我们期满评估拿了四星，品牌建设那块还有奖吗": the star reward (a total asked would add)."""
    *_, star = talk(
        "我们是试点单位，今年新培养了230人次，都是中级工以下", "另外我们期满评估拿了四星，品牌建设那块还有奖吗"
    )
    assert star.amount_yuan == 20000
    *_, both = talk("我们是试点单位，今年新培养了230人次，都是中级工以下", "另外我们期满评估拿了四星，一共多少")
    assert both.amount_yuan == 110000 + 20000


def test_next_years_figure_is_not_added_to_this_years(talk: Talk) -> None:
    *_, next_year = talk(
        "今年我们企业新培养了高技能人才80人次，能拿多少",
        "我们其实还不是试点单位，正在申请中",
        "要是明年认定成试点单位了，明年再新增80个高技能人才呢",
    )
    assert next_year.amount_yuan == 80000  # 80 next year (not 160)


def test_an_award_run_by_an_association_is_outside_clause_five(talk: Talk) -> None:
    *_, changed = talk(
        "我是公益就业导师，参加职业指导竞赛拿了奖，能奖励多少", "省里组织的", "改一下，其实是行业协会主办的"
    )
    assert changed.amount_yuan == 0 and changed.eligible is False and "行业协会" in changed.text
    (direct,) = talk(
        "我是公益就业导师，在行业协会办的职业指导大赛拿了一等奖，评审也是协会组织的，这个能拿公益导师的奖励吗"
    )
    assert direct.amount_yuan == 0 and direct.eligible is False


def test_a_count_only_another_benefit_reads_moves_the_follow_up_to_it(talk: Talk) -> None:
    """ "这个月去了4次" of 线下宣讲 during the award question: the mentor fee, 4 × 1,000."""
    *_, fee = talk(
        "我是公益就业导师，参加职业指导竞赛拿了奖，能奖励多少",
        "省里组织的",
        "改一下，其实是行业协会主办的",
        "那我平时参加区人社局组织的线下宣讲能补吗，这个月去了4次",
    )
    assert fee.amount_yuan == 4000 and fee.eligible is True


def test_a_long_letter_counts_only_the_groups_that_qualify(talk: Talk) -> None:
    """68 enrolled = 29 + 6 滨江户籍 + 20 from 杭州其他区 + 13 外省: the 35 count, for 3 of 5 days."""
    (students,) = talk(
        "我们是滨江的民办非企业单位，7月举办了为期5天的家燕回巢技能提升营，共报名68人，其中滨江户籍在校大学生29人、"
        "滨江户籍离校1年未就业毕业生6人、杭州其他区户籍大学生20人、外省户籍13人。活动已在区人社局备案。请问最多可申报多少补贴？"
    )
    assert students.amount_yuan == 35 * 3 * 200


def test_activities_another_body_runs_are_left_out_and_the_rest_add_up(talk: Talk) -> None:
    (leader,) = talk(
        "我是区级技能大师工作室领衔人，参加区人力社保局组织的职业技能等级评审4次、专题培训2次，"
        "另参加市总工会组织的交流活动3次。能获得多少补助？"
    )
    assert leader.amount_yuan == 6000


def test_both_of_those_named_is_not_a_count(talk: Talk) -> None:
    """ "市级和区级…两个都能拿吗": one community, two levels, the higher once (not two communities);
    "五百个都稳定" is still five hundred."""
    (both,) = talk("我们社区今年同时被新认定为市级和区级高质量就业社区，两个都能拿吗？一共多少？")
    assert both.amount_yuan == 40000
    (many,) = talk("本区户籍加对口帮扶地区脱贫人口一共招了五百个都稳定")
    assert many.amount_yuan == 500000


def test_the_two_of_us_add_up(talk: Talk) -> None:
    *_, both = talk("区级职业技能竞赛一等奖奖励多少", "我同事拿了三等奖", "我们俩一共多少")
    assert both.amount_yuan == 3000


def test_levels_name_the_high_skill_track_and_a_cue_after_a_separator_is_the_next_figures(talk: Talk) -> None:
    """ "中级工60人次、高级工和技师45人次": 60 技能人才 and 45 高技能人才 (the 高级工 after 、 is not
    the 60's); the what-if "高级工和技师有70人次呢，中级工还是60" is 70 高技能人才, 70,000."""
    first, what_if = talk(
        "我们是认定试点单位，今年新培养中级工60人次、高级工和技师45人次，能拿多少奖励",
        "要是高级工和技师有70人次呢，中级工还是60",
    )
    assert (first.amount_yuan, what_if.amount_yuan) == (50000, 70000)


def test_a_quoted_rate_adds_no_note_to_a_refusal(talk: Talk) -> None:
    (reply,) = talk("我们公司在西湖区，给滨江户籍的大学生做就业培训，能申请滨江每人每天200元那个补贴吗")
    assert reply.eligible is False and "在上限之内" not in reply.text
