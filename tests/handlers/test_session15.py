"""Fifteenth session: readings found by probing outside the evaluation sets and by eval44–46,
each written with its own wording."""

from __future__ import annotations

from dialogue_fixtures import Talk


def test_a_case_stated_with_what_is_there_asks_about_its_clause(talk: Talk) -> None:
    """ "我们公司今年招了60个本区户籍的，有什么补贴": the hires point to （四） well ahead of any
    other clause, so the case is answered, not the enterprise's list of seven clauses; a bare
    "我们是企业 有什么补贴" still gets the list."""
    (case,) = talk("我们单位今年招了六十个滨江本地人，政府有没有什么说法")
    assert (case.clauses[:1], case.amount_yuan) == (("4",), 50000)
    (plain,) = talk("我们是企业 有什么补贴")
    assert len(plain.clauses) > 3 and plain.amount_yuan is None


def test_a_wage_said_with_its_figure_is_a_fact_of_the_case(talk: Talk) -> None:
    """ "…招了本区户籍的六十三个 月薪5000 有多少奖励": the wage is part of the case (lexicon
    ``case_fact_words``), not a question about wages, which is still out of scope when asked."""
    (case,) = talk("单位300来人 今年招了本区户籍的六十三个 他们月薪5000 奖励多少")
    assert (case.clauses[:1], case.amount_yuan) == (("4",), 50000)
    (asked,) = talk("月薪5000在滨江算高吗")
    assert asked.kind == "fallback"


def test_everyday_words_for_the_policy_terms(talk: Talk) -> None:
    """People who have not read the policy name its things in their own words (lexicon synonyms):
    the market where day labourers wait for work, a firm allowed to grade its own workers, a
    post the street arranged, a community praised for its employment work."""
    cases = {
        "街道那个给打零工的人等活的地方验收过了 区里每年给多少": ("1", 150000),
        "我们公司有资格自己给员工评技能等级 今年新评了120个 奖多少": ("10", 60000),
        "我爸找不到工作 社区给安排了个保洁的活 有什么补贴": ("8", None),
        "我们社区刚被评为市里的就业先进社区 第一次评上 奖多少": ("2", 40000),
    }
    for question, (clause, amount) in cases.items():
        (reply,) = talk(question)
        assert (reply.clauses[:1], reply.amount_yuan) == ((clause,), amount), question


def test_everyday_questions_outside_the_policy(talk: Talk) -> None:
    """A loan's interest, a shop's opening grant, wages owed, joining the army: other offices'
    matters, said in everyday words; a firm that merely says it was founded is still asked about."""
    for question in (
        "开个小店能从政府那贷点款吗 利息贴不贴",
        "老板欠我工资三个月了 能去哪告他",
        "大学生去参军有补助吗",
    ):
        assert talk(question)[0].kind == "fallback", question
    (firm,) = talk("我开公司的，今年招了60个本区户籍的，能拿多少")
    assert firm.amount_yuan == 50000


def test_facts_said_in_everyday_words_that_do_not_qualify(talk: Talk) -> None:
    """No certificate yet, a firm without the right to grade its own workers, two stars, a
    centre never registered: each is 0 with its reason, not an assumed yes (the certificate's
    "no" must still leave 证 to the ranking, so the phrase is not one jieba token)."""
    cases = (
        "我在街道做就业服务三年了 还没考证 能拿补贴吗",
        "我们厂没有评级资格 工人都是送到外面考的 今年新增技能人才150个 奖多少",
        "我们是试点单位 期满评估就评了两颗星 有奖吗",
        "我们社区就业服务中心还没去区人社局登记 能给多少",
    )
    for question in cases:
        (reply,) = talk(question)
        assert (reply.amount_yuan, reply.eligible) == (0, False), question
    (later,) = talk("我在社区就业服务站上班 以前没考证 现在考了劳动关系协调员中级工 有补贴吗")
    assert later.amount_yuan == 1500


