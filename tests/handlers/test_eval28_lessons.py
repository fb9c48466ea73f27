"""Lessons of evaluation set 28 (conversations as they go, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_two_joining_words_between_cue_and_figure(talk: Talk) -> None:
    """ "本区户籍人员有六百多": 人员 and 有 both stand between the cue and the figure."""
    (reply,) = talk("我们是滨江的大厂，今年招用并稳定就业的本区户籍人员有六百多，奖补能拿多少")
    assert reply.amount_yuan == 500000


def test_the_count_asked_and_one_more_group(talk: Talk) -> None:
    """ "二十五个，另外本区户籍的三十个" to the count asked: 25 + 30 = 55 (5万)."""
    _, reply = talk("我们滨江企业招了不少对口帮扶地区的脱贫人口", "二十五个，另外本区户籍的三十个")
    assert (reply.amount_yuan, reply.eligible) == (50000, True)


def test_more_of_ones_own_times_add_in_and_both_together_is_no_count(talk: Talk) -> None:
    """ "另外还有线下的赛事评审三次" after four online: the mentor's own times, 4 × 300 + 3 × 1000
    (not a batch apart, as trainees would be); "线上线下两个加起来" is both, not two times."""
    *_, more, both = talk(
        "导师库里的，参加人社局组织的职业指导，线上", "四次", "另外还有线下的赛事评审三次", "线上线下两个加起来是多少"
    )
    assert more.amount_yuan == 4200 and both.amount_yuan == 4200


def test_another_districts_contest_is_not_binjiangs(talk: Talk) -> None:
    """ "在西湖区办的区级技能竞赛": 区级, but another district's; then "滨江区的…二等奖" is ours."""
    other, ours = talk("我在西湖区办的区级技能竞赛拿了一等奖，滨江给奖金吗", "那滨江区的职业技能竞赛二等奖呢")
    assert (other.amount_yuan, other.eligible) == (0, False)
    assert ours.amount_yuan == 1500
    (workshop,) = talk("我们车间主任在区级职业技能竞赛拿了一等奖，他个人能拿多少")
    assert workshop.amount_yuan == 2000


def test_a_what_if_after_acceptance(talk: Talk) -> None:
    _, later = talk("我们街道的零工市场建好了，还没验收，有运营经费吗", "下个月验收通过以后呢")
    assert (later.amount_yuan, later.eligible) == (150000, True)


def test_what_the_policy_covers_for_an_audience(talk: Talk) -> None:
    (reply,) = talk("我是社区的，想了解下你们这个政策都管哪些事")
    assert reply.kind == "answer" and "2" in reply.clauses


def test_a_condition_failed_by_one_body_is_not_the_next_ones(talk: Talk) -> None:
    """ "有个社区的中心没去备案" then "产业平台的就业创业服务中心…最多多少": 30万, not refused."""
    *_, platform = talk(
        "我们社区的就业创业服务中心在区人社局备案过了，社区最多能拿多少",
        "有个社区的中心没去备案",
        "产业平台的就业创业服务中心谁出钱，最多多少",
    )
    assert (platform.amount_yuan, platform.eligible) == (300000, True)


def test_a_what_if_level_that_still_pays_replaces(talk: Talk) -> None:
    """ "如果当时评的是二星，品牌这块还有吗" after 四星: 二星 in its place (0), 还有吗 adds nothing."""
    *_, reply = talk(
        "试点企业，今年新增高技能人才八十人次，能奖多少",
        "我们的品牌建设期满评估也出来了",
        "四星",
        "如果当时评的是二星，品牌这块还有吗",
    )
    assert (reply.amount_yuan, reply.eligible) == (0, False)


def test_groups_counted_then_a_level_for_all_then_one_group_corrected(talk: Talk) -> None:
    """ "本区户籍大学生十个、外省进城务工人员二十个、脱贫人口五个" then "都是中级工" (35 × 500), then
    "不对，外省的那二十个考的是高级工": 15 × 500 + 20 × 1000."""
    _, all_middle, corrected = talk(
        "备案的培训机构，这期学员有本区户籍大学生十个、外省进城务工人员二十个、脱贫人口五个，都考了证",
        "都是中级工",
        "不对，外省的那二十个考的是高级工",
    )
    assert all_middle.amount_yuan == 17500 and corrected.amount_yuan == 27500


