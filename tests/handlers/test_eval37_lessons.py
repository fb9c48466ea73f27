"""Lessons of evaluation set 37 (phone-typed input: typos, 繁体, numerals, voice run-ons,
fragments, mixed facts), and of the older sets' misses studied beside it. Written with their
own wording, not the sets' texts."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_hukou_moved_to_another_district_is_not_local(talk: Talk) -> None:
    """ "户口前阵子迁去西湖了": the student's 户口 moved away, so 家燕回巢 says no; the other
    district is where the person's 户口 went, not a policy asked about (had fallen back)."""
    (moved,) = talk("我研二在读 户口前阵子迁去西湖了 家燕回巢还能报名吗")
    assert (moved.kind, moved.clauses, moved.eligible) == ("answer", ("7",), False)
    (gone,) = talk("孩子在读大二 户籍去年迁走了 家燕回巢能参加吗")
    assert gone.eligible is False
    (theirs,) = talk("西湖区的家燕回巢活动怎么报名")
    assert theirs.kind == "fallback"


def test_a_company_said_not_to_be_in_the_district_gets_nothing(talk: Talk) -> None:
    """ "公司不在滨江，在余杭": a company outside the district, whatever its hires' 户口."""
    (reply,) = talk("我们企业不在滨江 在余杭 招的七十个人都是滨江户口 能拿奖补吗")
    assert (reply.clauses, reply.amount_yuan, reply.eligible) == (("4",), 0, False)


def test_a_no_inside_brackets_denies_nothing_after_them(talk: Talk) -> None:
    """ "(户口不在滨江)也考了中级工": the 不 is the aside's; the level after the bracket is still
    said, so the listed group's 8 are paid and the 12 in work are left out (had asked again)."""
    (reply,) = talk(
        "我们是备案的培训机构 本区户籍大学生8人考了中级工，另外12人是在职白领(户口不在滨江)也考了中级工 补多少"
    )
    assert (reply.kind, reply.amount_yuan, reply.eligible) == ("answer", 4000, True)


def test_a_no_that_is_another_slots_word_does_not_deny_the_next_one(talk: Talk) -> None:
    """ "还没上班户口一直在滨江" (a voice run-on): the 没 is 没上班's, the 户口 stays 本区; "不是
    认定的试点单位" keeps its 不是 for the pilot unit, with 的 between."""
    (student,) = talk("嗯就是我儿子去年毕业的还没上班户口一直在滨江那个家燕回巢能参加吗")
    assert (student.clauses, student.eligible) == (("7",), True)
    (firm,) = talk("我们不是认定的试点单位 今年新培养技能人才120人 有奖励吗")
    assert (firm.amount_yuan, firm.eligible) == (0, False)


def test_a_sibling_asked_about_next_is_another_person(talk: Talk) -> None:
    """ "她姐姐也是滨江户口…已经上班了": the sister's own case (no: she works), not the first
    child's facts with 已就业 added to 在校 (had said yes for both at once)."""
    *_, first, sister = talk("家燕回巢 我儿子 滨江户口", "在读大一", "他姐姐也是滨江户口 毕业一年了 已经上班了")
    assert first.eligible is True
    assert (sister.clauses, sister.eligible) == (("7",), False)
    assert "在校、" not in sister.text


def test_a_district_award_given_to_me_is_not_covered(talk: Talk) -> None:
    """ "区里给我评了个先进": a 区级 title, which （五） does not reward (had described the rule)."""
    (reply,) = talk("我是公益导师 区里给我评了个先进个人 能奖多少钱")
    assert (reply.clauses, reply.amount_yuan, reply.eligible) == (("5",), 0, False)


def test_a_range_from_its_bounds_is_not_quoted_as_the_askers_words(talk: Talk) -> None:
    """ "不足40人" reads as 1 to 39; the note gives the bounds, not "“1到39个”", and says none of
    them qualifies; a loose figure the asker wrote ("三十几个") is still quoted."""
    (below,) = talk("公司招了不足40个本区户籍的 有奖补吗")
    assert (below.amount_yuan, below.eligible) == (0, False)
    assert "1至39中哪个数计算都暂不符合" in below.text
    assert "“1到39" not in below.text
    (loose,) = talk("公司招了三十几个本区户籍的 有奖补吗")
    assert "“三十几个”" in loose.text


