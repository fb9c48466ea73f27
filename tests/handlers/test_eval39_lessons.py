"""Lessons of evaluation set 39 (totals over clauses typed phone-style, who receives the money,
totals built over turns then corrected, removed or asked in part), written with their own
wording."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_part_dropped_from_the_running_total_stays_out(talk: Talk) -> None:
    """ "浙江工匠那个先不算 一共": the rest added up (75,000 + 9,000), and a later "一共" does not
    bring it back; "线下那3次不算了" (a part of one answer's count) is no answer dropped."""
    *_, without, again = talk(
        "招用本区户籍稳定就业80人 奖补多少",
        "家燕回巢备案了 本区户籍大学生15人 3天 最多多少",
        "员工入选浙江工匠 再给的那笔多少",
        "一共多少",
        "浙江工匠那个先不算 重新算一共",
        "一共多少",
    )
    assert (without.amount_yuan, again.amount_yuan) == (84000, 84000)


def test_the_street_asking_is_no_street_grant_asked_about(talk: Talk) -> None:
    """ "街道这边 零工市场验收通过了 新认定一个市级高质量就业社区 一共多少": the market's 150,000
    and the community's 40,000; the street's own yearly 500,000 was not asked about."""
    (reply,) = talk("街道这边 零工市场验收通过了 新认定一个市级高质量就业社区 一共多少")
    assert reply.amount_yuan == 190000


def test_a_total_asked_for_one_payee_adds_that_payees_parts(talk: Talk) -> None:
    """ "公司一共能拿多少" after the talent award and two players' prizes: the company's 80,000;
    "那员工那边一共多少": the players' 3,500; "公司和员工一共": everyone's; one message that
    names a 浙江工匠 and a prize, "我个人一共能拿多少": the prize alone."""
    *_, company, staff, both = talk(
        "试点企业 新增高技能人才80人 奖励多少",
        "员工区级职业技能竞赛二等奖1个 三等奖2个",
        "公司一共能拿多少",
        "那员工那边一共多少",
        "公司和员工一共多少",
    )
    assert (company.amount_yuan, staff.amount_yuan, both.amount_yuan) == (80000, 3500, 83500)
    (mine,) = talk("我入选了浙江工匠 区级竞赛还拿了一等奖 我个人一共能拿多少")
    assert mine.amount_yuan == 2000


def test_a_phone_typed_total_reads_each_clauses_figures_with_their_units(talk: Talk) -> None:
    """Spaces part the matters but not a figure from its unit ("10 人 3 天"); a figure after a
    space goes with the words before it ("初级工 中级工 各10人": ten of each); a clause joined by
    员工 alone, with no phrase of its own, takes no figures of the others."""
    (firm,) = talk(
        "试点企业 新增技能人才 160 期满评估三星 招用本区户籍 稳定就业 100 "
        "家燕回巢 本区户籍大学生 20 人 2 天 已备案 最多一共"
    )
    assert firm.amount_yuan == 80000 + 10000 + 100000 + 8000
    (school,) = talk("备案的培训机构 灵活就业人员 初级工 中级工 各20人 专项能力10人 补多少")
    assert school.amount_yuan == 20000 + 3000
    (unit,) = talk("公司能拿的加起来多少 试点单位新增技能人才120人 员工区级技能竞赛一等奖一个 还有员工入选浙江工匠")
    assert unit.amount_yuan == 60000 + 20000


def test_other_students_the_provinces_award_and_the_wage_figure_are_left_out(talk: Talk) -> None:
    """外地在校大学生 are no listed group of （九）; the province's own award to a 浙江工匠 and the
    current minimum wage asked beside 公益性岗位 are matters the policy does not give."""
    (school,) = talk("培训机构已备案 本区户籍大学生6人拿到高级工 另外4个外地在校大学生也拿了高级工 培训补贴多少")
    assert school.amount_yuan == 6000
    for text in ("浙江工匠 省里的奖励有多少", "公益性岗位 杭州最低工资标准现在是多少"):
        (reply,) = talk(text)
        assert reply.kind == "fallback", text


def test_a_person_asking_for_cash_where_theirs_is_a_free_place_is_told_no(talk: Talk) -> None:
    """After the organiser's 家燕回巢 sum, "那参加的学生自己能领钱吗": no (0): the students take
    part free and the 200元/人/天 is the organiser's (had asked the student's 户籍)."""
    *_, reply = talk("家燕回巢 我们公司备案了 本区户籍大学生20人 培训3天 最多多少", "那参加的学生自己能领钱吗")
    assert (reply.clauses, reply.amount_yuan, reply.eligible) == (("7",), 0, False)


def test_trainees_and_students_asking_their_own_share_are_told_it_is_not_theirs(talk: Talk) -> None:
    """ "那学员个人按这条有没有补贴", "学生一共能领多少": the institution's or the organiser's money,
    0 for them."""
    for text in (
        "备案的培训机构组织失业人员培训 中级工20人 那学员个人按这条有没有补贴",
        "公司组织家燕回巢 本区户籍大学生20人 3天 已备案 学生一共能领多少",
    ):
        (reply,) = talk(text)
        assert (reply.amount_yuan, reply.eligible) == (0, False), text


def test_blocks_counted_in_a_total_are_no_new_figure(talk: Talk) -> None:
    """ "三块加起来多少" after two answers of （九） (a batch apart) and one of （七）: the three
    blocks (块/项 count answers, never people), not the last answer alone."""
    *_, total = talk(
        "备案的职业培训机构 失业人员取得中级工证书的10人 补多少",
        "另外还有4个拿了高级工 这4个多少",
        "我们是区内民办非企 家燕回巢给本区户籍大学生做培训 另外一批10人2天 也备案了 最多多少",
        "三块加起来最多多少",
    )
    assert total.amount_yuan == 5000 + 4000 + 4000


def test_a_part_of_the_running_total_asked_alone(talk: Talk) -> None:
    """ "只算试点单位那两块呢": the two answers of （十） without the hiring award; "单独招用那块多少"
    the hiring award alone (had asked the count again); the rest stay for the next total."""
    *_, two, again = talk(
        "试点单位 今年新增技能人才140个 有奖励吗",
        "期满评估还拿了三星",
        "招用本区户籍稳定就业的有80人",
        "只算试点单位那两块呢",
        "加起来多少",
    )
    assert (two.amount_yuan, again.amount_yuan) == (80000, 155000)
    *_, one = talk("招用本区户籍稳定就业60人 试点单位新增技能人才100人 一共多少", "单独招用那块多少")
    assert one.amount_yuan == 50000


def test_a_correction_below_the_start_leaves_the_others_in_the_total(talk: Talk) -> None:
    """ "不对 稳定就业的只有40人 重新算一共" after 60 hires and 120 talents: the hiring award is
    gone, so the total is the talents' 60,000 (had answered the hiring's 0 alone); a question
    "不是区内企业也能…吗" removes nothing."""
    *_, total = talk(
        "招用本区户籍稳定就业60人 试点单位新增技能人才120人 一共多少",
        "不对 稳定就业的只有40人 重新算一共",
    )
    assert (total.amount_yuan, total.eligible) == (60000, True)


def test_another_matter_added_with_a_sum_asked_totals_with_the_earlier_answers(talk: Talk) -> None:
    """ "再加上我们招用本区户籍稳定就业100人 最多一共多少" after 家燕回巢's 12,000: 112,000; "再加上我…
    证书" with no sum asked is that answer alone."""
    *_, total = talk(
        "家燕回巢 我们公司备案了 本区户籍大学生20人 培训3天 最多多少",
        "再加上我们招用本区户籍稳定就业100人 最多一共多少",
    )
    assert total.amount_yuan == 112000
    *_, alone = talk("导师库导师 线下2次 多少", "再加上我职业指导师高级工证书 在街道就业服务站工作")
    assert alone.amount_yuan == 2000


def test_two_figures_given_respectively_go_to_their_own_words(talk: Talk) -> None:
    """ "招用本区户籍稳定就业和新增高技能人才分别是75和50": 75 hires (75,000) and 50 high-skill
    talents (50,000), 125,000 in all (had asked the talents' count)."""
    (reply,) = talk("试点企业 招用本区户籍稳定就业和新增高技能人才分别是75和50 一共多少")
    assert reply.amount_yuan == 125000
    (mentor,) = talk("我是导师库导师 区人社局组织的线上和线下服务分别是2次和1次 补多少")
    assert mentor.amount_yuan == 1600


def test_a_district_contest_prize_in_a_long_total_is_the_competitions(talk: Talk) -> None:
    """ "…区级竞赛二等奖 导师库导师线下宣讲1次 合计": the 区级 contest is （十二）'s (1,500), not one
    more of the mentor's （五）, beside the certificate and the mentor's fee."""
    (reply,) = talk("职业指导师中级工证 在街道就业服务站工作 区级竞赛二等奖 导师库导师线下宣讲1次 合计")
    assert reply.amount_yuan == 1500 + 1500 + 1000