def test_figures_said_in_other_forms(talk: Talk) -> None:
    """A head count after 人数 in full-width digits, a shortfall said with 就 and its unit on the
    gap ("差两个就到七十五了": 73), stars counted as 颗, and acceptance still ahead whatever
    date is said before its 验收."""
    *_, days = talk("我们公司在滨江，人社备过案，给本区户籍大学生办就业见习，补贴怎么算", "参训人数３０，培训３天")
    assert days.amount_yuan == 200 * 30 * 3
    (short,) = talk("我们是区内企业 招用本区户籍并稳定就业的 差两个就到七十五了 奖补多少")
    assert short.amount_yuan == 50000
    (stars,) = talk("我们试点企业期满评估拿了5颗星 奖多少")
    assert stars.amount_yuan == 30000
    (ahead,) = talk("街道零工市场快建好了 计划年底12月验收 能拿运营经费吗")
    assert (ahead.amount_yuan, ahead.eligible) == (0, False)


def test_figures_beside_the_count_that_are_not_it(talk: Talk) -> None:
    """A studio's members, a contest's field and everyone trained are no count of studios, prize
    winners or certificate holders; a workshop's people at the district contest are no workshop
    contest (车间 alone no longer says the contest was internal)."""
    (studio,) = talk("我们刚被认定为区级技能大师工作室 工作室里有9个师傅 建室补助多少")
    assert studio.amount_yuan == 100000
    (field,) = talk("区级技能竞赛一等奖奖金多少 这次有300人参赛")
    assert field.amount_yuan == 2000
    (trained,) = talk("我们是备案的培训机构 培训失业人员八十人 拿到初级工证的七十个 补贴多少")
    assert trained.amount_yuan == 70 * 500
    (workshop,) = talk("区级职业技能竞赛 我们车间二十多人报名 拿了两个二等奖 一共多少")
    assert workshop.amount_yuan == 2 * 1500


def test_conditions_said_in_an_organisation_s_words(talk: Talk) -> None:
    """ "都认定好了" (the post holders are now certified), "一个证都没拿到", an HR department of a
    company, a studio whose grant was already received, no certificate of any kind."""
    *_, now = talk(
        "我们街道开发了公益性岗位",
        "上岗的人之前有几个还没认定",
        "现在都认定好了 一共5个人上岗 街道绩效补贴一年最多多少",
    )
    assert now.amount_yuan == 5 * 3600
    for question in (
        "备案培训机构 培训了30个失业人员 一个证都没拿到 有补贴吗",
        "我在公司人事部上班 考了劳动关系协调员技师 能拿一次性补贴吗",
        "区级技能大师工作室去年年底认定的 建室补助已经拿到了 今年还能领吗",
        "我在社区就业服务站干了五年 没考任何等级证书 有补贴吗",
    ):
        (reply,) = talk(question)
        assert (reply.amount_yuan, reply.eligible) == (0, False), question


def test_a_question_left_on_a_what_if_is_taken_up_again_as_stated(talk: Talk) -> None:
    """After "要是…没通过呢" and a move to another clause, going back finds the facts as stated,
    not the supposition; "是不是要看考核" is a question, its 不是 no correction that sends the
    dialogue back to the clause whose word 考核 is."""
    *_, asked, back = talk(
        "我们街道零工市场已经验收通过 每年给多少",
        "假如下次复评没过呢",
        "另外街道公益性岗位上岗5个人 绩效补贴一年最多多少",
        "是不是要看考核",
        "回到零工市场 这个钱每年都有吗",
    )
    assert (asked.clauses[:1], asked.amount_yuan) == (("8",), 5 * 3600)
    assert (back.clauses[:1], back.amount_yuan) == (("1",), 150000)


def test_who_pays_is_no_turn_to_the_payers_own_benefit(talk: Talk) -> None:
    """ "这钱是街道出吗" about a platform centre's budget asks who pays it, not the street's own
    50万 (who_words: 出吗, 承担吗…)."""
    *_, who = talk("园区产业平台的就业创业服务中心已经在区人社局备案 每年最高多少", "这笔钱是街道承担吗")
    assert (who.clauses[:1], who.amount_yuan) == (("1",), 300000)


def test_a_correction_after_a_clause_s_own_total_keeps_the_total(talk: Talk) -> None:
    """The studio's grant and the lead's sessions added up, then "不对 是4次 有一次是…培训": the
    sum again with four sessions ("有一次是…" describes one of the four, it adds none)."""
    *_, corrected = talk(
        "我们工作室今年新认定为区级技能大师工作室 建室补助多少",
        "我作为领衔人还参加了区人社局组织的评审2次 加上这个一共多少",
        "不对 是3次 有一次是区人社局组织的培训",
    )
    assert (corrected.clauses[:1], corrected.amount_yuan) == (("11",), 103000)