def test_several_times_is_asked_and_one_not_organised_by_the_district_comes_off(talk: Talk) -> None:
    """ "去了好几次": how many is asked (not one at the rate); "刚想起来，有一次是市人社局组织的"
    takes one off the four."""
    vague, four, one_off = talk(
        "我是技能大师工作室领衔人，参加区人社局组织的评审活动有补贴吗，去了好几次",
        "四次",
        "刚想起来，有一次是市人社局组织的",
    )
    assert vague.kind == "ask" and four.amount_yuan == 4000
    assert (one_off.amount_yuan, one_off.eligible) == (3000, True)


def test_an_apprentice_is_another_person(talk: Talk) -> None:
    """ "我拿的三等奖" then "我徒弟拿了一等奖", "我俩加起来": 1000 + 2000; my correction to 二等奖
    then "现在加起来" 1500 + 2000."""
    *_, both, _, again = talk(
        "区级技能竞赛，我拿的三等奖", "我徒弟拿了一等奖", "我俩加起来", "刚才说错了，我是二等奖", "那现在加起来呢"
    )
    assert both.amount_yuan == 3000 and again.amount_yuan == 3500


def test_another_session_is_its_own_case(talk: Talk) -> None:
    """ "那下次备案了再办一期，两天，二十个人呢": that session alone, 20 × 2 × 200."""
    *_, reply = talk(
        "我们公司在滨江，暑假给本区户籍大学生办了三天技能培训，四十个人，能补多少",
        "没有备案",
        "那下次备案了再办一期，两天，二十个人呢",
    )
    assert (reply.amount_yuan, reply.eligible) == (8000, True)


def test_a_parent_asks_about_one_child(talk: Talk) -> None:
    """ "我儿子…参加三天就业培训，公司能申请补贴吗": one student, 1 × 3 × 200; "她自己能拿补贴吗"
    says once that the organiser is paid."""
    (company,) = talk("我儿子是大学生，滨江户口，他实习的公司让他参加三天就业培训，公司能申请补贴吗")
    assert company.amount_yuan == 600
    (herself,) = talk("我女儿滨江户籍 研究生在读 参加家燕回巢三天 她自己能拿补贴吗")
    assert herself.eligible is False and herself.text.count("个人") == 1


def test_a_talk_the_property_firm_asked_for_is_left_out_and_why_stays(talk: Talk) -> None:
    """ "另外小区物业请我去线下讲了一次，这次也算上的话一共多少": 物业 is no 人社 organiser, so the
    total stays at what counts; "为什么物业那次不算" is about that answer, not (八)'s 物业 posts."""
    *_, added, why = talk(
        "我是导师库导师，参加人社局组织的线上咨询两次，线下宣讲三次，补多少",
        "另外小区物业请我去线下讲了一次，这次也算上的话一共多少",
        "为什么物业那次不算",
    )
    assert added.amount_yuan == 3600 and why.clauses[0] == "5"


def test_a_whole_said_to_include_its_part(talk: Talk) -> None:
    """ "算上普通技能人才一共新增了一百二十个（含那四十五个）": 120 in all (6万), not 120 + 45."""
    _, reply = talk(
        "试点单位，今年新增高技能人才四十五人", "算上普通技能人才一共新增了一百二十个（含那四十五个），这样呢"
    )
    assert reply.amount_yuan == 60000


def test_a_leaving_certificate_is_no_qualification_until_they_sit_the_exam(talk: Talk) -> None:
    """ "我们工作室自己发的结业证书": no 职业技能等级 or 专项能力 certificate (0); "要是去考了，十个都拿到
    高级工呢" is then 10 × 1000."""
    _, leaving, sat = talk(
        "我们是备案的技能大师工作室，带了十个转业复退军人培训，能拿培训认定补贴吗",
        "他们拿的是我们工作室自己发的结业证书",
        "那要是去考了，十个都拿到高级工呢",
    )
    assert (leaving.amount_yuan, leaving.eligible) == (0, False)
    assert sat.amount_yuan == 10000


def test_another_officer_is_answered_alone_then_added_when_asked(talk: Talk) -> None:
    *_, other, both = talk(
        "我是社区就业专干 考了个劳动关系协调员",
        "中级工",
        "我们社区另一个就业专干考了创业指导师高级技师",
        "证书这块我俩加起来",
    )
    assert other.amount_yuan == 3000 and both.amount_yuan == 4500


def test_some_times_moved_to_the_other_kind(talk: Talk) -> None:
    """ "要是线上那四次都改成线下呢" after four online and three offline: seven offline."""
    *_, moved = talk(
        "导师库里的，参加人社局组织的职业指导，线上", "四次", "另外还有线下的赛事评审三次", "要是线上那四次都改成线下呢"
    )
    assert moved.amount_yuan == 7000
