"""The dialogue's paths, multi-turn included, driven through ``Dialogue.respond``."""

from __future__ import annotations

import pytest
from tests_support import amount

from handlers.dialogue import Dialogue
from handlers.reply import Reply


def test_complete_question_answers_with_amount_and_steps(talk) -> None:  # type: ignore[no-untyped-def]
    """The issue's example: 120 local hires → 10万元 with its derivation."""
    (reply,) = talk("我们公司招了120个本区户籍的人能拿多少")
    assert (reply.kind, reply.clauses, reply.amount_yuan, reply.eligible) == ("answer", ("4",), 100000, True)
    assert reply.text.startswith("可享受10万元")
    assert "(120−50)÷25取整2档 × 2.5万元 = 10万元" in reply.text


def test_answer_has_steps_assumptions_materials_citation_and_draft_note(talk) -> None:  # type: ignore[no-untyped-def]
    """Every section the issue asks for, in order, and materials marked as reference only."""
    (reply,) = talk("招了80个本区户籍员工能拿多少")
    text = reply.text
    order = [text.index(part) for part in ("可享受", "计算过程", "前提条件", "参考材料", "政策依据", "征求意见稿")]
    assert order == sorted(order)
    assert "以区人力社保局实施办法为准" in text
    assert "（四）鼓励企业积极吸纳就业" in text


def test_missing_count_is_asked_then_answered(talk) -> None:  # type: ignore[no-untyped-def]
    """Only the amount-changing slot is asked; the answer follows the bare reply."""
    ask, answer = talk("企业招人有补贴吗", "八十个")
    assert (ask.kind, ask.clauses) == ("ask", ("4",))
    assert "多少人" in ask.text
    assert (answer.kind, answer.amount_yuan) == ("answer", 75000)


def test_correction_replaces_the_earlier_figure(talk) -> None:  # type: ignore[no-untyped-def]
    """ "不对，是30人" recomputes and explains the shortfall."""
    *_, corrected = talk("企业招人有补贴吗", "八十个", "不对，是30人")
    assert (corrected.amount_yuan, corrected.eligible) == (0, False)
    assert "再稳定招用20人" in corrected.text and "5万元" in corrected.text


def test_slot_given_earlier_is_never_asked_again(talk) -> None:  # type: ignore[no-untyped-def]
    """Days given before the organiser's head count are kept."""
    first, second = talk("公司给本区户籍大学生办了两天的就业培训 补贴怎么算", "40人")
    assert first.kind == "ask" and "多少人" in first.text
    assert (second.kind, second.amount_yuan) == ("answer", 16000)


def test_days_above_three_count_as_three(talk) -> None:  # type: ignore[no-untyped-def]
    """（七） organisers: 30 people for 5 days are paid for 3."""
    (reply,) = talk("我们公司给30个本区户籍大学生做了5天职业技能培训，能补多少")
    assert reply.amount_yuan == 18000
    assert "按3天计" in reply.text


def test_several_counts_in_one_sentence(talk) -> None:  # type: ignore[no-untyped-def]
    """（九） mixed certificate counts in one message."""
    (reply,) = talk("我们培训机构培训失业人员，30人中级工、10人高级工、5人专项能力，补多少")
    assert (reply.clauses, reply.amount_yuan) == (("9",), 26500)


def test_clarify_by_number(talk) -> None:  # type: ignore[no-untyped-def]
    """A vague question offers numbered clauses; "1" picks the first."""
    clarify, picked = talk("补贴", "1")
    assert clarify.kind in ("clarify", "fallback", "ask")
    if clarify.kind == "clarify":
        assert picked.clauses[:1] == clarify.clauses[:1]


def test_benefit_choice_by_number_and_by_words(talk) -> None:  # type: ignore[no-untyped-def]
    """A clause with several benefits asks which; a digit or the words both choose."""
    ask, by_number = talk("导师补贴", "2")
    assert ask.kind == "ask" and len(ask.options) == 2
    assert by_number.clauses == ("5",) and by_number.kind == "ask"
    _, by_words = talk("导师补贴", "线下的")
    assert by_words.clauses == ("5",)


def test_students_verdicts(talk) -> None:  # type: ignore[no-untyped-def]
    """家燕回巢: local and in school → yes; elsewhere or three years out → no, with why."""
    (yes,) = talk("我是滨江户口的大学生，还在读大三，家燕回巢能参加吗")
    assert (yes.kind, yes.eligible, yes.amount_yuan) == ("answer", True, None)
    (outside,) = talk("我户口在萧山，在读大学，能参加家燕回巢吗")
    assert outside.eligible is False and "本区" in outside.text
    *_, late = talk("家燕回巢能参加吗", "是滨江户口", "毕业三年了，还没工作")
    assert late.eligible is False and "2年" in late.text


