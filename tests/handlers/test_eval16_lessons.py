"""Lessons from tests/eval16 (residents in the first person, enterprises estimating, two clauses
at once), each as a class of messages rather than the one item that showed it."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_studio_leaders_fees_are_not_the_studios_grant(talk: Talk) -> None:
    """ "我是区级技能大师工作室领衔人" says who asks, not that the studio is newly certified."""
    (fees,) = talk("我是区级技能大师工作室领衔人，今年参加了区人社局组织的评审4次、培训2次，补贴一共多少")
    assert (fees.benefits, fees.amount_yuan) == (("leader_fee",), 6000)
    (both,) = talk("我们刚被认定为区级技能大师工作室，领衔人还参加了2次区里组织的评审，一共能拿多少")
    assert both.amount_yuan == 100000 + 2000
    (title,) = talk("区级技能大师工作室的领衔人能认定成哪类人才")
    assert title.benefits == ("leader_title",)


def test_liang_and_sa_are_people(talk: Talk) -> None:
    (two,) = talk("我俩都在公益性岗位，一年绩效补贴加起来最多多少")
    assert two.amount_yuan == 2 * 3600
    (three,) = talk("我是街道工作人员，也是区就业创业导师库的导师，今年做了仨场人社局组织的线下赛事评审，补贴多少")
    assert three.amount_yuan == 3 * 1000


def test_another_matter_added_with_an_amount_asked_is_answered_for_both(talk: Talk) -> None:
    (both,) = talk("我是街道就业专干，有劳动关系协调员中级工证，另外在区里的技能竞赛拿了二等奖，能拿多少")
    assert both.clauses == ("6", "12") and both.amount_yuan == 1500 + 1500


def test_a_condition_said_apart_reaches_the_clause_it_is_about(talk: Talk) -> None:
    """ "我在私企上班" names no clause; it is (六)'s condition, so the certificate is refused."""
    (reply,) = talk("我在私企上班，拿了企业人力资源管理师技师证，还在区级技能竞赛拿了三等奖，一共能拿多少")
    assert reply.amount_yuan == 1000


def test_a_hiring_count_joins_a_strongly_named_clause_in_a_total(talk: Talk) -> None:
    (both,) = talk("我们公司今年招了80个本区户籍的，另外有个员工入选浙江工匠，一共能拿多少")
    assert both.clauses == ("4", "12") and both.amount_yuan == 75000 + 20000
    (one,) = talk("公司有1个员工入选浙江工匠，还有个员工在区级技能竞赛拿了二等奖，一共能拿多少")
    assert one.clauses == ("12",) and one.amount_yuan == 21500  # one employee is no hiring reward


def test_more_sessions_added_with_jiashang(talk: Talk) -> None:
    *_, more = talk("我是区级技能大师工作室领衔人，参加区人社局组织的培训，能补多少", "4", "再加上2次评审呢")
    assert more.amount_yuan == 6000  # "再加上2次": two more, not two in all


def test_recognised_years_ago_and_another_policys_subsidy(talk: Talk) -> None:
    *_, old = talk(
        "我们社区刚新认定为高质量就业社区，一次性奖补多少", "市级", "隔壁社区是三年前评上的市级，今年还能拿吗"
    )
    assert (old.amount_yuan, old.eligible) == (0, False)
    (other,) = talk("灵活就业人员的社保补贴一个月多少")
    assert other.kind == "fallback"


def test_another_matter_with_a_total_adds_the_answers_before(talk: Talk) -> None:
    *_, total = talk(
        "我是技能大师工作室领衔人，工作室前年就认定成区级了，今年还能拿建室补助吗",
        "那我参加区人社局组织的评审呢，今年去了俩次",
        "我还在区级技能竞赛拿了二等奖，加起来一共多少",
    )
    assert total.amount_yuan == 2000 + 1500 and total.clauses == ("11", "12")
    assert total.text.count("注：依据为") == 1
    *_, three = talk(
        "备案培训机构 转业复退军人考了高级技师 10个 补机构多少",
        "那我们街道就业服务站的工作人员考了职业指导师高级技师 个人能拿多少",
        "3个人的话一共",
    )
    assert three.amount_yuan == 9000  # the total of this answer alone


def test_a_benefit_named_with_its_maximum_asked_joins_a_total(talk: Talk) -> None:
    (both,) = talk("我在公益性岗位上班，今年又在区级职业技能竞赛拿了三等奖，绩效补贴按最高算两项加起来多少")
    assert both.clauses == ("8", "12") and both.amount_yuan == 3600 + 1000


def test_the_odd_jobs_market_is_no_figure_in_a_total(talk: Talk) -> None:
    *_, total = talk(
        "我是街道的，算算今年区里能给多少：我们零工市场刚验收通过",
        "另外有两个社区新认定了高质量就业社区",
        "一个省级一个区级",
        "那零工市场和社区的加起来一共多少",
    )
    assert total.amount_yuan == 150000 + 60000


