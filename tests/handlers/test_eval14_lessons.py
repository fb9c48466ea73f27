"""Lessons from tests/eval14 (dialogues: facts piece by piece, corrections, what-ifs, a second
person, returning to an earlier question), each as a class of messages."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_part_taken_off_with_its_reason_leaves_the_rest_qualified(talk: Talk) -> None:
    """ "其中有10个是外地户籍的": ten come off the fifty; 外地户籍 is theirs, not everyone's."""
    _, students = talk("我们在滨江，备过案了，组织本区户籍大学生培训，50个人，培训两天", "其中有10个是外地户籍的")
    assert (students.amount_yuan, students.eligible) == (40 * 200 * 2, True)
    _, hires = talk("我们招了一百二十五个本区户籍的", "其中有二十个干了两个月就走了")
    assert (hires.amount_yuan, hires.eligible) == (100000, True)


def test_those_asked_about_alone_are_still_judged_alone(talk: Talk) -> None:
    _, others = talk("我们是滨江的企业 备案过 办了2天就业培训 一共80人 本区户籍大学生只有50个", "那外地的30个能算吗")
    assert (others.amount_yuan, others.eligible) == (0, False)


def test_going_back_to_an_earlier_question_resumes_its_figures(talk: Talk) -> None:
    *_, back, cap = talk(
        "公司在滨江，本区户籍员工招了110人，都稳定，能拿多少奖补",
        "另外我们找了家备案的培训机构，给在职员工培训考中级工，机构能拿培训认定补贴吗",
        "回到刚才招人的问题，如果再多15个呢",
        "一年最多能拿多少",
    )
    assert back.clauses == ("4",) and back.amount_yuan == 125000
    assert cap.amount_yuan == 500000


def test_a_rule_asked_about_an_earlier_answer_is_still_the_rule(talk: Talk) -> None:
    """Its rule (one-off), with that answer's sum kept (since the thirteenth session)."""
    *_, rule = talk(
        "我是劳动关系协调员技师 在街道做公共就业服务 有补贴吗",
        "我还拿了区职业技能竞赛一等奖 第一名",
        "前面那个证书补贴能每年领吗",
    )
    assert rule.clauses == ("6",) and rule.amount_yuan == 2500
    assert "一次性" in rule.text


def test_figures_said_relative_to_the_one_before(talk: Talk) -> None:
    _, more = talk("滨江的认定试点企业 今年新培养高技能人才五十人次 奖励多少", "再多三十呢")
    assert more.amount_yuan == 80000  # 80 high-skill talents
    _, fewer, only = talk(
        "我们是技能大师工作室，已备案，带了一批脱贫人口学电工，考了高级工，一共二十六人，能补多少",
        "少六个呢",
        "如果这20个考的只是专项能力证书",
    )
    assert (fewer.amount_yuan, only.amount_yuan) == (20000, 6000)
    *_, halved = talk("我们滨江的，备过案了，给本区户籍大学生办个培训，八十个人，四天，总共能拿多少", "人数减半呢")
    assert halved.amount_yuan == 40 * 200 * 3


def test_the_part_asked_about_is_answered_alone(talk: Talk) -> None:
    *_, part, both, changed = talk(
        "我们培训机构在区人社备过案，组织灵活就业人员考证，补贴怎么算",
        "考了中级工的有30个",
        "还有12个考了高级工，这部分呢",
        "两部分加起来多少",
        "如果那12个考的是技师，那部分会更高吗",
    )
    assert (part.amount_yuan, both.amount_yuan, changed.amount_yuan) == (12000, 27000, 12000)


def test_more_of_the_same_category_adds(talk: Talk) -> None:
    _, added = talk(
        "技能大师工作室（已备案）组织外省进城务工人员培训，拿到初级工证书的20人，工作室能拿多少",
        "再加上10个脱贫人口，也是初级工",
    )
    assert added.amount_yuan == 30 * 500


def test_this_once_is_one_session_of_the_kind_named_next(talk: Talk) -> None:
    asked, offline, online = talk(
        "我是区就业创业导师库的导师，参加了人社局组织的就业创业宣讲，这次能拿多少", "线下", "要是线上的呢"
    )
    assert asked.kind == "ask"
    assert (offline.amount_yuan, online.amount_yuan) == (1000, 300)


def test_another_persons_turns_stay_theirs_and_the_asker_gets_their_own_facts_back(talk: Talk) -> None:
    *_, both = talk(
        "劳动关系协条员 高级技师证书 在街道就业服务中心上班 能补多少",
        "我老婆也是劳动关系协调员 中级工 不过在一家外贸公司上班",
        "如果她调到街道就业服务中心呢",
        "我们两个加起来多少",
    )
    assert both.amount_yuan == 3000 + 1500
    _, classmate, me = talk(
        "我是滨江户籍大四学生，家燕回巢活动要钱吗",
        "我同学户口在上城区，他能免费参加不",
        "那我毕业后一年没找到工作还能参加吗",
    )
    assert (classmate.eligible, me.eligible) == (False, True)


def test_more_people_who_do_not_count_change_nothing_and_are_said_to_be_left_out(talk: Talk) -> None:
    first = "我们公司在高新区（滨江），招了40个本区户籍的，还有30个是对口帮扶地区的脱贫人口，都干满一年了，奖补多少"
    _, total, more = talk(
        first, "另外还有20个外地户口的普通员工（不是帮扶地区的），算进去的话一共能拿多少", "那要是脱贫人口再多招10个呢"
    )
    assert (total.amount_yuan, total.eligible) == (50000, True) and "不计入" in total.text
    assert more.amount_yuan == 75000  # 70 + 10; the 20 were never taken off
    *_, asked = talk(
        "公司给本区户籍的大学生办了3天就业创业培训，60个人参加，已备案，能申请多少",
        "还有十几个外区户籍的学生也来听了，他们算不算",
    )
    assert (asked.amount_yuan, asked.eligible) == (0, False) and "3.6万元" in asked.text  # CONTRACTS: false with 0