def test_a_private_companys_hr_is_said_back_in_capitals(talk: Talk) -> None:
    """ "在外企做HR的": left out of （六）'s count, and named as HR, not "hr1人"."""
    *_, reply = talk(
        "街道就业服务站两个人考了职业指导师中级工 补多少",
        "还有一个在外企公司做HR的 也考了中级工 一起算吗",
    )
    assert reply.amount_yuan == 3000
    assert "hr1" not in reply.text


def test_the_repealed_2019_document_is_the_annexs(talk: Talk) -> None:
    """ "跟19年那个老文件啥关系", "以前的政策还算数吗": the annex, which repeals 滨政〔2019〕61号
    (had fallen back)."""
    for text in ("跟19年那个老文件啥关系", "以前的政策还算数吗"):
        (reply,) = talk(text)
        assert (reply.kind, reply.clauses) == ("answer", ("annex",)), text
        assert "61号" in reply.text


def test_a_programme_named_breaks_a_tie_with_another_clauses_word(talk: Talk) -> None:
    """ "家燕回巢 学员本人能领到钱吗": 学员 is （九）'s word too, but the programme named is （七）'s,
    so no question back about which clause is meant."""
    (reply,) = talk("家燕回巢 学员本人能领到钱吗")
    assert reply.kind != "clarify"
    assert reply.clauses[:1] == ("7",)


def test_a_student_asking_for_cash_is_told_it_goes_to_the_organiser(talk: Talk) -> None:
    """ "家燕回巢 学生本人能领钱吗": the students take part free; the note says the 200元/人/天
    goes to the organising unit, not to persons."""
    (reply,) = talk("家燕回巢 学生本人能领钱吗")
    assert reply.clauses[:1] == ("7",)
    assert "不发给个人" in reply.text


def test_a_rate_per_person_per_day_is_answered_for_one_of_each(talk: Talk) -> None:
    """ "家燕回巢 一个人一天补多少": the rate, one person for one day (200), not a question about
    the head count first."""
    (reply,) = talk("家燕回巢 一个人一天补多少")
    assert (reply.kind, reply.amount_yuan) == ("answer", 200)


def test_a_total_over_clauses_typed_with_spaces_reads_each_clauses_own_figures(talk: Talk) -> None:
    """Phone typing parts matters with spaces: "招了80个滨江户口的 还有2个员工入选了浙江工匠 一共
    多少" is 75,000 + 40,000, not the 80 hires read as 80 craftsmen (had said 1,675,000)."""
    (reply,) = talk("公司招了80个滨江户口的 还有2个员工入选了浙江工匠 一共多少")
    assert (reply.clauses, reply.amount_yuan) == (("4", "12"), 115000)
    (school,) = talk("我们机构备案了 培训了10个失业人员都拿了高级工 还办了家燕回巢3天20个滨江大学生 一共多少")
    assert school.amount_yuan == 10000 + 12000


def test_a_phrase_two_clauses_both_touch_goes_to_the_one_with_more_words_in_it(talk: Talk) -> None:
    """ "招了80个本区户籍员工" holds （四）'s 招了 and 员工 and （七）'s 本区户籍: （四）'s phrase, so
    家燕回巢's 30 participants are not read as 80."""
    (reply,) = talk("我们公司招了80个本区户籍员工 同时办了家燕回巢2天30人 备案了 一共多少")
    assert reply.amount_yuan == 75000 + 12000


def test_an_organisation_asking_for_a_persons_money_is_told_whose_it_is(talk: Talk) -> None:
    """ "我们公司有员工拿了区技能竞赛三等奖 公司能拿多少": the prize is the player's, so the company
    gets nothing of it; beside a 浙江工匠 (the unit's 20,000) the company's share is that alone."""
    (prize,) = talk("我们公司有员工拿了区技能竞赛三等奖 公司能拿多少")
    assert (prize.clauses, prize.amount_yuan, prize.eligible) == (("12",), 0, False)
    assert "获奖选手" in prize.text
    (mixed,) = talk("区技能竞赛二等奖1人 另外有2人入选浙江工匠 公司一共能拿多少")
    assert mixed.amount_yuan == 40000
    (who,) = talk("我拿了区技能竞赛一等奖 奖金是给我还是给公司")
    assert who.eligible is not False


def test_a_person_asking_for_an_organisations_money_in_other_words(talk: Talk) -> None:
    """ "是给个人的吗", "学员能拿吗": no, it goes to the unit or the institution."""
    for text in ("浙江工匠的经费是给个人的吗", "培训认定补贴学员能拿吗"):
        (reply,) = talk(text)
        assert reply.eligible is False, text