def test_a_few_more_of_another_level_join_those_held(talk: Talk) -> None:
    """ "还有几个拿了高级工" after 30 中级工: another level beside them, its count said next (the
    30 had been moved to 高级工, as a level named alone would move them)."""
    *_, more, seven = talk(
        "我们培训机构在区人社局备案了 培训的都是失业人员", "拿到中级工证的有30个", "另外还有几个考了高级工", "高级工5个"
    )
    assert more.amount_yuan == 30 * 500
    assert seven.amount_yuan == 30 * 500 + 5 * 1000


def test_a_figure_said_to_be_too_many_is_corrected(talk: Talk) -> None:
    """ "刚才9个说多了 是7个": the 7 replaces the 9 (说多了 is a correction), not added to it."""
    *_, fewer = talk("街道公益性岗位上岗人员都是认定的就业困难人员 一共9个 绩效补贴一年最多多少", "刚才9个说多了 是7个")
    assert fewer.amount_yuan == 7 * 3600


def test_hiring_said_as_reaching_a_number_and_a_graduates_insurance_subsidy(talk: Talk) -> None:
    """ "招满/招够五十个" is hiring; the social-insurance subsidy for hiring graduates is another
    policy's, even with a head count beside it."""
    (full,) = talk("我们公司在滨江 今年招够了七十五个滨江户口的员工 都稳定在岗 有奖补吗")
    assert (full.clauses[:1], full.amount_yuan) == (("4",), 75000)
    (other,) = talk("招了十个应届大学生 大学生社保补贴每人每月多少")
    assert other.kind == "fallback"


def test_a_job_s_duties_stated_in_a_follow_up_are_no_other_topic(talk: Talk) -> None:
    """ "我在所里主要管就业登记…" with the certificate's level: facts of the question in hand,
    stated, not a question about registering unemployment (which still falls back when asked)."""
    *_, stated = talk("我考了劳动关系协调员证 有补贴吗", "证上是技师，我在街道所里负责失业登记和帮人找工作")
    assert (stated.clauses[:1], stated.amount_yuan) == (("6",), 2500)
    *_, asked = talk("我考了劳动关系协调员证 有补贴吗", "那失业登记去哪里办")
    assert asked.kind == "fallback"


def test_a_hukou_that_did_not_move(talk: Talk) -> None:
    """ "户口没迁走还在滨江" while studying elsewhere is 本区户籍 (the 迁走 is said not to have
    happened); "户口迁走了" still is not."""
    (stayed,) = talk("女儿在上海读研一 户口没迁走 还在滨江 家燕回巢的活动她能去吗")
    assert stayed.eligible is True
    (moved,) = talk("儿子在外地读大三 户口早就迁走了 家燕回巢能参加吗")
    assert moved.eligible is False


def test_another_colleague_is_another_person_and_added_to_the_first(talk: Talk) -> None:
    """ "另一个同事…" after "我们站的同事…" is a second person, not the first one's level
    changed; "加上他两人一共" adds the two colleagues' answers, not the market's grant before."""
    *_, first, both = talk(
        "街道零工市场验收通过了 一年给多少",
        "我们站里的同事考了劳动关系协调员中级工 有补贴吗",
        "另一位同事有职业指导师高级工证 也在站里 加上他两人一共多少",
    )
    assert first.amount_yuan == 1500
    assert both.amount_yuan == 1500 + 2000


def test_one_of_a_category_s_sessions_not_organised_by_the_bureau(talk: Talk) -> None:
    """ "线下有1次是…企业自己组织的 不是人社局" of 线下 2 and 线上 3: that one comes off 线下 (it had
    refused everything); "还是按实际的" after a what-if goes back to the facts as stated."""
    *_, part, supposed, actual = talk(
        "我是区就业创业导师库的导师 参加活动有补贴吗",
        "线下职业指导3次 线上宣讲2次",
        "线下有1次是一家公司自己请的 不是人社局组织的",
        "要是线上那2次都是线下呢",
        "还是按实际的算",
    )
    assert part.amount_yuan == 2 * 1000 + 2 * 300
    assert supposed.amount_yuan == 4 * 1000
    assert actual.amount_yuan == 2 * 1000 + 2 * 300


