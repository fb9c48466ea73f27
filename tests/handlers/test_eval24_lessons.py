"""Lessons from tests/eval24 (long consultations: answers in pieces, corrections, why, another
clause and back, a closing total), each as a class of messages rather than one item."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_the_whole_said_last_with_a_part_added(talk: Talk) -> None:
    _, reply = talk(
        "我们是滨江一家制造企业，今年招了本区户籍的九十九个，都稳定上班，奖补多少",
        "算上一个对口帮扶地区来的脱贫人口，一共是一百个",
    )
    assert reply.amount_yuan == 100000  # 一共是一百个 is the whole; the one is in it


def test_why_the_rule_is_no_new_figure(talk: Talk) -> None:
    *_, why = talk(
        "我们也是认定试点单位，今年新增高技能人才五十五人次，有多少", "如果是六十人次呢", "为什么高技能人才是十个一档"
    )
    assert why.eligible is not False  # the 十个 is the rule's step, not ten people


def test_a_condition_restored_and_how_to_meet_one(talk: Talk) -> None:
    *_, back = talk(
        "我们是市级就业扶贫爱心企业，区里配套多少",
        "市里给了三万",
        "不是区内企业也能配套吗",
        "我们在滨江的。另外我们招了对口帮扶地区的脱贫人口四十个，本区户籍的十五个，都挺稳定",
    )
    assert back.amount_yuan == 50000  # in the district again, and 55 hired
    first, how, then = talk(
        "我们公司自己培养技能人才，没申请过试点，今年培养了一百五十人，能拿奖励吗",
        "那要怎么才算试点单位",
        "要是认定了 150个能拿多少",
    )
    assert first.eligible is False and how.eligible is False  # asking how is not being one
    assert then.amount_yuan == 70000  # the talent award alone: no star rating was said


def test_another_policy_mid_dialogue(talk: Talk) -> None:
    *_, reply = talk("我滨江户口的，在杭州读大四，区里的就业创业服务活动我参加要钱吗", "那失业金一个月能领多少")
    assert reply.kind == "fallback"
    (annuity,) = talk("企业年金怎么给员工交")
    assert annuity.kind == "fallback"


def test_someone_in_a_company_is_not_public_service(talk: Talk) -> None:
    *_, brother = talk(
        "我在街道就业服务中心上班，考了劳动保障协理员高级技师，能补多少",
        "我弟弟在一家制造企业做劳动关系协调员，也考了中级工，他能领吗",
    )
    assert (brother.amount_yuan, brother.eligible) == (0, False)


def test_a_sum_added_after_counts_is_the_sum_s(talk: Talk) -> None:
    (reply,) = talk("按实际的四十个脱贫人口加十五个本区户籍的招人奖补，再加市里三万的配套，一共多少")
    assert reply.amount_yuan == 50000 + 30000  # 再加 before 三万 adds money, not more hires


def test_a_negation_closed_by_its_subject(talk: Talk) -> None:
    _, reply = talk(
        "我是本区户籍的大学生，在写滨江就业政策的课程论文，高校毕业生就业那条主要讲了啥",
        "离校两年还没就业的也算本区户籍大学生吗",
    )
    assert reply.eligible is True  # the 没 is of 就业; 本区户籍 is not denied
    (denied,) = talk("我们不是人社部门认定的试点单位，新增培养技能人才120人次，能拿奖励吗")
    assert denied.eligible is False  # here the 的 is inside what is denied


def test_one_part_alone_and_everything_restated(talk: Talk) -> None:
    turns = talk(
        "我们是一家培训学校，给失业人员做技能培训，能拿多少补贴",
        "放心 我们在人社部门备过案的",
        "这期有三十个人拿了初级工证",
        "还有十个拿了高级工的",
        "那高级工这十个单独算是多少",
    )
    assert turns[-1].amount_yuan == 10 * 1000  # those ten alone
    *_, online = talk(
        "我在区就业创业导师库里，参加人社部门活动的补贴是怎么算的",
        "上个月线下去了三次，都是人社局组织的宣讲",
        "还有两次线上的",
        "线上那两次单独算多少",
    )
    assert online.amount_yuan == 2 * 300
    *_, restated = talk(
        "我们是一家培训学校，给失业人员做技能培训，能拿多少补贴",
        "放心 我们在人社部门备过案的",
        "这期有三十个人拿了初级工证",
        "还有十个拿了高级工的",
        "那就按三十个初级工、十个高级工、再加我表弟一个专项能力，机构一共能拿多少",
    )
    assert restated.amount_yuan == 30 * 500 + 10 * 1000 + 300  # everything said again, not added twice


def test_the_district_as_the_giver_is_no_award_level(talk: Talk) -> None:
    (reply,) = talk("我们是一个就业辅导公益组织，区里对我们这种有什么支持")
    assert reply.clauses[:1] == ("5",) and reply.eligible is not False  # 区里 gives; it awarded nothing
    (district,) = talk("我是公益导师，今年被区里评为先进个人，有奖励吗")
    assert (district.amount_yuan, district.eligible) == (0, False)  # a district title is outside （五）


def test_a_what_if_on_the_answer_s_own_condition(talk: Talk) -> None:
    *_, reply = talk(
        "我们有几个导师在区导师库里，帮人社部门做线下职业指导，一次多少",
        "有个导师做了四次线下一次线上，都是人社组织的，她能拿多少",
        "如果活动是我们组织自己办的，不是人社部门组织的呢",
    )
    assert (reply.clauses[:1], reply.amount_yuan, reply.eligible) == (("5",), 0, False)


def test_some_of_a_group_leave_the_whole(talk: Talk) -> None:
    *_, left, another = talk(
        "HR问下，吸纳就业奖补能拿多少",
        "本区户籍六十个，对口帮扶地区脱贫人口十八个",
        "不过那十八个里有三个已经离职了",
        "要是再走一个呢",
    )
    assert left.amount_yuan == 75000  # 78 − 3, not 18 − 3
    assert another.amount_yuan == 50000  # 74


def test_how_it_is_paid_stays_on_the_answer(talk: Talk) -> None:
    _, how = talk("我是认定过的就业困难人员，在社区公益性岗位上班，每年有绩效补贴吗，最多多少", "街道是按什么发的")
    assert (how.kind, how.clauses[:1]) == ("answer", ("8",))  # the 街道 of （八）'s award, not （一）


def test_back_to_me_with_a_what_if_on_a_condition(talk: Talk) -> None:
    *_, me = talk(
        "我在一家互联网公司做招聘，考了企业人力资源管理师技师，有补贴吗",
        "我老婆在浦沿街道的社区做就业专干，她也考了职业指导师高级工，她能拿多少",
        "回到我自己，要是我跳槽去滨江的街道就业服务中心上班呢",
    )
    assert (me.clauses[:1], me.amount_yuan, me.eligible) == (("6",), 2500, True)  # my 技师, now in public service


def test_an_activity_the_district_bureau_organised_is_no_district_award(talk: Talk) -> None:
    (reply,) = talk("我是区导师库的导师，参加了区人社局组织的线下职业指导3次，能补多少")
    assert reply.amount_yuan == 3000
    assert "区级不在本项奖补范围内" not in reply.text  # no award was mentioned, so none is refused


def test_an_organiser_or_a_place_is_no_award_level(talk: Talk) -> None:
    for text in (
        "我是区导师库的导师，参加了市人社局组织的线下职业指导2次，能补多少",
        "我是杭州市滨江区的公益导师，线下职业指导做了2次，人社局组织的，能补多少",
    ):
        (reply,) = talk(text)
        assert reply.amount_yuan == 2000, text  # the fee alone; no 市级 award of 2,000 was won
    (award,) = talk("我做就业援助公益导师好几年了，今年被评为杭州市就业援助先进个人，这个有奖励吗")
    assert award.amount_yuan == 2000  # said with 评为 … 先进, it is the award's level
    _, answered = talk("公益导师拿了职业指导竞赛奖 奖励多少", "省里组织的")
    assert answered.amount_yuan == 3000  # the level asked for needs no award word


def test_a_longer_total_of_named_answers(talk: Talk) -> None:
    *_, total = talk(
        "我们工作室刚被新认定为区级技能大师工作室，能拿多少",
        "领衔人参加区人社组织的培训也有补贴吧",
        "今年去了五次",
        "哦其中两次是市里组织的，区人社组织的只有三次",
        "我们工作室也在人社部门备案了，组织灵活就业人员培训，十二个人拿了中级工证，能补多少",
        "那建室补助、领衔人区人社组织的那三次、再加培训的十二个中级工，一共多少",
    )
    assert total.amount_yuan == 100000 + 3000 + 12 * 500  # three answers named, each by its own words


def test_the_figure_to_count_by(talk: Talk) -> None:
    (days,) = talk("备案过的培训，本区户籍大学生30人，培训连着上了5天，补贴按5天算是多少？")
    assert "5天超过上限" in days.text and "10天" not in days.text  # 按5天算 is the five said, not five more


def test_a_total_over_two_people_on_one_clause(talk: Talk) -> None:
    *_, both = talk(
        "我们社区这个月刚被认定为省级高质量就业社区，奖多少",
        "社区的就业创业服务中心也在区人社局备案了，这个还能再拿吗",
        "我们社区的专干小王考了职业指导师技师",
        "另一个专干小李考了初级工",
        "小王小李两个人一共多少",
    )
    assert (both.clauses, both.amount_yuan) == (("6",), 2500 + 1000)  # the two people, not the grants too


def test_a_prize_named_in_a_follow_up_is_one(talk: Talk) -> None:
    *_, prize = talk(
        "我们单位有个老师傅入选浙江工匠了，单位这边区里额外给多少",
        "这钱是给他个人还是给单位",
        "他前阵子在区级职业技能竞赛还拿了一等奖，这个奖多少",
    )
    assert (prize.kind, prize.amount_yuan) == ("answer", 2000)