def test_another_policys_benefit_mid_dialogue_falls_back(talk: Talk) -> None:
    _, pension = talk("我们公司在滨江，招了70个本区户籍的，奖补多少", "顺便问下，公司给员工交的社保有没有返还？")
    assert pension.kind == "fallback"
    _, veterans = talk("备案的职业培训机构，失业人员10个拿了初级工，能补多少", "退役军人一次性安置费怎么领")
    assert veterans.kind == "fallback"


def test_a_cap_asked_with_a_rule_is_the_cap(talk: Talk) -> None:
    *_, cap = talk("滨江企业，稳定就业的本区户籍员工55人，有奖补吗", "这个每年都能评吗，一年封顶多少")
    assert cap.amount_yuan == 500000


def test_a_whole_restated_with_its_categories_replaces_them(talk: Talk) -> None:
    *_, whole = talk(
        "社区就业专干考了劳动保障协理员证，补多少？",
        "初级工",
        "如果是高级技师呢",
        "我们社区一共三个人拿证，两个中级工一个初级工，总共多少",
    )
    assert whole.amount_yuan == 2 * 1500 + 1000


def test_one_category_said_to_be_another_moves_its_count(talk: Talk) -> None:
    _, swapped = talk("我们街道今年新认定了三个区级一个省级高质量就业社区，一共多少", "要是省级那个其实是国家级呢")
    assert swapped.amount_yuan == 3 * 10000 + 100000


def test_an_organisers_sum_asked_beside_the_students_description(talk: Talk) -> None:
    first, more = talk(
        "我们在滨江办就业培训，来了25个本区户籍的毕业生，都是离校一年内还没工作的，培训3天，已经备案，补多少",
        "再多5个在校的滨江户籍大学生呢",
    )
    assert (first.amount_yuan, first.benefits) == (15000, ("organizer",))
    assert more.amount_yuan == 30 * 200 * 3
    (days,) = talk("培训了20个本区户籍学生 备案了 能补多少")
    assert days.kind == "ask" and days.benefits == ("organizer",)


def test_short_rule_questions_stay_on_the_topic_in_hand(talk: Talk) -> None:
    *_, who = talk("社区就业专干考了劳动保障协理员证，补多少？", "初级工", "这个钱谁来发？")
    assert who.clauses == ("6",)
    *_, register = talk(
        "我们是滨江的一家企业，想给本区户籍大学生办个职业技能培训，一共能申请多少补贴",
        "大概40个人",
        "3天",
        "要先去人社部门备案吗",
    )
    assert register.clauses == ("7",)
    *_, where = talk(
        "我是滨江户籍，大学毕业离校一年半了还没找到工作，能免费参加区人社局办的技能培训吗", "这些培训去哪报名"
    )
    assert where.clauses == ("7",)


def test_going_back_to_the_topic_in_hand_after_an_aside(talk: Talk) -> None:
    *_, back = talk(
        "我们公司在滨江，招了70个本区户籍的，奖补多少",
        "顺便问下，公司给员工交的社保有没有返还？",
        "好的，回到奖补，申请要准备哪些材料，找哪个部门？",
    )
    assert back.kind == "answer" and back.clauses == ("4",)


def test_groups_the_training_clause_does_not_list_are_left_out_of_a_list(talk: Talk) -> None:
    (reply,) = talk(
        "备案的职业培训机构，这期培训：失业人员10个拿了初级工，灵活就业人员8个拿了高级工，在职员工6个拿了中级工，总共能补多少"
    )
    assert reply.amount_yuan == 10 * 500 + 8 * 1000
    first, corrected = talk(
        "我们是备案的技能大师工作室，组织了一期培训：区内失业人员22人，其中16人拿了中级工；脱贫人口10人，全部拿到初级工；"
        "另外有合作企业的在职员工14人，本地户籍，拿了高级工。能补多少",
        "我说错了，那14个在职员工里有7个其实是外省来杭州打工的，也拿了高级工，这样总共多少",
    )
    assert first.amount_yuan == 16 * 500 + 10 * 500
    assert corrected.amount_yuan == 16 * 500 + 10 * 500 + 7 * 1000


def test_a_yes_or_no_question_on_a_rate_per_time_answers_one_time(talk: Talk) -> None:
    one, five = talk("技能大师工作室领衔人参加区里的培训评审，有补贴吗", "今年去了5次")
    assert (one.kind, one.amount_yuan) == ("answer", 1000)
    assert five.amount_yuan == 5000


def test_a_studio_that_trains_is_asked_about_the_training_subsidy(talk: Talk) -> None:
    """A counted level ("考中级工，18人") is the training clause's own figures, however often the
    message names the studio and its 领衔人."""
    (reply,) = talk("我是技能大师工作室领衔人，工作室备案了，组织失业人员培训考中级工，18人，工作室补多少")
    assert reply.clauses == ("9",) and reply.amount_yuan == 9000
    (grant,) = talk("省级技能大师工作室 新认定 区里给10万吗")
    assert grant.clauses == ("11",)


def test_a_yes_or_no_question_about_another_case_is_that_case_alone(talk: Talk) -> None:
    *_, none = talk(
        "我们公司派了三个人参加区级职业技能竞赛，一个一等奖两个三等奖，奖金一共多少", "没获奖的参赛选手有没有补贴"
    )
    assert (none.amount_yuan, none.eligible) == (0, False)