def test_back_to_the_stated_level_after_a_what_if_on_a_total(talk: Talk) -> None:
    """Talent award plus stars added up, "要是五星呢", then "还是按实际的三星": the total again with
    three stars, not the stars alone."""
    *_, actual = talk(
        "我们是认定试点企业 今年新增技能人才140人次 奖多少",
        "期满评估也评了三星 加上一共多少",
        "要是五星呢",
        "还是按实际的三星",
    )
    assert actual.amount_yuan == 70000 + 10000


def test_a_corrected_count_with_the_rest_explained(talk: Talk) -> None:
    """ "拿证的其实是27个 有3个没考过" after 30: 27, the 3 explaining the difference (both had been
    left unread and the 30 kept)."""
    *_, fixed = talk("备案的培训机构 培训失业人员 拿到中级工证的30个 补多少", "核对了一下 拿证的其实是27个 有3个没考过")
    assert fixed.amount_yuan == 27 * 500


def test_a_new_matter_with_a_sum_asked_is_no_total_of_the_answers(talk: Talk) -> None:
    """ "我徒弟入选浙江工匠了 单位一共能拿多少" after a studio's grant: the new matter's sum (2万),
    not the answers so far added up because of 一共."""
    *_, craftsman = talk("我们新认定了区级技能大师工作室 补多少", "我徒弟入选浙江工匠了 单位一共能拿多少")
    assert (craftsman.clauses, craftsman.amount_yuan) == (("12",), 20000)


def test_a_rough_figure_made_precise(talk: Talk) -> None:
    """ "六十来个" then "精确点是六十八": 68 replaces the rough 60, so "再招七个" makes 75."""
    *_, precise, more = talk("滨江企业 今年招用本区户籍稳定就业的奖补", "七十来个", "准确点是七十三", "要是再招两个呢")
    assert precise.amount_yuan == 50000
    assert more.amount_yuan == 75000


def test_whether_a_fee_matters_stays_with_the_question_in_hand(talk: Talk) -> None:
    """ "他们每人交了1500培训费 这个影响补贴吗" during a training institution's question asks whether
    that matters to its subsidy (matters_words 影响补贴), not which clause a 1500 belongs to."""
    *_, fee = talk("备案培训机构 培训了30个失业人员 都拿了初级工证", "学员每人交了2000培训费 这个影响补贴吗")
    assert (fee.clauses[:1], fee.amount_yuan) == (("9",), 15000)


def test_a_whole_then_its_breakdown_and_plain_noes(talk: Talk) -> None:
    """ "去了6次 评审4次 培训2次": six (the first is the sum of the rest), not twelve; "非试点企业"
    and "企业里做HR的" are noes, though 试点企业 and a certificate stand inside them."""
    (times,) = talk("我是区级技能大师工作室领衔人 参加区人社局组织的活动 今年去了6次 评审4次 培训2次 补多少")
    assert times.amount_yuan == 6000
    (not_pilot,) = talk("非试点企业 新增高技能人才70人次 有奖励吗")
    assert (not_pilot.amount_yuan, not_pilot.eligible) == (0, False)
    (hr,) = talk("我在企业里做HR的 考了劳动关系协调员高级工 有补贴吗")
    assert (hr.amount_yuan, hr.eligible) == (0, False)


def test_a_city_benefit_overlapping_and_an_internship_allowance(talk: Talk) -> None:
    """ "市里也有类似的补贴 跟区里的重复了" asks the annex's rule; an internship allowance is another
    policy's (in the middle of a 家燕回巢 question it is still read as the activity's, a leftover)."""
    (overlap,) = talk("市里也有差不多的补贴 跟区里这个重复了 怎么拿")
    assert overlap.clauses[:1] == ("annex",)
    (intern,) = talk("大学生暑假去公司实习 有没有实习补贴")
    assert intern.kind == "fallback"