def test_homophone_typo_still_routes(talk) -> None:  # type: ignore[no-untyped-def]
    """家雁回巢 and 技能大师工作式 are read as the policy's words."""
    (a,) = talk("家雁回巢能参加吗")
    (b,) = talk("新认定的区级技能大师工作式补多少")
    assert a.clauses == ("7",) and b.clauses == ("11",) and b.amount_yuan == 100000


def test_traditional_characters(talk) -> None:  # type: ignore[no-untyped-def]
    """繁體 reads like simplified."""
    (reply,) = talk("招用本區戶籍人員一百人 獎補多少")
    assert reply.amount_yuan == 75000 + 25000


def test_persona_lists_audience_clauses(talk) -> None:  # type: ignore[no-untyped-def]
    """ "我是企业，有哪些补贴" lists the enterprise clauses, one line each."""
    (reply,) = talk("我是企业，有哪些补贴")
    assert reply.kind == "answer" and {"4", "10", "12"} <= set(reply.clauses)
    assert len(reply.text.encode()) <= 2048


def test_out_of_scope_says_what_is_covered(talk) -> None:  # type: ignore[no-untyped-def]
    """失业保险金 is not in this policy: a fallback naming what the bot covers."""
    (reply,) = talk("失业金怎么领")
    assert (reply.kind, reply.clauses, reply.amount_yuan) == ("fallback", (), None)
    assert "失业保险金" in reply.text and "企业吸纳就业" in reply.text


def test_help_reset_and_human(talk) -> None:  # type: ignore[no-untyped-def]
    """帮助, 重新开始 and 人工 are help replies; reset forgets the half-finished question."""
    ask, reset, after = talk("企业招人有补贴吗", "重新开始", "八十个")
    assert ask.kind == "ask" and reset.kind == "help"
    assert after.kind != "answer"
    (help_,) = talk("帮助")
    (human,) = talk("转人工")
    assert help_.kind == human.kind == "help"
    assert "区人力社保局" in human.text


def test_topic_change_mid_dialogue_is_a_new_question(talk) -> None:  # type: ignore[no-untyped-def]
    """While a count is asked, a full new question is answered as new."""
    ask, other = talk("企业招人有补贴吗", "区级职业技能竞赛二等奖能拿多少")
    assert ask.kind == "ask"
    assert (other.clauses, other.amount_yuan) == (("12",), 1500)


def test_condition_stated_false_is_answered_at_once(talk) -> None:  # type: ignore[no-untyped-def]
    """A stated fact that rules the benefit out is said, not followed by questions."""
    (reply,) = talk("我们机构还没备案，培训失业人员拿了中级工证，能补吗")
    assert (reply.kind, reply.eligible, reply.amount_yuan) == ("answer", False, 0)
    assert "备案" in reply.text


def test_maximum_question_gets_the_stated_cap(talk) -> None:  # type: ignore[no-untyped-def]
    """ "最高多少" without figures answers the policy's maximum."""
    (reply,) = talk("企业吸纳就业奖补一年最多多少")
    assert (reply.kind, reply.amount_yuan) == ("answer", 500000)
    assert reply.text.startswith("最高可享受50万元")


def test_several_benefits_are_totalled(talk) -> None:  # type: ignore[no-untyped-def]
    """Mentor fees online and offline plus a provincial award, summed."""
    (reply,) = talk("我是导师，线上3次线下2次，还获得了省级职业指导大赛奖项，一共多少")
    assert reply.amount_yuan == 2900 + 3000


def test_minimum_wage_override(talk) -> None:  # type: ignore[no-untyped-def]
    """（八） 55% of the stated minimum wage when the user gives one."""
    (default,) = talk("物业公司有2个公益性岗位，每月区里补多少")
    (override,) = talk("物业公司有2个公益性岗位，最低工资按2490算，每月补多少")
    assert default.amount_yuan == 2508
    assert amount(override) == 2739


def test_replies_fit_wecom(dialogue: Dialogue) -> None:
    """Every reply to the policy's example questions fits in 2048 bytes."""
    for clause in dialogue.kb.clauses:
        for example in clause.examples:
            reply, _ = dialogue.respond({}, example)
            assert isinstance(reply, Reply)
            assert len(reply.text.encode()) <= 2048, example