def test_a_what_if_on_one_of_two_benefits_totalled_keeps_the_total(talk: Talk) -> None:
    *_, five = talk(
        "我们是人社认定的职业技能等级认定试点单位，今年新增技能人才，奖励能拿多少",
        "180",
        "我们品牌建设期满评估还拿了三星，加起来多少",
        "要是评上五星呢",
    )
    assert five.amount_yuan == 90000 + 30000


def test_a_what_if_with_a_total_changes_one_answer_then_adds_them(talk: Talk) -> None:
    *_, total = talk(
        "我是街道工作人员，有职业指导师技师证，补贴多少",
        "我也是区导师库的导师，今年人社局组织的线上宣讲去了6次",
        "两样总共多少",
        "线上的如果改成线下呢，总共多少",
    )
    assert total.amount_yuan == 2500 + 6 * 1000


def test_liang_counts_a_category_unless_it_is_the_people_totalled(talk: Talk) -> None:
    (two,) = talk("备案的培训机构，转业复退军人5人拿了高级技师，还有俩拿了中级工，补贴多少")
    assert two.amount_yuan == 5 * 1000 + 2 * 500
    (people,) = talk("我区级技能竞赛拿了二等奖 还有一个同事三等奖 俩人一共多少")
    assert people.amount_yuan == 1500 + 1000


def test_a_street_worker_of_another_district_is_not_in_our_public_service(talk: Talk) -> None:
    (reply,) = talk("我是萧山区一个街道的就业专干，有企业人力资源管理师技师证，滨江这个补贴我能领吗")
    assert (reply.amount_yuan, reply.eligible) == (0, False)
    (ours,) = talk("我是滨江区一个街道的就业专干，有企业人力资源管理师技师证，能领多少")
    assert ours.amount_yuan == 2500


def test_people_who_fail_one_condition_are_out_though_they_meet_another(talk: Talk) -> None:
    """ "10个本区户籍离校3年没工作的": 本区户籍 is met, 离校2年内 is not, so they are not counted."""
    (reply,) = talk("我们备案过，培训2天，参加的有20个本区户籍在校生，还有10个本区户籍离校3年没工作的，补贴多少")
    assert reply.amount_yuan == 200 * 20 * 2
    (split,) = talk("我们公司招用本区户籍人员30人、外省户籍人员120人，都稳定就业，能拿招用奖补吗？")
    assert split.amount_yuan == 0  # the words after "、" describe the 120, not the 30


def test_a_part_of_a_certificate_count_outside_the_target_groups_is_taken_off(talk: Talk) -> None:
    opening = "我们是职业培训机构，培训区内失业人员20人拿中级工"
    _, part = talk(opening, "这20个里有5个是本市其他区户籍、正常上班的")
    assert (part.clauses, part.amount_yuan) == (("9",), 15 * 500)
    _, other = talk(opening, "其中有5个是正常上班的")
    assert other.amount_yuan == 15 * 500
    _, level = talk(opening, "这20个里有5个拿的是高级工")
    assert level.amount_yuan == 15 * 500 + 5 * 1000


def test_a_per_one_word_is_no_sign_of_another_benefit(talk: Talk) -> None:
    """ "每个人" reads one 物业 post; asked about the 绩效补贴 just answered, it asks about its rate."""
    _, same = talk("我在街道的公益性岗位上班，有没有绩效补贴，最多多少", "是不是每个人都一样拿满")
    assert (same.benefits, same.amount_yuan) == (("performance",), 3600)


def test_between_close_clauses_the_one_with_words_of_its_own_is_meant(talk: Talk) -> None:
    """（九）'s text names 技能大师工作室 too; 专项能力证书 and 转业复退军人 are its alone."""
    (reply,) = talk("我是转业复退军人，在技能大师工作室培训拿了专项能力证书，工作室有补贴吗")
    assert (reply.clauses, reply.amount_yuan) == (("9",), 300)


def test_figures_that_each_open_a_group_add_up(talk: Talk) -> None:
    """ "一个班30人，一个班25人", "一批20人一批25人": parts of one count, whatever cue stands nearer one."""
    (classes,) = talk("备案企业，一天的职业技能培训，本区户籍大学生分俩班，一个班30人，一个班25人，能报多少")
    assert classes.amount_yuan == 200 * 55
    opening = "我们是备案的培训机构，组织外省进城务工人员考证，补贴能拿多少"
    _, batches, moved = talk(opening, "两批，都是中级工，一批20人一批25人", "改一下，第二批25个人拿的是高级工")
    assert batches.amount_yuan == 45 * 500
    assert moved.amount_yuan == 20 * 500 + 25 * 1000  # the second batch moves, it is not added


def test_who_asks_is_not_a_recipient_asked_about_in_a_total(talk: Talk) -> None:
    (market,) = talk("我是街道办的，帮领导算个账：我们零工市场今年验收通过了，一共能给多少")
    assert (market.benefits, market.amount_yuan) == (("gig_market",), 150000)
    (both,) = talk("街道的服务经费和零工市场加起来一共能给多少")
    assert both.amount_yuan == 500000 + 150000  # both named: both added