def test_a_firm_s_seat_in_its_own_words_and_grades_not_schools(talk: Talk) -> None:
    """ "公司就在滨江，营业执照也是滨江的" answers where the firm is (not a question about business
    licences); "公司不在滨江" still says no; "初中级" is two grades, not middle school."""
    *_, seat = talk("我们公司今年招了不少本地人 政府管不管", "公司就在滨江 执照也是滨江的")
    assert (seat.kind, seat.clauses[:1]) == ("ask", ("4",))
    (away,) = talk("我们公司不在滨江 在余杭 员工都是滨江户口 六十个 有奖补吗")
    assert (away.amount_yuan, away.eligible) == (0, False)
    (grades,) = talk("我们是自主评级试点 今年新评了120个初中级的 奖多少")
    assert (grades.clauses[:1], grades.amount_yuan) == (("10",), 60000)


def test_a_career_guidance_contest_and_the_studio_s_lead_in_plain_words(talk: Talk) -> None:
    """ "职业指导的比赛" is （五）'s contest (with 的 between); "牵头的那个" of a studio is its 领衔人."""
    *_, level = talk("我是做公益的就业志愿者", "前年参加了职业指导的比赛 拿了奖", "是省里组织的")
    assert (level.clauses[:1], level.amount_yuan) == (("5",), 3000)
    *_, lead = talk("我们厂新认定了区级技能大师工作室", "我师傅是牵头的那个 他能认定什么人才吗")
    assert lead.clauses[:1] == ("11",)


def test_a_park_s_centre_that_helps_firms_hire(talk: Talk) -> None:
    """ "园区里…帮企业招人、帮人找工作的服务中心" is （一）'s centre (帮企业招人 is its work, not
    hiring); a job fair's date is still another matter, a job fair run by a college no longer
    falls back outright."""
    (centre,) = talk("我们园区有个帮企业招工、帮人找工作的服务中心 区人社局备过案 一年最多给多少")
    assert (centre.clauses[:1], centre.amount_yuan) == (("1",), 300000)
    (date,) = talk("最近的招聘会在哪里办")
    assert date.kind == "fallback"
    (fair,) = talk("我们学校办毕业生招聘会 区里能出钱吗")
    assert fair.kind != "fallback"


def test_the_same_people_or_years_said_twice_are_counted_once(talk: Talk) -> None:
    """ "我和我老公都在公益性岗位…我们俩一年最多" is two people, not four; "干了三年了 三年最多
    多少" is three years, not six; "培训2次，评审2次" still adds up to four sessions."""
    (couple,) = talk("我跟我老公都在公益性岗位上 绩效补贴我们俩一年最多一共多少")
    assert couple.amount_yuan == 2 * 3600
    *_, years = talk("我妈在社区公益性岗位上 街道绩效补贴一年最多多少", "她干了三年了 三年最多多少")
    assert years.amount_yuan == 3 * 3600
    (sessions,) = talk("领衔人，区人社局组织的培训去了2次，评审去了2次，一共多少")
    assert sessions.amount_yuan == 4000


def test_a_street_writing_its_name_as_a_heading_asks_no_street_grant(talk: Talk) -> None:
    """ "街道: 零工市场今年验收通过 新认定省级高质量就业社区1个 区级2个 今年合计": the street is
    who writes, so its own 50万 is no part of the total (720,000 had been answered; 220,000)."""
    (total,) = talk("街道： 零工市场验收通过了 新认定市级高质量就业社区1个 区级1个 今年合计多少")
    assert total.amount_yuan == 150000 + 40000 + 10000


def test_prizes_of_another_level_s_contest_are_left_out(talk: Talk) -> None:
    """ "区级一等奖1个 二等奖2个 还有市级的三等奖3个": the city contest's prizes are no district
    prizes (8,000 had been answered; 5,000); a city prize alone is still refused."""
    (mixed,) = talk("员工参加区级技能竞赛 一等奖1个 二等奖2个 另外还有市级的三等奖3个 区里奖多少")
    assert mixed.amount_yuan == 2000 + 2 * 1500
    (city,) = talk("市级技能竞赛拿了一等奖 有奖励吗")
    assert (city.amount_yuan, city.eligible) == (0, False)