def test_benefit_choice_reads_the_question_not_the_prompt(talk) -> None:  # type: ignore[no-untyped-def]
    """Choosing "1" after 家燕回巢 asks the student's facts; nothing is read from the menu text."""
    _, chosen, hukou, verdict = talk("家燕回巢", "1", "是的", "在读大二")
    assert chosen.kind == "ask" and "户籍" in chosen.text
    assert hukou.kind == "ask" and "在校" in hukou.text
    assert (verdict.kind, verdict.eligible) == ("answer", True)


def test_persona_introduction_then_list_then_number(talk) -> None:  # type: ignore[no-untyped-def]
    """ "我是企业" lists the enterprise clauses; a later "有哪些补贴" lists them again; "2" then a
    bare count answers within the chosen clause."""
    intro, again, described, answer = talk("我是企业", "有哪些补贴", "2", "60个")
    assert intro.kind == "answer" and "4" in intro.clauses
    assert again.clauses == intro.clauses
    assert described.clauses == ("4",)
    assert (answer.clauses, answer.amount_yuan) == (("4",), 50000)


def test_list_request_without_audience_gets_help(talk) -> None:  # type: ignore[no-untyped-def]
    """ "有哪些补贴" from someone who has not said who they are shows what the bot covers."""
    (reply,) = talk("有哪些补贴")
    assert reply.kind == "help" and "12项" in reply.text


def test_retracted_figure_is_dropped(talk) -> None:  # type: ignore[no-untyped-def]
    """ "不是100，是60" keeps 60 only, in a follow-up and within one sentence."""
    _, corrected = talk("我们公司招了100个本区户籍的", "不是100，是60")
    assert corrected.amount_yuan == 50000
    (single,) = talk("不是招了120人，是招了20个本区户籍的")
    assert (single.amount_yuan, single.eligible) == (0, False)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("我们公司招了120个人，只有30个是本区户籍的", 0),
        ("招了80个人，50个本区户籍，20个脱贫人口，10个外地的", 50000),
        ("招了200人，其中150个是外地的", 50000),
        ("招了90个本区户籍的，其中40个是实习生不算", 50000),
    ],
)
def test_hiring_counts_only_who_qualifies(talk, text: str, amount: int) -> None:  # type: ignore[no-untyped-def]
    """（四） counts 本区户籍 and 脱贫人口 hires only, whatever total the sentence starts with."""
    (reply,) = talk(text)
    assert reply.amount_yuan == amount


def test_students_not_having_found_work_and_school_level(talk) -> None:  # type: ignore[no-untyped-def]
    """没有找到工作 is not employment; 高中 is not 家燕回巢; 两年半 is more than two years."""
    (yes,) = talk("本区户籍，已经毕业1年了，没有找到工作，家燕回巢能参加吗")
    (school,) = talk("滨江户籍的，现在在读高中，家燕回巢能参加吗")
    (late,) = talk("滨江户口 离校两年半了 没工作 能参加家燕回巢吗")
    assert (yes.eligible, school.eligible, late.eligible) == (True, False, False)


def test_follow_ups_replace_or_move_a_category(talk) -> None:  # type: ignore[no-untyped-def]
    """ "那一等奖呢" replaces the prize; "那如果线上呢" moves the count; "也…一共" adds."""
    _, first = talk("区级职业技能竞赛三等奖奖多少", "那一等奖呢")
    _, online = talk("我是导师库导师 人社局组织的线下宣讲2次", "那如果线上呢")
    _, both = talk("导师线下做了2次", "线上也做了3次 一共多少")
    assert (first.amount_yuan, online.amount_yuan, both.amount_yuan) == (2000, 600, 2900)


def test_stated_condition_survives_a_new_question_on_the_clause(talk) -> None:  # type: ignore[no-untyped-def]
    """ "我们还不是试点单位" still holds for the figure given next."""
    _, later = talk("我们还不是试点单位", "新增技能人才150人")
    assert (later.amount_yuan, later.eligible) == (0, False)


def test_menu_number_out_of_range_keeps_the_menu(talk) -> None:  # type: ignore[no-untyped-def]
    """ "3" to a two-item menu says which numbers work; "1" then still chooses."""
    _, wrong, right = talk("家燕回巢", "3", "1")
    assert wrong.kind == "clarify" and "1到2" in wrong.text
    assert right.kind == "ask" and right.clauses == ("7",)


