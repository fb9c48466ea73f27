"""Lessons of evaluation set 7 (written without seeing the engine): re-counts that keep what
they do not name, "都是" moving a total, loose "八十几", a misspelt district, rule questions."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_correcting_one_level_keeps_the_other_levels(talk: Talk) -> None:
    """ "三个技师一个高级技师" then "不对，是两个技师": the 高级技师 stays (2×2500 + 3000)."""
    first, second = talk("我们街道就业服务中心三个技师一个高级技师，都是职业指导师证，补贴一共多少", "不对，是两个技师")
    assert first.amount_yuan == 3 * 2500 + 3000
    assert second.amount_yuan == 2 * 2500 + 3000


def test_correcting_to_another_level_still_replaces(talk: Talk) -> None:
    """A correction naming a level not given before replaces the old one, not adds to it."""
    _, second = talk("我们机构培训失业人员，中级工20人拿证了，能补多少", "不对，是高级工20人")
    assert second.amount_yuan == 20 * 1000


def test_all_of_the_same_sessions_online_moves_them(talk: Talk) -> None:
    """ "如果这4次都是线上的呢" after 4 offline sessions: 4 online (4×300), not 4 more."""
    _, second, third = talk(
        "我在区就业创业导师库里，参加人社局组织的线下宣讲，能补多少", "去了4次", "如果这4次都是线上的呢"
    )
    assert second.amount_yuan == 4 * 1000
    assert third.amount_yuan == 4 * 300


def test_all_of_the_same_people_at_another_level(talk: Talk) -> None:
    _, second, third = talk(
        "我们是备案的培训机构，培训区内失业人员，拿了证的能补多少", "专项能力证书12个", "要是这12个人都拿了初级工呢"
    )
    assert second.amount_yuan == 12 * 300
    assert third.amount_yuan == 12 * 500


def test_all_of_them_with_a_new_count_still_adds_a_category(talk: Talk) -> None:
    """ "另外还有高级工5个，都是失业人员": a different total, so the earlier level stays."""
    _, second = talk("我们机构培训失业人员，中级工10人拿证了，能补多少", "另外还有高级工5个，都是失业人员")
    assert second.amount_yuan == 10 * 500 + 5 * 1000


def test_eighty_something_is_eighty_odd(talk: Talk) -> None:
    """ "八十几个" reads like "八十多个": 80 to 89, one step of （四）."""
    _, reply = talk("滨江企业招本区户籍人员稳定就业有奖补吗，能拿多少", "八十几个吧")
    assert reply.kind == "answer" and reply.amount_yuan == 75000
    assert "80至89" in reply.text
    (arabic,) = talk("我们公司招了80几个本区户籍的能拿多少")
    assert arabic.amount_yuan == 75000


def test_a_misspelt_district_name_is_the_district(talk: Talk) -> None:
    (reply,) = talk("我是宾江户籍的在校大学生，家燕回巢活动收费吗")
    assert reply.kind == "answer" and reply.eligible is True


def test_questions_about_the_rule_describe_it(talk: Talk) -> None:
    """What an activity is, who may join, how often it is paid, to whom, where to register,
    the minimum: each is answered with the rule, not with a request for a figure."""
    for question, clause in [
        ("家雁回巢是啥活动", "7"),
        ("家燕回巢谁能参加", "7"),
        ("这个证书补贴是每年发还是只发一次", "6"),
        ("培训认定补贴是发给学员本人还是发给机构", "9"),
        ("家燕回巢的补贴申报要先去哪备案", "7"),
        ("吸纳就业奖补至少要招多少人", "4"),
    ]:
        (reply,) = talk(question)
        assert reply.kind == "answer" and reply.clauses[:1] == (clause,), question
        assert reply.amount_yuan is None, question


def test_a_service_centre_in_another_district_does_not_qualify(talk: Talk) -> None:
    """ "在萧山区的就业服务中心": the 就业服务 is the other district's; the "no" before it stands."""
    (there,) = talk("我在萧山区的就业服务中心上班，有职业指导师技师证，滨江能补吗")
    assert there.eligible is False and there.amount_yuan == 0
    (here,) = talk("我在滨江的街道就业服务中心上班，有职业指导师技师证，能补吗")
    assert here.eligible is True and here.amount_yuan == 2500


def test_two_certificates_both_obtained_are_one_persons(talk: Talk) -> None:
    (reply,) = talk("劳动关系协调员的技师和高级技师两个证今年都拿了，之前没领过，在区里做公共就业服务，能领多少")
    assert reply.amount_yuan == 3000


def test_a_part_described_as_not_local_does_not_refuse_the_rest(talk: Talk) -> None:
    """ "招了80个人，不是本区户籍的有20个": 60 count; the condition is not refused for all."""
    (part,) = talk("我们公司招了80个人，不是本区户籍的有20个，能拿多少")
    assert part.eligible is True and part.amount_yuan == 50000 and "60人" in part.text
    (whole,) = talk("我们公司招了80个人，都不是本区户籍的，能拿多少")
    assert whole.eligible is False


