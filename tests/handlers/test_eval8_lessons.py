"""Lessons of evaluation set 8 (voice-input style, written without seeing the engine)."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_descriptions_end_where_the_next_figure_starts(talk: Talk) -> None:
    """ "招了70个人 40个滨江户籍30个对口帮扶地区的脱贫人口": 40 + 30 = 70, not 70 + 40 + 30."""
    (reply,) = talk("我们招了70个人 40个滨江户籍30个对口帮扶地区的脱贫人口 都稳定就业 区内企业")
    assert reply.amount_yuan == 50000 and "70人" in reply.text


def test_a_title_denied_beside_another_is_not_held(talk: Talk) -> None:
    (reply,) = talk("入选的是杭州工匠不是浙江工匠 单位有那2万吗")
    assert reply.eligible is False


def test_a_figure_right_after_its_cue_needs_no_unit(talk: Talk) -> None:
    """ "技能人才一百二" (120) and "三百九十九" (399) without 人; "一批" is still no figure."""
    (one_twenty,) = talk("试点单位新增技能人才一百二")
    assert one_twenty.amount_yuan == 50000 + 10000  # 100 → 5万, +20 → 1万
    (almost_400,) = talk("试点单位新增技能人才三百九十九")
    assert almost_400.amount_yuan == 50000 + 14 * 10000
    (batch,) = talk("我们公司今年招了一批本区户籍的人 奖补多少")
    assert batch.kind == "ask"


def test_a_corrected_figure_takes_the_first_ones_unit_and_cue(talk: Talk) -> None:
    """ "高技能人才六十个 哦不对是五十八": 58 高技能人才 (5万), not 60 (6万)."""
    (reply,) = talk("试点单位 新增高技能人才六十个 哦不对是五十八")
    assert reply.amount_yuan == 50000


def test_a_total_over_people_does_not_add_a_benefit_the_figure_merely_fits(talk: Talk) -> None:
    """ "我们街道5个人 最多一共发多少" after 绩效补贴 per person: 5 × 3600, not also the 物业
    post subsidy that "5个人" could be posts of."""
    *_, reply = talk("公益刚 物业公司承接的 区里怎么补", "那绩效补贴一个人一年最多多少", "我们街道5个人 最多一共发多少")
    assert reply.amount_yuan == 5 * 3600


def test_the_topic_survives_an_off_topic_question(talk: Talk) -> None:
    first, off, back = talk("区内企业招了60个本区户籍的都稳定就业", "对了今天杭州下雨吗", "那招到一百个呢")
    assert first.amount_yuan == 50000
    assert off.kind == "fallback"
    assert back.clauses == ("4",) and back.amount_yuan == 100000


def test_a_misspelt_public_welfare_post(talk: Talk) -> None:
    (reply,) = talk("公益刚补贴怎么算")
    assert reply.clauses[:1] == ("8",)


def test_an_enterprise_elsewhere_then_one_in_binjiang(talk: Talk) -> None:
    """A company in 拱墅 cannot organise 家燕回巢 for subsidy; a new one in 滨江 can."""
    *_, reply = talk(
        "我们公司在拱墅 给滨江户籍的大学生做就业培训 能申请家燕回巢补贴吗",
        "那我们在滨江新开的公司来办呢 要啥条件",
        "滨江公司已经备案了 25个人办3天",
    )
    assert reply.eligible is True and reply.amount_yuan == 25 * 3 * 200


def test_activities_of_others_and_own_staff_are_refused(talk: Talk) -> None:
    (association,) = talk("大师工作室领衔人参加行业协会办的评审能补吗")
    assert association.eligible is False
    (staff,) = talk("我们备案机构培训的是企业自己的在职老员工都是杭州本地人 拿了中级工证有补贴吗")
    assert staff.eligible is False
    (title,) = talk("区级竞赛拿了第二名 能当技术能手吗")
    assert title.eligible is True and "技术能手" in title.text


def test_is_there_a_subsidy_says_yes_in_the_policys_words_then_asks(talk: Talk) -> None:
    """ "有补贴吗" before the figure: the ask opens with the policy's own sentence."""
    (reply,) = talk("我是导师库的导师 参加人社局的宣讲有补贴吗")
    assert reply.kind == "ask"
    assert "线上300元/次、线下1000元/次" in reply.text and reply.text.rstrip().endswith("）")
    (plain,) = talk("导师参加宣讲的补贴，我想算一下")
    assert "政策规定" not in plain.text


def test_a_condition_stated_with_a_rule_question_keeps_it_one(talk: Talk) -> None:
    """ "滨江户籍大学生参加…要钱吗": 户籍 is stated, the status is not; the rule (free) is the answer."""
    (reply,) = talk("滨江户籍大学生参加区人社局办的培训要钱吗")
    assert reply.kind == "answer" and "免费" in reply.text


def test_naming_the_other_track_while_asked_turns_the_question_to_it(talk: Talk) -> None:
    """ "高技能人才算不算 我们主要是高技能的": the rule, then the question for 高技能人才, so
    "七十五个" is 75 高技能人才 (5万 + 2 × 1万), not 75 技能人才 (below 100)."""
    _, rule, answer = talk(
        "我们是认定的试点单位想算下新增培养技能人才的奖励", "高技能人才算不算 我们主要是高技能的", "七十五个"
    )
    assert rule.kind == "ask" and rule.text.rstrip().endswith("其中高技能人才（高级工及以上）有多少人（次）？")
    assert answer.amount_yuan == 70000


def test_definitions_and_how_to_become_are_rule_questions(talk: Talk) -> None:
    """The figure in "离校2年未就业…是指啥" is the policy's own words, not the asker's years."""
    for question, clause in [
        ("离校2年未就业高校毕业生是指啥", "7"),
        ("新增技能人才是按人数算还是按人次算", "10"),
        ("怎么成为职业技能等级认定试点单位", "10"),
    ]:
        (reply,) = talk(question)
        assert reply.kind == "answer" and reply.clauses[:1] == (clause,), question
        assert reply.amount_yuan is None and reply.eligible is None, question


def test_a_student_asking_for_money_learns_it_goes_to_the_organiser(talk: Talk) -> None:
    """The 200元/人/天 of 家燕回巢 is the organiser's; the student's benefit is taking part free."""
    (reply,) = talk("我是本区户籍在校大学生，参加家燕回巢能领多少钱")
    assert reply.eligible is True and "不发给个人" in reply.text and "免费" in reply.text
    (how,) = talk("我是本区户籍在校大学生，家燕回巢怎么报名")
    assert "不发给个人" not in how.text  # no money asked about: no note
    (firm,) = talk("我们公司给10个本区户籍大学生办家燕回巢培训3天，已备案，区内企业，能领多少钱")
    assert "不发给个人" not in firm.text and firm.amount_yuan == 6000


def test_who_is_paid_stays_on_the_topic_in_hand(talk: Talk) -> None:
    """ "钱发给社区还是街道" during （二）: a question on its rule, not a choice with （一）'s 街道."""
    *_, reply = talk("社区评上高质量就业社区了有钱吗", "市级的算吗 我们是今年新认定的市级", "钱发给社区还是街道")
    assert reply.kind == "answer" and reply.clauses[:1] == ("2",)


def test_an_english_what_if_restates_the_figure(talk: Talk) -> None:
    *_, reply = talk("HR here, 我们招用本区户籍员工 how much reward?", "１２５", "what if 49?")
    assert reply.eligible is False and "49人" in reply.text