def test_another_clause_named_after_an_answer_is_a_new_question(talk) -> None:  # type: ignore[no-untyped-def]
    """ "区级竞赛一等奖" after a hiring answer is about （十二）, not more hiring."""
    _, prize = talk("我们公司招了80个本区户籍的", "区级竞赛一等奖")
    _, student = talk("招了100个本区户籍的", "我女儿本区户籍在读大学")
    assert (prize.clauses, prize.amount_yuan) == (("12",), 2000)
    assert (student.clauses, student.eligible) == (("7",), True)


def test_why_questions_do_not_change_the_facts(talk) -> None:  # type: ignore[no-untyped-def]
    """ "为什么说3年就不行" explains; the student's 1 year stays 1 year."""
    first, why = talk("我是本区户籍，毕业1年没工作，家燕回巢能参加吗", "为什么说3年就不行")
    assert first.eligible is True and why.eligible is True


def test_subsets_and_ranks(talk) -> None:  # type: ignore[no-untyped-def]
    """ "其中高技能人才60人" is inside the 120; "第4名" is a rank, not four winners, and no 技术能手."""
    (talent,) = talk("试点单位新增技能人才120人，其中高技能人才60人")
    prize, title = talk("区级职业技能竞赛 我记错了，是第4名，二等奖", "能认定技术能手吗")
    assert talent.amount_yuan == 60000
    assert (prize.amount_yuan, title.eligible) == (1500, False)


def test_one_category_corrected_others_kept(talk) -> None:  # type: ignore[no-untyped-def]
    """ "高级工是15人" updates that count; "另外还有专项能力证书8人" adds a category, answered for
    that batch with everyone's sum beside it."""
    _, updated, added = talk(
        "高级工10人 中级工30人 培训机构备案了 培训失业人员", "高级工是15人", "另外还有专项能力证书8人"
    )
    assert (updated.amount_yuan, added.amount_yuan) == (30000, 2400) and "合计可享受32400元" in added.text


def test_total_of_benefits_answered_in_different_turns(talk) -> None:  # type: ignore[no-untyped-def]
    """ "两项一共多少" adds the amounts answered before, across clauses."""
    *_, total = talk("我们公司招了100个本区户籍的", "另外我们是试点单位，新增技能人才120人", "两项一共多少")
    assert (total.kind, total.amount_yuan, set(total.clauses)) == ("answer", 160000, {"4", "10"})


def test_individual_asking_about_an_organisations_subsidy(talk) -> None:  # type: ignore[no-untyped-def]
    """A trainee or a 浙江工匠 asking for themselves is told who receives the money."""
    (trainee,) = talk("我是退役军人，参加技能培训考了中级工证，有补贴吗")
    (craftsman,) = talk("我入选了浙江工匠，我个人能拿多少")
    assert trainee.kind == "answer" and "不发给个人" in trainee.text
    assert "所在单位" in craftsman.text and "个人不能领取" in craftsman.text and craftsman.eligible is False


def test_rates_quoted_by_the_user_are_not_counts(talk) -> None:  # type: ignore[no-untyped-def]
    """ "线上300元一次、线下1000元一次，我线下去了2次" pays the 2 sessions only."""
    (reply,) = talk("导师线上300元一次、线下1000元一次，我线下去了2次，导师库导师，人社局组织的")
    assert reply.amount_yuan == 2000


def test_short_corrections_and_cited_clauses(talk) -> None:  # type: ignore[no-untyped-def]
    """ "不好意思，是80人" corrects the figure given last; "是4个" is posts, not months; "第三条" cites （三）."""
    _, corrected = talk("试点单位新增高技能人才60人", "不好意思，是80人")
    _, posts = talk("物业公司公益性岗位2个，一年", "是4个")
    (cited,) = talk("第三条政策是什么意思")
    assert (corrected.amount_yuan, posts.amount_yuan, cited.clauses) == (80000, 60192, ("3",))


def test_rule_questions_and_fourth_round_cases(talk) -> None:  # type: ignore[no-untyped-def]
    """Who pays is a rule question (no sum); studios multiply; 区外 and 前年就是 are refused;
    一年零两个月 is within two years."""
    (who,) = talk("备案的社区就业创业服务中心，补贴是谁来发的？")
    (studios,) = talk("新认定两个区级技能大师工作室")
    (outside,) = talk("企业注册在区外，招了80个滨江户籍的人，能拿这个奖补吗")
    (again,) = talk("我们社区前年就是省级高质量就业社区了，今年还能再领5万吗")
    (months,) = talk("本区户籍 离校一年零两个月 还没工作 家燕回巢能参加吗")
    assert who.amount_yuan is None and studios.amount_yuan == 200000
    assert (outside.eligible, again.eligible, months.eligible) == (False, False, True)