def test_local_students_split_from_the_whole(talk: Talk) -> None:
    """ "25人，其中15个本区户籍大学生、10个外地户籍的": the 15 count, for 2 days at 200."""
    (reply,) = talk("培训学员25人，其中15个本区户籍大学生、10个外地户籍的，培训两天，已备案，能报多少")
    assert reply.eligible is True and reply.amount_yuan == 15 * 2 * 200


def test_classes_are_not_students(talk: Talk) -> None:
    """ "2个班…每班40人": the 2 is classes, not students; 40 in each of 2 classes is 80 students."""
    (reply,) = talk("我们开了2个班给本区户籍大学生做就业培训，每班40人，各培训2天，已备案，区内企业，一共能申报多少")
    assert reply.amount_yuan == 80 * 2 * 200


def test_public_welfare_posts_per_person_and_switching_benefit(talk: Talk) -> None:
    """ "每人多少" is one post for one month (55% of 2280); "那上岗人员的绩效补贴呢" turns to the
    other benefit of （八） even after a figure was given for the first."""
    _, per_post, performance = talk(
        "物业公司承接公益性岗位，区里怎么补",
        "市区最低工资标准按2280算，每人多少",
        "那上岗人员的绩效补贴呢，3个人一年最多",
    )
    assert per_post.amount_yuan == 1254
    assert performance.amount_yuan == 3 * 3600


def test_a_benefit_named_after_the_clause_rule_narrows_to_it(talk: Talk) -> None:
    _, reply = talk("就业困难人员的公益性岗位区里有什么补贴", "街道4个人在公益岗上，绩效补贴一年最多多少")
    assert reply.kind == "answer" and reply.amount_yuan == 4 * 3600


def test_this_benefit_asks_about_the_one_just_answered(talk: Talk) -> None:
    """ "这个奖补一年最多多少" after a hiring answer: that benefit's yearly cap, not a choice."""
    *_, reply = talk("我们是滨江的企业，招了不少本区户籍的人，都稳定就业，奖补多少", "一百个", "这个奖补一年最多多少")
    assert reply.kind == "answer" and reply.amount_yuan == 500000


def test_recognised_years_ago_is_not_new(talk: Talk) -> None:
    (old,) = talk("我们工作室是前年认定的区级技能大师工作室，今年还能领建室补助吗")
    assert old.eligible is False
    (new,) = talk("我们工作室今年新认定为区级技能大师工作室，能领多少")
    assert new.eligible is True and new.amount_yuan == 100000


def test_not_in_the_mentor_pool_is_refused(talk: Talk) -> None:
    """ "不在区导师库里": 不在 negates like 没有; the service fee needs the pool."""
    (reply,) = talk("我不在区导师库里，参加了人社局组织的线下宣讲，也能补1000吗")
    assert reply.eligible is False and reply.amount_yuan == 0


def test_either_group_of_hires_counts(talk: Talk) -> None:
    """本区户籍 or 脱贫人口: one stated plainly qualifies, whatever the other denies."""
    (one,) = talk("我们招了80个本区户籍的，都不是脱贫人口，能拿多少")
    assert one.eligible is True and one.amount_yuan == 75000
    (other,) = talk("我们招了80个对口帮扶地区来的脱贫人口，不是滨江户籍，能拿多少")
    assert other.eligible is True and other.amount_yuan == 75000
    (neither,) = talk("我们公司招了80个人，都不是本区户籍的，能拿多少")
    assert neither.eligible is False


def test_hiring_local_people_routes_to_hiring(talk: Talk) -> None:
    (reply,) = talk("宾江的企业招本地户口的人有没有补助")
    assert reply.clauses[:1] == ("4",)


def test_a_named_title_is_answered_over_the_prize(talk: Talk) -> None:
    """ "第二名，能评技术能手吗": the title (前3名), not a request for the prize level."""
    (reply,) = talk("区里技能比赛我拿了第二名，能评技术能手吗")
    assert reply.kind == "answer" and reply.eligible is True and "技术能手" in reply.text


def test_activities_the_enterprise_runs_itself_are_refused(talk: Talk) -> None:
    (studio,) = talk("领衔人参加的是企业自己搞的内部培训，能按1000一次补吗")
    assert studio.eligible is False
    (mentor,) = talk("导师库导师去一家企业自己办的宣讲会讲了一次，线下的，有补贴吗")
    assert mentor.eligible is False


def test_half_days_count_as_the_whole_days_below(talk: Talk) -> None:
    """ "3.5天": 3 whole days (also the most paid), 10 students × 3 × 200."""
    (reply,) = talk("区内企业备案后给10个本区户籍大学生培训了3.5天，补贴怎么算，多少钱")
    assert reply.amount_yuan == 10 * 3 * 200