def test_a_no_said_of_the_outside_group_is_not_said_of_the_hires(talk: Talk) -> None:
    """ "外地的都不是对口帮扶地区的" after 88 本区户籍 and some 外地: the outsiders are not from the
    paired areas; the 88 still count (everything had been refused)."""
    *_, outsiders, fewer = talk(
        "区内企业 招用本区户籍人员的奖补怎么算",
        "本区户籍稳定就业的80个 外地的也有30多个",
        "外地的那些都不是对口帮扶地区的",
        "不对 80个里面有5个上个月离职了",
    )
    assert outsiders.eligible is not False
    assert fewer.amount_yuan == 75000


def test_people_and_contests_outside_said_in_everyday_words(talk: Talk) -> None:
    """ "户口还在安徽", "户口已经从滨江迁到上海了": not 本区户籍; "市职业技能大赛": a city contest;
    "不是公益性岗位" rules out the street's performance pay (each had been paid or asked again)."""
    for question in (
        "我表弟户口还在江西 人在滨江上班 家燕回巢他能参加吗",
        "我户口前年从滨江迁到北京了 还在读研 能参加家燕回巢吗",
        "我在市职业技能大赛拿了一等奖 区里奖两千吗",
        "我在社区做保洁 是合同工 不是公益性岗位 能拿绩效补贴吗",
    ):
        (reply,) = talk(question)
        assert reply.eligible is False, question


def test_near_misses_residents_ask_in_their_own_words(talk: Talk) -> None:
    """Moving a hukou back, where to be certified as 就业困难, finding day work at the market,
    a veteran's own one-off grant: other offices' matters, each still out of scope."""
    for question in (
        "儿子在外地上大学 户口怎么迁回滨江",
        "我爸想认定就业困难人员 去哪里办",
        "想去零工市场找点活干 在哪里",
        "我是退役军人 自主就业有一次性补助吗",
    ):
        assert talk(question)[0].kind == "fallback", question


def test_a_workplace_outside_and_a_studio_certified_in_a_short_year(talk: Talk) -> None:
    """ "单位在上城区" decides the job is outside the district, whatever else is said of it;
    "21年认定的" is a studio certified in 2021, not new."""
    (outside,) = talk("我在市里的就业服务中心上班 单位在西湖区 也是做公共就业服务 考了创业指导师技师 滨江的补贴能领吗")
    assert (outside.amount_yuan, outside.eligible) == (0, False)
    (studio,) = talk("我们22年认定的区级技能大师工作室 今年还能拿建室补助吗")
    assert (studio.amount_yuan, studio.eligible) == (0, False)


def test_back_to_a_relative_spoken_of_before_finds_their_facts(talk: Talk) -> None:
    """A daughter with a 滨江 hukou, then her cousin from 拱墅区 (refused), then "那我女儿…": the
    daughter's hukou again, not the cousin's."""
    *_, cousin, back = talk(
        "我女儿在读大二 户口在滨江 家燕回巢她能参加吗",
        "她表哥是西湖区户口 也在读大学 能一起参加吗",
        "那我女儿毕业一年还没工作的话还能参加吗",
    )
    assert cousin.eligible is False
    assert back.eligible is True


def test_groups_side_by_side_each_named_before_its_figure(talk: Talk) -> None:
    """ "在校生18 离校1年还没工作的7个 已经上班的往届生5个": the students who count add up (25), the
    working graduates left out; it had been read as a whole and its part (7 − 5 = 2 students)."""
    *_, days = talk(
        "区内民办非企 人社已备案 给本区户籍大学生办创业服务 有补贴吧",
        "在校生16 离校半年还没工作的4个 已经上班的往届生3个",
        "办3天",
    )
    assert days.amount_yuan == 20 * 200 * 3
    (part,) = talk("我们是备案企业 给本区户籍大学生办就业见习 学员25个 5个已经上班了 办了2天 补多少")
    assert part.amount_yuan == 20 * 200 * 2


def test_sessions_each_of_several_leads(talk: Talk) -> None:
    """ "两个区级的领衔人…各3次": six sessions (3,000 had been answered for one lead)."""
    (both,) = talk("我们有三个区级工作室的领衔人 今年都参加了区人社局组织的评审 各2次 补贴一共多少")
    assert both.amount_yuan == 3 * 2 * 1000