def test_the_rule_step_is_not_the_askers_count(talk: Talk) -> None:
    """ "超过50人以后每多招25个多给多少": 25 is the rule's step; describe the rule."""
    (reply,) = talk("超过50人以后每多招25个多给多少")
    assert reply.kind == "answer" and reply.eligible is None and "2.5万" in reply.text


def test_another_districts_window_qualifies_the_whole_phrase(talk: Talk) -> None:
    """ "在上城区的人社服务窗口做公共就业服务": both "yes" words are the other district's."""
    (reply,) = talk("我拿了职业指导师高级工，在上城区的人社服务窗口做公共就业服务，能领滨江的补贴吗？")
    assert reply.eligible is False


def test_only_the_figure_said_to_remain_counts(talk: Talk) -> None:
    """ "招了80个…结果只有30个留下来稳定就业": 30 count, below the 50 threshold."""
    (reply,) = talk("我们在滨江，今年招了80个滨江户籍的，结果只有30个留下来稳定就业，其他都走了，还能拿奖补吗")
    assert reply.eligible is False and "30人" in reply.text
    (local,) = talk("我们招了120个，只有60个是本区户籍")
    assert local.amount_yuan == 50000 and "60人" in local.text


def test_more_ways_of_asking_the_rule(talk: Talk) -> None:
    for question, clause in [
        ("就业创业导师参加活动，线上和线下分别按多少标准补？", "5"),
        ("怎么才能进区就业创业导师库？", "5"),
        ("给本区户籍大学生做培训的补贴，要先在哪个部门备案？", "7"),
        ("区级技能竞赛的奖金怎么领，需要带什么材料？", "12"),
    ]:
        (reply,) = talk(question)
        assert reply.kind == "answer" and reply.clauses[:1] == (clause,), question
        assert reply.amount_yuan is None, question


def test_a_short_count_after_a_per_person_answer_multiplies_it(talk: Talk) -> None:
    """ "我们街道有6个人" after 绩效补贴 per person: six people on that benefit, not a new question
    about 街道 (which (一) and (六) also name)."""
    _, reply = talk("公益性岗位的绩效补贴每人一年多少", "我们街道有6个人")
    assert reply.kind == "answer" and reply.clauses == ("8",) and reply.amount_yuan == 6 * 3600


def test_a_rule_question_while_asked_for_a_figure_is_answered_then_asked_again(talk: Talk) -> None:
    """ "最多补几天" while the bot waits for the head count: the rule (最多不超过3天), then the same
    question; the figure that follows is still read as its answer."""
    first, rule, answer = talk(
        "我们是区内企业，备案了，要给本区户籍大学生办培训，怎么补", "最多补几天", "15个人培训了两天"
    )
    assert first.kind == "ask"
    assert rule.kind == "ask" and "最多不超过3天" in rule.text
    assert rule.text.rstrip().endswith("参加活动的本区户籍大学生有多少人？")
    assert answer.amount_yuan == 15 * 2 * 200


def test_the_same_question_about_our_district_after_another_districts(talk: Talk) -> None:
    """ "西湖区家燕回巢补贴多少" is refused (their policy); "那滨江的呢" asks it about ours."""
    other, ours, figures = talk("西湖区家燕回巢补贴多少", "那滨江的呢", "10个本区户籍大学生，3天")
    assert other.kind == "fallback"
    assert ours.kind in ("ask", "answer") and ours.clauses[:1] == ("7",)
    assert figures.amount_yuan == 10 * 3 * 200
    _, unrelated = talk("西湖区家燕回巢补贴多少", "谢谢")
    assert unrelated.kind == "help"


def test_how_to_join_and_who_qualifies_are_rule_questions(talk: Talk) -> None:
    for question, clause in [
        ("咋样才能进区就业创业导师库", "5"),
        ("哪些人培训了机构能拿培训认定补贴", "9"),
        ("公益性岗位招的人要不要先认定为就业困难人员", "8"),
    ]:
        (reply,) = talk(question)
        assert reply.kind == "answer" and reply.clauses[:1] == (clause,), question
    (thanks,) = talk("谢谢啦 thx👍")
    assert thanks.kind == "help"


def test_certificates_per_group_times_the_groups(talk: Talk) -> None:
    """ "办了3期培训，每期20个…拿了中级工证": 60 中级工 × 500."""
    (reply,) = talk("我们办了3期培训，每期20个失业人员拿了中级工证，备案机构，能补多少")
    assert reply.amount_yuan == 60 * 500 and "60人" in reply.text


def test_a_whole_split_in_halves(talk: Talk) -> None:
    """ "一百个…一半中级工一半高级工": 50 × 500 + 50 × 1000; the 一 of 一半 is never a count."""
    (reply,) = talk("我们是备案过的培训机构，一百个区内灵活就业人员拿证，一半中级工一半高级工，补贴总共多少？")
    assert reply.amount_yuan == 50 * 500 + 50 * 1000
    (other,) = talk("机构培训失业人员40人拿证，一半初级工，另一半专项能力")
    assert other.amount_yuan == 20 * 500 + 20 * 300
